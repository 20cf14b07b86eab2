package value

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

// Div's fast path (divExact) must give exactly what the big.Int path
// (divRound) gives, representation included (coefficient, exponent, big or
// not), whenever it answers; these tests compare the two on tables of edge
// cases and on random operands, and check that the fast path answers for
// the quotients loops produce (n/4, prices divided by quantities).

func sameNumber(a, b Number) bool {
	if (a.b == nil) != (b.b == nil) || a.exp != b.exp {
		return false
	}
	if a.b != nil {
		return a.b.Cmp(b.b) == 0
	}
	return a.c == b.c
}

func checkDiv(t *testing.T, x, y Number) (fast bool) {
	t.Helper()
	if y.IsZero() {
		return false
	}
	q, ok := divExact(x, y)
	if !ok {
		return false
	}
	if slow := divRound(x, y); !sameNumber(q, slow) {
		t.Fatalf("%s / %s: fast %s (c=%d exp=%d big=%v), slow %s (c=%d exp=%d big=%v)",
			x.Text(), y.Text(), q.Text(), q.c, q.exp, q.b != nil, slow.Text(), slow.c, slow.exp, slow.b != nil)
	}
	return true
}

func TestDivFastPathTable(t *testing.T) {
	big1 := fromBig(new(big.Int).Lsh(big.NewInt(1), 70), 0)
	cases := []struct {
		x, y Number
		fast bool // the fast path must answer
		want string
	}{
		{Int(10), Int(4), true, "2.5"},
		{Int(9999), Int(4), true, "2499.75"},
		{Int(-7), Int(4), true, "-1.75"},
		{Int(7), Int(-8), true, "-0.875"},
		{Int(0), Int(-3), true, "0"},
		{Int(12), Int(3), true, "4"},
		{MustParse("7.5"), MustParse("2.5"), true, "3"},
		{Int(1), MustParse("0.8"), true, "1.25"},
		{MustParse("123.45"), Int(5), true, "24.69"},
		{Int(100), MustParse("0.01"), true, "10000"},
		{Int(1), Int(1 << 27), false, "0.000000007450580596923828125"}, // exactly 27 digits
		{Int(1), Int(1 << 28), false, "0.000000003725290298461914063"}, // 28 digits (…0625): rounded half away from zero
		{Int(1), Int(3), false, "0.333333333333333333333333333"},
		{Int(2), Int(3), false, "0.666666666666666666666666667"},
		{Int(math.MinInt64), Int(-1), false, "9223372036854775808"},
		{Int(math.MinInt64), Int(1), false, "-9223372036854775808"},
		{Int(math.MaxInt64), Int(2), false, "4611686018427387903.5"}, // coefficient beyond int64
		{Int(math.MaxInt64 - 1), Int(2), true, "4611686018427387903"},
		{Int(1 << 40), MustParse("0.5"), true, "2199023255552"},
		{Int(math.MaxInt64), MustParse("0.5"), false, "18446744073709551614"},
		{big1, Int(4), false, "295147905179352825856"},
		{Int(1), MustParse("0.000000000000000000000000000001"), false, "1000000000000000000000000000000"},
		{MustParse("0.000000000000000000000000001"), Int(2), false, "0.000000000000000000000000001"}, // 28 digits: rounded up
	}
	for _, c := range cases {
		q, err := c.x.Div(c.y)
		if err != nil {
			t.Fatal(err)
		}
		if q.Text() != c.want {
			t.Errorf("%s / %s = %s, want %s", c.x.Text(), c.y.Text(), q.Text(), c.want)
		}
		if fast := checkDiv(t, c.x, c.y); c.fast && !fast {
			t.Errorf("%s / %s: fast path did not answer", c.x.Text(), c.y.Text())
		}
	}
}

// randNumber draws operands of the shapes that matter: small and large
// int64 coefficients (powers of 2 and 5 often, so quotients terminate),
// 0…30 digits after the point, both signs, and now and then a big one.
func randNumber(r *rand.Rand) Number {
	var c int64
	switch r.IntN(6) {
	case 0:
		c = int64(r.IntN(2000)) - 1000
	case 1:
		c = int64(1) << r.IntN(63)
		if c < 0 {
			c = math.MinInt64
		}
	case 2:
		c = 1
		for n := r.IntN(27); n > 0; n-- {
			c *= 5
		}
		c *= int64(r.IntN(3) + 1)
	case 3:
		c = r.Int64()
	case 4:
		c = int64(1<<r.IntN(20)) * int64(r.IntN(1000)+1)
	default:
		return fromBig(new(big.Int).Mul(big.NewInt(r.Int64()), big.NewInt(r.Int64()+1)), int32(r.IntN(5)))
	}
	if r.IntN(2) == 0 {
		c = -c
	}
	return normSmall(c, int32(r.IntN(31)))
}

func TestDivFastPathMatchesSlow(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	fast := 0
	const n = 300000
	for i := 0; i < n; i++ {
		x, y := randNumber(r), randNumber(r)
		if checkDiv(t, x, y) {
			fast++
		}
	}
	// every n/d of the benchmark's kind (and small decimals) goes fast
	for a := int64(-300); a <= 300; a++ {
		for _, d := range []int64{1, 2, 4, 5, 8, 10, 16, 20, 25, 40, 100, 1000, -4} {
			if !checkDiv(t, Int(a), Int(d)) {
				t.Fatalf("%d/%d took the slow path", a, d)
			}
			if !checkDiv(t, Decimal(a, 2), Decimal(d, 1)) {
				t.Fatalf("%d·10^-2 / %d·10^-1 took the slow path", a, d)
			}
		}
		for _, d := range []int64{3, 7, 9, 11} {
			if a%d != 0 && checkDiv(t, Int(a), Int(d)) {
				t.Fatalf("%d/%d does not terminate but the fast path answered", a, d)
			}
		}
	}
	if fast < n/20 {
		t.Fatalf("the random operands exercised the fast path only %d times of %d", fast, n)
	}
	t.Logf("fast path answered %d of %d random divisions", fast, n)
}

func BenchmarkDivExactSmall(b *testing.B) {
	four := Int(4)
	for i := 0; i < b.N; i++ {
		if _, err := Int(int64(i & 1023)).Div(four); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N), "ns/div")
}
