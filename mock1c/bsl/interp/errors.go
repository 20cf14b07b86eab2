package interp

import (
	"fmt"
	"sort"
	"strings"
)

// Error is a compile error of one module: its file position (for Go tools
// and editors), the platform's module name (for the platform's own format)
// and the platform's message text.
type Error struct {
	File   string // file the module was read from ("src/CommonModules/X/Ext/Module.bsl")
	Module string // the platform's module name ("ОбщийМодуль.X.Модуль")
	// Extension is the configuration extension the module belongs to.
	Extension string
	Line      int    // 1-based
	Col       int    // 1-based, in runes
	Msg       string // the platform's text: "Переменная не определена (Х)"
	Hint      string // optional "did you mean" advice; never part of Msg
	// Check names the execution contexts the error was found in, as the
	// Designer's module check does ("Сервер, Тонкий клиент"); set by
	// World.Check, empty from Link.
	Check string
	// Source is the text of the line, for the Designer's report.
	Source string
}

// Designer prints the error as the Designer's module check reports it:
// the platform form, the source line with "<<?>>" at the error's column,
// and the contexts checked ("(Проверка: Веб-клиент)") when known.
func (e *Error) Designer() string {
	var b strings.Builder
	b.WriteString(e.Platform())
	if e.Source != "" {
		b.WriteByte('\n')
		r := []rune(strings.TrimRight(e.Source, "\r"))
		col := e.Col - 1
		if col < 0 || col > len(r) {
			col = len(r)
		}
		b.WriteString(strings.TrimLeft(string(r[:col]), " \t"))
		b.WriteString("<<?>>")
		b.WriteString(string(r[col:]))
	}
	if e.Check != "" {
		b.WriteString(" (Проверка: " + e.Check + ")")
	}
	return b.String()
}

// Error prints "file:line:col: message"; a hint, when there is one,
// follows in brackets.
func (e *Error) Error() string {
	name := e.File
	if name == "" {
		name = e.Module
	}
	s := fmt.Sprintf("%s:%d:%d: %s", name, e.Line, e.Col, e.Msg)
	if e.Hint != "" {
		s += " [" + e.Hint + "]"
	}
	return s
}

// Platform prints the error as the Designer's module check reports it:
// "{ОбщийМодуль.X.Модуль(180,13)}: Процедура или функция с указанным именем не определена (Y)".
// An extension module is prefixed with the extension's name, as in
// "{tests ОбщийМодуль.X.Модуль(54,2)}: Переменная не определена (ЮТест)".
func (e *Error) Platform() string {
	if e.Extension != "" {
		return fmt.Sprintf("{%s %s(%d,%d)}: %s", e.Extension, e.Module, e.Line, e.Col, e.Msg)
	}
	return fmt.Sprintf("{%s(%d,%d)}: %s", e.Module, e.Line, e.Col, e.Msg)
}

// ErrorList collects every compile error of a compilation. Like
// go/scanner.ErrorList it sorts by position and its Err is nil when empty.
type ErrorList []*Error

func (l ErrorList) Len() int      { return len(l) }
func (l ErrorList) Swap(i, j int) { l[i], l[j] = l[j], l[i] }
func (l ErrorList) Less(i, j int) bool {
	a, b := l[i], l[j]
	if a.File != b.File {
		return a.File < b.File
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	if a.Col != b.Col {
		return a.Col < b.Col
	}
	return a.Msg < b.Msg
}

// Sort orders the list by file, line and column.
func (l ErrorList) Sort() { sort.Stable(l) }

// RemoveMultiples sorts the list and keeps the first error of each line
// (the others are usually its consequences), as go/scanner does.
func (l *ErrorList) RemoveMultiples() {
	l.Sort()
	out := (*l)[:0]
	for i, e := range *l {
		if i > 0 {
			p := out[len(out)-1]
			if p.File == e.File && p.Module == e.Module && p.Line == e.Line {
				continue
			}
		}
		out = append(out, e)
	}
	*l = out
}

// Error prints the first error and how many follow.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns nil for an empty list, else the list itself.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Frame is one activation on the BSL call stack.
type Frame struct {
	Module    string // the platform's module name ("ОбщийМодуль.WazzupAPI.Модуль")
	Extension string // the extension the module belongs to, if any
	File      string // source file, when known
	Proc      string // procedure or function name; "" for the module body
	Line      int
	Col       int
}

// Platform prints the frame as the platform's stack does: "{ОбщийМодуль.X.Модуль(12)}".
func (f Frame) Platform() string {
	if f.Extension != "" {
		return fmt.Sprintf("{%s %s(%d)}", f.Extension, f.Module, f.Line)
	}
	return fmt.Sprintf("{%s(%d)}", f.Module, f.Line)
}

func (f Frame) String() string {
	name := f.File
	if name == "" {
		name = f.Module
	}
	proc := f.Proc
	if proc == "" {
		proc = "<тело модуля>"
	}
	return fmt.Sprintf("%s:%d:%d: in %s", name, f.Line, f.Col, proc)
}

// RuntimeError is an exception of BSL code: raised by the runtime (the
// platform's text, "Деление на 0"), by ВызватьИсключение, or by a host
// function. Stack is innermost first; Stack[0] is where the exception was
// raised, which is what ИнформацияОбОшибке() reports (ИмяМодуля,
// НомерСтроки, ИсходнаяСтрока).
type RuntimeError struct {
	Msg        string
	Stack      []Frame
	SourceLine string        // text of the line at Stack[0] (ИсходнаяСтрока)
	Cause      *RuntimeError // Причина, when the platform wraps an error (server call, context method)
	err        error         // the Go error behind a host failure, if any
}

// Error prints "file:line:col: message" for the innermost frame.
func (e *RuntimeError) Error() string {
	if len(e.Stack) == 0 {
		return e.Msg
	}
	f := e.Stack[0]
	name := f.File
	if name == "" {
		name = f.Module
	}
	return fmt.Sprintf("%s:%d:%d: %s", name, f.Line, f.Col, e.Msg)
}

// Unwrap returns the Go error a host function failed with, or the cause.
func (e *RuntimeError) Unwrap() error {
	if e.err != nil {
		return e.err
	}
	if e.Cause != nil {
		return e.Cause
	}
	return nil
}

// Backtrace prints the BSL call stack, outermost call first, then the message.
func (e *RuntimeError) Backtrace() string {
	var b strings.Builder
	b.WriteString("Traceback (most recent call last):\n")
	for i := len(e.Stack) - 1; i >= 0; i-- {
		b.WriteString("  ")
		b.WriteString(e.Stack[i].String())
		b.WriteByte('\n')
	}
	b.WriteString("Error: ")
	b.WriteString(e.Msg)
	return b.String()
}

// Position of the exception: module name and line ("" and 0 when unknown).
func (e *RuntimeError) Position() (module string, line int) {
	if len(e.Stack) == 0 {
		return "", 0
	}
	return e.Stack[0].Module, e.Stack[0].Line
}

// Brief is КраткоеПредставлениеОшибки: the description of the error alone.
func (e *RuntimeError) Brief() string { return e.Msg }

// Detailed is ПодробноеПредставлениеОшибки: "{Модуль(строка)}: описание",
// followed by "по причине:" and the cause in the same form, for each cause.
func (e *RuntimeError) Detailed() string {
	var b strings.Builder
	for x := e; x != nil; x = x.Cause {
		if x != e {
			b.WriteString("\nпо причине:\n")
		}
		if len(x.Stack) > 0 {
			b.WriteString(x.Stack[0].Platform())
			b.WriteString(": ")
		}
		b.WriteString(x.Msg)
	}
	return b.String()
}

// NewError makes a runtime error with the platform's text; the interpreter
// fills in the stack when the error passes through BSL frames. Host
// functions return it (or any error: other errors become a RuntimeError
// with their text).
func NewError(format string, args ...any) *RuntimeError {
	return &RuntimeError{Msg: fmt.Sprintf(format, args...)}
}

// WrapError makes a runtime error with the platform's text msg whose Причина
// is cause ("Ошибка при вызове метода контекста (X)" over the server error).
func WrapError(msg string, cause *RuntimeError) *RuntimeError {
	return &RuntimeError{Msg: msg, Cause: cause}
}
