package stdlib

import (
	"strings"
	"unicode"

	"wazzup-unf/mock1c/bsl/value"
)

// isSpace is what СокрЛП and ПустаяСтрока treat as blank: spaces, tabs,
// line breaks and the non-breaking space (unicode.IsSpace).
func isSpace(r rune) bool { return unicode.IsSpace(r) }

// searchDirection reads НаправлениеПоиска: СНачала (default) or СКонца.
// The system enum value arrives as whatever the platform layer made of it;
// its presentation is compared, so a String works too.
func searchDirection(v value.Value) (fromEnd bool, err error) {
	if v == nil {
		return false, nil
	}
	switch value.Fold(v.String()) {
	case "сначала", "frombegin", "":
		return false, nil
	case "сконца", "fromend":
		return true, nil
	}
	return false, value.ErrBadArgValue()
}

// strFind is СтрНайти(Строка, Подстрока, Направление, НачальнаяПозиция,
// НомерВхождения): the 1-based position (in UTF-16 units) of the n-th
// occurrence, 0 if none. An empty substring, one longer than the string, or
// a start past the end gives 0; a start or occurrence below 1 is "Неверное
// значение аргумента". Searching СКонца, an occurrence must begin at or
// before the start position. Source: a BSL runtime measured against 8.3.27
// (index id 60809395398, str_find).
func strFind(args []value.Value) (value.Value, error) {
	s0, err := strArg(args, 0)
	if err != nil {
		return nil, err
	}
	sub0, err := strArg(args, 1)
	if err != nil {
		return nil, err
	}
	s, sub := toUnits(s0), toUnits(sub0)
	fromEnd, err := searchDirection(value.Arg(args, 2, nil))
	if err != nil {
		return nil, err
	}
	def := int64(1)
	if fromEnd {
		def = int64(len(s))
	}
	start, err := intArg(args, 3, def)
	if err != nil {
		return nil, err
	}
	nth, err := intArg(args, 4, 1)
	if err != nil {
		return nil, err
	}
	if nth < 1 || start < 1 {
		return nil, value.ErrBadArgValue()
	}
	if len(sub) == 0 || len(sub) > len(s) || start > int64(len(s)) {
		return value.IntValue(0), nil
	}
	match := func(i int) bool {
		for k := range sub {
			if s[i+k] != sub[k] {
				return false
			}
		}
		return true
	}
	found := int64(0)
	last := len(s) - len(sub)
	if !fromEnd {
		for i := int(start) - 1; i <= last; i++ {
			if match(i) {
				if found++; found == nth {
					return value.IntValue(int64(i + 1)), nil
				}
			}
		}
		return value.IntValue(0), nil
	}
	for i := min(last, int(start)-1); i >= 0; i-- {
		if match(i) {
			if found++; found == nth {
				return value.IntValue(int64(i + 1)), nil
			}
		}
	}
	return value.IntValue(0), nil
}

// mid is Сред(Строка, НачальныйНомер, ЧислоСимволов) in UTF-16 units: a
// start below 1 is taken as 1 and the count is not reduced (OneScript's
// reading; the platform's handling of start < 1 is in the skip list); a
// negative count gives "".
func mid(args []value.Value) (value.Value, error) {
	s, err := strArg(args, 0)
	if err != nil {
		return nil, err
	}
	start, err := intArg(args, 1, 1)
	if err != nil {
		return nil, err
	}
	start = max(start, 1)
	n := int64(len(s)) // at least the length in units
	if value.Given(args, 2) {
		c, err := intArg(args, 2, 0)
		if err != nil {
			return nil, err
		}
		n = min(n, max(c, 0))
	}
	if start > int64(len(s)) {
		return value.Empty, nil
	}
	return value.UnitSlice(s, int(start-1), int(start-1+n)), nil
}

// left is Лев(Строка, ЧислоСимволов) in UTF-16 units; a cut through a
// surrogate pair keeps the high half alone, as the platform's UTF-16
// strings do.
func left(args []value.Value) (value.Value, error) {
	s, err := strArg(args, 0)
	if err != nil {
		return nil, err
	}
	n, err := intArg(args, 1, 0)
	if err != nil {
		return nil, err
	}
	n = max(0, min(n, int64(len(s))))
	return value.UnitSlice(s, 0, int(n)), nil
}

// right is Прав(Строка, ЧислоСимволов) in UTF-16 units; a cut through a
// pair keeps the low half alone.
func right(args []value.Value) (value.Value, error) {
	s, err := strArg(args, 0)
	if err != nil {
		return nil, err
	}
	n, err := intArg(args, 1, 0)
	if err != nil {
		return nil, err
	}
	l := int64(unitLen(s))
	n = max(0, min(n, l))
	return value.UnitSlice(s, int(l-n), int(l)), nil
}

// title is ТРег: the first letter of each word upper, the rest lower.
func title(s string) string {
	var sb strings.Builder
	inWord := false
	for i := 0; i < len(s); {
		r, n := value.DecodeRune(s[i:])
		i += n
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if inWord {
				sb.WriteRune(unicode.ToLower(r))
			} else {
				sb.WriteRune(unicode.ToUpper(r))
			}
			inWord = true
		} else {
			value.WriteRune(&sb, r)
			inWord = false
		}
	}
	return sb.String()
}

// split is СтрРазделить(Строка, Разделитель, ВключатьПустые = Истина):
// every character of Разделитель separates.
func split(args []value.Value) (value.Value, error) {
	s, err := strArg(args, 0)
	if err != nil {
		return nil, err
	}
	seps, err := strArg(args, 1)
	if err != nil {
		return nil, err
	}
	keepEmpty, err := boolArg(args, 2, true)
	if err != nil {
		return nil, err
	}
	var parts []string
	if seps == "" {
		parts = []string{s}
	} else {
		// Every character of Разделитель separates; lone halves too
		// (value.DecodeRune), parts are substrings of s.
		sep := value.Runes(seps)
		isSep := func(r rune) bool {
			for _, c := range sep {
				if c == r {
					return true
				}
			}
			return false
		}
		last := 0
		for i := 0; i < len(s); {
			r, n := value.DecodeRune(s[i:])
			if isSep(r) {
				if keepEmpty || i > last {
					parts = append(parts, s[last:i])
				}
				last = i + n
			}
			i += n
		}
		if keepEmpty || len(s) > last {
			parts = append(parts, s[last:])
		}
	}
	a := value.NewArray()
	for _, p := range parts {
		a.Items = append(a.Items, value.String(p))
	}
	return a, nil
}

// join is СтрСоединить(Строки, Разделитель): the array's elements as
// Строка(X).
func join(args []value.Value) (value.Value, error) {
	a, ok := arg(args, 0).(*value.Array)
	if !ok {
		return nil, value.ErrBadArgType()
	}
	sep, err := strArg(args, 1)
	if err != nil {
		return nil, err
	}
	parts := make([]string, len(a.Items))
	for i, v := range a.Items {
		parts[i] = v.String()
	}
	return value.String(value.Canon(strings.Join(parts, sep))), nil
}

// template is СтрШаблон(Шаблон, Значение1…Значение10): %1…%9 and %10
// substitute Строка(Значение); "%(N)" delimits a number followed by digits;
// %% is a percent sign. A reference to a parameter that was not passed
// substitutes "" (not verified on the platform: see the skip list).
func template(args []value.Value) (value.Value, error) {
	t0, err := strArg(args, 0)
	if err != nil {
		return nil, err
	}
	t := value.Runes(t0)
	var sb strings.Builder
	param := func(n int) string {
		if n >= 1 && n < len(args) && args[n] != nil {
			return value.Deref(args[n]).String()
		}
		return ""
	}
	for i := 0; i < len(t); i++ {
		if t[i] != '%' || i+1 >= len(t) {
			value.WriteRune(&sb, t[i])
			continue
		}
		c := t[i+1]
		switch {
		case c == '%':
			sb.WriteRune('%')
			i++
		case c == '(':
			end := i + 2
			for end < len(t) && t[end] >= '0' && t[end] <= '9' {
				end++
			}
			if end < len(t) && t[end] == ')' && end > i+2 {
				n := atoi(t[i+2 : end])
				sb.WriteString(param(n))
				i = end
			} else {
				sb.WriteRune('%')
			}
		case c >= '1' && c <= '9':
			n := int(c - '0')
			i++
			if n == 1 && i+1 < len(t) && t[i+1] == '0' {
				n = 10
				i++
			}
			sb.WriteString(param(n))
		default:
			sb.WriteRune('%')
		}
	}
	return value.String(value.Canon(sb.String())), nil
}

func atoi(rs []rune) int {
	n := 0
	for _, r := range rs {
		n = n*10 + int(r-'0')
		if n > 1000 {
			return n
		}
	}
	return n
}

// lines splits a text into lines as СтрЧислоСтрок/СтрПолучитьСтроку see
// them: separated by LF, a CR before LF dropped.
func lines(s string) []string {
	ls := strings.Split(s, "\n")
	for i, l := range ls {
		ls[i] = strings.TrimSuffix(l, "\r")
	}
	return ls
}

// nstr is НСтр(Строка, КодЯзыка): the text for the language from
// "ru = 'Текст'; en = 'Text'" (quotes doubled inside); "" when the language
// is absent.
func nstr(env value.Env, args []value.Value) (value.Value, error) {
	src, err := strArg(args, 0)
	if err != nil {
		return nil, err
	}
	lang := ""
	if value.Given(args, 1) {
		lang = str(args, 1)
	} else if env != nil {
		lang = env.Lang()
	}
	if lang == "" {
		lang = "ru"
	}
	texts, err := ParseNStr(src)
	if err != nil {
		return nil, err
	}
	for _, t := range texts {
		if strings.EqualFold(t.Lang, lang) {
			return value.String(t.Text), nil
		}
	}
	return value.Empty, nil
}

// NStrText is one language variant of an НСтр string.
type NStrText struct{ Lang, Text string }

// ParseNStr reads "ru = 'Текст'; en = 'Text'". Quotes may be ' or ", a
// quote doubled stands for itself; separators are ';' with any spaces.
// A malformed string yields what was read before the error (the platform
// is lenient and returns "" for a missing language).
func ParseNStr(s string) ([]NStrText, error) {
	var out []NStrText
	rs := value.Runes(s)
	i := 0
	skip := func() {
		for i < len(rs) && (isSpace(rs[i]) || rs[i] == ';') {
			i++
		}
	}
	for {
		skip()
		if i >= len(rs) {
			return out, nil
		}
		st := i
		for i < len(rs) && (unicode.IsLetter(rs[i]) || rs[i] == '_' || unicode.IsDigit(rs[i])) {
			i++
		}
		lang := string(rs[st:i])
		for i < len(rs) && isSpace(rs[i]) {
			i++
		}
		if lang == "" || i >= len(rs) || rs[i] != '=' {
			return out, nil
		}
		i++
		for i < len(rs) && isSpace(rs[i]) {
			i++
		}
		if i >= len(rs) || (rs[i] != '\'' && rs[i] != '"') {
			return out, nil
		}
		q := rs[i]
		i++
		var sb strings.Builder
		closed := false
		for i < len(rs) {
			if rs[i] == q {
				if i+1 < len(rs) && rs[i+1] == q {
					sb.WriteRune(q)
					i += 2
					continue
				}
				i++
				closed = true
				break
			}
			value.WriteRune(&sb, rs[i])
			i++
		}
		out = append(out, NStrText{Lang: lang, Text: sb.String()})
		if !closed {
			return out, nil
		}
	}
}

var stringFuncs = []value.MethodDef{
	fn("СтрДлина", "StrLen", 1, 1, func(_ value.Env, a []value.Value) (value.Value, error) {
		s, err := strArg(a, 0)
		if err != nil {
			return nil, err
		}
		return value.IntValue(int64(unitLen(s))), nil
	}),
	fn("СокрЛ", "TrimL", 1, 1, func(_ value.Env, a []value.Value) (value.Value, error) {
		s, err := strArg(a, 0)
		return value.String(strings.TrimLeftFunc(s, isSpace)), err
	}),
	fn("СокрП", "TrimR", 1, 1, func(_ value.Env, a []value.Value) (value.Value, error) {
		s, err := strArg(a, 0)
		return value.String(strings.TrimRightFunc(s, isSpace)), err
	}),
	fn("СокрЛП", "TrimAll", 1, 1, func(_ value.Env, a []value.Value) (value.Value, error) {
		s, err := strArg(a, 0)
		return value.String(strings.TrimFunc(s, isSpace)), err
	}),
	fn("Лев", "Left", 2, 2, func(_ value.Env, a []value.Value) (value.Value, error) { return left(a) }),
	fn("Прав", "Right", 2, 2, func(_ value.Env, a []value.Value) (value.Value, error) { return right(a) }),
	fn("Сред", "Mid", 2, 3, func(_ value.Env, a []value.Value) (value.Value, error) { return mid(a) }),
	fn("СтрНайти", "StrFind", 2, 5, func(_ value.Env, a []value.Value) (value.Value, error) { return strFind(a) }),
	fn("Найти", "Find", 2, 2, func(_ value.Env, a []value.Value) (value.Value, error) { return strFind(a[:2]) }),
	fn("СтрЗаменить", "StrReplace", 3, 3, func(_ value.Env, a []value.Value) (value.Value, error) {
		s, err := strOrUUID(a, 0)
		if err != nil {
			return nil, err
		}
		what, err := strArg(a, 1)
		if err != nil {
			return nil, err
		}
		with, err := strArg(a, 2)
		if err != nil {
			return nil, err
		}
		switch {
		case what == "":
			return value.String(s), nil
		case value.HasLoneSurrogate(what):
			return value.String(replaceUnits(s, what, with)), nil
		}
		return value.String(value.Canon(strings.ReplaceAll(s, what, with))), nil
	}),
	fn("ВРег", "Upper", 1, 1, func(_ value.Env, a []value.Value) (value.Value, error) {
		s, err := strOrUUID(a, 0)
		return value.String(mapText(s, strings.ToUpper)), err
	}),
	fn("НРег", "Lower", 1, 1, func(_ value.Env, a []value.Value) (value.Value, error) {
		s, err := strOrUUID(a, 0)
		return value.String(mapText(s, strings.ToLower)), err
	}),
	fn("ТРег", "Title", 1, 1, func(_ value.Env, a []value.Value) (value.Value, error) {
		s, err := strArg(a, 0)
		return value.String(title(s)), err
	}),
	fn("СтрРазделить", "StrSplit", 2, 3, func(_ value.Env, a []value.Value) (value.Value, error) { return split(a) }),
	fn("СтрСоединить", "StrConcat", 1, 2, func(_ value.Env, a []value.Value) (value.Value, error) { return join(a) }),
	fn("СтрШаблон", "StrTemplate", 1, 11, func(_ value.Env, a []value.Value) (value.Value, error) { return template(a) }),
	fn("СтрНачинаетсяС", "StrStartsWith", 2, 2, func(_ value.Env, a []value.Value) (value.Value, error) {
		s, p, err := strArgs2(a)
		if err != nil {
			return nil, err
		}
		if p == "" {
			return nil, value.ErrBadArgValue()
		}
		if value.HasLoneSurrogate(p) { // may match half of a pair in s
			return value.Bool(value.UnitSlice(s, 0, unitLen(p)) == value.String(p)), nil
		}
		return value.Bool(strings.HasPrefix(s, p)), nil
	}),
	fn("СтрЗаканчиваетсяНа", "StrEndsWith", 2, 2, func(_ value.Env, a []value.Value) (value.Value, error) {
		s, p, err := strArgs2(a)
		if err != nil {
			return nil, err
		}
		if p == "" {
			return nil, value.ErrBadArgValue()
		}
		if value.HasLoneSurrogate(p) {
			l := unitLen(s)
			return value.Bool(value.UnitSlice(s, l-unitLen(p), l) == value.String(p)), nil
		}
		return value.Bool(strings.HasSuffix(s, p)), nil
	}),
	fn("СтрЧислоВхождений", "StrOccurrenceCount", 2, 2, func(_ value.Env, a []value.Value) (value.Value, error) {
		s, sub, err := strArgs2(a)
		if err != nil {
			return nil, err
		}
		switch {
		case sub == "":
			return value.IntValue(0), nil
		case value.HasLoneSurrogate(sub):
			return value.IntValue(int64(countUnits(s, sub))), nil
		}
		return value.IntValue(int64(strings.Count(s, sub))), nil
	}),
	fn("СтрЧислоСтрок", "StrLineCount", 1, 1, func(_ value.Env, a []value.Value) (value.Value, error) {
		s, err := strArg(a, 0)
		return value.IntValue(int64(len(lines(s)))), err
	}),
	fn("СтрПолучитьСтроку", "StrGetLine", 2, 2, func(_ value.Env, a []value.Value) (value.Value, error) {
		n, err := intArg(a, 1, 0)
		if err != nil {
			return nil, err
		}
		s, err := strArg(a, 0)
		if err != nil {
			return nil, err
		}
		ls := lines(s)
		if n < 1 || n > int64(len(ls)) {
			return value.Empty, nil
		}
		return value.String(ls[n-1]), nil
	}),
	fn("СтрСравнить", "StrCompare", 2, 2, func(_ value.Env, a []value.Value) (value.Value, error) {
		// Case-insensitive comparison: -1, 0, 1.
		x, err := strArg(a, 0)
		if err != nil {
			return nil, err
		}
		y, err := strArg(a, 1)
		if err != nil {
			return nil, err
		}
		x, y = mapText(x, strings.ToLower), mapText(y, strings.ToLower)
		switch {
		case x < y:
			return value.IntValue(-1), nil
		case x > y:
			return value.IntValue(1), nil
		}
		return value.IntValue(0), nil
	}),
	fn("Символ", "Char", 1, 1, func(_ value.Env, a []value.Value) (value.Value, error) {
		c, err := intArg(a, 0, 0)
		if err != nil {
			return nil, err
		}
		// Measured on 8.3.27: a code outside the BMP gives "", not a pair.
		if c < 0 {
			return nil, value.ErrBadArgValue()
		}
		if c > 0xFFFF {
			return value.Empty, nil
		}
		// A code D800–DFFF is a lone half of a surrogate pair, a string of
		// length 1 (the platform's strings are UTF-16); it joins with its
		// partner in concatenation (value.Concat).
		return value.String(value.AppendRune(nil, rune(c))), nil
	}),
	fn("КодСимвола", "CharCode", 1, 2, func(_ value.Env, a []value.Value) (value.Value, error) {
		s0, err := strArg(a, 0)
		if err != nil {
			return nil, err
		}
		p, err := intArg(a, 1, 1)
		if err != nil {
			return nil, err
		}
		if p < 1 || p > int64(len(s0)) {
			return value.IntValue(-1), nil
		}
		c, ok := value.UnitAt(s0, int(p-1))
		if !ok {
			return value.IntValue(-1), nil
		}
		return value.IntValue(int64(c)), nil
	}),
	fn("ПустаяСтрока", "IsBlankString", 1, 1, func(_ value.Env, a []value.Value) (value.Value, error) {
		s, err := strArg(a, 0)
		return value.Bool(strings.TrimFunc(s, isSpace) == ""), err
	}),
	fn("НСтр", "NStr", 1, 2, nstr),
}
