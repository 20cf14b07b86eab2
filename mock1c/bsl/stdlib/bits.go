package stdlib

import (
	"strings"
	"time"

	"wazzup-unf/mock1c/bsl/value"
)

// Bitwise functions (ПобитовоеИ …, since 8.3.11) work on unsigned 32-bit
// integers: an argument must be an integer in 0…4294967295 (the syntax
// assistant's range; a fraction or a value outside it raises "Неверное
// значение аргумента" here — the exact text is our reading, skip list).
// A bit number (ПроверитьБит, УстановитьБит, shifts) is 0…31.

func u32Arg(args []value.Value, i int) (uint32, error) {
	n, err := num(args, i, value.Int(0))
	if err != nil {
		return 0, err
	}
	v, ok := n.Int64()
	if !ok || !n.IsInt() || v < 0 || v > 0xFFFFFFFF {
		return 0, value.ErrBadArgValue()
	}
	return uint32(v), nil
}

func bitArg(args []value.Value, i int) (uint, error) {
	n, err := u32Arg(args, i)
	if err != nil {
		return 0, err
	}
	if n > 31 {
		return 0, value.ErrBadArgValue()
	}
	return uint(n), nil
}

// bin2 is a two-operand bitwise function.
func bin2(ru, en string, op func(a, b uint32) uint32) value.MethodDef {
	return fn(ru, en, 2, 2, func(_ value.Env, a []value.Value) (value.Value, error) {
		x, err := u32Arg(a, 0)
		if err != nil {
			return nil, err
		}
		y, err := u32Arg(a, 1)
		if err != nil {
			return nil, err
		}
		return value.IntValue(int64(op(x, y))), nil
	})
}

// shiftFunc is a shift by 0…31 bits.
func shiftFunc(ru, en string, op func(a uint32, n uint) uint32) value.MethodDef {
	return fn(ru, en, 2, 2, func(_ value.Env, a []value.Value) (value.Value, error) {
		x, err := u32Arg(a, 0)
		if err != nil {
			return nil, err
		}
		n, err := bitArg(a, 1)
		if err != nil {
			return nil, err
		}
		return value.IntValue(int64(op(x, n))), nil
	})
}

var bitFuncs = []value.MethodDef{
	bin2("ПобитовоеИ", "BitwiseAnd", func(a, b uint32) uint32 { return a & b }),
	bin2("ПобитовоеИли", "BitwiseOr", func(a, b uint32) uint32 { return a | b }),
	bin2("ПобитовоеИсключительноеИли", "BitwiseXor", func(a, b uint32) uint32 { return a ^ b }),
	bin2("ПобитовоеИНе", "BitwiseAndNot", func(a, b uint32) uint32 { return a &^ b }),
	fn("ПобитовоеНе", "BitwiseNot", 1, 1, func(_ value.Env, a []value.Value) (value.Value, error) {
		x, err := u32Arg(a, 0)
		if err != nil {
			return nil, err
		}
		return value.IntValue(int64(^x)), nil
	}),
	shiftFunc("ПобитовыйСдвигВлево", "BitwiseShiftLeft", func(a uint32, n uint) uint32 { return a << n }),
	shiftFunc("ПобитовыйСдвигВправо", "BitwiseShiftRight", func(a uint32, n uint) uint32 { return a >> n }),
	fn("ПроверитьБит", "CheckBit", 2, 2, func(_ value.Env, a []value.Value) (value.Value, error) {
		x, err := u32Arg(a, 0)
		if err != nil {
			return nil, err
		}
		n, err := bitArg(a, 1)
		if err != nil {
			return nil, err
		}
		return value.Bool(x&(1<<n) != 0), nil
	}),
	fn("УстановитьБит", "SetBit", 3, 3, func(_ value.Env, a []value.Value) (value.Value, error) {
		x, err := u32Arg(a, 0)
		if err != nil {
			return nil, err
		}
		n, err := bitArg(a, 1)
		if err != nil {
			return nil, err
		}
		on, err := boolArg(a, 2, false)
		if err != nil {
			return nil, err
		}
		if on {
			return value.IntValue(int64(x | 1<<n)), nil
		}
		return value.IntValue(int64(x &^ (1 << n))), nil
	}),
	fn("ПроверитьПоБитовойМаске", "CheckByBitMask", 2, 2, func(_ value.Env, a []value.Value) (value.Value, error) {
		x, err := u32Arg(a, 0)
		if err != nil {
			return nil, err
		}
		m, err := u32Arg(a, 1)
		if err != nil {
			return nil, err
		}
		return value.Bool(x&m == m), nil
	}),
}

// XML text of primitive values (XMLСтрока/XMLЗначение) and the characters
// XML 1.0 forbids. References and other host values are the platform
// layer's: XMLСтрока of them raises "Неверный тип аргумента" here.

// xmlString is XMLСтрока: numbers with a point and no groups ("1000.5"),
// Булево "true"/"false", dates "2024-01-31T23:59:59" (the empty date
// "0001-01-01T00:00:00"), strings as they are, УникальныйИдентификатор in
// its canonical form, Неопределено and Null "".
func xmlString(v value.Value) (string, error) {
	switch x := v.(type) {
	case value.Number:
		return x.Text(), nil
	case value.Boolean:
		if x {
			return "true", nil
		}
		return "false", nil
	case value.Date:
		return x.Time().Format("2006-01-02T15:04:05"), nil
	case value.String:
		return string(x), nil
	case value.UUID:
		return x.String(), nil
	case value.Undefined, value.NullValue:
		return "", nil
	}
	return "", value.ErrBadArgType()
}

// xmlValue is XMLЗначение(Тип, Строка) for the primitive types and
// УникальныйИдентификатор. Text that is not a valid XML form of the type
// raises "Неверное значение аргумента" (our wording, skip list).
func xmlValue(t value.Value, s string) (value.Value, error) {
	typ, ok := t.(value.Type)
	if !ok {
		return nil, value.ErrBadArgType()
	}
	bad := value.ErrBadArgValue()
	st := strings.TrimSpace(s)
	switch value.Fold(typ.Name.Ru) {
	case "строка":
		return value.String(s), nil
	case "число":
		for _, c := range st {
			if !(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+') {
				return nil, bad
			}
		}
		n, err := value.ParseNumber(strings.TrimPrefix(st, "+"))
		if err != nil || st == "" {
			return nil, bad
		}
		return n.Box(), nil
	case "булево":
		switch st {
		case "true", "1":
			return value.Bool(true), nil
		case "false", "0":
			return value.Bool(false), nil
		}
		return nil, bad
	case "дата":
		for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04:05Z07:00", "2006-01-02"} {
			if tm, err := time.Parse(layout, st); err == nil {
				d, err := value.NewDate(tm.Year(), int(tm.Month()), tm.Day(), tm.Hour(), tm.Minute(), tm.Second())
				if err != nil {
					return nil, bad
				}
				return d, nil
			}
		}
		return nil, bad
	case "уникальныйидентификатор":
		u, err := value.ParseUUID(st)
		if err != nil {
			return nil, bad
		}
		return u, nil
	case "неопределено":
		if st == "" {
			return value.Undef, nil
		}
		return nil, bad
	case "null":
		if st == "" {
			return value.Null, nil
		}
		return nil, bad
	}
	return nil, value.ErrBadArgType()
}

// xmlAllowed reports whether XML (1.0, or 1.1 which also allows the C0/C1
// controls except NUL) allows r. Lone surrogate halves are never allowed.
func xmlAllowed(r rune, v11 bool) bool {
	switch {
	case r == 0x9 || r == 0xA || r == 0xD:
		return true
	case r >= 0x20 && r <= 0xD7FF, r >= 0xE000 && r <= 0xFFFD, r >= 0x10000 && r <= 0x10FFFF:
		return true
	case v11 && r >= 0x1 && r <= 0x1F:
		return true
	}
	return false
}

func xmlVersion(args []value.Value, i int) (bool, error) {
	v, err := strArg(args, i)
	if err != nil {
		return false, err
	}
	switch strings.TrimSpace(v) {
	case "", "1.0":
		return false, nil
	case "1.1":
		return true, nil
	}
	return false, value.ErrBadArgValue()
}

var xmlFuncs = []value.MethodDef{
	fn("XMLСтрока", "XMLString", 1, 1, func(_ value.Env, a []value.Value) (value.Value, error) {
		s, err := xmlString(arg(a, 0))
		return value.String(s), err
	}),
	fn("XMLЗначение", "XMLValue", 2, 2, func(_ value.Env, a []value.Value) (value.Value, error) {
		s, err := strArg(a, 1)
		if err != nil {
			return nil, err
		}
		return xmlValue(arg(a, 0), s)
	}),
	// НайтиНедопустимыеСимволыXML(Строка, Позиция = 1, Версия = "1.0"):
	// the position (UTF-16 units) of the first character XML forbids at or
	// after Позиция, 0 when there is none.
	fn("НайтиНедопустимыеСимволыXML", "FindDisallowedXMLCharacters", 1, 3, func(_ value.Env, a []value.Value) (value.Value, error) {
		s, err := strArg(a, 0)
		if err != nil {
			return nil, err
		}
		from, err := intArg(a, 1, 1)
		if err != nil {
			return nil, err
		}
		if from < 1 {
			return nil, value.ErrBadArgValue()
		}
		v11, err := xmlVersion(a, 2)
		if err != nil {
			return nil, err
		}
		u := int64(1)
		for i := 0; i < len(s); {
			r, n := value.DecodeRune(s[i:])
			if u >= from && !xmlAllowed(r, v11) {
				return value.IntValue(u), nil
			}
			i += n
			u++
			if r >= 0x10000 {
				u++
			}
		}
		return value.IntValue(0), nil
	}),
	// УдалитьНедопустимыеСимволыXML(Строка, ЗаменяющийСимвол = "", Версия):
	// each forbidden character replaced (a lone surrogate half included).
	fn("УдалитьНедопустимыеСимволыXML", "DeleteDisallowedXMLCharacters", 1, 3, func(_ value.Env, a []value.Value) (value.Value, error) {
		s, err := strArg(a, 0)
		if err != nil {
			return nil, err
		}
		with, err := strArg(a, 1)
		if err != nil {
			return nil, err
		}
		v11, err := xmlVersion(a, 2)
		if err != nil {
			return nil, err
		}
		var sb strings.Builder
		for i := 0; i < len(s); {
			r, n := value.DecodeRune(s[i:])
			if xmlAllowed(r, v11) {
				sb.WriteString(s[i : i+n])
			} else {
				sb.WriteString(with)
			}
			i += n
		}
		return value.String(value.Canon(sb.String())), nil
	}),
}
