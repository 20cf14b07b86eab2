package interp

import (
	"fmt"

	"wazzup-unf/mock1c/bsl/globals"
	"wazzup-unf/mock1c/bsl/parse"
	"wazzup-unf/mock1c/bsl/token"
	"wazzup-unf/mock1c/bsl/value"
)

// World is what the platform layer assembles before any code runs: the
// modules of the configuration (and its extensions), host modules written in
// Go, the global context (functions, properties) and the platform types that
// Новый can build. Link compiles it for one execution context.
//
// A World is filled once and then only read; Link may be called for
// several contexts (and concurrently) after filling is done.
type World struct {
	specs      []*ModuleSpec
	hosts      []*hostModule
	funcs      []value.MethodDef
	funcsIn    []func(Context) bool // availability of funcs[i]; nil: everywhere
	props      []*GlobalProp
	propsIn    []func(Context) bool
	types      []value.TypeDef
	typesIn    []func(Context) bool
	fset       *token.FileSet
	serverCall ServerCallFunc
	platform   map[string]globals.Where // the platform's global methods, for hints
}

// GlobalProp is a property of the global context (Символы, Метаданные,
// Справочники, ПараметрыСеанса …). Get is called on every read with the
// running session as environment; Set, when not nil, makes it writable.
type GlobalProp struct {
	Name value.Name
	Get  func(env value.Env) (value.Value, error)
	Set  func(env value.Env, v value.Value) error
}

// ServerCall is a call from client code to a server procedure: an export of
// a server-call common module or a &НаСервере procedure of a form module.
type ServerCall struct {
	From   *Session // the calling (client) session
	Module string   // the platform's module name of the callee
	Proc   string   // the procedure as declared
	// Args holds one cell per actual argument, nil for an omitted one. The
	// callee's by-reference parameters are written back into the cells
	// (which the interpreter then stores into the caller's variables); the
	// platform copies values across the boundary, so a hook must not share
	// reference values between the sessions.
	Args []*value.Value
}

// ServerCallFunc carries a server call across the client/server boundary.
// The platform layer installs one that checks serialisability and runs the
// callee in a server session; DirectServerCalls is a simple one for tests.
type ServerCallFunc func(call *ServerCall) (value.Value, error)

// NewWorld returns an empty world with its own FileSet.
func NewWorld() *World { return &World{fset: token.NewFileSet(), platform: globals.Index()} }

// FileSet is the set the world's modules are parsed into.
func (w *World) FileSet() *token.FileSet { return w.fset }

// AddModule registers a module written in BSL.
func (w *World) AddModule(spec ModuleSpec) {
	s := spec
	w.specs = append(w.specs, &s)
}

// AddHostModule registers a common module written in Go: code calls its
// methods as Ident.Метод(…). Methods follow value.MethodDef (recv is nil).
func (w *World) AddHostModule(ident, name string, flags ModuleFlags, methods []value.MethodDef) {
	h := &hostModule{ident: ident, name: name, flags: flags, methods: map[string]*value.MethodDef{}}
	for i := range methods {
		d := &methods[i]
		for _, n := range []string{d.Name.Ru, d.Name.En} {
			if n != "" {
				h.methods[token.Fold(n)] = d
			}
		}
	}
	w.hosts = append(w.hosts, h)
}

// AddFuncs adds global-context functions (the built-in library, host
// functions such as ПодключитьОбработчикОжидания). A later definition of
// the same name replaces an earlier one.
func (w *World) AddFuncs(defs []value.MethodDef) { w.AddFuncsIn(nil, defs) }

// AddFuncsIn adds global-context functions that exist only in the contexts
// where avail is true (nil: everywhere): server-only functions such as
// УстановитьПривилегированныйРежим, client-only ones such as
// ПоказатьОповещениеПользователя. Elsewhere a call is the platform's compile
// error "Процедура или функция с указанным именем не определена (Имя)".
func (w *World) AddFuncsIn(avail func(Context) bool, defs []value.MethodDef) {
	for range defs {
		w.funcsIn = append(w.funcsIn, avail)
	}
	w.funcs = append(w.funcs, defs...)
}

// AddProp adds a global-context property.
func (w *World) AddProp(p GlobalProp) { w.AddPropIn(nil, p) }

// AddPropIn adds a global-context property available where avail is true
// (nil: everywhere); elsewhere it is "Переменная не определена (Имя)".
func (w *World) AddPropIn(avail func(Context) bool, p GlobalProp) {
	w.props = append(w.props, &p)
	w.propsIn = append(w.propsIn, avail)
}

// AddTypes adds platform types (Тип("Имя"), Новый Имя(…)). A later
// definition of the same name replaces an earlier one, so the platform
// layer can override the library.
func (w *World) AddTypes(defs []value.TypeDef) { w.AddTypesIn(nil, defs) }

// AddTypesIn adds platform types available where avail is true (nil:
// everywhere): Запрос and object managers exist on the server only; in
// other contexts "Новый Запрос" is "Тип не определен (Запрос)".
func (w *World) AddTypesIn(avail func(Context) bool, defs []value.TypeDef) {
	for range defs {
		w.typesIn = append(w.typesIn, avail)
	}
	w.types = append(w.types, defs...)
}

// AddValueProps adds read-only global properties with fixed values (the
// library's Символы).
func (w *World) AddValueProps(names []value.Name, vals []value.Value) {
	for i := range names {
		v := vals[i]
		w.AddProp(GlobalProp{Name: names[i], Get: func(value.Env) (value.Value, error) { return v, nil }})
	}
}

// SetServerCall installs the hook through which client code calls server
// procedures.
func (w *World) SetServerCall(f ServerCallFunc) { w.serverCall = f }

// symbols converts an execution context to the parser's symbol set.
func symbols(c Context) parse.Symbols {
	s, err := parse.SymbolsOf(c.Symbols()...)
	if err != nil {
		panic(fmt.Sprintf("interp: context %v: %v", c, err)) // the two tables disagree: a bug
	}
	return s
}

// Link parses and compiles every module available in ctx and returns the
// program, or an ErrorList with every syntax and compile error.
func (w *World) Link(ctx Context) (*Program, error) {
	p := &Program{
		world:  w,
		ctx:    ctx,
		fset:   w.fset,
		byName: map[string]*moduleCode{},
		common: map[string]*commonRef{},
		global: map[string]*procCode{},
		funcs:  map[string]*value.MethodDef{},
		props:  map[string]*GlobalProp{},
		types:  map[string]*value.TypeDef{},
	}
	for i := range w.funcs {
		if f := w.funcsIn[i]; f != nil && !f(ctx) {
			continue
		}
		d := &w.funcs[i]
		for _, n := range []string{d.Name.Ru, d.Name.En} {
			if n != "" {
				p.funcs[token.Fold(n)] = d
			}
		}
	}
	for i, g := range w.props {
		if f := w.propsIn[i]; f != nil && !f(ctx) {
			continue
		}
		for _, n := range []string{g.Name.Ru, g.Name.En} {
			if n != "" {
				p.props[token.Fold(n)] = g
			}
		}
	}
	var types []value.TypeDef
	for i := range w.types {
		if f := w.typesIn[i]; f != nil && !f(ctx) {
			continue
		}
		types = append(types, w.types[i])
		t := &w.types[i]
		for _, n := range []string{t.Name.Ru, t.Name.En} {
			if n != "" {
				p.types[token.Fold(n)] = t
			}
		}
	}
	p.typeTable = value.NewTypeTable(types)
	for _, h := range w.hosts {
		if h.flags.callableFrom(ctx) || h.flags == (ModuleFlags{}) {
			p.common[token.Fold(h.ident)] = newCommonRef(&commonRef{host: h})
		}
	}
	var errs ErrorList
	// Pass 1: parse every module available in ctx and declare its
	// procedures; configuration modules first, so that extension modules
	// find the modules they adopt.
	var adopting []*moduleCode
	for _, ext := range []bool{false, true} {
		for _, spec := range w.specs {
			if (spec.Extension != "") != ext {
				continue
			}
			remote := false
			if spec.Kind == CommonModule {
				if !spec.Flags.callableFrom(ctx) {
					continue
				}
				remote = !spec.Flags.availableIn(ctx)
			}
			parseCtx := ctx
			if remote {
				parseCtx = Server // the callee's signatures as the server sees them
			}
			m, perrs := w.parseModule(spec, parseCtx)
			errs = append(errs, perrs...)
			if m == nil {
				continue
			}
			errs = append(errs, declareProcs(m, ctx, remote)...)
			key := token.Fold(spec.Name)
			if base := p.byName[key]; ext && base != nil && base.spec.Extension == "" {
				m.base = base
				adopting = append(adopting, m)
				p.modules = append(p.modules, m)
				p.byName[token.Fold(spec.Extension+" "+spec.Name)] = m
				continue
			}
			p.modules = append(p.modules, m)
			p.byName[key] = m
			if spec.Kind == CommonModule && spec.Ident != "" {
				p.common[token.Fold(spec.Ident)] = newCommonRef(&commonRef{mod: m, remote: remote})
			}
		}
	}
	for _, m := range adopting {
		errs = append(errs, adopt(m.base, m)...)
	}
	for _, m := range p.modules {
		if m.spec.Kind == CommonModule && m.spec.Flags.Global && m.base == nil && m.spec.Flags.availableIn(ctx) {
			for _, pc := range m.procIx {
				if pc.export {
					p.global[token.Fold(pc.name)] = pc
				}
			}
		}
	}
	if len(errs) > 0 {
		errs.RemoveMultiples()
		return nil, errs
	}
	// Pass 2: compile bodies with every signature known.
	for _, m := range p.modules {
		c := &compiler{prog: p, mod: m}
		c.compileModule()
		errs = append(errs, c.errs...)
	}
	if len(errs) > 0 {
		errs.RemoveMultiples()
		return nil, errs
	}
	return p, nil
}

// parseModule parses one module for a context and converts syntax errors.
func (w *World) parseModule(spec *ModuleSpec, ctx Context) (*moduleCode, ErrorList) {
	name := spec.File
	if name == "" {
		name = spec.Name
	}
	file := w.fset.AddFile(name, len(spec.Source))
	file.SetLinesForContent(spec.Source)
	m, err := parse.Parse(file, spec.Source, parse.Options{Symbols: symbols(ctx), AllErrors: true})
	var errs ErrorList
	if err != nil {
		list, ok := err.(token.ErrorList)
		if !ok {
			return nil, ErrorList{{File: name, Module: spec.Name, Line: 1, Col: 1, Msg: err.Error()}}
		}
		for _, e := range list {
			errs = append(errs, &Error{File: name, Module: spec.Name, Extension: spec.Extension, Line: e.Pos.Line, Col: e.Pos.Column, Msg: e.Msg})
		}
		return nil, errs
	}
	mc := &moduleCode{spec: spec, file: file, src: spec.Source, ast: m,
		varIx: map[string]int{}, exports: map[string]int{}, procIx: map[string]*procCode{}, ctxNames: map[string]string{}}
	for _, n := range spec.ContextNames {
		mc.ctxNames[token.Fold(n)] = n
	}
	return mc, nil
}

// Check links the world for each context and returns every compile error
// once, with the contexts it was found in (Error.Check), as the Designer's
// module check reports "(Проверка: Веб-клиент)". Nil when all link.
func (w *World) Check(ctxs ...Context) ErrorList {
	type key struct {
		file, msg string
		line, col int
	}
	var out ErrorList
	seen := map[key]*Error{}
	for _, ctx := range ctxs {
		_, err := w.Link(ctx)
		list, _ := err.(ErrorList)
		for _, e := range list {
			k := key{e.File, e.Msg, e.Line, e.Col}
			if prev := seen[k]; prev != nil {
				prev.Check += ", " + ctx.CheckName()
				continue
			}
			cp := *e
			cp.Check = ctx.CheckName()
			seen[k] = &cp
			out = append(out, &cp)
		}
	}
	out.Sort()
	return out
}
