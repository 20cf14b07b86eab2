package parse

import (
	"os"
	"path/filepath"
	"testing"

	"wazzup-unf/mock1c/bsl/ast"
	"wazzup-unf/mock1c/bsl/token"
)

// FuzzParse checks that no input makes the parser panic (an internal error
// would be reported as "internal error"), hang, or produce a node that ends
// before it starts, or, for a module without errors, lies outside the file.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.bsl"))
	for _, s := range seeds {
		if b, err := os.ReadFile(s); err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{
		"", "Процедура", "Процедура А(", "Если", "#Если", "#Если Сервер Тогда", "#Область", "&", "&Перед(\"x\"",
		"А = ?(", "А = Новый(", "Ф(,,,)", "~", "~М:", "Перейти", "\"", "'", "А.Б.В[", "Для Каждого",
		"Попытка Исключение", "#Удаление\nА = = ;", "Функция Ф() Возврат КонецФункции",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		fs := token.NewFileSet()
		file := fs.AddFile("f.bsl", len(src))
		for _, sym := range []Symbols{ContextServer, ContextThinClient} {
			m, err := Parse(file, src, Options{Symbols: sym, AllErrors: true})
			if list, ok := err.(token.ErrorList); ok {
				for _, e := range list {
					if len(e.Msg) >= 14 && e.Msg[:14] == "internal error" {
						t.Fatalf("parser bug: %v", e)
					}
				}
			}
			if m == nil {
				t.Fatal("nil module")
			}
			lo, hi := file.Pos(0), file.Pos(len(src))
			ast.Inspect(m, func(n ast.Node) bool {
				if n == nil {
					return false
				}
				if n.Pos() > n.End() {
					t.Fatalf("%T: Pos %d > End %d", n, n.Pos(), n.End())
				}
				// spans of a module without errors lie inside the file; after an
				// error a missing closing token may sit at the end of file
				if err == nil && n.Pos().IsValid() && (n.Pos() < lo || n.End() > hi) {
					t.Fatalf("%T [%d,%d] outside the file [%d,%d]", n, n.Pos(), n.End(), lo, hi)
				}
				return true
			})
		}
		if x, err := ParseExpr(file, src); err == nil && x == nil {
			t.Fatal("nil expression without error")
		}
	})
}
