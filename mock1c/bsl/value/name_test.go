package value

import "testing"

func TestFold(t *testing.T) {
	for in, want := range map[string]string{"Добавить": "добавить", "ADD": "add", "ЁЖ": "ёж", "Ещё": "ещё", "ÄÖ": "äö"} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q", in, got)
		}
		if got := string(appendFold(nil, in)); got != want {
			t.Errorf("appendFold(%q) = %q", in, got)
		}
	}
	if Fold("Е") == Fold("Ё") {
		t.Error("Е and Ё are different letters for the platform")
	}
	ix := NewNameIndex([]Name{{"Вставить", "Insert"}})
	for _, n := range []string{"вставить", "ВСТАВИТЬ", "insert", "INSERT"} {
		if ix.Lookup(n) != 0 {
			t.Errorf("Lookup(%q)", n)
		}
	}
	if ix.Lookup("Вставит") != -1 {
		t.Error("prefix must not match")
	}
}
