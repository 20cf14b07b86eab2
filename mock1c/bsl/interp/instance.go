package interp

import (
	"wazzup-unf/mock1c/bsl/token"
	"wazzup-unf/mock1c/bsl/value"
)

// Instance is one instance of a module in a session: a form that is open, an
// object being written. Each instance has its own module variables and
// context object, and its module body runs when it is created. Common
// modules and application modules need no instances: Session.Call uses the
// session's single instance of them.
type Instance struct {
	s  *Session
	m  *moduleCode
	mi *moduleInst
}

// NewInstance creates an instance of a module whose ContextNames resolve to
// properties of ctxObj, and runs the module body.
func (s *Session) NewInstance(module string, ctxObj value.Value) (*Instance, error) {
	m, err := s.module(module)
	if err != nil {
		return nil, err
	}
	mi := &moduleInst{vars: make([]value.Value, len(m.vars)), ctxObj: ctxObj}
	for i := range mi.vars {
		mi.vars[i] = value.Undef
	}
	inst := &Instance{s: s, m: m, mi: mi}
	_, err = s.protect(func() value.Value {
		s.initInstance(nil, m, mi)
		return value.Undef
	})
	if err != nil {
		return nil, err
	}
	return inst, nil
}

// Module is the platform name of the instance's module.
func (in *Instance) Module() string { return in.m.spec.Name }

// Context returns the instance's context object.
func (in *Instance) Context() value.Value { return in.mi.ctxObject() }

// HasProc reports whether the module defines the procedure in this program.
func (in *Instance) HasProc(proc string) (exists, isFunc, export bool) {
	pc := in.m.procIx[token.Fold(proc)]
	if pc == nil {
		return false, false, false
	}
	return true, pc.isFunc, pc.export
}

// Call runs a procedure of the instance with arguments passed by value.
func (in *Instance) Call(proc string, args ...value.Value) (value.Value, error) {
	return in.CallRefs(proc, cellsOf(args))
}

// CallRefs runs a procedure of the instance with one cell per argument.
func (in *Instance) CallRefs(proc string, args []*value.Value) (value.Value, error) {
	return in.s.callIn(in.m, in.mi, proc, args)
}

func cellsOf(args []value.Value) []*value.Value {
	cells := make([]*value.Value, len(args))
	for i := range args {
		v := args[i]
		if v == nil {
			continue
		}
		cells[i] = &v
	}
	return cells
}

// initInstance runs a module body once for an instance.
func (s *Session) initInstance(caller *frame, m *moduleCode, mi *moduleInst) {
	if mi.inited {
		return
	}
	mi.inited = true
	if m.body != nil {
		fr := &frame{s: s, proc: m.body, mi: mi, caller: caller, locals: make([]value.Value, m.body.nlocals)}
		for i := range fr.locals {
			fr.locals[i] = value.Undef
		}
		s.run(caller, fr)
	}
}

// callCells invokes pc with argument cells: by-reference parameters are
// bound to the cells, Знач parameters get copies, omitted ones their
// default or Неопределено.
func (s *Session) callCells(caller *frame, pc *procCode, mi *moduleInst, args []*value.Value) value.Value {
	fr := newFrame(s, pc, mi, caller)
	for i := range pc.params {
		prm := &pc.params[i]
		switch {
		case i < len(args) && args[i] != nil:
			if !prm.byVal {
				fr.refs[i] = args[i]
				continue
			}
			fr.locals[i] = *args[i]
		case prm.def != nil:
			fr.locals[i] = prm.def
		}
		if !prm.byVal {
			fr.refs[i] = &fr.locals[i]
		}
	}
	return s.run(caller, fr)
}

// Caller describes the BSL code that called the running host function: the
// module (platform name), the procedure, and the module instance (a form's
// ПодключитьОбработчикОжидания attaches to that form; ОписаниеОповещения
// with ЭтотОбъект names it). ok is false outside a host function call.
func (s *Session) Caller() (module, proc string, inst *Instance, ok bool) {
	fr := s.cur
	if fr == nil {
		return "", "", nil, false
	}
	m := fr.proc.mod
	return m.spec.Name, fr.proc.name, &Instance{s: s, m: m, mi: fr.mi}, true
}

// CallerStack is the BSL stack at the running host function, innermost first.
func (s *Session) CallerStack() []Frame {
	var out []Frame
	for f := s.cur; f != nil; f = f.caller {
		out = append(out, f.frameAt(f.pos))
	}
	return out
}

// Var reads an exported module variable ("Перем Имя Экспорт"), which the
// platform shows as a property of the object or form; ok is false when the
// module has no such exported variable.
func (in *Instance) Var(name string) (v value.Value, ok bool) {
	i, ok := in.m.exports[token.Fold(name)]
	if !ok {
		return nil, false
	}
	return in.mi.vars[i], true
}

// SetVar writes an exported module variable; it reports whether one exists.
func (in *Instance) SetVar(name string, v value.Value) bool {
	i, ok := in.m.exports[token.Fold(name)]
	if ok {
		in.mi.vars[i] = v
	}
	return ok
}

// Instance returns the session's own instance of a module (the one
// Session.Call uses), initialising it on first use.
func (s *Session) Instance(module string) (*Instance, error) {
	m, err := s.module(module)
	if err != nil {
		return nil, err
	}
	var mi *moduleInst
	_, err = s.protect(func() value.Value {
		mi = s.instance(nil, m)
		return value.Undef
	})
	if err != nil {
		return nil, err
	}
	return &Instance{s: s, m: m, mi: mi}, nil
}
