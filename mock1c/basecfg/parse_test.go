package basecfg

import (
	"io/fs"
	"strings"
	"testing"

	"wazzup-unf/mock1c/bsl/ast"
	"wazzup-unf/mock1c/bsl/parse"
	"wazzup-unf/mock1c/bsl/token"
)

// TestEveryModuleParses: every .bsl of the dump parses with the project's BSL
// parser under every execution context (all preprocessor branches).
func TestEveryModuleParses(t *testing.T) {
	n := 0
	for _, p := range allFiles(t) {
		if !strings.HasSuffix(p, ".bsl") {
			continue
		}
		n++
		if _, err := parseModule(t, p); err != nil {
			t.Errorf("%v", err)
		}
	}
	if n < 20 {
		t.Fatalf("only %d modules found", n)
	}
}

// TestSignaturesMatchFactsParsed reads the headers of the facts table
// (facts_test.go) with the parser: name, Процедура/Функция, parameters with
// Знач and default literal, Экспорт.
func TestSignaturesMatchFactsParsed(t *testing.T) {
	for file, want := range signatureFacts() {
		m, err := parseModule(t, file)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		for _, sig := range want {
			name := sig[strings.Index(sig, " ")+1 : strings.Index(sig, "(")]
			meth := m.Method(name)
			if meth == nil {
				t.Errorf("%s: no %s (facts: %s)", file, name, sig)
				continue
			}
			if got := header(meth); got != sig {
				t.Errorf("%s: header\n  got  %s\n  want %s", file, got, sig)
			}
		}
	}
}

// TestScannerAgreesWithParser keeps the minimal scanner used by the
// cross-reference test honest: on every module it must read exactly the
// headers the parser reads.
func TestScannerAgreesWithParser(t *testing.T) {
	for _, p := range allFiles(t) {
		if !strings.HasSuffix(p, ".bsl") {
			continue
		}
		m, err := parseModule(t, p)
		if err != nil {
			continue // reported by TestEveryModuleParses
		}
		sc := scanModule(t, p)
		if len(sc.Methods) != len(m.Methods) {
			t.Errorf("%s: scanner found %d methods, parser %d", p, len(sc.Methods), len(m.Methods))
		}
		for _, meth := range m.Methods {
			s, ok := sc.Methods[strings.ToUpper(meth.Name.Name)]
			if !ok || s.String() != header(meth) {
				t.Errorf("%s: scanner %q, parser %q", p, s.String(), header(meth))
			}
		}
	}
}

// TestExportedMethodsDocumented: standard #453, every exported method of a
// common module has a description comment directly above it.
func TestExportedMethodsDocumented(t *testing.T) {
	for _, p := range allFiles(t) {
		if !strings.HasPrefix(p, "CommonModules/") || !strings.HasSuffix(p, ".bsl") {
			continue
		}
		m, err := parseModule(t, p)
		if err != nil {
			continue
		}
		for _, meth := range m.Methods {
			if meth.Export && meth.Doc == nil {
				t.Errorf("%s: exported %s has no description comment (#453)", p, meth.Name.Name)
			}
		}
	}
}

// TestModuleRegions: standard #455, every method of a common module lies in
// one of the standard top-level regions.
func TestModuleRegions(t *testing.T) {
	allowed := map[string]bool{"ПрограммныйИнтерфейс": true, "СлужебныйПрограммныйИнтерфейс": true, "СлужебныеПроцедурыИФункции": true}
	for _, p := range allFiles(t) {
		if !strings.HasPrefix(p, "CommonModules/") || !strings.HasSuffix(p, ".bsl") {
			continue
		}
		m, err := parseModule(t, p)
		if err != nil {
			continue
		}
		for _, meth := range m.Methods {
			path := meth.RegionPath()
			if len(path) == 0 || !allowed[path[0]] {
				t.Errorf("%s: %s is outside the standard regions (%v)", p, meth.Name.Name, path)
			}
		}
	}
}

func parseModule(t *testing.T, p string) (*ast.Module, error) {
	t.Helper()
	src, err := fs.ReadFile(FS(), p)
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	file := fset.AddFile("unf/"+p, len(src))
	return parse.ParseAllContexts(file, src, true)
}

// header renders a parsed method in the facts table's canonical form.
func header(m *ast.Method) string {
	var b strings.Builder
	if m.IsFunction {
		b.WriteString("Функция ")
	} else {
		b.WriteString("Процедура ")
	}
	b.WriteString(m.Name.Name + "(")
	for i, p := range m.Params {
		if i > 0 {
			b.WriteString(", ")
		}
		if p.ByVal {
			b.WriteString("Знач ")
		}
		b.WriteString(p.Name.Name)
		if p.Default != nil {
			b.WriteString(" = " + literal(p.Default))
		}
	}
	b.WriteString(")")
	if m.Export {
		b.WriteString(" Экспорт")
	}
	return b.String()
}

func literal(x ast.Expr) string {
	switch x := x.(type) {
	case *ast.BasicLit:
		if x.Kind == token.STRING {
			return `"` + strings.ReplaceAll(x.Value, `"`, `""`) + `"`
		}
		return x.Value
	case *ast.UnaryExpr:
		op := "-"
		if x.Op != token.SUB {
			op = "+"
		}
		return op + literal(x.X)
	}
	return "?"
}
