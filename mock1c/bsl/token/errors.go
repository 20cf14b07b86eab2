package token

import (
	"fmt"
	"io"
	"sort"
)

// Error is one diagnostic at a source position. It prints as
// "file:line:col: message".
type Error struct {
	Pos Position
	Msg string
}

func (e *Error) Error() string {
	if e.Pos.Filename != "" || e.Pos.IsValid() {
		return e.Pos.String() + ": " + e.Msg
	}
	return e.Msg
}

// ErrorList is a list of diagnostics. The zero value is an empty list ready
// to use.
type ErrorList []*Error

// Add appends an error.
func (l *ErrorList) Add(pos Position, msg string) { *l = append(*l, &Error{Pos: pos, Msg: msg}) }

// Len, Swap and Less implement sort.Interface: by file, line, column, message.
func (l ErrorList) Len() int      { return len(l) }
func (l ErrorList) Swap(i, j int) { l[i], l[j] = l[j], l[i] }
func (l ErrorList) Less(i, j int) bool {
	a, b := l[i].Pos, l[j].Pos
	if a.Filename != b.Filename {
		return a.Filename < b.Filename
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	if a.Column != b.Column {
		return a.Column < b.Column
	}
	return l[i].Msg < l[j].Msg
}

// Sort sorts the list by position.
func (l ErrorList) Sort() { sort.Stable(l) }

// RemoveMultiples sorts the list and keeps only the first error of each line,
// which is usually the cause of the others.
func (l *ErrorList) RemoveMultiples() {
	l.Sort()
	var last Position
	out := (*l)[:0]
	for i, e := range *l {
		if i == 0 || e.Pos.Filename != last.Filename || e.Pos.Line != last.Line {
			last = e.Pos
			out = append(out, e)
		}
	}
	*l = out
}

// Dedup sorts the list and removes exact duplicates (same position and
// message), e.g. when one module is parsed for several execution contexts.
func (l *ErrorList) Dedup() {
	l.Sort()
	out := (*l)[:0]
	for i, e := range *l {
		if i > 0 {
			p := out[len(out)-1]
			if p.Pos.Filename == e.Pos.Filename && p.Pos.Line == e.Pos.Line && p.Pos.Column == e.Pos.Column && p.Msg == e.Msg {
				continue
			}
		}
		out = append(out, e)
	}
	*l = out
}

// Error prints the first error and how many more there are.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns nil for an empty list and the list itself otherwise.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Print writes err to w, one error per line when it is an ErrorList.
func Print(w io.Writer, err error) {
	if list, ok := err.(ErrorList); ok {
		for _, e := range list {
			fmt.Fprintln(w, e)
		}
		return
	}
	if err != nil {
		fmt.Fprintln(w, err)
	}
}
