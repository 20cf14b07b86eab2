package interp

import (
	"sort"
	"unicode/utf8"

	"wazzup-unf/mock1c/bsl/token"
)

// nearest returns the candidate closest to name by edit distance (case
// folded), or "" when none is close enough to be a likely typo. The result
// only ever goes into Error.Hint, never into the platform's text.
func nearest(name string, candidates []string) string {
	f := token.Fold(name)
	n := utf8.RuneCountInString(f)
	best, bestD := "", n/3+1
	if bestD > 3 {
		bestD = 3
	}
	for _, c := range candidates {
		if abs(utf8.RuneCountInString(c)-n) >= bestD {
			continue // the lengths alone differ too much
		}
		if d := distance(f, token.Fold(c)); d < bestD {
			best, bestD = c, d
		}
	}
	if best == "" || token.Fold(best) == f {
		return ""
	}
	return best
}

// distance is the Levenshtein distance over runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// varCandidates lists the names visible as variables at this point.
func (c *compiler) varCandidates(sc *scope) []string {
	var out []string
	for s := sc; s != nil; s = s.parent {
		for _, r := range s.names {
			out = append(out, r.name)
		}
	}
	out = append(out, c.mod.vars...)
	for _, n := range c.mod.ctxNames {
		out = append(out, n)
	}
	for _, g := range c.prog.props {
		out = append(out, g.Name.Ru)
	}
	sort.Strings(out) // deterministic hints
	return out
}

// procCandidates lists the names callable without a module prefix.
func (c *compiler) procCandidates() []string {
	var out []string
	for _, pc := range c.mod.procs {
		out = append(out, pc.name)
	}
	for _, pc := range c.prog.global {
		out = append(out, pc.name)
	}
	for _, d := range c.prog.funcs {
		out = append(out, d.Name.Ru)
	}
	sort.Strings(out)
	return out
}

// hint attaches advice to the last error.
func (c *compiler) hint(name string, candidates []string) {
	if len(c.errs) == 0 {
		return
	}
	if h := nearest(name, candidates); h != "" {
		c.errs[len(c.errs)-1].Hint = "возможно, имелось в виду " + h
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
