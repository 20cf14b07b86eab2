package parse

import (
	"wazzup-unf/mock1c/bsl/ast"
	"wazzup-unf/mock1c/bsl/token"
)

// Operator precedence, as the platform documents it (highest first):
// unary + and -; * / %; binary + and -; comparisons = <> < > <= >=; НЕ; И;
// ИЛИ. So "НЕ А = Б" is "НЕ (А = Б)" and "-А * Б" is "(-А) * Б". Binary
// operators associate to the left.

func (p *parser) parseExpr() ast.Expr {
	p.enter()
	defer p.leave()
	return p.parseOr()
}

func (p *parser) parseOr() ast.Expr {
	x := p.parseAnd()
	for p.tok.Kind == token.OR {
		pos := p.tok.Pos
		p.next()
		x = &ast.BinaryExpr{X: x, OpPos: pos, Op: token.OR, Y: p.parseAnd()}
	}
	return x
}

func (p *parser) parseAnd() ast.Expr {
	x := p.parseNot()
	for p.tok.Kind == token.AND {
		pos := p.tok.Pos
		p.next()
		x = &ast.BinaryExpr{X: x, OpPos: pos, Op: token.AND, Y: p.parseNot()}
	}
	return x
}

func (p *parser) parseNot() ast.Expr {
	if p.tok.Kind == token.NOT && p.pending == nil {
		pos := p.tok.Pos
		p.next()
		p.enter()
		defer p.leave()
		return &ast.UnaryExpr{OpPos: pos, Op: token.NOT, X: p.parseNot()}
	}
	return p.parseCompare()
}

func (p *parser) parseCompare() ast.Expr {
	x := p.parseAdd()
	for {
		switch op := p.tok.Kind; op {
		case token.EQL, token.NEQ, token.LSS, token.GTR, token.LEQ, token.GEQ:
			pos := p.tok.Pos
			p.next()
			x = &ast.BinaryExpr{X: x, OpPos: pos, Op: op, Y: p.parseAdd()}
			continue
		}
		return x
	}
}

func (p *parser) parseAdd() ast.Expr {
	x := p.parseMul()
	for p.tok.Kind == token.ADD || p.tok.Kind == token.SUB {
		op, pos := p.tok.Kind, p.tok.Pos
		p.next()
		x = &ast.BinaryExpr{X: x, OpPos: pos, Op: op, Y: p.parseMul()}
	}
	return x
}

func (p *parser) parseMul() ast.Expr {
	x := p.parseUnary()
	for p.tok.Kind == token.MUL || p.tok.Kind == token.QUO || p.tok.Kind == token.REM {
		op, pos := p.tok.Kind, p.tok.Pos
		p.next()
		x = &ast.BinaryExpr{X: x, OpPos: pos, Op: op, Y: p.parseUnary()}
	}
	return x
}

func (p *parser) parseUnary() ast.Expr {
	p.enter()
	defer p.leave()
	if x := p.pending; x != nil {
		// an operand the caller has already parsed (see parser.pending)
		p.pending = nil
		return p.parsePostfix(x, false)
	}
	switch p.tok.Kind {
	case token.ADD, token.SUB:
		op, pos := p.tok.Kind, p.tok.Pos
		p.next()
		return &ast.UnaryExpr{OpPos: pos, Op: op, X: p.parseUnary()}
	case token.NOT:
		// "А = НЕ Б": the platform accepts НЕ as an operand too
		pos := p.tok.Pos
		p.next()
		return &ast.UnaryExpr{OpPos: pos, Op: token.NOT, X: p.parseUnary()}
	}
	if p.inAsync && p.tok.Kind == token.IDENT && isAwait(p.tok.Folded) {
		pos := p.tok.Pos
		p.next()
		return &ast.AwaitExpr{Await: pos, X: p.parseUnary()}
	}
	return p.parsePostfix(p.parseOperand(), false)
}

// parseOperand parses a primary expression without postfix operators.
func (p *parser) parseOperand() ast.Expr {
	switch p.tok.Kind {
	case token.IDENT:
		id := p.ident()
		p.next()
		return id
	case token.NUMBER, token.DATE, token.TRUE, token.FALSE, token.UNDEFINED, token.NULL:
		return p.basicLit()
	case token.STRING:
		return p.stringLit()
	case token.LPAREN:
		x := &ast.ParenExpr{Lparen: p.tok.Pos}
		p.next()
		x.X = p.parseExpr()
		x.Rparen = p.expect(token.RPAREN)
		return x
	case token.QUESTION:
		x := &ast.CondExpr{Question: p.tok.Pos}
		p.next()
		p.expect(token.LPAREN)
		x.Cond = p.parseExpr()
		p.expect(token.COMMA)
		x.Then = p.parseExpr()
		p.expect(token.COMMA)
		x.Else = p.parseExpr()
		x.Rparen = p.expect(token.RPAREN)
		return x
	case token.NEW:
		return p.parseNew()
	}
	pos := p.tok.Pos
	p.errorf(pos, "Ожидается выражение")
	return &ast.BadExpr{From: pos, To: pos}
}

func (p *parser) parseNew() ast.Expr {
	x := &ast.NewExpr{New: p.tok.Pos}
	p.next()
	switch p.tok.Kind {
	case token.IDENT:
		x.Type = p.ident()
		p.next()
		if p.tok.Kind == token.LPAREN {
			x.Lparen = p.tok.Pos
			x.Args, x.Rparen = p.parseArgs()
		}
	case token.LPAREN:
		x.Lparen = p.tok.Pos
		x.Args, x.Rparen = p.parseArgs()
		if len(x.Args) == 0 || x.Args[0] == nil {
			p.errorf(x.Lparen, "Ожидается имя типа")
		}
	default:
		p.errorf(p.tok.Pos, "Ожидается имя типа")
	}
	return x
}

// parseArgs parses "(a, , c)"; the current token is '('. Skipped
// arguments are nil; "()" gives no arguments.
func (p *parser) parseArgs() ([]ast.Expr, token.Pos) {
	p.next() // (
	if p.tok.Kind == token.RPAREN {
		pos := p.tok.Pos
		p.next()
		return nil, pos
	}
	var args []ast.Expr
	for {
		if p.tok.Kind == token.COMMA || p.tok.Kind == token.RPAREN {
			args = append(args, nil)
		} else {
			args = append(args, p.parseExpr())
		}
		if p.tok.Kind != token.COMMA {
			break
		}
		p.next()
	}
	return args, p.expect(token.RPAREN)
}

// parsePostfix parses member access, indexing and calls after an operand.
func (p *parser) parsePostfix(x ast.Expr, stmt bool) ast.Expr {
	for {
		switch p.tok.Kind {
		case token.PERIOD:
			p.next()
			// after '.', keywords are names too (Структура.Новый is rare, but
			// Запрос.Выполнить() and Поток.Перейти() are common)
			if p.tok.Kind != token.IDENT && !p.tok.Kind.IsKeyword() {
				p.errorf(p.tok.Pos, "Ожидается идентификатор")
				return &ast.BadExpr{From: x.Pos(), To: p.tok.Pos}
			}
			sel := p.ident()
			p.next()
			x = &ast.SelectorExpr{X: x, Sel: sel}
		case token.LBRACK:
			ix := &ast.IndexExpr{X: x, Lbrack: p.tok.Pos}
			p.next()
			ix.Index = p.parseExpr()
			ix.Rbrack = p.expect(token.RBRACK)
			x = ix
		case token.LPAREN:
			switch x.(type) {
			case *ast.Ident, *ast.SelectorExpr:
			default:
				if stmt {
					return x
				}
				p.errorf(p.tok.Pos, "Ожидается символ ';'")
				return x
			}
			c := &ast.CallExpr{Fun: x, Lparen: p.tok.Pos}
			c.Args, c.Rparen = p.parseArgs()
			x = c
		default:
			return x
		}
	}
}
