package stdlib

import (
	"net/url"
	"strings"

	"wazzup-unf/mock1c/bsl/value"
)

// encodeMode reads СпособКодированияСтроки by presentation: КодировкаURL
// (every character except letters, digits and -_.~ is percent-encoded, as
// for a URL component) or URLВКодировкеURL (characters with a meaning in a
// URL — :/?#[]@!$&'()*+,;= — are kept).
func encodeMode(v value.Value) (keepReserved bool, err error) {
	switch value.Fold(v.String()) {
	case "кодировкаurl", "urlencoding":
		return false, nil
	case "urlвкодировкеurl", "urlinurlencoding":
		return true, nil
	}
	return false, value.ErrBadArgValue()
}

const hexDigits = "0123456789ABCDEF"

// EncodeString percent-encodes s as UTF-8; a lone surrogate half has no
// UTF-8 form and is encoded as U+FFFD (value.ToUTF8, our reading).
func EncodeString(s string, keepReserved bool) string {
	s = value.ToUTF8(s)
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		unreserved := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("-_.~", c) >= 0
		if unreserved || keepReserved && strings.IndexByte(":/?#[]@!$&'()*+,;=", c) >= 0 {
			sb.WriteByte(c)
			continue
		}
		sb.WriteByte('%')
		sb.WriteByte(hexDigits[c>>4])
		sb.WriteByte(hexDigits[c&15])
	}
	return sb.String()
}

var encodeFuncs = []value.MethodDef{
	fn("КодироватьСтроку", "EncodeString", 2, 3, func(_ value.Env, a []value.Value) (value.Value, error) {
		keep, err := encodeMode(arg(a, 1))
		if err != nil {
			return nil, err
		}
		return value.String(EncodeString(str(a, 0), keep)), nil
	}),
	fn("РаскодироватьСтроку", "DecodeString", 2, 3, func(_ value.Env, a []value.Value) (value.Value, error) {
		if _, err := encodeMode(arg(a, 1)); err != nil {
			return nil, err
		}
		s, err := url.PathUnescape(str(a, 0))
		if err != nil {
			// A malformed escape stays as written (belief: the platform does not fail).
			return value.String(str(a, 0)), nil
		}
		return value.FromUTF8(s), nil // the decoded bytes may not be UTF-8
	}),
}
