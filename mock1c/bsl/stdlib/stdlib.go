package stdlib

import (
	"wazzup-unf/internal/clock"
	"wazzup-unf/mock1c/bsl/value"
)

// Env is a plain value.Env for tools and tests.
type Env struct {
	Clk      clock.Clock
	Language string // "ru" when empty
}

// Clock returns the clock (the wall clock when none was given).
func (e Env) Clock() clock.Clock {
	if e.Clk == nil {
		return clock.Wall{}
	}
	return e.Clk
}

// Lang returns the language code.
func (e Env) Lang() string {
	if e.Language == "" {
		return "ru"
	}
	return e.Language
}

var _ value.Env = Env{}

// Functions returns the global functions of ordinary code.
func Functions() []value.MethodDef {
	var all []value.MethodDef
	for _, l := range [][]value.MethodDef{stringFuncs, numberFuncs, dateFuncs, typeFuncs, formatFuncs, encodeFuncs, jsonFuncs, bitFuncs, xmlFuncs, pluralFuncs} {
		all = append(all, l...)
	}
	return all
}

// Global is a global-context property (Символы).
type Global struct {
	Name  value.Name
	Value value.Value
}

// Globals returns the global properties this package defines: Символы and
// the system enumerations its functions take. Each call builds fresh enum
// objects, so a World calls it once.
func Globals() []Global {
	g := []Global{{Name: value.Name{Ru: "Символы", En: "Chars"}, Value: chars{}}}
	for _, e := range Enums() {
		g = append(g, Global{Name: e.Name, Value: e})
	}
	return g
}

// Enums returns the system enumerations used by this library's functions.
// The functions compare enum arguments by presentation, so they accept the
// platform layer's values too.
func Enums() []*value.Enum {
	n := func(ru, en string) value.Name { return value.Name{Ru: ru, En: en} }
	return []*value.Enum{
		value.NewEnum(n("НаправлениеПоиска", "SearchDirection"), n("СНачала", "FromBegin"), n("СКонца", "FromEnd")),
		value.NewEnum(n("РежимОкругления", "RoundMode"), n("Окр15как10", "Round15as10"), n("Окр15как20", "Round15as20")),
		value.NewEnum(n("СпособКодированияСтроки", "StringEncodingMethod"), n("КодировкаURL", "URLEncoding"), n("URLВКодировкеURL", "URLInURLEncoding")),
		value.NewEnum(n("НаправлениеСортировки", "SortDirection"), n("Возр", "Asc"), n("Убыв", "Desc")),
		value.NewEnum(n("ПереносСтрокJSON", "JSONLineBreak"), n("Нет", "None"), n("Авто", "Auto"), n("Unix", "Unix"), n("Windows", "Windows")),
		value.NewEnum(n("ФорматДатыJSON", "JSONDateFormat"), n("ISO", "ISO"), n("JavaScript", "JavaScript"), n("Microsoft", "Microsoft")),
		value.NewEnum(n("ВидЧисловогоЗначения", "NumericValueType"), n("Количественное", "Cardinal"), n("Порядковое", "Ordinal")),
		value.NewEnum(n("ВариантЗаписиДатыJSON", "JSONDateWritingVariant"), n("ЛокальнаяДата", "LocalDate"), n("УниверсальнаяДата", "UniversalDate"), n("ЛокальнаяДатаСоСмещением", "LocalDateWithOffset")),
	}
}

// fn is a compact MethodDef constructor for global functions (no receiver).
func fn(ru, en string, minArgs, maxArgs int, f func(env value.Env, args []value.Value) (value.Value, error)) value.MethodDef {
	return value.MethodDef{Name: value.Name{Ru: ru, En: en}, MinArgs: minArgs, MaxArgs: maxArgs,
		Func: func(env value.Env, _ value.Value, args []value.Value) (value.Value, error) { return f(env, args) }}
}

// arg returns argument i or Неопределено when omitted.
func arg(args []value.Value, i int) value.Value { return value.Arg(args, i, value.Undef) }

// str converts argument i as Строка(X) does ("" when omitted).
func str(args []value.Value, i int) string { return arg(args, i).String() }

// num reads argument i as a number (Строка parsed, Булево 1/0), with def
// when omitted.
func num(args []value.Value, i int, def value.Number) (value.Number, error) {
	v := value.Arg(args, i, nil)
	if v == nil {
		return def, nil
	}
	n, ok := v.(value.Number)
	if ok {
		return n, nil
	}
	if _, isStr := v.(value.String); isStr {
		return value.ToNumber(v)
	}
	return value.Number{}, value.ErrBadArgType()
}

// intArg reads argument i as an integer (truncated).
func intArg(args []value.Value, i int, def int64) (int64, error) {
	n, err := num(args, i, value.Int(def))
	if err != nil {
		return 0, err
	}
	v, ok := n.Int64()
	if !ok {
		return 0, value.ErrBadArgValue()
	}
	return v, nil
}

// boolArg reads argument i as Булево with def when omitted.
func boolArg(args []value.Value, i int, def bool) (bool, error) {
	v := value.Arg(args, i, nil)
	switch x := v.(type) {
	case nil:
		return def, nil
	case value.Boolean:
		return bool(x), nil
	}
	return false, value.ErrBadArgType()
}

// chars is the global property Символы.
type chars struct{}

var charsNames = []value.Name{
	{Ru: "ВК", En: "CR"}, {Ru: "ВТаб", En: "VTab"}, {Ru: "НПП", En: "NBSp"},
	{Ru: "ПС", En: "LF"}, {Ru: "ПФ", En: "FF"}, {Ru: "Таб", En: "Tab"},
}
var charsValues = []string{"\r", "\v", "\u00a0", "\n", "\f", "\t"}
var charsIndex = value.NewNameIndex(charsNames)

func (chars) TypeName() value.Name { return value.Name{Ru: "Символы", En: "Chars"} }
func (chars) String() string       { return "Символы" }

// GetProp reads Символы.ПС and the others.
func (chars) GetProp(name string) (value.Value, error) {
	if i := charsIndex.Lookup(name); i >= 0 {
		return value.String(charsValues[i]), nil
	}
	return nil, value.ErrPropNotFound(name)
}

// SetProp: Символы is read-only.
func (c chars) SetProp(name string, v value.Value) error {
	if _, err := c.GetProp(name); err != nil {
		return err
	}
	return value.ErrReadOnly()
}

var _ value.HasProps = chars{}
