package stdlib

import (
	"strings"

	"wazzup-unf/mock1c/bsl/value"
)

// Platform strings are UTF-16: СтрДлина, Лев, Прав, Сред, СтрНайти and
// КодСимвола count code units, so a character outside the BMP ("😀") has
// length 2, and a cut through it leaves a lone half that the string keeps
// (Символ(55357) + Символ(56832) = "😀"). value.String holds WTF-8 for
// that (value/wtf8.go): these helpers go through value.UnitLen, UnitSlice
// and UnitAt, which walk the bytes without converting ordinary text.
// Source of the unit counting: a BSL runtime measured against 8.3.27
// (index id 60809395398: len_utf16, "позиция в КОД-ЮНИТАХ UTF-16").

// units is a string as UTF-16 code units.
type units []uint16

func toUnits(s string) units { return value.Units(s) }

// String is the canonical WTF-8 string of the units (pairs joined, lone
// halves kept).
func (u units) String() string { return string(value.FromUnits(u)) }

// unitLen is the length in UTF-16 code units.
func unitLen(s string) int { return value.UnitLen(s) }

// mapText applies a UTF-8 transformation (strings.ToUpper …) to the text
// between lone halves, which it keeps: package strings would turn each of
// their bytes into U+FFFD.
func mapText(s string, f func(string) string) string {
	if !value.HasLoneSurrogate(s) {
		return f(s)
	}
	var sb strings.Builder
	last := 0
	for i := 0; i < len(s); {
		r, n := value.DecodeRune(s[i:])
		if r >= 0xD800 && r <= 0xDFFF {
			sb.WriteString(f(s[last:i]))
			sb.WriteString(s[i : i+n])
			last = i + n
		}
		i += n
	}
	sb.WriteString(f(s[last:]))
	return sb.String()
}

// replaceUnits is СтрЗаменить over UTF-16 units, for a pattern holding a
// lone half, which may match half of a pair in s ("😀" with the high half
// replaced): byte matching cannot see that.
func replaceUnits(s, what, with string) string {
	su, wu, ru := toUnits(s), toUnits(what), toUnits(with)
	out := make(units, 0, len(su))
	for i := 0; i < len(su); {
		if i+len(wu) <= len(su) && unitsEqual(su[i:i+len(wu)], wu) {
			out = append(out, ru...)
			i += len(wu)
			continue
		}
		out = append(out, su[i])
		i++
	}
	return out.String()
}

// countUnits is СтрЧислоВхождений over UTF-16 units (see replaceUnits).
func countUnits(s, sub string) int {
	su, wu := toUnits(s), toUnits(sub)
	n := 0
	for i := 0; i+len(wu) <= len(su); {
		if unitsEqual(su[i:i+len(wu)], wu) {
			n++
			i += len(wu)
			continue
		}
		i++
	}
	return n
}

func unitsEqual(a, b units) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// strArg reads argument i as a Строка. Like the platform's parameter
// conversion (Сообщить(123) works), any value is taken by its presentation
// Строка(X): СтрДлина(1000) is 5 ("1 000"), ПустаяСтрока(Неопределено) is
// Истина. An omitted argument is "". The error result is kept for callers
// that may tighten this per function.
func strArg(args []value.Value, i int) (string, error) {
	switch x := value.Arg(args, i, nil).(type) {
	case nil:
		return "", nil
	case value.String:
		return string(x), nil
	default:
		return x.String(), nil
	}
}

// strArgs2 is strArg of the first two arguments (a string and the string
// searched for in it: СтрНачинаетсяС, СтрЗаканчиваетсяНа, СтрЧислоВхождений…).
func strArgs2(args []value.Value) (string, string, error) {
	s, err := strArg(args, 0)
	if err != nil {
		return "", "", err
	}
	p, err := strArg(args, 1)
	return s, p, err
}

// strOrUUID is strArg; a УникальныйИдентификатор is taken by its canonical
// form (measured for ВРег, НРег and СтрЗаменить, and what strArg gives).
func strOrUUID(args []value.Value, i int) (string, error) { return strArg(args, i) }
