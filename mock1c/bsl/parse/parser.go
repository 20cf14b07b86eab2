package parse

import (
	"fmt"
	"strings"

	"wazzup-unf/mock1c/bsl/ast"
	"wazzup-unf/mock1c/bsl/scan"
	"wazzup-unf/mock1c/bsl/token"
)

// bailout is the panic value that stops a parse after too many errors.
type bailout struct{}

const maxErrors = 10

// listCtx says where a statement list is: it decides which tokens end it.
type listCtx int

const (
	ctxBody listCtx = iota // module body or Выполнить text
	ctxMethod
	ctxBlock // inside Если/Пока/Для/Попытка
)

type parser struct {
	file *token.File
	sc   scan.Scanner
	tok  scan.Token // current token
	opts Options

	mod    *ast.Module
	errors token.ErrorList
	// lastErrLine suppresses cascades: one error per line.
	lastErrLine int

	prevEndLine int // line on which the previous real token ended

	// comments
	group        *ast.CommentGroup
	groupEndLine int
	groupOwnLine bool // the group's first comment started its line

	// preprocessor
	pp preproc

	// inFunc is set while parsing a function body (Возврат takes a value).
	inFunc   bool
	inMethod bool
	inAsync  bool // Ждать is an operator only inside Асинх methods

	// methodNames holds the folded names of the methods parsed so far.
	methodNames map[string]bool

	// depth is the current nesting of expressions and blocks (see enter).
	depth int

	// pending, when set, is an operand already parsed by the caller: the
	// next parseUnary returns it (with its postfix operators) instead of
	// reading one, so that parseExpr continues an expression whose first
	// operand had to be parsed ahead ("ВызватьИсключение (А) + Б").
	pending ast.Expr

	// slabs for small nodes
	idents []ast.Ident
}

// maxDepth bounds nesting so that no input can exhaust the Go stack; real
// modules stay far below it.
const maxDepth = 1000

// enter counts one level of nesting; too deep a nesting stops the parse.
func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		p.opts.AllErrors = false
		p.lastErrLine = -1
		p.errorf(p.tok.Pos, "Слишком большая вложенность конструкций")
		panic(bailout{})
	}
}

func (p *parser) leave() { p.depth-- }

func (p *parser) init(file *token.File, src []byte, opts Options) {
	p.file = file
	p.opts = opts
	p.mod = &ast.Module{File: file}
	p.sc.Init(file, src, p.scanError)
	p.pp.init(p)
	p.sc.StringDirective = func(t scan.Token) bool {
		p.pp.directive(t)
		return p.pp.skipping()
	}
	p.next()
}

// scanError reports scanner errors, except in text the preprocessor skips
// (it is checked when parsed for a context in which it is active).
func (p *parser) scanError(pos token.Pos, msg string) {
	if !p.pp.skipping() {
		p.errorf(pos, "%s", msg)
	}
}

// errorf records an error unless one was already recorded on that line.
func (p *parser) errorf(pos token.Pos, format string, args ...any) {
	line := p.file.Line(pos)
	if line == p.lastErrLine && len(p.errors) > 0 {
		return
	}
	p.lastErrLine = line
	position := p.file.Position(pos)
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	p.errors.Add(position, msg)
	if !p.opts.AllErrors && len(p.errors) >= maxErrors {
		panic(bailout{})
	}
}

// next advances to the next real token, collecting comments and running
// preprocessor directives on the way.
func (p *parser) next() {
	if p.tok.Kind != token.COMMENT && p.tok.Kind != token.HASH && p.tok.Pos.IsValid() {
		p.prevEndLine = p.sc.Line()
	}
	for {
		p.sc.Scan(&p.tok)
		switch p.tok.Kind {
		case token.COMMENT:
			if !p.pp.skipping() {
				p.addComment()
			}
			continue
		case token.HASH:
			p.pp.directive(p.tok)
			continue
		}
		if p.pp.skipping() && p.tok.Kind != token.EOF {
			continue
		}
		if p.tok.Kind == token.EOF {
			p.pp.atEOF()
		}
		return
	}
}

func (p *parser) addComment() {
	c := &ast.Comment{Slash: p.tok.Pos, Text: p.tok.Lit}
	line := p.tok.Line
	if p.group != nil && line == p.groupEndLine+1 && p.groupEndLine > p.prevEndLine {
		p.group.List = append(p.group.List, c)
		p.groupEndLine = line
		return
	}
	p.group = &ast.CommentGroup{List: []*ast.Comment{c}}
	p.groupEndLine = line
	p.groupOwnLine = line > p.prevEndLine
	p.mod.Comments = append(p.mod.Comments, p.group)
}

// leadComment returns the comment group that ends on the line just above
// the current token and stands on its own lines.
func (p *parser) leadComment() *ast.CommentGroup {
	if p.group != nil && p.groupOwnLine && p.groupEndLine == p.tok.Line-1 && p.groupEndLine > p.prevEndLine {
		return p.group
	}
	return nil
}

func (p *parser) ident() *ast.Ident {
	if len(p.idents) == 0 {
		p.idents = make([]ast.Ident, 128)
	}
	id := &p.idents[0]
	p.idents = p.idents[1:]
	id.NamePos, id.Name, id.Folded = p.tok.Pos, p.tok.Lit, p.tok.Folded
	return id
}

// expectIdent consumes an identifier or reports one is expected.
func (p *parser) expectIdent() *ast.Ident {
	if p.tok.Kind != token.IDENT {
		p.errorf(p.tok.Pos, "Ожидается идентификатор")
		return &ast.Ident{NamePos: p.tok.Pos, Name: "", Folded: ""} // missing name: empty
	}
	id := p.ident()
	p.next()
	return id
}

// expect consumes a token of kind k, or reports it missing and returns the
// current position without consuming.
func (p *parser) expect(k token.Kind) token.Pos {
	pos := p.tok.Pos
	if p.tok.Kind == k {
		p.next()
		return pos
	}
	p.errorExpected(k)
	return pos
}

func (p *parser) errorExpected(k token.Kind) {
	if k.IsKeyword() {
		// the platform's form: Ожидается ключевое слово 'КонецЕсли' ('EndIf')
		p.errorf(p.tok.Pos, "Ожидается ключевое слово '%s' ('%s')", k.String(), k.English())
	} else {
		p.errorf(p.tok.Pos, "Ожидается символ '%s'", k.String())
	}
}

// closeKeyword consumes the closing keyword of a block and returns the
// position just after it (the node's End).
func (p *parser) closeKeyword(k token.Kind) token.Pos {
	if p.tok.Kind == k {
		end := p.tok.End
		p.next()
		return end
	}
	p.errorExpected(k)
	return p.tok.Pos
}

// ---------------------------------------------------------------------------
// Module structure

func (p *parser) parseModule() {
	m := p.mod
	seenMethod, seenBody := false, false
	for p.tok.Kind != token.EOF {
		switch {
		case p.tok.Kind == token.IDENT && isAsync(p.tok.Folded):
			// "Асинх Процедура …", or a statement that starts with a
			// variable called Асинх
			doc := p.leadComment()
			id := p.ident()
			p.next()
			if p.tok.Kind == token.PROCEDURE || p.tok.Kind == token.FUNCTION {
				if seenBody {
					p.errorf(id.Pos(), "Процедуры и функции должны предшествовать операторам тела модуля")
				}
				seenMethod = true
				m.Methods = append(m.Methods, p.parseMethodChecked(doc, nil, id))
				continue
			}
			seenBody = true
			m.Body = append(m.Body, p.parseSimpleStmt(id))
			p.endStmt(ctxBody)
		case p.tok.Kind == token.AMP || p.tok.Kind == token.PROCEDURE || p.tok.Kind == token.FUNCTION || p.tok.Kind == token.VAR:
			doc := p.leadComment()
			annots := p.parseAnnotations()
			var async *ast.Ident
			if p.tok.Kind == token.IDENT && isAsync(p.tok.Folded) {
				async = p.ident()
				p.next()
			}
			switch p.tok.Kind {
			case token.VAR:
				if seenMethod || seenBody {
					p.errorf(p.tok.Pos, "Объявления переменных модуля должны предшествовать процедурам, функциям и операторам")
				}
				m.Vars = append(m.Vars, p.parseVarDecl(annots, true))
			case token.PROCEDURE, token.FUNCTION:
				if seenBody {
					p.errorf(p.tok.Pos, "Процедуры и функции должны предшествовать операторам тела модуля")
				}
				seenMethod = true
				m.Methods = append(m.Methods, p.parseMethodChecked(doc, annots, async))
			default:
				p.errorf(p.tok.Pos, "Ожидается ключевое слово 'Процедура', 'Функция' или 'Перем'")
				p.syncTop()
			}
		default:
			from := p.tok.Pos
			list := p.parseStmtList(ctxBody)
			if len(list) > 0 || p.tok.Pos != from {
				// even a lone ';' (an empty statement) starts the body, so
				// "КонецПроцедуры; Процедура Б()" is an error, as in
				// OneScript's compiler tests (TestNoSemicolonBetweenProcedures);
				// a ';' after the last method is an empty body and fine
				seenBody = true
				m.Body = append(m.Body, list...)
			}
			if p.tok.Kind != token.EOF && p.tok.Kind != token.AMP && p.tok.Kind != token.PROCEDURE &&
				p.tok.Kind != token.FUNCTION && p.tok.Kind != token.VAR {
				// a stray block keyword (КонецЕсли without Если …)
				p.errorf(p.tok.Pos, "Неопознанный оператор")
				p.next()
			}
		}
	}
}

func isAsync(folded string) bool { return folded == "асинх" || folded == "async" }

// parseMethodChecked parses a method and reports a duplicate name.
func (p *parser) parseMethodChecked(doc *ast.CommentGroup, annots []*ast.Annotation, async *ast.Ident) *ast.Method {
	meth := p.parseMethod(doc, annots, async)
	if meth.Name.Name != "" {
		if p.methodNames[meth.Name.Folded] {
			p.errorf(meth.Name.Pos(), "Процедура или функция с таким именем уже определена (%s)", meth.Name.Name)
		}
		if p.methodNames == nil {
			p.methodNames = map[string]bool{}
		}
		p.methodNames[meth.Name.Folded] = true
	}
	return meth
}

// syncTop skips to the next token that can start a module-level item.
func (p *parser) syncTop() {
	for {
		switch p.tok.Kind {
		case token.EOF, token.PROCEDURE, token.FUNCTION, token.VAR, token.AMP:
			return
		}
		p.next()
	}
}

func (p *parser) parseAnnotations() []*ast.Annotation {
	var list []*ast.Annotation
	for p.tok.Kind == token.AMP {
		a := &ast.Annotation{Amp: p.tok.Pos}
		p.next()
		a.Name = p.expectIdent()
		if a.Directive() == ast.NoDirective && a.Extension() == ast.NotExtension && a.Name.Name != "" {
			p.errorf(a.Name.Pos(), "Неизвестная директива компиляции (%s)", a.Name.Name)
		}
		if p.tok.Kind == token.LPAREN {
			if a.Directive() != ast.NoDirective {
				p.errorf(p.tok.Pos, "Директива компиляции не имеет параметров")
			}
			a.Lparen = p.tok.Pos
			p.next()
			if p.tok.Kind == token.STRING {
				a.Arg = p.stringLit()
			} else {
				p.errorf(p.tok.Pos, "Ожидается строковая константа")
			}
			a.Rparen = p.expect(token.RPAREN)
		} else if a.Extension() != ast.NotExtension {
			p.errorExpected(token.LPAREN)
		}
		list = append(list, a)
	}
	return list
}

// parseVarDecl parses "Перем А [Экспорт], Б;". Export is allowed only at
// module level.
func (p *parser) parseVarDecl(annots []*ast.Annotation, module bool) *ast.VarDecl {
	d := &ast.VarDecl{Annotations: annots, Var: p.tok.Pos}
	for _, a := range annots {
		if dir := a.Directive(); dir != ast.NoDirective {
			d.Directive = dir
		} else {
			p.errorf(a.Pos(), "Аннотация (%s) не применима к переменной", a.Name.Name)
		}
	}
	p.next() // Перем
	for {
		v := &ast.VarName{Name: p.expectIdent()}
		if p.tok.Kind == token.EXPORT {
			if !module {
				p.errorf(p.tok.Pos, "Локальная переменная не может быть экспортной")
			}
			v.Export, v.ExportPos = true, p.tok.Pos
			p.next()
		}
		d.Names = append(d.Names, v)
		if p.tok.Kind != token.COMMA {
			break
		}
		p.next()
	}
	if p.tok.Kind == token.SEMICOLON {
		d.Semicolon = p.tok.Pos
		p.next()
	} else {
		p.errorExpected(token.SEMICOLON)
		p.syncStmt()
	}
	return d
}

func (p *parser) parseMethod(doc *ast.CommentGroup, annots []*ast.Annotation, async *ast.Ident) *ast.Method {
	m := &ast.Method{Doc: doc, Annotations: annots, Keyword: p.tok.Pos, IsFunction: p.tok.Kind == token.FUNCTION}
	if async != nil {
		m.Async, m.AsyncPos = true, async.Pos()
	}
	for _, a := range annots {
		if dir := a.Directive(); dir != ast.NoDirective {
			if m.Directive != ast.NoDirective {
				p.errorf(a.Pos(), "Директива компиляции указана более одного раза")
			}
			m.Directive = dir
		}
	}
	m.Region = p.pp.region()
	p.next()
	m.Name = p.expectIdent()
	m.Lparen = p.expect(token.LPAREN)
	if p.tok.Kind != token.RPAREN {
		for {
			m.Params = append(m.Params, p.parseParam())
			if p.tok.Kind != token.COMMA {
				break
			}
			p.next()
		}
	}
	m.Rparen = p.expect(token.RPAREN)
	if p.tok.Kind == token.EXPORT {
		m.Export, m.ExportPos = true, p.tok.Pos
		p.next()
	}
	p.inMethod, p.inFunc, p.inAsync = true, m.IsFunction, m.Async
	defer func() { p.inMethod, p.inFunc, p.inAsync = false, false, false }()
	for p.tok.Kind == token.VAR {
		m.Vars = append(m.Vars, p.parseVarDecl(nil, false))
	}
	for {
		m.Body = append(m.Body, p.parseStmtList(ctxMethod)...)
		if p.tok.Kind != token.VAR {
			break
		}
		p.errorf(p.tok.Pos, "Объявления локальных переменных должны предшествовать операторам")
		m.Vars = append(m.Vars, p.parseVarDecl(nil, false))
	}
	end := token.ENDPROC
	if m.IsFunction {
		end = token.ENDFUNC
	}
	m.EndKeyword = p.tok.Pos
	if p.tok.Kind == end {
		m.Close = p.tok.End
		p.next()
	} else {
		p.errorExpected(end)
		m.Close = p.tok.Pos
		// a missing end keyword: resume at the next method
		if p.tok.Kind == token.ENDPROC || p.tok.Kind == token.ENDFUNC {
			p.next()
		} else {
			p.syncTop()
		}
	}
	return m
}

func (p *parser) parseParam() *ast.Param {
	prm := &ast.Param{}
	if p.tok.Kind == token.VAL {
		prm.ByVal, prm.ValPos = true, p.tok.Pos
		p.next()
	}
	prm.Name = p.expectIdent()
	if p.tok.Kind == token.EQL {
		p.next()
		prm.Default = p.parseConst()
	}
	return prm
}

// parseConst parses a default value: a literal, or a signed number.
func (p *parser) parseConst() ast.Expr {
	switch p.tok.Kind {
	case token.SUB, token.ADD:
		op, pos := p.tok.Kind, p.tok.Pos
		p.next()
		if p.tok.Kind != token.NUMBER {
			p.errorf(p.tok.Pos, "Ожидается числовая константа")
			return &ast.BadExpr{From: pos, To: p.tok.Pos}
		}
		return &ast.UnaryExpr{OpPos: pos, Op: op, X: p.basicLit()}
	case token.NUMBER, token.DATE, token.TRUE, token.FALSE, token.UNDEFINED, token.NULL:
		return p.basicLit()
	case token.STRING:
		return p.stringLit()
	}
	p.errorf(p.tok.Pos, "Ожидается константа")
	return &ast.BadExpr{From: p.tok.Pos, To: p.tok.Pos}
}

func (p *parser) basicLit() *ast.BasicLit {
	x := &ast.BasicLit{ValuePos: p.tok.Pos, ValueEnd: p.tok.End, Kind: p.tok.Kind, Value: p.tok.Lit}
	p.next()
	return x
}

// stringLit parses one or more adjacent string literals. They are one
// multi-line string: each next literal starts a new line ("А" "Б" is
// "А\nБ"), the same value as the "|" continuation form. Source: OneScript's
// string lexer (StringLexerState: a quote right after a closed literal, past
// blanks and comments, appends '\n'), which follows the platform.
func (p *parser) stringLit() *ast.BasicLit {
	x := &ast.BasicLit{ValuePos: p.tok.Pos, ValueEnd: p.tok.End, Kind: token.STRING, Value: p.tok.Lit}
	p.next()
	if p.tok.Kind != token.STRING {
		return x
	}
	var b strings.Builder // many adjacent literals must not cost quadratic time
	b.WriteString(x.Value)
	for p.tok.Kind == token.STRING {
		b.WriteByte('\n')
		b.WriteString(p.tok.Lit)
		x.ValueEnd = p.tok.End
		p.next()
	}
	x.Value = b.String()
	return x
}
