package interp

import (
	"testing"

	"wazzup-unf/mock1c/bsl/value"
)

// assertMethods is the host module Утв the conformance scripts assert with.
// A failed assertion raises a BSL exception whose text starts with "Утв:",
// so it reports the script line through the ordinary error path.
func assertMethods() []value.MethodDef {
	msg := func(args []value.Value, i int) string {
		if i < len(args) && args[i] != nil {
			return ": " + value.Deref(args[i]).String()
		}
		return ""
	}
	show := func(v value.Value) string {
		return v.TypeName().Ru + " «" + v.String() + "»"
	}
	return []value.MethodDef{
		{Name: value.Name{Ru: "Равно", En: "Equal"}, MinArgs: 2, MaxArgs: 3, Proc: true,
			Func: func(_ value.Env, _ value.Value, args []value.Value) (value.Value, error) {
				got, want := value.Arg(args, 0, value.Undef), value.Arg(args, 1, value.Undef)
				if !value.Equal(got, want) {
					return nil, value.Errorf("Утв: получено %s, ожидалось %s%s", show(got), show(want), msg(args, 2))
				}
				return nil, nil
			}},
		{Name: value.Name{Ru: "НеРавно", En: "NotEqual"}, MinArgs: 2, MaxArgs: 3, Proc: true,
			Func: func(_ value.Env, _ value.Value, args []value.Value) (value.Value, error) {
				got, want := value.Arg(args, 0, value.Undef), value.Arg(args, 1, value.Undef)
				if value.Equal(got, want) {
					return nil, value.Errorf("Утв: значения равны: %s%s", show(got), msg(args, 2))
				}
				return nil, nil
			}},
		{Name: value.Name{Ru: "Истина", En: "True"}, MinArgs: 1, MaxArgs: 2, Proc: true,
			Func: func(_ value.Env, _ value.Value, args []value.Value) (value.Value, error) {
				if v := value.Arg(args, 0, value.Undef); !value.Equal(v, value.True) {
					return nil, value.Errorf("Утв: ожидалась Истина, получено %s%s", show(v), msg(args, 1))
				}
				return nil, nil
			}},
		{Name: value.Name{Ru: "Ложь", En: "False"}, MinArgs: 1, MaxArgs: 2, Proc: true,
			Func: func(_ value.Env, _ value.Value, args []value.Value) (value.Value, error) {
				if v := value.Arg(args, 0, value.Undef); !value.Equal(v, value.False) {
					return nil, value.Errorf("Утв: ожидалась Ложь, получено %s%s", show(v), msg(args, 1))
				}
				return nil, nil
			}},
		{Name: value.Name{Ru: "Тип", En: "Type"}, MinArgs: 2, MaxArgs: 3, Proc: true,
			Func: func(_ value.Env, _ value.Value, args []value.Value) (value.Value, error) {
				v := value.Arg(args, 0, value.Undef)
				want := value.Arg(args, 1, value.Undef).String()
				if n := v.TypeName(); n.Ru != want && n.En != want {
					return nil, value.Errorf("Утв: тип %s, ожидался %s%s", n.Ru, want, msg(args, 2))
				}
				return nil, nil
			}},
	}
}

// newTestWorld is a world with the library of ordinary code and Утв.
func newTestWorld(t testing.TB) *World {
	t.Helper()
	w := NewWorld()
	addLibrary(w)
	w.AddHostModule("Утв", "ОбщийМодуль.Утв.Модуль", ModuleFlags{Server: true, ClientManaged: true, ClientOrdinary: true, ExternalConnection: true}, assertMethods())
	return w
}
