package value

import "testing"

func TestNumberArithmetic(t *testing.T) {
	n := MustParse
	tests := []struct {
		name string
		got  func() (Number, error)
		want string
	}{
		{"decimal 0.1+0.2=0.3 (platform numbers are exact decimals)", func() (Number, error) { return n("0.1").Add(n("0.2")), nil }, "0.3"},
		{"int add", func() (Number, error) { return Int(2).Add(Int(3)), nil }, "5"},
		{"int64 overflow goes big", func() (Number, error) { return Int(9223372036854775807).Add(Int(1)), nil }, "9223372036854775808"},
		{"sub to zero normalises", func() (Number, error) { return n("1.50").Sub(n("1.5")), nil }, "0"},
		{"mul exact", func() (Number, error) { return n("1.1").Mul(n("1.1")), nil }, "1.21"},
		{"mul big", func() (Number, error) { return n("123456789012345678901234567890").Mul(n("10")), nil }, "1234567890123456789012345678900"},
		{"div exact", func() (Number, error) { return Int(10).Div(Int(4)) }, "2.5"},
		{"div 1/3 keeps 27 digits (unverified count)", func() (Number, error) { return Int(1).Div(Int(3)) }, "0.333333333333333333333333333"},
		{"div 2/3 rounds last digit half up", func() (Number, error) { return Int(2).Div(Int(3)) }, "0.666666666666666666666666667"},
		{"div negative", func() (Number, error) { return Int(-2).Div(Int(3)) }, "-0.666666666666666666666666667"},
		{"div fraction by fraction", func() (Number, error) { return n("0.3").Div(n("0.1")) }, "3"},
		{"mod sign follows dividend", func() (Number, error) { return Int(-7).Mod(Int(3)) }, "-1"},
		{"mod fraction", func() (Number, error) { return n("5.5").Mod(Int(2)) }, "1.5"},
		{"trunc negative", func() (Number, error) { return n("-2.7").Trunc(), nil }, "-2"},
		{"round half up 2.5", func() (Number, error) { return n("2.5").Round(0, RoundHalfUp), nil }, "3"},
		{"round half up -2.5 away from zero", func() (Number, error) { return n("-2.5").Round(0, RoundHalfUp), nil }, "-3"},
		{"round 15 as 10", func() (Number, error) { return n("2.5").Round(0, RoundHalfDown), nil }, "2"},
		{"round negative digits", func() (Number, error) { return n("1250").Round(-2, RoundHalfUp), nil }, "1300"},
		{"round 2 digits", func() (Number, error) { return n("1.005").Round(2, RoundHalfUp), nil }, "1.01"},
		{"parse comma", func() (Number, error) { return ParseNumber(" 1,5 ") }, "1.5"},
		{"parse exponent", func() (Number, error) { return ParseNumber("1.5e3") }, "1500"},
		{"parse negative exponent", func() (Number, error) { return ParseNumber("15e-3") }, "0.015"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.got()
			if err != nil {
				t.Fatal(err)
			}
			if got.Text() != tc.want {
				t.Errorf("got %s, want %s", got.Text(), tc.want)
			}
		})
	}
}

func TestNumberErrors(t *testing.T) {
	if _, err := Int(1).Div(Int(0)); err == nil || err.Error() != "Деление на 0" {
		t.Errorf("1/0: %v", err)
	}
	if _, err := Int(1).Mod(Int(0)); err == nil || err.Error() != "Деление на 0" {
		t.Errorf("1%%0: %v", err)
	}
	for _, s := range []string{"", "abc", "1.2.3", "1 000", "--1", "1e", "0x10"} {
		if _, err := ParseNumber(s); err == nil || err.Error() != MsgToNumberFailed {
			t.Errorf("ParseNumber(%q) = %v, want conversion error", s, err)
		}
	}
}

func TestNumberPresentation(t *testing.T) {
	// Строка(1000) = "1 000" with a non-breaking space; decimal comma (ru locale).
	tests := []struct {
		in, want string
	}{
		{"0", "0"}, {"999", "999"}, {"1000", "1\u00a0000"}, {"-1234567.25", "-1\u00a0234\u00a0567,25"},
		{"0.5", "0,5"}, {"123456", "123\u00a0456"},
	}
	for _, tc := range tests {
		if got := MustParse(tc.in).String(); got != tc.want {
			t.Errorf("String(%s) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCompareAndEqual(t *testing.T) {
	if Equal(Int(1), String("1")) {
		t.Error("1 = \"1\" must be Ложь (different types)")
	}
	if Equal(String("а"), String("А")) {
		t.Error("string = is case-sensitive")
	}
	if !Equal(MustParse("1.0"), Int(1)) {
		t.Error("1.0 = 1")
	}
	if _, err := Compare(Int(1), String("1")); err == nil || err.Error() != MsgCompareTypes {
		t.Errorf("1 < \"1\": %v", err)
	}
	if c, _ := Compare(False, True); c != -1 {
		t.Error("Ложь < Истина")
	}
}

func TestOperators(t *testing.T) {
	d, _ := NewDate(2024, 1, 31, 23, 59, 59)
	tests := []struct {
		name string
		op   func(a, b Value) (Value, error)
		a, b Value
		want string
		typ  string
	}{
		{"string + number converts right operand with grouping", Add, String("n="), Int(1000), "n=1\u00a0000", "Строка"},
		{"number + numeric string", Add, Int(1), String("2"), "3", "Число"},
		{"string + bool", Add, String(""), True, "Да", "Строка"},
		{"date + seconds", Add, d, Int(1), "01.02.2024 0:00:00", "Дата"},
		{"date - date", Sub, d, EmptyDate, "63\u00a0842\u00a0342\u00a0399", "Число"},
		{"date - seconds", Sub, d, Int(59), "31.01.2024 23:59:00", "Дата"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.op(tc.a, tc.b)
			if err != nil {
				t.Fatal(err)
			}
			if got.String() != tc.want || got.TypeName().Ru != tc.typ {
				t.Errorf("got %q (%s), want %q (%s)", got, got.TypeName().Ru, tc.want, tc.typ)
			}
		})
	}
	if _, err := Add(Int(1), String("x")); err == nil || err.Error() != MsgToNumberFailed {
		t.Errorf("1 + \"x\": %v", err)
	}
	if _, err := Add(Undef, Int(1)); err == nil {
		t.Error("Неопределено + 1 must fail")
	}
}

// TestDateFraction follows OneScript's tests/date-behavior.os, which pins
// the platform's date precision of 1/10 000 s.
func TestDateFraction(t *testing.T) {
	base, _ := NewDate(2026, 2, 1, 15, 30, 45)
	add := func(s string) Value {
		v, err := Add(base, MustParse(s))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for _, d := range []string{"0.001", "0.5", "0.0001"} {
		if Equal(base, add(d)) {
			t.Errorf("Дата + %s must differ from Дата", d)
		}
	}
	for _, d := range []string{"0.00001", "0.00004"} {
		if !Equal(base, add(d)) {
			t.Errorf("Дата + %s is below half a tick and must be ignored", d)
		}
	}
	for in, want := range map[string]string{"0.00005": "0.0001", "0.00015": "0.0002", "-0.00005": "-0.0001", "1.5": "1.5", "2": "2"} {
		diff, err := Sub(add(in), base)
		if err != nil {
			t.Fatal(err)
		}
		if diff.(Number).Text() != want {
			t.Errorf("(Дата + %s) − Дата = %s, want %s", in, diff.(Number).Text(), want)
		}
	}
	if add("0.123").String() != base.String() {
		t.Error("Строка hides the fraction")
	}
	if c, _ := Compare(add("0.001"), base); c != 1 {
		t.Error("comparison sees the fraction")
	}
}

func TestStrictArithmetic(t *testing.T) {
	// The stricter reading where sources are silent (skip list): no implicit
	// Булево → Число, no parsing of a Строка on the left of −, ×, /, %.
	for _, tc := range []struct {
		name string
		op   func(a, b Value) (Value, error)
		a, b Value
	}{
		{"Истина + 1", Add, True, Int(1)},
		{"1 + Истина", Add, Int(1), True},
		{"\"5\" - 1", Sub, String("5"), Int(1)},
		{"\"5\" * 2", Mul, String("5"), Int(2)},
		{"Дата + Истина", Add, EmptyDate, True},
	} {
		if _, err := tc.op(tc.a, tc.b); err == nil || err.Error() != MsgToNumberFailed {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
	if v, err := Mul(Int(2), String("3")); err != nil || v.String() != "6" {
		t.Errorf("2 * \"3\" converts the right operand: %v %v", v, err)
	}
	if _, err := Neg(String("1")); err == nil {
		t.Error("-\"1\" must fail")
	}
}

// TestBoolNumberEquality follows the EQ.BOOL.* measurements (see Equal).
func TestBoolNumberEquality(t *testing.T) {
	if !Equal(True, Int(1)) || !Equal(Int(0), False) || Equal(True, Int(2)) {
		t.Error("Булево = Число compares numerically")
	}
	if Equal(String("5"), Int(5)) {
		t.Error("a Строка is never converted for =")
	}
	if Identical(True, Int(1)) {
		t.Error("collections keep Истина and 1 apart")
	}
	a := NewArray(True)
	if a.Find(Int(1)) != -1 {
		t.Error("Массив.Найти(1) must not find Истина")
	}
	m := NewMap()
	m.Insert(True, String("b"))
	m.Insert(Int(1), String("n"))
	if m.Len() != 2 {
		t.Error("Истина and 1 are two keys")
	}
	for _, tc := range []struct {
		v    Value
		want bool
		ok   bool
	}{{Int(-1), true, true}, {MustParse("0.5"), true, true}, {Int(0), false, true}, {String("Ложь"), false, true}, {String(" да "), true, true},
		{String("0"), false, false}, {String("1"), false, false}, {String(""), false, false}, {Undef, false, false}, {EmptyDate, false, false}} {
		got, err := Truth(tc.v)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("Truth(%q %s) = %v, %v", tc.v, tc.v.TypeName().Ru, got, err)
		}
	}
}

func TestStringOrderUTF16(t *testing.T) {
	// U+FF01 sorts after "😀" (U+1F600, surrogates D83D DE00) in UTF-16 order.
	if c, _ := Compare(String("！"), String("😀")); c != 1 {
		t.Error("UTF-16 order puts U+FF01 after a surrogate pair")
	}
	if c, _ := Compare(String("a"), String("ab")); c != -1 {
		t.Error("prefix first")
	}
	if c, _ := Compare(String("Б"), String("а")); c != -1 {
		t.Error("case-sensitive code order: upper-case Cyrillic first")
	}
}
