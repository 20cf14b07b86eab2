package interp

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"

	"wazzup-unf/internal/clock"
	"wazzup-unf/mock1c/bsl/parse"
	"wazzup-unf/mock1c/bsl/token"
	"wazzup-unf/mock1c/bsl/value"
)

// Options configure a session.
type Options struct {
	// Clock is the session's time source (ТекущаяДата); nil means the wall clock.
	Clock clock.Clock
	// StepLimit stops execution after that many statements executed in the
	// session, counted across calls (0: no limit); ResetSteps starts the
	// count again, e.g. per idle-handler tick.
	StepLimit int64
	// MaxDepth is the BSL call depth at which the platform's stack-overflow
	// error is raised (0: DefaultMaxDepth).
	MaxDepth int
	// Privileged starts the session in privileged mode.
	Privileged bool
	// Lang is the session language for НСтр ("ru" when empty).
	Lang string
}

// DefaultMaxDepth is the call depth limit when Options.MaxDepth is 0. The
// platform's own limit depends on its stack size; unverified.
const DefaultMaxDepth = 1000

// checkEvery is how many steps pass between checks of the interrupt flag
// and the context.
const checkEvery = 1024

// Session runs a Program: it holds module instances (variables), the call
// depth, the exception being handled, the step counter, the interrupt flag
// and the clock. A session is used by one goroutine at a time; Interrupt may
// be called from any goroutine.
type Session struct {
	prog       *Program
	ctx        context.Context
	opts       Options
	clock      clock.Clock
	steps      int64
	nextCheck  int64
	interrupt  atomic.Bool
	depth      int
	maxDepth   int
	excs       []*RuntimeError // exceptions being handled (innermost last)
	insts      map[*moduleCode]*moduleInst
	frags      map[fragKey]any
	privileged int
	locals     map[string]any
	cur        *frame // the BSL frame that called the running host function
}

// moduleInst is a module's state in one session.
type moduleInst struct {
	vars   []value.Value
	ctxObj value.Value
	inited bool
}

func (mi *moduleInst) ctxObject() value.Value {
	if mi.ctxObj == nil {
		return value.Undef
	}
	return mi.ctxObj
}

type fragKey struct {
	proc *procCode
	src  string
	expr bool
}

// NewSession starts a session. ctx cancels running code (checked every
// checkEvery steps).
func (p *Program) NewSession(ctx context.Context, opts Options) *Session {
	if ctx == nil {
		ctx = context.Background()
	}
	s := &Session{prog: p, ctx: ctx, opts: opts, insts: map[*moduleCode]*moduleInst{}}
	s.clock = opts.Clock
	if s.clock == nil {
		s.clock = clock.Wall{}
	}
	s.maxDepth = opts.MaxDepth
	if s.maxDepth <= 0 {
		s.maxDepth = DefaultMaxDepth
	}
	if opts.Privileged {
		s.privileged = 1
	}
	s.scheduleCheck()
	return s
}

// Program returns the program the session runs.
func (s *Session) Program() *Program { return s.prog }

// Clock implements value.Env.
func (s *Session) Clock() clock.Clock { return s.clock }

// Lang implements value.Env.
func (s *Session) Lang() string {
	if s.opts.Lang == "" {
		return "ru"
	}
	return s.opts.Lang
}

// Context is the execution context of the session's program.
func (s *Session) Context() Context { return s.prog.ctx }

// Privileged reports whether the session is in privileged mode.
func (s *Session) Privileged() bool { return s.privileged > 0 }

// SetPrivileged switches privileged mode (УстановитьПривилегированныйРежим);
// calls nest as on the platform: each Истина needs a Ложь.
func (s *Session) SetPrivileged(on bool) {
	if on {
		s.privileged++
	} else if s.privileged > 0 {
		s.privileged--
	}
}

// Local returns host data stored with SetLocal (the platform layer keeps its
// per-session state here, e.g. the client application or the infobase).
func (s *Session) Local(key string) any { return s.locals[key] }

// SetLocal stores host data in the session.
func (s *Session) SetLocal(key string, v any) {
	if s.locals == nil {
		s.locals = map[string]any{}
	}
	s.locals[key] = v
}

// Steps is the number of statements executed so far.
func (s *Session) Steps() int64 { return s.steps }

// ResetSteps sets the statement count back to zero.
func (s *Session) ResetSteps() {
	s.steps = 0
	s.scheduleCheck()
}

// Interrupt asks running code to stop; it is safe from any goroutine. The
// code stops within checkEvery steps with an error Попытка cannot catch.
func (s *Session) Interrupt() {
	s.interrupt.Store(true)
}

func (s *Session) scheduleCheck() {
	s.nextCheck = s.steps + checkEvery
	if s.opts.StepLimit > 0 && s.opts.StepLimit < s.nextCheck {
		s.nextCheck = s.opts.StepLimit
	}
}

// check runs every checkEvery steps: interrupt, cancellation, step limit.
func (s *Session) check(fr *frame) {
	switch {
	case s.interrupt.Load():
		s.interrupt.Store(false)
		s.abort(fr, "Выполнение прервано (Session.Interrupt)")
	case s.ctx.Err() != nil:
		s.abort(fr, "Выполнение прервано: "+s.ctx.Err().Error())
	case s.opts.StepLimit > 0 && s.steps >= s.opts.StepLimit:
		s.abort(fr, fmt.Sprintf("Превышен лимит шагов выполнения (%d steps)", s.opts.StepLimit))
	}
	s.scheduleCheck()
}

// bslPanic carries a BSL exception through Go frames; Попытка catches it.
type bslPanic struct{ err *RuntimeError }

// abortPanic stops execution; Попытка does not catch it.
type abortPanic struct{ err *RuntimeError }

func (s *Session) abort(fr *frame, msg string) {
	panic(&abortPanic{err: s.wrap(fr, fr.pos, value.Errorf("%s", msg))})
}

// frame is one activation of a procedure or module body.
type frame struct {
	s      *Session
	proc   *procCode
	mi     *moduleInst
	caller *frame
	locals []value.Value
	refs   []*value.Value
	pos    token.Pos
	ret    value.Value
	extra  map[string]*value.Value
	// wb are the pending write-backs of by-reference arguments that are a
	// property or an element (Проц(Стр.Поле), Проц(М[0])): see refArg
	wb []writeBack
	// small procedures keep their slots inside the frame: one allocation
	// per call instead of three
	localBuf [6]value.Value
	refBuf   [4]*value.Value
}

// newFrame prepares a frame with nlocals slots (Неопределено) and room for
// nparams by-reference bindings.
func newFrame(s *Session, pc *procCode, mi *moduleInst, caller *frame) *frame {
	fr := &frame{s: s, proc: pc, mi: mi, caller: caller}
	if pc.nlocals <= len(fr.localBuf) {
		fr.locals = fr.localBuf[:pc.nlocals]
	} else {
		fr.locals = make([]value.Value, pc.nlocals)
	}
	for i := range fr.locals {
		fr.locals[i] = value.Undef
	}
	if n := len(pc.params); n > 0 {
		if n <= len(fr.refBuf) {
			fr.refs = fr.refBuf[:n]
		} else {
			fr.refs = make([]*value.Value, n)
		}
	}
	return fr
}

func (fr *frame) extraVar(name string) *value.Value {
	if fr.extra == nil {
		fr.extra = map[string]*value.Value{}
	}
	p, ok := fr.extra[name]
	if !ok {
		v := value.Undef
		p = &v
		fr.extra[name] = p
	}
	return p
}

// fail raises a BSL exception at pos with the error's text.
func (fr *frame) fail(pos token.Pos, err error) {
	panic(&bslPanic{err: fr.s.wrap(fr, pos, err)})
}

// wrap turns an error into a *RuntimeError carrying the BSL stack from fr.
// An error that already has a stack (from a server call or a nested call
// into the interpreter) keeps it and gets the calling frames appended.
func (s *Session) wrap(fr *frame, pos token.Pos, err error) *RuntimeError {
	var re *RuntimeError
	switch e := err.(type) {
	case *RuntimeError:
		cp := *e
		re = &cp
	case *value.Error:
		re = &RuntimeError{Msg: e.Msg}
	default:
		re = &RuntimeError{Msg: err.Error(), err: err}
	}
	own := len(re.Stack) == 0
	re.Stack = append([]Frame(nil), re.Stack...)
	for f, p := fr, pos; f != nil; p, f = f.callerPos(), f.caller {
		re.Stack = append(re.Stack, f.frameAt(p))
	}
	if own && len(re.Stack) > 0 && fr != nil {
		re.SourceLine = fr.proc.mod.sourceLine(re.Stack[0].Line)
	}
	return re
}

func (fr *frame) callerPos() token.Pos {
	if fr.caller == nil {
		return token.NoPos
	}
	return fr.caller.pos
}

func (fr *frame) frameAt(p token.Pos) Frame {
	m := fr.proc.mod
	pos := m.file.Position(p)
	return Frame{Module: m.spec.Name, Extension: m.spec.Extension, File: m.file.Name(), Proc: fr.proc.name, Line: pos.Line, Col: pos.Column}
}

// sourceLine returns a line of the module's text without its line break.
func (m *moduleCode) sourceLine(line int) string {
	if line < 1 {
		return ""
	}
	start := m.file.LineStart(line)
	if !start.IsValid() {
		return ""
	}
	off := m.file.Offset(start)
	rest := m.src[off:]
	if i := strings.IndexByte(string(rest), '\n'); i >= 0 {
		rest = rest[:i]
	}
	return strings.TrimRight(string(rest), "\r")
}

// invoke calls a BSL procedure: evaluates the arguments in the caller's
// frame (by reference when the parameter is not Знач and the argument is a
// variable), runs the body and returns the result (Неопределено for
// procedures and functions that end without Возврат).
func (s *Session) invoke(caller *frame, pc *procCode, mi *moduleInst, args []evalFn, addrs []addrFn) value.Value {
	callPos := caller.pos
	fr := newFrame(s, pc, mi, caller)
	for i := range pc.params {
		prm := &pc.params[i]
		if i < len(args) && args[i] != nil {
			if !prm.byVal && addrs[i] != nil {
				fr.refs[i] = addrs[i](caller)
				continue
			}
			fr.locals[i] = args[i](caller)
		} else if prm.def != nil {
			fr.locals[i] = prm.def
		}
		if !prm.byVal {
			fr.refs[i] = &fr.locals[i]
		}
	}
	caller.pos = callPos
	return s.run(caller, fr)
}

// run executes a prepared frame with the depth check.
func (s *Session) run(caller, fr *frame) value.Value {
	if s.depth >= s.maxDepth {
		if caller != nil {
			caller.fail(caller.pos, value.Errorf("Переполнение стека встроенного языка"))
		}
		panic(&bslPanic{err: &RuntimeError{Msg: "Переполнение стека встроенного языка"}})
	}
	s.depth++
	runBlock(fr, fr.proc.code)
	s.depth--
	if fr.ret == nil {
		return value.Undef
	}
	return fr.ret
}

// runTry runs a Попытка block, catching BSL exceptions (not aborts and not
// Go panics) and restoring the session's depth and handler stack.
func runTry(fr *frame, body []execFn) (r ctl, exc *RuntimeError) {
	s := fr.s
	depth, nexc, cur, nwb := s.depth, len(s.excs), s.cur, len(fr.wb)
	defer func() {
		if x := recover(); x != nil {
			bp, ok := x.(*bslPanic)
			if !ok {
				panic(x)
			}
			s.depth, s.excs, s.cur = depth, s.excs[:nexc], cur
			fr.wb = fr.wb[:nwb] // an interrupted call writes nothing back
			r, exc = ctlNext, bp.err
		}
	}()
	return runBlock(fr, body), nil
}

// instance returns the module's state in this session, initialising it
// (variables to Неопределено, then the module body) on first use.
func (s *Session) instance(caller *frame, m *moduleCode) *moduleInst {
	mi := s.insts[m]
	if mi == nil {
		mi = &moduleInst{vars: make([]value.Value, len(m.vars))}
		for i := range mi.vars {
			mi.vars[i] = value.Undef
		}
		s.insts[m] = mi
	}
	s.initInstance(caller, m, mi)
	return mi
}

// remoteCall crosses to the server through the World's hook.
func (s *Session) remoteCall(fr *frame, pos token.Pos, pc *procCode, vals []evalFn, addrs []addrFn) value.Value {
	cells := make([]*value.Value, len(vals))
	for i, a := range vals {
		if a == nil {
			continue
		}
		if i < len(pc.params) && !pc.params[i].byVal && addrs[i] != nil {
			cells[i] = addrs[i](fr)
			continue
		}
		v := a(fr)
		cells[i] = &v
	}
	fr.pos = pos
	hook := s.prog.world.serverCall
	if hook == nil {
		fr.fail(pos, value.Errorf("Серверный вызов %s.%s невозможен: обработчик серверных вызовов не задан (World.SetServerCall)", pc.mod.spec.Name, pc.name))
	}
	v, err := hook(&ServerCall{From: s, Module: pc.mod.spec.Name, Proc: pc.name, Args: cells})
	if err != nil {
		fr.fail(pos, err)
	}
	if v == nil {
		return value.Undef
	}
	return v
}

// evaluate runs Вычислить(src) in the caller's scope.
func (s *Session) evaluate(fr *frame, pos token.Pos, src string) value.Value {
	key := fragKey{proc: fr.proc, src: src, expr: true}
	f, ok := s.frags[key].(evalFn)
	if len(fr.extra) > 0 {
		ok = false
	}
	if !ok {
		file := token.NewFileSet().AddFile("Вычислить", len(src))
		file.SetLinesForContent([]byte(src))
		x, err := parse.ParseExpr(file, []byte(src))
		if err != nil {
			fr.fail(pos, value.Errorf("%s", firstMsg(err)))
		}
		c := &compiler{prog: s.prog, mod: fr.proc.mod, fixedPos: pos, fragment: true}
		sc := &scope{proc: fr.proc, names: map[string]varRef{}, parent: fr.fragmentScope(fr.proc), noContext: fr.proc.noContext}
		f = c.expr(sc, x)
		if len(c.errs) > 0 {
			fr.fail(pos, value.Errorf("%s", c.errs[0].Msg))
		}
		if len(fr.extra) == 0 {
			s.cacheFrag(key, f)
		}
	}
	return f(fr)
}

// execute runs Выполнить(src) in the caller's scope. Variables the text
// assigns first live as long as the calling frame.
func (s *Session) execute(fr *frame, proc *procCode, pos token.Pos, src string) {
	key := fragKey{proc: proc, src: src}
	code, ok := s.frags[key].([]execFn)
	if len(fr.extra) > 0 {
		ok = false // earlier fragments created variables: resolve against them
	}
	if !ok {
		file := token.NewFileSet().AddFile("Выполнить", len(src))
		file.SetLinesForContent([]byte(src))
		list, err := parse.ParseStatements(file, []byte(src), parse.Options{Symbols: symbols(s.prog.ctx)})
		if err != nil {
			fr.fail(pos, value.Errorf("%s", firstMsg(err)))
		}
		c := &compiler{prog: s.prog, mod: proc.mod, fixedPos: pos, fragment: true}
		sc := &scope{proc: proc, names: map[string]varRef{}, parent: fr.fragmentScope(proc), noContext: proc.noContext, body: true}
		code = c.block(sc, list)
		if len(c.errs) > 0 {
			fr.fail(pos, value.Errorf("%s", c.errs[0].Msg))
		}
		if len(fr.extra) == 0 {
			s.cacheFrag(key, code)
		}
	}
	runBlock(fr, code)
}

// fragmentScope is the caller's scope as a fragment sees it: the
// procedure's names plus the variables earlier fragments created.
func (fr *frame) fragmentScope(proc *procCode) *scope {
	if len(fr.extra) == 0 {
		return &scope{names: proc.scope}
	}
	names := make(map[string]varRef, len(proc.scope)+len(fr.extra))
	for k, v := range proc.scope {
		names[k] = v
	}
	for k := range fr.extra {
		if _, ok := names[k]; !ok {
			names[k] = varRef{kind: refExtra, name: k}
		}
	}
	return &scope{names: names}
}

func (s *Session) cacheFrag(k fragKey, v any) {
	if s.frags == nil {
		s.frags = map[fragKey]any{}
	}
	if len(s.frags) > 1000 {
		clear(s.frags)
	}
	s.frags[k] = v
}

func firstMsg(err error) string {
	if l, ok := err.(token.ErrorList); ok && len(l) > 0 {
		return l[0].Msg
	}
	return err.Error()
}
