package metadata

import (
	"cmp"
	"fmt"
	"slices"
)

// Severity says whether the platform itself would refuse the dump.
type Severity int

const (
	// Error: the platform refuses it (loading the files, applying the
	// extension or compiling a module).
	Error Severity = iota
	// Warning: a 1C development-standards lint; an error only in strict mode.
	Warning
)

func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Problem is one finding about a dump, tied to a rule and a position.
type Problem struct {
	Rule     string
	Severity Severity
	Pos      Pos
	Msg      string
}

func (p *Problem) Error() string {
	return fmt.Sprintf("%s: %s: %s [%s]", p.Pos, p.Severity, p.Msg, p.Rule)
}

// Problems collects findings; the zero value is ready to use. It is not safe
// for concurrent use.
type Problems struct{ List []*Problem }

// Errorf adds an error of rule at pos.
func (ps *Problems) Errorf(rule string, pos Pos, format string, args ...any) {
	ps.List = append(ps.List, &Problem{Rule: rule, Severity: Error, Pos: pos, Msg: fmt.Sprintf(format, args...)})
}

// Warnf adds a warning of rule at pos.
func (ps *Problems) Warnf(rule string, pos Pos, format string, args ...any) {
	ps.List = append(ps.List, &Problem{Rule: rule, Severity: Warning, Pos: pos, Msg: fmt.Sprintf(format, args...)})
}

// Add appends problems found elsewhere.
func (ps *Problems) Add(list ...*Problem) { ps.List = append(ps.List, list...) }

// Sort orders problems by rule, file, line, column and message, and drops
// exact duplicates.
func SortProblems(list []*Problem) []*Problem {
	slices.SortStableFunc(list, func(a, b *Problem) int {
		return cmp.Or(
			cmp.Compare(a.Rule, b.Rule),
			cmp.Compare(a.Pos.File, b.Pos.File),
			cmp.Compare(a.Pos.Line, b.Pos.Line),
			cmp.Compare(a.Pos.Col, b.Pos.Col),
			cmp.Compare(a.Msg, b.Msg),
		)
	})
	return slices.CompactFunc(list, func(a, b *Problem) bool { return *a == *b })
}
