package stdlib

import (
	"strconv"
	"strings"
	"time"

	"wazzup-unf/mock1c/bsl/value"
)

// FormatSpec is a parsed format string "ЧДЦ=2; ЧГ=0; ДФ='dd.MM.yyyy'":
// keys folded to their Russian canonical names, values unquoted. A key
// present with an empty value ("ЧН=") maps to "".
type FormatSpec map[string]string

// formatKeys maps every spelling (Russian and English, folded) to the
// canonical Russian key.
var formatKeys = func() map[string]string {
	m := map[string]string{}
	for _, p := range [][2]string{
		{"ЧЦ", "ND"}, {"ЧДЦ", "NFD"}, {"ЧС", "NS"}, {"ЧРД", "NDS"}, {"ЧРГ", "NGS"}, {"ЧН", "NZ"},
		{"ЧВН", "NLZ"}, {"ЧГ", "NG"}, {"ЧО", "NN"}, {"ДФ", "DF"}, {"ДЛФ", "DLF"}, {"ДП", "DE"},
		{"БЛ", "BF"}, {"БИ", "BT"}, {"Л", "L"}, {"ЧФ", "NF"},
	} {
		m[value.Fold(p[0])] = p[0]
		m[value.Fold(p[1])] = p[0]
	}
	return m
}()

// ParseFormat reads a format string. Unknown keys are ignored (the
// platform ignores them too — belief); values may be quoted with ' or ".
func ParseFormat(s string) FormatSpec {
	spec := FormatSpec{}
	rs := value.Runes(s)
	i := 0
	for i < len(rs) {
		for i < len(rs) && (rs[i] == ';' || isSpace(rs[i])) {
			i++
		}
		st := i
		for i < len(rs) && rs[i] != '=' && rs[i] != ';' {
			i++
		}
		key := strings.TrimSpace(string(rs[st:i]))
		val := ""
		if i < len(rs) && rs[i] == '=' {
			i++
			for i < len(rs) && isSpace(rs[i]) {
				i++
			}
			if i < len(rs) && (rs[i] == '\'' || rs[i] == '"') {
				q := rs[i]
				i++
				var sb strings.Builder
				for i < len(rs) {
					if rs[i] == q {
						if i+1 < len(rs) && rs[i+1] == q {
							value.WriteRune(&sb, q)
							i += 2
							continue
						}
						i++
						break
					}
					value.WriteRune(&sb, rs[i])
					i++
				}
				val = sb.String()
				for i < len(rs) && rs[i] != ';' {
					i++
				}
			} else {
				st := i
				for i < len(rs) && rs[i] != ';' {
					i++
				}
				val = strings.TrimSpace(string(rs[st:i]))
			}
		}
		if k, ok := formatKeys[value.Fold(key)]; ok {
			spec[k] = val
		}
	}
	return spec
}

func (f FormatSpec) has(k string) bool { _, ok := f[k]; return ok }

// maxFormatDigits bounds ЧЦ, ЧДЦ and ЧС so a hostile format string cannot
// ask for a gigabyte of zeros (the platform's numbers have at most 38 digits).
const maxFormatDigits = 1000

func (f FormatSpec) intOr(k string, def int) int {
	if v, ok := f[k]; ok {
		if n, err := strconv.Atoi(strings.TrimSpace(v)); err == nil {
			return max(-maxFormatDigits, min(n, maxFormatDigits))
		}
	}
	return def
}

// locale is the language of Л: "ru" (also for a missing or unknown code —
// measured: Формат(1234.5, "Л=zz_ZZ") = "1 234,5"), "en", "de", "fr", "ja".
func (f FormatSpec) locale() string {
	code := strings.ToLower(strings.TrimSpace(f["Л"]))
	if i := strings.IndexAny(code, "_-"); i >= 0 {
		code = code[:i]
	}
	switch code {
	case "en", "de", "fr", "ja":
		return code
	}
	return "ru"
}

func (f FormatSpec) english() bool { return f.locale() == "en" }

// localeSeparators are the group and decimal separators measured on 8.3.27
// with Формат(1234.5, "Л=<код>"): ru and fr "1 234,5" (NBSP), en and ja
// "1,234.5", de "1.234,5".
func localeSeparators(loc string) (group, decimal string) {
	switch loc {
	case "en", "ja":
		return ",", "."
	case "de":
		return ".", ","
	}
	return value.NBSP, ","
}

// Format is Формат(Значение, ФорматнаяСтрока).
func Format(v value.Value, format string) string {
	spec := ParseFormat(format)
	switch x := v.(type) {
	case value.Number:
		return FormatNumber(x, spec)
	case value.Date:
		return FormatDate(x, spec)
	case value.Boolean:
		if x {
			if spec.has("БИ") {
				return spec["БИ"]
			}
		} else if spec.has("БЛ") {
			return spec["БЛ"]
		}
		if spec.english() {
			if x {
				return "Yes"
			}
			return "No"
		}
		return x.String()
	}
	return v.String()
}

// groupDigits applies ЧГ: "0" no grouping; "3,0" (the default) groups of
// three; "3,2" a group of three next to the point, then groups of two. The
// last non-zero size repeats (a trailing 0 only marks "repeat").
func groupDigits(ip, sep, ng string) string {
	sizes := []int{3}
	if ng != "" {
		sizes = nil
		for _, p := range strings.Split(ng, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(p))
			if err != nil || n < 0 {
				return ip
			}
			if n > 0 {
				sizes = append(sizes, n)
			} else {
				break
			}
		}
	}
	if len(sizes) == 0 {
		return ip
	}
	var groups []string
	rest := ip
	for k := 0; len(rest) > 0; k++ {
		size := sizes[min(k, len(sizes)-1)]
		if len(rest) <= size {
			groups = append(groups, rest)
			break
		}
		groups = append(groups, rest[len(rest)-size:])
		rest = rest[:len(rest)-size]
	}
	for i, j := 0, len(groups)-1; i < j; i, j = i+1, j-1 {
		groups[i], groups[j] = groups[j], groups[i]
	}
	return strings.Join(groups, sep)
}

// FormatNumber applies the Ч… keys. Measured on 8.3.27 by a public BSL
// runtime (index id 60836990060): Формат prints zero as "" unless ЧН is set
// (Строка(0) is "0"); "ЧН=" alone prints the zero as usual, "ЧН=текст" the
// text; the zero test looks at the value before ЧДЦ rounding
// (Формат(0.004, "ЧДЦ=2; ЧН=X") = "0,00"); ЧЦ without ЧДЦ keeps no
// fraction (Формат(123.456, "ЧЦ=7") = "123", Формат(1.5, "ЧЦ=1") = "2"); an
// integer part that does not fit ЧЦ − ЧДЦ fills the field with nines.
func FormatNumber(n value.Number, spec FormatSpec) string {
	if s := spec.intOr("ЧС", 0); s != 0 {
		n = n.Mul(pow10Shift(-s))
	}
	if n.IsZero() {
		if zt, ok := spec["ЧН"]; !ok {
			return ""
		} else if zt != "" {
			return zt
		}
	}
	fd := spec.intOr("ЧДЦ", -1)
	if fd < 0 && spec.has("ЧЦ") {
		fd = 0
	}
	if fd >= 0 {
		n = n.Round(fd, value.RoundHalfUp)
	}
	neg, ip, fp := n.Parts()
	if fd >= 0 && len(fp) < fd {
		fp += strings.Repeat("0", fd-len(fp))
	}
	if nd := spec.intOr("ЧЦ", -1); nd > 0 {
		maxInt := nd - max(fd, 0)
		if maxInt < 0 {
			maxInt = 0
		}
		if len(ip) > maxInt || (maxInt == 0 && ip != "0") {
			// Does not fit: the platform shows the largest number of that width.
			ip = strings.Repeat("9", maxInt)
			fp = strings.Repeat("9", len(fp))
		}
		if spec.has("ЧВН") && len(ip) < maxInt {
			ip = strings.Repeat("0", maxInt-len(ip)) + ip
		}
	}
	if ip == "" {
		ip = "0"
	}
	groupSep, decSep := localeSeparators(spec.locale())
	if spec.has("ЧРГ") {
		groupSep = spec["ЧРГ"]
	}
	if spec.has("ЧРД") && spec["ЧРД"] != "" {
		decSep = spec["ЧРД"]
	}
	body := ip
	// "ЧГ=" with no value and "ЧГ=0" both turn grouping off (common idiom
	// in real code: Формат(Код, "ЧГ=")).
	if ng, ok := spec["ЧГ"]; !ok || ng != "" {
		body = groupDigits(ip, groupSep, ng)
	}
	if fp != "" {
		body += decSep + fp
	}
	if !neg {
		return body
	}
	switch spec.intOr("ЧО", 1) {
	case 0:
		return "(" + body + ")"
	case 2:
		return "- " + body
	case 3:
		return body + "-"
	case 4:
		return body + " -"
	}
	return "-" + body
}

// pow10Shift is 10^e as an exact Number (e may be negative), for ЧС.
func pow10Shift(e int) value.Number { return value.Decimal(1, -e) }

var (
	monthsNomRu = []string{"Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"}
	monthsGenRu = []string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"}
	monthsAbbRu = []string{"янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"}
	daysRu      = []string{"воскресенье", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота"}
	daysAbbRu   = []string{"Вс", "Пн", "Вт", "Ср", "Чт", "Пт", "Сб"}
)

// FormatDate applies ДФ / ДЛФ / ДП. The empty date is "" unless ДП is set.
func FormatDate(d value.Date, spec FormatSpec) string {
	if d.IsEmpty() {
		return spec["ДП"]
	}
	t := d.Time()
	if df, ok := spec["ДФ"]; ok {
		return DateFormat(t, df, spec.english())
	}
	dlf, ok := spec["ДЛФ"]
	if !ok {
		return d.String()
	}
	en := spec.english()
	short := DateFormat(t, "dd.MM.yyyy", en)
	long := DateFormat(t, "d MMMM yyyy 'г.'", en)
	if en {
		short = DateFormat(t, "M/d/yyyy", en)
		long = DateFormat(t, "MMMM d, yyyy", en)
	}
	tm := DateFormat(t, "H:mm:ss", en)
	if en {
		tm = DateFormat(t, "h:mm:ss tt", en)
	}
	switch strings.ToUpper(value.Fold(dlf)) {
	case "D", "Д":
		return short
	case "DD", "ДД":
		return long
	case "T", "В":
		return tm
	case "DT", "ДВ":
		return short + " " + tm
	case "DDT", "ДДВ":
		return long + " " + tm
	}
	return d.String()
}

// DateFormat renders a ДФ pattern. Letters (Latin or Russian): d/д day,
// M/М month (MMM abbreviated, MMMM full — genitive when the pattern has a
// day), y/г year, h/ч 12-hour, H/Ч 24-hour, m/м minute, s/с second, tt AM/PM;
// text in single quotes is literal; other characters are copied.
func DateFormat(t time.Time, pattern string, en bool) string {
	rs := value.Runes(pattern)
	hasDay := strings.ContainsAny(pattern, "dд")
	var sb strings.Builder
	for i := 0; i < len(rs); {
		c := rs[i]
		if c == '\'' || c == '"' {
			j := i + 1
			for j < len(rs) && rs[j] != c {
				value.WriteRune(&sb, rs[j])
				j++
			}
			i = j + 1
			continue
		}
		j := i
		for j < len(rs) && rs[j] == c {
			j++
		}
		n := j - i
		i = j
		switch c {
		case 'd', 'д':
			switch {
			case n == 1:
				sb.WriteString(strconv.Itoa(t.Day()))
			case n == 2:
				sb.WriteString(pad(t.Day(), 2))
			case n == 3:
				if en {
					sb.WriteString(t.Weekday().String()[:3])
				} else {
					sb.WriteString(daysAbbRu[t.Weekday()])
				}
			default:
				if en {
					sb.WriteString(t.Weekday().String())
				} else {
					sb.WriteString(daysRu[t.Weekday()])
				}
			}
		case 'M', 'М':
			m := int(t.Month()) - 1
			switch {
			case n == 1:
				sb.WriteString(strconv.Itoa(m + 1))
			case n == 2:
				sb.WriteString(pad(m+1, 2))
			case n == 3:
				if en {
					sb.WriteString(t.Month().String()[:3])
				} else {
					sb.WriteString(monthsAbbRu[m])
				}
			default:
				switch {
				case en:
					sb.WriteString(t.Month().String())
				case hasDay:
					sb.WriteString(monthsGenRu[m])
				default:
					sb.WriteString(monthsNomRu[m])
				}
			}
		case 'y', 'г':
			switch {
			case n <= 2:
				sb.WriteString(pad(t.Year()%100, 2))
			default:
				sb.WriteString(pad(t.Year(), 4))
			}
		case 'h', 'ч':
			h := t.Hour() % 12
			if h == 0 {
				h = 12
			}
			if n == 1 {
				sb.WriteString(strconv.Itoa(h))
			} else {
				sb.WriteString(pad(h, 2))
			}
		case 'H', 'Ч':
			if n == 1 {
				sb.WriteString(strconv.Itoa(t.Hour()))
			} else {
				sb.WriteString(pad(t.Hour(), 2))
			}
		case 'm', 'м':
			if n == 1 {
				sb.WriteString(strconv.Itoa(t.Minute()))
			} else {
				sb.WriteString(pad(t.Minute(), 2))
			}
		case 's', 'с':
			if n == 1 {
				sb.WriteString(strconv.Itoa(t.Second()))
			} else {
				sb.WriteString(pad(t.Second(), 2))
			}
		case 't', 'к':
			if t.Hour() < 12 {
				sb.WriteString("AM")
			} else {
				sb.WriteString("PM")
			}
		default:
			sb.WriteString(strings.Repeat(string(c), n))
		}
	}
	return sb.String()
}

func pad(n, w int) string {
	s := strconv.Itoa(n)
	for len(s) < w {
		s = "0" + s
	}
	return s
}

var formatFuncs = []value.MethodDef{
	fn("Формат", "Format", 1, 2, func(_ value.Env, a []value.Value) (value.Value, error) {
		return value.String(Format(arg(a, 0), str(a, 1))), nil
	}),
}
