package interp

import (
	"errors"
	"strings"
	"testing"

	"wazzup-unf/mock1c/bsl/globals"
	"wazzup-unf/mock1c/bsl/stdlib"
)

// The built-in library implements a subset of the platform's global
// methods: every function it registers (both spellings) is in the table of
// the syntax assistant (package globals) and exists everywhere.
func TestStdlibIsSubsetOfPlatformGlobals(t *testing.T) {
	idx := globals.Index()
	for _, d := range stdlib.Functions() {
		for _, n := range []string{d.Name.Ru, d.Name.En} {
			if n == "" {
				continue
			}
			where, ok := idx[strings.ToLower(n)]
			if !ok {
				t.Errorf("stdlib function %s is not a platform global method", n)
			} else if where != globals.Everywhere {
				t.Logf("stdlib function %s exists only in %b", n, where)
			}
		}
	}
}

// An unresolved call of a platform method keeps the platform's compile
// error; the hint says why: not available in this context, or not provided
// by the emulator.
func TestPlatformMethodHints(t *testing.T) {
	cases := []struct {
		ctx       Context
		src, hint string
	}{
		{Server, "ПоказатьВопрос(Неопределено, \"?\", 0);", "недоступен в контексте Сервер (только на клиенте)"},
		{ThinClient, "НачатьТранзакцию();", "недоступен в контексте ТонкийКлиент (на сервере"},
		{Server, "ВыгрузитьЖурналРегистрации(\"файл\");", "эмулятор его не предоставляет"},
		{Server, "НетТакогоМетода();", ""},
	}
	for _, c := range cases {
		w := newTestWorld(t)
		w.AddModule(ModuleSpec{Name: testModule, Source: []byte(c.src), Kind: ObjectModule})
		_, err := w.Link(c.ctx)
		var list ErrorList
		if !errors.As(err, &list) || len(list) != 1 {
			t.Fatalf("%s: %v", c.src, err)
		}
		e := list[0]
		if !strings.HasPrefix(e.Msg, "Процедура или функция с указанным именем не определена (") {
			t.Errorf("%s: %q", c.src, e.Msg)
		}
		if c.hint == "" && strings.Contains(e.Hint, "глобального контекста") || !strings.Contains(e.Hint, c.hint) {
			t.Errorf("%s on %v: hint %q, want %q", c.src, c.ctx, e.Hint, c.hint)
		}
	}
}
