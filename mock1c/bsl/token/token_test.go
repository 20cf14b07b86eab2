package token

import (
	"strings"
	"testing"
)

func TestLookupBothLanguagesAnyCase(t *testing.T) {
	tests := []struct {
		in   string
		want Kind
	}{
		{"Если", IF}, {"ЕСЛИ", IF}, {"если", IF}, {"If", IF}, {"IF", IF},
		{"КонецПроцедуры", ENDPROC}, {"EndProcedure", ENDPROC},
		{"ИначеЕсли", ELSIF}, {"elsif", ELSIF},
		{"НЕ", NOT}, {"и", AND}, {"ИЛИ", OR},
		{"null", NULL}, {"NULL", NULL},
		{"Неопределено", UNDEFINED}, {"Undefined", UNDEFINED},
		{"ВызватьИсключение", RAISE}, {"Выполнить", EXECUTE},
		{"ДобавитьОбработчик", ADDHANDLER}, {"УдалитьОбработчик", REMOVEHANDLER},
		{"Перейти", GOTO},
		{"Вычислить", IDENT}, {"Массив", IDENT}, {"Ждать", IDENT}, {"Асинх", IDENT},
	}
	for _, tt := range tests {
		if got := Lookup(Fold(tt.in)); got != tt.want {
			t.Errorf("Lookup(Fold(%q)) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"abc", "abc"},
		{"ABC_1", "abc_1"},
		{"АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ", "абвгдежзийклмнопрстуфхцчшщъыьэюя"},
		{"ЁЖИК", "ёжик"},
		{"Ёлка", "ёлка"}, // Ё folds to ё, not е
		{"МояПеременная", "мояпеременная"},
		{"ÄÖÜ", "äöü"},
		{"ǅ", "ǆ"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := Fold(tt.in); got != strings.ToLower(tt.in) {
			t.Errorf("Fold(%q) = %q differs from strings.ToLower %q", tt.in, got, strings.ToLower(tt.in))
		}
	}
}

func TestPositionsCountCharacters(t *testing.T) {
	src := []byte("\uFEFFПерем А;\r\nА = 1;\nЙ")
	fs := NewFileSet()
	other := fs.AddFile("other.bsl", 10)
	f := fs.AddFile("CommonModules/X/Ext/Module.bsl", len(src))
	f.SetLinesForContent(src)
	if fs.File(other.Pos(3)) != other || fs.File(f.Pos(0)) != f {
		t.Fatal("FileSet.File does not find the owning file")
	}
	tests := []struct {
		off       int
		line, col int
	}{
		{3, 1, 1},                                 // after the BOM
		{3 + len("Перем "), 1, 7},                 // А
		{len("\uFEFFПерем А;\r\n"), 2, 1},         // line 2
		{len("\uFEFFПерем А;\r\nА = "), 2, 5},     // 1
		{len("\uFEFFПерем А;\r\nА = 1;\n"), 3, 1}, // Й
	}
	for _, tt := range tests {
		p := fs.Position(f.Pos(tt.off))
		if p.Line != tt.line || p.Column != tt.col || p.Filename != f.Name() {
			t.Errorf("offset %d: got %v, want line %d col %d", tt.off, p, tt.line, tt.col)
		}
	}
	if got := fs.Position(f.Pos(len("\uFEFFПерем А;\r\nА = "))).String(); got != "CommonModules/X/Ext/Module.bsl:2:5" {
		t.Errorf("String() = %q", got)
	}
	if got := (Position{}).String(); got != "-" {
		t.Errorf("zero Position prints %q, want -", got)
	}
}

func TestErrorList(t *testing.T) {
	var l ErrorList
	if l.Err() != nil {
		t.Fatal("empty list must give a nil error")
	}
	l.Add(Position{Filename: "b.bsl", Line: 2, Column: 1}, "второй")
	l.Add(Position{Filename: "a.bsl", Line: 5, Column: 3}, "x")
	l.Add(Position{Filename: "a.bsl", Line: 5, Column: 1}, "первый")
	l.Add(Position{Filename: "a.bsl", Line: 5, Column: 1}, "первый")
	d := append(ErrorList(nil), l...)
	d.Dedup()
	if len(d) != 3 {
		t.Errorf("Dedup kept %d, want 3", len(d))
	}
	l.RemoveMultiples()
	if len(l) != 2 || l[0].Msg != "первый" || l[1].Pos.Filename != "b.bsl" {
		t.Errorf("RemoveMultiples = %v", l)
	}
	if got := l.Error(); got != "a.bsl:5:1: первый (and 1 more errors)" {
		t.Errorf("Error() = %q", got)
	}
}

func TestLineMatchesPosition(t *testing.T) {
	src := []byte("а\nбв\n\nг")
	fs := NewFileSet()
	f := fs.AddFile("x", len(src))
	f.SetLinesForContent(src)
	for off := 0; off <= len(src); off++ {
		if got, want := f.Line(f.Pos(off)), f.Position(f.Pos(off)).Line; got != want {
			t.Errorf("offset %d: Line %d, Position.Line %d", off, got, want)
		}
	}
}
