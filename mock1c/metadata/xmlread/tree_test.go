package xmlread

import (
	"strings"
	"testing"
)

func TestParseTreeWellFormedness(t *testing.T) {
	cases := []struct {
		name, src string
		line      int
		msg       string // "" = valid
	}{
		{"valid with BOM and CRLF", "\ufeff<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<a v=\"1\">\r\n\t<b>т</b>\r\n</a>", 0, ""},
		{"mismatched end", "<a>\n<b>\n</a>", 3, "element <b> opened at line 2 is closed by </a>"},
		{"unclosed", "<a>\n<b></b>", 1, "element <a> is not closed"},
		{"two roots", "<a/>\n<b/>", 2, "more than one root element"},
		{"text outside root", "<a/>\nхвост", 1, "text outside the root element"},
		{"bad syntax", "<a>\n<b x=1/>\n</a>", 2, "XML is not well-formed"},
		{"empty", "", 1, "no root element"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n, err := parseTree([]byte(c.src), "f.xml", nil)
			if c.msg == "" {
				if err != nil || n == nil || n.tag != "a" || n.child("b").text != "т" || n.attr("v") != "1" {
					t.Fatalf("got %v, %v", n, err)
				}
				return
			}
			pe, ok := err.(*parseError)
			if !ok || !strings.Contains(pe.msg, c.msg) || (c.line != 0 && pe.pos.Line != c.line) || pe.pos.File != "f.xml" {
				t.Fatalf("got %v, want %q at line %d", err, c.msg, c.line)
			}
		})
	}
}

func TestParseTreeSkipsAndPositions(t *testing.T) {
	src := "<Form version=\"2.16\">\n\t<BaseForm>\n\t\t<Big><Deep/></Big>\n\t</BaseForm>\n\t<Events>\n\t\t<Event name=\"OnOpen\">ПриОткрытии</Event>\n\t</Events>\n</Form>"
	n, err := parseTree([]byte(src), "Form.xml", skipSet{"BaseForm": true})
	if err != nil {
		t.Fatal(err)
	}
	if bf := n.child("BaseForm"); bf == nil || len(bf.kids) != 0 {
		t.Fatalf("BaseForm not skipped: %+v", bf)
	}
	ev := n.child("Events").child("Event")
	if ev.pos.Line != 6 || ev.pos.Col != 3 || ev.text != "ПриОткрытии" {
		t.Fatalf("event at %v text %q", ev.pos, ev.text)
	}
}

func TestScanFile(t *testing.T) {
	root, ver, pos, err := scanFile([]byte("\ufeff<?xml version=\"1.0\"?>\n<PredefinedData version=\"2.18\"><Item/></PredefinedData>"), "P.xml")
	if err != nil || root != "PredefinedData" || ver != "2.18" || pos.Line != 2 {
		t.Fatalf("%s %s %v %v", root, ver, pos, err)
	}
	if _, _, _, err := scanFile([]byte("<a><b></a>"), "P.xml"); err == nil {
		t.Fatal("mismatched tags accepted")
	}
}

// TestLocalizedCanon: a localised string keeps no canonical text; the one
// rebuilt from its items equals the element's canonical rendering.
func TestLocalizedCanon(t *testing.T) {
	src := `<Properties><Synonym><v8:item><v8:lang>ru</v8:lang><v8:content>Склад</v8:content></v8:item><v8:item><v8:lang>en</v8:lang><v8:content>Store</v8:content></v8:item></Synonym></Properties>`
	n, err := parseTree([]byte(src), "f.xml", nil)
	if err != nil {
		t.Fatal(err)
	}
	var want strings.Builder
	n.child("Synonym").canon(&want)
	props := mapProps(n, newInterner())
	if got := props[0].CanonText(); got != want.String() || props[0].Localized("en") != "Store" {
		t.Fatalf("canon %q, want %q", got, want.String())
	}
}
