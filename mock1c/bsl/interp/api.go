package interp

import (
	"fmt"
	"runtime/debug"

	"wazzup-unf/mock1c/bsl/parse"
	"wazzup-unf/mock1c/bsl/token"
	"wazzup-unf/mock1c/bsl/value"
)

// protect runs f at the API edge: BSL exceptions and aborts become a
// *RuntimeError; a Go panic (a bug in the interpreter or a host function)
// becomes an "internal error" RuntimeError, with the Go stack in its cause.
// The session's depth and handler stack are restored either way.
func (s *Session) protect(f func() value.Value) (v value.Value, err error) {
	depth, nexc, cur := s.depth, len(s.excs), s.cur
	defer func() {
		x := recover()
		if x == nil {
			return
		}
		s.depth, s.excs, s.cur = depth, s.excs[:nexc], cur
		switch p := x.(type) {
		case *bslPanic:
			err = p.err
		case *abortPanic:
			err = p.err
		default:
			err = &RuntimeError{Msg: fmt.Sprintf("internal error: %v", x), err: fmt.Errorf("%v\n%s", x, debug.Stack())}
		}
		v = nil
	}()
	return f(), nil
}

// module finds a module of the program by its platform name.
func (s *Session) module(name string) (*moduleCode, error) {
	m := s.prog.byName[token.Fold(name)]
	if m == nil {
		return nil, fmt.Errorf("interp: module %q is not part of the %v program", name, s.prog.ctx)
	}
	return m, nil
}

// InitModule initialises a module in the session (variables, then the
// module body) if that has not happened yet. Calls initialise modules
// implicitly; the platform layer calls InitModule where the platform runs a
// module's body (object creation, form opening, application start).
func (s *Session) InitModule(name string) (value.Value, error) {
	m, err := s.module(name)
	if err != nil {
		return nil, err
	}
	return s.protect(func() value.Value {
		s.instance(nil, m)
		return value.Undef
	})
}

// SetModuleContext sets the object whose properties a module's
// ContextNames resolve to (a form, an object being written).
func (s *Session) SetModuleContext(name string, obj value.Value) error {
	m, err := s.module(name)
	if err != nil {
		return err
	}
	mi := s.insts[m]
	if mi == nil {
		mi = &moduleInst{vars: make([]value.Value, len(m.vars))}
		for i := range mi.vars {
			mi.vars[i] = value.Undef
		}
		s.insts[m] = mi
	}
	mi.ctxObj = obj
	return nil
}

// HasProc reports whether the module defines the procedure in this program
// (whatever its export flag), and whether it is a function.
func (s *Session) HasProc(module, proc string) (exists, isFunc, export bool) {
	m := s.prog.byName[token.Fold(module)]
	if m == nil {
		return false, false, false
	}
	pc := m.procIx[token.Fold(proc)]
	if pc == nil {
		return false, false, false
	}
	return true, pc.isFunc, pc.export
}

// Call runs a procedure of a module with arguments passed by value (Go
// callers have no variables to pass by reference; use CallRefs).
func (s *Session) Call(module, proc string, args ...value.Value) (value.Value, error) {
	return s.CallRefs(module, proc, cellsOf(args))
}

// CallRefs runs a procedure with one cell per argument (nil: omitted);
// parameters not declared Знач are bound to the cells, so assignments in the
// callee are visible to the caller afterwards. The server side of a
// ServerCall uses it. It does not check the export flag: the platform layer
// decides which procedures may be called from where.
func (s *Session) CallRefs(module, proc string, args []*value.Value) (value.Value, error) {
	m, err := s.module(module)
	if err != nil {
		return nil, err
	}
	return s.callIn(m, nil, proc, args)
}

// callIn calls a procedure of a module instance (nil: the session's own).
func (s *Session) callIn(m *moduleCode, mi *moduleInst, proc string, args []*value.Value) (value.Value, error) {
	pc := m.procIx[token.Fold(proc)]
	if pc == nil {
		return nil, &RuntimeError{Msg: "Метод объекта не обнаружен (" + proc + ")"}
	}
	if pc.remote {
		return nil, fmt.Errorf("interp: %s.%s runs on the server; call it through a server session", m.spec.Name, proc)
	}
	if len(args) > len(pc.params) {
		return nil, &RuntimeError{Msg: value.MsgTooManyArgs}
	}
	return s.protect(func() value.Value {
		inst := mi
		if inst == nil || pc.mod != m {
			inst = s.instance(nil, pc.mod)
		}
		return s.callCells(nil, pc, inst, args)
	})
}

// Eval evaluates an expression in the scope of a module's body (its
// module variables are visible), as a debugger's watch would.
func (s *Session) Eval(module, expr string) (value.Value, error) {
	m, err := s.module(module)
	if err != nil {
		return nil, err
	}
	file := token.NewFileSet().AddFile("Eval", len(expr))
	file.SetLinesForContent([]byte(expr))
	x, err := parse.ParseExpr(file, []byte(expr))
	if err != nil {
		return nil, err
	}
	body := m.body
	if body == nil {
		body = &procCode{mod: m}
	}
	c := &compiler{prog: s.prog, mod: m, fragment: true}
	// positions of the expression are in its own file: report them as
	// position 0 of the module.
	c.fixedPos = m.file.Pos(0)
	sc := &scope{proc: body, names: map[string]varRef{}, parent: &scope{names: body.scope}}
	f := c.expr(sc, x)
	if len(c.errs) > 0 {
		return nil, c.errs
	}
	return s.protect(func() value.Value {
		mi := s.instance(nil, m)
		fr := &frame{s: s, proc: body, mi: mi, locals: make([]value.Value, body.nlocals)}
		for i := range fr.locals {
			fr.locals[i] = value.Undef
		}
		return f(fr)
	})
}
