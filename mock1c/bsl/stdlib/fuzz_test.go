package stdlib

import (
	"testing"

	"wazzup-unf/mock1c/bsl/value"
)

// FuzzFormat: any format string on a number, a date and a bool never
// panics.
func FuzzFormat(f *testing.F) {
	for _, s := range []string{"ЧДЦ=2", "ЧЦ=5; ЧВН=; ЧГ=3,2", "ДФ='dd MMMM yyyy HH:mm:ss'", "ДЛФ=DDT; Л=en_US", "ЧН=; ЧО=0", "ЧГ=0,0,0", "ДФ='''"} {
		f.Add(s)
	}
	d, _ := value.NewDate(2024, 1, 31, 23, 59, 59)
	f.Fuzz(func(t *testing.T, format string) {
		for _, v := range []value.Value{value.MustParse("-1234567.891"), value.Int(0), d, value.EmptyDate, value.True} {
			_ = Format(v, format)
		}
	})
}

// FuzzTemplate: СтрШаблон and НСтр never panic on any template.
func FuzzTemplate(f *testing.F) {
	for _, s := range []string{"%1 %2 %10 %(3)0 %%", "%", "%(", "%(99999999999)", "ru = 'а''б'; en = \"c\""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if _, err := template([]value.Value{value.String(s), value.Int(1), nil, value.String("x")}); err != nil {
			t.Fatal(err)
		}
		if _, err := ParseNStr(s); err != nil {
			t.Fatal(err)
		}
		_, _ = ParseDate(s)
	})
}

// FuzzReadJSON: any text either parses or fails with msgJSONRead/the
// Структура key error; written back and read again it gives the same JSON.
func FuzzReadJSON(f *testing.F) {
	for _, s := range []string{`{"a":[1,2.5,"x",null,true]}`, `[]`, `"s"`, `{"a":{"b":{}}}`, `1e400`, `{"1":2}`} {
		f.Add(s)
	}
	env := Env{}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ReadJSON(env, s, JSONReadOptions{ToMap: true})
		if err != nil {
			return
		}
		w := &JSONWriter{params: &JSONWriterParams{LineBreak: "Нет", DoubleQuotes: true}, open: true}
		if err := w.WriteValue(env, v, 0); err != nil {
			t.Fatalf("%q read but cannot be written: %v", s, err)
		}
		out := w.Close()
		v2, err := ReadJSON(env, out, JSONReadOptions{ToMap: true})
		if err != nil {
			t.Fatalf("%q → %q does not read back: %v", s, out, err)
		}
		w2 := &JSONWriter{params: w.params, open: true}
		if err := w2.WriteValue(env, v2, 0); err != nil || w2.Close() != out {
			t.Fatalf("round trip differs for %q", s)
		}
	})
}

// FuzzStringFunctions: every string function on any text and any integer
// arguments returns a value or a platform error — never a panic — and
// positions stay inside the string.
func FuzzStringFunctions(f *testing.F) {
	f.Add("абаб😀 x", "б", int64(2), int64(1))
	f.Add("", "", int64(0), int64(-1))
	f.Add("a\r\nb\nc", "\n", int64(99), int64(3))
	tab := value.NewMethodTable(Functions())
	env := Env{}
	f.Fuzz(func(t *testing.T, s, sub string, i, j int64) {
		S, Sub, I, J := value.String(s), value.String(sub), value.IntValue(i%1000), value.IntValue(j%1000)
		calls := map[string][]value.Value{
			"СтрДлина": {S}, "Лев": {S, I}, "Прав": {S, I}, "Сред": {S, I, J}, "СтрНайти": {S, Sub, value.String("СКонца"), I, J},
			"СтрЗаменить": {S, Sub, S}, "СтрРазделить": {S, Sub, value.False}, "СтрЧислоВхождений": {S, Sub},
			"СтрПолучитьСтроку": {S, I}, "КодСимвола": {S, I}, "ТРег": {S}, "СтрШаблон": {S, I, Sub}, "НСтр": {S, Sub},
		}
		for name, args := range calls {
			v, err := tab.Lookup(name).Func(env, nil, args)
			if err != nil {
				if _, ok := err.(*value.Error); !ok {
					t.Fatalf("%s: non-platform error %v", name, err)
				}
				continue
			}
			if name == "СтрНайти" {
				p, _ := v.(value.Number).Int64()
				if p < 0 || p > int64(unitLen(s)) {
					t.Fatalf("СтрНайти position %d outside %q", p, s)
				}
			}
		}
	})
}
