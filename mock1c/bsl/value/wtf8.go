package value

import (
	"strings"
	"unicode/utf8"
)

// # Strings are UTF-16 on the platform, WTF-8 here
//
// The platform's strings are sequences of UTF-16 code units: СтрДлина,
// Лев, Прав, Сред, СтрНайти and КодСимвола count units, "😀" has length 2,
// and a string may hold a LONE half of a surrogate pair — Символ(55357)
// is a string of length 1 whose КодСимвола is 55357, Лев("😀", 1) is the
// high half alone, and Символ(55357) + Символ(56832) is "😀" again,
// because concatenating unit arrays joins the halves.
//
// A Go string holds any bytes, so a String holds WTF-8
// (simonsapin.github.io/wtf-8): UTF-8 in which a lone surrogate code point
// D800–DFFF is encoded like any other BMP code point (3 bytes ED A0–BF xx),
// which UTF-8 proper forbids. The invariant is that a String is canonical:
// a high half is never directly followed by a low half (that pair is
// stored as the 4-byte UTF-8 of its character). Concat keeps the invariant
// for two canonical strings; Canon restores it for a string assembled from
// pieces (a builder of a library function). Ordinary text (no lone half)
// is plain UTF-8, so every fast path stays: equality is byte equality,
// ASCII and BMP text needs no conversion.
//
// At a byte boundary (HTTP body, file, XML/JSON text written as UTF-8) a
// lone half cannot be written as UTF-8; ToUTF8 replaces it with U+FFFD, as
// a UTF-16 → UTF-8 encoder does (Windows WideCharToMultiByte since Vista,
// ICU, Go's utf16.Decode). This is our reading: the platform's behaviour
// for a lone half written to a UTF-8 stream is not documented.

// Surrogate ranges.
const (
	surrHighMin = 0xD800
	surrLowMin  = 0xDC00
	surrMax     = 0xDFFF
)

// isHighAt reports whether s[i:] starts with a WTF-8 high half (ED A0–AF xx).
func isHighAt(s string, i int) bool {
	return i+2 < len(s) && s[i] == 0xED && s[i+1]&0xF0 == 0xA0
}

// isLowAt reports whether s[i:] starts with a WTF-8 low half (ED B0–BF xx).
func isLowAt(s string, i int) bool {
	return i+2 < len(s) && s[i] == 0xED && s[i+1]&0xF0 == 0xB0
}

// DecodeRune is utf8.DecodeRuneInString that also reads a lone surrogate
// (returned as its code, D800–DFFF, size 3). Invalid bytes give
// (utf8.RuneError, 1) as in package utf8.
func DecodeRune(s string) (rune, int) {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2]&0xC0 == 0x80 {
		return 0xD000 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

// DecodeLastRune is the WTF-8 twin of utf8.DecodeLastRuneInString.
func DecodeLastRune(s string) (rune, int) {
	n := len(s)
	if n > 0 && s[n-1] < utf8.RuneSelf {
		return rune(s[n-1]), 1
	}
	if n >= 3 {
		if r, size := DecodeRune(s[n-3:]); size == 3 && r >= surrHighMin && r <= surrMax {
			return r, 3
		}
	}
	return utf8.DecodeLastRuneInString(s)
}

// AppendRune appends r as WTF-8: a surrogate code as 3 bytes, anything
// else as utf8.AppendRune. It does not join a high half already at the end
// of b with a low half r; Canon the result when that can happen.
func AppendRune(b []byte, r rune) []byte {
	if r >= surrHighMin && r <= surrMax {
		return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

// WriteRune writes r to sb as WTF-8 (strings.Builder.WriteRune would turn a
// surrogate into U+FFFD).
func WriteRune(sb *strings.Builder, r rune) {
	if r < utf8.RuneSelf {
		sb.WriteByte(byte(r))
		return
	}
	var buf [4]byte
	sb.Write(AppendRune(buf[:0], r))
}

// Runes is []rune(s) that keeps lone surrogates as their codes.
func Runes(s string) []rune {
	if !hasSurrogate(s) {
		return []rune(s)
	}
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		r, n := DecodeRune(s[i:])
		out = append(out, r)
		i += n
	}
	return out
}

// FromRunes is string(rs) that keeps surrogate codes as lone halves and
// joins adjacent high+low codes into their character (canonical).
func FromRunes(rs []rune) String {
	b := make([]byte, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r >= surrHighMin && r < surrLowMin && i+1 < len(rs) && rs[i+1] >= surrLowMin && rs[i+1] <= surrMax {
			r = 0x10000 + (r-surrHighMin)<<10 + (rs[i+1] - surrLowMin)
			i++
		}
		b = AppendRune(b, r)
	}
	return String(b)
}

// hasSurrogate reports whether s holds a lone half (ED A0–BF). Text
// without the byte ED (everything but Hangul syllables D000–D7FF and
// lone halves) answers in one IndexByte.
func hasSurrogate(s string) bool {
	for {
		i := strings.IndexByte(s, 0xED)
		if i < 0 || i+1 >= len(s) {
			return false
		}
		if s[i+1] >= 0xA0 {
			return true
		}
		s = s[i+1:]
	}
}

// HasLoneSurrogate reports whether the string holds half of a surrogate
// pair on its own (only then does it differ from valid UTF-8).
func HasLoneSurrogate(s string) bool { return hasSurrogate(s) }

// Concat is a + b with the platform's UTF-16 semantics: a high half at the
// end of a and a low half at the start of b join into one character. For
// canonical a and b the result is canonical. The common case costs two
// byte comparisons.
func Concat(a, b String) String {
	if n := len(a); n >= 3 && a[n-3] == 0xED && isHighAt(string(a), n-3) && isLowAt(string(b), 0) {
		hi, _ := DecodeRune(string(a[n-3:]))
		lo, _ := DecodeRune(string(b))
		r := 0x10000 + (hi-surrHighMin)<<10 + (lo - surrLowMin)
		buf := make([]byte, 0, len(a)+len(b)-2)
		buf = append(buf, a[:n-3]...)
		buf = utf8.AppendRune(buf, r)
		buf = append(buf, b[3:]...)
		return String(buf)
	}
	return a + b
}

// Canon joins every high half directly followed by a low half into its
// character, restoring the invariant for a string assembled from pieces
// (a lone half from one piece, its partner from the next). A string with
// no lone half is returned as is.
func Canon(s string) string {
	if !hasSurrogate(s) {
		return s
	}
	var b []byte
	last := 0
	for i := 0; i+5 < len(s); i++ {
		if isHighAt(s, i) && isLowAt(s, i+3) {
			if b == nil {
				b = make([]byte, 0, len(s))
			}
			hi, _ := DecodeRune(s[i:])
			lo, _ := DecodeRune(s[i+3:])
			b = append(b, s[last:i]...)
			b = utf8.AppendRune(b, 0x10000+(hi-surrHighMin)<<10+(lo-surrLowMin))
			i += 5
			last = i + 1
		}
	}
	if b == nil {
		return s
	}
	return string(append(b, s[last:]...))
}

// ToUTF8 is the string as valid UTF-8 for a byte boundary (HTTP, files):
// each lone half becomes U+FFFD (see the section comment).
func ToUTF8(s string) string {
	if !hasSurrogate(s) {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := DecodeRune(s[i:])
		if r >= surrHighMin && r <= surrMax {
			r = utf8.RuneError
		}
		sb.WriteRune(r)
		i += n
	}
	return sb.String()
}

// UnitLen is the length in UTF-16 code units (СтрДлина): one per
// character, two for a character above U+FFFF (a 4-byte sequence), one
// for a lone half (3 bytes). It counts lead bytes, with no decoding.
func UnitLen(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			n++
			continue
		}
		if c&0xC0 != 0x80 {
			n++
			if c >= 0xF0 {
				n++
			}
		}
	}
	return n
}

// Units is the string as UTF-16 code units.
func Units(s string) []uint16 {
	u := make([]uint16, 0, len(s))
	for i := 0; i < len(s); {
		r, n := DecodeRune(s[i:])
		i += n
		if r >= 0x10000 {
			r -= 0x10000
			u = append(u, uint16(surrHighMin+r>>10), uint16(surrLowMin+r&0x3FF))
			continue
		}
		u = append(u, uint16(r))
	}
	return u
}

// FromUnits is the canonical WTF-8 string of UTF-16 code units: pairs
// become their character, lone halves stay.
func FromUnits(u []uint16) String {
	b := make([]byte, 0, len(u))
	for i := 0; i < len(u); i++ {
		r := rune(u[i])
		if r >= surrHighMin && r < surrLowMin && i+1 < len(u) && u[i+1] >= surrLowMin && u[i+1] <= surrMax {
			r = 0x10000 + (r-surrHighMin)<<10 + (rune(u[i+1]) - surrLowMin)
			i++
		}
		b = AppendRune(b, r)
	}
	return String(b)
}

// halves splits a character above U+FFFF into its two UTF-16 units.
func halves(r rune) (hi, lo rune) {
	r -= 0x10000
	return surrHighMin + r>>10, surrLowMin + r&0x3FF
}

// UnitSlice is the substring of UTF-16 units [from, to) (0-based, clamped
// to the string). A cut through a surrogate pair keeps the half inside the
// range as a lone half, as the platform's Лев/Прав/Сред do. Without such a
// cut the result is a substring of s (no copy).
func UnitSlice(s string, from, to int) String {
	from = max(from, 0)
	if to <= from {
		return ""
	}
	var head, tail rune = -1, -1
	i, u := 0, 0
	for i < len(s) && u < from {
		r, n := DecodeRune(s[i:])
		i += n
		if r >= 0x10000 {
			u += 2
			if u == from+1 { // from is the low half of this character
				_, head = halves(r)
			}
			continue
		}
		u++
	}
	start := i
	if head >= 0 && u >= to { // the range is just the low half
		return String(AppendRune(nil, head))
	}
	end := len(s)
	for i < len(s) {
		if u >= to {
			end = i
			break
		}
		r, n := DecodeRune(s[i:])
		if r >= 0x10000 {
			if u+1 == to { // to cuts this character: keep its high half
				tail, _ = halves(r)
				end = i
				break
			}
			u += 2
		} else {
			u++
		}
		i += n
	}
	if head < 0 && tail < 0 {
		return String(s[start:end])
	}
	b := make([]byte, 0, end-start+6)
	if head >= 0 {
		b = AppendRune(b, head)
	}
	b = append(b, s[start:end]...)
	if tail >= 0 {
		b = AppendRune(b, tail)
	}
	return String(b)
}

// UnitAt is the UTF-16 code unit at 0-based unit index k (КодСимвола),
// false when k is outside the string.
func UnitAt(s string, k int) (uint16, bool) {
	if k < 0 {
		return 0, false
	}
	u := 0
	for i := 0; i < len(s); {
		r, n := DecodeRune(s[i:])
		i += n
		if r >= 0x10000 {
			if k == u || k == u+1 {
				hi, lo := halves(r)
				if k == u {
					return uint16(hi), true
				}
				return uint16(lo), true
			}
			u += 2
			continue
		}
		if k == u {
			return uint16(r), true
		}
		u++
	}
	return 0, false
}

// FromUTF8 is text read from bytes (an HTTP body, a file, a decoded URL)
// as a String: each invalid UTF-8 sequence, a 3-byte encoded surrogate
// included (UTF-8 decoders reject it), becomes U+FFFD, so every String
// stays valid WTF-8. The platform layer calls it at every byte boundary.
func FromUTF8(s string) String {
	if utf8.ValidString(s) {
		return String(s)
	}
	var sb strings.Builder
	sb.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		sb.WriteRune(r) // RuneError for an invalid byte
		i += n
	}
	return String(sb.String())
}
