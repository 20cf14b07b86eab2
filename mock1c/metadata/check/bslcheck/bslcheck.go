// Package bslcheck is the bridge between the metadata checks and the BSL
// front end: it parses a module with the parser it is given and reports
// what the metadata rules need (procedures, exports, directives,
// interceptions) plus the module-level rules.
//
// The platform compiles a module once per execution context, each time
// with the text its preprocessor selects, so a module is parsed once per
// distinct text (parse.ParseEveryContext). Its procedures are the methods
// of every context (parse.AllMethods): a command handler or an idle
// handler defined only under "#Если Клиент Тогда" exists, and the rules
// below see it. A name declared in two mutually exclusive branches is two
// procedures, not a duplicate; duplicates are looked for in each
// context's text, as the platform's compiler does. The rules:
//
//   - module-parse: the module parses (error, like the platform's compile);
//   - directives: no compile directives in common modules (error); a
//     directive on every method of a form module (warning: the platform
//     defaults to &НаСервере, standard #439 asks for it);
//   - std-455-regions: methods inside standard #Область regions; exported
//     methods of common modules in ПрограммныйИнтерфейс or
//     СлужебныйПрограммныйИнтерфейс (warnings);
//   - std-453-doc: a description comment above each exported method (warning);
//   - std-748-timeout: every «Новый HTTPСоединение» passes Таймаут (warning).
//
// Unresolved (unresolved.go) is a whole-configuration pass on top: every
// unqualified call must name a method of the module, an export of a
// visible global common module, a method of the module's context object or
// a platform global-context method available where the code runs (package
// bsl/globals) — otherwise it is the platform's compile error «Процедура
// или функция с указанным именем не определена». cmd/onec-check runs it
// after check.Run.
package bslcheck

import (
	"errors"
	"fmt"
	"strings"

	"wazzup-unf/mock1c/bsl/ast"
	"wazzup-unf/mock1c/bsl/parse"
	"wazzup-unf/mock1c/bsl/token"
	"wazzup-unf/mock1c/metadata"
	"wazzup-unf/mock1c/metadata/check"
)

// Rule names.
const (
	RuleDirectives = "directives"
	RuleRegions    = "std-455-regions"
	RuleDoc        = "std-453-doc"
	RuleTimeout    = "std-748-timeout"
)

// ParseFunc parses one module. Syntax errors are returned as a
// token.ErrorList (or any error); the module may be partial.
type ParseFunc func(fset *token.FileSet, filename string, src []byte) (*ast.Module, error)

// ParseEveryFunc parses one module for every distinct preprocessor text
// (parse.ParseEveryContext): the server's module first, all sharing the
// file of fset, errors merged.
type ParseEveryFunc func(fset *token.FileSet, filename string, src []byte) ([]parse.ContextModule, error)

// Analyzer implements check.ModuleAnalyzer over a parser.
type Analyzer struct {
	// ParseEvery, when set, gives the module of each execution context, so
	// that a method which exists only under "#Если Клиент Тогда" is a
	// procedure of the module too (handlers, same-module calls, #453/#455),
	// and calls of the thin client's text are reported with Call.Client.
	ParseEvery ParseEveryFunc
	// Parse is used when ParseEvery is nil: one module, taken as the
	// server's (tests build syntax trees by hand through it).
	Parse ParseFunc
}

var _ check.ModuleAnalyzer = (*Analyzer)(nil)

// Analyze parses src and returns the module's procedures and findings.
//
// Procedures are every method of every context once (parse.AllMethods:
// two declarations of one name in mutually exclusive #Если branches are
// both listed). Duplicates are looked for within each context's module,
// as the platform compiles them. Calls and notifications: of a form or
// command module, those of every method (its compile directive says where
// it runs); of other modules, the server's text's and the thin client's
// (Client set).
func (a *Analyzer) Analyze(m *metadata.Module, src []byte) (info *check.ModuleInfo, probs []*metadata.Problem) {
	fset := token.NewFileSet()
	defer func() {
		if r := recover(); r != nil { // a parser bug must not take the whole check down
			probs = append(probs, &metadata.Problem{Rule: check.RuleModuleParse, Severity: metadata.Error,
				Pos: metadata.Pos{File: m.Path}, Msg: fmt.Sprintf("internal error while parsing: %v", r)})
			info = nil
		}
	}()
	var (
		mods []parse.ContextModule
		err  error
	)
	if a.ParseEvery != nil {
		mods, err = a.ParseEvery(fset, m.Path, src)
	} else {
		var mod *ast.Module
		mod, err = a.Parse(fset, m.Path, src)
		if mod != nil {
			mods = []parse.ContextModule{{Contexts: []parse.Context{{Name: "Сервер", Symbols: parse.ContextServer}}, Module: mod}}
		}
	}
	if err != nil {
		var list token.ErrorList
		if errors.As(err, &list) {
			for _, e := range list {
				probs = append(probs, &metadata.Problem{Rule: check.RuleModuleParse, Severity: metadata.Error,
					Pos: metadata.Pos{File: m.Path, Line: e.Pos.Line, Col: e.Pos.Column}, Msg: e.Msg})
			}
		} else {
			probs = append(probs, &metadata.Problem{Rule: check.RuleModuleParse, Severity: metadata.Error,
				Pos: metadata.Pos{File: m.Path}, Msg: err.Error()})
		}
	}
	if len(mods) == 0 || mods[0].Module == nil {
		return nil, probs
	}
	server := mods[0].Module
	all := parse.AllMethods(mods)
	w := &walker{m: m, fset: fset}
	info = &check.ModuleInfo{}
	procOf := make(map[token.Pos]*check.Proc, len(all))
	for _, x := range all {
		p := &check.Proc{Name: x.Name.Name, Function: x.IsFunction, Export: x.Export,
			Directive: x.Directive.String(), Pos: w.pos(x.Name.Pos()), Params: len(x.Params)}
		for _, prm := range x.Params {
			if prm.Default == nil {
				p.Required++
			}
		}
		if an := x.ExtensionAnnotation(); an != nil {
			p.Annotation = an.Name.Name
			if an.Arg != nil {
				p.Target = an.Arg.Value
			}
		}
		procOf[x.Keyword] = p
		info.Procs = append(info.Procs, p)
	}
	if m.Kind == metadata.ModuleForm || m.Kind == metadata.ModuleCommand {
		// a directive, not the preprocessor, says where a form's method
		// runs: every method counts, whichever context's text holds it
		info.Calls = w.calls(server.Vars, all, server.Body, procOf, false)
		info.Notifications = w.notifications(methodNodes(all, server.Body), false)
	} else {
		info.Calls = w.calls(server.Vars, server.Methods, server.Body, procOf, false)
		info.Notifications = w.notifications(methodNodes(server.Methods, server.Body), false)
		if cm := contextModule(mods, parse.ContextThinClient); cm != nil {
			info.Calls = append(info.Calls, w.calls(cm.Vars, cm.Methods, cm.Body, procOf, true)...)
			info.Notifications = append(info.Notifications, w.notifications(methodNodes(cm.Methods, cm.Body), true)...)
		}
	}
	info.Features = w.features(all, mods)
	for _, cm := range mods {
		w.duplicates(cm.Module)
	}
	w.directives(all)
	w.regions(all, mods)
	w.docs(all)
	w.timeouts(mods)
	w.ps.List = uniqueProblems(w.ps.List)
	info.Findings = w.ps.List
	return info, probs
}

// contextModule returns the module compiled for the context sym, nil when
// none was parsed.
func contextModule(mods []parse.ContextModule, sym parse.Symbols) *ast.Module {
	for _, cm := range mods {
		for _, c := range cm.Contexts {
			if c.Symbols == sym {
				return cm.Module
			}
		}
	}
	return nil
}

func methodNodes(methods []*ast.Method, body []ast.Stmt) []ast.Node {
	out := make([]ast.Node, 0, len(methods)+len(body))
	for _, x := range methods {
		out = append(out, x)
	}
	for _, st := range body {
		out = append(out, st)
	}
	return out
}

// uniqueProblems drops repeats: text outside any #Если is the same in
// every context's module, so its findings come once per context.
func uniqueProblems(list []*metadata.Problem) []*metadata.Problem {
	seen := make(map[metadata.Problem]bool, len(list))
	out := list[:0]
	for _, p := range list {
		if !seen[*p] {
			seen[*p] = true
			out = append(out, p)
		}
	}
	return out
}

type walker struct {
	m    *metadata.Module
	fset *token.FileSet
	ps   metadata.Problems
}

func (w *walker) pos(p token.Pos) metadata.Pos {
	pp := w.fset.Position(p)
	return metadata.Pos{File: w.m.Path, Line: pp.Line, Col: pp.Column}
}

// directives: common modules take none (the module's flags say where it
// runs); every method of a managed form module needs one (standard #439;
// issue: "required in form modules").
func (w *walker) directives(methods []*ast.Method) {
	switch w.m.Kind {
	case metadata.ModuleCommon:
		for _, x := range methods {
			for _, an := range x.Annotations {
				if an.Directive() != ast.NoDirective {
					w.ps.Errorf(RuleDirectives, w.pos(an.Pos()), "compile directive &%s in common module %s: a common module's flags decide where it runs", an.Name.Name, w.m.Owner)
				}
			}
		}
	case metadata.ModuleForm:
		for _, x := range methods {
			if x.Directive == ast.NoDirective {
				// The platform compiles it as &НаСервере, so this is the
				// standard's demand (#439), not a load error.
				w.ps.Warnf(RuleDirectives, w.pos(x.Pos()), "method %s of form module %s has no compile directive (&НаКлиенте, &НаСервере, …); the platform takes &НаСервере (standard #439)", x.Name.Name, w.m.Owner)
			}
		}
	}
}

// standardRegions are the top-level region names of standard #455 by
// module kind.
var standardRegions = map[metadata.ModuleKind][]string{
	metadata.ModuleCommon: {"ПрограммныйИнтерфейс", "СлужебныйПрограммныйИнтерфейс", "СлужебныеПроцедурыИФункции"},
	metadata.ModuleForm: {"ОписаниеПеременных", "ОбработчикиСобытийФормы", "ОбработчикиСобытийЭлементовШапкиФормы",
		"ОбработчикиСобытийЭлементовТаблицыФормы", "ОбработчикиКомандФормы", "ОбработчикиОповещений", "СлужебныеПроцедурыИФункции",
		"ПрограммныйИнтерфейс", "СлужебныйПрограммныйИнтерфейс"},
	metadata.ModuleCommand: {"ОбработчикиСобытий", "СлужебныеПроцедурыИФункции"},
}

// generalRegions are valid in any module kind.
var generalRegions = []string{"ОписаниеПеременных", "ПрограммныйИнтерфейс", "СлужебныйПрограммныйИнтерфейс",
	"ОбработчикиСобытий", "СлужебныеПроцедурыИФункции", "Инициализация"}

func (w *walker) regions(methods []*ast.Method, mods []parse.ContextModule) {
	allowed := map[string]bool{}
	for _, n := range append(append([]string(nil), generalRegions...), standardRegions[w.m.Kind]...) {
		allowed[token.Fold(n)] = true
	}
	for _, cm := range mods {
		for _, r := range cm.Module.Regions {
			if r.Parent == nil && !allowed[r.Name.Folded] {
				w.ps.Warnf(RuleRegions, w.pos(r.Pos()), "region %s is not a standard top-level region of a %s (standard #455)", r.Name.Name, moduleKindRu(w.m.Kind))
			}
		}
	}
	for _, x := range methods {
		if x.Region == nil {
			w.ps.Warnf(RuleRegions, w.pos(x.Keyword), "method %s is outside any #Область (standard #455)", x.Name.Name)
			continue
		}
		if w.m.Kind == metadata.ModuleCommon && x.Export {
			top := x.RegionPath()[0]
			if f := token.Fold(top); f != token.Fold("ПрограммныйИнтерфейс") && f != token.Fold("СлужебныйПрограммныйИнтерфейс") {
				w.ps.Warnf(RuleRegions, w.pos(x.Keyword), "exported method %s is in region %s; exports belong to ПрограммныйИнтерфейс or СлужебныйПрограммныйИнтерфейс (standard #455)", x.Name.Name, top)
			}
		}
	}
}

func moduleKindRu(k metadata.ModuleKind) string {
	switch k {
	case metadata.ModuleCommon:
		return "common module"
	case metadata.ModuleForm:
		return "form module"
	case metadata.ModuleCommand:
		return "command module"
	}
	return string(k)
}

// docs: standard #453 — each exported method has a description comment.
func (w *walker) docs(methods []*ast.Method) {
	for _, x := range methods {
		if x.Export && (x.Doc == nil || strings.TrimSpace(x.Doc.Text()) == "") {
			w.ps.Warnf(RuleDoc, w.pos(x.Keyword), "exported method %s has no description comment (standard #453)", x.Name.Name)
		}
	}
}

// timeoutArg is the 0-based position of Таймаут in each connection
// constructor (syntax assistant: HTTPСоединение(Сервер, Порт, Пользователь,
// Пароль, Прокси, Таймаут, ЗащищенноеСоединение, …); FTPСоединение(Сервер,
// Порт, Пользователь, Пароль, Прокси, ПассивноеСоединение, Таймаут, …);
// WSОпределения(Расположение, Пользователь, Пароль, ИнтернетПрокси,
// Таймаут, …); WSПрокси(WSОпределения, URIПространстваИмен, ИмяСервиса,
// ИмяТочкиПодключения, ИнтернетПрокси, Таймаут, …)).
var timeoutArg = map[string]int{
	token.Fold("HTTPСоединение"): 5, token.Fold("HTTPConnection"): 5,
	token.Fold("FTPСоединение"): 6, token.Fold("FTPConnection"): 6,
	token.Fold("WSОпределения"): 4, token.Fold("WSDefinitions"): 4,
	token.Fold("WSПрокси"): 5, token.Fold("WSProxy"): 5,
}

// timeouts: standard #748 — external connections always get a timeout.
func (w *walker) timeouts(mods []parse.ContextModule) {
	for _, cm := range mods {
		w.timeoutsIn(cm.Module)
	}
}

func (w *walker) timeoutsIn(mod *ast.Module) {
	ast.Inspect(mod, func(n ast.Node) bool {
		x, ok := n.(*ast.NewExpr)
		if !ok || x.Type == nil {
			return true
		}
		i, ok := timeoutArg[x.Type.Folded]
		if !ok {
			return true
		}
		if i >= len(x.Args) || x.Args[i] == nil {
			w.ps.Warnf(RuleTimeout, w.pos(x.Pos()), "Новый %s without Таймаут (argument %d): a hung server blocks the session (standard #748)", x.Type.Name, i+1)
		}
		return true
	})
}

// New returns an Analyzer over the project's BSL parser. A module is parsed
// once per distinct preprocessor text (parse.ParseEveryContext), so syntax
// errors in any #Если branch are reported and procedures are those of
// every context.
func New() *Analyzer {
	return &Analyzer{
		ParseEvery: func(fset *token.FileSet, filename string, src []byte) ([]parse.ContextModule, error) {
			return parse.ParseEveryContext(fset.AddFile(filename, len(src)), src, true)
		},
	}
}

// duplicates: a module cannot define two methods with the same name (the
// platform's compile error «Процедура или функция с указанным именем уже
// определена»).
func (w *walker) duplicates(mod *ast.Module) {
	seen := map[string]*ast.Method{}
	for _, x := range mod.Methods {
		if prev, dup := seen[x.Name.Folded]; dup {
			pp := w.fset.Position(prev.Name.Pos())
			w.ps.Errorf(check.RuleModuleParse, w.pos(x.Name.Pos()), "Процедура или функция с указанным именем уже определена (%s): first defined at line %d", x.Name.Name, pp.Line)
			continue
		}
		seen[x.Name.Folded] = x
	}
}

// calls lists the call sites Имя(…) and Имя.Метод(…) of the methods (and
// the module body), marking qualifiers that are locals of the method;
// procOf maps a method's keyword to its procedure.
func (w *walker) calls(vars []*ast.VarDecl, methods []*ast.Method, modBody []ast.Stmt, procOf map[token.Pos]*check.Proc, client bool) []*check.Call {
	var out []*check.Call
	moduleVars := map[string]bool{}
	for _, d := range vars {
		for _, n := range d.Names {
			moduleVars[n.Name.Folded] = true
		}
	}
	collect := func(in *check.Proc, locals map[string]bool, body []ast.Stmt) {
		for _, st := range body {
			ast.Inspect(st, func(n ast.Node) bool {
				switch x := n.(type) {
				case *ast.AssignStmt:
					if id, ok := x.Lhs.(*ast.Ident); ok {
						locals[id.Folded] = true
					}
				case *ast.ForStmt:
					locals[x.Var.Folded] = true
				case *ast.ForEachStmt:
					locals[x.Var.Folded] = true
				case *ast.CallExpr:
					c := &check.Call{Args: len(x.Args), In: in, Client: client}
					if len(x.Args) > 0 {
						if lit, ok := x.Args[0].(*ast.BasicLit); ok && lit.Kind == token.STRING {
							c.FirstString = lit.Value
						}
					}
					switch f := x.Fun.(type) {
					case *ast.Ident:
						c.Name, c.Pos = f.Name, w.pos(f.Pos())
					case *ast.SelectorExpr:
						q, ok := f.X.(*ast.Ident)
						if !ok {
							return true
						}
						c.Qualifier, c.Name, c.Pos = q.Name, f.Sel.Name, w.pos(q.Pos())
						c.Local = locals[q.Folded] || moduleVars[q.Folded]
					default:
						return true
					}
					out = append(out, c)
				}
				return true
			})
		}
	}
	for _, x := range methods {
		locals := map[string]bool{}
		for _, prm := range x.Params {
			locals[prm.Name.Folded] = true
		}
		for _, d := range x.Vars {
			for _, n := range d.Names {
				locals[n.Name.Folded] = true
			}
		}
		in := procOf[x.Keyword]
		// Assignments anywhere in the method make a local: collect them
		// first so that a use before the assignment in source order is
		// still treated as local.
		pre := map[string]bool{}
		for _, st := range x.Body {
			ast.Inspect(st, func(n ast.Node) bool {
				if a, ok := n.(*ast.AssignStmt); ok {
					if id, ok := a.Lhs.(*ast.Ident); ok {
						pre[id.Folded] = true
					}
				}
				return true
			})
		}
		for k := range pre {
			locals[k] = true
		}
		collect(in, locals, x.Body)
	}
	collect(nil, map[string]bool{}, modBody)
	return out
}

// features lists version-dependent constructs (see check.Feature).
func (w *walker) features(methods []*ast.Method, mods []parse.ContextModule) []*check.Feature {
	var out []*check.Feature
	for _, x := range methods {
		if x.Async {
			out = append(out, &check.Feature{Name: "Асинх", MinCompat: "Version8_3_18", Pos: w.pos(x.AsyncPos)})
		}
	}
	seen := map[token.Pos]bool{}
	for _, cm := range mods {
		ast.Inspect(cm.Module, func(n ast.Node) bool {
			if r, ok := n.(*ast.RaiseStmt); ok && len(r.Args) > 0 && !seen[r.Raise] {
				seen[r.Raise] = true
				out = append(out, &check.Feature{Name: "ВызватьИсключение(Текст, Категория, …)", MinCompat: "Version8_3_21", Pos: w.pos(r.Raise)})
			}
			return true
		})
	}
	return out
}

// notifications lists «Новый ОписаниеОповещения("Процедура", Модуль)» with a
// string literal and a plain name as the module.
func (w *walker) notifications(nodes []ast.Node, client bool) []*check.Notification {
	var out []*check.Notification
	for _, node := range nodes {
		w.notificationsIn(node, client, &out)
	}
	return out
}

func (w *walker) notificationsIn(node ast.Node, client bool, out *[]*check.Notification) {
	ast.Inspect(node, func(n ast.Node) bool {
		x, ok := n.(*ast.NewExpr)
		if !ok || x.Type == nil || len(x.Args) < 2 {
			return true
		}
		if f := x.Type.Folded; f != token.Fold("ОписаниеОповещения") && f != token.Fold("NotifyDescription") {
			return true
		}
		lit, ok1 := x.Args[0].(*ast.BasicLit)
		id, ok2 := x.Args[1].(*ast.Ident)
		if ok1 && ok2 && lit.Kind == token.STRING {
			*out = append(*out, &check.Notification{Proc: lit.Value, Module: id.Name, Pos: w.pos(x.Pos()), Client: client})
		}
		return true
	})
}
