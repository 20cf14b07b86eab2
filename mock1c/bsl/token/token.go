package token

// Kind is the kind of a lexical token.
type Kind uint8

// Token kinds.
const (
	ILLEGAL Kind = iota
	EOF
	COMMENT // "// ..." (only when the scanner is asked for comments)

	literalBeg
	IDENT  // Имя, Name
	NUMBER // 123, 12.50 (kept as written)
	STRING // "текст" with "" escapes and | continuation lines
	DATE   // '20240131235959', '20240131'
	literalEnd

	operatorBeg
	ADD // +
	SUB // -
	MUL // *
	QUO // /
	REM // %

	EQL // =
	NEQ // <>
	LSS // <
	GTR // >
	LEQ // <=
	GEQ // >=

	LPAREN    // (
	RPAREN    // )
	LBRACK    // [
	RBRACK    // ]
	COMMA     // ,
	PERIOD    // .
	SEMICOLON // ;
	COLON     // :
	QUESTION  // ? (the ?(,,) operator)
	TILDE     // ~ (label marker: ~Метка:)
	HASH      // # (preprocessor directive)
	AMP       // & (compile directive or annotation)
	operatorEnd

	keywordBeg
	IF            // Если / If
	THEN          // Тогда / Then
	ELSIF         // ИначеЕсли / ElsIf
	ELSE          // Иначе / Else
	ENDIF         // КонецЕсли / EndIf
	FOR           // Для / For
	EACH          // Каждого / Each
	IN            // Из / In
	TO            // По / To
	WHILE         // Пока / While
	DO            // Цикл / Do
	ENDDO         // КонецЦикла / EndDo
	PROCEDURE     // Процедура / Procedure
	ENDPROC       // КонецПроцедуры / EndProcedure
	FUNCTION      // Функция / Function
	ENDFUNC       // КонецФункции / EndFunction
	VAR           // Перем / Var
	VAL           // Знач / Val
	EXPORT        // Экспорт / Export
	RETURN        // Возврат / Return
	BREAK         // Прервать / Break
	CONTINUE      // Продолжить / Continue
	TRY           // Попытка / Try
	EXCEPT        // Исключение / Except
	ENDTRY        // КонецПопытки / EndTry
	RAISE         // ВызватьИсключение / Raise
	NEW           // Новый / New
	GOTO          // Перейти / Goto
	AND           // И / And
	OR            // Или / Or
	NOT           // Не / Not
	TRUE          // Истина / True
	FALSE         // Ложь / False
	UNDEFINED     // Неопределено / Undefined
	NULL          // Null
	EXECUTE       // Выполнить / Execute
	ADDHANDLER    // ДобавитьОбработчик / AddHandler
	REMOVEHANDLER // УдалитьОбработчик / RemoveHandler
	keywordEnd
)

var kindNames = [...]string{
	ILLEGAL:   "ILLEGAL",
	EOF:       "EOF",
	COMMENT:   "COMMENT",
	IDENT:     "IDENT",
	NUMBER:    "NUMBER",
	STRING:    "STRING",
	DATE:      "DATE",
	ADD:       "+",
	SUB:       "-",
	MUL:       "*",
	QUO:       "/",
	REM:       "%",
	EQL:       "=",
	NEQ:       "<>",
	LSS:       "<",
	GTR:       ">",
	LEQ:       "<=",
	GEQ:       ">=",
	LPAREN:    "(",
	RPAREN:    ")",
	LBRACK:    "[",
	RBRACK:    "]",
	COMMA:     ",",
	PERIOD:    ".",
	SEMICOLON: ";",
	COLON:     ":",
	QUESTION:  "?",
	TILDE:     "~",
	HASH:      "#",
	AMP:       "&",
}

// Keyword spellings: Russian first, then English. The platform accepts both
// in any letter case.
var keywords = [...][2]string{
	IF:            {"Если", "If"},
	THEN:          {"Тогда", "Then"},
	ELSIF:         {"ИначеЕсли", "ElsIf"},
	ELSE:          {"Иначе", "Else"},
	ENDIF:         {"КонецЕсли", "EndIf"},
	FOR:           {"Для", "For"},
	EACH:          {"Каждого", "Each"},
	IN:            {"Из", "In"},
	TO:            {"По", "To"},
	WHILE:         {"Пока", "While"},
	DO:            {"Цикл", "Do"},
	ENDDO:         {"КонецЦикла", "EndDo"},
	PROCEDURE:     {"Процедура", "Procedure"},
	ENDPROC:       {"КонецПроцедуры", "EndProcedure"},
	FUNCTION:      {"Функция", "Function"},
	ENDFUNC:       {"КонецФункции", "EndFunction"},
	VAR:           {"Перем", "Var"},
	VAL:           {"Знач", "Val"},
	EXPORT:        {"Экспорт", "Export"},
	RETURN:        {"Возврат", "Return"},
	BREAK:         {"Прервать", "Break"},
	CONTINUE:      {"Продолжить", "Continue"},
	TRY:           {"Попытка", "Try"},
	EXCEPT:        {"Исключение", "Except"},
	ENDTRY:        {"КонецПопытки", "EndTry"},
	RAISE:         {"ВызватьИсключение", "Raise"},
	NEW:           {"Новый", "New"},
	GOTO:          {"Перейти", "Goto"},
	AND:           {"И", "And"},
	OR:            {"Или", "Or"},
	NOT:           {"Не", "Not"},
	TRUE:          {"Истина", "True"},
	FALSE:         {"Ложь", "False"},
	UNDEFINED:     {"Неопределено", "Undefined"},
	NULL:          {"Null", "Null"},
	EXECUTE:       {"Выполнить", "Execute"},
	ADDHANDLER:    {"ДобавитьОбработчик", "AddHandler"},
	REMOVEHANDLER: {"УдалитьОбработчик", "RemoveHandler"},
}

// String returns the operator text, the Russian keyword, or the kind's name.
func (k Kind) String() string {
	if k.IsKeyword() {
		return keywords[k][0]
	}
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return "Kind(?)"
}

// English returns the English spelling of a keyword, or String() otherwise.
func (k Kind) English() string {
	if k.IsKeyword() {
		return keywords[k][1]
	}
	return k.String()
}

// IsLiteral reports whether k is IDENT or a literal.
func (k Kind) IsLiteral() bool { return literalBeg < k && k < literalEnd }

// IsOperator reports whether k is an operator or delimiter.
func (k Kind) IsOperator() bool { return operatorBeg < k && k < operatorEnd }

// IsKeyword reports whether k is a keyword.
func (k Kind) IsKeyword() bool { return keywordBeg < k && k < keywordEnd }

// Operator precedence as the platform has it, lowest first: ИЛИ (1); И (2);
// НЕ (3, unary: "НЕ А = Б" is "НЕ (А = Б)"); comparisons = <> < > <= >= (4);
// binary + - (5); * / % (6); unary + - (7). Binary operators associate to
// the left. The parser (package parse) encodes the same order.
const (
	LowestPrec = 0
	NotPrec    = 3
	UnaryPrec  = 7
)

// Precedence returns the binary precedence of k (0 for non-binary).
func (k Kind) Precedence() int {
	switch k {
	case OR:
		return 1
	case AND:
		return 2
	case EQL, NEQ, LSS, GTR, LEQ, GEQ:
		return 4
	case ADD, SUB:
		return 5
	case MUL, QUO, REM:
		return 6
	}
	return 0
}

// keywordIndex maps a case-folded spelling to its keyword. Built once by the
// package's init from the constant table above and never changed.
var keywordIndex = func() map[string]Kind {
	m := make(map[string]Kind, 2*len(keywords))
	for k := keywordBeg + 1; k < keywordEnd; k++ {
		m[Fold(keywords[k][0])] = k
		m[Fold(keywords[k][1])] = k
	}
	return m
}()

// Lookup maps a case-folded identifier to its keyword kind, or IDENT.
func Lookup(folded string) Kind {
	if k, ok := keywordIndex[folded]; ok {
		return k
	}
	return IDENT
}

// LookupBytes is Lookup for a byte slice (no allocation).
func LookupBytes(folded []byte) Kind {
	if k, ok := keywordIndex[string(folded)]; ok {
		return k
	}
	return IDENT
}
