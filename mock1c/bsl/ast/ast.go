// Package ast declares the syntax tree of a 1C:Enterprise (BSL) module as the
// parser (package parse) produces it, and Walk/Inspect to traverse it.
//
// The tree is syntax only: names are not resolved, constants are not
// converted (a NUMBER literal keeps its text, so the value package can build
// an exact decimal from it). Every node reports its source span with Pos and
// End (End is the position just after the node). Each identifier carries its
// case-folded spelling, computed once by the parser, under which every later
// pass compares names.
//
// A Module is what one .bsl file compiles to in one execution context: the
// preprocessor (#Если … #КонецЕсли) has already chosen the branches, so the
// same file may give different Modules for the server and for a client. The
// parts that do not depend on the context — #Область regions, comments,
// #Вставка/#Удаление blocks — are recorded alongside so that tools (module
// checks for the 1C standards #453, #455) can use them.
package ast

import "wazzup-unf/mock1c/bsl/token"

// Node is any node of the tree.
type Node interface {
	Pos() token.Pos // first character of the node
	End() token.Pos // first character after the node
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// ---------------------------------------------------------------------------
// Comments

// Comment is one "//" comment; Text includes the slashes, not the newline.
type Comment struct {
	Slash token.Pos
	Text  string
}

func (c *Comment) Pos() token.Pos { return c.Slash }
func (c *Comment) End() token.Pos { return c.Slash + token.Pos(len(c.Text)) }

// CommentGroup is a run of comments on consecutive lines with nothing else
// between them.
type CommentGroup struct {
	List []*Comment
}

func (g *CommentGroup) Pos() token.Pos { return g.List[0].Pos() }
func (g *CommentGroup) End() token.Pos { return g.List[len(g.List)-1].End() }

// Text returns the comments' text without the "//" and one following space,
// lines joined with "\n".
func (g *CommentGroup) Text() string {
	if g == nil {
		return ""
	}
	var b []byte
	for i, c := range g.List {
		if i > 0 {
			b = append(b, '\n')
		}
		t := c.Text
		if len(t) >= 2 && t[:2] == "//" {
			t = t[2:]
		}
		if len(t) > 0 && t[0] == ' ' {
			t = t[1:]
		}
		b = append(b, t...)
	}
	return string(b)
}

// ---------------------------------------------------------------------------
// Expressions

// Ident is a name. Name is as written; Folded is its case-folded form
// (token.Fold), the key for every comparison of names.
type Ident struct {
	NamePos token.Pos
	Name    string
	Folded  string
}

// BasicLit is a literal. Kind is one of token.NUMBER, STRING, DATE, TRUE,
// FALSE, UNDEFINED, NULL. Value is:
//   - NUMBER: the text as written ("12.50"), for exact decimal conversion;
//   - STRING: the decoded content ("" → ", continuation lines joined by "\n");
//   - DATE: 14 digits YYYYMMDDhhmmss ('20240131' gives "20240131000000");
//   - keyword literals: the keyword as written.
type BasicLit struct {
	ValuePos token.Pos
	ValueEnd token.Pos
	Kind     token.Kind
	Value    string
}

// UnaryExpr is "-X", "+X" or "НЕ X".
type UnaryExpr struct {
	OpPos token.Pos
	Op    token.Kind // SUB, ADD, NOT
	X     Expr
}

// BinaryExpr is "X op Y". Op is an arithmetic operator, a comparison, AND or
// OR. AND and OR are short-circuit.
type BinaryExpr struct {
	X     Expr
	OpPos token.Pos
	Op    token.Kind
	Y     Expr
}

// ParenExpr is "(X)".
type ParenExpr struct {
	Lparen token.Pos
	X      Expr
	Rparen token.Pos
}

// CondExpr is the ternary "?(Cond, Then, Else)".
type CondExpr struct {
	Question token.Pos
	Cond     Expr
	Then     Expr
	Else     Expr
	Rparen   token.Pos
}

// NewExpr is "Новый Тип", "Новый Тип(Арг, …)" or the dynamic form
// "Новый(ИмяТипа, МассивПараметров)". Type is nil in the dynamic form, and
// then Args holds the type name expression and the optional parameters.
// Lparen is NoPos when there are no parentheses. As in calls, a skipped
// argument is a nil element of Args.
type NewExpr struct {
	New    token.Pos
	Type   *Ident
	Lparen token.Pos
	Args   []Expr
	Rparen token.Pos
}

// CallExpr is "Fun(Args)". Fun is an *Ident (a procedure of the module, a
// global function) or a *SelectorExpr (a method). A skipped argument
// ("Ф(1, , 3)") is a nil element of Args; "Ф()" has no arguments.
type CallExpr struct {
	Fun    Expr
	Lparen token.Pos
	Args   []Expr
	Rparen token.Pos
}

// SelectorExpr is "X.Sel" (property or, as CallExpr.Fun, method).
type SelectorExpr struct {
	X   Expr
	Sel *Ident
}

// IndexExpr is "X[Index]".
type IndexExpr struct {
	X      Expr
	Lbrack token.Pos
	Index  Expr
	Rbrack token.Pos
}

// AwaitExpr is "Ждать X" inside an Асинх method (platform 8.3.18+; not
// available in compatibility mode 8.3.14, so a later pass should refuse it
// there).
type AwaitExpr struct {
	Await token.Pos
	X     Expr
}

// BadExpr stands for an expression with a syntax error.
type BadExpr struct {
	From, To token.Pos
}

func (x *Ident) Pos() token.Pos        { return x.NamePos }
func (x *Ident) End() token.Pos        { return x.NamePos + token.Pos(len(x.Name)) }
func (x *BasicLit) Pos() token.Pos     { return x.ValuePos }
func (x *BasicLit) End() token.Pos     { return x.ValueEnd }
func (x *UnaryExpr) Pos() token.Pos    { return x.OpPos }
func (x *UnaryExpr) End() token.Pos    { return x.X.End() }
func (x *BinaryExpr) Pos() token.Pos   { return x.X.Pos() }
func (x *BinaryExpr) End() token.Pos   { return x.Y.End() }
func (x *ParenExpr) Pos() token.Pos    { return x.Lparen }
func (x *ParenExpr) End() token.Pos    { return x.Rparen + 1 }
func (x *CondExpr) Pos() token.Pos     { return x.Question }
func (x *CondExpr) End() token.Pos     { return x.Rparen + 1 }
func (x *NewExpr) Pos() token.Pos      { return x.New }
func (x *CallExpr) Pos() token.Pos     { return x.Fun.Pos() }
func (x *CallExpr) End() token.Pos     { return x.Rparen + 1 }
func (x *SelectorExpr) Pos() token.Pos { return x.X.Pos() }
func (x *SelectorExpr) End() token.Pos { return x.Sel.End() }
func (x *IndexExpr) Pos() token.Pos    { return x.X.Pos() }
func (x *IndexExpr) End() token.Pos    { return x.Rbrack + 1 }
func (x *BadExpr) Pos() token.Pos      { return x.From }
func (x *AwaitExpr) Pos() token.Pos    { return x.Await }
func (x *AwaitExpr) End() token.Pos    { return x.X.End() }
func (x *BadExpr) End() token.Pos      { return x.To }

// End of "Новый Тип" without parentheses is the end of the type name.
func (x *NewExpr) End() token.Pos {
	if x.Rparen.IsValid() {
		return x.Rparen + 1
	}
	if x.Type != nil {
		return x.Type.End()
	}
	return x.New + token.Pos(len("Новый"))
}

func (*Ident) exprNode()        {}
func (*BasicLit) exprNode()     {}
func (*UnaryExpr) exprNode()    {}
func (*BinaryExpr) exprNode()   {}
func (*ParenExpr) exprNode()    {}
func (*CondExpr) exprNode()     {}
func (*NewExpr) exprNode()      {}
func (*CallExpr) exprNode()     {}
func (*SelectorExpr) exprNode() {}
func (*IndexExpr) exprNode()    {}
func (*BadExpr) exprNode()      {}
func (*AwaitExpr) exprNode()    {}

// ---------------------------------------------------------------------------
// Statements. Close fields are the position just after the closing keyword
// (КонецЕсли, КонецЦикла, КонецПопытки); the ';' that follows a statement is
// not part of it.

// AssignStmt is "Lhs = Rhs". Lhs is an *Ident, *SelectorExpr or *IndexExpr.
type AssignStmt struct {
	Lhs   Expr
	EqPos token.Pos
	Rhs   Expr
}

// CallStmt is a procedure or method call used as a statement. Call is a
// *CallExpr, an *AwaitExpr around one ("Ждать Ф();" in an Асинх method), or
// after a syntax error a *BadExpr.
type CallStmt struct {
	Call Expr
}

// ElseIf is one "ИначеЕсли Cond Тогда Body" branch.
type ElseIf struct {
	ElsIf token.Pos
	Cond  Expr
	Body  []Stmt
}

// IfStmt is "Если … Тогда … [ИначеЕсли …] [Иначе …] КонецЕсли".
type IfStmt struct {
	If      token.Pos
	Cond    Expr
	Then    []Stmt
	ElseIfs []*ElseIf
	ElsePos token.Pos // NoPos when there is no Иначе
	Else    []Stmt
	Close   token.Pos
}

// WhileStmt is "Пока Cond Цикл Body КонецЦикла".
type WhileStmt struct {
	While token.Pos
	Cond  Expr
	Body  []Stmt
	Close token.Pos
}

// ForStmt is "Для Var = From По To Цикл Body КонецЦикла". The platform
// evaluates To once, before the first iteration.
type ForStmt struct {
	For   token.Pos
	Var   *Ident
	From  Expr
	To    Expr
	Body  []Stmt
	Close token.Pos
}

// ForEachStmt is "Для Каждого Var Из Coll Цикл Body КонецЦикла".
type ForEachStmt struct {
	For   token.Pos
	Var   *Ident
	Coll  Expr
	Body  []Stmt
	Close token.Pos
}

// BreakStmt is "Прервать"; Close is the end of the keyword.
type BreakStmt struct{ Break, Close token.Pos }

// ContinueStmt is "Продолжить"; Close is the end of the keyword.
type ContinueStmt struct{ Continue, Close token.Pos }

// ReturnStmt is "Возврат [Result]"; Result is nil in procedures. KeywordEnd
// is the end of the keyword.
type ReturnStmt struct {
	Return     token.Pos
	KeywordEnd token.Pos
	Result     Expr
}

// TryStmt is "Попытка Body Исключение Except КонецПопытки".
type TryStmt struct {
	Try       token.Pos
	Body      []Stmt
	ExceptPos token.Pos
	Except    []Stmt
	Close     token.Pos
}

// RaiseStmt is "ВызватьИсключение [X]". Without X (only allowed inside
// Исключение) it re-raises the current exception. KeywordEnd is the end of
// the keyword.
//
// The call form of platform 8.3.21+, "ВызватьИсключение(Текст, Категория,
// Код, Подробности, Причина)", sets Args to the arguments after the first
// (X is the first); it does not exist in compatibility mode 8.3.14, so a
// later pass should refuse a RaiseStmt with Args there. Lparen/Rparen are
// set only for the call form.
type RaiseStmt struct {
	Raise      token.Pos
	KeywordEnd token.Pos
	X          Expr
	Lparen     token.Pos
	Args       []Expr
	Rparen     token.Pos
}

// ExecuteStmt is "Выполнить(X)" / "Выполнить X".
type ExecuteStmt struct {
	Execute token.Pos
	X       Expr
}

// GotoStmt is "Перейти ~Метка".
type GotoStmt struct {
	Goto  token.Pos
	Label *Ident // without the tilde
}

// LabelStmt is the label definition "~Метка:"; it marks the statement that
// follows it in the same list.
type LabelStmt struct {
	Tilde token.Pos
	Label *Ident // without the tilde
	Colon token.Pos
}

// HandlerStmt is "ДобавитьОбработчик Event, Handler" or, with Remove,
// "УдалитьОбработчик Event, Handler".
type HandlerStmt struct {
	Keyword token.Pos
	Remove  bool
	Event   Expr
	Handler Expr
}

// BadStmt stands for a statement with a syntax error.
type BadStmt struct {
	From, To token.Pos
}

func (s *AssignStmt) Pos() token.Pos   { return s.Lhs.Pos() }
func (s *AssignStmt) End() token.Pos   { return s.Rhs.End() }
func (s *CallStmt) Pos() token.Pos     { return s.Call.Pos() }
func (s *CallStmt) End() token.Pos     { return s.Call.End() }
func (s *ElseIf) Pos() token.Pos       { return s.ElsIf }
func (s *IfStmt) Pos() token.Pos       { return s.If }
func (s *IfStmt) End() token.Pos       { return s.Close }
func (s *WhileStmt) Pos() token.Pos    { return s.While }
func (s *WhileStmt) End() token.Pos    { return s.Close }
func (s *ForStmt) Pos() token.Pos      { return s.For }
func (s *ForStmt) End() token.Pos      { return s.Close }
func (s *ForEachStmt) Pos() token.Pos  { return s.For }
func (s *ForEachStmt) End() token.Pos  { return s.Close }
func (s *BreakStmt) Pos() token.Pos    { return s.Break }
func (s *ContinueStmt) Pos() token.Pos { return s.Continue }
func (s *ReturnStmt) Pos() token.Pos   { return s.Return }
func (s *TryStmt) Pos() token.Pos      { return s.Try }
func (s *TryStmt) End() token.Pos      { return s.Close }
func (s *RaiseStmt) Pos() token.Pos    { return s.Raise }
func (s *ExecuteStmt) Pos() token.Pos  { return s.Execute }
func (s *ExecuteStmt) End() token.Pos  { return s.X.End() }
func (s *GotoStmt) Pos() token.Pos     { return s.Goto }
func (s *GotoStmt) End() token.Pos     { return s.Label.End() }
func (s *LabelStmt) Pos() token.Pos    { return s.Tilde }
func (s *LabelStmt) End() token.Pos    { return s.Colon + 1 }
func (s *HandlerStmt) Pos() token.Pos  { return s.Keyword }
func (s *HandlerStmt) End() token.Pos  { return s.Handler.End() }
func (s *BadStmt) Pos() token.Pos      { return s.From }
func (s *BadStmt) End() token.Pos      { return s.To }

// End of an ElseIf branch: its last statement, or its condition.
func (s *ElseIf) End() token.Pos {
	if n := len(s.Body); n > 0 {
		return s.Body[n-1].End()
	}
	return s.Cond.End()
}

func (s *BreakStmt) End() token.Pos    { return s.Close }
func (s *ContinueStmt) End() token.Pos { return s.Close }

// End of "Возврат [X]".
func (s *ReturnStmt) End() token.Pos {
	if s.Result != nil {
		return s.Result.End()
	}
	return s.KeywordEnd
}

// End of "ВызватьИсключение [X]".
func (s *RaiseStmt) End() token.Pos {
	if s.Rparen.IsValid() {
		return s.Rparen + 1
	}
	if s.X != nil {
		return s.X.End()
	}
	return s.KeywordEnd
}

func (*AssignStmt) stmtNode()   {}
func (*CallStmt) stmtNode()     {}
func (*IfStmt) stmtNode()       {}
func (*WhileStmt) stmtNode()    {}
func (*ForStmt) stmtNode()      {}
func (*ForEachStmt) stmtNode()  {}
func (*BreakStmt) stmtNode()    {}
func (*ContinueStmt) stmtNode() {}
func (*ReturnStmt) stmtNode()   {}
func (*TryStmt) stmtNode()      {}
func (*RaiseStmt) stmtNode()    {}
func (*ExecuteStmt) stmtNode()  {}
func (*GotoStmt) stmtNode()     {}
func (*LabelStmt) stmtNode()    {}
func (*HandlerStmt) stmtNode()  {}
func (*BadStmt) stmtNode()      {}
