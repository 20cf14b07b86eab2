package scan

import (
	"fmt"
	"strings"
	"testing"

	"wazzup-unf/mock1c/bsl/token"
)

type tok struct {
	kind token.Kind
	lit  string
}

// scanAll returns the tokens of src (comments included) and the errors.
func scanAll(src string) ([]tok, []string) {
	fs := token.NewFileSet()
	f := fs.AddFile("t.bsl", len(src))
	var s Scanner
	var errs []string
	s.Init(f, []byte(src), func(pos token.Pos, msg string) {
		p := fs.Position(pos)
		errs = append(errs, fmt.Sprintf("%d:%d: %s", p.Line, p.Column, msg))
	})
	var out []tok
	var t Token
	for {
		s.Scan(&t)
		if t.Kind == token.EOF {
			return out, errs
		}
		out = append(out, tok{t.Kind, t.Lit})
	}
}

func TestScan(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []tok
	}{
		{"keywords any case, both languages", "Если ЕСЛИ if ENDIF КонецЕсли",
			[]tok{{token.IF, "Если"}, {token.IF, "ЕСЛИ"}, {token.IF, "if"}, {token.ENDIF, "ENDIF"}, {token.ENDIF, "КонецЕсли"}}},
		{"identifiers mixed scripts", "МояПеременная my_var Х1 _x Ёлка",
			[]tok{{token.IDENT, "МояПеременная"}, {token.IDENT, "my_var"}, {token.IDENT, "Х1"}, {token.IDENT, "_x"}, {token.IDENT, "Ёлка"}}},
		{"numbers kept as text", "0 123 12.50 0.1",
			[]tok{{token.NUMBER, "0"}, {token.NUMBER, "123"}, {token.NUMBER, "12.50"}, {token.NUMBER, "0.1"}}},
		{"number then member dot", "1.Поле",
			[]tok{{token.NUMBER, "1"}, {token.PERIOD, ""}, {token.IDENT, "Поле"}}},
		{"string with doubled quotes", `"а ""б"" в"`, []tok{{token.STRING, `а "б" в`}}},
		{"empty string", `""`, []tok{{token.STRING, ""}}},
		{"multi-line string", "\"первая\n\t|вторая\r\n  |третья\"", []tok{{token.STRING, "первая\nвторая\nтретья"}}},
		{"comment lines inside a multi-line string", "\"ВЫБРАТЬ\n// комментарий\n|  Поле\"", []tok{{token.STRING, "ВЫБРАТЬ\n  Поле"}}},
		{"slashes inside a string are text", `"http://x"`, []tok{{token.STRING, "http://x"}}},
		{"date literals", "'20240131235959' '20240131' '00010101' '2024.01.31 12:30'",
			[]tok{{token.DATE, "20240131235959"}, {token.DATE, "20240131000000"}, {token.DATE, "00010101000000"}, {token.DATE, "20240131123000"}}},
		{"empty date all zeros", "'00000000000000'", []tok{{token.DATE, "00010101000000"}}},
		{"operators", "+ - * / % = <> < > <= >= ( ) [ ] , . ; : ? ~ &",
			[]tok{{token.ADD, ""}, {token.SUB, ""}, {token.MUL, ""}, {token.QUO, ""}, {token.REM, ""}, {token.EQL, ""},
				{token.NEQ, ""}, {token.LSS, ""}, {token.GTR, ""}, {token.LEQ, ""}, {token.GEQ, ""}, {token.LPAREN, ""},
				{token.RPAREN, ""}, {token.LBRACK, ""}, {token.RBRACK, ""}, {token.COMMA, ""}, {token.PERIOD, ""},
				{token.SEMICOLON, ""}, {token.COLON, ""}, {token.QUESTION, ""}, {token.TILDE, ""}, {token.AMP, ""}}},
		{"comment to end of line", "А = 1; // всё тут\r\nБ", []tok{{token.IDENT, "А"}, {token.EQL, ""}, {token.NUMBER, "1"},
			{token.SEMICOLON, ""}, {token.COMMENT, "// всё тут"}, {token.IDENT, "Б"}}},
		{"preprocessor line", "#Если Сервер Тогда\r\nА", []tok{{token.HASH, "Если Сервер Тогда"}, {token.IDENT, "А"}}},
		{"label", "~Метка: Перейти ~Метка", []tok{{token.TILDE, ""}, {token.IDENT, "Метка"}, {token.COLON, ""},
			{token.GOTO, "Перейти"}, {token.TILDE, ""}, {token.IDENT, "Метка"}}},
		{"BOM skipped", "\uFEFFА", []tok{{token.IDENT, "А"}}},
		// blank lines between continuation lines are skipped, as comment
		// lines are (OneScript's StringLexerState skips white space and
		// comments before '|'; bsl-parser's lexer hides them between
		// STRINGSTART/STRINGPART tokens)
		{"blank lines inside a multi-line string", "\"а\n\n\t\r\n|б\"", []tok{{token.STRING, "а\nб"}}},
		// "1." is a number (bsl-parser's FLOAT: DIGIT+ '.' DIGIT*); the
		// literal text drops the bare point
		{"number with a bare point", "1.;", []tok{{token.NUMBER, "1"}, {token.SEMICOLON, ""}}},
		{"no-break space is blank", "А\u00a0Б", []tok{{token.IDENT, "А"}, {token.IDENT, "Б"}}},
		{"literal keywords", "Истина Ложь Неопределено NULL True",
			[]tok{{token.TRUE, "Истина"}, {token.FALSE, "Ложь"}, {token.UNDEFINED, "Неопределено"}, {token.NULL, "NULL"}, {token.TRUE, "True"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, errs := scanAll(tt.in)
			if len(errs) > 0 {
				t.Errorf("unexpected errors %v", errs)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("scan %q\n got %v\nwant %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestScanErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"unterminated string", "А = \"abc", "1:5: Незавершенная строковая константа"},
		{"string broken by a line without bar", "А = \"abc\nБ = 1;", "1:5: Незавершенная строковая константа"},
		{"line of code after blank lines ends a multi-line string", "А = \"abc\n\n\t\nБ = 1;", "1:5: Незавершенная строковая константа"},
		{"bad month", "'20241301'", "1:1: Неправильная константа типа Дата"},
		{"bad day", "'20230229'", "1:1: Неправильная константа типа Дата"},
		{"bad hour", "'20240101250000'", "1:1: Неправильная константа типа Дата"},
		{"wrong digit count", "'2024013'", "1:1: Неправильная константа типа Дата"},
		{"unterminated date", "'2024", "1:1: Незавершенная константа типа Дата"},
		{"stray character", "А = 1 $ 2", "1:7: Недопустимый символ '$'"},
		{"stray bar", "|А", "1:1: Недопустимый символ '|'"},
		{"column counts characters", "Ж = 1 @", "1:7: Недопустимый символ '@'"},
		{"letters glued to a number", "12абв", "1:3: Ожидается разделитель после числа"},
		{"invalid UTF-8", "А = \xff", "1:5: Неверная кодировка UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs := scanAll(tt.in)
			if len(errs) == 0 || errs[0] != tt.want {
				t.Errorf("scan %q: errors %v, want first %q", tt.in, errs, tt.want)
			}
		})
	}
}

func TestLeapDay(t *testing.T) {
	for _, in := range []string{"'20240229'", "'20000229'", "'99991231235959'"} {
		if _, errs := scanAll(in); len(errs) != 0 {
			t.Errorf("%s: %v", in, errs)
		}
	}
	for _, in := range []string{"'19000229'", "'00000101'"} {
		if _, errs := scanAll(in); len(errs) == 0 {
			t.Errorf("%s: want an error", in)
		}
	}
}

func TestFoldedAndLines(t *testing.T) {
	src := "ПЕРЕМЕННАЯ\n\"а\n|б\" Ёж"
	fs := token.NewFileSet()
	f := fs.AddFile("t.bsl", len(src))
	var s Scanner
	s.Init(f, []byte(src), nil)
	var t1, t2, t3 Token
	s.Scan(&t1)
	s.Scan(&t2)
	s.Scan(&t3)
	if t1.Folded != "переменная" || t1.Line != 1 {
		t.Errorf("t1 = %+v", t1)
	}
	if t2.Line != 2 || s.Line() != 3 {
		t.Errorf("string starts on line %d, scanner now on %d", t2.Line, s.Line())
	}
	if t3.Folded != "ёж" || t3.Line != 3 || fs.Position(t3.Pos).Column != 5 {
		t.Errorf("t3 = %+v at %v", t3, fs.Position(t3.Pos))
	}
	if strings.Count(src, "\n")+1 != f.LineCount() {
		t.Errorf("line table has %d lines", f.LineCount())
	}
}

func FuzzScan(f *testing.F) {
	for _, s := range []string{"", "Если А = 1 Тогда Б = \"x\"\"y\"; КонецЕсли;", "'20240131'", "\"а\n|б\"", "#Если Сервер Тогда\n#КонецЕсли", "~М: Перейти ~М;", "\xff\xfe", "А.Б[1](2, , 3)", "\"а\n#-\n|б\n#+\n|в\""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		fs := token.NewFileSet()
		file := fs.AddFile("f.bsl", len(src))
		var s Scanner
		s.Init(file, []byte(src), func(token.Pos, string) {})
		// a toy preprocessor: "#-" makes the following continuation lines
		// inactive, any other directive active again
		s.StringDirective = func(t Token) bool { return strings.HasPrefix(t.Lit, "-") }
		var tk Token
		prev := -1
		for i := 0; ; i++ {
			s.Scan(&tk)
			off := file.Offset(tk.Pos)
			if off < prev || off > len(src) || tk.End < tk.Pos {
				t.Fatalf("token %v at offset %d (prev %d, end %d) out of order", tk.Kind, off, prev, tk.End)
			}
			prev = off
			if tk.Kind == token.EOF {
				break
			}
			if i > len(src)+1 {
				t.Fatalf("more tokens than bytes: scanner does not advance")
			}
		}
	})
}

func TestStringDirectiveHook(t *testing.T) {
	src := "\"а\n#-\n|б\"\n#+\n|в\" Х"
	fs := token.NewFileSet()
	f := fs.AddFile("t.bsl", len(src))
	var s Scanner
	var seen []string
	s.Init(f, []byte(src), func(pos token.Pos, msg string) { t.Errorf("%v: %s", fs.Position(pos), msg) })
	s.StringDirective = func(t Token) bool {
		seen = append(seen, fmt.Sprintf("%d:%s", t.Line, t.Lit))
		return strings.HasPrefix(t.Lit, "-")
	}
	var tk Token
	s.Scan(&tk)
	if tk.Kind != token.STRING || tk.Lit != "а\nв" {
		t.Errorf("string %q (inactive line with its quote left out)", tk.Lit)
	}
	if fmt.Sprint(seen) != "[2:- 4:+]" {
		t.Errorf("directives %v", seen)
	}
	s.Scan(&tk)
	if tk.Lit != "Х" || tk.Line != 5 {
		t.Errorf("next token %+v", tk)
	}
}
