package stdlib

import (
	"unicode/utf16"
	"unicode/utf8"

	"wazzup-unf/mock1c/bsl/value"
)

// Platform strings are UTF-16: СтрДлина, Лев, Прав, Сред, СтрНайти and
// КодСимвола count code units, so a character outside the BMP ("😀") has
// length 2. Go strings are UTF-8; these helpers convert only when a string
// has such a character (a 4-byte UTF-8 sequence), so ordinary text keeps
// the rune fast path. Source: a BSL runtime measured against 8.3.27 (index
// id 60809395398: len_utf16, "позиция в КОД-ЮНИТАХ UTF-16").

// units is a string as UTF-16 code units.
type units []uint16

func toUnits(s string) units { return utf16.Encode([]rune(s)) }

// String decodes code units; a lone surrogate (a cut through a pair)
// becomes U+FFFD, which Go strings cannot avoid.
func (u units) String() string { return string(utf16.Decode(u)) }

// unitLen is the length in UTF-16 code units.
func unitLen(s string) int {
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		n++
		if r >= 0x10000 {
			n++
		}
		i += size
	}
	return n
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

// strOrUUID is strArg; a УникальныйИдентификатор is taken by its canonical
// form (measured for ВРег, НРег and СтрЗаменить, and what strArg gives).
func strOrUUID(args []value.Value, i int) (string, error) { return strArg(args, i) }
