package parse

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"wazzup-unf/mock1c/bsl/ast"
	"wazzup-unf/mock1c/bsl/token"
)

var update = flag.Bool("update", false, "rewrite golden files")

// chunk is one piece of a chunked test file (format of bsl/testdata).
type chunk struct {
	source  string
	line    int // line of the chunk's first line in the file
	symbols Symbols
	all     bool                     // parse under every context
	wants   map[int][]*regexp.Regexp // chunk line → expected errors
}

// wantRE takes the regexp between the quotes literally (no Go unquoting).
var wantRE = regexp.MustCompile(`// ### "(.*)"\s*$`)

// readChunks splits a file on "---" lines and collects "### "re"" markers.
func readChunks(t *testing.T, path string) []chunk {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var chunks []chunk
	lines := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	cur := chunk{line: 1, symbols: ContextServer, wants: map[int][]*regexp.Regexp{}}
	var buf []string
	flush := func() {
		cur.source = strings.Join(buf, "\n")
		chunks = append(chunks, cur)
	}
	for i, l := range lines {
		if l == "---" {
			flush()
			cur = chunk{line: i + 2, symbols: ContextServer, wants: map[int][]*regexp.Regexp{}}
			buf = nil
			continue
		}
		if strings.HasPrefix(l, "// option:client") {
			cur.symbols = ContextThinClient
		}
		if strings.HasPrefix(l, "// option:all") {
			cur.all = true
		}
		if m := wantRE.FindStringSubmatch(l); m != nil {
			s := m[1]
			cur.wants[len(buf)+1] = append(cur.wants[len(buf)+1], regexp.MustCompile(s))
		}
		buf = append(buf, l)
	}
	flush()
	return chunks
}

func TestSyntaxErrors(t *testing.T) {
	for _, name := range []string{"errors.bsl", "realcode.bsl"} {
		testChunks(t, filepath.Join("testdata", name))
	}
}

func testChunks(t *testing.T, path string) {
	for _, c := range readChunks(t, path) {
		fs := token.NewFileSet()
		var err error
		if c.all {
			_, err = ParseAllContexts(fs.AddFile(path, len(c.source)), []byte(c.source), true)
		} else {
			_, err = ParseFile(fs, path, []byte(c.source), Options{Symbols: c.symbols, AllErrors: true})
		}
		var list token.ErrorList
		if err != nil {
			list = err.(token.ErrorList)
		}
		for _, e := range list {
			line := e.Pos.Line
			matched := false
			for i, re := range c.wants[line] {
				if re.MatchString(e.Msg) {
					c.wants[line] = append(c.wants[line][:i], c.wants[line][i+1:]...)
					matched = true
					break
				}
			}
			if !matched {
				t.Errorf("%s:%d:%d: unexpected error: %s", path, c.line+line-1, e.Pos.Column, e.Msg)
			}
		}
		for line, res := range c.wants {
			for _, re := range res {
				t.Errorf("%s:%d: expected error matching %q was not reported", path, c.line+line-1, re)
			}
		}
	}
}

// TestGolden parses each testdata/*.bsl that has a .golden file beside it
// and compares the AST dump. Run with -update to rewrite the dumps after a
// deliberate change, then review the diff.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.bsl"))
	if len(files) == 0 {
		t.Fatal("no golden inputs")
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			fs := token.NewFileSet()
			m, err := ParseFile(fs, path, nil, Options{Symbols: ContextServer, AllErrors: true})
			if err != nil {
				t.Fatalf("unexpected errors:\n%v", err)
			}
			var b strings.Builder
			if err := ast.Fprint(&b, m.File, m); err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(path, ".bsl") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if b.String() != string(want) {
				t.Errorf("AST of %s differs from %s; run go test -update and review the diff", path, golden)
			}
		})
	}
}

// exprString renders an expression fully parenthesised, to test precedence.
func exprString(x ast.Expr) string {
	switch x := x.(type) {
	case *ast.Ident:
		return x.Name
	case *ast.BasicLit:
		if x.Kind == token.STRING {
			return strconv.Quote(x.Value)
		}
		return x.Value
	case *ast.UnaryExpr:
		return "(" + x.Op.String() + " " + exprString(x.X) + ")"
	case *ast.BinaryExpr:
		return "(" + exprString(x.X) + " " + x.Op.String() + " " + exprString(x.Y) + ")"
	case *ast.ParenExpr:
		return exprString(x.X)
	case *ast.CondExpr:
		return "?(" + exprString(x.Cond) + ", " + exprString(x.Then) + ", " + exprString(x.Else) + ")"
	case *ast.SelectorExpr:
		return exprString(x.X) + "." + x.Sel.Name
	case *ast.IndexExpr:
		return exprString(x.X) + "[" + exprString(x.Index) + "]"
	case *ast.CallExpr:
		return exprString(x.Fun) + "(" + argsString(x.Args) + ")"
	case *ast.NewExpr:
		if x.Type == nil {
			return "Новый(" + argsString(x.Args) + ")"
		}
		if !x.Lparen.IsValid() {
			return "Новый " + x.Type.Name
		}
		return "Новый " + x.Type.Name + "(" + argsString(x.Args) + ")"
	}
	return fmt.Sprintf("%T", x)
}

func argsString(args []ast.Expr) string {
	var s []string
	for _, a := range args {
		if a == nil {
			s = append(s, "_")
		} else {
			s = append(s, exprString(a))
		}
	}
	return strings.Join(s, ", ")
}

func parseExpr(t *testing.T, src string) ast.Expr {
	t.Helper()
	fs := token.NewFileSet()
	f := fs.AddFile("expr", len(src))
	x, err := ParseExpr(f, []byte(src))
	if err != nil {
		t.Fatalf("ParseExpr(%q): %v", src, err)
	}
	return x
}

func TestPrecedence(t *testing.T) {
	tests := []struct{ in, want string }{
		{"1 + 2 * 3", "(1 + (2 * 3))"},
		{"1 - 2 - 3", "((1 - 2) - 3)"},
		{"-А * Б", "((- А) * Б)"},
		{"А + Б % В / Г", "(А + ((Б % В) / Г))"},
		{"А < Б + 1", "(А < (Б + 1))"},
		{"НЕ А = Б", "(Не (А = Б))"},
		{"НЕ А И Б", "((Не А) И Б)"},
		{"А ИЛИ Б И В", "(А Или (Б И В))"},
		{"А И Б ИЛИ В И Г", "((А И Б) Или (В И Г))"},
		{"А = 1 ИЛИ НЕ Б <> 2 И В", "((А = 1) Или ((Не (Б <> 2)) И В))"},
		{"not a = b and c or d", "(((Не (a = b)) И c) Или d)"},
		{"(1 + 2) * 3", "((1 + 2) * 3)"},
		{"- - 1", "(- (- 1))"},
		{"А <= Б >= В", "((А <= Б) >= В)"},
		{"?(А > 0, \"да\", \"нет\")", `?((А > 0), "да", "нет")`},
		{"А.Б[1].В(2, , 3)", "А.Б[1].В(2, _, 3)"},
		{"Ф(,)", "Ф(_, _)"},
		{"Ф()", "Ф()"},
		{"Новый Массив", "Новый Массив"},
		{"Новый Структура(\"А\", 1)", `Новый Структура("А", 1)`},
		{"Новый(\"Массив\", Параметры)", `Новый("Массив", Параметры)`},
		{"\"а\" \"б\"", "\"а\\nб\""}, // adjacent literals: one multi-line string (OneScript StringLexerState)
		{"Запрос.Выполнить().Выгрузить()", "Запрос.Выполнить().Выгрузить()"},
		{"А = НЕ Б", "(А = (Не Б))"},
	}
	for _, tt := range tests {
		if got := exprString(parseExpr(t, tt.in)); got != tt.want {
			t.Errorf("%s\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

func parseModule(t *testing.T, src string, sym Symbols) *ast.Module {
	t.Helper()
	fs := token.NewFileSet()
	m, err := ParseFile(fs, "m.bsl", []byte(src), Options{Symbols: sym, AllErrors: true})
	if err != nil {
		t.Fatalf("unexpected errors:\n%v", err)
	}
	return m
}

func TestPreprocessorContexts(t *testing.T) {
	src := `#Если Сервер Тогда
Процедура НаСервере1() КонецПроцедуры
#ИначеЕсли ТонкийКлиент ИЛИ (ВебКлиент И НЕ МобильныйКлиент) Тогда
Процедура Тонкий() КонецПроцедуры
#ИначеЕсли ExternalConnection Then
Процедура Внешнее() КонецПроцедуры
#Else
Процедура Другое() КонецПроцедуры
#EndIf
`
	tests := []struct {
		sym  Symbols
		want string
	}{
		{ContextServer, "НаСервере1"},
		{ContextMobileAppServer, "НаСервере1"},
		{ContextThinClient, "Тонкий"},
		{ContextWebClient, "Тонкий"},
		{ContextExternalConnection, "Внешнее"},
		{ContextThickClientOrdinary, "Другое"},
		{0, "Другое"},
	}
	for _, tt := range tests {
		m := parseModule(t, src, tt.sym)
		if len(m.Methods) != 1 || m.Methods[0].Name.Name != tt.want {
			var names []string
			for _, x := range m.Methods {
				names = append(names, x.Name.Name)
			}
			t.Errorf("context %v: methods %v, want [%s]", tt.sym, names, tt.want)
		}
	}
}

func TestNestedConditionsAndStatementsAcrossBranches(t *testing.T) {
	src := `Процедура П()
	А = 0;
	#Если Клиент Тогда
		#Если ВебКлиент Тогда
	А = 1;
		#Иначе
	А = 2;
		#КонецЕсли
	#Иначе
	Если Б Тогда
		#Если НаСервере Тогда
		А = 3;
		#КонецЕсли
	КонецЕсли;
	#КонецЕсли
КонецПроцедуры`
	count := func(m *ast.Module) (n int) {
		ast.Inspect(m, func(x ast.Node) bool {
			if _, ok := x.(*ast.AssignStmt); ok {
				n++
			}
			return true
		})
		return n
	}
	if n := count(parseModule(t, src, ContextWebClient)); n != 2 {
		t.Errorf("web client: %d assignments, want 2", n)
	}
	if n := count(parseModule(t, src, ContextServer)); n != 2 {
		t.Errorf("server: %d assignments, want 2", n)
	}
}

func TestMethodDetails(t *testing.T) {
	src := "\uFEFF#Область ПрограммныйИнтерфейс\r\n" +
		"\r\n" +
		"// Отправляет сообщение.\r\n" +
		"//\r\n" +
		"// Параметры:\r\n" +
		"//  Текст - Строка\r\n" +
		"&НаСервере\r\n" +
		"Функция Отправить(Знач Текст, Канал = Неопределено, Лимит = -10.5, Флаг = Истина) Экспорт\r\n" +
		"\tВозврат Истина;\r\n" +
		"КонецФункции\r\n" +
		"\r\n" +
		"#Область Вложенная\r\n" +
		"А = 1; // хвостовой комментарий, не описание\r\n" +
		"&Перед(\"ПередЗаписью\")\r\n" +
		"Процедура Расш_ПередЗаписью(Отказ)\r\n" +
		"КонецПроцедуры\r\n" +
		"#КонецОбласти\r\n" +
		"\r\n" +
		"#КонецОбласти\r\n"
	fs := token.NewFileSet()
	m, err := ParseFile(fs, "m.bsl", []byte(src), Options{Symbols: ContextServer, AllErrors: true})
	// the module has a body statement before a procedure: that is an error
	if err == nil || !strings.Contains(err.Error(), "Процедуры и функции должны предшествовать") {
		t.Fatalf("want the body-before-procedure error, got %v", err)
	}
	f := m.Method("отправить")
	if f == nil || !f.IsFunction || !f.Export || f.Directive != ast.AtServer {
		t.Fatalf("method Отправить: %+v", f)
	}
	if got := f.Doc.Text(); got != "Отправляет сообщение.\n\nПараметры:\n Текст - Строка" {
		t.Errorf("doc = %q", got)
	}
	if got := strings.Join(f.RegionPath(), "/"); got != "ПрограммныйИнтерфейс" {
		t.Errorf("region path = %q", got)
	}
	if len(f.Params) != 4 || !f.Params[0].ByVal || f.Params[1].ByVal || f.Params[0].Default != nil {
		t.Errorf("params: %+v", f.Params)
	}
	if d, ok := f.Params[2].Default.(*ast.UnaryExpr); !ok || d.Op != token.SUB || d.X.(*ast.BasicLit).Value != "10.5" {
		t.Errorf("default of Лимит: %#v", f.Params[2].Default)
	}
	if pos := fs.Position(f.Pos()); pos.Line != 7 || pos.Column != 1 {
		t.Errorf("method starts at %v, want line 7 col 1 (its annotation)", pos)
	}
	if pos := fs.Position(f.Name.Pos()); pos.Line != 8 || pos.Column != 9 {
		t.Errorf("name at %v, want 8:9", pos)
	}
	p := m.Method("Расш_ПередЗаписью")
	if p == nil || p.Doc != nil {
		t.Fatalf("a trailing comment of a statement is no description: %+v", p)
	}
	a := p.ExtensionAnnotation()
	if a == nil || a.Extension() != ast.Before || a.Arg.Value != "ПередЗаписью" {
		t.Errorf("annotation: %+v", a)
	}
	if got := strings.Join(p.RegionPath(), "/"); got != "ПрограммныйИнтерфейс/Вложенная" {
		t.Errorf("region path = %q", got)
	}
	if len(m.Regions) != 2 || m.Regions[1].Parent != m.Regions[0] || !m.Regions[0].Close.IsValid() {
		t.Errorf("regions: %+v", m.Regions)
	}
}

func TestStatementsParse(t *testing.T) {
	src := `Перем А Экспорт, Б;
&НаКлиенте
Перем В;
Процедура П(Парам)
	Перем Л;
	~Начало:
	Для Сч = 1 По 10 Цикл
		Если Сч % 2 = 0 Тогда Продолжить; ИначеЕсли Сч > 7 Тогда Прервать; Иначе Л = Сч; КонецЕсли;
	КонецЦикла;
	Для Каждого Эл Из Массив Цикл КонецЦикла;
	Пока Ложь Цикл КонецЦикла;
	Попытка
		Выполнить("А = 1");
		Выполнить Текст;
	Исключение
		ВызватьИсключение;
	КонецПопытки;
	ВызватьИсключение "текст";
	Перейти ~Начало;
	ДобавитьОбработчик Объект.Событие, ОбработкаСобытия;
	УдалитьОбработчик Объект.Событие, ОбработкаСобытия;
	Возврат;
КонецПроцедуры
А = 1;`
	m := parseModule(t, src, ContextServer)
	if len(m.Vars) != 2 || !m.Vars[0].Names[0].Export || m.Vars[0].Names[1].Export || m.Vars[1].Directive != ast.AtClient {
		t.Errorf("module vars: %+v", m.Vars)
	}
	var kinds []string
	for _, s := range m.Methods[0].Body {
		kinds = append(kinds, strings.TrimPrefix(fmt.Sprintf("%T", s), "*ast."))
	}
	want := "LabelStmt ForStmt ForEachStmt WhileStmt TryStmt RaiseStmt GotoStmt HandlerStmt HandlerStmt ReturnStmt"
	if got := strings.Join(kinds, " "); got != want {
		t.Errorf("statements\n got %s\nwant %s", got, want)
	}
	if len(m.Body) != 1 {
		t.Errorf("module body: %d statements", len(m.Body))
	}
	try := m.Methods[0].Body[4].(*ast.TryStmt)
	if r := try.Except[0].(*ast.RaiseStmt); r.X != nil {
		t.Error("bare ВызватьИсключение has an argument")
	}
}

func TestEnglishModule(t *testing.T) {
	src := `&AtServer
Function F(Val X = 1) Export
	If X > 0 And Not X = 2 Then
		Return New Array;
	ElsIf X = 0 Then
		Raise "zero";
	EndIf;
	For Each I In X Do Continue; EndDo;
	Try
		X = Undefined;
	Except
	EndTry;
	Return Null;
EndFunction`
	m := parseModule(t, src, ContextServer)
	if len(m.Methods) != 1 || m.Methods[0].Directive != ast.AtServer || !m.Methods[0].IsFunction {
		t.Fatalf("methods: %+v", m.Methods)
	}
}

func TestChangeBlocks(t *testing.T) {
	src := `&ИзменениеИКонтроль("Записать")
Процедура Расш_Записать()
	А = 1;
	#Удаление
	Б = 2;
	#КонецУдаления
	#Вставка
	В = 3;
	#КонецВставки
КонецПроцедуры`
	m := parseModule(t, src, ContextServer)
	if len(m.Changes) != 2 || m.Changes[0].Kind != ast.Delete || m.Changes[1].Kind != ast.Insert {
		t.Fatalf("changes: %+v", m.Changes)
	}
	if n := len(m.Methods[0].Body); n != 2 {
		t.Errorf("body has %d statements, want 2 (the deleted one is not compiled)", n)
	}
	if m.Methods[0].ExtensionAnnotation().Extension() != ast.ChangeAndControl {
		t.Error("annotation kind")
	}
}

func TestParseAllContextsFindsErrorsInEveryBranch(t *testing.T) {
	src := `#Если Сервер Тогда
А = 1 +;
#ИначеЕсли ВебКлиент Тогда
Б = ;
#Иначе
В = (;
#КонецЕсли
Г = ;`
	fs := token.NewFileSet()
	f := fs.AddFile("m.bsl", len(src))
	_, err := ParseAllContexts(f, []byte(src), true)
	list, _ := err.(token.ErrorList)
	var lines []int
	for _, e := range list {
		lines = append(lines, e.Pos.Line)
	}
	if fmt.Sprint(lines) != "[2 4 6 8]" {
		t.Errorf("error lines %v, want [2 4 6 8] (each once): %v", lines, err)
	}
}

func TestStopsAfterTenErrorsUnlessAllErrors(t *testing.T) {
	src := strings.Repeat("А = ;\n", 30)
	fs := token.NewFileSet()
	_, err := ParseFile(fs, "m.bsl", []byte(src), Options{})
	if n := len(err.(token.ErrorList)); n != 10 {
		t.Errorf("%d errors without AllErrors, want 10", n)
	}
	_, err = ParseFile(fs, "m.bsl", []byte(src), Options{AllErrors: true})
	if n := len(err.(token.ErrorList)); n != 30 {
		t.Errorf("%d errors with AllErrors, want 30", n)
	}
}

func TestParseStatements(t *testing.T) {
	src := "А = 1; Если А Тогда Б = 2 КонецЕсли"
	fs := token.NewFileSet()
	f := fs.AddFile("exec", len(src))
	list, err := ParseStatements(f, []byte(src), Options{})
	if err != nil || len(list) != 2 {
		t.Fatalf("ParseStatements: %d statements, %v", len(list), err)
	}
}

func TestSymbolsOf(t *testing.T) {
	s, err := SymbolsOf("Сервер", "AtServer")
	if err != nil || s != ContextServer {
		t.Errorf("SymbolsOf = %v, %v", s, err)
	}
	if _, err := SymbolsOf("Луна"); err == nil {
		t.Error("unknown symbol accepted")
	}
}

func TestNodeSpans(t *testing.T) {
	src := "Процедура П()\n\tА = Б.В(1, \"x\") + '20240101';\nКонецПроцедуры"
	fs := token.NewFileSet()
	m, err := ParseFile(fs, "m.bsl", []byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	as := m.Methods[0].Body[0].(*ast.AssignStmt)
	text := func(n ast.Node) string {
		return src[m.File.Offset(n.Pos()):m.File.Offset(n.End())]
	}
	if got := text(as); got != `А = Б.В(1, "x") + '20240101'` {
		t.Errorf("assignment span %q", got)
	}
	if got := text(m.Methods[0]); got != src {
		t.Errorf("method span %q", got)
	}
	ast.Inspect(m, func(n ast.Node) bool {
		if n != nil && n.End() < n.Pos() {
			t.Errorf("%T ends before it starts", n)
		}
		return true
	})
}

func TestAsyncAwaitAndRaiseCallForm(t *testing.T) {
	src := `&НаКлиенте
Асинх Процедура Спросить(Команда)
	Ответ = Ждать ВопросАсинх("Продолжить?", РежимДиалогаВопрос.ДаНет);
	Ждать ПредупреждениеАсинх("Готово");
КонецПроцедуры

Процедура Обычная()
	Ждать = 1;
	ВызватьИсключение("Текст", КатегорияОшибки.ОшибкаКонфигурации);
	ВызватьИсключение ("в скобках");
КонецПроцедуры

Асинх = 2;`
	m := parseModule(t, src, ContextThinClient)
	a := m.Methods[0]
	if !a.Async || a.Directive != ast.AtClient || a.Pos() != a.Annotations[0].Pos() {
		t.Fatalf("async method: %+v", a)
	}
	as := a.Body[0].(*ast.AssignStmt)
	if _, ok := as.Rhs.(*ast.AwaitExpr); !ok {
		t.Errorf("Ждать in an async method is an operator, got %T", as.Rhs)
	}
	if cs := a.Body[1].(*ast.CallStmt); cs.Call.(*ast.AwaitExpr).X.(*ast.CallExpr) == nil {
		t.Error("await statement")
	}
	o := m.Methods[1]
	if _, ok := o.Body[0].(*ast.AssignStmt); !ok {
		t.Errorf("outside Асинх, Ждать is a variable: %T", o.Body[0])
	}
	r := o.Body[1].(*ast.RaiseStmt)
	if len(r.Args) != 1 || r.X.(*ast.BasicLit).Value != "Текст" {
		t.Errorf("raise call form: %+v", r)
	}
	if r2 := o.Body[2].(*ast.RaiseStmt); len(r2.Args) != 0 || r2.X.(*ast.ParenExpr) == nil {
		t.Errorf("raise with a parenthesised message: %+v", r2)
	}
	if len(m.Body) != 1 {
		t.Errorf("module body: %d statements (Асинх as a variable)", len(m.Body))
	}
}

func TestBranchSignature(t *testing.T) {
	src := "\uFEFF#Если Сервер Или ТолстыйКлиентОбычноеПриложение Или ВнешнееСоединение Тогда\nА = 1;\n  #Если Клиент Тогда\n#ИначеЕсли ВебКлиент Тогда\n#КонецЕсли\nБ = \"\n|#Если Ложь Тогда\";\n#Иначе\n#КонецЕсли"
	fs := token.NewFileSet()
	f := fs.AddFile("m.bsl", len(src))
	sigs := map[string][]string{}
	for _, c := range Contexts() {
		s := branchSignature(f, []byte(src), c.Symbols)
		sigs[s] = append(sigs[s], c.Name)
	}
	want := map[string]string{
		"100": "Сервер ВнешнееСоединение МобильноеПриложениеСервер МобильныйАвтономныйСервер",
		"110": "ТолстыйКлиентОбычноеПриложение",
		"010": "ТонкийКлиент ТолстыйКлиентУправляемоеПриложение МобильныйКлиент МобильноеПриложениеКлиент",
		"011": "ВебКлиент",
	}
	if len(sigs) != len(want) {
		t.Fatalf("signatures %v", sigs)
	}
	for sig, names := range want {
		if got := strings.Join(sigs[sig], " "); got != names {
			t.Errorf("signature %s: %s, want %s", sig, got, names)
		}
	}
}

// TestPreprocessorChoosesAnnotation: directives may select the annotation
// of the method that follows (public issue 1C-Company/1c-edt-issues#897:
// accepted by the Configurator).
func TestPreprocessorChoosesAnnotation(t *testing.T) {
	src := `#Если Сервер И Не Сервер Тогда
	&НаСервере
#Иначе
	&НаКлиентеНаСервереБезКонтекста
#КонецЕсли
Процедура П()
	Если 1 = 1 Тогда
		Рез = 1;
	#Область Встраивание
	ИначеЕсли 2 = 2 Тогда
		Рез = 2;
	#КонецОбласти
	КонецЕсли;
КонецПроцедуры`
	// the region crossing the Если branches comes from 1C-Company/1c-edt-issues#1654
	m := parseModule(t, src, ContextServer)
	if d := m.Methods[0].Directive; d != ast.AtClientAtServerNoContext {
		t.Errorf("directive %v", d)
	}
	if len(m.Regions) != 1 || m.Regions[0].Name.Name != "Встраивание" {
		t.Errorf("regions %+v", m.Regions)
	}
}

// TestInternalErrorBecomesPositionedError exercises the one recover at the
// API edge: a Go panic inside the parser (a bug) becomes an "internal error"
// at the current token instead of crashing the caller.
func TestInternalErrorBecomesPositionedError(t *testing.T) {
	src := []byte("\n  А = 1;")
	fs := token.NewFileSet()
	f := fs.AddFile("m.bsl", len(src))
	var p parser
	p.init(f, src, Options{})
	var err error
	func() {
		defer p.finish(&err)
		var m map[string]int
		m["x"] = 1 // a real runtime panic
	}()
	if err == nil || err.Error() != "m.bsl:2:3: internal error: assignment to entry in nil map" {
		t.Errorf("got %v", err)
	}
}

// TestDirectivesInsideMultiLineString: preprocessor lines may stand between
// the continuation lines of a string (the BSL Language Server grammar allows
// "preprocessor" inside multilineString); the inactive lines are left out.
func TestDirectivesInsideMultiLineString(t *testing.T) {
	src := "Текст = \"ВЫБРАТЬ\n|	Поле1\n#Если Сервер Тогда\n|	, Поле2\n#Иначе\n|	, Поле3\n#КонецЕсли\n// комментарий\n|ИЗ Т\";\nА = 1;"
	for _, tt := range []struct {
		sym  Symbols
		want string
	}{
		{ContextServer, "ВЫБРАТЬ\n\tПоле1\n\t, Поле2\nИЗ Т"},
		{ContextThinClient, "ВЫБРАТЬ\n\tПоле1\n\t, Поле3\nИЗ Т"},
	} {
		fs := token.NewFileSet()
		m, err := ParseFile(fs, "m.bsl", []byte(src), Options{Symbols: tt.sym, AllErrors: true})
		if err != nil {
			t.Fatal(err)
		}
		got := m.Body[0].(*ast.AssignStmt).Rhs.(*ast.BasicLit).Value
		if got != tt.want {
			t.Errorf("%v: %q, want %q", tt.sym, got, tt.want)
		}
		if p := fs.Position(m.Body[1].Pos()); p.Line != 10 {
			t.Errorf("next statement on line %d, want 10", p.Line)
		}
	}
}

func TestOperatingSystemSymbols(t *testing.T) {
	src := "#Если Windows Тогда\nА = 1;\n#ИначеЕсли Linux ИЛИ MacOS Тогда\nА = 2;\n#КонецЕсли"
	if m := parseModule(t, src, ContextServer|Linux); len(m.Body) != 1 || m.Body[0].(*ast.AssignStmt).Rhs.(*ast.BasicLit).Value != "2" {
		t.Errorf("Linux server: %+v", m.Body)
	}
	if m := parseModule(t, src, ContextServer); len(m.Body) != 0 {
		t.Errorf("no OS symbol set: %d statements", len(m.Body))
	}
}

func TestDeepNestingIsAnErrorNotACrash(t *testing.T) {
	for _, src := range []string{
		"А = " + strings.Repeat("(", 200000) + "1;",
		"А = " + strings.Repeat("НЕ ", 200000) + "1;",
		"А = " + strings.Repeat("-", 200000) + "1;",
		strings.Repeat("Если А Тогда ", 200000),
	} {
		fs := token.NewFileSet()
		_, err := ParseFile(fs, "m.bsl", []byte(src), Options{AllErrors: true})
		if err == nil || !strings.Contains(err.Error(), "Слишком большая вложенность") {
			t.Errorf("%.20q…: %v", src, err)
		}
	}
	// ordinary nesting is fine
	src := "А = " + strings.Repeat("(", 100) + "1" + strings.Repeat(")", 100) + ";"
	if _, err := ParseFile(token.NewFileSet(), "m.bsl", []byte(src), Options{}); err != nil {
		t.Error(err)
	}
}

func TestEveryContextGivesAllMethods(t *testing.T) {
	src := `#Если Клиент Тогда
Процедура ТолькоНаКлиенте() Экспорт
КонецПроцедуры
#Иначе
Процедура ТолькоНаСервере() Экспорт
КонецПроцедуры
#КонецЕсли
Процедура Везде() Экспорт
КонецПроцедуры`
	fs := token.NewFileSet()
	f := fs.AddFile("m.bsl", len(src))
	mods, err := ParseEveryContext(f, []byte(src), true)
	if err != nil {
		t.Fatal(err)
	}
	if len(mods) != 2 || mods[0].Contexts[0].Symbols != ContextServer {
		t.Fatalf("got %d modules, first for %v; want 2, server first", len(mods), mods[0].Contexts)
	}
	var names []string
	for _, m := range AllMethods(mods) {
		names = append(names, m.Name.Name)
	}
	if got := strings.Join(names, " "); got != "ТолькоНаКлиенте ТолькоНаСервере Везде" {
		t.Errorf("AllMethods = %s", got)
	}
	server, _ := ParseAllContexts(f, []byte(src), true)
	if len(server.Methods) != 2 || server.Methods[0].Name.Name != "ТолькоНаСервере" {
		t.Errorf("ParseAllContexts must still return the server module")
	}
	total := 0
	for _, m := range mods {
		total += len(m.Contexts)
	}
	if total != len(Contexts()) {
		t.Errorf("contexts covered %d, want %d", total, len(Contexts()))
	}
}
