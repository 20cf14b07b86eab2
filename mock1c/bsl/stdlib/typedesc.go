package stdlib

import (
	"strings"

	"wazzup-unf/mock1c/bsl/value"
)

// TypeDescription is ОписаниеТипов: a set of types with the rule by which a
// typed attribute or a ТаблицаЗначений column brings a value to them
// (ПривестиЗначение). Qualifiers (КвалификаторыЧисла, КвалификаторыСтроки,
// КвалификаторыДаты) are accepted and ignored: see the skip list.
type TypeDescription struct {
	types []value.TypeDef // empty: any type
}

// TTypeDescription is the type name of TypeDescription.
var TTypeDescription = value.Name{Ru: "ОписаниеТипов", En: "TypeDescription"}

func (*TypeDescription) TypeName() value.Name { return TTypeDescription }
func (*TypeDescription) String() string       { return TTypeDescription.Ru }

// Contains reports whether the description has the type named n.
func (d *TypeDescription) Contains(n value.Name) bool {
	for _, t := range d.types {
		if t.Name.Ru == n.Ru {
			return true
		}
	}
	return false
}

// Adjust is ПривестиЗначение, the rule a typed attribute or ТаблицаЗначений
// column applies: a value of one of the types stays; otherwise the
// conversions are tried in the order Строка, Число, Булево among the listed
// types (5 into "Булево, Строка" is "5"; 1 into "Булево, Null" is Истина);
// when none applies, a single-type description gives its empty value and a
// composite one Неопределено. An empty description accepts anything.
// Source: a BSL runtime measured against 8.3.27 (index id 60806439395,
// adjust_to_column_type); qualifiers are not applied (skip list).
func (d *TypeDescription) Adjust(v value.Value) value.Value {
	if len(d.types) == 0 || d.Contains(v.TypeName()) {
		return v
	}
	if d.Contains(value.TString) {
		if _, undef := v.(value.Undefined); !undef {
			return value.String(v.String())
		}
	}
	if d.Contains(value.TNumber) {
		if n, err := value.ToNumber(v); err == nil {
			return n.Box()
		}
	}
	if d.Contains(value.TBoolean) {
		if b, err := ToBoolean(v); err == nil {
			return b
		}
	}
	if len(d.types) == 1 {
		if d.types[0].Empty != nil {
			return d.types[0].Empty()
		}
	}
	return value.Undef
}

// Methods of ОписаниеТипов.
func (*TypeDescription) Methods() *value.MethodTable { return typeDescMethods }

var typeDescMethods = value.NewMethodTable([]value.MethodDef{
	{Name: value.Name{Ru: "Типы", En: "Types"}, Func: func(_ value.Env, r value.Value, _ []value.Value) (value.Value, error) {
		a := value.NewArray()
		for _, t := range r.(*TypeDescription).types {
			a.Items = append(a.Items, value.Type{Name: t.Name})
		}
		return a, nil
	}},
	{Name: value.Name{Ru: "СодержитТип", En: "ContainsType"}, MinArgs: 1, MaxArgs: 1, Func: func(_ value.Env, r value.Value, a []value.Value) (value.Value, error) {
		t, ok := arg(a, 0).(value.Type)
		if !ok {
			return nil, value.ErrBadArgType()
		}
		return value.Bool(r.(*TypeDescription).Contains(t.Name)), nil
	}},
	{Name: value.Name{Ru: "ПривестиЗначение", En: "AdjustValue"}, MaxArgs: 1, Func: func(_ value.Env, r value.Value, a []value.Value) (value.Value, error) {
		return r.(*TypeDescription).Adjust(arg(a, 0)), nil
	}},
})

var (
	_ value.TypeAdjuster = (*TypeDescription)(nil)
	_ value.HasMethods   = (*TypeDescription)(nil)
)

// typeList resolves "Строка, Число", a Массив of Тип, or an ОписаниеТипов.
func typeList(env value.Env, v value.Value) ([]value.TypeDef, error) {
	tt := typeTable(env)
	switch x := v.(type) {
	case nil, value.Undefined:
		return nil, nil
	case *TypeDescription:
		return x.types, nil
	case value.Type:
		d := tt.Lookup(x.Name.Ru)
		if d == nil {
			return []value.TypeDef{{Name: x.Name}}, nil
		}
		return []value.TypeDef{*d}, nil
	case value.String:
		var out []value.TypeDef
		for _, p := range strings.Split(string(x), ",") {
			p = strings.TrimSpace(p)
			if p == "" {
				continue
			}
			d := tt.Lookup(p)
			if d == nil {
				return nil, value.ErrTypeNotDefined(p)
			}
			out = append(out, *d)
		}
		return out, nil
	case *value.Array:
		var out []value.TypeDef
		for _, e := range x.Items {
			l, err := typeList(env, e)
			if err != nil {
				return nil, err
			}
			out = append(out, l...)
		}
		return out, nil
	}
	return nil, value.ErrBadArgType()
}

// newTypeDescription is Новый ОписаниеТипов(Типы, Квалификаторы…) or
// Новый ОписаниеТипов(Исходное, ДобавляемыеТипы, ВычитаемыеТипы).
func newTypeDescription(env value.Env, a []value.Value) (value.Value, error) {
	if src, ok := arg(a, 0).(*TypeDescription); ok && len(a) > 1 {
		add, err := typeList(env, value.Arg(a, 1, nil))
		if err != nil {
			return nil, err
		}
		sub, err := typeList(env, value.Arg(a, 2, nil))
		if err != nil {
			return nil, err
		}
		d := &TypeDescription{}
		for _, t := range append(append([]value.TypeDef(nil), src.types...), add...) {
			drop := d.Contains(t.Name)
			for _, s := range sub {
				drop = drop || s.Name.Ru == t.Name.Ru
			}
			if !drop {
				d.types = append(d.types, t)
			}
		}
		return d, nil
	}
	types, err := typeList(env, value.Arg(a, 0, nil))
	if err != nil {
		return nil, err
	}
	return &TypeDescription{types: types}, nil
}
