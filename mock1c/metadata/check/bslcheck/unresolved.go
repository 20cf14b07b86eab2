package bslcheck

import (
	"fmt"
	"sort"
	"strings"

	"wazzup-unf/mock1c/bsl/ast"
	"wazzup-unf/mock1c/bsl/globals"
	"wazzup-unf/mock1c/bsl/parse"
	"wazzup-unf/mock1c/bsl/token"
	"wazzup-unf/mock1c/metadata"
	"wazzup-unf/mock1c/metadata/check"
)

// Unresolved reports every unqualified call Имя(…) that nothing visible
// defines where the code runs — the platform's compile error «Процедура или
// функция с указанным именем не определена (Имя)» (rule "calls", error).
//
// A name resolves, in the side (server or thin client) the code is
// compiled for, to: a method of the module itself (for an extension's
// adopted object or form, also of the base module it extends); an export
// of a global common module available on that side (cfg and base); on the
// client, an export of the application module; a method of the module's
// context object (a form's Закрыть, an object's Записать; package
// globals); a platform global-context method available on that side
// (package globals, from the syntax assistant). Code sides: a common module
// on the server when its Server flag is set and on the client when
// ClientManagedApplication is; form and command methods by their compile
// directive (none means &НаСервере); application modules on the client;
// other modules on the server. Each side's code is the preprocessor's
// output for that side (parse.ContextServer, parse.ContextThinClient). A
// form's or command's own methods, and the sides its code runs on, are
// taken from the methods of every context (parse.AllMethods), so a method
// under "#Если Клиент Тогда" is defined and its body checked on the client.
//
// An extension needs its base (cfg.IsExtension with base == nil gives
// nothing: calls into the base could not be resolved). Modules that do not
// parse are skipped (module-parse reports them).
func Unresolved(cfg, base *metadata.Configuration) []*metadata.Problem {
	if cfg == nil || (cfg.IsExtension && base == nil) {
		return nil
	}
	if !cfg.IsExtension {
		base = nil
	}
	r := &resolver{
		platform: globals.Index(),
		ctxObj: map[metadata.ModuleKind]map[string]bool{
			metadata.ModuleForm:         foldSet(globals.FormMethods()),
			metadata.ModuleObject:       foldSet(globals.ObjectMethods()),
			metadata.ModuleManager:      foldSet(globals.ManagerMethods()),
			metadata.ModuleRecordSet:    foldSet(globals.RecordSetMethods()),
			metadata.ModuleValueManager: foldSet(globals.RecordSetMethods()),
		},
		exports:  map[side]map[string]bool{sideServer: {}, sideClient: {}, sideOrdinary: {}},
		ordinary: map[*metadata.Module]bool{},
		parsed:   map[parseKey]*parsedModule{},
		all:      map[*metadata.Module][]*ast.Method{},
	}
	for _, c := range []*metadata.Configuration{cfg, base} {
		if c == nil {
			continue
		}
		for _, o := range c.Objects {
			for _, f := range o.Forms {
				// an ordinary form has no managed Form.xml (the Designer
				// writes Form.bin); an unreadable one is skipped too
				if f.Module != nil && f.Body == nil {
					r.ordinary[f.Module] = true
				}
			}
		}
	}
	r.collectExports(cfg, base)
	baseMods := map[string]*metadata.Module{}
	if base != nil {
		for _, m := range base.AllModules() {
			baseMods[metadata.Fold(m.Owner)+"|"+string(m.Kind)] = m
		}
	}
	for _, m := range cfg.AllModules() {
		r.module(m, baseMods[metadata.Fold(m.Owner)+"|"+string(m.Kind)], r.flagsOf(cfg, base, m))
	}
	return r.problems()
}

type side uint8

const (
	sideServer   side = iota
	sideClient        // managed application clients, represented by the thin client
	sideOrdinary      // the thick client of an ordinary application (ordinary forms, its application module)
	nSides
)

func (s side) symbols() parse.Symbols {
	switch s {
	case sideClient:
		return parse.ContextThinClient
	case sideOrdinary:
		return parse.ContextThickClientOrdinary
	}
	return parse.ContextServer
}

func (s side) where() globals.Where {
	switch s {
	case sideClient:
		return globals.ThinClient
	case sideOrdinary:
		return globals.ThickClientOrdinary
	}
	return globals.Server
}

func (s side) check() string {
	switch s {
	case sideClient:
		return "Тонкий клиент"
	case sideOrdinary:
		return "Толстый клиент (обычное приложение)"
	}
	return "Сервер"
}

type parseKey struct {
	m *metadata.Module
	s side
}

type finding struct {
	pos   metadata.Pos
	name  string
	sides []side
}

type resolver struct {
	platform map[string]globals.Where
	ctxObj   map[metadata.ModuleKind]map[string]bool
	exports  map[side]map[string]bool  // folded names of global exports per side
	ordinary map[*metadata.Module]bool // modules of ordinary (not managed) forms
	parsed   map[parseKey]*parsedModule
	all      map[*metadata.Module][]*ast.Method // every method of every context (parse.AllMethods)
	found    map[string]*finding
	order    []string
}

func foldSet(names []string) map[string]bool {
	out := map[string]bool{}
	for _, n := range names {
		out[token.Fold(n)] = true
	}
	return out
}

type parsedModule struct {
	mod  *ast.Module
	fset *token.FileSet
}

// parse returns the module as the preprocessor leaves it for a side (nil
// when it cannot be read or parsed).
func (r *resolver) parse(m *metadata.Module, s side) *parsedModule {
	if m == nil {
		return nil
	}
	k := parseKey{m, s}
	if pm, ok := r.parsed[k]; ok {
		return pm
	}
	if r.formLike(m) {
		// a form's methods of every context are needed anyway
		r.parseEvery(m)
		return r.parsed[k]
	}
	// other modules run on one or two sides: parsing just those is
	// cheaper than every distinct context
	var pm *parsedModule
	if src, err := m.Source(); err == nil {
		fset := token.NewFileSet()
		if x, err := parse.ParseFile(fset, m.Path, src, parse.Options{Symbols: s.symbols()}); err == nil && x != nil {
			pm = &parsedModule{mod: x, fset: fset}
		}
	}
	r.parsed[k] = pm
	return pm
}

// formLike reports a managed form's or a command's module, whose methods
// run where their compile directives say.
func (r *resolver) formLike(m *metadata.Module) bool {
	return (m.Kind == metadata.ModuleForm || m.Kind == metadata.ModuleCommand) && !r.ordinary[m]
}

// allMethods returns every method of every context of m (nil when it
// cannot be read or parsed).
func (r *resolver) allMethods(m *metadata.Module) []*ast.Method {
	if m == nil {
		return nil
	}
	if _, ok := r.all[m]; !ok {
		r.parseEvery(m)
	}
	return r.all[m]
}

// parseEvery parses m once per distinct preprocessor text
// (parse.ParseEveryContext) and keeps the module of each side and the
// list of all methods; a module with a syntax error in any context is
// skipped as a whole (module-parse reports it).
func (r *resolver) parseEvery(m *metadata.Module) {
	for s := side(0); s < nSides; s++ {
		r.parsed[parseKey{m, s}] = nil
	}
	r.all[m] = nil
	src, err := m.Source()
	if err != nil {
		return
	}
	fset := token.NewFileSet()
	mods, err := parse.ParseEveryContext(fset.AddFile(m.Path, len(src)), src, false)
	if err != nil {
		return
	}
	for s := side(0); s < nSides; s++ {
		if x := contextModule(mods, s.symbols()); x != nil {
			r.parsed[parseKey{m, s}] = &parsedModule{mod: x, fset: fset}
		}
	}
	r.all[m] = parse.AllMethods(mods)
}

// flagsOf returns the flags of a common module: the base's for an adopted
// one (the extension cannot change them).
func (r *resolver) flagsOf(cfg, base *metadata.Configuration, m *metadata.Module) *metadata.CommonModuleFlags {
	if m.Kind != metadata.ModuleCommon {
		return nil
	}
	name := strings.TrimPrefix(m.Owner, "CommonModule.")
	if base != nil {
		if o := base.Lookup(metadata.KindCommonModule, name); o != nil && o.ModuleFlags != nil {
			return o.ModuleFlags
		}
	}
	if o := cfg.Lookup(metadata.KindCommonModule, name); o != nil {
		return o.ModuleFlags
	}
	return nil
}

// collectExports gathers the names callable unqualified from anywhere:
// exports of global common modules (per side) and, on the client, of the
// application modules — of the configuration and, for an extension, of
// its base.
func (r *resolver) collectExports(cfg, base *metadata.Configuration) {
	r.exportsOf(cfg, func(m *metadata.Module) *metadata.CommonModuleFlags { return r.flagsOf(cfg, base, m) })
	if base != nil {
		r.exportsOf(base, func(m *metadata.Module) *metadata.CommonModuleFlags { return r.flagsOf(base, nil, m) })
	}
}

func (r *resolver) exportsOf(cfg *metadata.Configuration, flagsOf func(*metadata.Module) *metadata.CommonModuleFlags) {
	for _, m := range cfg.AllModules() {
		var sides []side
		switch m.Kind {
		case metadata.ModuleCommon:
			f := flagsOf(m)
			if f == nil || !f.Global {
				continue
			}
			if f.Server {
				sides = append(sides, sideServer)
			}
			if f.ClientManagedApplication {
				sides = append(sides, sideClient)
			}
			if f.ClientOrdinaryApplication {
				sides = append(sides, sideOrdinary)
			}
		case metadata.ModuleManagedApplication:
			sides = []side{sideClient}
		case metadata.ModuleOrdinaryApplication:
			sides = []side{sideOrdinary}
		default:
			continue
		}
		for _, s := range sides {
			if pm := r.parse(m, s); pm != nil {
				for _, x := range pm.mod.Methods {
					if x.Export {
						r.exports[s][x.Name.Folded] = true
					}
				}
			}
		}
	}
}

// sidesOf says where a method's code runs. Common modules of the ordinary
// application only and ordinary forms (whose context objects we do not
// list) are not checked.
func (r *resolver) sidesOf(m *metadata.Module, flags *metadata.CommonModuleFlags, dir ast.Directive) []side {
	if r.ordinary[m] {
		return nil
	}
	switch m.Kind {
	case metadata.ModuleCommon:
		var out []side
		if flags == nil {
			return nil
		}
		if flags.Server {
			out = append(out, sideServer)
		}
		if flags.ClientManagedApplication {
			out = append(out, sideClient)
		}
		return out
	case metadata.ModuleForm, metadata.ModuleCommand:
		switch dir {
		case ast.AtClient:
			return []side{sideClient}
		case ast.AtClientAtServer, ast.AtClientAtServerNoContext:
			return []side{sideServer, sideClient}
		}
		return []side{sideServer}
	case metadata.ModuleManagedApplication:
		return []side{sideClient}
	case metadata.ModuleOrdinaryApplication:
		return []side{sideOrdinary}
	}
	return []side{sideServer}
}

func (r *resolver) module(m, baseMod *metadata.Module, flags *metadata.CommonModuleFlags) {
	formLike := r.formLike(m)
	// this module's own methods: for forms every method of every context
	// whatever its directive (calls across the client/server line are the
	// "calls" rule's business), otherwise those the side's code defines.
	// Check only the sides the module's code runs on (a form's by the
	// directives of all its methods).
	var need [nSides]bool
	if formLike {
		need[sideServer] = true
		for _, x := range r.allMethods(m) {
			for _, s := range r.sidesOf(m, flags, x.Directive) {
				need[s] = true
			}
		}
	} else {
		for _, s := range r.sidesOf(m, flags, ast.NoDirective) {
			need[s] = true
		}
	}
	own := map[side]map[string]bool{sideServer: {}, sideClient: {}, sideOrdinary: {}}
	for s := side(0); s < nSides; s++ {
		if !need[s] {
			continue
		}
		for _, mm := range []*metadata.Module{m, baseMod} {
			var methods []*ast.Method
			if formLike {
				methods = r.allMethods(mm)
			} else if pm := r.parse(mm, s); pm != nil {
				methods = pm.mod.Methods
			}
			for _, x := range methods {
				own[s][x.Name.Folded] = true
			}
		}
	}
	ctxObj := r.ctxObj[m.Kind]
	for s := side(0); s < nSides; s++ {
		if !need[s] {
			continue
		}
		pm := r.parse(m, s)
		if pm == nil {
			continue
		}
		mod := pm.mod
		check := func(body []ast.Stmt) {
			for _, st := range body {
				ast.Inspect(st, func(n ast.Node) bool {
					call, ok := n.(*ast.CallExpr)
					if !ok {
						return true
					}
					id, ok := call.Fun.(*ast.Ident)
					if !ok {
						return true
					}
					if own[s][id.Folded] || r.exports[s][id.Folded] || ctxObj[id.Folded] {
						return true
					}
					if w, ok := r.platform[strings.ToLower(id.Name)]; ok && w&s.where() != 0 {
						return true
					}
					r.report(m, pm, id, s)
					return true
				})
			}
		}
		for _, x := range mod.Methods {
			if !containsSide(r.sidesOf(m, flags, x.Directive), s) {
				continue
			}
			check(x.Body)
		}
		if !formLike && containsSide(r.sidesOf(m, flags, ast.NoDirective), s) {
			check(mod.Body)
		}
	}
	// keep memory proportional to one module: the syntax trees of the
	// global modules were read into r.exports already
	for s := side(0); s < nSides; s++ {
		delete(r.parsed, parseKey{m, s})
		delete(r.parsed, parseKey{baseMod, s})
	}
	delete(r.all, m)
	delete(r.all, baseMod)
}

func containsSide(list []side, s side) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (r *resolver) report(m *metadata.Module, pm *parsedModule, id *ast.Ident, s side) {
	p := pm.fset.Position(id.Pos())
	pos := metadata.Pos{File: m.Path, Line: p.Line, Col: p.Column}
	key := fmt.Sprintf("%s:%d:%d", pos.File, pos.Line, pos.Col)
	if r.found == nil {
		r.found = map[string]*finding{}
	}
	if f := r.found[key]; f != nil {
		f.sides = append(f.sides, s)
		return
	}
	r.found[key] = &finding{pos: pos, name: id.Name, sides: []side{s}}
	r.order = append(r.order, key)
}

func (r *resolver) problems() []*metadata.Problem {
	sort.Strings(r.order)
	var out []*metadata.Problem
	for _, k := range r.order {
		f := r.found[k]
		var checks []string
		for _, s := range f.sides {
			checks = append(checks, s.check())
		}
		why := "no method of this module, export of a global common module or platform global method has this name"
		if w, ok := r.platform[strings.ToLower(f.name)]; ok {
			switch w {
			case globals.Client:
				why = f.name + " is a platform method of the client only"
			case globals.ServerSide:
				why = f.name + " is a platform method of the server (and thick client, external connection) only"
			}
		}
		out = append(out, &metadata.Problem{Rule: check.RuleCalls, Severity: metadata.Error, Pos: f.pos,
			Msg: fmt.Sprintf("Процедура или функция с указанным именем не определена (%s) (Проверка: %s): %s", f.name, strings.Join(checks, ", "), why)})
	}
	return out
}
