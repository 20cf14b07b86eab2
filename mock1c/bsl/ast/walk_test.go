package ast_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"wazzup-unf/mock1c/bsl/ast"
	"wazzup-unf/mock1c/bsl/parse"
	"wazzup-unf/mock1c/bsl/token"
)

// everyNode is a module using every node type Walk knows.
const everyNode = `Перем М Экспорт;
&НаКлиенте
Асинх Функция Ф(Знач А = -1, Б) Экспорт
	Перем Л;
	~Метка:
	Если НЕ А = 1 Тогда Б = (А + 2) * 3; ИначеЕсли Б Тогда Прервать; Иначе Продолжить; КонецЕсли;
	Пока Ложь Цикл КонецЦикла;
	Для Сч = 1 По 2 Цикл КонецЦикла;
	Для Каждого Э Из Б Цикл КонецЦикла;
	Попытка Выполнить("x"); Исключение ВызватьИсключение; КонецПопытки;
	Перейти ~Метка;
	ДобавитьОбработчик Б.Событие, Обработчик;
	Л = ?(Истина, Новый Массив(1), Новый("Структура"))[0].Поле;
	Ждать П();
	Возврат Неопределено;
КонецФункции`

func TestWalkVisitsEveryNodeType(t *testing.T) {
	fs := token.NewFileSet()
	m, err := parse.ParseFile(fs, "m.bsl", []byte(everyNode), parse.Options{Symbols: parse.ContextThinClient})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	depth, maxDepth := 0, 0
	ast.Inspect(m, func(n ast.Node) bool {
		if n == nil {
			depth--
			return false
		}
		depth++
		maxDepth = max(maxDepth, depth)
		seen[strings.TrimPrefix(fmt.Sprintf("%T", n), "*ast.")] = true
		return true
	})
	if depth != 0 {
		t.Errorf("Inspect calls f(nil) %d times too few", depth)
	}
	want := strings.Fields(`Module VarDecl Annotation Method Param Ident BasicLit UnaryExpr BinaryExpr ParenExpr
		CondExpr NewExpr CallExpr SelectorExpr IndexExpr AwaitExpr AssignStmt CallStmt IfStmt ElseIf WhileStmt
		ForStmt ForEachStmt BreakStmt ContinueStmt ReturnStmt TryStmt RaiseStmt ExecuteStmt GotoStmt LabelStmt
		HandlerStmt`)
	var missing []string
	for _, w := range want {
		if !seen[w] {
			missing = append(missing, w)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("not visited: %v", missing)
	}
}

func TestInspectCanPrune(t *testing.T) {
	fs := token.NewFileSet()
	m, err := parse.ParseFile(fs, "m.bsl", []byte(everyNode), parse.Options{Symbols: parse.ContextThinClient})
	if err != nil {
		t.Fatal(err)
	}
	idents := 0
	ast.Inspect(m, func(n ast.Node) bool {
		if _, ok := n.(*ast.Method); ok {
			return false // skip the method entirely
		}
		if _, ok := n.(*ast.Ident); ok {
			idents++
		}
		return true
	})
	if idents != 1 { // only М of the module variable
		t.Errorf("visited %d identifiers, want 1", idents)
	}
}

func TestFprintShowsPositions(t *testing.T) {
	fs := token.NewFileSet()
	m, _ := parse.ParseFile(fs, "m.bsl", []byte("А = 1;"), parse.Options{})
	var b strings.Builder
	if err := ast.Fprint(&b, m.File, m.Body[0]); err != nil {
		t.Fatal(err)
	}
	want := "AssignStmt {\n.  Lhs: Ident {\n.  .  NamePos: 1:1\n.  .  Name: \"А\"\n.  .  Folded: \"а\"\n.  }\n.  EqPos: 1:3\n" +
		".  Rhs: BasicLit {\n.  .  ValuePos: 1:5\n.  .  ValueEnd: 1:6\n.  .  Kind: NUMBER\n.  .  Value: \"1\"\n.  }\n}\n"
	if b.String() != want {
		t.Errorf("Fprint:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestLookupDirective(t *testing.T) {
	for in, want := range map[string]ast.Directive{
		"НаКлиенте": ast.AtClient, "atclient": ast.AtClient, "НАСЕРВЕРЕБЕЗКОНТЕКСТА": ast.AtServerNoContext,
		"AtClientAtServerNoContext": ast.AtClientAtServerNoContext, "НаКлиентеНаСервере": ast.AtClientAtServer,
		"Перед": ast.NoDirective,
	} {
		if got := ast.LookupDirective(in); got != want {
			t.Errorf("LookupDirective(%q) = %v, want %v", in, got, want)
		}
	}
}
