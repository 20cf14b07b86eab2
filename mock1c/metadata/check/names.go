package check

import (
	"unicode"

	"wazzup-unf/mock1c/metadata"
)

// RuleNames: object, sub-object and form names are identifiers of the 1C
// language (a letter or "_", then letters, digits, "_"); the Designer
// refuses anything else because the name is used in code
// (Справочники.<Имя>).
const RuleNames = "names"

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || unicode.IsLetter(r) || (i > 0 && unicode.IsDigit(r)) {
			continue
		}
		return false
	}
	return true
}

func (c *checker) names() {
	bad := func(what, name string, pos metadata.Pos) {
		if !isIdent(name) {
			c.ps.Errorf(RuleNames, pos, "%s name %q is not an identifier (a letter or _, then letters, digits, _)", what, name)
		}
	}
	bad("configuration", c.cfg.Root.Name, propPos(c.cfg.Root, "Name"))
	c.objects(func(o *metadata.Object) {
		bad(string(o.Kind), o.Name, propPos(o, "Name"))
		var walk func(kids []*metadata.Child)
		walk = func(kids []*metadata.Child) {
			// Attributes, tabular sections, dimensions and resources share
			// one namespace (Объект.Имя); every other sub-object kind has
			// its own: a chart of accounts names an AccountingFlag and an
			// ExtDimensionAccountingFlag alike (Валютный, Количественный in
			// real charts), enum values and commands live apart.
			seen := map[string]metadata.Pos{}
			for _, ch := range kids {
				pos := ch.Pos
				if p := ch.Prop("Name"); p != nil {
					pos = p.Pos()
				}
				bad(ch.Tag, ch.Name, pos)
				space := ch.Tag
				if fieldTags[ch.Tag] {
					space = "field"
				}
				key := space + "." + metadata.Fold(ch.Name)
				if prev, dup := seen[key]; dup && ch.Name != "" {
					c.ps.Errorf(RuleNames, pos, "%s %s: the name is already used at %s", ch.Tag, ch.Name, prev)
				}
				seen[key] = pos
				walk(ch.Children)
			}
		}
		walk(o.Children)
		if o.Kind != metadata.KindCommonForm {
			for _, f := range o.Forms {
				bad("form", f.Name, f.Pos)
			}
		}
		if o.Predefined != nil {
			// Predefined names are used in code (Справочники.X.Имя) and are
			// unique within the object at any depth.
			seen := map[string]metadata.Pos{}
			o.Predefined.Walk(func(it *metadata.PredefinedItem) {
				bad("predefined item", it.Name, it.Pos)
				if prev, dup := seen[metadata.Fold(it.Name)]; dup && it.Name != "" {
					c.ps.Errorf(RuleNames, it.Pos, "%s: predefined item %s: the name is already used at %s", o.FullName(), it.Name, prev)
				}
				seen[metadata.Fold(it.Name)] = it.Pos
			})
		}
	})
}

// fieldTags are the sub-objects that are fields of the object's data and
// share one namespace.
var fieldTags = map[string]bool{"Attribute": true, "TabularSection": true, "Dimension": true, "Resource": true,
	"AddressingAttribute": true}
