package basecfg

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"testing"

	"wazzup-unf/mock1c/basecfg/internal/dumpgen"
)

// TestDumpMatchesGenerator: every generated XML file is committed unchanged,
// and the dump holds no XML file the generator does not write (a stale or
// hand-edited file would make the facts tables lie).
func TestDumpMatchesGenerator(t *testing.T) {
	want := dumpgen.Files()
	got := map[string][]byte{}
	err := fs.WalkDir(FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".xml") {
			return err
		}
		b, err := fs.ReadFile(FS(), p)
		got[p] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for p, w := range want {
		g, ok := got[p]
		switch {
		case !ok:
			t.Errorf("%s: generated but missing from the dump; run go run ./mock1c/basecfg/internal/dumpgen/gendump", p)
		case !bytes.Equal(g, w):
			t.Errorf("%s: differs from the generator's output; regenerate instead of editing by hand", p)
		}
	}
	for p := range got {
		if _, ok := want[p]; !ok {
			t.Errorf("%s: XML file not produced by the generator (stale?)", p)
		}
	}
}

// TestDesignerByteConventions: UTF-8 with BOM, CRLF only, tab indentation,
// no newline after the root's closing tag (designer-2.16-skeletons.md §1).
func TestDesignerByteConventions(t *testing.T) {
	for _, p := range allFiles(t) {
		b, _ := fs.ReadFile(FS(), p)
		if !bytes.HasPrefix(b, []byte("\ufeff")) {
			t.Errorf("%s: no UTF-8 BOM", p)
		}
		if n := bytes.Count(b, []byte("\n")); n != bytes.Count(b, []byte("\r\n")) {
			t.Errorf("%s: bare LF line ends", p)
		}
		for i, line := range strings.Split(string(b), "\r\n") {
			if strings.HasPrefix(line, " ") {
				t.Errorf("%s:%d: indented with spaces", p, i+1)
				break
			}
		}
		if strings.HasSuffix(p, ".xml") && bytes.HasSuffix(b, []byte("\n")) {
			t.Errorf("%s: newline after the root's closing tag", p)
		}
	}
}

// TestXMLWellFormedAndVersion: every XML file parses, and its root carries
// version="2.18" (a mixed-version dump is refused by the loader).
func TestXMLWellFormedAndVersion(t *testing.T) {
	for _, p := range allFiles(t) {
		if !strings.HasSuffix(p, ".xml") {
			continue
		}
		b, _ := fs.ReadFile(FS(), p)
		dec := xml.NewDecoder(bytes.NewReader(bytes.TrimPrefix(b, []byte("\ufeff"))))
		root := ""
		version := ""
		for {
			tok, err := dec.Token()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				line, _ := dec.InputPos()
				t.Errorf("%s:%d: %v", p, line, err)
				break
			}
			if se, ok := tok.(xml.StartElement); ok && root == "" {
				root = se.Name.Local
				for _, a := range se.Attr {
					if a.Name.Local == "version" {
						version = a.Value
					}
				}
			}
		}
		if version != "2.18" {
			t.Errorf("%s: root <%s> has version %q, want 2.18", p, root, version)
		}
	}
}

// TestModulesPresent: every common module has its Module.bsl, every module
// file belongs to a declared object, and the root modules exist.
func TestModulesPresent(t *testing.T) {
	files := map[string]bool{}
	for _, p := range allFiles(t) {
		files[p] = true
	}
	root := readXML(t, "Configuration.xml")
	var modules []string
	for _, c := range root.find("Configuration", "ChildObjects")[0].Children {
		if c.Name == "CommonModule" {
			modules = append(modules, c.Text)
		}
	}
	if len(modules) == 0 {
		t.Fatal("Configuration.xml lists no common modules")
	}
	for _, m := range modules {
		if !files["CommonModules/"+m+"/Ext/Module.bsl"] {
			t.Errorf("CommonModules/%s: no Ext/Module.bsl", m)
		}
	}
	for _, p := range []string{"Ext/ManagedApplicationModule.bsl", "Ext/SessionModule.bsl"} {
		if !files[p] {
			t.Errorf("%s missing", p)
		}
	}
	for p := range files {
		if !strings.HasSuffix(p, ".bsl") || strings.HasPrefix(p, "Ext/") {
			continue
		}
		owner := strings.SplitN(p, "/Ext/", 2)[0] + ".xml"
		if !files[owner] {
			t.Errorf("%s: module of an undeclared object (%s missing)", p, owner)
		}
	}
}

func allFiles(t *testing.T) []string {
	t.Helper()
	var out []string
	err := fs.WalkDir(FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && path.Base(p) != "README.md" {
			out = append(out, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

// node is a minimal generic XML tree for reading facts back from the dump.
type node struct {
	Name     string
	Attr     map[string]string
	Text     string
	Children []*node
}

func (n *node) find(names ...string) []*node {
	cur := []*node{n}
	for _, name := range names {
		var next []*node
		for _, c := range cur {
			for _, ch := range c.Children {
				if ch.Name == name {
					next = append(next, ch)
				}
			}
		}
		cur = next
	}
	return cur
}

func (n *node) child(name string) string {
	if l := n.find(name); len(l) > 0 {
		return l[0].Text
	}
	return ""
}

func readXML(t *testing.T, p string) *node {
	t.Helper()
	b, err := fs.ReadFile(FS(), p)
	if err != nil {
		t.Fatalf("%s: %v", p, err)
	}
	return parseXML(t, p, b)
}

// readXMLFile reads an XML file outside the dump (the extension's).
func readXMLFile(t *testing.T, p string) *node {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("%s: %v", p, err)
	}
	return parseXML(t, p, b)
}

func parseXML(t *testing.T, p string, b []byte) *node {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(bytes.TrimPrefix(b, []byte("\ufeff"))))
	var stack []*node
	var root *node
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		switch tk := tok.(type) {
		case xml.StartElement:
			n := &node{Name: tk.Name.Local, Attr: map[string]string{}}
			for _, a := range tk.Attr {
				n.Attr[a.Name.Local] = a.Value
			}
			if len(stack) > 0 {
				p := stack[len(stack)-1]
				p.Children = append(p.Children, n)
			} else {
				root = n
			}
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 {
				stack[len(stack)-1].Text += strings.TrimSpace(string(tk))
			}
		}
	}
	return root
}
