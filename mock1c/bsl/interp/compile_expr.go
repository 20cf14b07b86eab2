package interp

import (
	"wazzup-unf/mock1c/bsl/ast"
	"wazzup-unf/mock1c/bsl/token"
	"wazzup-unf/mock1c/bsl/value"
)

func (c *compiler) load(r varRef) evalFn {
	switch r.kind {
	case refLocal:
		i := r.idx
		return func(fr *frame) value.Value { return fr.locals[i] }
	case refParam:
		i := r.idx
		return func(fr *frame) value.Value { return *fr.refs[i] }
	case refModule:
		i := r.idx
		return func(fr *frame) value.Value { return fr.mi.vars[i] }
	case refExtra:
		name := r.name
		return func(fr *frame) value.Value { return *fr.extraVar(name) }
	case refCtx:
		name := r.name
		return func(fr *frame) value.Value {
			v, err := value.GetProp(fr.mi.ctxObject(), name)
			if err != nil {
				fr.fail(fr.pos, err)
			}
			return v
		}
	}
	panic("interp: bad varRef")
}

func (c *compiler) store(r varRef) storeFn {
	switch r.kind {
	case refLocal:
		i := r.idx
		return func(fr *frame, v value.Value) { fr.locals[i] = v }
	case refParam:
		i := r.idx
		return func(fr *frame, v value.Value) { *fr.refs[i] = v }
	case refModule:
		i := r.idx
		return func(fr *frame, v value.Value) { fr.mi.vars[i] = v }
	case refExtra:
		name := r.name
		return func(fr *frame, v value.Value) { *fr.extraVar(name) = v }
	case refCtx:
		name := r.name
		return func(fr *frame, v value.Value) {
			if err := value.SetProp(fr.mi.ctxObject(), name, v); err != nil {
				fr.fail(fr.pos, err)
			}
		}
	}
	panic("interp: bad varRef")
}

// addr returns the address of a variable, or nil when the variable cannot
// be passed by reference (a context property: passed as a temporary).
func (c *compiler) addr(r varRef) addrFn {
	switch r.kind {
	case refLocal:
		i := r.idx
		return func(fr *frame) *value.Value { return &fr.locals[i] }
	case refParam:
		i := r.idx
		return func(fr *frame) *value.Value { return fr.refs[i] }
	case refModule:
		i := r.idx
		return func(fr *frame) *value.Value { return &fr.mi.vars[i] }
	case refExtra:
		name := r.name
		return func(fr *frame) *value.Value { return fr.extraVar(name) }
	}
	return nil
}

// lhs compiles an assignment target.
func (c *compiler) lhs(sc *scope, e ast.Expr) storeFn {
	switch x := e.(type) {
	case *ast.Ident:
		r, ok := c.lookup(sc, x.Folded)
		if !ok {
			if g, isProp := c.prog.props[x.Folded]; isProp {
				pos := c.pos(x.Pos())
				name := x.Name
				return func(fr *frame, v value.Value) {
					if g.Set == nil {
						fr.fail(pos, value.Errorf("Поле объекта недоступно для записи (%s)", name))
					}
					if err := g.Set(fr.s, v); err != nil {
						fr.fail(pos, err)
					}
				}
			}
			r = c.declare(sc, x)
		}
		return c.store(r)
	case *ast.SelectorExpr:
		if c.isModuleName(sc, x.X) {
			c.errorf(x.Sel.Pos(), "Поле объекта не обнаружено (%s)", x.Sel.Name)
			return func(*frame, value.Value) {}
		}
		obj := c.expr(sc, x.X)
		name := x.Sel.Name
		pos := c.pos(x.Sel.Pos())
		return func(fr *frame, v value.Value) {
			o := obj(fr)
			hp, ok := o.(value.HasProps)
			if !ok {
				fr.fail(pos, notObject(o, name))
			}
			if err := hp.SetProp(name, v); err != nil {
				fr.fail(pos, err)
			}
		}
	case *ast.IndexExpr:
		obj := c.expr(sc, x.X)
		key := c.expr(sc, x.Index)
		pos := c.pos(x.Lbrack)
		return func(fr *frame, v value.Value) {
			o := obj(fr)
			k := key(fr)
			ix, ok := o.(value.Indexable)
			if !ok {
				fr.fail(pos, value.Errorf("Получение элемента по индексу для значения не поддерживается"))
			}
			if err := ix.SetIndex(k, v); err != nil {
				fr.fail(pos, err)
			}
		}
	case *ast.ParenExpr:
		return c.lhs(sc, x.X)
	}
	c.errorf(e.Pos(), "Ожидается переменная")
	return func(*frame, value.Value) {}
}

// notObject is the error for obj.Имя on a value without properties.
func notObject(v value.Value, name string) error {
	switch v.(type) {
	case value.Undefined, value.NullValue, value.Boolean, value.String, value.Number, value.Date, value.Type:
		return value.Errorf("Значение не является значением объектного типа (%s)", name)
	}
	return value.ErrPropNotFound(name)
}

// isModuleName reports whether e is the bare name of a common module that
// no variable shadows.
func (c *compiler) isModuleName(sc *scope, e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	if !ok {
		return false
	}
	if _, isVar := c.lookup(sc, id.Folded); isVar {
		return false
	}
	_, ok = c.prog.common[id.Folded]
	return ok
}

// cond compiles a condition: the value must be Булево.
func (c *compiler) cond(sc *scope, e ast.Expr) func(*frame) bool {
	x := c.expr(sc, e)
	pos := c.pos(e.Pos())
	return func(fr *frame) bool {
		v := x(fr)
		if b, ok := v.(value.Boolean); ok {
			return bool(b)
		}
		return toBool(fr, pos, v)
	}
}

func (c *compiler) expr(sc *scope, e ast.Expr) evalFn {
	switch x := e.(type) {
	case *ast.BasicLit:
		v, err := literal(x)
		if err != nil {
			c.errorf(x.Pos(), "%s", err.Error())
			v = value.Undef
		}
		return func(*frame) value.Value { return v }
	case *ast.Ident:
		if r, ok := c.lookup(sc, x.Folded); ok {
			return c.load(r)
		}
		if g, ok := c.prog.props[x.Folded]; ok {
			pos := c.pos(x.Pos())
			return func(fr *frame) value.Value {
				v, err := g.Get(fr.s)
				if err != nil {
					fr.fail(pos, err)
				}
				return v
			}
		}
		if ref, ok := c.prog.common[x.Folded]; ok {
			// a common module's name is a value of type ОбщийМодуль (modvalue.go)
			v := ref.val
			return func(*frame) value.Value { return v }
		}
		if ref := c.thisCommonModule(x.Folded); ref != nil {
			v := ref.val
			return func(*frame) value.Value { return v }
		}
		// A compile error on the platform: the Designer's module check and
		// the run-time module compilation both report it, and a form whose
		// module has one does not open (platform-runtime-facts.md §6.2, §6.3).
		c.errorf(x.Pos(), "Переменная не определена (%s)", x.Name)
		c.hint(x.Name, c.varCandidates(sc))
		return func(*frame) value.Value { return value.Undef }
	case *ast.ParenExpr:
		return c.expr(sc, x.X)
	case *ast.UnaryExpr:
		return c.unaryExpr(sc, x)
	case *ast.BinaryExpr:
		return c.binaryExpr(sc, x)
	case *ast.CondExpr:
		cond := c.cond(sc, x.Cond)
		then := c.expr(sc, x.Then)
		els := c.expr(sc, x.Else)
		return func(fr *frame) value.Value {
			if cond(fr) {
				return then(fr)
			}
			return els(fr)
		}
	case *ast.CallExpr:
		return c.call(sc, x, true)
	case *ast.SelectorExpr:
		if c.isModuleName(sc, x.X) {
			c.errorf(x.Sel.Pos(), "Поле объекта не обнаружено (%s)", x.Sel.Name)
			return func(*frame) value.Value { return value.Undef }
		}
		obj := c.expr(sc, x.X)
		name := x.Sel.Name
		pos := c.pos(x.Sel.Pos())
		return func(fr *frame) value.Value {
			o := obj(fr)
			hp, ok := o.(value.HasProps)
			if !ok {
				fr.fail(pos, notObject(o, name))
			}
			v, err := hp.GetProp(name)
			if err != nil {
				fr.fail(pos, err)
			}
			return v
		}
	case *ast.IndexExpr:
		obj := c.expr(sc, x.X)
		key := c.expr(sc, x.Index)
		pos := c.pos(x.Lbrack)
		return func(fr *frame) value.Value {
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
			return v
		}
	case *ast.NewExpr:
		return c.newExpr(sc, x)
	case *ast.BadExpr:
		c.errorf(x.Pos(), "Ожидается выражение")
		return func(*frame) value.Value { return value.Undef }
	}
	c.errorf(e.Pos(), "internal error: unknown expression %T", e)
	return func(*frame) value.Value { return value.Undef }
}

func (c *compiler) unaryExpr(sc *scope, x *ast.UnaryExpr) evalFn {
	if x.Op == token.NOT {
		cond := c.cond(sc, x.X)
		return func(fr *frame) value.Value { return value.Bool(!cond(fr)) }
	}
	arg := c.expr(sc, x.X)
	pos := c.pos(x.Pos())
	switch x.Op {
	case token.SUB:
		return func(fr *frame) value.Value {
			v, err := unary(token.SUB, arg(fr))
			if err != nil {
				fr.fail(pos, err)
			}
			return v
		}
	}
	return func(fr *frame) value.Value {
		v, err := unary(token.ADD, arg(fr))
		if err != nil {
			fr.fail(pos, err)
		}
		return v
	}
}

func (c *compiler) binaryExpr(sc *scope, x *ast.BinaryExpr) evalFn {
	pos := c.pos(x.OpPos)
	switch x.Op {
	case token.AND:
		a, b := c.cond(sc, x.X), c.cond(sc, x.Y)
		return func(fr *frame) value.Value { return value.Bool(a(fr) && b(fr)) }
	case token.OR:
		a, b := c.cond(sc, x.X), c.cond(sc, x.Y)
		return func(fr *frame) value.Value { return value.Bool(a(fr) || b(fr)) }
	}
	a, b := c.expr(sc, x.X), c.expr(sc, x.Y)
	op := x.Op
	return func(fr *frame) value.Value {
		l := a(fr)
		r := b(fr)
		v, err := binary(op, l, r)
		if err != nil {
			fr.fail(pos, err)
		}
		return v
	}
}

// newExpr compiles Новый Тип(…) and Новый("Тип", Параметры).
func (c *compiler) newExpr(sc *scope, x *ast.NewExpr) evalFn {
	pos := c.pos(x.Pos())
	if x.Type != nil {
		t, ok := c.prog.types[x.Type.Folded]
		if !ok {
			c.errorf(x.Type.Pos(), "Тип не определен (%s)", x.Type.Name)
			return func(*frame) value.Value { return value.Undef }
		}
		if t.New == nil {
			c.errorf(x.Type.Pos(), "%s", value.ErrNoConstructor(x.Type.Name).Msg)
			return func(*frame) value.Value { return value.Undef }
		}
		if t.MaxArgs >= 0 && len(x.Args) > t.MaxArgs {
			c.errorf(x.Type.Pos(), "%s", value.MsgTooManyArgs)
		}
		args := c.args(sc, x.Args)
		return func(fr *frame) value.Value {
			vals := evalArgs(fr, args)
			if len(vals) < t.MinArgs {
				fr.fail(pos, &value.Error{Msg: value.MsgNotEnoughArgs})
			}
			v, err := t.New(fr.s, vals)
			if err != nil {
				fr.fail(pos, err)
			}
			return v
		}
	}
	if len(x.Args) == 0 || x.Args[0] == nil || len(x.Args) > 2 {
		c.errorf(x.Pos(), "Ожидается имя типа и массив параметров")
		return func(*frame) value.Value { return value.Undef }
	}
	typeName := c.expr(sc, x.Args[0])
	var params evalFn
	if len(x.Args) == 2 && x.Args[1] != nil {
		params = c.expr(sc, x.Args[1])
	}
	types := c.prog.types
	return func(fr *frame) value.Value {
		name := typeName(fr).String()
		t, ok := types[token.Fold(name)]
		if !ok {
			fr.fail(pos, value.ErrTypeNotDefined(name))
		}
		if t.New == nil {
			fr.fail(pos, value.ErrNoConstructor(name))
		}
		var vals []value.Value
		if params != nil {
			p := params(fr)
			it, ok := p.(value.Iterable)
			if !ok {
				fr.fail(pos, value.ErrBadArgType())
			}
			iter := it.Iterate()
			for {
				v, ok := iter.Next()
				if !ok {
					break
				}
				vals = append(vals, v)
			}
		}
		v, err := t.New(fr.s, vals)
		if err != nil {
			fr.fail(pos, err)
		}
		return v
	}
}

// args compiles an argument list; omitted arguments stay nil.
func (c *compiler) args(sc *scope, list []ast.Expr) []evalFn {
	out := make([]evalFn, len(list))
	for i, a := range list {
		if a != nil {
			out[i] = c.expr(sc, a)
		}
	}
	return out
}

// evalArgs evaluates arguments left to right; omitted ones are nil.
func evalArgs(fr *frame, args []evalFn) []value.Value {
	vals := make([]value.Value, len(args))
	for i, a := range args {
		if a != nil {
			vals[i] = a(fr)
		}
	}
	// trailing omitted arguments are as if not written
	n := len(vals)
	for n > 0 && vals[n-1] == nil {
		n--
	}
	return vals[:n]
}

// thisCommonModule resolves ЭтотОбъект (ThisObject) in a common module to
// the module itself: БСП names its own client module so as a notification
// target (1c-syntax/ssl_3_1_eng, CommonModules/StandardSubsystemsClient:
// «New NotifyDescription("Check1CEnterpriseVersionOnStartup", ThisObject)»).
func (c *compiler) thisCommonModule(folded string) *commonRef {
	if folded != "этотобъект" && folded != "thisobject" {
		return nil
	}
	if c.mod == nil || c.mod.spec.Kind != CommonModule || c.mod.spec.Ident == "" {
		return nil
	}
	return c.prog.common[token.Fold(c.mod.spec.Ident)]
}
