package yaxunit

import (
	"fmt"
	"strings"

	"wazzup-unf/mock1c/bsl/interp"
	"wazzup-unf/mock1c/bsl/stdlib"
	"wazzup-unf/mock1c/bsl/value"
)

// YAxUnit's contexts of a test (ЮТФабрика.КонтекстыВызова).
const (
	CtxServer         = "Сервер"
	CtxClientManaged  = "КлиентУправляемоеПриложение"
	CtxClientOrdinary = "КлиентОбычноеПриложение"
)

// Prefixes YAxUnit puts before the text of the exception a failed check
// raises (ЮТРегистрацияОшибокСлужебный: "[Failed] <текст>", "[Broken] <текст>").
const (
	prefixFailed = "[Failed]"
	prefixBroken = "[Broken]"
)

// everywhere: the YAxUnit modules are client-server modules.
var everywhere = interp.ModuleFlags{Server: true, ClientManaged: true, ClientOrdinary: true, ExternalConnection: true}

// moduleValue is what YAxUnit's chained calls return: the common module
// itself (ТипЗнч is ОбщийМодуль), so ЮТТесты.ДобавитьТестовыйНабор(…)
// .ДобавитьТест(…) and ЮТест.ОжидаетЧто(…).Равно(…) keep calling the
// module's exports. The state they act on is the session's (sessionState),
// as YAxUnit keeps it in its context (ЮТКонтекст), not in the value.
type moduleValue struct {
	ident   string
	methods *value.MethodTable
}

func (m *moduleValue) TypeName() value.Name {
	return value.Name{Ru: "ОбщийМодуль", En: "CommonModule"}
}
func (m *moduleValue) String() string              { return m.ident }
func (m *moduleValue) Methods() *value.MethodTable { return m.methods }

// lib holds the library functions the checks reuse, so that they behave
// exactly as the same BSL expression would (Тип, ТипЗнч, СтрДлина …).
type lib map[string]*value.MethodDef

func newLib() lib {
	l := lib{}
	defs := stdlib.Functions()
	for i := range defs {
		l[value.Fold(defs[i].Name.Ru)] = &defs[i]
	}
	for _, n := range []string{"Тип", "ТипЗнч", "СтрДлина", "СтрНайти", "СтрНачинаетсяС", "СтрЗаканчиваетсяНа"} {
		if l[value.Fold(n)] == nil {
			panic("yaxunit: the library has no " + n) // a broken build, caught by every test
		}
	}
	return l
}

func (l lib) call(env value.Env, name string, args ...value.Value) (value.Value, error) {
	return l[value.Fold(name)].Func(env, nil, args)
}

// Install registers YAxUnit's modules ЮТТесты (test registration) and ЮТест
// (ОжидаетЧто, returning ЮТУтверждения) in w, available in every context.
func Install(w *interp.World) {
	y := &yax{lib: newLib()}
	regDefs := y.registrationMethods()
	assertDefs := append(y.assertionMethods(), value.MethodDef{Name: value.Name{Ru: "Что"}, MinArgs: 1, MaxArgs: 2, Func: y.expect})
	y.tests = &moduleValue{ident: "ЮТТесты", methods: value.NewMethodTable(regDefs)}
	y.asserts = &moduleValue{ident: "ЮТУтверждения", methods: value.NewMethodTable(assertDefs)}
	w.AddHostModule("ЮТТесты", "ОбщийМодуль.ЮТТесты.Модуль", everywhere, regDefs)
	w.AddHostModule("ЮТест", "ОбщийМодуль.ЮТест.Модуль", everywhere, []value.MethodDef{
		{Name: value.Name{Ru: "ОжидаетЧто"}, MinArgs: 1, MaxArgs: 2, Func: y.expect},
	})
	w.AddHostModule("ЮТУтверждения", "ОбщийМодуль.ЮТУтверждения.Модуль", everywhere, assertDefs)
}

// yax is the installed YAxUnit: immutable after Install; run-time state is
// per session.
type yax struct {
	lib            lib
	tests, asserts *moduleValue
}

// sessionState is YAxUnit's context in one session.
type sessionState struct {
	reg   *registration // non-nil while the runner reads a module's scenarios
	check checkContext
	last  *failure // the last failed check, for the report
	hits  []string // placeholders reached, in order
}

const stateKey = "yaxunit.state"

func stateOf(env value.Env) (*sessionState, error) {
	s, ok := env.(*interp.Session)
	if !ok {
		return nil, fmt.Errorf("yaxunit: called outside an interpreter session")
	}
	st, _ := s.Local(stateKey).(*sessionState)
	if st == nil {
		st = &sessionState{}
		s.SetLocal(stateKey, st)
	}
	return st, nil
}

// Suite is a test suite (ДобавитьТестовыйНабор) with its tests.
type Suite struct {
	Name  string
	Tags  []string
	Tests []*Test
}

// Test is one registered test.
type Test struct {
	Method       string // the exported procedure of the test module
	Presentation string
	Tags         []string
	// Contexts are YAxUnit's context names (CtxServer …) the test runs in.
	Contexts []string
}

// registration collects what ИсполняемыеСценарии registers for one module.
type registration struct {
	module  TestModule
	suites  []*Suite
	current *Suite
}

func newRegistration(m TestModule) *registration {
	r := &registration{module: m}
	// YAxUnit starts with a suite named after the module; tests added before
	// any ДобавитьТестовыйНабор go there (ЮТТесты.ИсполняемыеСценарии).
	r.current = &Suite{Name: m.Name}
	r.suites = append(r.suites, r.current)
	return r
}

// moduleContexts is ЮТФабрика.КонтекстыМодуля: the contexts a test runs in
// when its registration names none, from the module's flags.
func moduleContexts(f interp.ModuleFlags) []string {
	var c []string
	if f.Server {
		c = append(c, CtxServer)
	}
	if f.ClientManaged {
		c = append(c, CtxClientManaged)
	}
	if f.ClientOrdinary {
		c = append(c, CtxClientOrdinary)
	}
	return c
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' }) {
		out = append(out, p)
	}
	return out
}

func (y *yax) registrationMethods() []value.MethodDef {
	str := func(args []value.Value, i int) string {
		v := value.Arg(args, i, value.Empty)
		if _, ok := v.(value.Undefined); ok {
			return ""
		}
		return v.String()
	}
	addTest := func(env value.Env, args []value.Value, contexts []string, explicit bool) (value.Value, error) {
		st, err := stateOf(env)
		if err != nil {
			return nil, err
		}
		if st.reg == nil {
			return nil, interp.NewError("ЮТТесты: тесты регистрируются только при чтении сценариев модуля (ИсполняемыеСценарии)")
		}
		name := strings.TrimSpace(str(args, 0))
		if name == "" {
			return nil, interp.NewError("Имя тестового метода не может быть пустым")
		}
		if !explicit {
			contexts = nil
			if v := value.Arg(args, 3, value.Undef); stdlib.Filled(v) {
				if a, ok := v.(*value.Array); ok {
					for _, x := range a.Items {
						contexts = append(contexts, x.String())
					}
				} else {
					contexts = splitList(v.String())
				}
			}
		}
		if len(contexts) == 0 {
			contexts = moduleContexts(st.reg.module.Flags)
		}
		st.reg.current.Tests = append(st.reg.current.Tests, &Test{Method: name, Presentation: str(args, 1),
			Tags: splitList(str(args, 2)), Contexts: contexts})
		return y.tests, nil
	}
	return []value.MethodDef{
		{Name: value.Name{Ru: "ДобавитьТестовыйНабор"}, MinArgs: 1, MaxArgs: 2,
			Func: func(env value.Env, _ value.Value, args []value.Value) (value.Value, error) {
				st, err := stateOf(env)
				if err != nil {
					return nil, err
				}
				if st.reg == nil {
					return nil, interp.NewError("ЮТТесты: наборы регистрируются только при чтении сценариев модуля (ИсполняемыеСценарии)")
				}
				name := str(args, 0)
				if strings.TrimSpace(name) == "" {
					return nil, interp.NewError("Имя тестового набора не может быть пустым")
				}
				st.reg.current = &Suite{Name: name, Tags: splitList(str(args, 1))}
				st.reg.suites = append(st.reg.suites, st.reg.current)
				return y.tests, nil
			}},
		{Name: value.Name{Ru: "ДобавитьТест"}, MinArgs: 1, MaxArgs: 4,
			Func: func(env value.Env, _ value.Value, args []value.Value) (value.Value, error) {
				return addTest(env, args, nil, false)
			}},
		{Name: value.Name{Ru: "ДобавитьКлиентскийТест"}, MinArgs: 1, MaxArgs: 3,
			Func: func(env value.Env, _ value.Value, args []value.Value) (value.Value, error) {
				return addTest(env, args, []string{CtxClientManaged, CtxClientOrdinary}, true)
			}},
		{Name: value.Name{Ru: "ДобавитьСерверныйТест"}, MinArgs: 1, MaxArgs: 3,
			Func: func(env value.Env, _ value.Value, args []value.Value) (value.Value, error) {
				return addTest(env, args, []string{CtxServer}, true)
			}},
	}
}
