package metadata

import (
	"strconv"
	"strings"
)

// RuleAdoption names problems found while applying an extension to its base.
const RuleAdoption = "adoption"

// Merged is the configuration the platform runs after applying an extension:
// every base object, each adopted object resolved to its base object with
// the extension's part attached, and the extension's own objects added.
type Merged struct {
	Base, Ext *Configuration
	Objects   []*MergedObject // base order, then the extension's own objects
	index     map[string]*MergedObject
}

// MergedObject is one object of the merged configuration.
type MergedObject struct {
	Kind Kind
	Name string
	// Base is the base configuration's object; nil for an object the
	// extension adds.
	Base *Object
	// Ext is the extension's part: the adopted object (its modules are the
	// extension's modules of this object) or the extension's own object; nil
	// when the extension does not touch the object.
	Ext *Object
}

// Object returns the defining object: the base object, or the extension's own.
func (m *MergedObject) Object() *Object {
	if m.Base != nil {
		return m.Base
	}
	return m.Ext
}

// Own reports whether the extension adds the object.
func (m *MergedObject) Own() bool { return m.Base == nil }

// Modules returns the object's base modules (none for an own object).
func (m *MergedObject) Modules() []*Module {
	if m.Base == nil {
		return nil
	}
	return m.Base.Modules
}

// ExtensionModules returns the extension's modules of the object: the
// adopted object's modules and its forms' modules (for an own object, all
// of its modules).
func (m *MergedObject) ExtensionModules() []*Module {
	if m.Ext == nil {
		return nil
	}
	out := append([]*Module(nil), m.Ext.Modules...)
	for _, f := range m.Ext.Forms {
		if f.Module != nil {
			out = append(out, f.Module)
		}
	}
	return out
}

// Form finds a form of the merged object: the extension's form (own or
// adopted) first, then the base form.
func (m *MergedObject) Form(name string) (base, ext *Form) {
	if m.Base != nil {
		base = m.Base.Form(name)
	}
	if m.Ext != nil {
		ext = m.Ext.Form(name)
	}
	return base, ext
}

// Lookup finds a merged object by kind (tag or Russian) and name, any case.
func (m *Merged) Lookup(kind Kind, name string) *MergedObject {
	if ki, ok := LookupKind(string(kind)); ok {
		kind = ki.Kind
	}
	return m.index[indexKey(kind, name)]
}

// ByKind returns merged objects of a kind.
func (m *Merged) ByKind(kind Kind) []*MergedObject {
	var out []*MergedObject
	for _, o := range m.Objects {
		if o.Kind == kind {
			out = append(out, o)
		}
	}
	return out
}

// controlledRootProps are root properties that, when an extension states
// them, must equal the base's (АПК acc_60 via v8-code-style#110;
// tools_ui_1c#213: «Значение свойства ОсновнойЯзык контролируемого
// свойства … не совпадает»).
var controlledRootProps = []string{"DefaultRunMode", "UsePurposes", "DefaultLanguage", "InterfaceCompatibilityMode", "CompatibilityMode", "ScriptVariant"}

// controlledModuleFlags are the adopted common-module flags the platform
// compares with the base (1c-designer-format.md §3.2).
var controlledModuleFlags = []string{"Global", "ClientManagedApplication", "Server", "ExternalConnection", "ClientOrdinaryApplication", "ServerCall"}

// Merge applies ext to base like the platform: adopted objects are matched
// by name (and, when KeepMappingToExtendedConfigurationObjectsByIDs is
// true, by ExtendedConfigurationObject = base uuid); controlled properties
// must equal the base's; the extension's compatibility mode must not exceed
// the base's CompatibilityMode; own objects must not clash with base names.
// Problems are errors the platform raises when applying the extension,
// except where marked as warnings (unverified platform behaviour).
func Merge(base, ext *Configuration) (*Merged, []*Problem) {
	var ps Problems
	m := &Merged{Base: base, Ext: ext, index: map[string]*MergedObject{}}
	if base.IsExtension {
		ps.Errorf(RuleAdoption, base.Root.Pos, "the base %s is itself an extension", base.Root.Name)
	}
	if !ext.IsExtension {
		ps.Errorf(RuleAdoption, ext.Root.Pos, "%s is not an extension (no ConfigurationExtensionPurpose)", ext.Root.Name)
	}
	for _, o := range base.Objects {
		mo := &MergedObject{Kind: o.Kind, Name: o.Name, Base: o}
		m.Objects = append(m.Objects, mo)
		m.index[indexKey(o.Kind, o.Name)] = mo
	}
	checkRoot(&ps, base, ext)
	for _, e := range ext.Objects {
		key := indexKey(e.Kind, e.Name)
		mo := m.index[key]
		if !e.Adopted {
			if mo != nil {
				ps.Errorf(RuleAdoption, e.Pos, "own object %s clashes with the base configuration's %s: an extension cannot add an object with a base object's name", e.FullName(), mo.Base.FullName())
				continue
			}
			mo = &MergedObject{Kind: e.Kind, Name: e.Name, Ext: e}
			m.Objects = append(m.Objects, mo)
			m.index[key] = mo
			continue
		}
		if mo == nil {
			ps.Errorf(RuleAdoption, e.Pos, "adopted %s does not exist in the base configuration %s (objects are matched by name)", e.FullName(), base.Root.Name)
			continue
		}
		mo.Ext = e
		adopt(&ps, ext, mo.Base, e)
	}
	return m, ps.List
}

func checkRoot(ps *Problems, base, ext *Configuration) {
	for _, name := range controlledRootProps {
		ep := ext.Root.Prop(name)
		if ep == nil {
			continue
		}
		bp := base.Root.Prop(name)
		bv := ""
		if bp != nil {
			bv = bp.CanonText()
		}
		if ep.CanonText() != bv {
			ps.Errorf(RuleAdoption, ep.Pos(), "controlled property %s (%s) differs from the base's (%s): «Значение контролируемого свойства %s … не совпадает со значением в расширяемой конфигурации»", name, display(ep.CanonText()), display(bv), name)
		}
	}
	if ext.ExtensionCompatibilityMode != "" && cmpCompat(ext.ExtensionCompatibilityMode, base.CompatibilityMode) > 0 {
		ps.Errorf(RuleAdoption, propPosOr(ext.Root, "ConfigurationExtensionCompatibilityMode"),
			"ConfigurationExtensionCompatibilityMode %s exceeds the base's CompatibilityMode %s: «Режим совместимости расширения конфигурации больше режима совместимости основной конфигурации»",
			ext.ExtensionCompatibilityMode, base.CompatibilityMode)
	}
}

func display(s string) string {
	if s == "" {
		return "absent"
	}
	return s
}

func propPosOr(o *Object, name string) Pos {
	if p := o.Prop(name); p != nil {
		return p.Pos()
	}
	return o.Pos
}

// adopt checks one adopted object against its base object.
func adopt(ps *Problems, ext *Configuration, b, e *Object) {
	if ext.KeepMappingByIDs {
		if !strings.EqualFold(e.Extends, b.UUID) {
			ps.Errorf(RuleAdoption, propPosOr(e, "ExtendedConfigurationObject"),
				"ExtendedConfigurationObject %q of %s differs from the base object's uuid %s: «Значение контролируемого свойства ExtendedConfigurationObject у объекта %s не совпадает со значением в расширяемой конфигурации»",
				e.Extends, e.FullName(), b.UUID, e.FullName())
		}
	} else if e.Extends != "" && !strings.EqualFold(e.Extends, b.UUID) {
		ps.Warnf(RuleAdoption, propPosOr(e, "ExtendedConfigurationObject"),
			"ExtendedConfigurationObject %q of %s is not the base object's uuid %s (objects are matched by name here, but the value is wrong for any base mapped by ids)",
			e.Extends, e.FullName(), b.UUID)
	}
	if e.Kind == KindCommonModule {
		for _, f := range controlledModuleFlags {
			ep := e.Prop(f)
			if ep == nil {
				continue
			}
			if bv := b.PropText(f); ep.Text() != bv {
				ps.Errorf(RuleAdoption, ep.Pos(), "controlled property %s of adopted %s is %s, the base module has %s: the extension cannot be applied", f, e.FullName(), ep.Text(), display(bv))
			}
		}
	}
	if e.Kind == KindLanguage {
		if ep := e.Prop("LanguageCode"); ep != nil && ep.Text() != b.PropText("LanguageCode") {
			ps.Errorf(RuleAdoption, ep.Pos(), "controlled property LanguageCode of adopted %s is %s, the base has %s", e.FullName(), ep.Text(), display(b.PropText("LanguageCode")))
		}
	}
	adoptChildren(ps, ext, e.FullName(), b.Children, e.Children)
	for _, f := range e.Forms {
		if !f.Adopted {
			continue
		}
		bf := b.Form(f.Name)
		if bf == nil {
			ps.Errorf(RuleAdoption, f.Pos, "adopted form %s.Form.%s does not exist in the base", e.FullName(), f.Name)
		} else if ext.KeepMappingByIDs && !strings.EqualFold(f.Extends, bf.UUID) {
			ps.Errorf(RuleAdoption, f.Pos, "ExtendedConfigurationObject of form %s.Form.%s differs from the base form's uuid %s", e.FullName(), f.Name, bf.UUID)
		}
	}
	for _, s := range e.Subsystems {
		var bs *Object
		for _, c := range b.Subsystems {
			if EqualFold(c.Name, s.Name) {
				bs = c
			}
		}
		switch {
		case bs == nil && s.Adopted:
			ps.Errorf(RuleAdoption, s.Pos, "adopted %s does not exist in the base", s.FullName())
		case bs != nil && s.Adopted:
			adopt(ps, ext, bs, s)
		}
	}
}

func adoptChildren(ps *Problems, ext *Configuration, owner string, base, kids []*Child) {
	for _, c := range kids {
		var bc *Child
		for _, x := range base {
			if x.Tag == c.Tag && EqualFold(x.Name, c.Name) {
				bc = x
			}
		}
		if !c.Adopted {
			if bc != nil {
				ps.Errorf(RuleAdoption, c.Pos, "own %s %s of %s clashes with the base's %s of the same name", c.Tag, c.Name, owner, c.Tag)
			}
			continue
		}
		if bc == nil {
			ps.Errorf(RuleAdoption, c.Pos, "adopted %s %s does not exist in base %s", c.Tag, c.Name, owner)
			continue
		}
		if ext.KeepMappingByIDs && !strings.EqualFold(c.Extends, bc.UUID) {
			ps.Errorf(RuleAdoption, c.Pos, "ExtendedConfigurationObject of %s.%s.%s differs from the base uuid %s", owner, c.Tag, c.Name, bc.UUID)
		}
		if et := c.Prop("Type"); et != nil {
			bt := bc.Prop("Type")
			if bt == nil || bt.CanonText() != et.CanonText() {
				bv := ""
				if bt != nil {
					bv = bt.CanonText()
				}
				ps.Errorf(RuleAdoption, et.Pos(), "controlled property Type of adopted %s.%s.%s differs from the base's (%s vs %s)", owner, c.Tag, c.Name, display(et.CanonText()), display(bv))
			}
		}
		adoptChildren(ps, ext, owner+"."+c.Tag+"."+c.Name, bc.Children, c.Children)
	}
}

// cmpCompat compares compatibility modes "Version8_3_14"; "DontUse" (no
// compatibility mode: the platform's own) and "" (absent) rank highest.
func cmpCompat(a, b string) int {
	pa, pb := compatRank(a), compatRank(b)
	switch {
	case pa < pb:
		return -1
	case pa > pb:
		return 1
	}
	return 0
}

func compatRank(s string) int {
	if !strings.HasPrefix(s, "Version") {
		return 1 << 30
	}
	rank := 0
	for _, part := range strings.Split(strings.TrimPrefix(s, "Version"), "_") {
		n, err := strconv.Atoi(part)
		if err != nil {
			return 1 << 30
		}
		rank = rank*100 + n
	}
	return rank
}

// CompareCompatibility orders two compatibility-mode values
// (Version8_3_14 < Version8_3_24 < DontUse); exported for the checks.
func CompareCompatibility(a, b string) int { return cmpCompat(a, b) }
