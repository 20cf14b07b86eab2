// Package bslcheck is the bridge between the metadata checks and the BSL
// front end: it parses a module with the parser it is given and reports
// what the metadata rules need (procedures, exports, directives,
// interceptions) plus the module-level rules:
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

// Analyzer implements check.ModuleAnalyzer over a ParseFunc.
type Analyzer struct {
	Parse ParseFunc
	// ParseClient, when set, parses the module for the thin client; the
	// calls found there are reported with Call.Client set (code under
	// "#Если Сервер" is then correctly left out of the client's calls).
	ParseClient ParseFunc
}

var _ check.ModuleAnalyzer = (*Analyzer)(nil)

// Analyze parses src and returns the module's procedures and findings.
func (a *Analyzer) Analyze(m *metadata.Module, src []byte) (info *check.ModuleInfo, probs []*metadata.Problem) {
	fset := token.NewFileSet()
	defer func() {
		if r := recover(); r != nil { // a parser bug must not take the whole check down
			probs = append(probs, &metadata.Problem{Rule: check.RuleModuleParse, Severity: metadata.Error,
				Pos: metadata.Pos{File: m.Path}, Msg: fmt.Sprintf("internal error while parsing: %v", r)})
			info = nil
		}
	}()
	mod, err := a.Parse(fset, m.Path, src)
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
	if mod == nil {
		return nil, probs
	}
	w := &walker{m: m, fset: fset}
	info = &check.ModuleInfo{}
	for _, x := range mod.Methods {
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
		info.Procs = append(info.Procs, p)
	}
	info.Calls = w.calls(mod, info, false)
	info.Notifications = w.notifications(mod, false)
	if a.ParseClient != nil && m.Kind != metadata.ModuleForm && m.Kind != metadata.ModuleCommand {
		cfs := token.NewFileSet()
		if cm, err := a.ParseClient(cfs, m.Path, src); err == nil && cm != nil {
			cw := &walker{m: m, fset: cfs}
			info.Calls = append(info.Calls, cw.calls(cm, info, true)...)
			info.Notifications = append(info.Notifications, cw.notifications(cm, true)...)
		}
	}
	info.Features = w.features(mod)
	w.duplicates(mod)
	w.directives(mod)
	w.regions(mod)
	w.docs(mod)
	w.timeouts(mod)
	info.Findings = w.ps.List
	return info, probs
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
func (w *walker) directives(mod *ast.Module) {
	switch w.m.Kind {
	case metadata.ModuleCommon:
		for _, x := range mod.Methods {
			for _, an := range x.Annotations {
				if an.Directive() != ast.NoDirective {
					w.ps.Errorf(RuleDirectives, w.pos(an.Pos()), "compile directive &%s in common module %s: a common module's flags decide where it runs", an.Name.Name, w.m.Owner)
				}
			}
		}
	case metadata.ModuleForm:
		for _, x := range mod.Methods {
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

func (w *walker) regions(mod *ast.Module) {
	allowed := map[string]bool{}
	for _, n := range append(append([]string(nil), generalRegions...), standardRegions[w.m.Kind]...) {
		allowed[token.Fold(n)] = true
	}
	for _, r := range mod.Regions {
		if r.Parent == nil && !allowed[r.Name.Folded] {
			w.ps.Warnf(RuleRegions, w.pos(r.Pos()), "region %s is not a standard top-level region of a %s (standard #455)", r.Name.Name, moduleKindRu(w.m.Kind))
		}
	}
	for _, x := range mod.Methods {
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
func (w *walker) docs(mod *ast.Module) {
	for _, x := range mod.Methods {
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
func (w *walker) timeouts(mod *ast.Module) {
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
// under every execution context (parse.ParseAllContexts), so syntax errors
// in any #Если branch are reported; procedures come from the server parse.
func New() *Analyzer {
	return &Analyzer{
		Parse: func(fset *token.FileSet, filename string, src []byte) (*ast.Module, error) {
			return parse.ParseAllContexts(fset.AddFile(filename, len(src)), src, true)
		},
		ParseClient: func(fset *token.FileSet, filename string, src []byte) (*ast.Module, error) {
			return parse.ParseFile(fset, filename, src, parse.Options{Symbols: parse.ContextThinClient})
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

// calls lists the call sites Имя(…) and Имя.Метод(…) of every method (and
// the module body), marking qualifiers that are locals of the method.
func (w *walker) calls(mod *ast.Module, info *check.ModuleInfo, client bool) []*check.Call {
	var out []*check.Call
	moduleVars := map[string]bool{}
	for _, d := range mod.Vars {
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
	for i, x := range mod.Methods {
		locals := map[string]bool{}
		for _, prm := range x.Params {
			locals[prm.Name.Folded] = true
		}
		for _, d := range x.Vars {
			for _, n := range d.Names {
				locals[n.Name.Folded] = true
			}
		}
		var in *check.Proc
		if i < len(info.Procs) && metadata.EqualFold(info.Procs[i].Name, x.Name.Name) {
			in = info.Procs[i]
		} else {
			in = info.Find(x.Name.Name)
		}
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
	collect(nil, map[string]bool{}, mod.Body)
	return out
}

// features lists version-dependent constructs (see check.Feature).
func (w *walker) features(mod *ast.Module) []*check.Feature {
	var out []*check.Feature
	for _, x := range mod.Methods {
		if x.Async {
			out = append(out, &check.Feature{Name: "Асинх", MinCompat: "Version8_3_18", Pos: w.pos(x.AsyncPos)})
		}
	}
	ast.Inspect(mod, func(n ast.Node) bool {
		if r, ok := n.(*ast.RaiseStmt); ok && len(r.Args) > 0 {
			out = append(out, &check.Feature{Name: "ВызватьИсключение(Текст, Категория, …)", MinCompat: "Version8_3_21", Pos: w.pos(r.Raise)})
		}
		return true
	})
	return out
}

// notifications lists «Новый ОписаниеОповещения("Процедура", Модуль)» with a
// string literal and a plain name as the module.
func (w *walker) notifications(mod *ast.Module, client bool) []*check.Notification {
	var out []*check.Notification
	ast.Inspect(mod, func(n ast.Node) bool {
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
			out = append(out, &check.Notification{Proc: lit.Value, Module: id.Name, Pos: w.pos(x.Pos()), Client: client})
		}
		return true
	})
	return out
}
