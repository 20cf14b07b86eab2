package bslcheck

import (
	"strings"
	"testing"

	"wazzup-unf/mock1c/bsl/ast"
	"wazzup-unf/mock1c/bsl/token"
	"wazzup-unf/mock1c/metadata"
	"wazzup-unf/mock1c/metadata/check"
)

// These tests build the syntax tree by hand over a real source text (the
// parser is tested in package parse); positions point into the text, so
// the findings' lines can be asserted.

const src = `#Область ПрограммныйИнтерфейс

// Отправляет данные.
Функция Отправить() Экспорт
	Соединение = Новый HTTPСоединение("api.example.com", 443, , , , 30);
КонецФункции

Процедура БезОписания() Экспорт
	Соединение = Новый HTTPСоединение("api.example.com");
КонецПроцедуры

#КонецОбласти

#Область Разное

&НаСервере
Процедура ВНеСтандартнойОбласти() Экспорт
КонецПроцедуры

#КонецОбласти

Процедура ВнеОбластей()
КонецПроцедуры
`

type tree struct {
	fset *token.FileSet
	file *token.File
}

func (t tree) at(s string) token.Pos {
	i := strings.Index(src, s)
	if i < 0 {
		panic(s)
	}
	return t.file.Pos(i)
}

func ident(t tree, s string) *ast.Ident {
	return &ast.Ident{NamePos: t.at(s), Name: s, Folded: token.Fold(s)}
}

// build makes the module's tree in fset (the analyzer's own FileSet).
func build(fset *token.FileSet) (tree, *ast.Module) {
	f := fset.AddFile("Module.bsl", len(src))
	f.SetLinesForContent([]byte(src))
	t := tree{fset, f}
	api := &ast.Region{Hash: t.at("#Область ПрограммныйИнтерфейс"), Name: ident(t, "ПрограммныйИнтерфейс")}
	other := &ast.Region{Hash: t.at("#Область Разное"), Name: ident(t, "Разное")}
	newConn := func(at string, args ...ast.Expr) ast.Stmt {
		return &ast.AssignStmt{Lhs: &ast.Ident{NamePos: t.at(at), Name: "Соединение", Folded: "соединение"},
			Rhs: &ast.NewExpr{New: t.at(at) + token.Pos(len("Соединение = ")), Type: &ast.Ident{Name: "HTTPСоединение", Folded: token.Fold("HTTPСоединение")}, Args: args}}
	}
	lit := &ast.BasicLit{Kind: token.NUMBER, Value: "30"}
	m := &ast.Module{File: f, Regions: []*ast.Region{api, other}, Methods: []*ast.Method{
		{Doc: &ast.CommentGroup{List: []*ast.Comment{{Slash: t.at("// Отправляет"), Text: "// Отправляет данные."}}},
			IsFunction: true, Keyword: t.at("Функция Отправить"), Name: ident(t, "Отправить"), Export: true, Region: api,
			Body: []ast.Stmt{newConn("Соединение = Новый HTTPСоединение(\"api.example.com\", 443", lit, lit, nil, nil, nil, lit)}},
		{Keyword: t.at("Процедура БезОписания"), Name: ident(t, "БезОписания"), Export: true, Region: api,
			Body: []ast.Stmt{newConn("Соединение = Новый HTTPСоединение(\"api.example.com\");", lit)}},
		{Annotations: []*ast.Annotation{{Amp: t.at("&НаСервере"), Name: ident(t, "НаСервере")}}, Directive: ast.AtServer,
			Keyword: t.at("Процедура ВНеСтандартнойОбласти"), Name: ident(t, "ВНеСтандартнойОбласти"), Export: true, Region: other},
		{Keyword: t.at("Процедура ВнеОбластей"), Name: ident(t, "ВнеОбластей")},
	}}
	return t, m
}

func lineOf(s string) int { return strings.Count(src[:strings.Index(src, s)], "\n") + 1 }

func analyze(t *testing.T, kind metadata.ModuleKind) (*check.ModuleInfo, []*metadata.Problem) {
	t.Helper()
	a := &Analyzer{Parse: func(fset *token.FileSet, name string, b []byte) (*ast.Module, error) {
		_, mod := build(fset)
		return mod, nil
	}}
	info, probs := a.Analyze(metadata.NewModule(kind, "/nonexistent", "CommonModules/М/Ext/Module.bsl", "CommonModule.М"), []byte(src))
	return info, append(probs, info.Findings...)
}

func has(probs []*metadata.Problem, rule string, line int, msg string) bool {
	for _, p := range probs {
		if p.Rule == rule && p.Pos.Line == line && strings.Contains(p.Msg, msg) {
			return true
		}
	}
	return false
}

func TestCommonModuleRules(t *testing.T) {
	info, probs := analyze(t, metadata.ModuleCommon)
	if len(info.Procs) != 4 || !info.Procs[0].Function || !info.Procs[0].Export || info.Find("вНЕОБЛАСТЕЙ") == nil {
		t.Fatalf("procs %+v", info.Procs)
	}
	for _, w := range []struct {
		rule, at, msg string
	}{
		{RuleDirectives, "&НаСервере", "compile directive &НаСервере in common module"},
		{RuleRegions, "#Область Разное", "region Разное is not a standard top-level region"},
		{RuleRegions, "Процедура ВНеСтандартнойОбласти", "exported method ВНеСтандартнойОбласти is in region Разное"},
		{RuleRegions, "Процедура ВнеОбластей", "method ВнеОбластей is outside any #Область"},
		{RuleDoc, "Процедура БезОписания", "exported method БезОписания has no description comment"},
		{RuleDoc, "Процедура ВНеСтандартнойОбласти", "has no description comment"},
		{RuleTimeout, "Соединение = Новый HTTPСоединение(\"api.example.com\");", "without Таймаут (argument 6)"},
	} {
		if !has(probs, w.rule, lineOf(w.at), w.msg) {
			t.Errorf("no %s at line %d with %q; got %v", w.rule, lineOf(w.at), w.msg, probs)
		}
	}
	if has(probs, RuleDoc, lineOf("Функция Отправить"), "") || has(probs, RuleTimeout, lineOf("443"), "") {
		t.Errorf("false positive on the documented method with a timeout: %v", probs)
	}
	if n := len(probs); n != 7 {
		t.Errorf("%d findings, want 7: %v", n, probs)
	}
}

func TestFormModuleNeedsDirectives(t *testing.T) {
	_, probs := analyze(t, metadata.ModuleForm)
	for _, name := range []string{"Функция Отправить", "Процедура БезОписания", "Процедура ВнеОбластей"} {
		if !has(probs, RuleDirectives, lineOf(name), "has no compile directive") {
			t.Errorf("%s: no directive error; got %v", name, probs)
		}
	}
	if has(probs, RuleDirectives, lineOf("&НаСервере"), "") {
		t.Error("method with &НаСервере reported")
	}
}

func TestParseErrorsAndPanics(t *testing.T) {
	m := metadata.NewModule(metadata.ModuleCommon, "/x", "M.bsl", "CommonModule.М")
	a := &Analyzer{Parse: func(fset *token.FileSet, name string, b []byte) (*ast.Module, error) {
		var l token.ErrorList
		l.Add(token.Position{Filename: name, Line: 3, Column: 7}, "Ожидается символ ';'")
		return nil, l
	}}
	info, probs := a.Analyze(m, nil)
	if info != nil || len(probs) != 1 || probs[0].Rule != check.RuleModuleParse || probs[0].Pos.Line != 3 || probs[0].Pos.Col != 7 || probs[0].Pos.File != "M.bsl" {
		t.Fatalf("%v %v", info, probs)
	}
	a.Parse = func(*token.FileSet, string, []byte) (*ast.Module, error) { panic("boom") }
	if _, probs := a.Analyze(m, nil); len(probs) != 1 || !strings.Contains(probs[0].Msg, "internal error while parsing: boom") {
		t.Fatalf("panic not turned into a problem: %v", probs)
	}
}

// TestWithParser runs the same text through the real parser (New) and
// expects the same findings as the hand-built tree.
func TestWithParser(t *testing.T) {
	m := metadata.NewModule(metadata.ModuleCommon, "/x", "CommonModules/М/Ext/Module.bsl", "CommonModule.М")
	info, probs := New().Analyze(m, []byte(src))
	if info == nil {
		t.Fatalf("parse failed: %v", probs)
	}
	probs = append(probs, info.Findings...)
	_, hand := analyze(t, metadata.ModuleCommon)
	key := func(p *metadata.Problem) string { return p.Rule + "@" + strings.Repeat("I", p.Pos.Line) + ":" + p.Msg }
	got, want := map[string]bool{}, map[string]bool{}
	for _, p := range probs {
		got[key(p)] = true
	}
	for _, p := range hand {
		want[key(p)] = true
	}
	for k := range want {
		if !got[k] {
			t.Errorf("parser run lacks %s", k)
		}
	}
	for k := range got {
		if !want[k] {
			t.Errorf("parser run has extra %s", k)
		}
	}
	bad := metadata.NewModule(metadata.ModuleCommon, "/x", "Bad.bsl", "CommonModule.Bad")
	_, probs = New().Analyze(bad, []byte("Процедура А()\n\tБ = ;\nКонецПроцедуры\n"))
	if len(probs) == 0 || probs[0].Rule != check.RuleModuleParse || probs[0].Pos.Line != 2 || probs[0].Pos.File != "Bad.bsl" {
		t.Fatalf("syntax error not reported at Bad.bsl:2: %v", probs)
	}
}
