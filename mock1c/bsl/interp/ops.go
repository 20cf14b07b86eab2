package interp

import (
	"fmt"
	"strconv"

	"wazzup-unf/mock1c/bsl/ast"
	"wazzup-unf/mock1c/bsl/token"
	"wazzup-unf/mock1c/bsl/value"
)

// This file is the one seam between compiled code and the value package's
// operators: literals, arithmetic, comparisons and conversions.

// literal converts a literal of the syntax tree to a value.
func literal(x *ast.BasicLit) (value.Value, error) {
	switch x.Kind {
	case token.NUMBER:
		n, err := value.ParseNumber(x.Value)
		if err != nil {
			return nil, err
		}
		return n.Box(), nil
	case token.STRING:
		return value.String(x.Value), nil
	case token.DATE:
		return dateLiteral(x.Value)
	case token.TRUE:
		return value.True, nil
	case token.FALSE:
		return value.False, nil
	case token.UNDEFINED:
		return value.Undef, nil
	case token.NULL:
		return value.Null, nil
	}
	return nil, fmt.Errorf("internal error: literal of kind %v", x.Kind)
}

// dateLiteral converts the parser's 14 digits (YYYYMMDDhhmmss). The
// all-zero literal '00000000' is the empty date, as on the platform.
func dateLiteral(s string) (value.Value, error) {
	if len(s) != 14 {
		return nil, fmt.Errorf("Неверный формат даты '%s'", s)
	}
	part := func(i, j int) int { n, _ := strconv.Atoi(s[i:j]); return n }
	y, mo, d, h, mi, sec := part(0, 4), part(4, 6), part(6, 8), part(8, 10), part(10, 12), part(12, 14)
	if y == 0 && mo == 0 && d == 0 && h == 0 && mi == 0 && sec == 0 {
		return value.EmptyDate, nil
	}
	dt, err := value.NewDate(y, mo, d, h, mi, sec)
	if err != nil {
		return nil, err
	}
	return dt, nil
}

// binary applies an arithmetic or comparison operator.
func binary(op token.Kind, a, b value.Value) (value.Value, error) {
	switch op {
	case token.ADD:
		if x, ok := a.(value.Number); ok {
			if y, ok := b.(value.Number); ok {
				return x.Add(y).Box(), nil
			}
		}
		return value.Add(a, b)
	case token.SUB:
		if x, ok := a.(value.Number); ok {
			if y, ok := b.(value.Number); ok {
				return x.Sub(y).Box(), nil
			}
		}
		return value.Sub(a, b)
	case token.MUL:
		return value.Mul(a, b)
	case token.QUO:
		return value.Div(a, b)
	case token.REM:
		return value.Mod(a, b)
	case token.EQL:
		return value.Bool(value.Equal(a, b)), nil
	case token.NEQ:
		return value.Bool(!value.Equal(a, b)), nil
	case token.LSS, token.GTR, token.LEQ, token.GEQ:
		if x, ok := a.(value.Number); ok {
			if y, ok := b.(value.Number); ok {
				return value.Bool(cmpHolds(op, x.Cmp(y))), nil
			}
		}
		c, err := value.Compare(a, b)
		if err != nil {
			return nil, err
		}
		return value.Bool(cmpHolds(op, c)), nil
	}
	return nil, fmt.Errorf("internal error: operator %v", op)
}

func cmpHolds(op token.Kind, c int) bool {
	switch op {
	case token.LSS:
		return c < 0
	case token.GTR:
		return c > 0
	case token.LEQ:
		return c <= 0
	}
	return c >= 0
}

// unary applies unary minus or plus.
func unary(op token.Kind, a value.Value) (value.Value, error) {
	if op == token.SUB {
		return value.Neg(a)
	}
	return value.Plus(a)
}

// toBool converts a condition with the platform's error.
func toBool(fr *frame, pos token.Pos, v value.Value) bool {
	b, err := value.Truth(v)
	if err != nil {
		fr.fail(pos, err)
	}
	return b
}

// toNumber converts a Для bound or counter with the platform's error.
func toNumber(fr *frame, pos token.Pos, v value.Value) value.Number {
	if n, ok := v.(value.Number); ok {
		return n
	}
	fr.fail(pos, &value.Error{Msg: value.MsgToNumberFailed})
	return value.Number{}
}
