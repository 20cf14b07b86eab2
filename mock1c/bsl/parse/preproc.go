package parse

import (
	"unicode/utf8"

	"wazzup-unf/mock1c/bsl/ast"
	"wazzup-unf/mock1c/bsl/scan"
	"wazzup-unf/mock1c/bsl/token"
)

// condFrame is one open #Если.
type condFrame struct {
	hash        token.Pos
	outerActive bool // was the text around the #Если active?
	taken       bool // a branch has already been chosen
	active      bool // the current branch is compiled
	sawElse     bool

	// Regions opened or closed inside a branch belong to that branch: each
	// branch starts from the regions open at #Если (regsAt), and after
	// #КонецЕсли the regions are those at the end of the active branch, or
	// of the first branch when none is active. So a region opened in both
	// branches and closed once after #КонецЕсли is balanced in every
	// context, as the platform compiles it.
	regsAt      []*ast.Region
	regsAfter   []*ast.Region
	afterSet    bool // regsAfter is set
	afterActive bool // regsAfter comes from the active branch
}

// endBranch records the regions at the end of the current branch of f and,
// unless the #Если ends, restarts the region stack for the next branch.
func (pp *preproc) endBranch(f *condFrame, last bool) {
	cur := pp.regions // shared: region stacks are never written in place
	if !f.afterSet || (f.active && !f.afterActive) {
		f.regsAfter, f.afterSet, f.afterActive = cur, true, f.active
	}
	if last {
		pp.regions = f.regsAfter
		return
	}
	pp.regions = f.regsAt
}

// preproc is the preprocessor state of one parse.
type preproc struct {
	p       *parser
	conds   []condFrame
	regions []*ast.Region // open regions, innermost last
	// change is the open #Вставка or #Удаление block; text is skipped
	// inside #Удаление and in inactive #Если branches (conds).
	change *ast.ChangeBlock
}

func (pp *preproc) init(p *parser) { pp.p = p }

// skipping reports whether text is currently not compiled.
func (pp *preproc) skipping() bool {
	if n := len(pp.conds); n > 0 && !pp.conds[n-1].active {
		return true
	}
	return pp.change != nil && pp.change.Kind == ast.Delete
}

func (pp *preproc) region() *ast.Region {
	if n := len(pp.regions); n > 0 {
		return pp.regions[n-1]
	}
	return nil
}

// atEOF reports directives left open.
func (pp *preproc) atEOF() {
	p := pp.p
	for _, c := range pp.conds {
		p.errorf(c.hash, "Ожидается директива препроцессора #КонецЕсли (#EndIf)")
	}
	pp.conds = nil
	for _, r := range pp.regions {
		p.errorf(r.Hash, "Ожидается директива препроцессора #КонецОбласти (#EndRegion)")
	}
	pp.regions = nil
	if pp.change != nil {
		if pp.change.Kind == ast.Insert {
			p.errorf(pp.change.Hash, "Ожидается директива препроцессора #КонецВставки (#EndInsert)")
		} else {
			p.errorf(pp.change.Hash, "Ожидается директива препроцессора #КонецУдаления (#EndDelete)")
		}
		pp.change = nil
	}
}

// dirLine is a tiny lexer over the text of one directive line.
type dirLine struct {
	text string
	base token.Pos // Pos of text[0]
	off  int
}

// word returns the next word (letters, digits, '_'), a single punctuation
// character, or "" at the end of the line (a "//" comment ends it too).
func (d *dirLine) word() (w string, pos token.Pos) {
	for d.off < len(d.text) && (d.text[d.off] == ' ' || d.text[d.off] == '\t' || d.text[d.off] == '\r') {
		d.off++
	}
	start := d.off
	pos = d.base + token.Pos(start)
	if start >= len(d.text) || (start+1 < len(d.text) && d.text[start] == '/' && d.text[start+1] == '/') {
		return "", pos
	}
	for d.off < len(d.text) {
		r, n := utf8.DecodeRuneInString(d.text[d.off:])
		if !token.IsIdentChar(r) {
			break
		}
		d.off += n
	}
	if d.off == start {
		_, n := utf8.DecodeRuneInString(d.text[d.off:])
		d.off += n
	}
	return d.text[start:d.off], pos
}

// rest reports whether anything but blanks and a comment remains.
func (d *dirLine) rest() (token.Pos, bool) {
	save := d.off
	w, pos := d.word()
	d.off = save
	return pos, w != ""
}

// directive runs one preprocessor line; t is its HASH token.
func (pp *preproc) directive(t scan.Token) {
	p := pp.p
	d := &dirLine{text: t.Lit, base: t.Pos + 1}
	w, wpos := d.word()
	switch token.Fold(w) {
	case "если", "if":
		outer := !pp.skipping()
		f := condFrame{hash: t.Pos, outerActive: outer, regsAt: pp.regions}
		v := pp.condition(d)
		if outer && v {
			f.active, f.taken = true, true
		}
		pp.conds = append(pp.conds, f)
	case "иначеесли", "elsif":
		f := pp.top(t.Pos, "#ИначеЕсли")
		if f == nil {
			return
		}
		if f.sawElse {
			p.errorf(t.Pos, "Директива #ИначеЕсли после #Иначе")
		}
		pp.endBranch(f, false)
		v := pp.condition(d)
		f.active = f.outerActive && !f.taken && v
		if f.active {
			f.taken = true
		}
	case "иначе", "else":
		f := pp.top(t.Pos, "#Иначе")
		if f == nil {
			return
		}
		if f.sawElse {
			p.errorf(t.Pos, "Директива #Иначе указана повторно")
		}
		pp.endBranch(f, false)
		f.sawElse = true
		f.active = f.outerActive && !f.taken
		f.taken = true
		pp.noRest(d)
	case "конецесли", "endif":
		f := pp.top(t.Pos, "#КонецЕсли")
		if f == nil {
			return
		}
		pp.endBranch(f, true)
		pp.conds = pp.conds[:len(pp.conds)-1]
		pp.noRest(d)
	case "область", "region":
		nw, npos := d.word()
		if nw == "" || !isName(nw) {
			p.errorf(npos, "Ожидается имя области")
			nw = ""
		}
		r := &ast.Region{Hash: t.Pos, Name: &ast.Ident{NamePos: npos, Name: nw, Folded: token.Fold(nw)}, Parent: pp.region()}
		// a full slice expression makes append copy: the stacks saved by
		// open #Если frames share this backing array and stay unchanged
		pp.regions = append(pp.regions[:len(pp.regions):len(pp.regions)], r)
		p.mod.Regions = append(p.mod.Regions, r)
		pp.noRest(d)
	case "конецобласти", "endregion":
		n := len(pp.regions)
		if n == 0 {
			p.errorf(t.Pos, "Директива #КонецОбласти без #Область")
			return
		}
		r := pp.regions[n-1]
		r.EndHash, r.Close = t.Pos, wpos+token.Pos(len(w))
		pp.regions = pp.regions[: n-1 : n-1]
		pp.noRest(d)
	case "вставка", "insert":
		pp.openChange(t.Pos, ast.Insert)
		pp.noRest(d)
	case "удаление", "delete":
		pp.openChange(t.Pos, ast.Delete)
		pp.noRest(d)
	case "конецвставки", "endinsert":
		pp.closeChange(t.Pos, wpos+token.Pos(len(w)), ast.Insert)
		pp.noRest(d)
	case "конецудаления", "enddelete":
		pp.closeChange(t.Pos, wpos+token.Pos(len(w)), ast.Delete)
		pp.noRest(d)
	case "":
		p.errorf(wpos, "Ожидается директива препроцессора")
	default:
		if pp.skipping() {
			return // inactive text is not checked
		}
		p.errorf(wpos, "Неизвестная директива препроцессора (%s)", w)
	}
}

func isName(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return token.IsLetter(r)
}

func (pp *preproc) noRest(d *dirLine) {
	if pos, ok := d.rest(); ok && !pp.skipping() {
		pp.p.errorf(pos, "Ожидается конец строки директивы препроцессора")
	}
}

func (pp *preproc) top(hash token.Pos, what string) *condFrame {
	if len(pp.conds) == 0 {
		pp.p.errorf(hash, "Директива %s без #Если", what)
		return nil
	}
	return &pp.conds[len(pp.conds)-1]
}

func (pp *preproc) openChange(hash token.Pos, k ast.ChangeKind) {
	if pp.change != nil {
		pp.p.errorf(hash, "Вложенные директивы #Вставка и #Удаление недопустимы")
		return
	}
	pp.change = &ast.ChangeBlock{Kind: k, Hash: hash}
}

func (pp *preproc) closeChange(hash, end token.Pos, k ast.ChangeKind) {
	c := pp.change
	if c == nil || c.Kind != k {
		if k == ast.Insert {
			pp.p.errorf(hash, "Директива #КонецВставки без #Вставка")
		} else {
			pp.p.errorf(hash, "Директива #КонецУдаления без #Удаление")
		}
		return
	}
	c.EndHash, c.Close = hash, end
	pp.p.mod.Changes = append(pp.p.mod.Changes, c)
	pp.change = nil
}

// condition parses and evaluates "expr Тогда" over the context's symbols.
// Errors are reported even in inactive text: a condition is checked in
// every context.
func (pp *preproc) condition(d *dirLine) bool {
	w, pos := d.word()
	c := condParser{pp: pp, d: d, w: w, pos: pos}
	v := c.or()
	switch token.Fold(c.w) {
	case "тогда", "then":
		pp.noRest(d)
	default:
		c.fail("Ожидается ключевое слово 'Тогда' ('Then')")
	}
	return v && !c.failed
}

type condParser struct {
	pp     *preproc
	d      *dirLine
	w      string
	pos    token.Pos
	failed bool
}

func (c *condParser) next() { c.w, c.pos = c.d.word() }
func (c *condParser) fail(msg string) {
	if !c.failed {
		c.pp.p.errorf(c.pos, "%s", msg)
	}
	c.failed = true
}

func (c *condParser) or() bool {
	v := c.and()
	for f := token.Fold(c.w); f == "или" || f == "or"; f = token.Fold(c.w) {
		c.next()
		v = c.and() || v
	}
	return v
}

func (c *condParser) and() bool {
	v := c.not()
	for f := token.Fold(c.w); f == "и" || f == "and"; f = token.Fold(c.w) {
		c.next()
		v = c.not() && v
	}
	return v
}

func (c *condParser) not() bool {
	switch f := token.Fold(c.w); {
	case f == "не" || f == "not":
		c.next()
		return !c.not()
	case c.w == "(":
		c.next()
		v := c.or()
		if c.w != ")" {
			c.fail("Ожидается символ ')'")
			return v
		}
		c.next()
		return v
	case c.w == "":
		c.fail("Ожидается символ препроцессора")
		return false
	}
	s, ok := LookupSymbol(c.w)
	if !ok {
		c.fail("Неизвестный символ препроцессора (" + c.w + ")")
		c.next()
		return false
	}
	c.next()
	return c.pp.p.opts.Symbols&s != 0
}
