package interp

import (
	"wazzup-unf/mock1c/bsl/ast"
	"wazzup-unf/mock1c/bsl/token"
	"wazzup-unf/mock1c/bsl/value"
)

// Program is the result of linking a World for one execution Context: every
// module visible in that context, compiled. It is immutable and safe to share
// between sessions and goroutines; all run-time state lives in a Session.
type Program struct {
	world     *World
	ctx       Context
	fset      *token.FileSet
	modules   []*moduleCode
	byName    map[string]*moduleCode // folded platform name → module
	common    map[string]*commonRef  // folded ident → common module (compiled or host)
	global    map[string]*procCode   // folded name → export of a Global module
	funcs     map[string]*value.MethodDef
	props     map[string]*GlobalProp
	types     map[string]*value.TypeDef
	typeTable *value.TypeTable
}

// Context is the execution context the program was linked for.
func (p *Program) Context() Context { return p.ctx }

// commonRef is a common module as code refers to it by name.
type commonRef struct {
	mod    *moduleCode // nil for a host module
	host   *hostModule
	remote bool // reachable only through a server call (ServerCall module seen from a client)
	// val is the module as a value (one per module and program, so two
	// mentions of the name compare equal).
	val *CommonModuleValue
}

// newCommonRef makes a reference with its value.
func newCommonRef(r *commonRef) *commonRef {
	r.val = &CommonModuleValue{ref: r}
	return r
}

// moduleCode is one compiled module.
type moduleCode struct {
	spec     *ModuleSpec
	file     *token.File
	src      []byte
	ast      *ast.Module
	vars     []string       // module variable names as written
	varIx    map[string]int // folded → slot
	exports  map[string]int // folded → slot of exported variables
	procs    []*procCode
	procIx   map[string]*procCode
	body     *procCode // the module body (may be empty)
	ctxNames map[string]string
	base     *moduleCode // the adopted configuration module (extension modules)
}

// procCode is one compiled procedure or function (or a module body).
type procCode struct {
	mod       *moduleCode
	name      string // as written; "" for the module body
	isFunc    bool
	export    bool
	directive ast.Directive
	noContext bool // &НаСервереБезКонтекста, &НаКлиентеНаСервереБезКонтекста
	remote    bool // compiled as a server call (a server procedure seen from the client)
	params    []paramCode
	nlocals   int
	scope     map[string]varRef // final scope, for Вычислить/Выполнить
	code      []execFn
	decl      *ast.Method
	orig      *procCode  // &Вместо / &ИзменениеИКонтроль: the intercepted procedure (ПродолжитьВызов)
	chain     *chainInfo // a procedure with &Перед/&После handlers
}

// chainInfo is the call chain of a procedure intercepted with &Перед and
// &После: the handlers run with the same arguments around the original.
type chainInfo struct {
	orig          *procCode
	before, after []*procCode
}

type paramCode struct {
	name  string
	byVal bool
	def   value.Value // nil: required
}

// required counts parameters without a default value.
func (p *procCode) required() int {
	n := 0
	for _, pc := range p.params {
		if pc.def == nil {
			n++
		}
	}
	return n
}

// displayName is the procedure's name for stacks.
func (p *procCode) displayName() string { return p.name }

// refKind tells where a variable lives.
type refKind uint8

const (
	refLocal  refKind = iota // fr.locals[idx]
	refParam                 // *fr.refs[idx] (a by-reference parameter)
	refModule                // fr.mi.vars[idx]
	refCtx                   // property of the module's context object
	refExtra                 // a variable created by Выполнить: fr.extra[name]
)

type varRef struct {
	kind refKind
	idx  int
	name string // as written, for messages and context properties
}
