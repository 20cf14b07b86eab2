package token

import (
	"unicode"
	"unicode/utf8"
)

// Fold returns the case-folded form of an identifier, the one key under which
// names are compared: ASCII and Cyrillic letters (including Ё → ё) are mapped
// to lower case; other letters by unicode.ToLower. Ё and Е stay distinct, as
// they are for the platform.
func Fold(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return string(AppendFold(make([]byte, 0, len(s)), []byte(s)))
		}
	}
	return s
}

// AppendFold appends the folded form of b to dst. ASCII and two-byte
// Cyrillic take fast paths.
func AppendFold(dst, b []byte) []byte {
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		if c == 0xD0 && i+1 < len(b) {
			d := b[i+1]
			switch {
			case d >= 0x90 && d <= 0x9F: // А..П → а..п (U+0430..043F = D0 B0..BF)
				dst = append(dst, 0xD0, d+0x20)
				i += 2
				continue
			case d >= 0xA0 && d <= 0xAF: // Р..Я → р..я (U+0440..044F = D1 80..8F)
				dst = append(dst, 0xD1, d-0x20)
				i += 2
				continue
			case d == 0x81: // Ё → ё (U+0451 = D1 91)
				dst = append(dst, 0xD1, 0x91)
				i += 2
				continue
			case d >= 0xB0 && d <= 0xBF: // already lower
				dst = append(dst, c, d)
				i += 2
				continue
			}
		}
		if c == 0xD1 && i+1 < len(b) && b[i+1] >= 0x80 && b[i+1] <= 0x8F {
			dst = append(dst, c, b[i+1]) // р..я, already lower
			i += 2
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += n
	}
	return dst
}

// IsLetter reports whether r may start an identifier: a letter or '_'.
func IsLetter(r rune) bool {
	return r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r >= 0x80 && unicode.IsLetter(r)
}

// IsIdentChar reports whether r may continue an identifier.
func IsIdentChar(r rune) bool {
	return IsLetter(r) || '0' <= r && r <= '9' || r >= 0x80 && unicode.IsDigit(r)
}
