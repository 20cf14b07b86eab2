package dumpgen

import (
	"crypto/sha1"
	"fmt"
	"strings"
)

// xw writes Designer-style XML: tab indentation, one element per line,
// empty elements as <Tag/>. bytes() adds the BOM and CRLF line ends the
// Designer writes, and leaves no newline after the root's closing tag.
type xw struct {
	b     strings.Builder
	depth int
}

func esc(s string) string {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	return r.Replace(s)
}

func escAttr(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", "\"", "&quot;").Replace(s)
}

func (w *xw) line(s string) {
	w.b.WriteString(strings.Repeat("\t", w.depth))
	w.b.WriteString(s)
	w.b.WriteString("\n")
}

// open writes <tag attrs> and indents.
func (w *xw) open(tag string, attrs ...string) {
	w.line("<" + tag + attrList(attrs) + ">")
	w.depth++
}

func (w *xw) close(tag string) {
	w.depth--
	w.line("</" + tag + ">")
}

// leaf writes <tag>value</tag>, or <tag/> for an empty value.
func (w *xw) leaf(tag, value string, attrs ...string) {
	if value == "" {
		w.line("<" + tag + attrList(attrs) + "/>")
		return
	}
	w.line("<" + tag + attrList(attrs) + ">" + esc(value) + "</" + tag + ">")
}

func (w *xw) empty(tag string, attrs ...string) { w.line("<" + tag + attrList(attrs) + "/>") }

func (w *xw) boolLeaf(tag string, v bool) { w.leaf(tag, fmt.Sprint(v)) }

// loc writes a localised string (Synonym, Title, …): <tag/> when empty.
func (w *xw) loc(tag, ru string) {
	if ru == "" {
		w.empty(tag)
		return
	}
	w.open(tag)
	w.open("v8:item")
	w.leaf("v8:lang", "ru")
	w.leaf("v8:content", ru)
	w.close("v8:item")
	w.close(tag)
}

func attrList(attrs []string) string {
	var s strings.Builder
	for i := 0; i+1 < len(attrs); i += 2 {
		fmt.Fprintf(&s, " %s=\"%s\"", attrs[i], escAttr(attrs[i+1]))
	}
	return s.String()
}

func (w *xw) bytes() []byte {
	s := strings.TrimSuffix(w.b.String(), "\n")
	s = strings.ReplaceAll(s, "\n", "\r\n")
	return append([]byte("\ufeff"), s...)
}

const xmlDecl = `<?xml version="1.0" encoding="UTF-8"?>`

// mdoHeader is the MetaDataObject root header of format 2.18, verbatim as
// 1c-designer-format.md §1.2 gives it.
const mdoHeader = `<MetaDataObject xmlns="http://v8.1c.ru/8.3/MDClasses" xmlns:app="http://v8.1c.ru/8.2/managed-application/core" xmlns:cfg="http://v8.1c.ru/8.1/data/enterprise/current-config" xmlns:cmi="http://v8.1c.ru/8.2/managed-application/cmi" xmlns:ent="http://v8.1c.ru/8.1/data/enterprise" xmlns:lf="http://v8.1c.ru/8.2/managed-application/logform" xmlns:style="http://v8.1c.ru/8.1/data/ui/style" xmlns:sys="http://v8.1c.ru/8.1/data/ui/fonts/system" xmlns:v8="http://v8.1c.ru/8.1/data/core" xmlns:v8ui="http://v8.1c.ru/8.1/data/ui" xmlns:web="http://v8.1c.ru/8.1/data/ui/colors/web" xmlns:win="http://v8.1c.ru/8.1/data/ui/colors/windows" xmlns:xen="http://v8.1c.ru/8.3/xcf/enums" xmlns:xpr="http://v8.1c.ru/8.3/xcf/predef" xmlns:xr="http://v8.1c.ru/8.3/xcf/readable" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="2.18">`

const formHeader = `<Form xmlns="http://v8.1c.ru/8.3/xcf/logform" xmlns:app="http://v8.1c.ru/8.2/managed-application/core" xmlns:cfg="http://v8.1c.ru/8.1/data/enterprise/current-config" xmlns:dcscor="http://v8.1c.ru/8.1/data-composition-system/core" xmlns:dcssch="http://v8.1c.ru/8.1/data-composition-system/schema" xmlns:dcsset="http://v8.1c.ru/8.1/data-composition-system/settings" xmlns:ent="http://v8.1c.ru/8.1/data/enterprise" xmlns:lf="http://v8.1c.ru/8.2/managed-application/logform" xmlns:style="http://v8.1c.ru/8.1/data/ui/style" xmlns:sys="http://v8.1c.ru/8.1/data/ui/fonts/system" xmlns:v8="http://v8.1c.ru/8.1/data/core" xmlns:v8ui="http://v8.1c.ru/8.1/data/ui" xmlns:web="http://v8.1c.ru/8.1/data/ui/colors/web" xmlns:win="http://v8.1c.ru/8.1/data/ui/colors/windows" xmlns:xr="http://v8.1c.ru/8.3/xcf/readable" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="2.18">`

const predefHeader = `<PredefinedData xmlns="http://v8.1c.ru/8.3/xcf/predef" xmlns:v8="http://v8.1c.ru/8.1/data/core" xmlns:xr="http://v8.1c.ru/8.3/xcf/readable" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="%s" version="2.18">`

const rightsHeader = `<Rights xmlns="http://v8.1c.ru/8.2/roles" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="Rights" version="2.18">`

// synth returns a deterministic UUID for an identifier the facts file does not
// give (TypeIds, ValueIds, objects whose real UUID is not published). It is a
// name-based (version 5 layout) UUID over "wazzup-unf/basecfg:" + key, so the
// dump regenerates byte for byte. README.md lists which UUIDs are synthetic.
func synth(key string) string {
	h := sha1.Sum([]byte("wazzup-unf/basecfg:" + key))
	h[6] = (h[6] & 0x0f) | 0x50
	h[8] = (h[8] & 0x3f) | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
}
