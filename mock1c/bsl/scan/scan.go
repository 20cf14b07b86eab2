// Package scan turns the text of a 1C:Enterprise (BSL) module into tokens.
//
// The scanner is byte-oriented: ASCII takes fast paths, Cyrillic letters are
// recognised by their two-byte UTF-8 form, anything else goes through
// package unicode. It knows nothing about the grammar; the parser (package
// parse) drives it and also runs the preprocessor on HASH tokens.
//
// What it recognises:
//   - identifiers in any script, letters, digits and '_', case-folded once
//     (token.Fold) and interned, so that each distinct spelling allocates
//     once per file; keywords in Russian and English in any case;
//   - "//" comments to the end of the line;
//   - strings in double quotes with "" for a quote; a newline inside a
//     string continues it on the next line that starts (after blanks) with
//     '|', and comment lines and blank lines between continuation lines are
//     skipped, as the platform does for query texts; the decoded value joins
//     lines with "\n";
//   - date literals in single quotes: the digits are taken, other characters
//     ignored; 8, 12 or 14 digits (YYYYMMDD[hhmm[ss]]) or all zeros (the
//     empty date), validated as a calendar date;
//   - decimal numbers (digits, optionally '.' and digits), kept as text;
//     "1." is the number 1;
//   - operators + - * / % = <> < > <= >= ( ) [ ] , . ; : ? ~ & and '#',
//     which starts a preprocessor line: the HASH token carries the rest of
//     the line.
//
// A byte order mark at the start is skipped; "\r\n" and "\n" both end lines.
// Errors go to the ErrorHandler with their position and scanning goes on.
package scan

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"wazzup-unf/mock1c/bsl/token"
)

// ErrorHandler receives scanning errors.
type ErrorHandler func(pos token.Pos, msg string)

// Token is one scanned token.
type Token struct {
	Pos  token.Pos
	End  token.Pos // just after the token
	Kind token.Kind
	// Lit is: IDENT and keywords — the spelling as written; NUMBER — the
	// text; STRING — the decoded value; DATE — 14 digits; COMMENT — the text
	// with "//"; HASH — the rest of the line after '#' (without the line
	// end); ILLEGAL — the offending character.
	Lit string
	// Folded is the case-folded spelling of IDENT and keywords.
	Folded string
	// Line is the 1-based line of Pos (kept by the scanner at no cost, so
	// the parser can reason about lines without a lookup).
	Line int
}

type name struct {
	raw, folded string
	kind        token.Kind
}

// Scanner holds the state of scanning one module. Its zero value is not
// usable; call Init.
type Scanner struct {
	file *token.File
	src  []byte
	err  ErrorHandler
	off  int
	line int // line at off

	// ErrorCount counts the errors reported.
	ErrorCount int

	// StringDirective, when set, runs a preprocessor line met between the
	// continuation lines of a multi-line string and reports whether the text
	// after it is inactive. Without it such a line ends the string with an
	// error.
	StringDirective func(t Token) (inactive bool)

	names map[string]*name
	fold  []byte // scratch for folding
	sb    []byte // scratch for strings
}

// Init prepares s to scan src, the content of file (whose size must be
// len(src)). It computes the file's line table. err may be nil.
func (s *Scanner) Init(file *token.File, src []byte, err ErrorHandler) {
	if file.Size() != len(src) {
		panic("scan.Init: file size does not match source length")
	}
	s.file, s.src, s.err = file, src, err
	s.off = 0
	s.line = 1
	s.ErrorCount = 0
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		s.off = 3
	}
	if s.names == nil {
		s.names = make(map[string]*name, 256)
	}
	lines := make([]int, 1, len(src)/32+1)
	for i := 0; ; {
		j := bytes.IndexByte(src[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
		lines = append(lines, i)
	}
	file.SetLines(lines)
	file.SetSource(src)
}

// SetErrorHandler replaces the error handler (the parser silences the
// scanner while it skips inactive preprocessor branches).
func (s *Scanner) SetErrorHandler(err ErrorHandler) { s.err = err }

// Offset returns the current byte offset.
func (s *Scanner) Offset() int { return s.off }

// Line returns the line of the current offset: after a Scan, the line on
// which the token ended.
func (s *Scanner) Line() int { return s.line }

func (s *Scanner) error(off int, msg string) {
	s.ErrorCount++
	if s.err != nil {
		s.err(s.file.Pos(off), msg)
	}
}

func (s *Scanner) pos(off int) token.Pos { return s.file.Pos(off) }

// Scan scans the next token into t. At the end it returns EOF repeatedly.
func (s *Scanner) Scan(t *Token) {
	src := s.src
	// skip blanks
	for s.off < len(src) {
		c := src[s.off]
		if c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
			s.off++
			continue
		}
		if c == '\n' {
			s.off++
			s.line++
			continue
		}
		if c >= 0x80 && c != 0xD0 && c != 0xD1 { // D0/D1: Cyrillic letters, not blanks
			r, n := utf8.DecodeRune(src[s.off:])
			if r == 0xA0 || r == 0xFEFF || (r != utf8.RuneError && unicode.IsSpace(r)) {
				s.off += n
				continue
			}
		}
		break
	}
	start := s.off
	t.Pos = s.pos(start)
	t.Folded = ""
	t.Line = s.line
	if s.off >= len(src) {
		t.Kind, t.Lit, t.End = token.EOF, "", t.Pos
		return
	}
	c := src[s.off]
	switch {
	case c == '_' || (c|0x20) >= 'a' && (c|0x20) <= 'z':
		s.scanIdent(t, start)
		return
	case c >= '0' && c <= '9':
		s.scanNumber(t, start)
		return
	case (c == 0xD0 || c == 0xD1) && s.off+1 < len(src) && src[s.off+1]&0xC0 == 0x80 && (c == 0xD0 || src[s.off+1] <= 0x9F):
		s.scanIdent(t, start) // Cyrillic U+0400..U+045F
		return
	case c >= 0x80:
		r, n := utf8.DecodeRune(src[s.off:])
		if token.IsLetter(r) {
			s.scanIdent(t, start)
			return
		}
		s.off += n
		if r == utf8.RuneError && n == 1 {
			s.error(start, "Неверная кодировка UTF-8")
		} else {
			s.error(start, "Недопустимый символ '"+string(r)+"'")
		}
		t.Kind, t.Lit, t.End = token.ILLEGAL, string(src[start:s.off]), s.pos(s.off)
		return
	}
	s.off++
	kind := token.ILLEGAL
	switch c {
	case '"':
		s.scanString(t, start)
		return
	case '\'':
		s.scanDate(t, start)
		return
	case '/':
		if s.off < len(src) && src[s.off] == '/' {
			end := s.lineEnd(s.off)
			s.off = end
			t.Kind, t.End = token.COMMENT, s.pos(end)
			t.Lit = string(trimCR(src[start:end]))
			return
		}
		kind = token.QUO
	case '#':
		end := s.lineEnd(s.off)
		t.Kind, t.End = token.HASH, s.pos(end)
		t.Lit = string(trimCR(src[s.off:end]))
		s.off = end
		return
	case '+':
		kind = token.ADD
	case '-':
		kind = token.SUB
	case '*':
		kind = token.MUL
	case '%':
		kind = token.REM
	case '=':
		kind = token.EQL
	case '<':
		kind = token.LSS
		if s.off < len(src) {
			switch src[s.off] {
			case '>':
				s.off++
				kind = token.NEQ
			case '=':
				s.off++
				kind = token.LEQ
			}
		}
	case '>':
		kind = token.GTR
		if s.off < len(src) && src[s.off] == '=' {
			s.off++
			kind = token.GEQ
		}
	case '(':
		kind = token.LPAREN
	case ')':
		kind = token.RPAREN
	case '[':
		kind = token.LBRACK
	case ']':
		kind = token.RBRACK
	case ',':
		kind = token.COMMA
	case '.':
		kind = token.PERIOD
	case ';':
		kind = token.SEMICOLON
	case ':':
		kind = token.COLON
	case '?':
		kind = token.QUESTION
	case '~':
		kind = token.TILDE
	case '&':
		kind = token.AMP
	default:
		if c == '|' {
			// a stray continuation bar outside a string
			s.error(start, "Недопустимый символ '|'")
		} else {
			s.error(start, "Недопустимый символ '"+printable(c)+"'")
		}
		t.Kind, t.Lit, t.End = token.ILLEGAL, string(src[start:s.off]), s.pos(s.off)
		return
	}
	t.Kind, t.End = kind, s.pos(s.off)
	t.Lit = ""
}

func printable(c byte) string {
	if c < ' ' || c == 0x7F {
		const hex = "0123456789ABCDEF"
		return "\\x" + string([]byte{hex[c>>4], hex[c&15]})
	}
	return string(rune(c))
}

func trimCR(b []byte) []byte {
	if n := len(b); n > 0 && b[n-1] == '\r' {
		return b[:n-1]
	}
	return b
}

// lineEnd returns the offset of the '\n' ending the line at off, or len(src).
func (s *Scanner) lineEnd(off int) int {
	if i := bytes.IndexByte(s.src[off:], '\n'); i >= 0 {
		return off + i
	}
	return len(s.src)
}

func (s *Scanner) scanIdent(t *Token, start int) {
	src := s.src
	i := s.off
	for i < len(src) {
		c := src[i]
		if c < 0x80 {
			if c == '_' || c >= '0' && c <= '9' || (c|0x20) >= 'a' && (c|0x20) <= 'z' {
				i++
				continue
			}
			break
		}
		// Cyrillic U+0400..U+045F: lead byte D0 or D1
		if (c == 0xD0 || c == 0xD1) && i+1 < len(src) && src[i+1]&0xC0 == 0x80 {
			if c == 0xD0 || src[i+1] <= 0x9F {
				i += 2
				continue
			}
		}
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError || !token.IsIdentChar(r) {
			break
		}
		i += n
	}
	s.off = i
	b := src[start:i]
	nm := s.names[string(b)]
	if nm == nil {
		raw := string(b)
		s.fold = token.AppendFold(s.fold[:0], b)
		folded := raw
		if !bytes.Equal(s.fold, b) {
			folded = string(s.fold)
		}
		nm = &name{raw: raw, folded: folded, kind: token.Lookup(folded)}
		s.names[raw] = nm
	}
	t.Kind, t.Lit, t.Folded, t.End = nm.kind, nm.raw, nm.folded, s.pos(i)
}

func (s *Scanner) scanNumber(t *Token, start int) {
	src := s.src
	i := s.off
	for i < len(src) && src[i] >= '0' && src[i] <= '9' {
		i++
	}
	litEnd := i
	if i+1 < len(src) && src[i] == '.' && src[i+1] >= '0' && src[i+1] <= '9' {
		i++
		for i < len(src) && src[i] >= '0' && src[i] <= '9' {
			i++
		}
		litEnd = i
	} else if i < len(src) && src[i] == '.' && !identStartAt(src, i+1) {
		// "1." is a number too (bsl-parser's FLOAT: DIGIT+ '.' DIGIT*); the
		// point is part of the token but not of its text, so Lit stays a
		// plain decimal ("1"). "1.Имя" is left to the parser (an error).
		i++
	}
	s.off = i
	t.Kind, t.Lit, t.End = token.NUMBER, string(src[start:litEnd]), s.pos(i)
	// a letter glued to a number ("12абв") is not a valid token sequence
	if i < len(src) {
		c := src[i]
		if c == '_' || (c|0x20) >= 'a' && (c|0x20) <= 'z' || c >= 0x80 {
			r, _ := utf8.DecodeRune(src[i:])
			if token.IsLetter(r) {
				s.error(i, "Ожидается разделитель после числа")
			}
		}
	}
}

// identStartAt reports whether a letter or '_' starts at src[i].
func identStartAt(src []byte, i int) bool {
	if i >= len(src) {
		return false
	}
	c := src[i]
	if c < 0x80 {
		return c == '_' || (c|0x20) >= 'a' && (c|0x20) <= 'z'
	}
	r, _ := utf8.DecodeRune(src[i:])
	return token.IsLetter(r)
}

// scanString scans a string literal; s.off is just after the opening quote.
func (s *Scanner) scanString(t *Token, start int) {
	src := s.src
	buf := s.sb[:0]
	i := s.off
	simple := true // no "" and no line continuation: value is a sub-slice
	for {
		if i >= len(src) {
			s.error(start, "Незавершенная строковая константа")
			break
		}
		c := src[i]
		if c == '"' {
			if i+1 < len(src) && src[i+1] == '"' {
				if simple {
					buf = append(buf, src[s.off:i]...)
					simple = false
				}
				buf = append(buf, '"')
				i += 2
				continue
			}
			if simple {
				buf = append(buf, src[s.off:i]...)
			}
			i++
			break
		}
		if c == '\n' || c == '\r' && i+1 < len(src) && src[i+1] == '\n' {
			if simple {
				buf = append(buf, src[s.off:i]...)
				simple = false
			}
			// continuation: next non-blank, non-comment line must start with '|'
			j := i
			if c == '\r' {
				j++
			}
			j++ // past '\n'
			k, ok := s.continuation(j)
			if !ok {
				s.error(start, "Незавершенная строковая константа")
				i = j - 1
				if c == '\r' {
					i--
				}
				break
			}
			buf = append(buf, '\n')
			s.line += bytes.Count(src[i:k], []byte{'\n'})
			i = k
			continue
		}
		if !simple {
			buf = append(buf, c)
		}
		i++
	}
	s.off = i
	s.sb = buf
	t.Kind, t.Lit, t.End = token.STRING, string(buf), s.pos(i)
}

// continuation finds the '|' continuing a string from the line starting at
// off: only blanks may precede it, and whole comment lines may come between
// continuation lines. Preprocessor lines may come between them too (the
// platform accepts "#Если … #КонецЕсли" around continuation lines of query
// texts); they are run through StringDirective, and continuation lines of
// inactive text are left out. Blank lines are skipped too, as OneScript's
// string lexer and bsl-parser's lexer do (both are run on large real code
// bases). It returns the offset after '|'.
func (s *Scanner) continuation(off int) (int, bool) {
	src := s.src
	inactive := false
	for off < len(src) {
		i := off
		for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
			i++
		}
		switch {
		case i < len(src) && src[i] == '#' && s.StringDirective != nil:
			end := s.lineEnd(i)
			t := Token{Pos: s.pos(i), End: s.pos(end), Kind: token.HASH, Lit: string(trimCR(src[i+1 : end])),
				Line: s.line + bytes.Count(src[s.off:i], []byte{'\n'})}
			inactive = s.StringDirective(t)
			off = end + 1
			continue
		case inactive:
			off = s.lineEnd(i) + 1 // text the preprocessor leaves out
			continue
		case i < len(src) && src[i] == '|':
			return i + 1, true
		case i+1 < len(src) && src[i] == '/' && src[i+1] == '/':
			off = s.lineEnd(i) + 1
			continue
		case i >= len(src) || src[i] == '\n' || src[i] == '\r' && i+1 < len(src) && src[i+1] == '\n':
			if i >= len(src) {
				return 0, false
			}
			off = s.lineEnd(i) + 1 // a blank line
			continue
		}
		return 0, false
	}
	return 0, false
}

// scanDate scans a date literal; s.off is just after the opening quote.
func (s *Scanner) scanDate(t *Token, start int) {
	src := s.src
	i := s.off
	var digits [14]byte
	n := 0
	closed := false
	for i < len(src) {
		c := src[i]
		if c == '\'' {
			closed = true
			i++
			break
		}
		if c == '\n' {
			break
		}
		if c >= '0' && c <= '9' {
			if n < len(digits) {
				digits[n] = c
			}
			n++
		}
		i++
	}
	s.off = i
	t.Kind, t.End = token.DATE, s.pos(i)
	if !closed {
		s.error(start, "Незавершенная константа типа Дата")
		t.Lit = "00010101000000"
		return
	}
	lit, ok := normalizeDate(digits[:min(n, 14)], n)
	if !ok {
		s.error(start, "Неправильная константа типа Дата")
	}
	t.Lit = lit
}

// normalizeDate validates the digits of a date literal and pads them to 14.
func normalizeDate(d []byte, n int) (string, bool) {
	allZero := true
	for _, c := range d {
		if c != '0' {
			allZero = false
		}
	}
	if n == 0 || n > 14 {
		return "00010101000000", false
	}
	if allZero {
		return "00010101000000", true
	}
	if n != 8 && n != 12 && n != 14 {
		return "00010101000000", false
	}
	var b [14]byte
	copy(b[:], "00000000000000")
	copy(b[:], d)
	num := func(i, w int) int {
		v := 0
		for _, c := range b[i : i+w] {
			v = v*10 + int(c-'0')
		}
		return v
	}
	y, mo, dd, h, mi, se := num(0, 4), num(4, 2), num(6, 2), num(8, 2), num(10, 2), num(12, 2)
	if y < 1 || mo < 1 || mo > 12 || dd < 1 || dd > daysIn(y, mo) || h > 23 || mi > 59 || se > 59 {
		return "00010101000000", false
	}
	return string(b[:]), true
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
