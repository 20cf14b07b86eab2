package ast

import (
	"strings"

	"wazzup-unf/mock1c/bsl/token"
)

// Module is one .bsl module parsed for one execution context.
type Module struct {
	// File is the module's file in the FileSet (name, line table).
	File *token.File
	// Vars are the module's variable declarations ("Перем А Экспорт, Б;"),
	// which precede its methods.
	Vars []*VarDecl
	// Methods are the procedures and functions in source order.
	Methods []*Method
	// Body is the module's body: statements after the last method.
	Body []Stmt
	// Regions are all #Область regions, outermost first in source order
	// (a parent precedes its children). They do not depend on the context.
	Regions []*Region
	// Changes are the #Вставка/#Удаление blocks of an extension module.
	// The text of #Удаление blocks is not compiled.
	Changes []*ChangeBlock
	// Comments are the comments of the text that was compiled, grouped by
	// consecutive lines; comments inside inactive preprocessor branches and
	// #Удаление blocks are not included.
	Comments []*CommentGroup
}

func (m *Module) Pos() token.Pos {
	if m.File == nil {
		return token.NoPos
	}
	return m.File.Pos(0)
}

func (m *Module) End() token.Pos {
	if m.File == nil {
		return token.NoPos
	}
	return m.File.Pos(m.File.Size())
}

// Method returns the method with the given name (compared case-folded), or
// nil.
func (m *Module) Method(name string) *Method {
	f := token.Fold(name)
	for _, x := range m.Methods {
		if x.Name.Folded == f {
			return x
		}
	}
	return nil
}

// Directive is a compile directive: where a method or variable of a form or
// command module lives.
type Directive int

// Compile directives. NoDirective means none was written.
const (
	NoDirective               Directive = iota
	AtClient                            // &НаКлиенте / &AtClient
	AtServer                            // &НаСервере / &AtServer
	AtServerNoContext                   // &НаСервереБезКонтекста / &AtServerNoContext
	AtClientAtServerNoContext           // &НаКлиентеНаСервереБезКонтекста / &AtClientAtServerNoContext
	AtClientAtServer                    // &НаКлиентеНаСервере / &AtClientAtServer
)

var directiveNames = [...][2]string{
	AtClient:                  {"НаКлиенте", "AtClient"},
	AtServer:                  {"НаСервере", "AtServer"},
	AtServerNoContext:         {"НаСервереБезКонтекста", "AtServerNoContext"},
	AtClientAtServerNoContext: {"НаКлиентеНаСервереБезКонтекста", "AtClientAtServerNoContext"},
	AtClientAtServer:          {"НаКлиентеНаСервере", "AtClientAtServer"},
}

// String returns the Russian spelling without '&' ("НаКлиенте"), or "".
func (d Directive) String() string {
	if d > NoDirective && int(d) < len(directiveNames) {
		return directiveNames[d][0]
	}
	return ""
}

// LookupDirective maps a spelling (Russian or English, any case, no '&') to
// a Directive, or NoDirective.
func LookupDirective(name string) Directive {
	f := token.Fold(name)
	for d := AtClient; int(d) < len(directiveNames); d++ {
		if f == token.Fold(directiveNames[d][0]) || f == token.Fold(directiveNames[d][1]) {
			return d
		}
	}
	return NoDirective
}

// Annotation is "&Имя" or "&Имя("Аргумент")" before a method or variable.
// Compile directives (&НаКлиенте) and the extension annotations
// (&Перед("X"), &После("X"), &Вместо("X"), &ИзменениеИКонтроль("X")) are
// both annotations; Directive tells the former apart.
type Annotation struct {
	Amp    token.Pos
	Name   *Ident
	Lparen token.Pos // NoPos when there is no argument list
	Arg    *BasicLit // the string argument, or nil
	Rparen token.Pos
}

func (a *Annotation) Pos() token.Pos { return a.Amp }
func (a *Annotation) End() token.Pos {
	if a.Rparen.IsValid() {
		return a.Rparen + 1
	}
	return a.Name.End()
}

// Directive returns the compile directive the annotation spells, or
// NoDirective for other annotations.
func (a *Annotation) Directive() Directive { return LookupDirective(a.Name.Name) }

// ExtensionKind is the kind of an extension annotation.
type ExtensionKind int

// Extension annotations (interception of a method of the extended
// configuration).
const (
	NotExtension     ExtensionKind = iota
	Before                         // &Перед / &Before
	After                          // &После / &After
	Instead                        // &Вместо / &Around
	ChangeAndControl               // &ИзменениеИКонтроль / &ChangeAndValidate
)

// Extension returns the kind of extension annotation, or NotExtension.
func (a *Annotation) Extension() ExtensionKind {
	switch a.Name.Folded {
	case "перед", "before":
		return Before
	case "после", "after":
		return After
	case "вместо", "around":
		return Instead
	case "изменениеиконтроль", "changeandvalidate":
		return ChangeAndControl
	}
	return NotExtension
}

// VarName is one name in a Перем declaration.
type VarName struct {
	Name   *Ident
	Export bool
	// ExportPos is the position of Экспорт, NoPos without it.
	ExportPos token.Pos
}

// VarDecl is "Перем А, Б Экспорт;" at module level or at the top of a
// method. Directive and Annotations are those written before it (form
// modules: "&НаКлиенте Перем А;").
type VarDecl struct {
	Annotations []*Annotation
	Directive   Directive
	Var         token.Pos
	Names       []*VarName
	Semicolon   token.Pos // NoPos when missing
}

func (d *VarDecl) Pos() token.Pos {
	if len(d.Annotations) > 0 {
		return d.Annotations[0].Pos()
	}
	return d.Var
}

func (d *VarDecl) End() token.Pos {
	if d.Semicolon.IsValid() {
		return d.Semicolon + 1
	}
	return d.Names[len(d.Names)-1].Name.End()
}

// Param is one formal parameter: "[Знач] Имя [= Значение]". Default is a
// constant literal (possibly a negated number as a *UnaryExpr) or nil when
// the parameter is required.
type Param struct {
	ValPos  token.Pos // position of Знач; NoPos when passed by reference
	ByVal   bool
	Name    *Ident
	Default Expr
}

func (p *Param) Pos() token.Pos {
	if p.ByVal {
		return p.ValPos
	}
	return p.Name.Pos()
}

func (p *Param) End() token.Pos {
	if p.Default != nil {
		return p.Default.End()
	}
	return p.Name.End()
}

// Method is a procedure or function.
type Method struct {
	// Doc is the comment block immediately above the method (and above its
	// annotations), with no blank line between: the description comment of
	// standard #453. Nil when there is none.
	Doc *CommentGroup
	// Annotations are all "&…" written before the method, in order.
	Annotations []*Annotation
	// Directive is the compile directive among them (NoDirective if none).
	Directive Directive
	// Async is set for "Асинх Процедура/Функция" (platform 8.3.18+, not in
	// compatibility mode 8.3.14); AsyncPos is the position of Асинх.
	Async      bool
	AsyncPos   token.Pos
	IsFunction bool
	Keyword    token.Pos // Процедура / Функция
	Name       *Ident
	Lparen     token.Pos
	Params     []*Param
	Rparen     token.Pos
	Export     bool
	ExportPos  token.Pos
	// Vars are the method's Перем declarations (they precede its statements).
	Vars []*VarDecl
	Body []Stmt
	// EndKeyword is the position of КонецПроцедуры/КонецФункции, Close the
	// position just after it.
	EndKeyword token.Pos
	Close      token.Pos
	// Region is the innermost #Область enclosing the method, nil if none.
	Region *Region
}

func (m *Method) Pos() token.Pos {
	if len(m.Annotations) > 0 {
		return m.Annotations[0].Pos()
	}
	if m.Async {
		return m.AsyncPos
	}
	return m.Keyword
}

func (m *Method) End() token.Pos { return m.Close }

// RegionPath returns the names of the regions enclosing the method,
// outermost first (["ПрограммныйИнтерфейс", "Отправка"]).
func (m *Method) RegionPath() []string { return m.Region.Path() }

// ExtensionAnnotation returns the first extension annotation of the method, or nil.
func (m *Method) ExtensionAnnotation() *Annotation {
	for _, a := range m.Annotations {
		if a.Extension() != NotExtension {
			return a
		}
	}
	return nil
}

// Region is a "#Область Имя … #КонецОбласти" block.
type Region struct {
	Hash    token.Pos // '#' of #Область
	Name    *Ident
	EndHash token.Pos // '#' of #КонецОбласти
	Close   token.Pos // just after КонецОбласти
	Parent  *Region
}

func (r *Region) Pos() token.Pos { return r.Hash }
func (r *Region) End() token.Pos { return r.Close }

// Path returns the names from the outermost region down to r; nil for a nil
// region.
func (r *Region) Path() []string {
	var p []string
	for x := r; x != nil; x = x.Parent {
		p = append(p, x.Name.Name)
	}
	for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
		p[i], p[j] = p[j], p[i]
	}
	return p
}

// String returns the path joined with "/".
func (r *Region) String() string { return strings.Join(r.Path(), "/") }

// ChangeKind tells #Вставка from #Удаление.
type ChangeKind int

// Kinds of change blocks in extension modules.
const (
	Insert ChangeKind = iota + 1 // #Вставка … #КонецВставки: text added to the adopted method
	Delete                       // #Удаление … #КонецУдаления: text removed (not compiled)
)

// ChangeBlock is a #Вставка or #Удаление block of a &ИзменениеИКонтроль
// method.
type ChangeBlock struct {
	Kind    ChangeKind
	Hash    token.Pos
	EndHash token.Pos
	Close   token.Pos
}

func (c *ChangeBlock) Pos() token.Pos { return c.Hash }
func (c *ChangeBlock) End() token.Pos { return c.Close }
