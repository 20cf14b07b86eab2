package value

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Name is the Russian and English spelling of a platform name: a type,
// property, method or global function.
type Name struct{ Ru, En string }

// String returns the Russian spelling (the platform's representation in a
// Russian-language session).
func (n Name) String() string { return n.Ru }

// Fold returns the case-folded key under which names are compared. It
// matches token.Fold: letters are lowered (Ё → ё), Ё and Е stay distinct.
func Fold(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || ('A' <= c && c <= 'Z') {
			return strings.Map(unicode.ToLower, s)
		}
	}
	return s
}

// appendFold appends the folded form of s to dst without allocating when
// dst has room: ASCII and Cyrillic take a fast path, other letters go
// through unicode.ToLower. Map lookups written as m[string(appendFold(…))]
// do not allocate.
func appendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= 'А' && r <= 'Я':
			r += 'а' - 'А'
		case r == 'Ё':
			r = 'ё'
		case r < 'а' || r > 'я':
			r = unicode.ToLower(r)
		}
		dst = utf8.AppendRune(dst, r)
		i += n
	}
	return dst
}

// NameIndex maps both spellings of a list of names, case-folded, to their
// position in the list. Build it once per table with NewNameIndex.
type NameIndex map[string]int

// NewNameIndex indexes names by their folded Russian and English spellings.
func NewNameIndex(names []Name) NameIndex {
	ix := make(NameIndex, 2*len(names))
	for i, n := range names {
		if n.Ru != "" {
			ix[Fold(n.Ru)] = i
		}
		if n.En != "" {
			ix[Fold(n.En)] = i
		}
	}
	return ix
}

// Lookup finds name (any case, either language); -1 if absent.
func (ix NameIndex) Lookup(name string) int {
	var buf [64]byte
	if i, ok := ix[string(appendFold(buf[:0], name))]; ok {
		return i
	}
	return -1
}
