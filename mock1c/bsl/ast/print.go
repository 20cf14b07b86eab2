package ast

import (
	"fmt"
	"io"
	"reflect"
	"strings"

	"wazzup-unf/mock1c/bsl/token"
)

// Fprint writes a readable dump of the tree rooted at n: one field per line,
// indented, with positions shown as line:col when file is not nil. It is
// meant for tests (golden files) and debugging. Parent links of regions and
// the File of a module are not followed.
func Fprint(w io.Writer, file *token.File, n any) error {
	p := printer{w: w, file: file}
	p.print(reflect.ValueOf(n), 0)
	return p.err
}

type printer struct {
	w    io.Writer
	file *token.File
	err  error
}

func (p *printer) printf(indent int, format string, args ...any) {
	if p.err != nil {
		return
	}
	_, p.err = fmt.Fprintf(p.w, "%s"+format, append([]any{strings.Repeat(".  ", indent)}, args...)...)
}

var (
	posType  = reflect.TypeOf(token.Pos(0))
	kindType = reflect.TypeOf(token.Kind(0))
)

func (p *printer) print(v reflect.Value, indent int) {
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			p.printf(0, "nil\n")
			return
		}
		p.print(v.Elem(), indent)
	case reflect.Pointer:
		if v.IsNil() {
			p.printf(0, "nil\n")
			return
		}
		p.print(v.Elem(), indent)
	case reflect.Slice:
		if v.Len() == 0 {
			p.printf(0, "[]\n")
			return
		}
		p.printf(0, "[%d] {\n", v.Len())
		for i := 0; i < v.Len(); i++ {
			p.printf(indent+1, "%d: ", i)
			p.print(v.Index(i), indent+1)
		}
		p.printf(indent, "}\n")
	case reflect.Struct:
		t := v.Type()
		p.printf(0, "%s {\n", t.Name())
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if f.Name == "File" || f.Name == "Parent" {
				continue
			}
			fv := v.Field(i)
			if f.Name == "Region" && fv.Kind() == reflect.Pointer {
				// show the path, not the object (regions are listed on the module)
				if r, ok := fv.Interface().(*Region); ok && r != nil {
					p.printf(indent+1, "Region: %q\n", r.String())
				}
				continue
			}
			if isZero(fv) {
				continue
			}
			p.printf(indent+1, "%s: ", f.Name)
			p.print(fv, indent+1)
		}
		p.printf(indent, "}\n")
	default:
		switch v.Type() {
		case posType:
			pos := token.Pos(v.Int())
			if p.file != nil {
				pp := p.file.Position(pos)
				p.printf(0, "%d:%d\n", pp.Line, pp.Column)
			} else {
				p.printf(0, "%d\n", pos)
			}
		case kindType:
			p.printf(0, "%s\n", token.Kind(v.Uint()))
		default:
			if v.Kind() == reflect.String {
				p.printf(0, "%q\n", v.String())
			} else {
				p.printf(0, "%v\n", v.Interface())
			}
		}
	}
}

func isZero(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Slice, reflect.Pointer, reflect.Interface:
		return v.IsNil()
	}
	return v.IsZero()
}
