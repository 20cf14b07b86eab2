package dumpgen

import "fmt"

// T is a value type description (the <Type> element of an attribute).
type T []tpart

type tpart struct {
	kind    string // "str", "num", "bool", "date", "datetime", "uuid", "storage", "ref", "set"
	name    string // ref / set: "CatalogRef.X", "DefinedType.X"
	n, f    int
	nonNeg  bool
	fixed   bool
	numbers bool
}

func Str(n int) T           { return T{{kind: "str", n: n}} }
func StrFixed(n int) T      { return T{{kind: "str", n: n, fixed: true}} }
func Num(d, f int) T        { return T{{kind: "num", n: d, f: f}} }
func NumNonNeg(d, f int) T  { return T{{kind: "num", n: d, f: f, nonNeg: true}} }
func Bool() T               { return T{{kind: "bool"}} }
func Date() T               { return T{{kind: "date"}} }
func DateTime() T           { return T{{kind: "datetime"}} }
func UUIDType() T           { return T{{kind: "uuid"}} }
func Storage() T            { return T{{kind: "storage"}} }
func TypeSet(name string) T { return T{{kind: "set", name: name}} }
func Refs(names ...string) T {
	var t T
	for _, n := range names {
		t = append(t, tpart{kind: "ref", name: n})
	}
	return t
}

// Or joins type descriptions into a composite type.
func Or(ts ...T) T {
	var out T
	for _, t := range ts {
		out = append(out, t...)
	}
	return out
}

func (t T) isString() bool { return len(t) == 1 && t[0].kind == "str" }

// render writes the content of a <Type> element. The order inside is the
// Designer's: all v8:Type / v8:TypeSet entries, then the qualifiers.
func (t T) render(w *xw) {
	var str, num, date *tpart
	for i := range t {
		p := &t[i]
		switch p.kind {
		case "str":
			w.leaf("v8:Type", "xs:string")
			str = p
		case "num":
			w.leaf("v8:Type", "xs:decimal")
			num = p
		case "bool":
			w.leaf("v8:Type", "xs:boolean")
		case "date", "datetime":
			w.leaf("v8:Type", "xs:dateTime")
			date = p
		case "uuid":
			w.leaf("v8:Type", "v8:UUID")
		case "storage":
			w.leaf("v8:Type", "v8:ValueStorage")
		case "ref":
			w.leaf("v8:Type", "cfg:"+p.name)
		case "set":
			w.leaf("v8:TypeSet", "cfg:"+p.name)
		default:
			panic("unknown type kind " + p.kind)
		}
	}
	if num != nil {
		w.open("v8:NumberQualifiers")
		w.leaf("v8:Digits", fmt.Sprint(num.n))
		w.leaf("v8:FractionDigits", fmt.Sprint(num.f))
		sign := "Any"
		if num.nonNeg {
			sign = "Nonnegative"
		}
		w.leaf("v8:AllowedSign", sign)
		w.close("v8:NumberQualifiers")
	}
	if str != nil {
		w.open("v8:StringQualifiers")
		w.leaf("v8:Length", fmt.Sprint(str.n))
		allowed := "Variable"
		if str.fixed {
			allowed = "Fixed"
		}
		w.leaf("v8:AllowedLength", allowed)
		w.close("v8:StringQualifiers")
	}
	if date != nil {
		w.open("v8:DateQualifiers")
		fr := "Date"
		if date.kind == "datetime" {
			fr = "DateTime"
		}
		w.leaf("v8:DateFractions", fr)
		w.close("v8:DateQualifiers")
	}
}

// Field is an attribute, tabular-section column, dimension or resource.
type Field struct {
	Name, UUID, Syn string
	Type            T
	Index           string // "", "Index", "IndexWithAdditionalOrder"
	FillCheck       bool
	Use             string // catalogs: "ForItem" (default) / "ForFolderAndItem"
	Master          bool   // dimensions
	MainFilter      bool   // dimensions
	MultiLine       bool
}

type TabSection struct {
	Name, UUID, Syn string
	Cols            []Field
}

// Predefined is an item of Ext/Predefined.xml.
type Predefined struct {
	Name, ID, Code, Description string
	IsFolder                    bool
	Type                        T // charts of characteristic types only
	Children                    []Predefined
}

type FormDef struct {
	Name, UUID, Syn string
	Kind            string // "object" or "list"
	Fields          []FormField
}

// FormField is an input field of an object form or a column of a list form.
type FormField struct {
	Name, DataPath string
}

type Catalog struct {
	Name, UUID, Syn           string
	RefTypeID, RefValueID     string
	Hierarchical              bool
	HierarchyType             string // HierarchyFoldersAndItems / HierarchyOfItems
	LimitLevelCount           bool
	LevelCount                int
	CodeLength                int
	CodeType                  string // String / Number
	CodeAllowedLength         string // Variable / Fixed
	DescriptionLength         int
	Autonumbering, CheckUniq  bool
	Attrs                     []Field
	Tabs                      []TabSection
	Forms                     []FormDef
	DefaultObject, DefaultLst string
	Predefined                []Predefined
}

type Document struct {
	Name, UUID, Syn       string
	RefTypeID, RefValueID string
	NumberType            string
	NumberLength          int
	NumberPeriodicity     string
	BasedOn               []string
	Attrs                 []Field
	Tabs                  []TabSection
	Forms                 []FormDef
	DefaultObject         string
	DefaultList           string
}

type EnumValue struct{ Name, UUID, Syn string }

type Enum struct {
	Name, UUID, Syn string
	RefTypeID       string
	Values          []EnumValue
}

type InfoRegister struct {
	Name, UUID, Syn string
	Periodicity     string // Nonperiodical / Second
	Dims, Res       []Field
}

type ChartOfCharTypes struct {
	Name, UUID, Syn string
	RefTypeID       string
	Type            T
	Hierarchical    bool
	CodeLength      int
	DescLength      int
	Predefined      []Predefined
}

type Constant struct {
	Name, UUID, Syn string
	Type            T
}

type CommonModule struct {
	Name, UUID, Syn                   string
	Global, ClientMA, Server, ExtConn bool
	ClientOrd, ServerCall, Privileged bool
	Reuse                             string
}

type DefinedType struct {
	Name, UUID, Syn string
	Type            T
}

type SessionParameter struct {
	Name, UUID, Syn string
	Type            T
}

// Role has optional rights; Rights nil means no Ext/Rights.xml.
type Role struct {
	Name, UUID, Syn  string
	SetForNewObjects bool
	Rights           []ObjectRights
}

type ObjectRights struct {
	Object string
	Rights []Right
}

type Right struct {
	Name  string
	Value bool
}

type Subsystem struct {
	Name, UUID, Syn string
	IncludeInCI     bool
	Content         []string
	Children        []Subsystem
}

// Config is the whole base model.
type Config struct {
	Languages         []string
	Subsystems        []Subsystem
	SessionParameters []SessionParameter
	Roles             []Role
	CommonModules     []CommonModule
	DefinedTypes      []DefinedType
	Constants         []Constant
	Catalogs          []Catalog
	Documents         []Document
	Enums             []Enum
	InfoRegisters     []InfoRegister
	ChartsOfCharTypes []ChartOfCharTypes
}
