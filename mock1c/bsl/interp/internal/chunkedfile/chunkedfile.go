// Package chunkedfile reads the conformance scripts of mock1c/bsl/testdata.
//
// A script is a BSL file cut into independent chunks by lines that hold
// exactly "---". Each chunk is compiled and run as a module of its own, so a
// chunk's line 1 is the line after the separator (as in a real module, where
// ИнформацияОбОшибке().НомерСтроки counts from the top of the module).
//
// Inside a chunk two kinds of comment lines are meaningful:
//
//	А = 1 / 0; // ### "Деление на 0"
//
// says an error whose text matches the regular expression is expected on
// that very line (compile or run time: the runner reports whichever comes
// first), and
//
//	// option:client
//
// anywhere in the chunk sets an option for that chunk (the runner decides
// what an option means: execution context, step limit, …). An option may
// carry a value: "// option:steplimit=1000".
//
// The format follows starlark-go's internal/chunkedfile (testdata/*.star with
// "### " expectations); this implementation is our own.
package chunkedfile

import (
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
)

// Chunk is one independent piece of a script.
type Chunk struct {
	File    string            // script file name, for messages
	Start   int               // file line of the chunk's first line (1-based)
	Source  string            // the chunk's text, its line 1 is file line Start
	Options map[string]string // "// option:name[=value]" lines; value "" when absent
	Wants   map[int][]*regexp.Regexp

	matched map[int][]bool
}

// Expectation is one "### "regexp"" comment that no error matched.
type Expectation struct {
	Line    int // chunk line
	Pattern string
}

var (
	expectRE = regexp.MustCompile(`//\s*###\s*(".*")\s*$`)
	optionRE = regexp.MustCompile(`^\s*//\s*option:([^\s=]+)(?:=(\S*))?\s*$`)
)

// Read loads a script and splits it into chunks.
func Read(filename string) ([]*Chunk, error) {
	data, err := os.ReadFile(filename)
	if err != nil {
		return nil, err
	}
	return Parse(filename, string(data))
}

// Parse splits the text of a script into chunks. A UTF-8 byte order mark
// and CR before LF are removed first (scripts may be saved as the Designer
// saves modules).
func Parse(filename, text string) ([]*Chunk, error) {
	text = strings.TrimPrefix(text, "\uFEFF")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	lines := strings.Split(text, "\n")
	var chunks []*Chunk
	start := 0
	flush := func(end int) error {
		c := &Chunk{
			File:    filename,
			Start:   start + 1,
			Source:  strings.Join(lines[start:end], "\n") + "\n",
			Options: map[string]string{},
			Wants:   map[int][]*regexp.Regexp{},
			matched: map[int][]bool{},
		}
		for i := start; i < end; i++ {
			l := lines[i]
			if m := optionRE.FindStringSubmatch(l); m != nil {
				c.Options[strings.ToLower(m[1])] = m[2]
				continue
			}
			if m := expectRE.FindStringSubmatch(l); m != nil {
				// The text between the quotes is the regexp as is (no Go
				// unquoting), so "\(" is written \( once, as in regexp syntax.
				pat := m[1][1 : len(m[1])-1]
				re, err := regexp.Compile(pat)
				if err != nil {
					return fmt.Errorf("%s:%d: bad ### regexp: %v", filename, i+1, err)
				}
				line := i - start + 1
				c.Wants[line] = append(c.Wants[line], re)
				c.matched[line] = append(c.matched[line], false)
			}
		}
		if strings.TrimSpace(c.Source) != "" {
			chunks = append(chunks, c)
		}
		return nil
	}
	for i, l := range lines {
		if strings.TrimRight(l, " \t") == "---" {
			if err := flush(i); err != nil {
				return nil, err
			}
			start = i + 1
		}
	}
	if err := flush(len(lines)); err != nil {
		return nil, err
	}
	return chunks, nil
}

// Has reports whether the chunk sets the option.
func (c *Chunk) Has(name string) bool { _, ok := c.Options[strings.ToLower(name)]; return ok }

// Name identifies the chunk in test names: "file:line".
func (c *Chunk) Name() string { return fmt.Sprintf("%s:%d", c.File, c.Start) }

// FileLine converts a chunk line to a line of the script file.
func (c *Chunk) FileLine(line int) int { return c.Start + line - 1 }

// ExpectsErrors reports whether the chunk holds any "###" expectation.
func (c *Chunk) ExpectsErrors() bool { return len(c.Wants) > 0 }

// GotError records an error reported at a chunk line. It returns "" when an
// expectation on that line matches msg, else a description of the mismatch.
func (c *Chunk) GotError(line int, msg string) string {
	res := c.Wants[line]
	for i, re := range res {
		if re.MatchString(msg) {
			c.matched[line][i] = true
			return ""
		}
	}
	if len(res) == 0 {
		return fmt.Sprintf("%s:%d: unexpected error: %s", c.File, c.FileLine(line), msg)
	}
	pats := make([]string, len(res))
	for i, re := range res {
		pats[i] = re.String()
	}
	return fmt.Sprintf("%s:%d: error %q does not match %q", c.File, c.FileLine(line), msg, strings.Join(pats, " | "))
}

// Unmatched lists the expectations no error matched, in line order.
func (c *Chunk) Unmatched() []Expectation {
	var out []Expectation
	for line, res := range c.Wants {
		for i, re := range res {
			if !c.matched[line][i] {
				out = append(out, Expectation{Line: line, Pattern: re.String()})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Line < out[j].Line })
	return out
}
