package xmlread

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"wazzup-unf/mock1c/metadata"
)

// node is a transient element tree of one file. Trees live only while one
// file is mapped into the model; nothing of them is kept.
type node struct {
	tag   string // as written, with prefix: "xr:Item", "Properties"
	attrs []xml.Attr
	text  string // trimmed character data of a leaf
	kids  []*node
	pos   metadata.Pos
}

// local returns the tag without prefix.
func (n *node) local() string {
	if i := strings.IndexByte(n.tag, ':'); i >= 0 {
		return n.tag[i+1:]
	}
	return n.tag
}

// attr returns the attribute value by local name (any prefix).
func (n *node) attr(name string) string {
	for _, a := range n.attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// child returns the first child with the given local name.
func (n *node) child(local string) *node {
	if n == nil {
		return nil
	}
	for _, k := range n.kids {
		if k.local() == local {
			return k
		}
	}
	return nil
}

// childText returns the text of the first child with that local name.
func (n *node) childText(local string) string {
	if c := n.child(local); c != nil {
		return c.text
	}
	return ""
}

// canon renders the element's content canonically: tags, xsi attributes
// and texts, no whitespace.
func (n *node) canon(b *strings.Builder) {
	for _, a := range n.attrs {
		if a.Name.Space == "xsi" {
			fmt.Fprintf(b, "[%s=%s]", a.Name.Local, a.Value)
		}
	}
	if len(n.kids) == 0 {
		b.WriteString(n.text)
		return
	}
	for _, k := range n.kids {
		b.WriteString("<" + k.tag + ">")
		k.canon(b)
		b.WriteString("</>")
	}
}

// parseError is a well-formedness or structure error with a position.
type parseError struct {
	pos metadata.Pos
	msg string
}

func (e *parseError) Error() string { return e.pos.String() + ": " + e.msg }

// skipSet names elements whose subtrees are consumed without building nodes
// (a form's BaseForm copy, large opaque blocks the model does not use).
type skipSet map[string]bool

// parseTree reads one XML document into a node tree. It checks
// well-formedness itself (encoding/xml's RawToken does not match end tags).
// rel is the file name used in positions.
func parseTree(data []byte, rel string, skip skipSet) (*node, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	var stack []*node
	var root *node
	var text []byte
	skipDepth := 0
	for {
		line, col := d.InputPos()
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, xmlError(rel, d, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			tag := qname(t.Name)
			if skipDepth > 0 {
				skipDepth++
				continue
			}
			n := &node{tag: tag, attrs: t.Attr, pos: metadata.Pos{File: rel, Line: line, Col: col}}
			if len(stack) == 0 {
				if root != nil {
					return nil, &parseError{n.pos, "more than one root element"}
				}
				root = n
			} else {
				p := stack[len(stack)-1]
				p.kids = append(p.kids, n)
			}
			stack = append(stack, n)
			text = text[:0]
			if skip[t.Name.Local] {
				skipDepth = 1
			}
		case xml.EndElement:
			if skipDepth > 1 {
				skipDepth--
				continue
			}
			skipDepth = 0
			pos := metadata.Pos{File: rel, Line: line, Col: col}
			if len(stack) == 0 {
				return nil, &parseError{pos, fmt.Sprintf("unexpected end element </%s>", qname(t.Name))}
			}
			top := stack[len(stack)-1]
			if tag := qname(t.Name); tag != top.tag {
				return nil, &parseError{pos, fmt.Sprintf("element <%s> opened at line %d is closed by </%s>", top.tag, top.pos.Line, tag)}
			}
			if len(top.kids) == 0 {
				top.text = strings.TrimSpace(string(text))
			}
			text = text[:0]
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if skipDepth == 0 && len(stack) > 0 {
				text = append(text, t...)
			} else if len(stack) == 0 && len(bytes.TrimSpace(bytes.TrimPrefix(t, bom))) > 0 {
				return nil, &parseError{metadata.Pos{File: rel, Line: line, Col: col}, "text outside the root element"}
			}
		}
	}
	if len(stack) > 0 {
		top := stack[len(stack)-1]
		return nil, &parseError{top.pos, fmt.Sprintf("element <%s> is not closed (unexpected end of file)", top.tag)}
	}
	if root == nil {
		return nil, &parseError{metadata.Pos{File: rel, Line: 1, Col: 1}, "no root element"}
	}
	return root, nil
}

var bom = []byte{0xEF, 0xBB, 0xBF}

// scanFile checks well-formedness of a file the model does not use and
// returns its root element's tag and version attribute.
func scanFile(data []byte, rel string) (rootTag, version string, pos metadata.Pos, err error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	var stack []string
	for {
		line, col := d.InputPos()
		tok, e := d.RawToken()
		if e == io.EOF {
			break
		}
		if e != nil {
			return "", "", pos, xmlError(rel, d, e)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			tag := qname(t.Name)
			if len(stack) == 0 {
				if rootTag != "" {
					return "", "", pos, &parseError{metadata.Pos{File: rel, Line: line, Col: col}, "more than one root element"}
				}
				rootTag = tag
				pos = metadata.Pos{File: rel, Line: line, Col: col}
				for _, a := range t.Attr {
					if a.Name.Local == "version" && a.Name.Space == "" {
						version = a.Value
					}
				}
			}
			stack = append(stack, tag)
		case xml.EndElement:
			tag := qname(t.Name)
			if len(stack) == 0 || stack[len(stack)-1] != tag {
				return "", "", pos, &parseError{metadata.Pos{File: rel, Line: line, Col: col}, fmt.Sprintf("unexpected end element </%s>", tag)}
			}
			stack = stack[:len(stack)-1]
		}
	}
	if len(stack) > 0 {
		return "", "", pos, &parseError{metadata.Pos{File: rel}, fmt.Sprintf("element <%s> is not closed (unexpected end of file)", stack[len(stack)-1])}
	}
	if rootTag == "" {
		return "", "", pos, &parseError{metadata.Pos{File: rel, Line: 1, Col: 1}, "no root element"}
	}
	return rootTag, version, pos, nil
}

func qname(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return n.Space + ":" + n.Local
}

// xmlError turns an encoding/xml error into a positioned parseError.
func xmlError(rel string, d *xml.Decoder, err error) error {
	var se *xml.SyntaxError
	line, col := d.InputPos()
	msg := err.Error()
	if errors.As(err, &se) {
		line = se.Line
		msg = se.Msg
	}
	return &parseError{metadata.Pos{File: rel, Line: line, Col: col}, "XML is not well-formed: " + msg}
}
