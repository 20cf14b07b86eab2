package stdlib

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"wazzup-unf/mock1c/bsl/value"
)

// JSON of ordinary code (platform-runtime-facts.md §8): ЗаписьJSON with
// ПараметрыЗаписиJSON, ЧтениеJSON, ЗаписатьJSON, ПрочитатьJSON,
// ПрочитатьДатуJSON, ЗаписатьДатуJSON. Only string targets are supported
// (ОткрытьФайл is refused): the emulator has no file system to offer.

// Type names.
var (
	TJSONWriter       = value.Name{Ru: "ЗаписьJSON", En: "JSONWriter"}
	TJSONReader       = value.Name{Ru: "ЧтениеJSON", En: "JSONReader"}
	TJSONWriterParams = value.Name{Ru: "ПараметрыЗаписиJSON", En: "JSONWriterSettings"}
)

// msgJSONRead is the text raised for malformed JSON. The platform's exact
// wording is unverified (skip list); the parser's detail goes to Hint.
const msgJSONRead = "Ошибка чтения JSON"

// JSONWriterParams is ПараметрыЗаписиJSON.
type JSONWriterParams struct {
	LineBreak      string // "Нет", "Авто", "Unix", "Windows"
	Indent         string
	DoubleQuotes   bool
	EscapeAngle    bool
	EscapeLineSeps bool
	EscapeAmp      bool
	EscapeSingleQ  bool
	EscapeSlash    bool
	EscapeNonASCII bool // ЭкранированиеСимволовJSON other than Нет
}

func defaultJSONParams() *JSONWriterParams {
	return &JSONWriterParams{LineBreak: "Авто", DoubleQuotes: true, EscapeLineSeps: true}
}

func (*JSONWriterParams) TypeName() value.Name { return TJSONWriterParams }
func (*JSONWriterParams) String() string       { return TJSONWriterParams.Ru }

var jsonParamNames = []value.Name{
	{Ru: "ПереносСтрок", En: "NewLines"}, {Ru: "СимволыОтступа", En: "PaddingSymbols"},
	{Ru: "ИспользоватьДвойныеКавычки", En: "UseDoubleQuotes"}, {Ru: "ЭкранированиеСимволов", En: "EscapeCharacters"},
	{Ru: "ЭкранироватьУгловыеСкобки", En: "EscapeAngleBrackets"}, {Ru: "ЭкранироватьРазделителиСтрок", En: "EscapeLineTerminators"},
	{Ru: "ЭкранироватьАмперсанд", En: "EscapeAmpersand"}, {Ru: "ЭкранироватьОдинарныеКавычки", En: "EscapeSingleQuotes"},
	{Ru: "ЭкранироватьСлеш", En: "EscapeSlash"},
}
var jsonParamIndex = value.NewNameIndex(jsonParamNames)

// GetProp reads the parameters (read-only, as on the platform).
func (p *JSONWriterParams) GetProp(name string) (value.Value, error) {
	switch jsonParamIndex.Lookup(name) {
	case 0:
		return value.String(p.LineBreak), nil
	case 1:
		return value.String(p.Indent), nil
	case 2:
		return value.Bool(p.DoubleQuotes), nil
	case 3:
		if p.EscapeNonASCII {
			return value.String("СимволыВнеASCII"), nil
		}
		return value.String("Нет"), nil
	case 4:
		return value.Bool(p.EscapeAngle), nil
	case 5:
		return value.Bool(p.EscapeLineSeps), nil
	case 6:
		return value.Bool(p.EscapeAmp), nil
	case 7:
		return value.Bool(p.EscapeSingleQ), nil
	case 8:
		return value.Bool(p.EscapeSlash), nil
	}
	return nil, value.ErrPropNotFound(name)
}

// SetProp: read-only.
func (p *JSONWriterParams) SetProp(name string, _ value.Value) error {
	if jsonParamIndex.Lookup(name) >= 0 {
		return value.ErrReadOnly()
	}
	return value.ErrPropNotFound(name)
}

func newJSONParams(_ value.Env, a []value.Value) (value.Value, error) {
	p := defaultJSONParams()
	if v := value.Arg(a, 0, nil); v != nil {
		p.LineBreak = v.String()
	}
	if v := value.Arg(a, 1, nil); v != nil {
		p.Indent = v.String()
	}
	flags := []*bool{&p.DoubleQuotes, nil, &p.EscapeAngle, &p.EscapeLineSeps, &p.EscapeAmp, &p.EscapeSingleQ, &p.EscapeSlash}
	for i, f := range flags {
		v := value.Arg(a, 2+i, nil)
		if v == nil {
			continue
		}
		if f == nil { // ЭкранированиеСимволов
			p.EscapeNonASCII = value.Fold(v.String()) != "нет" && value.Fold(v.String()) != "none"
			continue
		}
		b, ok := v.(value.Boolean)
		if !ok {
			return nil, value.ErrBadArgType()
		}
		*f = bool(b)
	}
	return p, nil
}

// JSONWriter is ЗаписьJSON writing to a string.
type JSONWriter struct {
	params  *JSONWriterParams
	open    bool
	sb      strings.Builder
	stack   []jsonFrame
	pending bool // a property name was written, its value is due
}

type jsonFrame struct {
	object bool
	count  int
}

func (*JSONWriter) TypeName() value.Name { return TJSONWriter }
func (*JSONWriter) String() string       { return TJSONWriter.Ru }

// Methods of ЗаписьJSON.
func (*JSONWriter) Methods() *value.MethodTable { return jsonWriterMethods }

func (w *JSONWriter) newline() string {
	switch value.Fold(w.params.LineBreak) {
	case "нет", "none":
		return ""
	case "windows":
		return "\r\n"
	}
	return "\n"
}

// beforeValue writes the separator and indentation before a value.
func (w *JSONWriter) beforeValue() error {
	if !w.open {
		return &value.Error{Msg: "Запись JSON не открыта", Hint: "call УстановитьСтроку first"}
	}
	if w.pending {
		w.pending = false
		return nil
	}
	if n := len(w.stack); n > 0 {
		top := &w.stack[n-1]
		if top.object {
			return &value.Error{Msg: value.MsgBadArgValue, Hint: "a value inside an object needs ЗаписатьИмяСвойства"}
		}
		if top.count > 0 {
			w.sb.WriteByte(',')
		}
		top.count++
		w.breakLine(n)
	} else if w.sb.Len() > 0 {
		return &value.Error{Msg: value.MsgBadArgValue, Hint: "a second top-level JSON value"}
	}
	return nil
}

func (w *JSONWriter) breakLine(depth int) {
	nl := w.newline()
	if nl == "" {
		return
	}
	w.sb.WriteString(nl)
	for i := 0; i < depth; i++ {
		w.sb.WriteString(w.params.Indent)
	}
}

func (w *JSONWriter) writeName(name string) error {
	n := len(w.stack)
	if !w.open || n == 0 || !w.stack[n-1].object || w.pending {
		return &value.Error{Msg: value.MsgBadArgValue, Hint: "ЗаписатьИмяСвойства outside an object"}
	}
	top := &w.stack[n-1]
	if top.count > 0 {
		w.sb.WriteByte(',')
	}
	top.count++
	w.breakLine(n)
	w.quote(name)
	w.sb.WriteByte(':')
	if w.newline() != "" {
		w.sb.WriteByte(' ')
	}
	w.pending = true
	return nil
}

func (w *JSONWriter) start(object bool) error {
	if err := w.beforeValue(); err != nil {
		return err
	}
	if object {
		w.sb.WriteByte('{')
	} else {
		w.sb.WriteByte('[')
	}
	w.stack = append(w.stack, jsonFrame{object: object})
	return nil
}

func (w *JSONWriter) end(object bool) error {
	n := len(w.stack)
	if n == 0 || w.stack[n-1].object != object || w.pending {
		return &value.Error{Msg: value.MsgBadArgValue, Hint: "unbalanced JSON end"}
	}
	top := w.stack[n-1]
	w.stack = w.stack[:n-1]
	if top.count > 0 {
		w.breakLine(n - 1)
	}
	if object {
		w.sb.WriteByte('}')
	} else {
		w.sb.WriteByte(']')
	}
	return nil
}

func (w *JSONWriter) quote(s string) {
	q := byte('"')
	if !w.params.DoubleQuotes {
		q = '\''
	}
	w.sb.WriteByte(q)
	for i := 0; i < len(s); {
		r, n := value.DecodeRune(s[i:])
		i += n
		switch {
		case r >= 0xD800 && r <= 0xDFFF:
			// A lone half of a surrogate pair (value/wtf8.go) has no UTF-8
			// form: it is written escaped, which JSON's grammar allows and
			// which keeps it (our reading; see the skip list).
			fmt.Fprintf(&w.sb, `\u%04X`, r)
		case r == rune(q) || r == '\\':
			w.sb.WriteByte('\\')
			w.sb.WriteRune(r)
		case r == '\n':
			w.sb.WriteString(`\n`)
		case r == '\r':
			w.sb.WriteString(`\r`)
		case r == '\t':
			w.sb.WriteString(`\t`)
		case r == '\b':
			w.sb.WriteString(`\b`)
		case r == '\f':
			w.sb.WriteString(`\f`)
		case r < 0x20,
			(r == 0x2028 || r == 0x2029) && w.params.EscapeLineSeps,
			(r == '<' || r == '>') && w.params.EscapeAngle,
			r == '&' && w.params.EscapeAmp,
			r == '\'' && w.params.EscapeSingleQ,
			r > 0x7e && w.params.EscapeNonASCII:
			if r > 0xffff {
				for _, u := range []rune{0xd800 + (r-0x10000)>>10, 0xdc00 + (r-0x10000)&0x3ff} {
					fmt.Fprintf(&w.sb, `\u%04X`, u)
				}
			} else {
				fmt.Fprintf(&w.sb, `\u%04X`, r)
			}
		case r == '/' && w.params.EscapeSlash:
			w.sb.WriteString(`\/`)
		default:
			w.sb.WriteRune(r)
		}
	}
	w.sb.WriteByte(q)
}

// writeScalar writes a primitive value (ЗаписатьЗначение).
func (w *JSONWriter) writeScalar(env value.Env, v value.Value) error {
	switch x := v.(type) {
	case value.String:
		if err := w.beforeValue(); err != nil {
			return err
		}
		w.quote(string(x))
	case value.Number:
		if err := w.beforeValue(); err != nil {
			return err
		}
		w.sb.WriteString(x.Text())
	case value.Boolean:
		if err := w.beforeValue(); err != nil {
			return err
		}
		if x {
			w.sb.WriteString("true")
		} else {
			w.sb.WriteString("false")
		}
	case value.Undefined, value.NullValue:
		if err := w.beforeValue(); err != nil {
			return err
		}
		w.sb.WriteString("null")
	case value.Date:
		s, err := FormatJSONDate(env, x, "ISO", "ЛокальнаяДата")
		if err != nil {
			return err
		}
		if err := w.beforeValue(); err != nil {
			return err
		}
		w.quote(s)
	default:
		return &value.Error{Msg: value.MsgBadArgType, Hint: "JSON cannot hold " + v.TypeName().Ru}
	}
	return nil
}

// WriteValue is ЗаписатьJSON: collections recursively, primitives as
// ЗаписатьЗначение; Соответствие keys must be strings.
func (w *JSONWriter) WriteValue(env value.Env, v value.Value, depth int) error {
	if depth > 500 {
		return &value.Error{Msg: value.MsgBadArgValue, Hint: "nesting deeper than 500"}
	}
	switch x := v.(type) {
	case *value.Array:
		if err := w.start(false); err != nil {
			return err
		}
		for _, e := range x.Items {
			if err := w.WriteValue(env, e, depth+1); err != nil {
				return err
			}
		}
		return w.end(false)
	case *value.Structure:
		if err := w.start(true); err != nil {
			return err
		}
		for _, k := range x.Keys() {
			e, _ := x.Get(k)
			if err := w.writeName(k); err != nil {
				return err
			}
			if err := w.WriteValue(env, e, depth+1); err != nil {
				return err
			}
		}
		return w.end(true)
	case *value.Map:
		if err := w.start(true); err != nil {
			return err
		}
		var err error
		x.Entries(func(k, e value.Value) {
			if err != nil {
				return
			}
			ks, ok := k.(value.String)
			if !ok {
				err = &value.Error{Msg: value.MsgBadArgType, Hint: "Соответствие keys must be strings for JSON"}
				return
			}
			if err = w.writeName(string(ks)); err == nil {
				err = w.WriteValue(env, e, depth+1)
			}
		})
		if err != nil {
			return err
		}
		return w.end(true)
	}
	return w.writeScalar(env, v)
}

// Close ends writing and returns the text.
func (w *JSONWriter) Close() string {
	w.open = false
	return w.sb.String()
}

func jw(v value.Value) *JSONWriter { return v.(*JSONWriter) }

func jwProc(ru, en string, minA, maxA int, f func(env value.Env, w *JSONWriter, a []value.Value) error) value.MethodDef {
	return value.MethodDef{Name: value.Name{Ru: ru, En: en}, MinArgs: minA, MaxArgs: maxA, Proc: true,
		Func: func(env value.Env, r value.Value, a []value.Value) (value.Value, error) { return nil, f(env, jw(r), a) }}
}

var jsonWriterMethods = value.NewMethodTable([]value.MethodDef{
	jwProc("УстановитьСтроку", "SetString", 0, 1, func(_ value.Env, w *JSONWriter, a []value.Value) error {
		p := defaultJSONParams()
		if v := value.Arg(a, 0, nil); v != nil {
			pp, ok := v.(*JSONWriterParams)
			if !ok {
				return value.ErrBadArgType()
			}
			p = pp
		}
		*w = JSONWriter{params: p, open: true}
		return nil
	}),
	jwProc("ОткрытьФайл", "OpenFile", 1, 4, func(value.Env, *JSONWriter, []value.Value) error {
		return &value.Error{Msg: value.MsgBadArgValue, Hint: "the emulator writes JSON to strings only"}
	}),
	{Name: value.Name{Ru: "Закрыть", En: "Close"}, Func: func(_ value.Env, r value.Value, _ []value.Value) (value.Value, error) {
		return value.String(jw(r).Close()), nil
	}},
	jwProc("ЗаписатьНачалоОбъекта", "WriteStartObject", 0, 0, func(_ value.Env, w *JSONWriter, _ []value.Value) error { return w.start(true) }),
	jwProc("ЗаписатьКонецОбъекта", "WriteEndObject", 0, 0, func(_ value.Env, w *JSONWriter, _ []value.Value) error { return w.end(true) }),
	jwProc("ЗаписатьНачалоМассива", "WriteStartArray", 0, 0, func(_ value.Env, w *JSONWriter, _ []value.Value) error { return w.start(false) }),
	jwProc("ЗаписатьКонецМассива", "WriteEndArray", 0, 0, func(_ value.Env, w *JSONWriter, _ []value.Value) error { return w.end(false) }),
	jwProc("ЗаписатьИмяСвойства", "WritePropertyName", 1, 1, func(_ value.Env, w *JSONWriter, a []value.Value) error {
		return w.writeName(str(a, 0))
	}),
	jwProc("ЗаписатьЗначение", "WriteValue", 1, 2, func(env value.Env, w *JSONWriter, a []value.Value) error {
		return w.writeScalar(env, arg(a, 0))
	}),
	jwProc("ЗаписатьБезОбработки", "WriteRaw", 1, 1, func(_ value.Env, w *JSONWriter, a []value.Value) error {
		w.sb.WriteString(str(a, 0))
		return nil
	}),
})

// JSONReader is ЧтениеJSON over a string.
type JSONReader struct {
	text string
	open bool
}

func (*JSONReader) TypeName() value.Name { return TJSONReader }
func (*JSONReader) String() string       { return TJSONReader.Ru }

// Methods of ЧтениеJSON.
func (*JSONReader) Methods() *value.MethodTable { return jsonReaderMethods }

var jsonReaderMethods = value.NewMethodTable([]value.MethodDef{
	{Name: value.Name{Ru: "УстановитьСтроку", En: "SetString"}, MinArgs: 1, MaxArgs: 2, Proc: true,
		Func: func(_ value.Env, r value.Value, a []value.Value) (value.Value, error) {
			s, err := value.ArgString(arg(a, 0))
			if err != nil {
				return nil, err
			}
			*r.(*JSONReader) = JSONReader{text: s, open: true}
			return nil, nil
		}},
	{Name: value.Name{Ru: "ОткрытьФайл", En: "OpenFile"}, MinArgs: 1, MaxArgs: 3, Proc: true,
		Func: func(value.Env, value.Value, []value.Value) (value.Value, error) {
			return nil, &value.Error{Msg: value.MsgBadArgValue, Hint: "the emulator reads JSON from strings only"}
		}},
	{Name: value.Name{Ru: "Закрыть", En: "Close"}, Proc: true,
		Func: func(_ value.Env, r value.Value, _ []value.Value) (value.Value, error) {
			*r.(*JSONReader) = JSONReader{}
			return nil, nil
		}},
})

// JSONReadOptions are the parameters of ПрочитатьJSON.
type JSONReadOptions struct {
	ToMap      bool
	DateProps  map[string]bool // property names whose string values are dates
	DateFormat string          // "ISO", "JavaScript", "Microsoft"
	MaxDepth   int
}

// ReadJSON parses text into Структура/Соответствие, Массив, Число, Строка,
// Булево and Неопределено (null). Numbers keep every digit.
func ReadJSON(env value.Env, text string, opt JSONReadOptions) (value.Value, error) {
	dec := json.NewDecoder(strings.NewReader(text))
	dec.UseNumber()
	if opt.MaxDepth <= 0 {
		opt.MaxDepth = 500
	}
	v, err := readJSONValue(env, dec, opt, 0, "")
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, &value.Error{Msg: msgJSONRead, Hint: "text after the JSON value"}
	}
	return v, nil
}

func readErr(err error) error {
	var ve *value.Error
	if errors.As(err, &ve) {
		return ve
	}
	return &value.Error{Msg: msgJSONRead, Hint: err.Error()}
}

func readJSONValue(env value.Env, dec *json.Decoder, opt JSONReadOptions, depth int, prop string) (value.Value, error) {
	if depth > opt.MaxDepth {
		return nil, &value.Error{Msg: msgJSONRead, Hint: "nesting deeper than МаксимальнаяВложенность"}
	}
	tok, err := dec.Token()
	if err != nil {
		return nil, readErr(err)
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '[':
			a := value.NewArray()
			for dec.More() {
				e, err := readJSONValue(env, dec, opt, depth+1, "")
				if err != nil {
					return nil, err
				}
				a.Items = append(a.Items, e)
			}
			if _, err := dec.Token(); err != nil {
				return nil, readErr(err)
			}
			return a, nil
		case '{':
			var s *value.Structure
			var m *value.Map
			if opt.ToMap {
				m = value.NewMap()
			} else {
				s = value.NewStructure()
			}
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, readErr(err)
				}
				k, _ := kt.(string)
				e, err := readJSONValue(env, dec, opt, depth+1, k)
				if err != nil {
					return nil, err
				}
				if m != nil {
					m.Insert(value.String(k), e)
				} else if err := s.Insert(k, e); err != nil {
					return nil, err
				}
			}
			if _, err := dec.Token(); err != nil {
				return nil, readErr(err)
			}
			if m != nil {
				return m, nil
			}
			return s, nil
		}
	case string:
		if opt.DateProps[prop] && prop != "" {
			d, err := ParseJSONDate(env, t, opt.DateFormat)
			if err == nil {
				return d, nil
			}
		}
		return value.String(t), nil
	case json.Number:
		n, err := value.ParseNumber(string(t))
		if err != nil {
			return nil, &value.Error{Msg: msgJSONRead, Hint: "number " + string(t)}
		}
		return n.Box(), nil
	case bool:
		return value.Bool(t), nil
	case nil:
		return value.Undef, nil
	}
	return nil, &value.Error{Msg: msgJSONRead, Hint: fmt.Sprintf("unexpected token %v", tok)}
}

// sessionLocation is the time zone local dates are in: the clock's.
func sessionLocation(env value.Env) *time.Location {
	if env == nil {
		return time.UTC
	}
	return env.Clock().Now().Location()
}

// ParseJSONDate is ПрочитатьДатуJSON: ISO ("2024-01-31T23:59:59", with an
// optional fraction, "Z" or "+03:00" — zoned times are converted to the
// session's local time; the fraction is dropped), JavaScript (ISO with
// milliseconds and Z) and Microsoft ("/Date(ms)/").
func ParseJSONDate(env value.Env, s, format string) (value.Date, error) {
	bad := &value.Error{Msg: value.MsgToDateFailed}
	switch value.Fold(format) {
	case "microsoft":
		inner := strings.TrimSuffix(strings.TrimPrefix(strings.Trim(s, "\\/"), "Date("), ")")
		end := 0
		for end < len(inner) && (inner[end] >= '0' && inner[end] <= '9' || end == 0 && inner[end] == '-') {
			end++
		}
		ms, err := strconv.ParseInt(inner[:end], 10, 64)
		if err != nil {
			return value.Date{}, bad
		}
		return value.DateOf(time.UnixMilli(ms).In(sessionLocation(env))), nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "2006-01-02T15:04:05", "2006-01-02"} {
		t, err := time.Parse(layout, s)
		if err != nil {
			continue
		}
		if layout == time.RFC3339Nano {
			t = t.In(sessionLocation(env))
		}
		if t.Year() < 1 || t.Year() > 3999 {
			return value.Date{}, bad
		}
		return value.DateOf(t), nil
	}
	return value.Date{}, bad
}

// FormatJSONDate is ЗаписатьДатуJSON: ISO local "2024-01-31T23:59:59";
// УниверсальнаяДата converts from the session zone and appends Z;
// ЛокальнаяДатаСоСмещением appends the zone offset. JavaScript gives ISO
// UTC with milliseconds, Microsoft "/Date(ms)/".
func FormatJSONDate(env value.Env, d value.Date, format, variant string) (string, error) {
	loc := sessionLocation(env)
	t := d.Time()
	local := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, loc)
	switch value.Fold(format) {
	case "javascript":
		return local.UTC().Format("2006-01-02T15:04:05.000Z"), nil
	case "microsoft":
		return "/Date(" + strconv.FormatInt(local.UnixMilli(), 10) + ")/", nil
	case "iso", "":
	default:
		return "", value.ErrBadArgValue()
	}
	switch value.Fold(variant) {
	case "универсальнаядата", "universaldate":
		return local.UTC().Format("2006-01-02T15:04:05Z"), nil
	case "локальнаядатасосмещением", "localdatewithoffset":
		return local.Format("2006-01-02T15:04:05-07:00"), nil
	}
	return t.Format("2006-01-02T15:04:05"), nil
}

// dateProps reads ИменаСвойствСоЗначениямиДата: a Массив of names or, as
// УНФ passes it, one string.
func dateProps(v value.Value) (map[string]bool, error) {
	m := map[string]bool{}
	switch x := v.(type) {
	case nil, value.Undefined:
	case value.String:
		m[string(x)] = true
	case *value.Array:
		for _, e := range x.Items {
			m[e.String()] = true
		}
	default:
		return nil, value.ErrBadArgType()
	}
	return m, nil
}

var jsonFuncs = []value.MethodDef{
	{Name: value.Name{Ru: "ЗаписатьJSON", En: "WriteJSON"}, MinArgs: 2, MaxArgs: 6, Proc: true,
		Func: func(env value.Env, _ value.Value, a []value.Value) (value.Value, error) {
			w, ok := arg(a, 0).(*JSONWriter)
			if !ok {
				return nil, value.ErrBadArgType()
			}
			if value.Given(a, 3) {
				return nil, &value.Error{Msg: value.MsgBadArgValue, Hint: "conversion functions are not supported by the emulator"}
			}
			return nil, w.WriteValue(env, arg(a, 1), 0)
		}},
	fn("ПрочитатьJSON", "ReadJSON", 1, 9, func(env value.Env, a []value.Value) (value.Value, error) {
		r, ok := arg(a, 0).(*JSONReader)
		if !ok {
			return nil, value.ErrBadArgType()
		}
		if !r.open {
			return nil, &value.Error{Msg: msgJSONRead, Hint: "ЧтениеJSON is not open"}
		}
		toMap, err := boolArg(a, 1, false)
		if err != nil {
			return nil, err
		}
		props, err := dateProps(value.Arg(a, 2, nil))
		if err != nil {
			return nil, err
		}
		format := "ISO"
		if v := value.Arg(a, 3, nil); v != nil {
			format = v.String()
		}
		if value.Given(a, 4) {
			return nil, &value.Error{Msg: value.MsgBadArgValue, Hint: "revivers are not supported by the emulator"}
		}
		depth, err := intArg(a, 8, 500)
		if err != nil {
			return nil, err
		}
		v, err := ReadJSON(env, r.text, JSONReadOptions{ToMap: toMap, DateProps: props, DateFormat: format, MaxDepth: int(depth)})
		r.text = ""
		return v, err
	}),
	fn("ПрочитатьДатуJSON", "ReadJSONDate", 2, 2, func(env value.Env, a []value.Value) (value.Value, error) {
		s, err := value.ArgString(arg(a, 0))
		if err != nil {
			return nil, err
		}
		return ParseJSONDate(env, s, str(a, 1))
	}),
	fn("ЗаписатьДатуJSON", "WriteJSONDate", 2, 3, func(env value.Env, a []value.Value) (value.Value, error) {
		d, err := dateArg(a, 0)
		if err != nil {
			return nil, err
		}
		variant := "ЛокальнаяДата"
		if v := value.Arg(a, 2, nil); v != nil {
			variant = v.String()
		}
		s, err := FormatJSONDate(env, d, str(a, 1), variant)
		if err != nil {
			return nil, err
		}
		return value.String(s), nil
	}),
}

func jsonTypes() []value.TypeDef {
	return []value.TypeDef{
		{Name: TJSONWriter, New: func(value.Env, []value.Value) (value.Value, error) {
			return &JSONWriter{params: defaultJSONParams()}, nil
		}},
		{Name: TJSONReader, New: func(value.Env, []value.Value) (value.Value, error) { return &JSONReader{}, nil }},
		{Name: TJSONWriterParams, MaxArgs: 9, New: newJSONParams},
	}
}
