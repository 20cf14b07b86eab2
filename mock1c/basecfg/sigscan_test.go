package basecfg

import (
	"fmt"
	"strings"
	"unicode"
)

// A minimal BSL signature scanner.
//
// The facts tests were first written against this scanner because the
// project's BSL parser (mock1c/bsl/parse) had not landed yet. They now use
// the parser (parse_test.go); the scanner remains for the cross-reference
// test (xref_test.go), which needs the call sites as a token stream, and
// TestScannerAgreesWithParser checks that it reads exactly the method headers
// the parser reads. It tokenises like BSL (// comments, "…" strings with ""
// escapes spanning lines, # preprocessor lines and & annotations skipped)
// and reads only method headers and exported module variables.

type bslParam struct {
	Val     bool   // Знач
	Name    string // parameter name
	Default string // default literal as written ("" = none)
}

type bslMethod struct {
	Function bool
	Name     string
	Params   []bslParam
	Export   bool
	Line     int
}

// String renders the header in the canonical form used by the facts table:
// `Функция Имя(Знач А, Б = Ложь) Экспорт`.
func (m bslMethod) String() string {
	var b strings.Builder
	if m.Function {
		b.WriteString("Функция ")
	} else {
		b.WriteString("Процедура ")
	}
	b.WriteString(m.Name + "(")
	for i, p := range m.Params {
		if i > 0 {
			b.WriteString(", ")
		}
		if p.Val {
			b.WriteString("Знач ")
		}
		b.WriteString(p.Name)
		if p.Default != "" {
			b.WriteString(" = " + p.Default)
		}
	}
	b.WriteString(")")
	if m.Export {
		b.WriteString(" Экспорт")
	}
	return b.String()
}

type bslModule struct {
	Methods    map[string]bslMethod // key: upper-cased name
	ExportVars []string
}

type bslTok struct {
	kind string // "id", "str", "num", "punct"
	text string
	line int
}

func bslTokens(src string) ([]bslTok, error) {
	var toks []bslTok
	rs := []rune(strings.TrimPrefix(src, "\ufeff"))
	line := 1
	atLineStart := true
	for i := 0; i < len(rs); {
		c := rs[i]
		switch {
		case c == '\n':
			line++
			atLineStart = true
			i++
		case unicode.IsSpace(c):
			i++
		case c == '/' && i+1 < len(rs) && rs[i+1] == '/':
			for i < len(rs) && rs[i] != '\n' {
				i++
			}
		case (c == '#' || c == '&') && atLineStart:
			for i < len(rs) && rs[i] != '\n' {
				i++
			}
		case c == '"':
			start, startLine := i, line
			i++
			for {
				if i >= len(rs) {
					return nil, fmt.Errorf("line %d: unterminated string", startLine)
				}
				if rs[i] == '\n' {
					line++
				}
				if rs[i] == '"' {
					if i+1 < len(rs) && rs[i+1] == '"' {
						i += 2
						continue
					}
					i++
					break
				}
				i++
			}
			toks = append(toks, bslTok{"str", string(rs[start:i]), startLine})
			atLineStart = false
		case unicode.IsLetter(c) || c == '_':
			start := i
			for i < len(rs) && (unicode.IsLetter(rs[i]) || unicode.IsDigit(rs[i]) || rs[i] == '_') {
				i++
			}
			toks = append(toks, bslTok{"id", string(rs[start:i]), line})
			atLineStart = false
		case unicode.IsDigit(c):
			start := i
			for i < len(rs) && (unicode.IsDigit(rs[i]) || rs[i] == '.') {
				i++
			}
			toks = append(toks, bslTok{"num", string(rs[start:i]), line})
			atLineStart = false
		default:
			toks = append(toks, bslTok{"punct", string(c), line})
			atLineStart = false
			i++
		}
	}
	return toks, nil
}

func isKw(t bslTok, ru string) bool {
	return t.kind == "id" && strings.EqualFold(t.text, ru)
}

// scanBSL reads the method headers and exported module variables of src.
func scanBSL(src string) (*bslModule, error) {
	toks, err := bslTokens(src)
	if err != nil {
		return nil, err
	}
	m := &bslModule{Methods: map[string]bslMethod{}}
	depth := 0 // inside a method body
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch {
		case isKw(t, "КонецПроцедуры") || isKw(t, "КонецФункции"):
			depth--
		case depth == 0 && isKw(t, "Перем"):
			j := i + 1
			for ; j < len(toks) && toks[j].text != ";"; j++ {
			}
			names := []string{}
			export := false
			for _, v := range toks[i+1 : j] {
				if isKw(v, "Экспорт") {
					export = true
				} else if v.kind == "id" {
					names = append(names, v.text)
				}
			}
			if export {
				m.ExportVars = append(m.ExportVars, names...)
			}
			i = j
		case depth == 0 && (isKw(t, "Процедура") || isKw(t, "Функция")):
			meth := bslMethod{Function: isKw(t, "Функция"), Line: t.line}
			if i+2 >= len(toks) || toks[i+1].kind != "id" || toks[i+2].text != "(" {
				return nil, fmt.Errorf("line %d: cannot read the method header", t.line)
			}
			meth.Name = toks[i+1].text
			j := i + 3
			var cur []bslTok
			flush := func() error {
				if len(cur) == 0 {
					return nil
				}
				p := bslParam{}
				k := 0
				if isKw(cur[0], "Знач") {
					p.Val = true
					k = 1
				}
				if k >= len(cur) || cur[k].kind != "id" {
					return fmt.Errorf("line %d: bad parameter in %s", t.line, meth.Name)
				}
				p.Name = cur[k].text
				if k+1 < len(cur) {
					if cur[k+1].text != "=" {
						return fmt.Errorf("line %d: bad parameter %s in %s", t.line, p.Name, meth.Name)
					}
					var d strings.Builder
					for _, x := range cur[k+2:] {
						d.WriteString(x.text)
					}
					p.Default = d.String()
				}
				meth.Params = append(meth.Params, p)
				cur = nil
				return nil
			}
			for ; j < len(toks) && toks[j].text != ")"; j++ {
				if toks[j].text == "," {
					if err := flush(); err != nil {
						return nil, err
					}
					continue
				}
				cur = append(cur, toks[j])
			}
			if err := flush(); err != nil {
				return nil, err
			}
			if j+1 < len(toks) && isKw(toks[j+1], "Экспорт") {
				meth.Export = true
				j++
			}
			key := strings.ToUpper(meth.Name)
			if _, dup := m.Methods[key]; dup {
				return nil, fmt.Errorf("line %d: %s defined twice", t.line, meth.Name)
			}
			m.Methods[key] = meth
			depth++
			i = j
		}
	}
	if depth != 0 {
		return nil, fmt.Errorf("unbalanced Процедура/Функция and КонецПроцедуры/КонецФункции")
	}
	return m, nil
}
