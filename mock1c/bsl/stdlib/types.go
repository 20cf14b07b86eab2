package stdlib

import (
	"strings"

	"wazzup-unf/mock1c/bsl/value"
)

// TypesEnv is implemented by an Env whose session knows more types than
// stdlib (the platform layer's metadata types); Тип("…") asks it first.
type TypesEnv interface {
	Types() *value.TypeTable
}

// typeTable is the session's table, or stdlib's own (built per call: only
// tools and tests run without a TypesEnv).
func typeTable(env value.Env) *value.TypeTable {
	if te, ok := env.(TypesEnv); ok {
		return te.Types()
	}
	return value.NewTypeTable(Types())
}

// Filled is ЗначениеЗаполнено: Неопределено, Null, Ложь, 0, a blank
// string, the empty date, the zero УникальныйИдентификатор and empty
// collections are not filled; other values are.
func Filled(v value.Value) bool {
	switch x := v.(type) {
	case value.Undefined, value.NullValue:
		return false
	case value.Boolean:
		return bool(x)
	case value.Number:
		return !x.IsZero()
	case value.String:
		return strings.TrimFunc(string(x), isSpace) != ""
	case value.Date:
		return !x.IsEmpty()
	case value.Fillable:
		return x.Filled()
	}
	return true
}

// ToBoolean is Булево(X): Булево as is, a number is Истина unless 0, the
// strings "Да"/"Нет"/"Истина"/"Ложь" (and English "Yes"/"No"/"True"/
// "False") in any case; anything else is "Преобразование значения к типу
// Булево не может быть выполнено".
func ToBoolean(v value.Value) (value.Value, error) {
	switch x := v.(type) {
	case value.Boolean:
		return x, nil
	case value.Number:
		return value.Bool(!x.IsZero()), nil
	case value.String:
		if b, ok := value.ParseBoolean(string(x)); ok {
			return value.Bool(b), nil
		}
	}
	return nil, &value.Error{Msg: value.MsgToBooleanFailed}
}

var typeFuncs = []value.MethodDef{
	fn("Тип", "Type", 1, 1, func(env value.Env, a []value.Value) (value.Value, error) {
		name, ok := arg(a, 0).(value.String)
		if !ok {
			return nil, value.ErrBadArgType()
		}
		d := typeTable(env).Lookup(strings.TrimSpace(string(name)))
		if d == nil {
			return nil, value.ErrTypeNotDefined(string(name))
		}
		return value.Type{Name: d.Name}, nil
	}),
	fn("ТипЗнч", "TypeOf", 1, 1, func(_ value.Env, a []value.Value) (value.Value, error) {
		return value.Type{Name: arg(a, 0).TypeName()}, nil
	}),
	fn("Строка", "String", 1, 1, func(_ value.Env, a []value.Value) (value.Value, error) {
		return value.String(str(a, 0)), nil
	}),
	fn("Булево", "Boolean", 1, 1, func(_ value.Env, a []value.Value) (value.Value, error) {
		return ToBoolean(arg(a, 0))
	}),
	fn("ЗначениеЗаполнено", "ValueIsFilled", 1, 1, func(_ value.Env, a []value.Value) (value.Value, error) {
		return value.Bool(Filled(arg(a, 0))), nil
	}),
	{Name: value.Name{Ru: "ЗаполнитьЗначенияСвойств", En: "FillPropertyValues"}, MinArgs: 2, MaxArgs: 4, Proc: true,
		Func: func(_ value.Env, _ value.Value, a []value.Value) (value.Value, error) {
			return nil, FillPropertyValues(arg(a, 0), arg(a, 1), str(a, 2), str(a, 3))
		}},
}

// FillPropertyValues is ЗаполнитьЗначенияСвойств(Приемник, Источник,
// СписокСвойств, ИсключаяСвойства): copies the source's properties (all it
// can list, or those named in the comma-separated list) into the
// destination's properties of the same name. Without a list, properties
// the destination lacks are skipped; a listed property missing on either
// side is "Поле объекта не обнаружено (Имя)".
func FillPropertyValues(dst, src value.Value, list, except string) error {
	d, ok := dst.(value.HasProps)
	if !ok {
		return value.ErrBadArgType()
	}
	s, ok := src.(value.HasProps)
	if !ok {
		return value.ErrBadArgType()
	}
	split := func(l string) []string {
		var out []string
		for _, p := range strings.Split(l, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
		return out
	}
	excluded := map[string]bool{}
	for _, e := range split(except) {
		excluded[value.Fold(e)] = true
	}
	names := split(list)
	strict := len(names) > 0
	if !strict {
		pl, ok := src.(value.PropLister)
		if !ok {
			return value.ErrBadArgType()
		}
		names = pl.PropNames()
	}
	for _, n := range names {
		if excluded[value.Fold(n)] {
			continue
		}
		v, err := s.GetProp(n)
		if err != nil {
			return err
		}
		if err := d.SetProp(n, v); err != nil {
			if strict {
				return err
			}
			if ve, ok := err.(*value.Error); ok && strings.HasPrefix(ve.Msg, "Поле объекта не обнаружено") {
				continue
			}
			return err
		}
	}
	return nil
}

// Types returns the types of ordinary code: the primitive types (no
// constructor), the collections and УникальныйИдентификатор.
func Types() []value.TypeDef {
	noCtor := func(n value.Name) value.TypeDef { return value.TypeDef{Name: n} }
	empty := func(n value.Name, v value.Value) value.TypeDef {
		return value.TypeDef{Name: n, Empty: func() value.Value { return v }}
	}
	return append([]value.TypeDef{
		noCtor(value.TUndefined), empty(value.TNull, value.Null), empty(value.TBoolean, value.False),
		empty(value.TNumber, value.IntValue(0)), empty(value.TString, value.Empty), empty(value.TDate, value.EmptyDate),
		noCtor(value.TType), noCtor(value.TKeyValue),
		{Name: TTypeDescription, MaxArgs: 7, New: newTypeDescription},
		noCtor(value.TValueListItem), noCtor(value.TVTRow), noCtor(value.TVTColumn), noCtor(value.TVTColumns),
		{Name: value.TArray, MaxArgs: value.Variadic, New: newArray},
		{Name: value.TFixedArray, MinArgs: 1, MaxArgs: 1, New: func(_ value.Env, a []value.Value) (value.Value, error) {
			src, ok := arg(a, 0).(*value.Array)
			if !ok {
				return nil, value.ErrBadArgType()
			}
			return &value.Array{Items: append([]value.Value(nil), src.Items...), Fixed: true}, nil
		}},
		{Name: value.TStructure, MaxArgs: value.Variadic, New: func(_ value.Env, a []value.Value) (value.Value, error) {
			return newStructure(a, false)
		}},
		{Name: value.TFixedStructure, MaxArgs: value.Variadic, New: func(_ value.Env, a []value.Value) (value.Value, error) {
			return newStructure(a, true)
		}},
		{Name: value.TMap, MaxArgs: 1, New: func(_ value.Env, a []value.Value) (value.Value, error) {
			return newMap(a, false)
		}},
		{Name: value.TFixedMap, MinArgs: 1, MaxArgs: 1, New: func(_ value.Env, a []value.Value) (value.Value, error) {
			return newMap(a, true)
		}},
		{Name: value.TValueList, New: func(value.Env, []value.Value) (value.Value, error) { return value.NewValueList(), nil }},
		{Name: value.TValueTable, New: func(value.Env, []value.Value) (value.Value, error) { return value.NewValueTable(), nil }},
		{Name: value.TUUID, MaxArgs: 1, New: newUUID},
	}, jsonTypes()...)
}

// newArray is Новый Массив(Размер1, Размер2, …) (nested arrays of
// Неопределено) or Новый Массив(ФиксированныйМассив).
func newArray(_ value.Env, a []value.Value) (value.Value, error) {
	if len(a) == 1 {
		if f, ok := arg(a, 0).(*value.Array); ok {
			return value.NewArray(append([]value.Value(nil), f.Items...)...), nil
		}
	}
	dims := make([]int, len(a))
	total := 1
	for i := range a {
		n, err := intArg(a, i, 0)
		if err != nil {
			return nil, err
		}
		total *= int(max(n, 1))
		if n < 0 || total > 1<<24 {
			return nil, value.ErrBadArgValue()
		}
		dims[i] = int(n)
	}
	var build func(d []int) *value.Array
	build = func(d []int) *value.Array {
		arr := value.NewArray()
		if len(d) == 0 {
			return arr
		}
		arr.Items = make([]value.Value, d[0])
		for i := range arr.Items {
			if len(d) > 1 {
				arr.Items[i] = build(d[1:])
			} else {
				arr.Items[i] = value.Undef
			}
		}
		return arr
	}
	return build(dims), nil
}

// newStructure is Новый Структура(Ключи, Значения…) or a copy of a
// (Фиксированная)Структура.
func newStructure(a []value.Value, fixed bool) (value.Value, error) {
	if len(a) == 1 {
		if s, ok := arg(a, 0).(*value.Structure); ok {
			return value.CopyStructure(s, fixed), nil
		}
	}
	s := value.NewStructure()
	if len(a) > 0 {
		keys, ok := arg(a, 0).(value.String)
		if !ok {
			return nil, value.ErrBadArgType()
		}
		if err := value.FillStructure(s, string(keys), a[1:]); err != nil {
			return nil, err
		}
	}
	s.Fixed = fixed
	return s, nil
}

func newMap(a []value.Value, fixed bool) (value.Value, error) {
	if len(a) == 0 {
		return value.NewMap(), nil
	}
	m, ok := arg(a, 0).(*value.Map)
	if !ok {
		return nil, value.ErrBadArgType()
	}
	return value.CopyMap(m, fixed), nil
}

func newUUID(env value.Env, a []value.Value) (value.Value, error) {
	if len(a) == 1 && a[0] != nil {
		s, ok := arg(a, 0).(value.String)
		if !ok {
			return nil, value.ErrBadArgType()
		}
		return value.ParseUUID(string(s))
	}
	var r interface{ Read([]byte) (int, error) }
	if re, ok := env.(value.RandomEnv); ok {
		r = re.Random()
	}
	if r == nil {
		return value.NewUUID(nil)
	}
	return value.NewUUID(r)
}
