package value

import "testing"

// FuzzParseNumber: no panic, and every accepted number survives
// Text → ParseNumber unchanged and equals itself plus zero.
func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"0", "-1.5", "1,25", "1e10", "00012.3400", "99999999999999999999999.1", " 7 ", "1e-30"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseNumber(s)
		if err != nil {
			return
		}
		back, err := ParseNumber(n.Text())
		if err != nil || !back.Equal(n) {
			t.Fatalf("%q → %s → %v (%v)", s, n.Text(), back.Text(), err)
		}
		if !n.Add(Int(0)).Equal(n) || n.Sub(n).Sign() != 0 {
			t.Fatalf("identity broken for %s", n.Text())
		}
		if n.Sign() != 0 {
			q, err := n.Div(n)
			if err != nil || !q.Equal(Int(1)) {
				t.Fatalf("%s / itself = %s", n.Text(), q.Text())
			}
		}
	})
}

// FuzzArithmetic checks algebra the exact decimal must keep.
func FuzzArithmetic(f *testing.F) {
	f.Add("0.1", "0.2")
	f.Add("9223372036854775807", "1")
	f.Add("-5.5", "2")
	f.Fuzz(func(t *testing.T, a, b string) {
		x, err1 := ParseNumber(a)
		y, err2 := ParseNumber(b)
		if err1 != nil || err2 != nil {
			return
		}
		if !x.Add(y).Sub(y).Equal(x) {
			t.Fatalf("(%s + %s) − %s ≠ %s", x.Text(), y.Text(), y.Text(), x.Text())
		}
		if !x.Mul(y).Equal(y.Mul(x)) {
			t.Fatal("× must commute")
		}
		if x.Cmp(y) != -y.Cmp(x) {
			t.Fatal("Cmp must be antisymmetric")
		}
		if !y.IsZero() {
			r, err := x.Mod(y)
			if err != nil {
				t.Fatal(err)
			}
			if r.Sign() != 0 && r.Sign() != x.Sign() {
				t.Fatalf("%s %% %s = %s: sign must follow the dividend", x.Text(), y.Text(), r.Text())
			}
		}
	})
}
