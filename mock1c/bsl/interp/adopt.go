package interp

import (
	"wazzup-unf/mock1c/bsl/ast"
	"wazzup-unf/mock1c/bsl/token"
	"wazzup-unf/mock1c/bsl/value"
)

// adopt merges an extension module into the configuration module it
// adopts. Procedures without an extension annotation are added to the
// module (other code calls them through it); annotated ones intercept the
// configuration's procedure named in the annotation:
//
//	&Перед("Имя")              runs before it, with the same arguments
//	&После("Имя")              runs after it, with the same arguments
//	&Вместо("Имя")             runs instead; ПродолжитьВызов(…) calls it
//	&ИзменениеИКонтроль("Имя") replaces it with the changed text
//
// Every call of the procedure — from other modules and from the
// configuration module itself — goes through the interception.
func adopt(base, ext *moduleCode) ErrorList {
	c := &compiler{mod: ext}
	for _, pc := range ext.procs {
		ann := pc.decl.ExtensionAnnotation()
		if ann == nil {
			if _, dup := base.procIx[token.Fold(pc.name)]; dup {
				c.errorf(pc.decl.Name.Pos(), "Процедура или функция с таким именем уже определена (%s)", pc.name)
				continue
			}
			base.procIx[token.Fold(pc.name)] = pc
			continue
		}
		if ann.Arg == nil {
			c.errorf(ann.Pos(), "Ожидается имя расширяемого метода")
			continue
		}
		target := ann.Arg.Value
		key := token.Fold(target)
		cur := base.procIx[key]
		if cur == nil || cur.mod != base && cur.chain == nil && cur.orig == nil {
			c.errorf(ann.Arg.Pos(), "Метод %s не найден в расширяемом модуле", target)
			continue
		}
		if len(pc.params) != len(cur.params) {
			c.errorf(pc.decl.Name.Pos(), "Параметры метода %s не совпадают с параметрами расширяемого метода %s", pc.name, target)
			continue
		}
		if cur.remote {
			continue // intercepted on the side where it runs
		}
		switch ann.Extension() {
		case ast.Instead, ast.ChangeAndControl:
			pc.orig = cur
			pc.export = cur.export
			base.procIx[key] = pc
		case ast.Before, ast.After:
			ch := cur.chain
			if ch == nil {
				chain := &procCode{mod: base, name: cur.name, isFunc: cur.isFunc, export: cur.export,
					directive: cur.directive, noContext: cur.noContext, params: cur.params, nlocals: len(cur.params)}
				ch = &chainInfo{orig: cur}
				chain.chain = ch
				chain.code = []execFn{chainCode(ch)}
				base.procIx[key] = chain
			}
			if ann.Extension() == ast.Before {
				ch.before = append(ch.before, pc)
			} else {
				ch.after = append(ch.after, pc)
			}
		}
	}
	return c.errs
}

// chainCode runs the &Перед handlers, the original procedure and the &После
// handlers, all bound to the caller's arguments.
func chainCode(ch *chainInfo) execFn {
	return func(fr *frame) ctl {
		s := fr.s
		cells := make([]*value.Value, len(fr.proc.params))
		for i, prm := range fr.proc.params {
			if prm.byVal {
				cells[i] = &fr.locals[i]
			} else {
				cells[i] = fr.refs[i]
			}
		}
		instOf := func(pc *procCode) *moduleInst {
			if pc.mod == fr.proc.mod {
				return fr.mi
			}
			return s.instance(fr, pc.mod)
		}
		for _, h := range ch.before {
			s.callCells(fr, h, instOf(h), cells)
		}
		fr.ret = s.callCells(fr, ch.orig, instOf(ch.orig), cells)
		for _, h := range ch.after {
			s.callCells(fr, h, instOf(h), cells)
		}
		return ctlReturn
	}
}
