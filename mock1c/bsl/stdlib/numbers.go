package stdlib

import (
	"math"

	"wazzup-unf/mock1c/bsl/value"
)

// roundMode reads РежимОкругления: Окр15как20 (default, halves away from
// zero) or Окр15как10 (halves toward zero), by presentation, or the mode's
// code: 0 is Окр15как10, 1 Окр15как20, any other code the default — all
// measured on 8.3.27 by a public BSL runtime (index id 60809395398).
func roundMode(v value.Value) (value.RoundMode, error) {
	if v == nil {
		return value.RoundHalfUp, nil
	}
	if n, ok := v.(value.Number); ok {
		if n.IsZero() {
			return value.RoundHalfDown, nil
		}
		return value.RoundHalfUp, nil
	}
	switch value.Fold(v.String()) {
	case "окр15как20", "round15as20", "":
		return value.RoundHalfUp, nil
	case "окр15как10", "round15as10":
		return value.RoundHalfDown, nil
	}
	return 0, value.ErrBadArgValue()
}

// minMax is Мин/Макс over any number of arguments of one comparable type.
func minMax(args []value.Value, wantMax bool) (value.Value, error) {
	var best value.Value
	for i := range args {
		v := arg(args, i)
		if best == nil {
			best = v
			continue
		}
		c, err := value.Compare(v, best)
		if err != nil {
			return nil, err
		}
		if (wantMax && c > 0) || (!wantMax && c < 0) {
			best = v
		}
	}
	return best, nil
}

// float1 wraps a float64 function of one number.
func float1(ru, en string, f func(float64) float64, domain func(float64) bool) value.MethodDef {
	return fn(ru, en, 1, 1, func(_ value.Env, a []value.Value) (value.Value, error) {
		x, err := num(a, 0, value.Int(0))
		if err != nil {
			return nil, err
		}
		xf := x.Float64()
		if domain != nil && !domain(xf) {
			return nil, value.ErrBadArgValue()
		}
		r, err := value.FromFloat(f(xf))
		if err != nil {
			return nil, err
		}
		return r.Box(), nil
	})
}

// pow is Pow(Основание, Показатель), computed in double precision like the
// other mathematical functions (value.FloatDigits significant digits):
// Pow(2, 64) = 18446744073709600000, not the exact integer.
func pow(a []value.Value) (value.Value, error) {
	b, err := num(a, 0, value.Int(0))
	if err != nil {
		return nil, err
	}
	e, err := num(a, 1, value.Int(0))
	if err != nil {
		return nil, err
	}
	r, err := value.FromFloat(math.Pow(b.Float64(), e.Float64()))
	if err != nil {
		return nil, err
	}
	return r.Box(), nil
}

var numberFuncs = []value.MethodDef{
	fn("Цел", "Int", 1, 1, func(_ value.Env, a []value.Value) (value.Value, error) {
		x, err := num(a, 0, value.Int(0))
		if err != nil {
			return nil, err
		}
		return x.Trunc().Box(), nil
	}),
	fn("Окр", "Round", 1, 3, func(_ value.Env, a []value.Value) (value.Value, error) {
		x, err := num(a, 0, value.Int(0))
		if err != nil {
			return nil, err
		}
		d, err := intArg(a, 1, 0)
		if err != nil {
			return nil, err
		}
		m, err := roundMode(value.Arg(a, 2, nil))
		if err != nil {
			return nil, err
		}
		if d > 1000 || d < -1000 {
			return nil, value.ErrBadArgValue()
		}
		return x.Round(int(d), m).Box(), nil
	}),
	fn("Мин", "Min", 1, value.Variadic, func(_ value.Env, a []value.Value) (value.Value, error) { return minMax(a, false) }),
	fn("Макс", "Max", 1, value.Variadic, func(_ value.Env, a []value.Value) (value.Value, error) { return minMax(a, true) }),
	fn("Pow", "Pow", 2, 2, func(_ value.Env, a []value.Value) (value.Value, error) { return pow(a) }),
	float1("Sqrt", "Sqrt", math.Sqrt, func(x float64) bool { return x >= 0 }),
	float1("Log", "Log", math.Log, func(x float64) bool { return x > 0 }),
	float1("Log10", "Log10", math.Log10, func(x float64) bool { return x > 0 }),
	float1("Exp", "Exp", math.Exp, nil),
	float1("Sin", "Sin", math.Sin, nil),
	float1("Cos", "Cos", math.Cos, nil),
	float1("Tan", "Tan", math.Tan, nil),
	float1("ASin", "ASin", math.Asin, func(x float64) bool { return x >= -1 && x <= 1 }),
	float1("ACos", "ACos", math.Acos, func(x float64) bool { return x >= -1 && x <= 1 }),
	float1("ATan", "ATan", math.Atan, nil),
	fn("Число", "Number", 1, 1, func(_ value.Env, a []value.Value) (value.Value, error) {
		n, err := value.ToNumber(arg(a, 0))
		if err != nil {
			return nil, err
		}
		return n.Box(), nil
	}),
}
