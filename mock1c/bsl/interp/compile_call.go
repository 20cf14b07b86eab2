package interp

import (
	"sort"
	"strings"

	"wazzup-unf/mock1c/bsl/ast"
	"wazzup-unf/mock1c/bsl/globals"
	"wazzup-unf/mock1c/bsl/token"
	"wazzup-unf/mock1c/bsl/value"
)

// call compiles a call. wantValue is true in an expression, where a
// procedure (no result) is an error.
func (c *compiler) call(sc *scope, x *ast.CallExpr, wantValue bool) evalFn {
	switch fun := x.Fun.(type) {
	case *ast.Ident:
		return c.callName(sc, x, fun, wantValue)
	case *ast.SelectorExpr:
		if id, ok := fun.X.(*ast.Ident); ok && c.isModuleName(sc, id) {
			return c.callModule(sc, x, id, fun.Sel, wantValue)
		}
		return c.callMethod(sc, x, fun, wantValue)
	}
	c.errorf(x.Pos(), "Ожидается имя процедуры или функции")
	return func(*frame) value.Value { return value.Undef }
}

// callName resolves "Имя(…)": a procedure of this module, an export of a
// global common module, an intrinsic of the interpreter, a global-context
// function — in that order, as the platform lets module procedures hide
// global functions.
func (c *compiler) callName(sc *scope, x *ast.CallExpr, id *ast.Ident, wantValue bool) evalFn {
	if pc, ok := c.mod.procIx[id.Folded]; ok {
		if sc.noContext && !pc.noContext && (c.mod.spec.Kind == FormModule || c.mod.spec.Kind == CommandModule) {
			c.errorf(id.Pos(), "Процедура или функция с указанным именем не определена (%s)", id.Name)
		}
		return c.staticCall(sc, x, pc, id, wantValue)
	}
	if c.mod.base != nil {
		if pc, ok := c.mod.base.procIx[id.Folded]; ok {
			return c.staticCall(sc, x, pc, id, wantValue)
		}
	}
	if id.Folded == "продолжитьвызов" || id.Folded == "proceedwithcall" {
		if orig := sc.proc.orig; orig != nil && sc.proc.decl.ExtensionAnnotation().Extension() == ast.Instead {
			return c.staticCall(sc, x, orig, id, wantValue)
		}
	}
	if pc, ok := c.prog.global[id.Folded]; ok {
		return c.staticCall(sc, x, pc, id, wantValue)
	}
	if f := c.intrinsic(sc, x, id, wantValue); f != nil {
		return f
	}
	if d, ok := c.prog.funcs[id.Folded]; ok {
		return c.hostCall(sc, x, d, nil, id, wantValue)
	}
	c.errorf(id.Pos(), "Процедура или функция с указанным именем не определена (%s)", id.Name)
	if !c.platformHint(id.Name) {
		c.hint(id.Name, c.procCandidates())
	}
	return func(*frame) value.Value { return value.Undef }
}

// platformHint explains an unresolved call of a platform global method
// (package globals): either it does not exist in this context (the
// platform's own compile error, e.g. ПоказатьВопрос in server code), or
// the emulator does not provide it (the platform layer must register it
// with World.AddFuncsIn). It reports whether the name is such a method.
func (c *compiler) platformHint(name string) bool {
	where, ok := c.prog.world.platform[strings.ToLower(name)]
	if !ok || len(c.errs) == 0 {
		return false
	}
	e := c.errs[len(c.errs)-1]
	if where&contextBit(c.prog.ctx) == 0 {
		e.Hint = "метод глобального контекста " + name + " недоступен в контексте " + c.prog.ctx.String() + " (" + describeWhere(where) + ")"
	} else {
		e.Hint = "метод глобального контекста платформы, эмулятор его не предоставляет: платформенный слой регистрирует его через World.AddFuncsIn"
	}
	return true
}

// contextBit maps a Context to the globals package's set (same order).
func contextBit(ctx Context) globals.Where { return globals.Where(1) << uint(ctx) }

func describeWhere(w globals.Where) string {
	switch w {
	case globals.Client:
		return "только на клиенте"
	case globals.ServerSide:
		return "на сервере, в толстом клиенте и внешнем соединении"
	}
	var names []string
	for c := Server; c <= MobileStandaloneServer; c++ {
		if w&contextBit(c) != 0 {
			names = append(names, c.String())
		}
	}
	return "доступен: " + strings.Join(names, ", ")
}

// callModule resolves "ОбщийМодуль.Метод(…)" at compile time.
func (c *compiler) callModule(sc *scope, x *ast.CallExpr, mod, sel *ast.Ident, wantValue bool) evalFn {
	ref := c.prog.common[mod.Folded]
	if ref.host != nil {
		d, ok := ref.host.methods[sel.Folded]
		if !ok {
			c.errorf(sel.Pos(), "Метод объекта не обнаружен (%s)", sel.Name)
			return func(*frame) value.Value { return value.Undef }
		}
		return c.hostCall(sc, x, d, nil, sel, wantValue)
	}
	pc, ok := ref.mod.procIx[sel.Folded]
	if !ok || !pc.export {
		c.errorf(sel.Pos(), "Метод объекта не обнаружен (%s)", sel.Name)
		var exports []string
		for _, p := range ref.mod.procIx {
			if p.export {
				exports = append(exports, p.name)
			}
		}
		sort.Strings(exports) // deterministic hints
		c.hint(sel.Name, exports)
		return func(*frame) value.Value { return value.Undef }
	}
	return c.staticCall(sc, x, pc, sel, wantValue)
}

// staticCall compiles a call of a known BSL procedure, checking the
// argument count and the use of a procedure as a function.
func (c *compiler) staticCall(sc *scope, x *ast.CallExpr, pc *procCode, id *ast.Ident, wantValue bool) evalFn {
	n := len(x.Args)
	if n > len(pc.params) {
		c.errorf(x.Lparen, "Слишком много фактических параметров")
	} else {
		for i := n; i < len(pc.params); i++ {
			if pc.params[i].def == nil {
				c.errorf(x.Lparen, "Недостаточно фактических параметров")
				break
			}
		}
	}
	if wantValue && !pc.isFunc {
		c.errorf(id.Pos(), "Использование процедуры как функции (%s)", id.Name)
	}
	vals := c.args(sc, x.Args)
	addrs := make([]addrFn, len(x.Args))
	props := false
	for i, a := range x.Args {
		byRef := i < len(pc.params) && !pc.params[i].byVal
		addrs[i] = c.refArg(sc, a, byRef)
		if addrs[i] != nil && byRef && !isIdent(a) {
			props = true
		}
	}
	call := c.staticInvoke(pc, id, vals, addrs)
	if props {
		return withWriteBacks(call)
	}
	return call
}

func isIdent(e ast.Expr) bool {
	_, ok := e.(*ast.Ident)
	return ok
}

// withWriteBacks runs a call and then stores the by-reference property and
// element arguments back (refArg).
func withWriteBacks(call evalFn) evalFn {
	return func(fr *frame) value.Value {
		n := len(fr.wb)
		v := call(fr)
		fr.flushWriteBacks(n)
		return v
	}
}

// staticInvoke is the run-time part of staticCall.
func (c *compiler) staticInvoke(pc *procCode, id *ast.Ident, vals []evalFn, addrs []addrFn) evalFn {
	pos := c.pos(id.Pos())
	if pc.remote {
		return func(fr *frame) value.Value { return fr.s.remoteCall(fr, pos, pc, vals, addrs) }
	}
	same := pc.mod == c.mod
	if pc.mod.spec.Kind == CommonModule && pc.mod.spec.Flags.Privileged && !same {
		// a privileged common module runs in privileged mode (the
		// platform's module property "Привилегированный")
		return func(fr *frame) value.Value {
			mi := fr.s.instance(fr, pc.mod)
			fr.pos = pos
			fr.s.privileged++
			defer func() { fr.s.privileged-- }()
			return fr.s.invoke(fr, pc, mi, vals, addrs)
		}
	}
	return func(fr *frame) value.Value {
		mi := fr.mi
		if !same {
			mi = fr.s.instance(fr, pc.mod)
		}
		fr.pos = pos
		return fr.s.invoke(fr, pc, mi, vals, addrs)
	}
}

// argStores compiles write-back targets for arguments that may receive a
// by-reference out parameter of a built-in method.
func (c *compiler) argStores(sc *scope, args []ast.Expr) []storeFn {
	var stores []storeFn
	for i, a := range args {
		var st storeFn
		switch a := a.(type) {
		case *ast.Ident:
			if r, ok := c.lookup(sc, a.Folded); ok {
				st = c.store(r)
			}
		case *ast.SelectorExpr, *ast.IndexExpr:
			st = c.lhs(sc, a)
		}
		if st != nil {
			if stores == nil {
				stores = make([]storeFn, len(args))
			}
			stores[i] = st
		}
	}
	return stores
}

// hostCall compiles a call of a built-in function or host-module method
// whose definition is known at compile time.
func (c *compiler) hostCall(sc *scope, x *ast.CallExpr, d *value.MethodDef, recv evalFn, id *ast.Ident, wantValue bool) evalFn {
	if err := d.CheckArgs(len(x.Args)); err != nil {
		c.errorf(x.Lparen, "%s", err.Error())
	}
	if wantValue && d.Proc {
		c.errorf(id.Pos(), "Использование процедуры как функции (%s)", id.Name)
	}
	vals := c.args(sc, x.Args)
	var stores []storeFn
	if d.Out != 0 {
		stores = c.argStores(sc, x.Args)
	}
	pos := c.pos(id.Pos())
	return func(fr *frame) value.Value {
		var r value.Value = nil
		if recv != nil {
			r = recv(fr)
		}
		return callDef(fr, pos, d, r, vals, stores)
	}
}

// callDef runs a built-in method with out parameters and write-back.
func callDef(fr *frame, pos token.Pos, d *value.MethodDef, recv value.Value, vals []evalFn, stores []storeFn) value.Value {
	args := make([]value.Value, len(vals))
	for i, a := range vals {
		if a != nil {
			args[i] = a(fr)
		}
		if d.IsOut(i) {
			cur := args[i]
			if cur == nil {
				cur = value.Undef
			}
			args[i] = &value.Ref{V: cur}
		}
	}
	fr.pos = pos
	sess := fr.s
	prev := sess.cur
	sess.cur = fr
	v, err := d.Func(sess, recv, args)
	sess.cur = prev
	if err != nil {
		fr.fail(pos, err)
	}
	for i := range stores {
		if stores[i] != nil && d.IsOut(i) {
			stores[i](fr, args[i].(*value.Ref).V)
		}
	}
	if v == nil {
		return value.Undef
	}
	return v
}

// callMethod compiles "Выражение.Метод(…)" resolved at run time.
func (c *compiler) callMethod(sc *scope, x *ast.CallExpr, fun *ast.SelectorExpr, wantValue bool) evalFn {
	obj := c.expr(sc, fun.X)
	vals := c.args(sc, x.Args)
	stores := c.argStores(sc, x.Args)
	addrs, props := c.argAddrs(sc, x.Args)
	name := fun.Sel.Name
	folded := fun.Sel.Folded
	pos := c.pos(fun.Sel.Pos())
	n := len(x.Args)
	return func(fr *frame) value.Value {
		o := obj(fr)
		var d *value.MethodDef
		switch v := o.(type) {
		case value.HasMethods:
			d = v.Methods().Lookup(folded)
		case *CommonModuleValue:
			if props {
				n := len(fr.wb)
				r := callModuleValue(fr, pos, v, name, folded, vals, addrs, stores, wantValue)
				fr.flushWriteBacks(n)
				return r
			}
			return callModuleValue(fr, pos, v, name, folded, vals, addrs, stores, wantValue)
		case value.Undefined, value.NullValue, value.Boolean, value.String, value.Number, value.Date, value.Type:
			fr.fail(pos, value.Errorf("Значение не является значением объектного типа (%s)", name))
		}
		if d == nil {
			fr.fail(pos, value.ErrMethodNotFound(name))
		}
		if err := d.CheckArgs(n); err != nil {
			fr.fail(pos, err)
		}
		if wantValue && d.Proc {
			fr.fail(pos, value.Errorf("Использование процедуры как функции (%s)", name))
		}
		return callDef(fr, pos, d, o, vals, stores)
	}
}

// argAddrs compiles by-reference addresses for the arguments of a call
// resolved at run time (through a module value): variables, properties and
// elements. It reports whether a property or element is among them.
func (c *compiler) argAddrs(sc *scope, args []ast.Expr) ([]addrFn, bool) {
	addrs := make([]addrFn, len(args))
	props := false
	for i, a := range args {
		addrs[i] = c.refArg(sc, a, true)
		if addrs[i] != nil && !isIdent(a) {
			props = true
		}
	}
	return addrs, props
}

// refArg compiles the by-reference form of an argument: a variable is
// passed by its address; a property or element (Проц(Стр.Поле),
// Проц(М[0])), when the parameter is by reference, is read into a cell
// that is stored back into the property or element after the call if the
// callee assigned a different value — as OneScript, a re-implementation
// that follows the platform, tests it (EvilBeaver/OneScript,
// tests/engine-behaviors.os, ТестДолжен_ПроверитьУстановкуЗначенияПоСсылке:
// М[0] and М[1].Свойство1 change). Unverified on the platform itself. Any
// other expression is a temporary (nil).
func (c *compiler) refArg(sc *scope, a ast.Expr, byRef bool) addrFn {
	switch x := a.(type) {
	case *ast.Ident:
		if r, ok := c.lookup(sc, x.Folded); ok {
			return c.addr(r)
		}
	case *ast.SelectorExpr:
		if !byRef || c.isModuleName(sc, x.X) {
			return nil
		}
		obj := c.expr(sc, x.X)
		name := x.Sel.Name
		pos := c.pos(x.Sel.Pos())
		return func(fr *frame) *value.Value {
			o := obj(fr)
			hp, ok := o.(value.HasProps)
			if !ok {
				fr.fail(pos, notObject(o, name))
			}
			v, err := hp.GetProp(name)
			if err != nil {
				fr.fail(pos, err)
			}
			return fr.pushWriteBack(v, func(nv value.Value) error { return hp.SetProp(name, nv) }, pos)
		}
	case *ast.IndexExpr:
		if !byRef {
			return nil
		}
		obj := c.expr(sc, x.X)
		key := c.expr(sc, x.Index)
		pos := c.pos(x.Lbrack)
		return func(fr *frame) *value.Value {
			o := obj(fr)
			k := key(fr)
			ix, ok := o.(value.Indexable)
			if !ok {
				fr.fail(pos, value.Errorf("Получение элемента по индексу для значения не поддерживается"))
			}
			v, err := ix.Index(k)
			if err != nil {
				fr.fail(pos, err)
			}
			return fr.pushWriteBack(v, func(nv value.Value) error { return ix.SetIndex(k, nv) }, pos)
		}
	case *ast.ParenExpr:
		return nil // (Х) is an expression: a temporary
	}
	return nil
}

// writeBack is a by-reference property or element argument in flight.
type writeBack struct {
	cell  *value.Value
	orig  value.Value
	store func(value.Value) error
	pos   token.Pos
}

func (fr *frame) pushWriteBack(v value.Value, store func(value.Value) error, pos token.Pos) *value.Value {
	cell := new(value.Value)
	*cell = v
	fr.wb = append(fr.wb, writeBack{cell: cell, orig: v, store: store, pos: pos})
	return cell
}

// flushWriteBacks stores the cells changed by the callee, in argument
// order, and drops the entries from n on.
func (fr *frame) flushWriteBacks(n int) {
	pending := fr.wb[n:]
	fr.wb = fr.wb[:n]
	for _, w := range pending {
		if nv := *w.cell; !value.Identical(nv, w.orig) {
			if err := w.store(nv); err != nil {
				fr.fail(w.pos, err)
			}
		}
	}
}
