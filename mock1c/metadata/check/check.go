// Package check validates a dump read by xmlread: the rules the platform
// enforces when it loads a configuration, applies an extension or compiles a
// module (errors), and the 1C development standards the extension must pass
// (warnings, errors under --strict).
//
// Each rule has a short name used for grouping and in JSON output; the
// rules are listed in Rules. Checks read the model only; module rules use
// a ModuleAnalyzer (the BSL front end) when one is supplied.
package check

import (
	"regexp"
	"strings"

	"wazzup-unf/mock1c/metadata"
)

// Rule names.
const (
	RuleUUID        = "uuid"
	RuleTypes       = "type-refs"
	RuleContent     = "subsystem-content"
	RuleForms       = "form"
	RuleRights      = "rights"
	RuleHandlers    = "handlers"
	RuleCmdIface    = "command-interface"
	RuleModuleName  = "std-469-module-name"
	RulePrefix      = "std-prefix"
	RuleRootRefs    = "root-refs"
	RuleCompat      = "compatibility"
	RuleModuleParse = "module-parse"
)

// Options tune a check run.
type Options struct {
	// Base is the base configuration of an extension; when set, the
	// extension is merged into it and adoption rules run.
	Base *metadata.Configuration
	// Modules analyses BSL modules; nil skips the module rules.
	Modules ModuleAnalyzer
}

// Run checks cfg and returns its problems (unsorted).
func Run(cfg *metadata.Configuration, opt Options) []*metadata.Problem {
	c := &checker{cfg: cfg, opt: opt}
	c.props()
	c.names()
	c.uuids()
	c.rootRefs()
	c.types()
	c.subsystems()
	c.forms()
	c.rights()
	c.commonModules()
	if cfg.IsExtension {
		c.prefix()
	}
	if opt.Base != nil && cfg.IsExtension {
		m, ps := metadata.Merge(opt.Base, cfg)
		c.ps.Add(ps...)
		c.merged = m
	}
	c.handlers()
	if opt.Modules != nil {
		c.modules()
		c.interceptions()
		c.calls()
		c.features()
	}
	return c.ps.List
}

type checker struct {
	cfg    *metadata.Configuration
	opt    Options
	ps     metadata.Problems
	merged *metadata.Merged
	procs  map[*metadata.Module]*ModuleInfo
}

// objects visits every object including nested subsystems.
func (c *checker) objects(f func(o *metadata.Object)) {
	var walk func(o *metadata.Object)
	walk = func(o *metadata.Object) {
		f(o)
		for _, s := range o.Subsystems {
			walk(s)
		}
	}
	for _, o := range c.cfg.Objects {
		walk(o)
	}
}

func (c *checker) props() {
	root := c.cfg.Root
	checkProps(&c.ps, "Configuration", root.Props, specs[metadata.KindConfiguration], c.cfg.Version)
	c.objects(func(o *metadata.Object) {
		checkProps(&c.ps, o.FullName(), o.Props, specs[o.Kind], o.Version)
		if !o.Kind.Info().Modelled {
			return
		}
		var walk func(owner string, kids []*metadata.Child)
		walk = func(owner string, kids []*metadata.Child) {
			for _, ch := range kids {
				name := owner + "." + ch.Tag + "." + ch.Name
				checkProps(&c.ps, name, ch.Props, childSpecs[ch.Tag], o.Version)
				walk(name, ch.Children)
			}
		}
		walk(o.FullName(), o.Children)
	})
	// The root's InternalInfo holds 7 ContainedObject entries from 2.11,
	// 6 before (1c-designer-format.md §1.1; skeletons §3.1).
	n := 0
	for _, g := range root.Generated {
		if g.Category == "ContainedObject" {
			n++
		}
	}
	want := 7
	if minor(c.cfg.Version) <= 10 {
		want = 6
	}
	if n != want && n != 0 {
		c.ps.Errorf(RuleProperties, root.Pos, "Configuration InternalInfo has %d xr:ContainedObject entries; format %s has %d", n, c.cfg.Version, want)
	}
}

var uuidRE = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

// uuids: every uuid is well-formed and unique in the dump (object, child,
// form, generated type and value ids).
func (c *checker) uuids() {
	seen := map[string]metadata.Pos{}
	use := func(id string, pos metadata.Pos, what string) {
		if id == "" {
			c.ps.Errorf(RuleUUID, pos, "%s has no uuid", what)
			return
		}
		if !uuidRE.MatchString(id) {
			c.ps.Errorf(RuleUUID, pos, "%s: %q is not a well-formed uuid", what, id)
			return
		}
		key := strings.ToLower(id)
		if key == "00000000-0000-0000-0000-000000000000" {
			return // the platform's "none" id (some generated ValueIds)
		}
		if prev, dup := seen[key]; dup {
			c.ps.Errorf(RuleUUID, pos, "%s: uuid %s is already used at %s", what, id, prev)
			return
		}
		seen[key] = pos
	}
	gen := func(o *metadata.Object) {
		for _, g := range o.Generated {
			if g.Category == "ContainedObject" {
				use(g.ValueID, g.Pos, "ContainedObject ObjectId")
				continue
			}
			use(g.TypeID, g.Pos, "TypeId of "+g.Name)
			use(g.ValueID, g.Pos, "ValueId of "+g.Name)
		}
	}
	use(c.cfg.Root.UUID, c.cfg.Root.Pos, "Configuration")
	gen(c.cfg.Root)
	c.objects(func(o *metadata.Object) {
		use(o.UUID, o.Pos, o.FullName())
		gen(o)
		if o.Extends != "" && !uuidRE.MatchString(o.Extends) {
			c.ps.Errorf(RuleUUID, propPos(o, "ExtendedConfigurationObject"), "%s: ExtendedConfigurationObject %q is not a well-formed uuid", o.FullName(), o.Extends)
		}
		var walk func(owner string, kids []*metadata.Child)
		walk = func(owner string, kids []*metadata.Child) {
			for _, ch := range kids {
				name := owner + "." + ch.Tag + "." + ch.Name
				use(ch.UUID, ch.Pos, name)
				walk(name, ch.Children)
			}
		}
		walk(o.FullName(), o.Children)
		if o.Kind != metadata.KindCommonForm {
			for _, f := range o.Forms {
				use(f.UUID, f.Pos, o.FullName()+".Form."+f.Name)
			}
		}
		if o.Predefined != nil {
			// A predefined item's id is its reference within the object's
			// table (a reference is table + id), so ids need be unique per
			// object only; the base facsimile gives «Завершен» of two state
			// catalogs the same id, which real УНФ 3.0.8 has for
			// СостоянияЗаказНарядов.
			own := map[string]metadata.Pos{}
			o.Predefined.Walk(func(it *metadata.PredefinedItem) {
				what := o.FullName() + " predefined " + it.Name
				switch {
				case !uuidRE.MatchString(it.ID):
					c.ps.Errorf(RuleUUID, it.Pos, "%s: id %q is not a well-formed uuid", what, it.ID)
				case own[strings.ToLower(it.ID)] != (metadata.Pos{}):
					c.ps.Errorf(RuleUUID, it.Pos, "%s: id %s is already used at %s", what, it.ID, own[strings.ToLower(it.ID)])
				default:
					own[strings.ToLower(it.ID)] = it.Pos
				}
			})
		}
	})
}

func propPos(o *metadata.Object, name string) metadata.Pos {
	if p := o.Prop(name); p != nil {
		return p.Pos()
	}
	return o.Pos
}
