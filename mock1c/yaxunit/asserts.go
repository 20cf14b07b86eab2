package yaxunit

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"wazzup-unf/mock1c/bsl/stdlib"
	"wazzup-unf/mock1c/bsl/value"
)

// checkContext is YAxUnit's assertion context (ЮТУтверждения.НовыйКонтекстУтверждения):
// the value under test, the message given to ОжидаетЧто, and the property
// chosen with Свойство.
type checkContext struct {
	subject value.Value
	prefix  string        // Сообщение of ОжидаетЧто
	prop    string        // ИмяСвойства as written; "" when none
	path    []value.Value // its normalised path (String or Number parts)
	descr   string        // ОписаниеПроверки of the current check
	// what the last failure compared, for the report
	actual, expected value.Value
	hasExpected      bool
}

// failure is a failed check as YAxUnit raises it.
type failure struct {
	text             string // the exception text: "[Failed] <…>" or "[Broken] <…>"
	actual, expected string // presentations for the report
	hasExpected      bool
}

func (f *failure) Error() string { return f.text }

func (y *yax) expect(env value.Env, _ value.Value, args []value.Value) (value.Value, error) {
	st, err := stateOf(env)
	if err != nil {
		return nil, err
	}
	prefix := ""
	if m := value.Arg(args, 1, value.Empty); !isUndef(m) {
		prefix = m.String()
	}
	st.check = checkContext{subject: value.Arg(args, 0, value.Undef), prefix: prefix}
	return y.asserts, nil
}

func isUndef(v value.Value) bool { _, ok := v.(value.Undefined); return ok }

// current is ПроверяемоеЗначение(): the property's value when one is chosen.
func (c *checkContext) current() (value.Value, error) {
	if c.prop == "" {
		return c.subject, nil
	}
	v := c.subject
	for _, part := range c.path {
		var err error
		if v, err = member(v, part); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// describe joins the message of ОжидаетЧто and the check's description as
// ЮТРегистрацияОшибокСлужебный.ДобавитьОписания does, capitalising the
// first letter.
func (c *checkContext) describe(text string) string {
	p := strings.TrimSpace(strings.Join(nonEmpty(c.prefix, c.descr), " "))
	if p != "" {
		text = p + ": " + text
	}
	r, n := utf8.DecodeRuneInString(text)
	return string(unicode.ToUpper(r)) + text[n:]
}

func nonEmpty(s ...string) []string {
	var out []string
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			out = append(out, x)
		}
	}
	return out
}

// fail builds the error of a failed comparison: "[Failed] <Ожидали, что
// проверяемое значение `X` [содержит свойство `p`, которое] ожидание, но это не
// так.>" (ЮТСообщенияСлужебный.ФорматированныйТекстОшибкиУтверждения).
func (c *checkContext) fail(expectation string, actual value.Value, expected value.Value, hasExpected bool, withProp bool) error {
	ins := ""
	if withProp && c.prop != "" {
		ins = " содержит свойство `" + c.prop + "`, которое"
	}
	text := fmt.Sprintf("ожидали, что проверяемое значение `%s`%s %s, но это не так.", present(c.subject), ins, expectation)
	f := &failure{text: prefixFailed + " <" + c.describe(text) + ">", actual: Presentation(actual), hasExpected: hasExpected}
	if hasExpected {
		f.expected = Presentation(expected)
	}
	return f
}

// broken is an error in using the check (wrong argument type, a value the
// check cannot handle): YAxUnit raises it as "[Broken] <…>".
func (c *checkContext) broken(format string, args ...any) error {
	return &failure{text: prefixBroken + " <" + c.describe(fmt.Sprintf(format, args...)) + ">"}
}

// present is the value as СтрШаблон("%1", v) shows it.
func present(v value.Value) string { return v.String() }

// Presentation shows a value for a report: strings quoted, collections
// expanded (our report's format, richer than the platform's presentation
// which prints a structure as «Структура»).
func Presentation(v value.Value) string {
	var b strings.Builder
	presentTo(&b, v, 0)
	return b.String()
}

func presentTo(b *strings.Builder, v value.Value, depth int) {
	if depth > 6 {
		b.WriteString("…")
		return
	}
	switch x := v.(type) {
	case nil:
		b.WriteString("<nil>")
	case value.String:
		fmt.Fprintf(b, "%q", string(x))
	case value.Undefined:
		b.WriteString("Неопределено")
	case value.NullValue:
		b.WriteString("Null")
	case *value.Structure:
		b.WriteString(x.TypeName().Ru + "{")
		for i, k := range x.Keys() {
			if i > 0 {
				b.WriteString(", ")
			}
			val, _ := x.Get(k)
			b.WriteString(k + ": ")
			presentTo(b, val, depth+1)
		}
		b.WriteString("}")
	case *value.Array:
		b.WriteString(x.TypeName().Ru + "[")
		for i, e := range x.Items {
			if i > 0 {
				b.WriteString(", ")
			}
			if i == 20 {
				fmt.Fprintf(b, "… (%d)", len(x.Items))
				break
			}
			presentTo(b, e, depth+1)
		}
		b.WriteString("]")
	case *value.Map:
		b.WriteString(x.TypeName().Ru + "{")
		i := 0
		x.Entries(func(k, val value.Value) {
			if i > 0 {
				b.WriteString(", ")
			}
			i++
			presentTo(b, k, depth+1)
			b.WriteString(": ")
			presentTo(b, val, depth+1)
		})
		b.WriteString("}")
	case value.Boolean:
		b.WriteString(x.String())
	default:
		if v.TypeName().Ru == "Число" || v.TypeName().Ru == "Дата" {
			b.WriteString(v.String())
			return
		}
		b.WriteString(v.TypeName().Ru + " «" + v.String() + "»")
	}
}

// ValuesEqual is YAxUnit's equality (ЮТСравнениеКлиентСервер.ЗначенияРавны):
// the types must match; then the language's «=»; failing that, Структура
// and ФиксированнаяСтруктура are equal with the same number of keys and
// every key of one present in the other with an equal value, Соответствие
// likewise by keys, Массив and ФиксированныйМассив element by element —
// recursively; any other value is equal only by «=».
func ValuesEqual(a, b value.Value) bool {
	if !sameType(a, b) {
		return false
	}
	if value.Equal(a, b) {
		return true
	}
	switch x := a.(type) {
	case *value.Structure:
		y := b.(*value.Structure)
		if x.Len() != y.Len() {
			return false
		}
		for _, k := range x.Keys() {
			xv, _ := x.Get(k)
			yv, ok := y.Get(k)
			if !ok || !ValuesEqual(xv, yv) {
				return false
			}
		}
		return true
	case *value.Map:
		y := b.(*value.Map)
		if x.Len() != y.Len() {
			return false
		}
		eq := true
		x.Entries(func(k, xv value.Value) {
			yv, ok := y.Get(k)
			if !ok {
				yv = value.Undef
			}
			if !ValuesEqual(xv, yv) {
				eq = false
			}
		})
		y.Entries(func(k, _ value.Value) {
			if _, ok := x.Get(k); !ok {
				eq = false
			}
		})
		return eq
	case *value.Array:
		y := b.(*value.Array)
		if len(x.Items) != len(y.Items) {
			return false
		}
		for i := range x.Items {
			if !ValuesEqual(x.Items[i], y.Items[i]) {
				return false
			}
		}
		return true
	}
	return false
}

func sameType(a, b value.Value) bool {
	return a.TypeName() == b.TypeName()
}

// member is Значение[Часть] of YAxUnit's property paths: a Структура or
// object property by name, a collection element by index (negative: from
// the end), a Соответствие value by key.
func member(v value.Value, part value.Value) (value.Value, error) {
	if n, ok := part.(value.Number); ok {
		if _, isMap := v.(*value.Map); !isMap {
			if i, ok := n.Int64(); ok && i < 0 {
				if cnt, ok := count(v); ok {
					part = value.Int(int64(cnt) + i)
				}
			}
		}
	}
	if ix, ok := v.(value.Indexable); ok {
		return ix.Index(part)
	}
	return value.GetProp(v, part.String())
}

// hasMember is ЗначениеИмеетСвойство.
func hasMember(v value.Value, part value.Value) bool {
	switch x := v.(type) {
	case *value.Structure:
		s, ok := part.(value.String)
		if !ok {
			return false
		}
		_, has := x.Get(string(s))
		return has
	case *value.Map:
		has := false
		x.Entries(func(k, _ value.Value) {
			if sameType(k, part) && value.Equal(k, part) {
				has = true
			}
		})
		return has
	}
	if n, ok := part.(value.Number); ok {
		cnt, ok := count(v)
		i, isInt := n.Int64()
		if !ok || !isInt {
			return false
		}
		if i < 0 {
			i += int64(cnt)
		}
		return i >= 0 && i < int64(cnt)
	}
	_, err := value.GetProp(v, part.String())
	return err == nil
}

// count is Значение.Количество() of a collection.
func count(v value.Value) (int, bool) {
	switch x := v.(type) {
	case *value.Array:
		return len(x.Items), true
	case *value.Structure:
		return x.Len(), true
	case *value.Map:
		return x.Len(), true
	}
	n, err := value.CallMethod(nil, v, "Количество", nil)
	if err != nil {
		return 0, false
	}
	num, ok := n.(value.Number)
	if !ok {
		return 0, false
	}
	i, ok := num.Int64()
	return int(i), ok
}

// splitPath is ЧастиПути: "a.b[0][1].c" → a, b, 0, 1, c.
func splitPath(v value.Value) ([]value.Value, error) {
	s, ok := v.(value.String)
	if !ok {
		return []value.Value{v}, nil
	}
	var parts []value.Value
	for _, p := range strings.Split(string(s), ".") {
		open := strings.Index(p, "[")
		if open < 0 || !strings.HasSuffix(p, "]") {
			parts = append(parts, value.String(p))
			continue
		}
		if open > 0 {
			parts = append(parts, value.String(p[:open]))
		}
		for open >= 0 {
			end := strings.Index(p[open:], "]")
			if end < 0 {
				return nil, fmt.Errorf("неверный путь к свойству %q", string(s))
			}
			n, err := value.ParseNumber(strings.TrimSpace(p[open+1 : open+end]))
			if err != nil {
				return nil, fmt.Errorf("неверный индекс в пути %q", string(s))
			}
			parts = append(parts, n)
			rest := p[open+end+1:]
			next := strings.Index(rest, "[")
			if next < 0 {
				break
			}
			open = open + end + 1 + next
		}
	}
	return parts, nil
}

// resolve walks a path from v; failed is the index of the first missing
// part, -1 when the whole path exists.
func resolve(v value.Value, path []value.Value) (at value.Value, failed int) {
	for i, part := range path {
		if !hasMember(v, part) {
			return v, i
		}
		var err error
		if v, err = member(v, part); err != nil {
			return v, i
		}
	}
	return v, -1
}

// walked is YAxUnit's ПройденныйПуть: the parts up to the missing one,
// joined with dots (an index shows as its number).
func walked(path []value.Value, failed int) string {
	var parts []string
	for _, p := range path[:failed+1] {
		parts = append(parts, p.String())
	}
	return strings.Join(parts, ".")
}

func pathName(v value.Value) string { return v.String() }

// assertionMethods is ЮТУтверждения: every check takes an optional
// ОписаниеПроверки as its last parameter and returns the module for chaining.
func (y *yax) assertionMethods() []value.MethodDef {
	type checkFn func(env value.Env, c *checkContext, v value.Value, args []value.Value) error
	def := func(ru string, nargs int, f checkFn) value.MethodDef {
		return value.MethodDef{Name: value.Name{Ru: ru}, MinArgs: nargs, MaxArgs: nargs + 1,
			Func: func(env value.Env, _ value.Value, args []value.Value) (value.Value, error) {
				st, err := stateOf(env)
				if err != nil {
					return nil, err
				}
				c := &st.check
				c.descr = ""
				if d := value.Arg(args, nargs, value.Undef); !isUndef(d) {
					c.descr = d.String()
				}
				v, err := c.current()
				if err != nil {
					fl := c.broken("%v", err).(*failure)
					st.last = fl
					return nil, fl
				}
				if err := f(env, c, v, args); err != nil {
					if fl, ok := err.(*failure); ok {
						st.last = fl
					}
					return nil, err
				}
				return y.asserts, nil
			}}
	}
	arg := func(args []value.Value) value.Value { return value.Arg(args, 0, value.Undef) }
	equality := func(ru, text string, negate bool) value.MethodDef {
		return def(ru, 1, func(_ value.Env, c *checkContext, v value.Value, a []value.Value) error {
			want := arg(a)
			if ValuesEqual(v, want) == negate {
				return c.fail(fmt.Sprintf(text, present(want)), v, want, true, true)
			}
			return nil
		})
	}
	fixed := func(ru, text string, want value.Value, negate bool) value.MethodDef {
		return def(ru, 0, func(_ value.Env, c *checkContext, v value.Value, _ []value.Value) error {
			if ValuesEqual(v, want) == negate {
				return c.fail(text, v, want, true, true)
			}
			return nil
		})
	}
	filled := func(ru, text string, negate bool) value.MethodDef {
		return def(ru, 0, func(_ value.Env, c *checkContext, v value.Value, _ []value.Value) error {
			if stdlib.Filled(v) == negate {
				return c.fail(text, v, nil, false, true)
			}
			return nil
		})
	}
	exists := func(ru, text string, negate bool) value.MethodDef {
		return def(ru, 0, func(_ value.Env, c *checkContext, v value.Value, _ []value.Value) error {
			_, null := v.(value.NullValue)
			if (!null && !isUndef(v)) == negate {
				return c.fail(text, v, nil, false, true)
			}
			return nil
		})
	}
	compare := func(ru, text string, ok func(int) bool) value.MethodDef {
		return def(ru, 1, func(_ value.Env, c *checkContext, v value.Value, a []value.Value) error {
			want := arg(a)
			r, err := value.Compare(v, want)
			if err != nil {
				return c.broken("%v", err)
			}
			if !ok(r) {
				return c.fail(fmt.Sprintf(text, present(want)), v, want, true, true)
			}
			return nil
		})
	}
	typeCheck := func(ru, text string, negate bool) value.MethodDef {
		return def(ru, 1, func(env value.Env, c *checkContext, v value.Value, a []value.Value) error {
			want := arg(a)
			match, err := y.typeMatches(env, v, want)
			if err != nil {
				return c.broken("%v", err)
			}
			if match == negate {
				t, _ := y.lib.call(env, "ТипЗнч", v)
				return c.fail(fmt.Sprintf(text, present(want)), t, want, true, true)
			}
			return nil
		})
	}
	contains := func(ru, text string, negate bool) value.MethodDef {
		return def(ru, 1, func(env value.Env, c *checkContext, v value.Value, a []value.Value) error {
			want := arg(a)
			found, handled, err := y.find(env, v, want)
			if err != nil {
				return c.broken("%v", err)
			}
			if !handled {
				return c.broken("Тип проверяемого значения `%s` не обрабатывается утверждением", v.TypeName().Ru)
			}
			if found == negate {
				return c.fail(fmt.Sprintf(text, present(want)), v, want, true, true)
			}
			return nil
		})
	}
	length := func(ru, text string, ok func(n, want value.Number) bool) value.MethodDef {
		return def(ru, 1, func(env value.Env, c *checkContext, v value.Value, a []value.Value) error {
			want, isNum := arg(a).(value.Number)
			if !isNum {
				return c.broken("Не верный тип ожидаемого значения (`%s`), должен быть `Число`", arg(a).TypeName().Ru)
			}
			n, handled, err := y.length(env, v)
			if err != nil {
				return c.broken("%v", err)
			}
			if !handled {
				return c.broken("Тип проверяемого значения `%s` не обрабатывается утверждением", v.TypeName().Ru)
			}
			if !ok(n, want) {
				return c.fail(fmt.Sprintf(text, present(want)), n, want, true, true)
			}
			return nil
		})
	}
	affix := func(ru, fn, text string) value.MethodDef {
		return def(ru, 1, func(env value.Env, c *checkContext, v value.Value, a []value.Value) error {
			want := arg(a)
			if _, ok := v.(value.String); !ok {
				return c.broken("Не верный тип проверяемого значения (`%s`), должен быть `Строка`", v.TypeName().Ru)
			}
			if _, ok := want.(value.String); !ok {
				return c.broken("Не верный тип ожидаемого значения (`%s`), должен быть `Строка`", want.TypeName().Ru)
			}
			if want.String() == "" {
				return c.broken("Ожидали, что ожидаемое значение заполнено, но это не так")
			}
			r, err := y.lib.call(env, fn, v, want)
			if err != nil {
				return c.broken("%v", err)
			}
			if !value.Equal(r, value.True) {
				return c.fail(fmt.Sprintf(text, present(want)), v, want, true, true)
			}
			return nil
		})
	}
	// property checks: the path is checked from the current value
	// (ИмеетСвойство/НеИмеетСвойства) or from the subject (Свойство, НетСвойства).
	propCheck := func(ru string, negate, fromSubject, switchTo bool) value.MethodDef {
		return def(ru, 1, func(_ value.Env, c *checkContext, v value.Value, a []value.Value) error {
			name := arg(a)
			path, err := splitPath(name)
			if err != nil {
				return c.broken("%v", err)
			}
			start := v
			if fromSubject {
				c.prop, c.path = "", nil
				start = c.subject
			}
			// The message keeps the chosen property for ИмеетСвойство and
			// НеИмеетСвойства (they do not reset it); a missing part is named
			// by the path walked so far, an unwanted one by the whole path.
			at, failed := resolve(start, path)
			switch {
			case !negate && failed >= 0:
				return c.fail(fmt.Sprintf("содержит свойство `%s`", walked(path, failed)), at, name, true, !fromSubject)
			case negate && failed < 0:
				return c.fail(fmt.Sprintf("не содержит свойство `%s`", pathName(name)), value.Undef, name, true, !fromSubject)
			}
			if switchTo {
				c.prop, c.path = pathName(name), path
			}
			return nil
		})
	}
	return []value.MethodDef{
		equality("Равно", "равно `%s`", false),
		equality("НеРавно", "не равно `%s`", true),
		fixed("ЭтоИстина", "является истиной", value.True, false),
		fixed("ЭтоНеИстина", "не является истиной", value.True, true),
		fixed("ЭтоЛожь", "является ложью", value.False, false),
		fixed("ЭтоНеЛожь", "не является ложью", value.False, true),
		fixed("ЭтоНеопределено", "является неопределено", value.Undef, false),
		fixed("ЭтоНеНеопределено", "не является неопределено", value.Undef, true),
		fixed("ЭтоNull", "является null", value.Null, false),
		fixed("ЭтоНеNull", "не является null", value.Null, true),
		filled("Заполнено", "является заполненным", false),
		filled("НеЗаполнено", "не является заполненным", true),
		exists("Существует", "существует", false),
		exists("НеСуществует", "не существует", true),
		typeCheck("ИмеетТип", "имеет тип `%s`", false),
		typeCheck("НеИмеетТип", "не имеет тип `%s`", true),
		contains("Содержит", "содержит `%s`", false),
		contains("НеСодержит", "не содержит `%s`", true),
		length("ИмеетДлину", "имеет длину (размер) `%s`", func(n, w value.Number) bool { return value.Equal(n, w) }),
		length("НеИмеетДлину", "не имеет длину (размер) `%s`", func(n, w value.Number) bool { return !value.Equal(n, w) }),
		length("ИмеетДлинуБольше", "имеет длину (размер) больше `%s`", func(n, w value.Number) bool { r, _ := value.Compare(n, w); return r > 0 }),
		length("ИмеетДлинуМеньше", "имеет длину (размер) меньше `%s`", func(n, w value.Number) bool { r, _ := value.Compare(n, w); return r < 0 }),
		affix("НачинаетсяС", "СтрНачинаетсяС", "начинается с `%s`"),
		affix("ЗаканчиваетсяНа", "СтрЗаканчиваетсяНа", "заканчивается на `%s`"),
		compare("Больше", "больше чем `%s`", func(r int) bool { return r > 0 }),
		compare("БольшеИлиРавно", "больше или равно `%s`", func(r int) bool { return r >= 0 }),
		compare("Меньше", "меньше чем `%s`", func(r int) bool { return r < 0 }),
		compare("МеньшеИлиРавно", "меньше или равно `%s`", func(r int) bool { return r <= 0 }),
		propCheck("Свойство", false, true, true),
		propCheck("Элемент", false, true, true),
		propCheck("НетСвойства", true, true, false),
		propCheck("ИмеетСвойство", false, false, false),
		propCheck("НеИмеетСвойства", true, false, false),
		{Name: value.Name{Ru: "Объект"}, MaxArgs: 0,
			Func: func(env value.Env, _ value.Value, _ []value.Value) (value.Value, error) {
				st, err := stateOf(env)
				if err != nil {
					return nil, err
				}
				st.check.prop, st.check.path = "", nil
				return y.asserts, nil
			}},
	}
}

// typeMatches is ТипЗначенияСоответствует: want is a type name ("Строка";
// with commas, a list of types as in ОписаниеТипов) or a Тип value.
func (y *yax) typeMatches(env value.Env, v, want value.Value) (bool, error) {
	got, err := y.lib.call(env, "ТипЗнч", v)
	if err != nil {
		return false, err
	}
	var names []value.Value
	switch w := want.(type) {
	case value.String:
		for _, n := range strings.Split(string(w), ",") {
			names = append(names, value.String(strings.TrimSpace(n)))
		}
	case value.Type:
		return value.Equal(got, w), nil
	default:
		return false, fmt.Errorf("Не верный тип ожидаемого значения (`%s`), должен быть `ОписаниеТипов, Тип, Строка`", want.TypeName().Ru)
	}
	for _, n := range names {
		t, err := y.lib.call(env, "Тип", n)
		if err != nil {
			return false, err
		}
		if value.Equal(got, t) {
			return true, nil
		}
	}
	return false, nil
}

// find is НайтиЗначение; handled is false for a type the check does not
// handle.
func (y *yax) find(env value.Env, v, want value.Value) (found, handled bool, err error) {
	switch x := v.(type) {
	case value.String:
		r, err := y.lib.call(env, "СтрНайти", x, want)
		if err != nil {
			return false, true, err
		}
		n, _ := r.(value.Number)
		return !value.Equal(n, value.Int(0)), true, nil
	case *value.Array:
		return x.Find(want) >= 0, true, nil
	case *value.Structure:
		for _, k := range x.Keys() {
			e, _ := x.Get(k)
			if sameType(e, want) && value.Equal(e, want) {
				return true, true, nil
			}
		}
		return false, true, nil
	case *value.Map:
		x.Entries(func(_, e value.Value) {
			if sameType(e, want) && value.Equal(e, want) {
				found = true
			}
		})
		return found, true, nil
	}
	return false, false, nil
}

// length is ДлинаЗначения: СтрДлина of a string (UTF-16 code units, as the
// library counts), Количество() of a collection.
func (y *yax) length(env value.Env, v value.Value) (value.Number, bool, error) {
	if s, ok := v.(value.String); ok {
		r, err := y.lib.call(env, "СтрДлина", s)
		if err != nil {
			return value.Number{}, true, err
		}
		return r.(value.Number), true, nil
	}
	n, ok := count(v)
	if !ok {
		return value.Number{}, false, nil
	}
	return value.Int(int64(n)), true, nil
}

var _ error = (*failure)(nil)
