package interp

import (
	"fmt"

	"wazzup-unf/mock1c/bsl/ast"
	"wazzup-unf/mock1c/bsl/token"
	"wazzup-unf/mock1c/bsl/value"
)

// Compiled code is a tree of Go closures: an expression becomes an evalFn,
// a statement an execFn. Closures capture resolved slots and positions, so
// running a statement indexes arrays and never looks a name up. Run-time
// errors panic with *bslPanic (caught by Попытка and at the API edge);
// Прервать/Продолжить/Возврат travel as the ctl result.
type (
	evalFn  func(fr *frame) value.Value
	execFn  func(fr *frame) ctl
	addrFn  func(fr *frame) *value.Value // address of a variable, for by-reference arguments
	storeFn func(fr *frame, v value.Value)
)

type ctl uint8

const (
	ctlNext ctl = iota
	ctlBreak
	ctlContinue
	ctlReturn
)

// compiler compiles one module (or one Вычислить/Выполнить fragment).
type compiler struct {
	prog *Program
	mod  *moduleCode
	errs ErrorList
	// fragment compilation (Вычислить, Выполнить): every position is
	// reported as the position of the call, names unknown to the caller's
	// scope are errors of the fragment.
	fixedPos token.Pos
	fragment bool
}

// scope is the name table of one procedure during compilation, built in
// text order: the platform compiles in one pass, so a local exists from its
// first assignment on.
type scope struct {
	proc      *procCode
	names     map[string]varRef
	nlocals   int
	loops     int  // nesting of Для/Пока, for Прервать/Продолжить
	inExcept  int  // nesting of Исключение blocks, for ВызватьИсключение без параметров
	body      bool // the module body
	noContext bool
	parent    *scope // fragments: the caller's scope (read-only)
}

func (c *compiler) pos(p token.Pos) token.Pos {
	if c.fixedPos.IsValid() {
		return c.fixedPos
	}
	return p
}

func (c *compiler) errorf(p token.Pos, format string, args ...any) {
	pos := c.mod.file.Position(c.pos(p))
	if c.fragment {
		pos = token.Position{Filename: pos.Filename, Line: pos.Line, Column: pos.Column}
	}
	c.errs = append(c.errs, &Error{File: c.mod.file.Name(), Module: c.mod.spec.Name, Extension: c.mod.spec.Extension, Line: pos.Line, Col: pos.Column, Msg: fmt.Sprintf(format, args...), Source: c.mod.sourceLine(pos.Line)})
}

// placement decides, for a procedure with a compile directive, whether it
// exists in ctx and whether calling it there crosses to the server. Only
// form and command modules read directives; in other modules the
// preprocessor alone decides.
func placement(kind ModuleKind, dir ast.Directive, ctx Context) (include, remote bool) {
	if kind != FormModule && kind != CommandModule {
		return true, false
	}
	if dir == ast.NoDirective {
		dir = ast.AtServer // a form procedure without a directive lives on the server
	}
	switch dir {
	case ast.AtClient:
		return ctx.IsClient(), false
	case ast.AtServer, ast.AtServerNoContext:
		if ctx.IsClient() {
			return true, true
		}
		return true, false
	}
	return true, false // &НаКлиентеНаСервере…: everywhere
}

// declareProcs records a module's variables and procedure signatures.
func declareProcs(m *moduleCode, ctx Context, remoteModule bool) ErrorList {
	c := &compiler{mod: m}
	a := m.ast
	if m.spec.Kind == CommonModule {
		if len(a.Vars) > 0 {
			c.errorf(a.Vars[0].Pos(), "Объявление переменных в общем модуле недопустимо")
		}
		if len(a.Body) > 0 {
			c.errorf(a.Body[0].Pos(), "Операторы вне процедур и функций в общем модуле недопустимы")
		}
	}
	for _, d := range a.Vars {
		if inc, remote := placement(m.spec.Kind, d.Directive, ctx); !inc || remote {
			if d.Directive != ast.NoDirective {
				continue
			}
		}
		for _, n := range d.Names {
			if _, dup := m.varIx[n.Name.Folded]; dup {
				c.errorf(n.Name.Pos(), "Переменная с таким именем уже определена (%s)", n.Name.Name)
				continue
			}
			m.varIx[n.Name.Folded] = len(m.vars)
			if n.Export {
				m.exports[n.Name.Folded] = len(m.vars)
			}
			m.vars = append(m.vars, n.Name.Name)
		}
	}
	for _, md := range a.Methods {
		inc, remote := placement(m.spec.Kind, md.Directive, ctx)
		if !inc {
			continue
		}
		if _, dup := m.procIx[md.Name.Folded]; dup {
			c.errorf(md.Name.Pos(), "Процедура или функция с таким именем уже определена (%s)", md.Name.Name)
			continue
		}
		pc := &procCode{
			mod: m, name: md.Name.Name, isFunc: md.IsFunction, export: md.Export,
			directive: md.Directive, remote: remote || remoteModule, decl: md,
			noContext: md.Directive == ast.AtServerNoContext || md.Directive == ast.AtClientAtServerNoContext,
		}
		for _, prm := range md.Params {
			pp := paramCode{name: prm.Name.Name, byVal: prm.ByVal}
			if prm.Default != nil {
				v, err := constValue(prm.Default)
				if err != nil {
					c.errorf(prm.Default.Pos(), "%s", err.Error())
					v = value.Undef
				}
				pp.def = v
			}
			pc.params = append(pc.params, pp)
		}
		m.procs = append(m.procs, pc)
		m.procIx[md.Name.Folded] = pc
	}
	return c.errs
}

// constValue evaluates a default parameter value: a literal, possibly a
// negated number.
func constValue(e ast.Expr) (value.Value, error) {
	switch x := e.(type) {
	case *ast.BasicLit:
		return literal(x)
	case *ast.UnaryExpr:
		v, err := constValue(x.X)
		if err != nil {
			return nil, err
		}
		if x.Op == token.SUB {
			return unary(token.SUB, v)
		}
		return v, nil
	case *ast.ParenExpr:
		return constValue(x.X)
	}
	return nil, fmt.Errorf("Ожидается константа")
}

// compileModule compiles every local procedure body and the module body.
func (c *compiler) compileModule() {
	for _, pc := range c.mod.procs {
		if pc.remote {
			continue // its body runs on the server, compiled by the server program
		}
		c.compileProc(pc)
	}
	if len(c.mod.ast.Body) > 0 {
		body := &procCode{mod: c.mod}
		sc := &scope{proc: body, names: map[string]varRef{}, body: true}
		body.code = c.block(sc, c.mod.ast.Body)
		body.nlocals = sc.nlocals
		body.scope = sc.names
		c.mod.body = body
	}
}

func (c *compiler) compileProc(pc *procCode) {
	md := pc.decl
	sc := &scope{proc: pc, names: map[string]varRef{}, noContext: pc.noContext}
	for i, prm := range pc.params {
		f := md.Params[i].Name.Folded
		if _, dup := sc.names[f]; dup {
			c.errorf(md.Params[i].Name.Pos(), "Переменная с таким именем уже определена (%s)", prm.name)
			continue
		}
		if prm.byVal {
			sc.names[f] = varRef{kind: refLocal, idx: i, name: prm.name}
		} else {
			sc.names[f] = varRef{kind: refParam, idx: i, name: prm.name}
		}
	}
	sc.nlocals = len(pc.params)
	for _, d := range md.Vars {
		for _, n := range d.Names {
			if _, dup := sc.names[n.Name.Folded]; dup {
				c.errorf(n.Name.Pos(), "Переменная с таким именем уже определена (%s)", n.Name.Name)
				continue
			}
			sc.names[n.Name.Folded] = varRef{kind: refLocal, idx: sc.nlocals, name: n.Name.Name}
			sc.nlocals++
		}
	}
	pc.code = c.block(sc, md.Body)
	pc.nlocals = sc.nlocals
	pc.scope = sc.names
}

// lookup resolves a variable name in text order: locals and parameters,
// module variables, the module's context object.
func (c *compiler) lookup(sc *scope, folded string) (varRef, bool) {
	for s := sc; s != nil; s = s.parent {
		if r, ok := s.names[folded]; ok {
			return r, true
		}
	}
	if i, ok := c.mod.varIx[folded]; ok {
		return varRef{kind: refModule, idx: i, name: c.mod.vars[i]}, true
	}
	if n, ok := c.mod.ctxNames[folded]; ok && !sc.noContext {
		return varRef{kind: refCtx, name: n}, true
	}
	return varRef{}, false
}

// declare creates a local for the first assignment to a new name.
func (c *compiler) declare(sc *scope, id *ast.Ident) varRef {
	var r varRef
	if c.fragment {
		r = varRef{kind: refExtra, name: id.Folded}
	} else {
		r = varRef{kind: refLocal, idx: sc.nlocals, name: id.Name}
		sc.nlocals++
	}
	sc.names[id.Folded] = r
	return r
}

func (c *compiler) block(sc *scope, list []ast.Stmt) []execFn {
	out := make([]execFn, 0, len(list))
	for _, s := range list {
		if f := c.stmt(sc, s); f != nil {
			out = append(out, f)
		}
	}
	return out
}

// stmt compiles one statement and wraps it with the step counter and the
// current position.
func (c *compiler) stmt(sc *scope, s ast.Stmt) execFn {
	inner := c.stmtInner(sc, s)
	if inner == nil {
		return nil
	}
	pos := c.pos(s.Pos())
	return func(fr *frame) ctl {
		fr.pos = pos
		sess := fr.s
		sess.steps++
		if sess.steps >= sess.nextCheck {
			sess.check(fr)
		}
		return inner(fr)
	}
}

func (c *compiler) stmtInner(sc *scope, s ast.Stmt) execFn {
	switch s := s.(type) {
	case *ast.AssignStmt:
		rhs := c.expr(sc, s.Rhs)
		store := c.lhs(sc, s.Lhs)
		return func(fr *frame) ctl {
			store(fr, rhs(fr))
			return ctlNext
		}
	case *ast.CallStmt:
		call, ok := s.Call.(*ast.CallExpr)
		if !ok {
			c.errorf(s.Pos(), "Ожидается оператор")
			return nil
		}
		f := c.call(sc, call, false)
		return func(fr *frame) ctl {
			f(fr)
			return ctlNext
		}
	case *ast.IfStmt:
		return c.ifStmt(sc, s)
	case *ast.WhileStmt:
		cond := c.cond(sc, s.Cond)
		sc.loops++
		body := c.block(sc, s.Body)
		sc.loops--
		return func(fr *frame) ctl {
			for cond(fr) {
				switch runBlock(fr, body) {
				case ctlBreak:
					return ctlNext
				case ctlReturn:
					return ctlReturn
				}
				fr.s.steps++
				if fr.s.steps >= fr.s.nextCheck {
					fr.s.check(fr)
				}
			}
			return ctlNext
		}
	case *ast.ForStmt:
		return c.forStmt(sc, s)
	case *ast.ForEachStmt:
		return c.forEachStmt(sc, s)
	case *ast.BreakStmt:
		if sc.loops == 0 {
			c.errorf(s.Pos(), "Оператор Прервать (Break) может употребляться только внутри цикла")
		}
		return func(*frame) ctl { return ctlBreak }
	case *ast.ContinueStmt:
		if sc.loops == 0 {
			c.errorf(s.Pos(), "Оператор Продолжить (Continue) может употребляться только внутри цикла")
		}
		return func(*frame) ctl { return ctlContinue }
	case *ast.ReturnStmt:
		if sc.body {
			c.errorf(s.Pos(), "Оператор Возврат (Return) не может употребляться вне процедуры или функции")
			return nil
		}
		if s.Result == nil {
			if sc.proc.isFunc && !c.fragment {
				c.errorf(s.Pos(), "Ожидается выражение")
			}
			return func(fr *frame) ctl { fr.ret = nil; return ctlReturn }
		}
		if !sc.proc.isFunc {
			c.errorf(s.Result.Pos(), "Процедура не может возвращать значение")
		}
		res := c.expr(sc, s.Result)
		return func(fr *frame) ctl {
			fr.ret = res(fr)
			return ctlReturn
		}
	case *ast.TryStmt:
		body := c.block(sc, s.Body)
		sc.inExcept++
		except := c.block(sc, s.Except)
		sc.inExcept--
		return func(fr *frame) ctl {
			r, exc := runTry(fr, body)
			if exc == nil {
				return r
			}
			sess := fr.s
			n := len(sess.excs)
			sess.excs = append(sess.excs, exc)
			r = runBlock(fr, except)
			sess.excs = sess.excs[:n]
			return r
		}
	case *ast.RaiseStmt:
		pos := c.pos(s.Pos())
		if s.X == nil {
			if sc.inExcept == 0 && !c.fragment {
				c.errorf(s.Pos(), "Оператор ВызватьИсключение без параметров может употребляться только в блоке обработки исключения")
			}
			return func(fr *frame) ctl {
				if n := len(fr.s.excs); n > 0 {
					panic(&bslPanic{err: fr.s.excs[n-1]})
				}
				fr.fail(pos, value.Errorf("Оператор ВызватьИсключение без параметров может употребляться только в блоке обработки исключения"))
				return ctlNext
			}
		}
		x := c.expr(sc, s.X)
		return func(fr *frame) ctl {
			v := x(fr)
			fr.fail(pos, &value.Error{Msg: v.String()})
			return ctlNext
		}
	case *ast.ExecuteStmt:
		x := c.expr(sc, s.X)
		pos := c.pos(s.Pos())
		proc := sc.proc
		return func(fr *frame) ctl {
			src := x(fr)
			fr.s.execute(fr, proc, pos, src.String())
			return ctlNext
		}
	case *ast.GotoStmt:
		pos := c.pos(s.Pos())
		label := s.Label.Name
		return func(fr *frame) ctl {
			fr.fail(pos, value.Errorf("Оператор Перейти (~%s) не поддерживается эмулятором", label))
			return ctlNext
		}
	case *ast.LabelStmt:
		return nil
	case *ast.HandlerStmt:
		pos := c.pos(s.Pos())
		return func(fr *frame) ctl {
			fr.fail(pos, value.Errorf("ДобавитьОбработчик/УдалитьОбработчик не поддерживаются эмулятором"))
			return ctlNext
		}
	case *ast.BadStmt:
		c.errorf(s.Pos(), "Ожидается оператор")
		return nil
	}
	c.errorf(s.Pos(), "internal error: unknown statement %T", s)
	return nil
}

func (c *compiler) ifStmt(sc *scope, s *ast.IfStmt) execFn {
	conds := []func(*frame) bool{c.cond(sc, s.Cond)}
	blocks := [][]execFn{c.block(sc, s.Then)}
	for _, e := range s.ElseIfs {
		conds = append(conds, c.cond(sc, e.Cond))
		blocks = append(blocks, c.block(sc, e.Body))
	}
	var els []execFn
	if s.ElsePos.IsValid() {
		els = c.block(sc, s.Else)
	}
	if len(conds) == 1 {
		cond, then := conds[0], blocks[0]
		return func(fr *frame) ctl {
			if cond(fr) {
				return runBlock(fr, then)
			}
			return runBlock(fr, els)
		}
	}
	return func(fr *frame) ctl {
		for i, cond := range conds {
			if cond(fr) {
				return runBlock(fr, blocks[i])
			}
		}
		return runBlock(fr, els)
	}
}

// forStmt: the bounds are evaluated once, before the first iteration; the
// variable may be changed by the body, and the loop continues while it is ≤
// the bound; after the loop it holds the first value past the bound.
func (c *compiler) forStmt(sc *scope, s *ast.ForStmt) execFn {
	from := c.expr(sc, s.From)
	to := c.expr(sc, s.To)
	ref, ok := c.lookup(sc, s.Var.Folded)
	if !ok {
		ref = c.declare(sc, s.Var)
	}
	load := c.load(ref)
	store := c.store(ref)
	fromPos, toPos, varPos := c.pos(s.From.Pos()), c.pos(s.To.Pos()), c.pos(s.Var.Pos())
	sc.loops++
	body := c.block(sc, s.Body)
	sc.loops--
	return func(fr *frame) ctl {
		start := toNumber(fr, fromPos, from(fr))
		limit := toNumber(fr, toPos, to(fr))
		store(fr, start.Box())
		for {
			cur := toNumber(fr, varPos, load(fr))
			if cur.Cmp(limit) > 0 {
				return ctlNext
			}
			switch runBlock(fr, body) {
			case ctlBreak:
				return ctlNext
			case ctlReturn:
				return ctlReturn
			}
			cur = toNumber(fr, varPos, load(fr))
			store(fr, cur.Add(one).Box())
			fr.s.steps++
			if fr.s.steps >= fr.s.nextCheck {
				fr.s.check(fr)
			}
		}
	}
}

var one = value.Int(1)

func (c *compiler) forEachStmt(sc *scope, s *ast.ForEachStmt) execFn {
	coll := c.expr(sc, s.Coll)
	ref, ok := c.lookup(sc, s.Var.Folded)
	if !ok {
		ref = c.declare(sc, s.Var)
	}
	store := c.store(ref)
	pos := c.pos(s.Coll.Pos())
	sc.loops++
	body := c.block(sc, s.Body)
	sc.loops--
	return func(fr *frame) ctl {
		v := coll(fr)
		it, ok := v.(value.Iterable)
		if !ok {
			fr.fail(pos, &value.Error{Msg: value.MsgIterNotSupported})
		}
		iter := it.Iterate()
		for {
			el, ok := iter.Next()
			if !ok {
				return ctlNext
			}
			store(fr, el)
			switch runBlock(fr, body) {
			case ctlBreak:
				return ctlNext
			case ctlReturn:
				return ctlReturn
			}
			fr.s.steps++
			if fr.s.steps >= fr.s.nextCheck {
				fr.s.check(fr)
			}
		}
	}
}

// runBlock runs statements until one transfers control.
func runBlock(fr *frame, list []execFn) ctl {
	for _, s := range list {
		if r := s(fr); r != ctlNext {
			if r == ctlContinue {
				return ctlContinue
			}
			return r
		}
	}
	return ctlNext
}
