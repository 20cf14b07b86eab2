package stdlib

import (
	"strings"
	"unicode"

	"wazzup-unf/mock1c/bsl/value"
)

// СтрокаСЧислом(Шаблон, Число, ВидЧисловогоЗначения, ФорматнаяСтрока)
// (StringWithNumber) puts a number into the form of a phrase its plural
// category asks for: "1 день", "2 дня", "5 дней", "1,5 дня".
//
// The template lists six forms separated by ";" in the order of the CLDR
// plural categories Zero;One;Two;Few;Many;Other, "%1" standing for the
// number formatted with Формат(Число, ФорматнаяСтрока). БСП's
// СтроковыеФункцииКлиентСервер.СтрокаСЧисломДляЛюбогоЯзыка documents that
// order and passes templates such as ";%1 день;;%1 дня;%1 дней;%1 дня"
// (Zero and Two empty: Russian has no such categories); the base model's
// module says the same. The category follows the CLDR rules of the
// language: the Л= code of the format string, else the session language.
//
// Our readings where no source settled it (skip list): a form left empty
// for the chosen category falls back to Other; a template written as an
// НСтр string ("ru = '…'; en = '…'") is first narrowed to the language;
// the category is computed from the number itself (CLDR operands i and v
// of |Число|), not from its formatted text; languages other than ru, uk,
// be, en, de, fr, ja use the English rules.

// Plural categories in template order.
const (
	pluralZero = iota
	pluralOne
	pluralTwo
	pluralFew
	pluralMany
	pluralOther
)

// pluralOperands are CLDR's i (integer part, as its last digits) and
// whether the number has a fraction (v > 0). n%10 and n%100 of an integer
// are i%10 and i%100.
type pluralOperands struct {
	i100 int // i % 100
	i    int64
	big  bool // i does not fit in int64 (i is then meaningless)
	frac bool
}

func operands(n value.Number) pluralOperands {
	_, ip, fp := n.Parts()
	op := pluralOperands{frac: fp != ""}
	last2 := ip
	if len(last2) > 2 {
		last2 = last2[len(last2)-2:]
	}
	for _, c := range last2 {
		op.i100 = op.i100*10 + int(c-'0')
	}
	if len(ip) > 18 {
		op.big = true
	} else {
		for _, c := range ip {
			op.i = op.i*10 + int64(c-'0')
		}
	}
	return op
}

// pluralCategory is the CLDR category (plurals.xml, ordinals.xml) of a
// number in a language.
func pluralCategory(lang string, n value.Number, ordinal bool) int {
	op := operands(n)
	i10 := op.i100 % 10
	isOne := !op.big && op.i == 1
	switch lang {
	case "ru", "uk", "be":
		if ordinal {
			if lang == "uk" && i10 == 3 && op.i100 != 13 && !op.frac {
				return pluralFew
			}
			return pluralOther
		}
		switch {
		case op.frac:
			return pluralOther
		case i10 == 1 && op.i100 != 11:
			return pluralOne
		case i10 >= 2 && i10 <= 4 && (op.i100 < 12 || op.i100 > 14):
			return pluralFew
		}
		return pluralMany
	case "ja":
		return pluralOther
	case "fr":
		if ordinal {
			if isOne && !op.frac {
				return pluralOne
			}
			return pluralOther
		}
		if !op.big && op.i <= 1 { // i = 0,1 (fractions included)
			return pluralOne
		}
		return pluralOther
	case "de":
		if ordinal {
			return pluralOther
		}
	default: // en and the rest
		if ordinal {
			if op.frac {
				return pluralOther
			}
			switch {
			case i10 == 1 && op.i100 != 11:
				return pluralOne
			case i10 == 2 && op.i100 != 12:
				return pluralTwo
			case i10 == 3 && op.i100 != 13:
				return pluralFew
			}
			return pluralOther
		}
	}
	if isOne && !op.frac {
		return pluralOne
	}
	return pluralOther
}

// isNStrTemplate reports whether a template is written as an НСтр string:
// a language code, "=", a quote.
func isNStrTemplate(s string) bool {
	s = strings.TrimLeftFunc(s, isSpace)
	i := 0
	for i < len(s) && (s[i] < 0x80 && (unicode.IsLetter(rune(s[i])) || s[i] == '_')) {
		i++
	}
	if i == 0 {
		return false
	}
	rest := strings.TrimLeftFunc(s[i:], isSpace)
	if !strings.HasPrefix(rest, "=") {
		return false
	}
	rest = strings.TrimLeftFunc(rest[1:], isSpace)
	return strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, `"`)
}

// stringWithNumber is СтрокаСЧислом.
func stringWithNumber(env value.Env, args []value.Value) (value.Value, error) {
	tmpl, err := strArg(args, 0)
	if err != nil {
		return nil, err
	}
	n, ok := value.Arg(args, 1, nil).(value.Number)
	if !ok {
		return nil, value.ErrBadArgType()
	}
	ordinal := false
	if k := value.Arg(args, 2, nil); k != nil {
		switch value.Fold(k.String()) {
		case "количественное", "cardinal":
		case "порядковое", "ordinal":
			ordinal = true
		default:
			return nil, value.ErrBadArgType()
		}
	}
	format, err := strArg(args, 3)
	if err != nil {
		return nil, err
	}
	spec := ParseFormat(format)
	lang := ""
	if spec.has("Л") {
		lang = spec.locale()
	} else if env != nil {
		lang = strings.ToLower(env.Lang())
	}
	if lang == "" {
		lang = "ru"
	}
	if isNStrTemplate(tmpl) {
		texts, _ := ParseNStr(tmpl)
		tmpl = ""
		for _, t := range texts {
			if strings.EqualFold(t.Lang, lang) {
				tmpl = t.Text
				break
			}
		}
	}
	forms := strings.Split(tmpl, ";")
	form := func(c int) string {
		if c < len(forms) {
			return forms[c]
		}
		return ""
	}
	f := form(pluralCategory(lang, n, ordinal))
	if f == "" {
		f = form(pluralOther)
	}
	return value.String(value.Canon(strings.ReplaceAll(f, "%1", Format(n, format)))), nil
}

var pluralFuncs = []value.MethodDef{
	fn("СтрокаСЧислом", "StringWithNumber", 2, 4, stringWithNumber),
}
