package stdlib

import (
	"testing"
	"time"

	"wazzup-unf/internal/clock"
	"wazzup-unf/mock1c/bsl/value"
)

func jsonEnv() Env {
	msk := time.FixedZone("MSK", 3*3600)
	return Env{Clk: clock.NewVirtual(time.Date(2024, 1, 31, 12, 0, 0, 0, msk))}
}

func writeJSON(t *testing.T, params value.Value, v value.Value) (string, error) {
	t.Helper()
	env := jsonEnv()
	tt := value.NewTypeTable(Types())
	w, err := tt.New(env, "ЗаписьJSON", nil)
	if err != nil {
		t.Fatal(err)
	}
	var args []value.Value
	if params != nil {
		args = []value.Value{params}
	}
	if _, err := value.CallMethod(env, w, "УстановитьСтроку", args); err != nil {
		t.Fatal(err)
	}
	if _, err := newLib(t).call("ЗаписатьJSON", w, v); err != nil {
		return "", err
	}
	s, err := value.CallMethod(env, w, "Закрыть", nil)
	return s.String(), err
}

func TestWriteJSON(t *testing.T) {
	tt := value.NewTypeTable(Types())
	compact, err := tt.New(Env{}, "ПараметрыЗаписиJSON", []value.Value{S("Нет")})
	if err != nil {
		t.Fatal(err)
	}
	s := value.NewStructure()
	d, _ := value.NewDate(2024, 1, 31, 23, 59, 59)
	m := value.NewMap()
	m.Insert(S("ключ"), value.Null)
	value.FillStructure(s, "name, count, price, ok, none, when, list, map", []value.Value{
		S("Иван \"Грозный\"\n"), I(1000), N("0.1"), B(true), value.Undef, d, value.NewArray(I(1), I(2)), m,
	})
	got, err := writeJSON(t, compact, s)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"name":"Иван \"Грозный\"\n","count":1000,"price":0.1,"ok":true,"none":null,"when":"2024-01-31T23:59:59","list":[1,2],"map":{"ключ":null}}`
	if got != want {
		t.Errorf("compact:\n got %s\nwant %s", got, want)
	}
	indented, _ := tt.New(Env{}, "ПараметрыЗаписиJSON", []value.Value{S("Unix"), S("  ")})
	got, _ = writeJSON(t, indented, value.NewArray(I(1), value.NewArray()))
	if want := "[\n  1,\n  []\n]"; got != want {
		t.Errorf("indented: %q, want %q", got, want)
	}
	bad := value.NewMap()
	bad.Insert(I(1), I(1))
	if _, err := writeJSON(t, compact, bad); err == nil {
		t.Error("a non-string Соответствие key must be refused")
	}
	if _, err := writeJSON(t, compact, value.NewValueTable()); err == nil {
		t.Error("ТаблицаЗначений is not writable as JSON")
	}
}

func TestReadJSON(t *testing.T) {
	env := jsonEnv()
	text := `{"id": 12345678901234567890.5, "name": "x", "ok": false, "nil": null, "arr": [1, {"a": 2}], "when": "2024-01-31T20:59:59Z"}`
	v, err := ReadJSON(env, text, JSONReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	s := v.(*value.Structure)
	id, _ := s.Get("id")
	if id.(value.Number).Text() != "12345678901234567890.5" {
		t.Errorf("numbers keep every digit: %s", id.(value.Number).Text())
	}
	if n, _ := s.Get("nil"); n != value.Undef {
		t.Errorf("null → Неопределено, got %v", n)
	}
	if w, _ := s.Get("when"); w.TypeName() != value.TString {
		t.Error("without ИменаСвойствСоЗначениямиДата a date stays a string")
	}
	v, err = ReadJSON(env, text, JSONReadOptions{ToMap: true, DateProps: map[string]bool{"when": true}, DateFormat: "ISO"})
	if err != nil {
		t.Fatal(err)
	}
	w, _ := v.(*value.Map).Get(S("when"))
	if w.String() != "31.01.2024 23:59:59" {
		t.Errorf("Z time converted to the session zone (UTC+3): %v", w)
	}
	if _, err := ReadJSON(env, `{"bad key": 1}`, JSONReadOptions{}); err == nil || err.Error() != value.MsgBadStructKey {
		t.Errorf("a key that is not an identifier into Структура: %v", err)
	}
	if _, err := ReadJSON(env, `{"a": }`, JSONReadOptions{}); err == nil || err.Error() != msgJSONRead {
		t.Errorf("malformed: %v", err)
	}
	if _, err := ReadJSON(env, `[[[1]]]`, JSONReadOptions{MaxDepth: 2}); err == nil {
		t.Error("nesting limit")
	}
}

func TestJSONDates(t *testing.T) {
	runCasesEnv(t, jsonEnv(), []fcase{
		{"ISO local", "ПрочитатьДатуJSON", []value.Value{S("2024-01-31T23:59:59"), S("ISO")}, "31.01.2024 23:59:59"},
		{"ISO fraction dropped", "ПрочитатьДатуJSON", []value.Value{S("2024-01-31T23:59:59.123"), S("ISO")}, "31.01.2024 23:59:59"},
		{"ISO offset", "ПрочитатьДатуJSON", []value.Value{S("2024-01-31T23:59:59+00:00"), S("ISO")}, "01.02.2024 2:59:59"},
		{"Microsoft", "ПрочитатьДатуJSON", []value.Value{S("/Date(0)/"), S("Microsoft")}, "01.01.1970 3:00:00"},
		{"bad", "ПрочитатьДатуJSON", []value.Value{S("вчера"), S("ISO")}, "!" + value.MsgToDateFailed},
		{"write local", "ЗаписатьДатуJSON", []value.Value{D("20240131235959"), S("ISO")}, "2024-01-31T23:59:59"},
		{"write universal", "ЗаписатьДатуJSON", []value.Value{D("20240131235959"), S("ISO"), S("УниверсальнаяДата")}, "2024-01-31T20:59:59Z"},
		{"write with offset", "ЗаписатьДатуJSON", []value.Value{D("20240131235959"), S("ISO"), S("ЛокальнаяДатаСоСмещением")}, "2024-01-31T23:59:59+03:00"},
	})
}

func runCasesEnv(t *testing.T, env value.Env, cases []fcase) {
	l := newLib(t)
	l.env = env
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			l.t = t
			got, err := l.call(tc.fn, tc.args...)
			if len(tc.want) > 0 && tc.want[0] == '!' {
				if err == nil || err.Error() != tc.want[1:] {
					t.Fatalf("got %v, %v; want error %q", got, err, tc.want[1:])
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.String() != tc.want {
				t.Errorf("%s = %q, want %q", tc.fn, got, tc.want)
			}
		})
	}
}
