package value

import (
	"cmp"
	"reflect"
	"slices"
	"strings"
)

// Operators of the language with the platform's conversion rules. The left
// operand decides the operation; the right operand is converted to it:
//
//	Число  op X  → X must be a Число or a Строка holding one ("1" parsed)
//	Строка + X   → concatenation with Строка(X)
//	Дата   + X   → X as above, seconds added
//	Дата   − Дата → seconds between them (Число)
//	Дата   − X   → X as above, seconds subtracted
//	anything else on the left (Строка in −, ×, /, %; Булево; Неопределено)
//	is an error.
//
// Булево is not converted implicitly and a Строка on the left of − is not
// parsed: the stricter reading, as public sources do not settle it (see the
// skip lists). A failed conversion is "Преобразование значения к типу Число
// не может быть выполнено"; division by zero is "Деление на 0".

// arithOperand converts the right operand of arithmetic.
func arithOperand(v Value) (Number, error) {
	switch x := v.(type) {
	case Number:
		return x, nil
	case String:
		return ParseNumber(string(x))
	}
	return Number{}, &Error{Msg: MsgToNumberFailed}
}

// ToNumber converts a value as the function Число(X) does: Число, Строка
// (parsed) and Булево (1/0).
func ToNumber(v Value) (Number, error) {
	switch x := v.(type) {
	case Number:
		return x, nil
	case String:
		return ParseNumber(string(x))
	case Boolean:
		if x {
			return Int(1), nil
		}
		return Int(0), nil
	}
	return Number{}, &Error{Msg: MsgToNumberFailed}
}

// Add is a + b.
func Add(a, b Value) (Value, error) {
	switch x := a.(type) {
	case Number:
		if y, ok := b.(Number); ok {
			return x.Add(y).Box(), nil
		}
		y, err := arithOperand(b)
		if err != nil {
			return nil, err
		}
		return x.Add(y).Box(), nil
	case String:
		if y, ok := b.(String); ok {
			return Concat(x, y), nil
		}
		return Concat(x, String(b.String())), nil
	case Date:
		y, err := arithOperand(b)
		if err != nil {
			return nil, err
		}
		return x.AddSeconds(y)
	}
	return nil, &Error{Msg: MsgToNumberFailed}
}

// AddSeconds returns d + n seconds, n rounded to the date precision (1/10 000
// s, halves away from zero). Out of range is "Недопустимое значение даты".
func (d Date) AddSeconds(n Number) (Value, error) {
	var t int64
	var ok bool
	if n.b == nil && n.exp == 0 && n.c > -maxDateSec && n.c < maxDateSec {
		t, ok = n.c*TicksPerSecond, true
	} else {
		t, ok = n.Mul(Int(TicksPerSecond)).Round(0, RoundHalfUp).Int64()
	}
	if !ok {
		return nil, &Error{Msg: MsgDateOutOfRange}
	}
	r := d.ticks + t
	if r < 0 || r > (maxDateSec+1)*TicksPerSecond-1 {
		return nil, &Error{Msg: MsgDateOutOfRange}
	}
	return Date{ticks: r}, nil
}

// Sub is a − b.
func Sub(a, b Value) (Value, error) {
	if x, ok := a.(Number); ok {
		if y, ok := b.(Number); ok {
			return x.Sub(y).Box(), nil
		}
	}
	if x, ok := a.(Date); ok {
		if y, ok := b.(Date); ok {
			diff := x.ticks - y.ticks
			if diff%TicksPerSecond == 0 {
				return IntValue(diff / TicksPerSecond), nil
			}
			return Decimal(diff, 4), nil
		}
		y, err := arithOperand(b)
		if err != nil {
			return nil, err
		}
		return x.AddSeconds(y.Neg())
	}
	x, y, err := bothNumbers(a, b)
	if err != nil {
		return nil, err
	}
	return x.Sub(y).Box(), nil
}

func bothNumbers(a, b Value) (Number, Number, error) {
	x, ok := a.(Number)
	if !ok {
		return Number{}, Number{}, &Error{Msg: MsgToNumberFailed}
	}
	y, err := arithOperand(b)
	if err != nil {
		return Number{}, Number{}, err
	}
	return x, y, nil
}

// Mul is a × b.
func Mul(a, b Value) (Value, error) {
	x, y, err := bothNumbers(a, b)
	if err != nil {
		return nil, err
	}
	return x.Mul(y).Box(), nil
}

// Div is a / b.
func Div(a, b Value) (Value, error) {
	x, y, err := bothNumbers(a, b)
	if err != nil {
		return nil, err
	}
	q, err := x.Div(y)
	if err != nil {
		return nil, err
	}
	return q.Box(), nil
}

// Mod is a % b.
func Mod(a, b Value) (Value, error) {
	x, y, err := bothNumbers(a, b)
	if err != nil {
		return nil, err
	}
	r, err := x.Mod(y)
	if err != nil {
		return nil, err
	}
	return r.Box(), nil
}

// Neg is unary minus (Число only).
func Neg(a Value) (Value, error) {
	x, ok := a.(Number)
	if !ok {
		return nil, &Error{Msg: MsgToNumberFailed}
	}
	return x.Neg().Box(), nil
}

// Plus is unary plus (Число only).
func Plus(a Value) (Value, error) {
	x, ok := a.(Number)
	if !ok {
		return nil, &Error{Msg: MsgToNumberFailed}
	}
	return x, nil
}

// compareUTF16 orders strings by UTF-16 code units, as the platform's
// strings are UTF-16 (measured runtime: "упорядочивание код-юнитов UTF-16").
// It differs from Go's byte order only between characters above U+FFFF
// (surrogates D800–DFFF) and U+E000–U+FFFF, and around lone halves
// (wtf8.go).
func compareUTF16(a, b string) int {
	for a != "" && b != "" {
		ra, na := DecodeRune(a)
		rb, nb := DecodeRune(b)
		if ra != rb {
			ka, kb := firstUnit(ra), firstUnit(rb)
			switch {
			case ka < kb:
				return -1
			case ka > kb:
				return 1
			}
			if ra >= 0x10000 && rb >= 0x10000 { // same high half: the low decides
				return cmp.Compare(ra, rb)
			}
			// A lone high half against the pair it starts: the next unit
			// decides, which only the unit arrays know (rare).
			return slices.Compare(Units(a), Units(b))
		}
		a, b = a[na:], b[nb:]
	}
	switch {
	case a == "" && b == "":
		return 0
	case a == "":
		return -1
	}
	return 1
}

// firstUnit is the first UTF-16 unit of a rune (its high half above U+FFFF).
func firstUnit(r rune) rune {
	if r < 0x10000 {
		return r
	}
	return 0xd800 + (r-0x10000)>>10
}

// Equaler is implemented by reference values with value equality
// (УникальныйИдентификатор, Тип-like host values). Others compare by
// identity.
type Equaler interface {
	EqualValue(other Value) bool
}

// Equal is the operator a = b. Values of different types are not equal
// (1 = "1" is Ложь) with one exception measured on the platform: Булево and
// Число compare numerically, Истина as 1 and Ложь as 0 (Истина = 1 is
// Истина, Истина = 2 is Ложь). Strings compare case-sensitively ("а" = "А"
// is Ложь); reference values by identity unless they implement Equaler.
// Source: a BSL runtime measured against 8.3.27 (index id 60809395398,
// EQ.BOOL.* probes). Collections search and key with Identical instead.
func Equal(a, b Value) bool {
	switch x := a.(type) {
	case Boolean:
		if n, ok := b.(Number); ok {
			return n.Equal(boolNumber(x))
		}
	case Number:
		if y, ok := b.(Boolean); ok {
			return x.Equal(boolNumber(y))
		}
	}
	return Identical(a, b)
}

func boolNumber(b Boolean) Number {
	if b {
		return Int(1)
	}
	return Int(0)
}

// Identical is the stricter equality collections use: Найти, НайтиСтроки,
// Соответствие keys. Истина and 1 are different there (measured: they stay
// two keys of one Соответствие, and Массив.Найти(1) does not find Истина).
func Identical(a, b Value) bool {
	switch x := a.(type) {
	case Number:
		y, ok := b.(Number)
		return ok && x.Equal(y)
	case String:
		y, ok := b.(String)
		return ok && x == y
	case Boolean:
		y, ok := b.(Boolean)
		return ok && x == y
	case Date:
		y, ok := b.(Date)
		return ok && x == y
	case Undefined:
		_, ok := b.(Undefined)
		return ok
	case NullValue:
		_, ok := b.(NullValue)
		return ok
	case Type:
		y, ok := b.(Type)
		return ok && x.Name.Ru == y.Name.Ru
	case Equaler:
		return x.EqualValue(b)
	}
	// Reference values: identity. A host type that is not comparable in Go
	// (a struct holding a slice) is never equal to anything but is not
	// allowed to panic here.
	if t := reflect.TypeOf(a); t != reflect.TypeOf(b) || !t.Comparable() {
		return false
	}
	return a == b
}

// Compare orders a and b for <, <=, >, >=: both must be Булево, Число,
// Строка or Дата of the same type, else the platform's error "Операции
// сравнения на больше-меньше допустимы только для значений совпадающих
// примитивных типов (Булево, Число, Строка, Дата)". Strings compare by
// character codes (case-sensitive).
func Compare(a, b Value) (int, error) {
	switch x := a.(type) {
	case Number:
		if y, ok := b.(Number); ok {
			return x.Cmp(y), nil
		}
	case String:
		if y, ok := b.(String); ok {
			return compareUTF16(string(x), string(y)), nil
		}
	case Date:
		if y, ok := b.(Date); ok {
			switch {
			case x.ticks < y.ticks:
				return -1, nil
			case x.ticks > y.ticks:
				return 1, nil
			}
			return 0, nil
		}
	case Boolean:
		if y, ok := b.(Boolean); ok {
			switch {
			case x == y:
				return 0, nil
			case !bool(x):
				return -1, nil
			}
			return 1, nil
		}
	}
	return 0, &Error{Msg: MsgCompareTypes}
}

// Truth converts a condition (Если, Пока, И, ИЛИ, Не, ?(…)) to bool the way
// the platform does (measured on 8.3.27 by a public BSL runtime, COND.* and
// TERNARY.* probes): Булево as is; a Число is Ложь only when 0 (negative and
// fractional numbers are Истина); a Строка only when it is a Булево word
// (ParseBoolean: Не "Ложь" is Истина, but "", "0", "1" and "абв" fail);
// anything else — Неопределено, Null, Дата, collections — is
// "Преобразование значения к типу Булево не может быть выполнено".
func Truth(v Value) (bool, error) {
	switch x := v.(type) {
	case Boolean:
		return bool(x), nil
	case Number:
		return !x.IsZero(), nil
	case String:
		if b, ok := ParseBoolean(string(x)); ok {
			return b, nil
		}
	}
	return false, &Error{Msg: MsgToBooleanFailed}
}

// ParseBoolean reads the words Булево("…") accepts, in any case and with
// spaces around: Истина/Ложь, Да/Нет and English True/False, Yes/No.
func ParseBoolean(s string) (value, ok bool) {
	switch Fold(strings.TrimSpace(s)) {
	case "да", "истина", "yes", "true":
		return true, true
	case "нет", "ложь", "no", "false":
		return false, true
	}
	return false, false
}
