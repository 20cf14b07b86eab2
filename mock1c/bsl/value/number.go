package value

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
)

// Number is Число: an exact decimal, coefficient × 10^-exp.
//
// Why our own type over math/big instead of cockroachdb/apd: the platform's
// arithmetic is exact for +, − and × and rounds only in division, which
// needs nothing beyond big.Int; apd's Decimal is a 48-byte struct that needs
// a Context per operation, and most numbers in 1C code are small integers
// and prices such as 0.1, which here take a fast path on int64 with no
// allocation beyond boxing.
//
// Invariants (the zero Number is 0):
//   - exp ≥ 0 is the number of digits after the point;
//   - when exp > 0 the coefficient is not a multiple of 10 (normalised), so
//     equal numbers have equal representations;
//   - b is nil when the coefficient fits int64 (it is then in c); a *big.Int
//     is never modified once stored.
type Number struct {
	c   int64
	b   *big.Int
	exp int32
}

// DivDigits is how many digits after the point a quotient keeps; the last
// one is rounded half away from zero (1/3 = 0.333…3, 2/3 = 0.666…67 with 27
// digits). The 27 digits match a BSL runtime tested against the platform as
// an oracle ("division_matches_oracle_27_digits", index id 60810825441),
// which also rounds; the rounding of the halfway case is our choice.
const DivDigits = 27

// Int returns the integer n.
func Int(n int64) Number { return Number{c: n} }

// smallInts are boxed once so that loops over small integers do not
// allocate; the table is immutable.
var smallInts = func() (t [1024 + 128]Value) {
	for i := range t {
		t[i] = Number{c: int64(i) - 128}
	}
	return
}()

// IntValue returns n boxed as a Value, without allocating for -128…1023.
func IntValue(n int64) Value {
	if n >= -128 && n < 1024 {
		return smallInts[n+128]
	}
	return Number{c: n}
}

// Box returns x as a Value, reusing the boxed small integers.
func (x Number) Box() Value {
	if x.b == nil && x.exp == 0 && x.c >= -128 && x.c < 1024 {
		return smallInts[x.c+128]
	}
	return x
}

// Decimal returns coef × 10^-exp.
func Decimal(coef int64, exp int) Number {
	if exp < 0 {
		return fromBig(new(big.Int).Mul(big.NewInt(coef), pow10(-exp)), 0)
	}
	return normSmall(coef, int32(exp))
}

func (Number) TypeName() Name { return TNumber }

var (
	bigTen = big.NewInt(10)
)

func pow10(n int) *big.Int { return new(big.Int).Exp(bigTen, big.NewInt(int64(n)), nil) }

var pow10s = func() (t [19]int64) {
	t[0] = 1
	for i := 1; i < len(t); i++ {
		t[i] = t[i-1] * 10
	}
	return
}()

// normSmall strips trailing zeros after the point.
func normSmall(c int64, exp int32) Number {
	for exp > 0 && c%10 == 0 {
		c /= 10
		exp--
	}
	if c == 0 {
		exp = 0
	}
	return Number{c: c, exp: exp}
}

// fromBig normalises a big coefficient (which it may modify: callers pass
// a fresh one).
func fromBig(c *big.Int, exp int32) Number {
	if exp > 0 && c.Sign() != 0 {
		var q, r big.Int
		for exp > 0 {
			q.QuoRem(c, bigTen, &r)
			if r.Sign() != 0 {
				break
			}
			c.Set(&q)
			exp--
		}
	}
	if c.Sign() == 0 {
		return Number{}
	}
	if c.IsInt64() {
		return Number{c: c.Int64(), exp: exp}
	}
	return Number{b: c, exp: exp}
}

func (x Number) bigCoef() *big.Int {
	if x.b != nil {
		return new(big.Int).Set(x.b)
	}
	return big.NewInt(x.c)
}

// scaled returns x's coefficient at exponent e ≥ x.exp.
func (x Number) scaledBig(e int32) *big.Int {
	c := x.bigCoef()
	if d := e - x.exp; d > 0 {
		c.Mul(c, pow10(int(d)))
	}
	return c
}

// scaledSmall tries the same on int64.
func (x Number) scaledSmall(e int32) (int64, bool) {
	if x.b != nil {
		return 0, false
	}
	d := e - x.exp
	if d == 0 {
		return x.c, true
	}
	if d >= int32(len(pow10s)) {
		return 0, false
	}
	hi, lo := bits.Mul64(uabs(x.c), uint64(pow10s[d]))
	if hi != 0 || lo > math.MaxInt64 {
		return 0, false
	}
	if x.c < 0 {
		return -int64(lo), true
	}
	return int64(lo), true
}

func uabs(c int64) uint64 {
	if c < 0 {
		return uint64(-c)
	}
	return uint64(c)
}

// Add returns x + y.
func (x Number) Add(y Number) Number {
	if x.b == nil && y.b == nil && x.exp == y.exp {
		s := x.c + y.c
		if (s > x.c) == (y.c > 0) {
			if x.exp == 0 {
				return Number{c: s}
			}
			return normSmall(s, x.exp)
		}
	}
	e := max(x.exp, y.exp)
	if a, ok := x.scaledSmall(e); ok {
		if b, ok := y.scaledSmall(e); ok {
			s := a + b
			if (s > a) == (b > 0) {
				return normSmall(s, e)
			}
		}
	}
	return fromBig(new(big.Int).Add(x.scaledBig(e), y.scaledBig(e)), e)
}

// Neg returns −x.
func (x Number) Neg() Number {
	if x.b == nil && x.c != math.MinInt64 {
		return Number{c: -x.c, exp: x.exp}
	}
	return fromBig(new(big.Int).Neg(x.bigCoef()), x.exp)
}

// Sub returns x − y.
func (x Number) Sub(y Number) Number { return x.Add(y.Neg()) }

// Mul returns x × y, exactly.
func (x Number) Mul(y Number) Number {
	if x.b == nil && y.b == nil {
		hi, lo := bits.Mul64(uabs(x.c), uabs(y.c))
		if hi == 0 && lo <= math.MaxInt64 {
			p := int64(lo)
			if (x.c < 0) != (y.c < 0) {
				p = -p
			}
			return normSmall(p, x.exp+y.exp)
		}
	}
	return fromBig(new(big.Int).Mul(x.bigCoef(), y.bigCoef()), x.exp+y.exp)
}

// Div returns x / y with DivDigits digits after the point, rounded half away
// from zero; "Деление на 0" when y is zero.
func (x Number) Div(y Number) (Number, error) {
	if y.IsZero() {
		return Number{}, ErrDivByZero()
	}
	if q, ok := divExact(x, y); ok {
		return q, nil
	}
	return divRound(x, y), nil
}

// divExact is Div's fast path: when both coefficients fit int64 and the
// quotient terminates within DivDigits digits after the point (n/4 = 0.25,
// 7.5/2.5 = 3, 1/0.8 = 1.25) the rounded quotient of divRound is that exact
// value, so it is computed on uint64 with no allocation. ok is false (and
// divRound must be used) for big coefficients, a quotient that does not
// terminate or needs more than DivDigits digits, and a coefficient that
// would not fit int64. TestDivFastPathMatchesSlow holds the two equal.
func divExact(x, y Number) (Number, bool) {
	if x.b != nil || y.b != nil || y.c == 0 {
		return Number{}, false
	}
	if x.c == 0 {
		return Number{}, true
	}
	a, b := uabs(x.c), uabs(y.c)
	neg := (x.c < 0) != (y.c < 0)
	if x.exp == y.exp && a%b == 0 { // the common integer case: no gcd
		return signed(a/b, 0, neg)
	}
	g := gcd64(a, b)
	a, b = a/g, b/g
	// b = 2^i·5^j, or the quotient does not terminate
	i := bits.TrailingZeros64(b)
	b >>= uint(i)
	j := 0
	for b%5 == 0 {
		b /= 5
		j++
	}
	if b != 1 {
		return Number{}, false
	}
	// a/(2^i·5^j) = a·2^(k-i)·5^(k-j) / 10^k with k = max(i, j); one of the
	// two factors is 1
	k, f := i, uint64(1)
	switch {
	case j > i:
		k, f = j, 1<<uint(j-i) // j ≤ 27: 5^28 > 2^64
	case i-j > DivDigits:
		return Number{}, false // k > DivDigits: more digits than kept
	default:
		for n := i - j; n > 0; n-- {
			f *= 5 // ≤ 5^27 < 2^63
		}
	}
	hi, c := bits.Mul64(a, f)
	if hi != 0 {
		return Number{}, false
	}
	e := int64(k) + int64(x.exp) - int64(y.exp)
	if e < 0 {
		if -e >= int64(len(pow10s)) {
			return Number{}, false
		}
		hi, c = bits.Mul64(c, uint64(pow10s[-e]))
		if hi != 0 {
			return Number{}, false
		}
		e = 0
	}
	if e > DivDigits {
		return Number{}, false // rounded: the slow path's business
	}
	return signed(c, int32(e), neg)
}

// signed returns ±c·10^-e normalised; ok is false when c does not fit int64.
func signed(c uint64, e int32, neg bool) (Number, bool) {
	if c > math.MaxInt64 {
		return Number{}, false
	}
	v := int64(c)
	if neg {
		v = -v
	}
	return normSmall(v, e), true
}

// gcd64 is the greatest common divisor of a, b > 0 (binary algorithm).
func gcd64(a, b uint64) uint64 {
	sh := bits.TrailingZeros64(a | b)
	a >>= uint(bits.TrailingZeros64(a))
	for b != 0 {
		b >>= uint(bits.TrailingZeros64(b))
		if a > b {
			a, b = b, a
		}
		b -= a
	}
	return a << uint(sh)
}

// divRound is Div's general path on big.Int: the quotient rounded half away
// from zero at DivDigits digits after the point, normalised.
func divRound(x, y Number) Number {
	// x/y = (cx·10^-ex)/(cy·10^-ey); want q = round(x/y · 10^D).
	// q = round(cx·10^(D+ey-ex) / cy) at exponent D.
	num := x.bigCoef()
	den := y.bigCoef()
	shift := DivDigits + int(y.exp) - int(x.exp)
	if shift >= 0 {
		num.Mul(num, pow10(shift))
	} else {
		den.Mul(den, pow10(-shift))
	}
	return fromBig(quoRound(num, den), DivDigits)
}

// quoRound returns num/den rounded half away from zero (num is reused).
func quoRound(num, den *big.Int) *big.Int {
	var r big.Int
	q := new(big.Int)
	q.QuoRem(num, den, &r)
	if r.Sign() != 0 {
		r.Abs(&r)
		r.Lsh(&r, 1)
		if r.CmpAbs(den) >= 0 {
			if num.Sign()*den.Sign() < 0 {
				q.Sub(q, big.NewInt(1))
			} else {
				q.Add(q, big.NewInt(1))
			}
		}
	}
	return q
}

// Mod returns the remainder x % y = x − Цел(x/y)·y (the sign follows x, as
// in the platform's % on integers and fractions); "Деление на 0" when y is 0.
func (x Number) Mod(y Number) (Number, error) {
	if y.IsZero() {
		return Number{}, ErrDivByZero()
	}
	if x.b == nil && y.b == nil && x.exp == 0 && y.exp == 0 {
		if y.c == -1 {
			return Number{}, nil
		}
		return Number{c: x.c % y.c}, nil
	}
	e := max(x.exp, y.exp)
	var r big.Int
	new(big.Int).QuoRem(x.scaledBig(e), y.scaledBig(e), &r)
	return fromBig(&r, e), nil
}

// Sign is -1, 0 or 1.
func (x Number) Sign() int {
	if x.b != nil {
		return x.b.Sign()
	}
	switch {
	case x.c < 0:
		return -1
	case x.c > 0:
		return 1
	}
	return 0
}

// IsZero reports x = 0.
func (x Number) IsZero() bool { return x.b == nil && x.c == 0 }

// IsInt reports whether x has no fractional part.
func (x Number) IsInt() bool { return x.exp == 0 }

// Cmp compares x and y: -1, 0, 1.
func (x Number) Cmp(y Number) int {
	if x.b == nil && y.b == nil && x.exp == y.exp {
		switch {
		case x.c < y.c:
			return -1
		case x.c > y.c:
			return 1
		}
		return 0
	}
	e := max(x.exp, y.exp)
	if a, ok := x.scaledSmall(e); ok {
		if b, ok := y.scaledSmall(e); ok {
			switch {
			case a < b:
				return -1
			case a > b:
				return 1
			}
			return 0
		}
	}
	return x.scaledBig(e).Cmp(y.scaledBig(e))
}

// Equal reports x = y (representations are normalised).
func (x Number) Equal(y Number) bool {
	if x.b == nil && y.b == nil {
		return x.c == y.c && x.exp == y.exp
	}
	return x.Cmp(y) == 0
}

// Int64 returns the integer part of x (truncated toward zero) and whether it
// fits in int64.
func (x Number) Int64() (int64, bool) {
	if x.b == nil && x.exp == 0 {
		return x.c, true
	}
	t := x.Trunc()
	if t.b != nil {
		return 0, false
	}
	return t.c, true
}

// Float64 returns the nearest float64 (for Pow, Sqrt, Log …).
func (x Number) Float64() float64 {
	if x.b == nil && x.exp == 0 {
		return float64(x.c)
	}
	f, _ := strconv.ParseFloat(x.Text(), 64)
	return f
}

// FloatDigits is how many significant digits a result computed in double
// precision keeps (Pow, Sqrt, Log, Exp, trigonometry): the platform leaves
// decimal arithmetic for float64 and comes back with 15 digits — Sqrt(2) =
// 1.4142135623731. Source: a BSL runtime measured against 8.3.27 (index id
// 60806459699, "Функции, которые 1С считает в двойной точности").
const FloatDigits = 15

// FromFloat converts a float64 result to a Number with FloatDigits
// significant digits (so Sqrt(2.25) = 1.5 exactly).
func FromFloat(f float64) (Number, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return Number{}, &Error{Msg: MsgBadArgValue}
	}
	if f == 0 {
		return Number{}, nil
	}
	return ParseNumber(strconv.FormatFloat(f, 'e', FloatDigits-1, 64))
}

// Trunc drops the fractional part (toward zero) — Цел.
func (x Number) Trunc() Number {
	if x.exp == 0 {
		return x
	}
	if x.b == nil && int(x.exp) < len(pow10s) {
		return Number{c: x.c / pow10s[x.exp]}
	}
	return fromBig(new(big.Int).Quo(x.bigCoef(), pow10(int(x.exp))), 0)
}

// RoundMode is the rounding of Окр (РежимОкругления).
type RoundMode int

const (
	// RoundHalfUp is Окр15как20: halves away from zero (the default).
	RoundHalfUp RoundMode = iota
	// RoundHalfDown is Окр15как10: halves toward zero.
	RoundHalfDown
)

// Round rounds x to digits after the point (negative digits round to tens,
// hundreds …), halves per mode.
func (x Number) Round(digits int, mode RoundMode) Number {
	if int(x.exp) <= digits {
		return x
	}
	// q = coef / 10^(exp-digits), rounded.
	drop := int(x.exp) - digits
	c := x.bigCoef()
	d := pow10(drop)
	var r big.Int
	q := new(big.Int)
	q.QuoRem(c, d, &r)
	if r.Sign() != 0 {
		r.Abs(&r)
		r.Lsh(&r, 1)
		cmp := r.Cmp(d)
		if cmp > 0 || (cmp == 0 && mode == RoundHalfUp) {
			if c.Sign() < 0 {
				q.Sub(q, big.NewInt(1))
			} else {
				q.Add(q, big.NewInt(1))
			}
		}
	}
	if digits < 0 {
		return fromBig(q.Mul(q, pow10(-digits)), 0)
	}
	return fromBig(q, int32(digits))
}

// Text is the plain decimal form: "-1234.5" — no grouping, a point, no
// trailing zeros. It is what XMLСтрока and JSON write.
func (x Number) Text() string {
	var digits string
	neg := false
	if x.b == nil {
		if x.exp == 0 {
			return strconv.FormatInt(x.c, 10)
		}
		neg = x.c < 0
		digits = strconv.FormatUint(uabs(x.c), 10)
	} else {
		neg = x.b.Sign() < 0
		digits = new(big.Int).Abs(x.b).String()
	}
	ip, fp := splitDigits(digits, int(x.exp))
	var sb strings.Builder
	if neg {
		sb.WriteByte('-')
	}
	sb.WriteString(ip)
	if fp != "" {
		sb.WriteByte('.')
		sb.WriteString(fp)
	}
	return sb.String()
}

// splitDigits places the point exp digits from the right.
func splitDigits(digits string, exp int) (ip, fp string) {
	if exp == 0 {
		return digits, ""
	}
	if len(digits) <= exp {
		return "0", strings.Repeat("0", exp-len(digits)) + digits
	}
	return digits[:len(digits)-exp], digits[len(digits)-exp:]
}

// Parts returns the sign, integer digits and fractional digits of x
// (fractional without trailing zeros), for Формат.
func (x Number) Parts() (neg bool, ip, fp string) {
	t := x.Text()
	if strings.HasPrefix(t, "-") {
		neg, t = true, t[1:]
	}
	ip, fp, _ = strings.Cut(t, ".")
	return
}

// NBSP is the group separator the platform puts in number presentations.
const NBSP = "\u00a0"

// String is the platform's presentation (Строка(X), "" + X): groups of three
// digits separated by a non-breaking space, a comma before the fraction:
// Строка(1234567.5) = "1 234 567,5". The platform formats numbers with the
// session locale's defaults; this is the ru locale.
func (x Number) String() string {
	if x.b == nil && x.exp == 0 && x.c > -1000 && x.c < 1000 {
		return strconv.FormatInt(x.c, 10)
	}
	neg, ip, fp := x.Parts()
	var sb strings.Builder
	if neg {
		sb.WriteByte('-')
	}
	sb.WriteString(Group(ip, NBSP, 3))
	if fp != "" {
		sb.WriteByte(',')
		sb.WriteString(fp)
	}
	return sb.String()
}

// Group inserts sep between groups of size digits, counting from the right.
func Group(ip, sep string, size int) string {
	if size <= 0 || len(ip) <= size {
		return ip
	}
	var sb strings.Builder
	first := len(ip) % size
	if first == 0 {
		first = size
	}
	sb.WriteString(ip[:first])
	for i := first; i < len(ip); i += size {
		sb.WriteString(sep)
		sb.WriteString(ip[i : i+size])
	}
	return sb.String()
}

// ParseNumber reads the text Число("…") accepts: optional spaces around,
// an optional sign, digits with one decimal separator ('.' or ','), and an
// optional exponent ("1.5e3"). Anything else is "Преобразование значения к
// типу Число не может быть выполнено".
func ParseNumber(s string) (Number, error) {
	bad := &Error{Msg: MsgToNumberFailed}
	s = strings.TrimSpace(s)
	if s == "" {
		return Number{}, bad
	}
	neg := false
	switch s[0] {
	case '-':
		neg = true
		s = s[1:]
	case '+':
		s = s[1:]
	}
	mant, expPart := s, ""
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		mant, expPart = s[:i], s[i+1:]
		if expPart == "" {
			return Number{}, bad
		}
	}
	var digits []byte
	exp := 0
	seenPoint, seenDigit := false, false
	for i := 0; i < len(mant); i++ {
		c := mant[i]
		switch {
		case c >= '0' && c <= '9':
			digits = append(digits, c)
			seenDigit = true
			if seenPoint {
				exp++
			}
		case (c == '.' || c == ',') && !seenPoint:
			seenPoint = true
		default:
			return Number{}, bad
		}
	}
	if !seenDigit {
		return Number{}, bad
	}
	if expPart != "" {
		e, err := strconv.Atoi(expPart)
		if err != nil || e > 1000 || e < -1000 {
			return Number{}, bad
		}
		exp -= e
	}
	c, ok := new(big.Int).SetString(string(digits), 10)
	if !ok {
		return Number{}, bad
	}
	if neg {
		c.Neg(c)
	}
	if exp < 0 {
		c.Mul(c, pow10(-exp))
		exp = 0
	}
	return fromBig(c, int32(exp)), nil
}

// MustParse is ParseNumber for constants in Go code and tests.
func MustParse(s string) Number {
	n, err := ParseNumber(s)
	if err != nil {
		panic("value.MustParse(" + strconv.Quote(s) + "): " + err.Error())
	}
	return n
}
