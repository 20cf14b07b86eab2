package check

import (
	"regexp"
	"sort"
	"strings"

	"wazzup-unf/mock1c/metadata"
)

// lookupFull resolves a full name ("Catalog.X", "Subsystem.A.Subsystem.B")
// in the dump; an extension also sees its base when one is given (an
// extension's own references must name adopted objects, checked by
// types()).
func (c *checker) lookupFull(full string) *metadata.Object {
	return c.cfg.LookupFull(full)
}

// rootRefs: DefaultRoles and DefaultLanguage name objects of the dump.
func (c *checker) rootRefs() {
	root := c.cfg.Root
	if p := root.Prop("DefaultRoles"); p != nil {
		for _, it := range p.Items() {
			if c.lookupFull(it.Text) == nil {
				c.ps.Errorf(RuleRootRefs, it.Pos(), "DefaultRoles names %s, which is not in ChildObjects", it.Text)
			}
		}
	}
	if p := root.Prop("DefaultLanguage"); p != nil && p.Text() != "" && c.lookupFull(p.Text()) == nil {
		c.ps.Errorf(RuleRootRefs, p.Pos(), "DefaultLanguage names %s, which is not in ChildObjects", p.Text())
	}
	if c.cfg.IsExtension && c.cfg.Purpose == "Patch" {
		// Own data objects change the data structure (restructuring on
		// apply), which a patch must not do (1c-designer-format.md §4.3).
		for _, o := range c.cfg.Objects {
			switch o.Kind {
			case metadata.KindConstant, metadata.KindCatalog, metadata.KindDocument, metadata.KindInformationRegister, metadata.KindEnum,
				"AccumulationRegister", "ChartOfCharacteristicTypes", "ExchangePlan", "BusinessProcess", "Task":
				if !o.Adopted {
					c.ps.Errorf(RuleCompat, o.Pos, "own data object %s in an extension with ConfigurationExtensionPurpose=Patch: it changes the data structure, which a patch may not; use AddOn", o.FullName())
				}
			}
		}
	}
	if c.cfg.IsExtension && c.cfg.ExtensionCompatibilityMode == "" {
		c.ps.Errorf(RuleCompat, root.Pos, "an extension root needs ConfigurationExtensionCompatibilityMode")
	}
}

// typeRef checks one cfg: type name.
func (c *checker) typeRef(t metadata.TypeRef, where string) {
	if !strings.HasPrefix(t.Name, "cfg:") || t.Set {
		return
	}
	kind, name, ok := metadata.ParseTypeName(t.Name)
	if !ok {
		return // cfg:ConstantsSet, cfg:DynamicList, … are platform types
	}
	if c.cfg.Lookup(kind, name) == nil {
		msg := "%s: type %s refers to %s.%s, which is not in this dump"
		if c.cfg.IsExtension {
			msg += " (an extension must adopt a base object to use its types)"
		}
		c.ps.Errorf(RuleTypes, t.Pos, msg, where, t.Name, kind, name)
	}
}

// types: every cfg: type in properties, sub-objects, form attributes and
// parameters resolves.
func (c *checker) types() {
	typeProps := map[string]bool{"Type": true, "Source": true, "CommandParameterType": true}
	var propsWalk func(owner string, props []metadata.Prop)
	propsWalk = func(owner string, props []metadata.Prop) {
		for i := range props {
			if typeProps[props[i].Name()] {
				for _, t := range props[i].Types() {
					c.typeRef(t, owner+"."+props[i].Name())
				}
			}
		}
	}
	c.objects(func(o *metadata.Object) {
		propsWalk(o.FullName(), o.Props)
		if o.Subscription != nil {
			// A subscription listens to objects, record sets, value and
			// form managers; a reference type never raises events.
			for _, t := range o.Subscription.Source {
				if family, _, _ := strings.Cut(strings.TrimPrefix(t.Name, "cfg:"), "."); strings.HasSuffix(family, "Ref") {
					c.ps.Errorf(RuleTypes, t.Pos, "%s: source %s is a reference type; subscriptions take object types (cfg:CatalogObject.X, cfg:DocumentObject.X, …)", o.FullName(), t.Name)
				}
			}
		}
		var walk func(owner string, kids []*metadata.Child)
		walk = func(owner string, kids []*metadata.Child) {
			for _, ch := range kids {
				name := owner + "." + ch.Tag + "." + ch.Name
				propsWalk(name, ch.Props)
				walk(name, ch.Children)
			}
		}
		walk(o.FullName(), o.Children)
		for _, f := range o.Forms {
			if f.Body == nil || f.Body.HasBaseForm {
				continue
			}
			var attrs func(list []*metadata.FormAttribute)
			attrs = func(list []*metadata.FormAttribute) {
				for _, a := range list {
					for _, t := range a.Types {
						c.typeRef(t, "form attribute "+a.Name)
					}
					attrs(a.Columns)
				}
			}
			attrs(f.Body.Attributes)
			for _, p := range f.Body.Parameters {
				for _, t := range p.Types {
					c.typeRef(t, "form parameter "+p.Name)
				}
			}
		}
	})
}

// subsystems: content items and command-interface commands resolve.
func (c *checker) subsystems() {
	c.objects(func(o *metadata.Object) {
		if o.Content == nil {
			return
		}
		for _, it := range o.Content.Items {
			if it.Text == "" {
				continue
			}
			if c.lookupFull(it.Text) == nil {
				c.ps.Errorf(RuleContent, it.Pos(), "%s content names %s, which is not in this dump", o.FullName(), it.Text)
			}
		}
		if ci := o.Content.CommandInterface; ci != nil {
			for _, cmd := range ci.Commands {
				if !c.commandExists(cmd.Name) {
					what := "command"
					if cmd.Section == "SubsystemsOrder" {
						what = "subsystem"
					}
					c.ps.Errorf(RuleCmdIface, cmd.Pos, "%s names %s %s, which does not exist", ci.File, what, cmd.Name)
				}
			}
		}
	})
}

// commandExists resolves "CommonCommand.X", "Kind.X.StandardCommand.Y",
// "Kind.X.Command.Y", "Subsystem.…" names of a command interface; an
// extension's interface may also name base objects.
func (c *checker) commandExists(name string) bool {
	if strings.Contains(name, ":") || (name != "" && name[0] >= '0' && name[0] <= '9') {
		return true // an unresolved reference as the Designer writes it ("0", "1:uuid")
	}
	if commandIn(c.cfg, name) {
		return true
	}
	return c.opt.Base != nil && c.cfg.IsExtension && commandIn(c.opt.Base, name)
}

func commandIn(cfg *metadata.Configuration, name string) bool {
	parts := strings.Split(name, ".")
	if len(parts) < 2 {
		return false
	}
	if len(parts) == 2 || parts[0] == "Subsystem" {
		return cfg.LookupFull(name) != nil
	}
	o := cfg.Lookup(metadata.Kind(parts[0]), parts[1])
	if o == nil {
		return false
	}
	switch parts[2] {
	case "StandardCommand":
		return true
	case "Command":
		return len(parts) > 3 && o.Child(parts[3]) != nil
	}
	return true
}

// opaquePath matches the data paths of adopted forms ("1/0:uuid").
var opaquePath = regexp.MustCompile(`^[0-9]+/`)

// forms: item ids unique; DataPath → form attribute; Form.Command.X →
// form command; CommonCommand.X → common command.
func (c *checker) forms() {
	c.objects(func(o *metadata.Object) {
		for _, f := range o.Forms {
			if f.Body == nil || f.Body.HasBaseForm {
				continue
			}
			c.form(o, f)
		}
	})
}

func (c *checker) form(o *metadata.Object, f *metadata.Form) {
	b := f.Body
	owner := o.FullName()
	if o.Kind != metadata.KindCommonForm {
		owner += ".Form." + f.Name
	}
	attrs := map[string]*metadata.FormAttribute{}
	ids := map[string]metadata.Pos{}
	for _, a := range b.Attributes {
		attrs[metadata.Fold(a.Name)] = a
		if prev, dup := ids[a.ID]; dup && a.ID != "" {
			c.ps.Errorf(RuleForms, a.Pos, "%s: attribute id %s is already used at %s", owner, a.ID, prev)
		}
		ids[a.ID] = a.Pos
	}
	cmds := map[string]bool{}
	cmdIDs := map[string]metadata.Pos{}
	for _, cm := range b.Commands {
		cmds[metadata.Fold(cm.Name)] = true
		if prev, dup := cmdIDs[cm.ID]; dup && cm.ID != "" {
			c.ps.Errorf(RuleForms, cm.Pos, "%s: command id %s is already used at %s", owner, cm.ID, prev)
		}
		cmdIDs[cm.ID] = cm.Pos
	}
	itemIDs := map[string]metadata.Pos{}
	names := map[string]metadata.Pos{}
	for _, top := range b.Items {
		top.Walk(func(it *metadata.FormItem) {
			if it.ID == "" {
				c.ps.Errorf(RuleForms, it.Pos, "%s: item <%s name=%q> has no id", owner, it.Tag, it.Name)
			} else if prev, dup := itemIDs[it.ID]; dup {
				c.ps.Errorf(RuleForms, it.Pos, "%s: item id %s of %s is already used at %s", owner, it.ID, it.Name, prev)
			} else {
				itemIDs[it.ID] = it.Pos
			}
			if it.Name != "" {
				if prev, dup := names[metadata.Fold(it.Name)]; dup {
					c.ps.Errorf(RuleForms, it.Pos, "%s: item name %s is already used at %s", owner, it.Name, prev)
				}
				names[metadata.Fold(it.Name)] = it.Pos
			}
			if p := it.DataPath; p != "" && !opaquePath.MatchString(p) && !strings.HasPrefix(p, "Items.") && !strings.HasPrefix(p, "Элементы.") && !strings.HasPrefix(p, "~") {
				head, rest, _ := strings.Cut(p, ".")
				if a := attrs[metadata.Fold(head)]; a == nil {
					c.ps.Errorf(RuleForms, it.DataPathPos, "%s: item %s has DataPath %s, but the form has no attribute %s", owner, it.Name, p, head)
				} else if field, _, _ := strings.Cut(rest, "."); field != "" {
					if msg := c.fieldOf(a, field); msg != "" {
						c.ps.Errorf(RuleForms, it.DataPathPos, "%s: item %s has DataPath %s, but %s", owner, it.Name, p, msg)
					}
				}
			}
			if cn := it.CommandName; cn != "" {
				switch {
				case strings.HasPrefix(cn, "Form.Command."):
					if !cmds[metadata.Fold(strings.TrimPrefix(cn, "Form.Command."))] {
						c.ps.Errorf(RuleForms, it.CommandPos, "%s: button %s names %s, but the form has no such command", owner, it.Name, cn)
					}
				case strings.HasPrefix(cn, "CommonCommand."):
					if c.lookupFull(cn) == nil {
						c.ps.Errorf(RuleForms, it.CommandPos, "%s: button %s names %s, which is not in this dump", owner, it.Name, cn)
					}
				}
			}
		})
	}
}

// rights: every object a role names exists.
func (c *checker) rights() {
	c.objects(func(o *metadata.Object) {
		if o.Rights == nil {
			return
		}
		for _, ro := range o.Rights.Objects {
			if !c.rightsTarget(ro.Name) {
				c.ps.Errorf(RuleRights, ro.Pos, "role %s grants rights on %s, which does not exist", o.Name, ro.Name)
				continue
			}
			kind, _, _ := strings.Cut(ro.Name, ".")
			if allowed, ok := kindRights[kind]; ok && strings.Count(ro.Name, ".") == 1 {
				for _, r := range ro.Rights {
					if !allowed[r.Name] {
						c.ps.Errorf(RuleRights, r.Pos, "role %s: %s has no right %s (it has %s)", o.Name, ro.Name, r.Name, rightList(allowed))
					}
				}
			}
		}
	})
}

func (c *checker) rightsTarget(name string) bool {
	parts := strings.Split(name, ".")
	if len(parts) < 2 {
		return false
	}
	if parts[0] == "Configuration" {
		return metadata.EqualFold(parts[1], c.cfg.Root.Name) && len(parts) == 2
	}
	if parts[0] == "Subsystem" {
		return c.lookupFull(name) != nil
	}
	o := c.cfg.Lookup(metadata.Kind(parts[0]), parts[1])
	if o == nil {
		return false
	}
	if len(parts) < 4 {
		return len(parts) == 2
	}
	switch parts[2] {
	case "StandardAttribute", "StandardTabularSection", "Command":
		if parts[2] == "Command" {
			return o.Child(parts[3]) != nil
		}
		return true
	}
	ch := o.Child(parts[3])
	if ch == nil {
		// Sub-objects kept in files of their own (an external data
		// source's Table and Cube, a register's Recalculation) are named
		// by ChildObjects only; their own children are not read.
		for _, r := range o.ChildRefs {
			if r.Tag == parts[2] && metadata.EqualFold(r.Name, parts[3]) {
				return true
			}
		}
		return false
	}
	if len(parts) >= 6 { // Catalog.X.TabularSection.T.Attribute.A
		if parts[4] == "StandardAttribute" { // …TabularSection.T.StandardAttribute.LineNumber
			return true
		}
		for _, k := range ch.Children {
			if metadata.EqualFold(k.Name, parts[5]) {
				return true
			}
		}
		return false
	}
	return true
}

// standardFields are the standard attributes a DataPath may name after an
// object attribute, in the English form the Designer writes and in Russian.
var standardFields = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range []string{"Ref", "Code", "Description", "DeletionMark", "Owner", "Parent", "IsFolder",
		"Predefined", "PredefinedDataName", "DataVersion", "Date", "Number", "Posted", "RegisterRecords",
		"Ссылка", "Код", "Наименование", "ПометкаУдаления", "Владелец", "Родитель", "ЭтоГруппа",
		"Предопределенный", "ИмяПредопределенныхДанных", "ВерсияДанных", "Дата", "Номер", "Проведен", "Движения"} {
		m[metadata.Fold(n)] = true
	}
	return m
}()

// fieldOf checks the second segment of a DataPath whose form attribute is
// an object (cfg:CatalogObject.X, cfg:DocumentObject.X, …) or a constants
// set; it returns "" when the field exists or cannot be judged.
func (c *checker) fieldOf(a *metadata.FormAttribute, field string) string {
	if len(a.Types) != 1 {
		return ""
	}
	t := a.Types[0].Name
	if t == "cfg:ConstantsSet" {
		if c.lookupAny(metadata.KindConstant, field) == nil {
			return "there is no constant " + field
		}
		return ""
	}
	family, name, _ := strings.Cut(strings.TrimPrefix(t, "cfg:"), ".")
	// Only catalogs and documents: other kinds have standard attributes
	// this list does not know (ValueType, Order, Executed, …).
	if (family != "CatalogObject" && family != "DocumentObject") || name == "" {
		return ""
	}
	kind, _, ok := metadata.ParseTypeName(t)
	if !ok {
		return ""
	}
	o := c.lookupAny(kind, name)
	if o == nil || (o.Adopted && c.opt.Base == nil) {
		return ""
	}
	if o.Adopted {
		if b := c.opt.Base.Lookup(kind, name); b != nil {
			if b.Child(field) != nil {
				return ""
			}
		}
	}
	if o.Child(field) != nil || standardFields[metadata.Fold(field)] {
		return ""
	}
	// A common attribute (БСП's data-area separators ОбластьДанных…) is an
	// attribute of every object it is used in.
	if c.lookupAny("CommonAttribute", field) != nil {
		return ""
	}
	return string(kind) + "." + name + " has no attribute or tabular section " + field
}

// lookupAny finds an object in the dump or, for an extension, in its base.
func (c *checker) lookupAny(kind metadata.Kind, name string) *metadata.Object {
	if o := c.cfg.Lookup(kind, name); o != nil {
		return o
	}
	if c.opt.Base != nil && c.cfg.IsExtension {
		return c.opt.Base.Lookup(kind, name)
	}
	return nil
}

// kindRights are the complete right sets of kinds that have few rights
// (1c-designer-format.md §4.5; Rights.xml of real dumps). Kinds with long
// right lists (Configuration, Catalog, Document, registers) are not checked.
var kindRights = map[string]map[string]bool{
	"Subsystem":        {"View": true},
	"CommonForm":       {"View": true},
	"CommonCommand":    {"View": true},
	"SessionParameter": {"Get": true, "Set": true},
}

func rightList(m map[string]bool) string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return strings.Join(out, ", ")
}
