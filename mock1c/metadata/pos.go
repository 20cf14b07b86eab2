package metadata

import (
	"fmt"
	"strings"
)

// Pos is a position in a file of the dump: the path relative to the dump
// root (slash-separated, as the Designer names files) and a 1-based line and
// byte column. The zero Pos means "unknown".
type Pos struct {
	File string
	Line int
	Col  int
}

// String renders file:line:col, degrading to file:line, file or "-".
func (p Pos) String() string {
	switch {
	case p.File == "" && p.Line == 0:
		return "-"
	case p.Line == 0:
		return p.File
	case p.Col == 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// IsValid reports whether the position names a file.
func (p Pos) IsValid() bool { return p.File != "" }

// Fold returns the case-folded form of a 1C name (names are case-insensitive
// in the platform: Справочник.контрагенты is Справочник.Контрагенты).
func Fold(s string) string { return strings.ToLower(s) }

// EqualFold reports whether two 1C names are the same name.
func EqualFold(a, b string) bool { return strings.EqualFold(a, b) }
