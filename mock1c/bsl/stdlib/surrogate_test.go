package stdlib

import (
	"testing"

	"wazzup-unf/mock1c/bsl/value"
)

// Lone halves of surrogate pairs, as the platform's UTF-16 strings keep
// them (value/wtf8.go). "😀" is U+1F600 = D83D DE00 (55357, 56832), the
// case of the extension's test ОМ_WazzupДанные.ОписаниеПользователя_ЧистаяОбрезка.
func TestSurrogateStrings(t *testing.T) {
	l := newLib(t)
	call := func(name string, args ...value.Value) value.Value {
		t.Helper()
		v, err := l.call(name, args...)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return v
	}
	code := func(s value.Value, pos int64) int64 {
		t.Helper()
		n, _ := call("КодСимвола", s, I(pos)).(value.Number).Int64()
		return n
	}
	length := func(s value.Value) int64 {
		t.Helper()
		n, _ := call("СтрДлина", s).(value.Number).Int64()
		return n
	}
	hi, lo := call("Символ", I(55357)), call("Символ", I(56832))
	if length(hi) != 1 || code(hi, 1) != 55357 || code(lo, 1) != 56832 {
		t.Fatalf("Символ(55357): length %d, code %d", length(hi), code(hi, 1))
	}
	pair, _ := value.Add(hi, lo)
	if pair != value.String("😀") || length(pair) != 2 || code(pair, 1) != 55357 || code(pair, 2) != 56832 {
		t.Errorf("Символ(55357) + Символ(56832) = %q (length %d)", pair, length(pair))
	}
	text := S("Я😀б")
	cut := call("Лев", text, I(2))
	if length(cut) != 2 || code(cut, 2) != 55357 {
		t.Errorf("Лев(\"Я😀б\", 2): length %d, last code %d; want the high half kept", length(cut), code(cut, 2))
	}
	if r := call("Прав", text, I(2)); length(r) != 2 || code(r, 1) != 56832 {
		t.Errorf("Прав(\"Я😀б\", 2) = %q", r)
	}
	if m := call("Сред", text, I(3), I(1)); length(m) != 1 || code(m, 1) != 56832 {
		t.Errorf("Сред(\"Я😀б\", 3, 1) = %q", m)
	}
	// Rejoining the halves gives the text back.
	back, _ := value.Add(cut, call("Сред", text, I(3)))
	if back != text {
		t.Errorf("Лев + Сред = %q, want %q", back, text)
	}
	for _, c := range []struct {
		name string
		got  value.Value
		want string
	}{
		{"ВРег keeps a half", call("ВРег", value.String("а")+hi.(value.String)), "А" + string(hi.(value.String))},
		{"СтрСоединить joins halves", call("СтрСоединить", value.NewArray(hi, lo), S("")), "😀"},
		{"СтрШаблон joins halves", call("СтрШаблон", S("%1%2"), hi, lo), "😀"},
		{"СтрЗаменить a half of a pair", call("СтрЗаменить", S("😀!"), hi, S("x")), "x" + string(lo.(value.String)) + "!"},
		{"СтрЧислоВхождений of a half", call("СтрЧислоВхождений", S("😀😁"), hi), "2"},
		{"СтрНачинаетсяС a half", call("СтрНачинаетсяС", S("😀"), hi), "Да"},
		{"СтрНайти a half", call("СтрНайти", S("a😀"), lo), "3"},
		{"СтрРазделить by a half", value.String(show(call("СтрРазделить", value.String("a")+hi.(value.String)+"b", hi))), "[a|b]"},
	} {
		if c.got.String() != c.want {
			t.Errorf("%s: %q, want %q", c.name, c.got, c.want)
		}
	}
}

// ЗаписатьJSON of a lone half writes it escaped (our reading, skip list).
func TestJSONLoneSurrogate(t *testing.T) {
	w := &JSONWriter{params: defaultJSONParams()}
	w.quote("a" + string(value.AppendRune(nil, 0xD83D)) + "😀")
	if got := w.sb.String(); got != `"a\uD83D😀"` {
		t.Errorf("JSON of a lone half = %s", got)
	}
}
