// Package parse builds the syntax tree (package ast) of a 1C:Enterprise
// (BSL) module, running the preprocessor on the way.
//
// # Preprocessor
//
// The platform compiles every module separately for each execution context
// (server, thin client, web client, external connection …), and the
// preprocessor decides per context which text is compiled:
//
//	#Если Сервер Или ВнешнееСоединение Тогда … #ИначеЕсли … #Иначе … #КонецЕсли
//
// Conditions combine the context's symbols (Symbols, with Russian and
// English names) with И/ИЛИ/НЕ and parentheses; an unknown symbol is an
// error. Text of inactive branches is skipped unparsed (only directives in it
// are followed, to keep nesting). The parse is therefore for one context,
// given in Options.Symbols; to find syntax errors in every branch, parse a
// module under each of Contexts() and merge the errors (ParseAllContexts).
// ParseEveryContext keeps the module of each distinct context, and
// AllMethods lists the methods of all of them (a method that exists only
// under "#Если Клиент" is missing from the server module).
//
// #Область Имя … #КонецОбласти regions are recorded in Module.Regions, and
// each method knows its innermost region. Region directives are followed in
// inactive text too, but branch by branch: every branch of an #Если starts
// from the regions open at the #Если, and after #КонецЕсли the regions are
// those left by the active branch (by the first one when none is active).
// So a region opened in both branches and closed once after them, as real
// configurations do, is balanced. #Вставка … #КонецВставки and
// #Удаление … #КонецУдаления blocks of extension modules are recorded in
// Module.Changes; the text of #Удаление is not compiled. Unknown or
// unbalanced directives are errors.
//
// Annotations ("&НаКлиенте", "&Перед("Имя")") attach to the method or
// variable declaration that follows them.
//
// # Readings of the platform
//
// Where public sources were not conclusive, the parser takes these readings
// (tests name their sources):
//   - operator precedence, highest first: unary + -; * / %; + -; comparisons;
//     НЕ; И; ИЛИ ("НЕ А = Б" is "НЕ (А = Б)"); НЕ is also accepted as an
//     operand ("А = НЕ Б");
//   - module order is fixed: Перем, then procedures and functions, then the
//     body; a method's Перем precede its statements;
//   - adjacent string literals are one multi-line string ("А" "Б" is
//     "А", a line feed, "Б", as OneScript's lexer has it); comment lines
//     and preprocessor lines may stand between continuation lines of a
//     multi-line string, an empty line may not (stricter, unverified);
//   - a ';' after КонецПроцедуры/КонецФункции is an empty statement of the
//     module body, so a method after it is an error (OneScript's compiler
//     tests); at the end of the module it is harmless;
//   - a missing token is reported at the token found instead, as the
//     Designer's check places its <<?>> marker;
//   - "Асинх"/"Ждать" (8.3.18+) and the call form of ВызватьИсключение
//     (8.3.21+) are parsed; refusing them in compatibility mode 8.3.14 is the
//     job of a later pass;
//   - letters glued to a number ("12абв") and unknown annotations are errors
//     (stricter, unverified).
//
// # Errors
//
// Errors carry "file:line:col: message" with the platform's wording where it
// is known ("Ожидается символ ';'"). The parser recovers at statement
// boundaries and keeps going; without Options.AllErrors it stops after ten
// errors. At most one error is kept per line (the first is usually the
// cause). The returned error is a token.ErrorList. Internally the parser
// panics only with its own bailout value; any other panic (a bug) is turned
// at the API edge into an "internal error" at the current position.
package parse

import (
	"bytes"
	"fmt"
	"os"
	"sort"

	"wazzup-unf/mock1c/bsl/ast"
	"wazzup-unf/mock1c/bsl/token"
)

// Options control a parse.
type Options struct {
	// Symbols are the preprocessor symbols of the execution context.
	Symbols Symbols
	// AllErrors reports all errors instead of stopping after ten.
	AllErrors bool
}

// ParseFile adds a file to fset and parses src (or, when src is nil, reads
// filename) as a module. The module is returned even when there are errors.
func ParseFile(fset *token.FileSet, filename string, src []byte, opts Options) (*ast.Module, error) {
	if src == nil {
		b, err := os.ReadFile(filename)
		if err != nil {
			return nil, err
		}
		src = b
	}
	file := fset.AddFile(filename, len(src))
	return Parse(file, src, opts)
}

// Parse parses src, the content of file, as a module. The same file may be
// parsed several times (for several contexts).
func Parse(file *token.File, src []byte, opts Options) (m *ast.Module, err error) {
	var p parser
	p.init(file, src, opts)
	m = p.mod // filled in place, so a bailout still returns what was parsed
	defer p.finish(&err)
	p.parseModule()
	return m, nil
}

// ParseExpr parses a single expression, as Вычислить does. The expression is
// taken from file, which must hold exactly src.
func ParseExpr(file *token.File, src []byte) (x ast.Expr, err error) {
	var p parser
	p.init(file, src, Options{AllErrors: true})
	defer p.finish(&err)
	x = p.parseExpr()
	if p.tok.Kind != token.EOF {
		p.errorf(p.tok.Pos, "Ожидается завершение выражения")
	}
	return x, nil
}

// ParseStatements parses a sequence of statements, as Выполнить does:
// no procedures, no Перем, no preprocessor directives other than regions.
func ParseStatements(file *token.File, src []byte, opts Options) (list []ast.Stmt, err error) {
	var p parser
	p.init(file, src, opts)
	defer p.finish(&err)
	list = p.parseStmtList(ctxBody)
	for p.tok.Kind != token.EOF {
		p.errorf(p.tok.Pos, "Неопознанный оператор")
		p.next()
		list = append(list, p.parseStmtList(ctxBody)...)
	}
	return list, nil
}

// ParseAllContexts parses one module under every execution context of
// Contexts() and returns the server module together with the union of the
// errors, de-duplicated. Contexts in which every #Если/#ИначеЕсли condition
// evaluates the same select the same text, so only one of them is parsed: a
// module without conditions is parsed once, the usual "#Если Сервер Или …
// Тогда" module twice.
//
// The server module lacks methods that exist only under "#Если Клиент"; a
// check that must see every method uses ParseEveryContext and AllMethods.
func ParseAllContexts(file *token.File, src []byte, allErrors bool) (*ast.Module, error) {
	mods, err := ParseEveryContext(file, src, allErrors)
	return mods[0].Module, err
}

// ContextModule is a module as the platform compiles it for some execution
// contexts: every context in Contexts lets the preprocessor select the same
// text.
type ContextModule struct {
	Contexts []Context
	Module   *ast.Module
}

// ParseEveryContext parses one module once for each distinct text the
// preprocessor selects across Contexts(), and returns those modules (the
// first one is the server's; never empty) with the union of their errors,
// de-duplicated and sorted. Use it, with AllMethods, where every method of
// every context matters (module checks); ParseAllContexts is the same parse
// reduced to the server module.
func ParseEveryContext(file *token.File, src []byte, allErrors bool) ([]ContextModule, error) {
	var (
		mods []ContextModule
		errs token.ErrorList
	)
	seen := map[string]bool{}
	bySig := map[string]int{} // branch signature → index in mods
	conds := newCondSet(file, src)
	for _, c := range Contexts() {
		sig := conds.signature(c.Symbols)
		if i, ok := bySig[sig]; ok {
			mods[i].Contexts = append(mods[i].Contexts, c)
			continue
		}
		var p parser
		p.init(file, src, Options{Symbols: c.Symbols, AllErrors: allErrors})
		var err error
		m := p.mod
		func() {
			defer p.finish(&err)
			p.parseModule()
		}()
		bySig[sig] = len(mods)
		mods = append(mods, ContextModule{Contexts: []Context{c}, Module: m})
		if list, ok := err.(token.ErrorList); ok {
			for _, e := range list {
				k := fmt.Sprintf("%d:%d:%s", e.Pos.Line, e.Pos.Column, e.Msg)
				if !seen[k] {
					seen[k] = true
					errs = append(errs, e)
				}
			}
		}
	}
	errs.Sort()
	return mods, errs.Err()
}

// AllMethods returns every method of the modules, each declaration once, in
// source order: a method compiled in several contexts (the same declaration,
// i.e. the same position of its Процедура/Функция keyword) is listed once,
// from the first module that has it, while two declarations of one name in
// different #Если branches are both listed (that is not a duplicate: the
// platform rejects a name defined twice only within one context, which
// the parse of that context already reports).
func AllMethods(mods []ContextModule) []*ast.Method {
	var list []*ast.Method
	seen := map[token.Pos]bool{}
	for _, cm := range mods {
		for _, m := range cm.Module.Methods {
			if !seen[m.Keyword] {
				seen[m.Keyword] = true
				list = append(list, m)
			}
		}
	}
	sort.SliceStable(list, func(i, j int) bool { return list[i].Keyword < list[j].Keyword })
	return list
}

// branchSignature evaluates every #Если and #ИначеЕсли condition of src for
// the symbols, in text order, ignoring nesting: two contexts with equal
// signatures make the preprocessor choose the same text. A directive is a
// line whose first non-blank character is '#' (between the continuation
// lines of a string, too: the preprocessor runs those as well).
func branchSignature(file *token.File, src []byte, sym Symbols) string {
	return newCondSet(file, src).signature(sym)
}

// condSet holds the #Если/#ИначеЕсли lines of a module, found in one pass,
// so that the signature of each context costs only their evaluation.
type condSet struct {
	p     parser // a throwaway parser whose preprocessor evaluates conditions
	lines []dirLine
}

func newCondSet(file *token.File, src []byte) *condSet {
	cs := &condSet{}
	cs.p.file, cs.p.mod = file, &ast.Module{}
	cs.p.pp.init(&cs.p)
	for off := 0; off < len(src); {
		// only lines with a '#' can hold a directive: jump from one '#' to
		// the start of its line instead of visiting every line
		h := bytes.IndexByte(src[off:], '#')
		if h < 0 {
			break
		}
		h += off
		start := bytes.LastIndexByte(src[:h], '\n') + 1
		end := bytes.IndexByte(src[h:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += h
		}
		off = end + 1
		i := start
		for i < h && (src[i] == ' ' || src[i] == '\t' || src[i] == 0xEF || src[i] == 0xBB || src[i] == 0xBF) {
			i++
		}
		if i != h {
			continue // '#' inside code, a string or a comment
		}
		d := dirLine{text: string(src[h+1 : end]), base: file.Pos(h + 1)}
		w, _ := d.word()
		switch token.Fold(w) {
		case "если", "if", "иначеесли", "elsif":
			d.off = 0
			cs.lines = append(cs.lines, d)
		}
	}
	return cs
}

// signature evaluates each condition for sym: '1' true, '0' false.
func (cs *condSet) signature(sym Symbols) string {
	if len(cs.lines) == 0 {
		return ""
	}
	cs.p.opts = Options{Symbols: sym, AllErrors: true}
	sig := make([]byte, len(cs.lines))
	for i := range cs.lines {
		d := cs.lines[i] // a copy: the lexer position starts at 0
		d.word()         // Если / ИначеЕсли
		cs.p.errors = cs.p.errors[:0]
		if cs.p.pp.condition(&d) {
			sig[i] = '1'
		} else {
			sig[i] = '0'
		}
	}
	return string(sig)
}

// finish turns the parser's state into the API result: recovered panics
// become errors, errors are sorted and reduced to one per line.
func (p *parser) finish(errp *error) {
	if r := recover(); r != nil {
		if _, ok := r.(bailout); !ok {
			pos := p.file.Position(p.tok.Pos)
			p.errors.Add(pos, fmt.Sprintf("internal error: %v", r))
		}
	}
	p.errors.RemoveMultiples()
	if err := p.errors.Err(); err != nil {
		*errp = err
	}
}
