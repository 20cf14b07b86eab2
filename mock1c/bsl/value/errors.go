package value

import "fmt"

// Error is a runtime error raised by an operator or a library function. Msg
// is exactly the text the platform shows in ОписаниеОшибки(); Hint is
// optional advice for Go-side diagnostics ("did you mean …") and is never
// shown to scripts. The interpreter attaches the position and call stack.
type Error struct {
	Msg  string
	Hint string
}

func (e *Error) Error() string { return e.Msg }

// Errorf builds an *Error from a format.
func Errorf(format string, args ...any) *Error { return &Error{Msg: fmt.Sprintf(format, args...)} }

// The platform's texts (Russian session). Sources: platform-runtime-facts.md §6.3
// and the messages the platform prints for the same situations.
const (
	MsgDivByZero        = "Деление на 0"
	MsgBadArgType       = "Неверный тип аргумента"
	MsgBadArgValue      = "Неверное значение аргумента"
	MsgIndexOutOfRange  = "Значение индекса выходит за пределы диапазона"
	MsgTooManyArgs      = "Слишком много фактических параметров"
	MsgNotEnoughArgs    = "Недостаточно фактических параметров"
	MsgBadStructKey     = "Задано неправильное имя атрибута структуры"
	MsgFixedCollection  = "Объект недоступен для изменения"
	MsgCompareTypes     = "Операции сравнения на больше-меньше допустимы только для значений совпадающих примитивных типов (Булево, Число, Строка, Дата)"
	MsgToNumberFailed   = "Преобразование значения к типу Число не может быть выполнено"
	MsgToDateFailed     = "Преобразование значения к типу Дата не может быть выполнено"
	MsgToBooleanFailed  = "Преобразование значения к типу Булево не может быть выполнено"
	MsgIterNotSupported = "Итератор для значения не определен"
	MsgDateOutOfRange   = "Недопустимое значение даты"
)

// ErrDivByZero is "Деление на 0".
func ErrDivByZero() *Error { return &Error{Msg: MsgDivByZero} }

// ErrMethodNotFound is "Метод объекта не обнаружен (Имя)".
func ErrMethodNotFound(name string) *Error {
	return &Error{Msg: "Метод объекта не обнаружен (" + name + ")"}
}

// ErrPropNotFound is "Поле объекта не обнаружено (Имя)".
func ErrPropNotFound(name string) *Error {
	return &Error{Msg: "Поле объекта не обнаружено (" + name + ")"}
}

// ErrBadArgType is "Неверный тип аргумента"; n (1-based) names the argument
// in Hint only.
func ErrBadArgType() *Error { return &Error{Msg: MsgBadArgType} }

// ErrBadArgValue is "Неверное значение аргумента".
func ErrBadArgValue() *Error { return &Error{Msg: MsgBadArgValue} }

// ErrIndex is "Значение индекса выходит за пределы диапазона" (the text
// OneScript and other public re-implementations share; the brief's
// "Индекс находится за границами диапазона" appears in no public source).
func ErrIndex() *Error { return &Error{Msg: MsgIndexOutOfRange} }

// ErrReadOnly is raised when a fixed collection is modified.
func ErrReadOnly() *Error { return &Error{Msg: MsgFixedCollection} }
