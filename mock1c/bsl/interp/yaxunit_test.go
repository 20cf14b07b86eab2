package interp

import (
	"context"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"wazzup-unf/mock1c/bsl/stdlib"
	"wazzup-unf/mock1c/bsl/value"
)

// A small facsimile of YAxUnit (ЮТТесты registration, ЮТест.ОжидаетЧто
// assertions) so that the extension's own unit-test modules, written by
// engineer G for YAxUnit on a real platform, run in the emulator. Only the
// assertion methods those modules use are here; an unknown one fails with
// the platform's "Метод объекта не обнаружен".

// yaxRegistry is ЮТТесты: it records the test procedures a module registers.
type yaxRegistry struct{ tests []string }

func (*yaxRegistry) TypeName() value.Name {
	return value.Name{Ru: "ЮТТесты", En: "ЮТТесты"}
}
func (*yaxRegistry) String() string { return "ЮТТесты" }
func (r *yaxRegistry) Methods() *value.MethodTable {
	self := func(f func(args []value.Value)) func(value.Env, value.Value, []value.Value) (value.Value, error) {
		return func(_ value.Env, _ value.Value, args []value.Value) (value.Value, error) { f(args); return r, nil }
	}
	add := self(func(a []value.Value) { r.tests = append(r.tests, value.Arg(a, 0, value.Empty).String()) })
	skip := self(func([]value.Value) {})
	return value.NewMethodTable([]value.MethodDef{
		{Name: value.Name{Ru: "ДобавитьТестовыйНабор", En: "AddTestSuite"}, MinArgs: 1, MaxArgs: 2, Func: skip},
		{Name: value.Name{Ru: "ДобавитьТест", En: "AddTest"}, MinArgs: 1, MaxArgs: 3, Func: add},
		{Name: value.Name{Ru: "ДобавитьКлиентскийТест", En: "AddClientTest"}, MinArgs: 1, MaxArgs: 3, Func: add},
		{Name: value.Name{Ru: "ДобавитьСерверныйТест", En: "AddServerTest"}, MinArgs: 1, MaxArgs: 3, Func: add},
	})
}

// yaxExpect is the object ЮТест.ОжидаетЧто returns: the value under test,
// an optional message and the property path chosen with Свойство.
type yaxExpect struct {
	obj  value.Value
	msg  string
	path string
}

func (*yaxExpect) TypeName() value.Name {
	return value.Name{Ru: "ЮТУтверждения", En: "ЮТУтверждения"}
}
func (*yaxExpect) String() string { return "ЮТУтверждения" }

// subject is the value the next assertion checks.
func (e *yaxExpect) subject() (value.Value, error) {
	v := e.obj
	if e.path == "" {
		return v, nil
	}
	for _, part := range strings.Split(e.path, ".") {
		var err error
		v, err = value.GetProp(v, part)
		if err != nil {
			return nil, err
		}
	}
	return v, nil
}

func (e *yaxExpect) fail(format string, args ...any) error {
	where := ""
	if e.path != "" {
		where = " (свойство " + e.path + ")"
	}
	if e.msg != "" {
		where += " [" + e.msg + "]"
	}
	return value.Errorf("ЮТест: "+format+"%s", append(args, where)...)
}

func yaxShow(v value.Value) string { return v.TypeName().Ru + " «" + v.String() + "»" }

func yaxLen(env value.Env, v value.Value) (int, bool) {
	if s, ok := v.(value.String); ok {
		return utf8.RuneCountInString(string(s)), true
	}
	n, err := value.CallMethod(env, v, "Количество", nil)
	if err != nil {
		return 0, false
	}
	i, _ := n.(value.Number).Int64()
	return int(i), true
}

var yaxMethods = func() *value.MethodTable {
	check := func(ru string, min, max int, f func(env value.Env, e *yaxExpect, v value.Value, args []value.Value) error) value.MethodDef {
		return value.MethodDef{Name: value.Name{Ru: ru}, MinArgs: min, MaxArgs: max,
			Func: func(env value.Env, recv value.Value, args []value.Value) (value.Value, error) {
				e := recv.(*yaxExpect)
				v, err := e.subject()
				if err != nil {
					return nil, e.fail("нет свойства: %v", err)
				}
				if err := f(env, e, v, args); err != nil {
					return nil, err
				}
				return e, nil
			}}
	}
	cmp := func(ru string, ok func(int) bool) value.MethodDef {
		return check(ru, 1, 2, func(_ value.Env, e *yaxExpect, v value.Value, a []value.Value) error {
			c, err := value.Compare(v, value.Arg(a, 0, value.Undef))
			if err != nil || !ok(c) {
				return e.fail("%s: %s и %s", ru, yaxShow(v), yaxShow(value.Arg(a, 0, value.Undef)))
			}
			return nil
		})
	}
	return value.NewMethodTable([]value.MethodDef{
		check("Равно", 1, 2, func(_ value.Env, e *yaxExpect, v value.Value, a []value.Value) error {
			if want := value.Arg(a, 0, value.Undef); !value.Equal(v, want) {
				return e.fail("получено %s, ожидалось %s", yaxShow(v), yaxShow(want))
			}
			return nil
		}),
		check("НеРавно", 1, 2, func(_ value.Env, e *yaxExpect, v value.Value, a []value.Value) error {
			if value.Equal(v, value.Arg(a, 0, value.Undef)) {
				return e.fail("значения равны: %s", yaxShow(v))
			}
			return nil
		}),
		check("ЭтоИстина", 0, 1, func(_ value.Env, e *yaxExpect, v value.Value, _ []value.Value) error {
			if !value.Equal(v, value.True) {
				return e.fail("ожидалась Истина, получено %s", yaxShow(v))
			}
			return nil
		}),
		check("ЭтоЛожь", 0, 1, func(_ value.Env, e *yaxExpect, v value.Value, _ []value.Value) error {
			if !value.Equal(v, value.False) {
				return e.fail("ожидалась Ложь, получено %s", yaxShow(v))
			}
			return nil
		}),
		check("ЭтоНеопределено", 0, 1, func(_ value.Env, e *yaxExpect, v value.Value, _ []value.Value) error {
			if _, ok := v.(value.Undefined); !ok {
				return e.fail("ожидалось Неопределено, получено %s", yaxShow(v))
			}
			return nil
		}),
		check("ЭтоНеНеопределено", 0, 1, func(_ value.Env, e *yaxExpect, v value.Value, _ []value.Value) error {
			if _, ok := v.(value.Undefined); ok {
				return e.fail("получено Неопределено")
			}
			return nil
		}),
		check("Заполнено", 0, 1, func(_ value.Env, e *yaxExpect, v value.Value, _ []value.Value) error {
			if !stdlib.Filled(v) {
				return e.fail("значение не заполнено: %s", yaxShow(v))
			}
			return nil
		}),
		check("ИмеетТип", 1, 2, func(_ value.Env, e *yaxExpect, v value.Value, a []value.Value) error {
			want := value.Arg(a, 0, value.Undef)
			name := want.String()
			if t, ok := want.(value.Type); ok {
				name = t.Name.Ru
			}
			if n := v.TypeName(); n.Ru != name && n.En != name {
				return e.fail("тип %s, ожидался %s", n.Ru, name)
			}
			return nil
		}),
		check("ИмеетДлину", 1, 2, func(env value.Env, e *yaxExpect, v value.Value, a []value.Value) error {
			n, ok := yaxLen(env, v)
			want, _ := value.Arg(a, 0, value.Undef).(value.Number).Int64()
			if !ok || int64(n) != want {
				return e.fail("длина %d, ожидалась %d", n, want)
			}
			return nil
		}),
		check("Содержит", 1, 2, func(_ value.Env, e *yaxExpect, v value.Value, a []value.Value) error {
			want := value.Arg(a, 0, value.Undef)
			if s, ok := v.(value.String); ok {
				if !strings.Contains(string(s), want.String()) {
					return e.fail("%s не содержит «%s»", yaxShow(v), want)
				}
				return nil
			}
			if it, ok := v.(value.Iterable); ok {
				iter := it.Iterate()
				for {
					x, ok := iter.Next()
					if !ok {
						break
					}
					if value.Equal(x, want) {
						return nil
					}
				}
			}
			return e.fail("%s не содержит %s", yaxShow(v), yaxShow(want))
		}),
		check("НачинаетсяС", 1, 2, func(_ value.Env, e *yaxExpect, v value.Value, a []value.Value) error {
			if !strings.HasPrefix(v.String(), value.Arg(a, 0, value.Empty).String()) {
				return e.fail("%s не начинается с «%s»", yaxShow(v), value.Arg(a, 0, value.Empty))
			}
			return nil
		}),
		check("ИмеетСвойство", 1, 2, func(_ value.Env, e *yaxExpect, v value.Value, a []value.Value) error {
			if _, err := value.GetProp(v, value.Arg(a, 0, value.Empty).String()); err != nil {
				return e.fail("нет свойства %s", value.Arg(a, 0, value.Empty))
			}
			return nil
		}),
		check("НеИмеетСвойства", 1, 2, func(_ value.Env, e *yaxExpect, v value.Value, a []value.Value) error {
			if _, err := value.GetProp(v, value.Arg(a, 0, value.Empty).String()); err == nil {
				return e.fail("есть свойство %s", value.Arg(a, 0, value.Empty))
			}
			return nil
		}),
		cmp("Больше", func(c int) bool { return c > 0 }),
		cmp("БольшеИлиРавно", func(c int) bool { return c >= 0 }),
		cmp("Меньше", func(c int) bool { return c < 0 }),
		cmp("МеньшеИлиРавно", func(c int) bool { return c <= 0 }),
		{Name: value.Name{Ru: "Свойство", En: "Property"}, MinArgs: 1, MaxArgs: 2,
			Func: func(_ value.Env, recv value.Value, args []value.Value) (value.Value, error) {
				e := recv.(*yaxExpect)
				e.path = value.Arg(args, 0, value.Empty).String()
				if _, err := e.subject(); err != nil {
					return nil, e.fail("нет свойства")
				}
				return e, nil
			}},
		{Name: value.Name{Ru: "Объект", En: "Object"},
			Func: func(_ value.Env, recv value.Value, _ []value.Value) (value.Value, error) {
				e := recv.(*yaxExpect)
				e.path = ""
				return e, nil
			}},
	})
}()

func (e *yaxExpect) Methods() *value.MethodTable { return yaxMethods }

// addYAxUnit registers the host modules ЮТест and ЮТТесты.
func addYAxUnit(w *World, reg *yaxRegistry) {
	everywhere := ModuleFlags{Server: true, ClientManaged: true, ClientOrdinary: true, ExternalConnection: true}
	w.AddHostModule("ЮТест", "ОбщийМодуль.ЮТест.Модуль", everywhere, []value.MethodDef{
		{Name: value.Name{Ru: "ОжидаетЧто", En: "ОжидаетЧто"}, MinArgs: 1, MaxArgs: 2,
			Func: func(_ value.Env, _ value.Value, a []value.Value) (value.Value, error) {
				return &yaxExpect{obj: value.Arg(a, 0, value.Undef), msg: value.Arg(a, 1, value.Empty).String()}, nil
			}},
	})
	w.AddHostModule("ЮТТесты", "ОбщийМодуль.ЮТТесты.Модуль", everywhere, []value.MethodDef{
		{Name: value.Name{Ru: "ДобавитьТестовыйНабор"}, MinArgs: 1, MaxArgs: 2,
			Func: func(value.Env, value.Value, []value.Value) (value.Value, error) { return reg, nil }},
		{Name: value.Name{Ru: "ДобавитьТест"}, MinArgs: 1, MaxArgs: 3,
			Func: func(_ value.Env, _ value.Value, a []value.Value) (value.Value, error) {
				reg.tests = append(reg.tests, value.Arg(a, 0, value.Empty).String())
				return reg, nil
			}},
	})
}

// TestExtensionUnitTestsRunInTheEmulator runs engineer G's YAxUnit module
// for WazzupКлиентСервер against engineer F's module, on the server and on
// the thin client, as YAxUnit runs a client-server test module.
func TestExtensionUnitTestsRunInTheEmulator(t *testing.T) {
	const (
		srcFile  = "../../../onec-extension/src/CommonModules/WazzupКлиентСервер/Ext/Module.bsl"
		testFile = "../../../onec-extension/tests/CommonModules/ОМ_WazzupКлиентСервер/Ext/Module.bsl"
	)
	src, err1 := os.ReadFile(srcFile)
	tst, err2 := os.ReadFile(testFile)
	if err1 != nil || err2 != nil {
		t.Skipf("extension or its tests not found: %v %v", err1, err2)
	}
	flags := ModuleFlags{Server: true, ClientManaged: true, ClientOrdinary: true}
	for _, ctx := range []Context{Server, ThinClient} {
		reg := &yaxRegistry{}
		w := newTestWorld(t)
		addYAxUnit(w, reg)
		w.AddModule(ModuleSpec{Name: "ОбщийМодуль.WazzupКлиентСервер.Модуль", Ident: "WazzupКлиентСервер", File: srcFile, Source: src, Kind: CommonModule, Flags: flags})
		w.AddModule(ModuleSpec{Name: "ОбщийМодуль.ОМ_WazzupКлиентСервер.Модуль", Ident: "ОМ_WazzupКлиентСервер", File: testFile, Source: tst, Kind: CommonModule, Flags: flags, Extension: "WazzupТесты"})
		p, err := w.Link(ctx)
		if err != nil {
			t.Fatalf("%v: %v", ctx, err)
		}
		s := p.NewSession(context.Background(), Options{StepLimit: 10_000_000})
		const mod = "ОбщийМодуль.ОМ_WazzupКлиентСервер.Модуль"
		if _, err := s.Call(mod, "ИсполняемыеСценарии"); err != nil {
			t.Fatalf("%v: ИсполняемыеСценарии: %v", ctx, err)
		}
		if len(reg.tests) == 0 {
			t.Fatalf("%v: no tests registered", ctx)
		}
		for _, name := range reg.tests {
			if _, err := s.Call(mod, name); err != nil {
				t.Errorf("%v: %s: %v", ctx, name, err)
			}
		}
		t.Logf("%v: %d tests of %s ran, %d statements", ctx, len(reg.tests), mod, s.Steps())
	}
}

// The facsimile's assertions fail when they should (a control for the test
// above).
func TestYAxUnitFacsimileFails(t *testing.T) {
	w := newTestWorld(t)
	addYAxUnit(w, &yaxRegistry{})
	w.AddModule(common("Т", `Процедура Плохо1() Экспорт
	ЮТест.ОжидаетЧто(1, "один").Равно(2);
КонецПроцедуры

Процедура Плохо2() Экспорт
	С = Новый Структура("А", "abc");
	ЮТест.ОжидаетЧто(С).Свойство("А").Содержит("x");
КонецПроцедуры

Процедура Плохо3() Экспорт
	ЮТест.ОжидаетЧто(Новый Массив).ИмеетДлину(1);
КонецПроцедуры

Процедура Хорошо() Экспорт
	С = Новый Структура("А, Б", "abc", 2);
	ЮТест.ОжидаетЧто(С).ИмеетТип("Структура").Свойство("А").Содержит("b").Объект().Свойство("Б").Больше(1).Объект().НеИмеетСвойства("В");
КонецПроцедуры
`, ModuleFlags{Server: true}))
	p, err := w.Link(Server)
	if err != nil {
		t.Fatal(err)
	}
	s := p.NewSession(context.Background(), Options{})
	for _, bad := range []string{"Плохо1", "Плохо2", "Плохо3"} {
		if _, err := s.Call("ОбщийМодуль.Т.Модуль", bad); err == nil || !strings.Contains(err.Error(), "ЮТест:") {
			t.Errorf("%s: %v", bad, err)
		}
	}
	if _, err := s.Call("ОбщийМодуль.Т.Модуль", "Хорошо"); err != nil {
		t.Error(err)
	}
}
