package value

import (
	"math/rand/v2"
	"slices"
	"testing"
	"unicode/utf8"
)

// lone is a string holding one lone half of a surrogate pair.
func lone(r rune) String { return String(AppendRune(nil, r)) }

// The platform's strings are UTF-16 (see wtf8.go). The halves of "😀"
// (U+1F600 = D83D DE00) as in the extension's test ОМ_WazzupДанные.
func TestSurrogateHalves(t *testing.T) {
	hi, lo := lone(0xD83D), lone(0xDE00)
	if got := Concat(hi, lo); got != "😀" {
		t.Errorf("Символ(55357) + Символ(56832) = %q, want the emoji", got)
	}
	if v, _ := Add(hi, lo); v != String("😀") {
		t.Errorf("Add joins halves: %q", v)
	}
	if v, _ := Add(String("x")+hi, lo+String("y")); v != String("x😀y") {
		t.Errorf("Add joins halves inside: %q", v)
	}
	if got := Concat(lo, hi); UnitLen(string(got)) != 2 || got == "😀" {
		t.Errorf("low + high stays two lone halves, got %q", got)
	}
	for _, c := range []struct {
		s    string
		want int
	}{{"", 0}, {"abc", 3}, {"Яблоко", 6}, {"😀", 2}, {"a😀b", 4}, {string(hi), 1}, {"я" + string(lo) + "я", 3}, {"한국", 2}} {
		if got := UnitLen(c.s); got != c.want {
			t.Errorf("UnitLen(%q) = %d, want %d", c.s, got, c.want)
		}
	}
	if got := UnitSlice("a😀b", 0, 2); got != String("a")+hi {
		t.Errorf("Лев(\"a😀b\", 2) = %q, want a + high half", got)
	}
	if got := UnitSlice("a😀b", 2, 4); got != lo+String("b") {
		t.Errorf("Сред(\"a😀b\", 3) = %q, want low half + b", got)
	}
	if got := UnitSlice("😀", 1, 2); got != lo {
		t.Errorf("Прав(\"😀\", 1) = %q, want the low half", got)
	}
	if c, ok := UnitAt(string(hi), 0); !ok || c != 0xD83D {
		t.Errorf("КодСимвола(high half) = %d, %v", c, ok)
	}
	if c, _ := UnitAt("a😀", 2); c != 0xDE00 {
		t.Errorf("КодСимвола(\"a😀\", 3) = %X", c)
	}
	if got := ToUTF8(string(String("a") + hi + String("b"))); got != "a\uFFFDb" {
		t.Errorf("ToUTF8 = %q", got)
	}
	if got := FromUTF8("a\xED\xA0\xBDb\xFF"); got != "a\uFFFD\uFFFD\uFFFDb\uFFFD" {
		t.Errorf("FromUTF8 = %q", got)
	}
	if got := Canon(string(hi) + string(lo) + "z" + string(hi)); got != "😀z"+string(hi) {
		t.Errorf("Canon = %q", got)
	}
	// Ordering by UTF-16 units: the high half alone sorts before the pair
	// it starts, the pair (D83D…) before U+E000, a low half after the pair.
	order := []String{"a", hi, "😀", lo, "\uE000", "\uFFFF"}
	for i := 1; i < len(order); i++ {
		if c, err := Compare(order[i-1], order[i]); err != nil || c >= 0 {
			t.Errorf("Compare(%q, %q) = %d, %v; want < 0", order[i-1], order[i], c, err)
		}
	}
}

// Property: every UTF-16 unit array (random halves included) survives the
// round trip, and slicing, length, indexing and concatenation of its WTF-8
// string agree with the same operations on the units.
func TestWTF8AgreesWithUnits(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	pool := []uint16{'a', 'Я', 0x00E9, 0xD55C, 0xE000, 0xFFFF, 0xD83D, 0xDE00, 0xDBFF, 0xDC00}
	gen := func() []uint16 {
		u := make([]uint16, rng.IntN(8))
		for i := range u {
			u[i] = pool[rng.IntN(len(pool))]
		}
		return u
	}
	for range 20000 {
		a, b := gen(), gen()
		sa := FromUnits(a)
		if got := Units(string(sa)); !slices.Equal(got, a) {
			t.Fatalf("Units(FromUnits(%X)) = %X", a, got)
		}
		if UnitLen(string(sa)) != len(a) {
			t.Fatalf("UnitLen(%X) = %d", a, UnitLen(string(sa)))
		}
		if got, want := Concat(sa, FromUnits(b)), FromUnits(append(slices.Clone(a), b...)); got != want {
			t.Fatalf("Concat(%X, %X) = %q, want %q", a, b, got, want)
		}
		if got, want := String(Canon(string(sa)+string(FromUnits(b)))), FromUnits(append(slices.Clone(a), b...)); got != want {
			t.Fatalf("Canon(%X + %X) = %q, want %q", a, b, got, want)
		}
		for from := 0; from <= len(a); from++ {
			for to := from; to <= len(a)+1; to++ {
				if got, want := UnitSlice(string(sa), from, to), FromUnits(a[from:min(to, len(a))]); got != want {
					t.Fatalf("UnitSlice(%X, %d, %d) = %q, want %q", a, from, to, got, want)
				}
			}
			if from < len(a) {
				if c, ok := UnitAt(string(sa), from); !ok || c != a[from] {
					t.Fatalf("UnitAt(%X, %d) = %X", a, from, c)
				}
			}
		}
		if ca, cb := compareUnits(a, b), mustCompare(t, sa, FromUnits(b)); ca != cb {
			t.Fatalf("Compare(%X, %X) = %d, units say %d", a, b, cb, ca)
		}
	}
}

func compareUnits(a, b []uint16) int { return slices.Compare(a, b) }

func mustCompare(t *testing.T, a, b String) int {
	c, err := Compare(a, b)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// SortCompare follows the syntax assistant's rules for Сортировать without
// ОбъектСравнения: different types by type (code), simple types by value,
// others of one type by presentation.
func TestSortCompareRules(t *testing.T) {
	u1, _ := ParseUUID("00000000-0000-0000-0000-000000000002")
	u2, _ := ParseUUID("10000000-0000-0000-0000-000000000001")
	a := NewArray()
	order := []Value{Undef, Null, False, IntValue(-5), IntValue(3), EmptyDate, String("Б"), String("😀"), a, u1, u2}
	for i := 1; i < len(order); i++ {
		if c := SortCompare(order[i-1], order[i]); c >= 0 {
			t.Errorf("SortCompare(%s %q, %s %q) = %d, want < 0", order[i-1].TypeName().Ru, order[i-1], order[i].TypeName().Ru, order[i], c)
		}
		if c := SortCompare(order[i], order[i-1]); c <= 0 {
			t.Errorf("SortCompare is not antisymmetric at %d", i)
		}
	}
}

// FuzzWTF8 reads the input as UTF-16 units and checks the WTF-8 helpers
// against the unit array: round trip, length, slicing and concatenation.
func FuzzWTF8(f *testing.F) {
	f.Add([]byte{0x3D, 0xD8, 0x00, 0xDE, 0x61, 0x00}, 1, 2)
	f.Add([]byte{0x00, 0xDC, 0x00, 0xD8}, 0, 1)
	f.Fuzz(func(t *testing.T, data []byte, from, to int) {
		u := make([]uint16, len(data)/2)
		for i := range u {
			u[i] = uint16(data[2*i]) | uint16(data[2*i+1])<<8
		}
		s := FromUnits(u)
		if got := Units(string(s)); !slices.Equal(got, u) || UnitLen(string(s)) != len(u) {
			t.Fatalf("round trip of %X: %X", u, got)
		}
		from, to = min(max(from, 0), len(u)), min(max(to, 0), len(u))
		if from <= to {
			if got, want := UnitSlice(string(s), from, to), FromUnits(u[from:to]); got != want {
				t.Fatalf("UnitSlice(%X, %d, %d) = %q, want %q", u, from, to, got, want)
			}
		}
		half := len(u) / 2
		if got, want := Concat(FromUnits(u[:half]), FromUnits(u[half:])), s; got != want {
			t.Fatalf("Concat of the halves of %X = %q, want %q", u, got, want)
		}
		if !utf8.ValidString(ToUTF8(string(s))) || !utf8.ValidString(string(FromUTF8(string(s)))) {
			t.Fatalf("ToUTF8/FromUTF8 of %X not valid UTF-8", u)
		}
	})
}
