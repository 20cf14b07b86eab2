package interp

import (
	"wazzup-unf/mock1c/bsl/token"
	"wazzup-unf/mock1c/bsl/value"
)

// A common module's name is a value on the platform: the value of type
// ОбщийМодуль (CommonModule) whose exported methods are called through it.
// БСП relies on it everywhere a callback names a module — the notification
// target of ОписаниеОповещения, also from inside the module itself
// (1c-syntax/ssl_3_1_eng, src/cf/CommonModules/StandardSubsystemsClient/
// Ext/Module.bsl: «New NotifyDescription("ActionsBeforeExitCompletionHandler",
// StandardSubsystemsClient)» in StandardSubsystemsClient; «Parameters.Modules.Add(
// UsersInternalClient)» collects modules in an array) — and ОбщийМодуль(Имя)
// returns Вычислить(Имя).
//
// Only the modules visible in the current context are values: a server-only
// module named in client code stays «Переменная не определена (Имя)» at
// compile time. Calls through the value check at run time what a direct
// Модуль.Метод(…) checks at compile time: the method exists and is
// exported («Метод объекта не обнаружен (Имя)»), the argument count, and a
// procedure used as a function; a server-call module reached from the
// client crosses through the World's ServerCall hook as usual.

// CommonModuleValue is a common module used as a value. The platform layer
// gets one as the module argument of ОписаниеОповещения and calls the
// handler with Session.CallModuleValue.
type CommonModuleValue struct {
	ref *commonRef
}

// TypeName is ОбщийМодуль / CommonModule.
func (v *CommonModuleValue) TypeName() value.Name {
	return value.Name{Ru: "ОбщийМодуль", En: "CommonModule"}
}

// String is the module's name as code writes it (unverified: the platform's
// presentation of a module value is not documented).
func (v *CommonModuleValue) String() string { return v.Ident() }

// Ident is the module's name as code refers to it ("WazzupКлиент").
func (v *CommonModuleValue) Ident() string {
	if v.ref.host != nil {
		return v.ref.host.ident
	}
	return v.ref.mod.spec.Ident
}

// Module is the platform's full module name ("ОбщийМодуль.WazzupКлиент.Модуль").
func (v *CommonModuleValue) Module() string {
	if v.ref.host != nil {
		return v.ref.host.name
	}
	return v.ref.mod.spec.Name
}

// resolveIn finds the module a value names in the running program (a value
// may come from another program, e.g. across a server call).
func (v *CommonModuleValue) resolveIn(p *Program) *commonRef {
	if r := p.common[token.Fold(v.Ident())]; r != nil {
		return r
	}
	return nil
}

// callModuleValue runs Значение.Метод(…) on a module value.
func callModuleValue(fr *frame, pos token.Pos, mv *CommonModuleValue, name, folded string, vals []evalFn, addrs []addrFn, stores []storeFn, wantValue bool) value.Value {
	ref := mv.resolveIn(fr.s.prog)
	if ref == nil {
		fr.fail(pos, value.ErrMethodNotFound(name))
	}
	if ref.host != nil {
		d := ref.host.methods[folded]
		if d == nil {
			fr.fail(pos, value.ErrMethodNotFound(name))
		}
		if err := d.CheckArgs(len(vals)); err != nil {
			fr.fail(pos, err)
		}
		if wantValue && d.Proc {
			fr.fail(pos, value.Errorf("Использование процедуры как функции (%s)", name))
		}
		return callDef(fr, pos, d, nil, vals, stores)
	}
	pc := ref.mod.procIx[folded]
	if pc == nil || !pc.export {
		fr.fail(pos, value.ErrMethodNotFound(name))
	}
	if err := checkArgCount(pc, len(vals)); err != nil {
		fr.fail(pos, err)
	}
	if wantValue && !pc.isFunc {
		fr.fail(pos, value.Errorf("Использование процедуры как функции (%s)", name))
	}
	if pc.remote || ref.remote {
		return fr.s.remoteCall(fr, pos, pc, vals, addrs)
	}
	mi := fr.s.instance(fr, pc.mod)
	fr.pos = pos
	if pc.mod.spec.Flags.Privileged && pc.mod != fr.proc.mod {
		fr.s.privileged++
		defer func() { fr.s.privileged-- }()
	}
	return fr.s.invoke(fr, pc, mi, vals, addrs)
}

// checkArgCount is the argument-count rule of module procedures, as an
// error value (run-time calls through a module value).
func checkArgCount(pc *procCode, n int) error {
	if n > len(pc.params) {
		return &value.Error{Msg: value.MsgTooManyArgs}
	}
	for i := n; i < len(pc.params); i++ {
		if pc.params[i].def == nil {
			return &value.Error{Msg: value.MsgNotEnoughArgs}
		}
	}
	return nil
}

// CallModuleValue calls an exported procedure of a module value with one
// cell per argument (nil: omitted), as the platform does when it runs an
// ОписаниеОповещения whose module is a common module. By-reference
// parameters write back into the cells. A server-call module seen from the
// client goes through the ServerCall hook.
func (s *Session) CallModuleValue(v *CommonModuleValue, proc string, args []*value.Value) (value.Value, error) {
	ref := v.resolveIn(s.prog)
	if ref == nil || ref.host != nil {
		return nil, &RuntimeError{Msg: "Метод объекта не обнаружен (" + proc + ")"}
	}
	pc := ref.mod.procIx[token.Fold(proc)]
	if pc == nil || !pc.export {
		return nil, &RuntimeError{Msg: "Метод объекта не обнаружен (" + proc + ")"}
	}
	if err := checkArgCount(pc, len(args)); err != nil {
		return nil, &RuntimeError{Msg: err.Error()}
	}
	if pc.remote || ref.remote {
		hook := s.prog.world.serverCall
		if hook == nil {
			return nil, &RuntimeError{Msg: "Серверный вызов " + pc.mod.spec.Name + "." + pc.name + " невозможен: обработчик серверных вызовов не задан (World.SetServerCall)"}
		}
		v, err := hook(&ServerCall{From: s, Module: pc.mod.spec.Name, Proc: pc.name, Args: args})
		if err == nil && v == nil {
			v = value.Undef
		}
		return v, err
	}
	return s.callIn(pc.mod, nil, pc.name, args)
}
