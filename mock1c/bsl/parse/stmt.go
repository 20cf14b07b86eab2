package parse

import (
	"wazzup-unf/mock1c/bsl/ast"
	"wazzup-unf/mock1c/bsl/token"
)

// listEnd reports whether the current token ends a statement list in ctx.
func (p *parser) listEnd(ctx listCtx) bool {
	switch p.tok.Kind {
	case token.EOF, token.ELSIF, token.ELSE, token.ENDIF, token.ENDDO, token.EXCEPT, token.ENDTRY,
		token.ENDPROC, token.ENDFUNC, token.PROCEDURE, token.FUNCTION, token.AMP:
		return true
	case token.VAR:
		return ctx != ctxBlock
	}
	return false
}

// parseStmtList parses statements separated by ';' up to a token that ends
// the list. The ';' after the last statement is optional.
func (p *parser) parseStmtList(ctx listCtx) []ast.Stmt {
	p.enter()
	defer p.leave()
	var list []ast.Stmt
	for !p.listEnd(ctx) {
		if p.tok.Kind == token.SEMICOLON {
			p.next() // empty statement
			continue
		}
		start := p.tok.Pos
		s := p.parseStmt(ctx)
		if s != nil {
			list = append(list, s)
		}
		if _, ok := s.(*ast.LabelStmt); ok {
			continue
		}
		p.endStmt(ctx)
		if p.tok.Pos == start { // no progress: never loop forever
			p.next()
		}
	}
	return list
}

// endStmt consumes the ';' after a statement, which may be omitted before a
// token that ends the list.
func (p *parser) endStmt(ctx listCtx) {
	switch {
	case p.tok.Kind == token.SEMICOLON:
		p.next()
	case p.listEnd(ctx):
	default:
		p.errorExpected(token.SEMICOLON)
		p.syncStmt()
	}
}

// syncStmt skips to the end of the erroneous statement: past the next ';'
// or up to a token that ends a list or starts a statement.
func (p *parser) syncStmt() {
	for {
		switch p.tok.Kind {
		case token.SEMICOLON:
			p.next()
			return
		case token.EOF, token.ELSIF, token.ELSE, token.ENDIF, token.ENDDO, token.EXCEPT, token.ENDTRY,
			token.ENDPROC, token.ENDFUNC, token.PROCEDURE, token.FUNCTION, token.AMP,
			token.IF, token.WHILE, token.FOR, token.TRY, token.RETURN, token.RAISE, token.VAR:
			return
		}
		p.next()
	}
}

func (p *parser) parseStmt(ctx listCtx) ast.Stmt {
	switch p.tok.Kind {
	case token.IDENT:
		if p.inAsync && isAwait(p.tok.Folded) {
			x := p.parseUnary()
			if aw, ok := x.(*ast.AwaitExpr); ok {
				if _, call := aw.X.(*ast.CallExpr); !call {
					p.errorf(aw.X.Pos(), "Ожидается вызов процедуры или функции")
				}
			}
			return &ast.CallStmt{Call: x}
		}
		return p.parseSimpleStmt(nil)
	case token.IF:
		return p.parseIf()
	case token.WHILE:
		return p.parseWhile()
	case token.FOR:
		return p.parseFor()
	case token.TRY:
		return p.parseTry()
	case token.RETURN:
		s := &ast.ReturnStmt{Return: p.tok.Pos, KeywordEnd: p.tok.End}
		p.next()
		if p.inFunc {
			if p.exprEnd() {
				p.errorf(p.tok.Pos, "Ожидается выражение")
			} else {
				s.Result = p.parseExpr()
			}
		} else if !p.inMethod {
			p.errorf(s.Return, "Оператор Возврат не может употребляться вне процедуры или функции")
		}
		return s
	case token.BREAK:
		s := &ast.BreakStmt{Break: p.tok.Pos, Close: p.tok.End}
		p.next()
		return s
	case token.CONTINUE:
		s := &ast.ContinueStmt{Continue: p.tok.Pos, Close: p.tok.End}
		p.next()
		return s
	case token.RAISE:
		s := &ast.RaiseStmt{Raise: p.tok.Pos, KeywordEnd: p.tok.End}
		p.next()
		switch {
		case p.tok.Kind == token.LPAREN:
			// "ВызватьИсключение(Текст, Категория, …)" (8.3.21+) or a
			// parenthesised message
			lp := p.tok.Pos
			args, rp := p.parseArgs()
			if len(args) == 0 || args[0] == nil {
				p.errorf(lp, "Ожидается выражение")
				return s
			}
			if len(args) == 1 {
				// a parenthesised message, possibly the first operand of a
				// longer expression: "ВызватьИсключение (А) + Б;"
				p.pending = &ast.ParenExpr{Lparen: lp, X: args[0], Rparen: rp}
				s.X = p.parseExpr()
			} else {
				s.X, s.Args, s.Lparen, s.Rparen = args[0], args[1:], lp, rp
			}
		case !p.exprEnd():
			s.X = p.parseExpr()
		}
		return s
	case token.EXECUTE:
		s := &ast.ExecuteStmt{Execute: p.tok.Pos}
		p.next()
		s.X = p.parseExpr()
		return s
	case token.GOTO:
		s := &ast.GotoStmt{Goto: p.tok.Pos}
		p.next()
		p.expect(token.TILDE)
		s.Label = p.expectIdent()
		return s
	case token.TILDE:
		s := &ast.LabelStmt{Tilde: p.tok.Pos}
		p.next()
		s.Label = p.expectIdent()
		s.Colon = p.expect(token.COLON)
		return s
	case token.ADDHANDLER, token.REMOVEHANDLER:
		s := &ast.HandlerStmt{Keyword: p.tok.Pos, Remove: p.tok.Kind == token.REMOVEHANDLER}
		p.next()
		s.Event = p.parseExpr()
		p.expect(token.COMMA)
		s.Handler = p.parseExpr()
		return s
	case token.VAR:
		// Перем after statements inside a block
		p.errorf(p.tok.Pos, "Объявления локальных переменных должны предшествовать операторам")
		from := p.tok.Pos
		p.syncStmt()
		return &ast.BadStmt{From: from, To: p.tok.Pos}
	}
	from := p.tok.Pos
	p.errorf(from, "Неопознанный оператор") // the platform's text for a statement it cannot start
	p.syncStmt()
	return &ast.BadStmt{From: from, To: p.tok.Pos}
}

// exprEnd reports whether no expression follows (end of statement).
func (p *parser) exprEnd() bool {
	return p.tok.Kind == token.SEMICOLON || p.listEnd(ctxBlock) || p.tok.Kind == token.VAR
}

func isAwait(folded string) bool { return folded == "ждать" || folded == "await" }

// parseSimpleStmt parses an assignment or a call statement. first, when not
// nil, is the already consumed identifier the statement starts with.
func (p *parser) parseSimpleStmt(first *ast.Ident) ast.Stmt {
	var x ast.Expr = first
	if first == nil {
		x = p.parseOperand()
	}
	lhs := p.parsePostfix(x, true)
	if p.tok.Kind == token.EQL {
		eq := p.tok.Pos
		if _, isCall := lhs.(*ast.CallExpr); isCall {
			p.errorf(eq, "Ожидается символ ';'")
		}
		p.next()
		return &ast.AssignStmt{Lhs: lhs, EqPos: eq, Rhs: p.parseExpr()}
	}
	if _, isCall := lhs.(*ast.CallExpr); !isCall {
		if _, bad := lhs.(*ast.BadExpr); !bad {
			p.errorf(p.tok.Pos, "Ожидается символ '='")
		}
		p.syncStmt()
		return &ast.BadStmt{From: lhs.Pos(), To: p.tok.Pos}
	}
	return &ast.CallStmt{Call: lhs}
}

func (p *parser) parseIf() ast.Stmt {
	s := &ast.IfStmt{If: p.tok.Pos}
	p.next()
	s.Cond = p.parseExpr()
	p.expectThen()
	s.Then = p.parseStmtList(ctxBlock)
	for p.tok.Kind == token.ELSIF {
		e := &ast.ElseIf{ElsIf: p.tok.Pos}
		p.next()
		e.Cond = p.parseExpr()
		p.expectThen()
		e.Body = p.parseStmtList(ctxBlock)
		s.ElseIfs = append(s.ElseIfs, e)
	}
	if p.tok.Kind == token.ELSE {
		s.ElsePos = p.tok.Pos
		p.next()
		s.Else = p.parseStmtList(ctxBlock)
	}
	s.Close = p.closeKeyword(token.ENDIF)
	return s
}

func (p *parser) expectThen() {
	if p.tok.Kind == token.THEN {
		p.next()
		return
	}
	p.errorExpected(token.THEN)
	// skip the rest of a broken condition up to Тогда or the next statement
	for {
		switch p.tok.Kind {
		case token.THEN:
			p.next()
			return
		case token.SEMICOLON, token.EOF, token.ELSIF, token.ELSE, token.ENDIF, token.ENDPROC, token.ENDFUNC,
			token.PROCEDURE, token.FUNCTION:
			return
		}
		p.next()
	}
}

func (p *parser) expectDo() {
	if p.tok.Kind == token.DO {
		p.next()
		return
	}
	p.errorExpected(token.DO)
	for {
		switch p.tok.Kind {
		case token.DO:
			p.next()
			return
		case token.SEMICOLON, token.EOF, token.ENDDO, token.ENDPROC, token.ENDFUNC, token.PROCEDURE, token.FUNCTION:
			return
		}
		p.next()
	}
}

func (p *parser) parseWhile() ast.Stmt {
	s := &ast.WhileStmt{While: p.tok.Pos}
	p.next()
	s.Cond = p.parseExpr()
	p.expectDo()
	s.Body = p.parseStmtList(ctxBlock)
	s.Close = p.closeKeyword(token.ENDDO)
	return s
}

func (p *parser) parseFor() ast.Stmt {
	pos := p.tok.Pos
	p.next()
	if p.tok.Kind == token.EACH {
		s := &ast.ForEachStmt{For: pos}
		p.next()
		s.Var = p.expectIdent()
		p.expect(token.IN)
		s.Coll = p.parseExpr()
		p.expectDo()
		s.Body = p.parseStmtList(ctxBlock)
		s.Close = p.closeKeyword(token.ENDDO)
		return s
	}
	s := &ast.ForStmt{For: pos}
	s.Var = p.expectIdent()
	p.expect(token.EQL)
	s.From = p.parseExpr()
	p.expect(token.TO)
	s.To = p.parseExpr()
	p.expectDo()
	s.Body = p.parseStmtList(ctxBlock)
	s.Close = p.closeKeyword(token.ENDDO)
	return s
}

func (p *parser) parseTry() ast.Stmt {
	s := &ast.TryStmt{Try: p.tok.Pos}
	p.next()
	s.Body = p.parseStmtList(ctxBlock)
	if p.tok.Kind == token.EXCEPT {
		s.ExceptPos = p.tok.Pos
		p.next()
		s.Except = p.parseStmtList(ctxBlock)
	} else {
		p.errorExpected(token.EXCEPT)
	}
	s.Close = p.closeKeyword(token.ENDTRY)
	return s
}
