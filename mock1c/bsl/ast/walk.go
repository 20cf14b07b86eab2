package ast

import "fmt"

// Visitor's Visit is called for each node met by Walk. If it returns a
// non-nil visitor w, Walk visits the node's children with w, then calls
// w.Visit(nil).
type Visitor interface {
	Visit(n Node) (w Visitor)
}

// Walk traverses the tree rooted at n in depth-first source order. A Module's
// children are its variable declarations, methods and body; regions, change
// blocks and comments are not walked (use the Module fields).
func Walk(v Visitor, n Node) {
	if v = v.Visit(n); v == nil {
		return
	}
	switch n := n.(type) {
	case *Module:
		for _, d := range n.Vars {
			Walk(v, d)
		}
		for _, m := range n.Methods {
			Walk(v, m)
		}
		walkStmts(v, n.Body)
	case *Method:
		for _, a := range n.Annotations {
			Walk(v, a)
		}
		Walk(v, n.Name)
		for _, p := range n.Params {
			Walk(v, p)
		}
		for _, d := range n.Vars {
			Walk(v, d)
		}
		walkStmts(v, n.Body)
	case *Annotation:
		Walk(v, n.Name)
		if n.Arg != nil {
			Walk(v, n.Arg)
		}
	case *VarDecl:
		for _, a := range n.Annotations {
			Walk(v, a)
		}
		for _, x := range n.Names {
			Walk(v, x.Name)
		}
	case *Param:
		Walk(v, n.Name)
		if n.Default != nil {
			Walk(v, n.Default)
		}

	case *Ident, *BasicLit, *BadExpr, *BadStmt, *BreakStmt, *ContinueStmt, *Comment, *CommentGroup, *Region, *ChangeBlock:
		// leaves
	case *UnaryExpr:
		Walk(v, n.X)
	case *BinaryExpr:
		Walk(v, n.X)
		Walk(v, n.Y)
	case *ParenExpr:
		Walk(v, n.X)
	case *CondExpr:
		Walk(v, n.Cond)
		Walk(v, n.Then)
		Walk(v, n.Else)
	case *NewExpr:
		if n.Type != nil {
			Walk(v, n.Type)
		}
		walkExprs(v, n.Args)
	case *CallExpr:
		Walk(v, n.Fun)
		walkExprs(v, n.Args)
	case *SelectorExpr:
		Walk(v, n.X)
		Walk(v, n.Sel)
	case *IndexExpr:
		Walk(v, n.X)
		Walk(v, n.Index)

	case *AssignStmt:
		Walk(v, n.Lhs)
		Walk(v, n.Rhs)
	case *CallStmt:
		Walk(v, n.Call)
	case *IfStmt:
		Walk(v, n.Cond)
		walkStmts(v, n.Then)
		for _, e := range n.ElseIfs {
			Walk(v, e)
		}
		walkStmts(v, n.Else)
	case *ElseIf:
		Walk(v, n.Cond)
		walkStmts(v, n.Body)
	case *WhileStmt:
		Walk(v, n.Cond)
		walkStmts(v, n.Body)
	case *ForStmt:
		Walk(v, n.Var)
		Walk(v, n.From)
		Walk(v, n.To)
		walkStmts(v, n.Body)
	case *ForEachStmt:
		Walk(v, n.Var)
		Walk(v, n.Coll)
		walkStmts(v, n.Body)
	case *ReturnStmt:
		if n.Result != nil {
			Walk(v, n.Result)
		}
	case *TryStmt:
		walkStmts(v, n.Body)
		walkStmts(v, n.Except)
	case *RaiseStmt:
		if n.X != nil {
			Walk(v, n.X)
		}
		walkExprs(v, n.Args)
	case *AwaitExpr:
		Walk(v, n.X)
	case *ExecuteStmt:
		Walk(v, n.X)
	case *GotoStmt:
		Walk(v, n.Label)
	case *LabelStmt:
		Walk(v, n.Label)
	case *HandlerStmt:
		Walk(v, n.Event)
		Walk(v, n.Handler)
	default:
		panic(fmt.Sprintf("ast.Walk: unexpected node type %T", n))
	}
	v.Visit(nil)
}

func walkStmts(v Visitor, list []Stmt) {
	for _, s := range list {
		Walk(v, s)
	}
}

// walkExprs skips the nil elements that stand for skipped arguments.
func walkExprs(v Visitor, list []Expr) {
	for _, x := range list {
		if x != nil {
			Walk(v, x)
		}
	}
}

type inspector func(Node) bool

func (f inspector) Visit(n Node) Visitor {
	if f(n) {
		return f
	}
	return nil
}

// Inspect traverses the tree like Walk, calling f(n) for each node and
// f(nil) after a node's children; children are skipped when f returns false.
func Inspect(n Node, f func(Node) bool) { Walk(inspector(f), n) }
