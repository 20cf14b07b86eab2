// Package token defines the lexical vocabulary of the 1C:Enterprise language
// (BSL): token kinds, the keyword table in Russian and English, and source
// positions.
//
// # Positions
//
// Positions follow go/token. A Pos is a compact integer offset into a FileSet
// in which every module (named by its Designer path, e.g.
// "CommonModules/WazzupAPI/Ext/Module.bsl") owns a range of Pos values. Nodes
// of the syntax tree store only Pos; a Pos is expanded into a Position
// {Filename, Line, Column} only when it is printed. The zero Pos is NoPos.
//
// Lines and columns are 1-based. Columns count characters (runes), not bytes,
// because the platform and the editors people use with 1C count characters
// ("{ОбщийМодуль.X.Модуль(180,13)}"); a tab counts as one character.
//
// # Errors
//
// Error and ErrorList carry "file:line:col: message" diagnostics for every
// pass of the front end (scanner, preprocessor, parser) and the ones above it.
package token

import (
	"fmt"
	"sort"
	"sync"
	"unicode/utf8"
)

// Pos is a compact source position: an offset into a FileSet. NoPos (zero)
// means "no position".
type Pos int

// NoPos is the zero Pos; it belongs to no file.
const NoPos Pos = 0

// IsValid reports whether p is a real position.
func (p Pos) IsValid() bool { return p != NoPos }

// Position is a Pos expanded for humans.
type Position struct {
	Filename string
	Offset   int // byte offset, 0-based
	Line     int // 1-based
	Column   int // 1-based, in characters
}

// IsValid reports whether the position has a line.
func (p Position) IsValid() bool { return p.Line > 0 }

// String formats "file:line:col", degrading to "file:line", "file", "line:col"
// or "-" as information is missing.
func (p Position) String() string {
	s := p.Filename
	if p.IsValid() {
		if s != "" {
			s += ":"
		}
		s += fmt.Sprintf("%d", p.Line)
		if p.Column != 0 {
			s += fmt.Sprintf(":%d", p.Column)
		}
	}
	if s == "" {
		s = "-"
	}
	return s
}

// File is one module in a FileSet: its name, its range of Pos values and the
// offsets at which its lines start.
type File struct {
	name string
	base int // Pos of offset 0
	size int

	mu    sync.Mutex
	lines []int // offsets of line starts; lines[0] == 0
	src   []byte
}

// Name returns the file name the File was added with.
func (f *File) Name() string { return f.name }

// Base returns the Pos of the file's first byte.
func (f *File) Base() int { return f.base }

// Size returns the file size in bytes.
func (f *File) Size() int { return f.size }

// Pos returns the Pos of a byte offset in the file. Offsets past the end are
// clamped to the end (the end-of-file position is valid).
func (f *File) Pos(offset int) Pos {
	if offset < 0 {
		offset = 0
	}
	if offset > f.size {
		offset = f.size
	}
	return Pos(f.base + offset)
}

// Offset returns the byte offset of p in the file.
func (f *File) Offset(p Pos) int {
	o := int(p) - f.base
	if o < 0 {
		return 0
	}
	if o > f.size {
		return f.size
	}
	return o
}

// SetLines replaces the line table (line-start offsets, strictly increasing,
// first one 0). The scanner calls it once it has seen the whole file.
func (f *File) SetLines(lines []int) {
	f.mu.Lock()
	f.lines = lines
	f.mu.Unlock()
}

// SetLinesForContent computes the line table from the content and keeps the
// content so that columns can be counted in characters.
func (f *File) SetLinesForContent(src []byte) {
	lines := []int{0}
	for i, b := range src {
		if b == '\n' && i+1 <= len(src) {
			lines = append(lines, i+1)
		}
	}
	f.mu.Lock()
	f.lines = lines
	f.src = src
	f.mu.Unlock()
}

// SetSource keeps the content so that columns can be counted in characters.
func (f *File) SetSource(src []byte) {
	f.mu.Lock()
	f.src = src
	f.mu.Unlock()
}

// LineCount returns the number of lines known.
func (f *File) LineCount() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.lines)
}

// LineStart returns the Pos of the first byte of a 1-based line, or NoPos.
func (f *File) LineStart(line int) Pos {
	f.mu.Lock()
	defer f.mu.Unlock()
	if line < 1 || line > len(f.lines) {
		return NoPos
	}
	return Pos(f.base + f.lines[line-1])
}

// Line returns the 1-based line of p (cheaper than Position: no column).
func (f *File) Line(p Pos) int {
	if p == NoPos {
		return 0
	}
	off := f.Offset(p)
	f.mu.Lock()
	lines := f.lines
	f.mu.Unlock()
	i := sort.Search(len(lines), func(i int) bool { return lines[i] > off })
	if i < 1 {
		return 1
	}
	return i
}

// Position expands p, which must belong to f.
func (f *File) Position(p Pos) Position {
	if p == NoPos {
		return Position{}
	}
	off := f.Offset(p)
	f.mu.Lock()
	lines, src := f.lines, f.src
	f.mu.Unlock()
	if len(lines) == 0 {
		lines = []int{0}
	}
	i := sort.Search(len(lines), func(i int) bool { return lines[i] > off }) - 1
	if i < 0 {
		i = 0
	}
	col := off - lines[i] + 1
	if src != nil && off <= len(src) {
		col = utf8.RuneCount(src[lines[i]:off]) + 1
		// a BOM at the start of the file is not a character of line 1
		if i == 0 && off >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
			col--
		}
	}
	return Position{Filename: f.name, Offset: off, Line: i + 1, Column: col}
}

// FileSet is a set of modules sharing one Pos space. It is safe for
// concurrent use: modules may be added and parsed in parallel.
type FileSet struct {
	mu    sync.RWMutex
	base  int
	files []*File
}

// NewFileSet returns an empty FileSet.
func NewFileSet() *FileSet { return &FileSet{base: 1} }

// AddFile adds a module of the given size and returns it. Its Pos range is
// [base, base+size], so the end-of-file position is distinct from the next
// file's first byte.
func (s *FileSet) AddFile(name string, size int) *File {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.base == 0 {
		s.base = 1
	}
	f := &File{name: name, base: s.base, size: size, lines: []int{0}}
	s.base += size + 1
	s.files = append(s.files, f)
	return f
}

// File returns the file that contains p, or nil.
func (s *FileSet) File(p Pos) *File {
	if p == NoPos {
		return nil
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	i := sort.Search(len(s.files), func(i int) bool { return s.files[i].base > int(p) }) - 1
	if i < 0 {
		return nil
	}
	f := s.files[i]
	if int(p) > f.base+f.size {
		return nil
	}
	return f
}

// Position expands p; an unknown Pos gives the zero Position.
func (s *FileSet) Position(p Pos) Position {
	if f := s.File(p); f != nil {
		return f.Position(p)
	}
	return Position{}
}
