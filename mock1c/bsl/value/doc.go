// Package value holds the runtime values of the 1C:Enterprise language (BSL)
// and the operators between them, with the platform's semantics.
//
// # Values
//
// Every value implements the small Value interface (TypeName, String). The
// primitive types are Go value types, cheap to copy and immutable:
//
//	Undefined  Неопределено / Undefined
//	NullValue  Null
//	Boolean    Булево / Boolean
//	Number     Число / Number     exact decimal (number.go)
//	String     Строка / String    UTF-16 semantics over WTF-8 (wtf8.go)
//	Date       Дата / Date        seconds, no time zone, 0001-01-01 is empty
//	Type       Тип / Type         the value ТипЗнч returns
//
// Reference types (collections, host objects) are pointers and implement, by
// type assertion, only the optional capabilities they support (the
// starlark-go pattern; listed in value.go):
//
//	HasProps    obj.Имя read and written by case-insensitive Russian or English name
//	HasMethods  obj.Метод(…) through a MethodTable built from []MethodDef
//	Indexable   obj[i] / obj["Ключ"]
//	Iterable    Для Каждого Элемент Из obj Цикл
//	Fillable    ЗначениеЗаполнено(obj) for reference types
//
// Other pieces: collections (Array, Structure, Map and their fixed variants,
// ValueList, ValueTable), UUID, Enum/EnumValue for system enumerations,
// KeyValue, the TypeTable behind Тип("…") and Новый, and DeepCopy for the
// client/server boundary.
//
// # Strings
//
// The platform's strings are UTF-16 code units and may hold a lone half of
// a surrogate pair (Символ(55357), Лев("😀", 1)). A String holds WTF-8:
// UTF-8 in which a lone half is a 3-byte sequence, kept canonical (a high
// half is never followed by a low half). Use Concat to join strings (Add
// does), Canon after assembling a string from pieces, UnitLen/UnitSlice/
// UnitAt/Units to count in UTF-16 units, DecodeRune/WriteRune/Runes instead
// of package utf8 and []rune (they would turn a half into U+FFFD), and
// ToUTF8 at a byte boundary (HTTP, files), which writes U+FFFD for a half,
// and FromUTF8 for text read from bytes (invalid sequences become U+FFFD).
// Text without lone halves is plain UTF-8 and takes the fast paths.
//
// # Operators
//
// ops.go holds the platform's rules (measured where a source exists): the
// left operand decides +, −, ×, /, %; Equal is the = operator (Булево and
// Число compare numerically), Identical the stricter equality collections
// use; Compare orders Булево, Число, Строка (UTF-16 code units) and Дата and
// refuses anything else; Truth converts conditions.
//
// # Errors
//
// Operators and library functions return a plain *Error carrying only the
// platform's exact text ("Деление на 0", "Метод объекта не обнаружен (Имя)").
// The interpreter wraps it with module:line:col and the BSL call stack; this
// package knows nothing about positions.
//
// # Calls and by-reference out parameters
//
// A built-in method or global function is a MethodDef: its Russian and
// English names, the argument counts, and a Go function
//
//	func(env Env, recv Value, args []Value) (Value, error)
//
// An omitted argument (F(1, , 3) or a trailing one) arrives as nil; use Arg
// to read it with a default. A parameter the platform passes by reference
// and writes to (Структура.Свойство(Ключ, ЗначениеНайденное)) is marked in
// MethodDef.Out; for it the interpreter passes a *Ref cell holding the
// variable's current value, and after the call writes Ref.V back into the
// variable, property or element the argument named (nothing is written back
// when the argument was not assignable, e.g. a literal). A procedure (no
// result) returns (nil, nil); the interpreter reports the platform's error
// when such a method is used in an expression.
//
// # Environment
//
// Functions that need the session (the clock for ТекущаяДата, the current
// language for НСтр, later the infobase) receive it through the Env
// interface, which the interpreter's session implements. There is no
// package-level mutable state: the only package-level variables are
// immutable tables built at initialisation.
package value
