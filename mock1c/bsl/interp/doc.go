// Package interp runs 1C:Enterprise (BSL) modules with the platform's
// semantics. It sits above the front end (token, ast, parse) and the runtime
// values (value, stdlib), and below the platform layer (metadata, infobase,
// client), which it knows nothing about.
//
// # Passes
//
// A module goes through two steps:
//
//  1. Compile (compile.go) takes the parsed module for one execution
//     Context and resolves every identifier once: a local or parameter slot
//     of its procedure, a module variable slot, an export of a visible
//     common module, a member of the global context, or a platform type.
//     Names are case-folded here, never at run time. Everything the platform
//     rejects when it compiles a module is reported here, all errors at once
//     (ErrorList, "file:line:col: message"): a call to a procedure no
//     visible module defines ("Процедура или функция с указанным именем не
//     определена (X)"), a read of a variable that was never declared
//     ("Переменная не определена (X)"; the platform compiles in one pass, so
//     a local is declared by its first assignment in text order), wrong
//     argument counts to module procedures, a procedure used as a function.
//     The result is an immutable *Program: compile once, run in many
//     sessions.
//  2. A Session (session.go) runs programs: it owns module variables, the
//     call stack, the step counter, the interrupt flag and the clock. There
//     is no package-level mutable state; two sessions never share values.
//
// # The host API
//
// The platform layer builds a World: it registers modules (platform name
// such as "ОбщийМодуль.WazzupAPI.Модуль", kind, flags such as Server,
// ClientManagedApplication, ServerCall, Global, Privileged; source) and
// global-context members (built-in functions, host functions), then links it
// for one Context. Visibility follows the platform: client code sees client
// modules and server-call modules; a call from client code into a
// server-call module goes through the World's ServerCall hook, where the
// platform layer copies arguments and runs the callee in a server session.
//
// A common module's name is also a value (type ОбщийМодуль, modvalue.go):
// БСП passes modules as ОписаниеОповещения targets; the platform layer runs
// such a handler with Session.CallModuleValue. Unresolved calls of platform
// global methods keep the platform's compile error and get a hint from the
// table in package bsl/globals (not available in this context, or not
// provided by the emulator yet).
//
// Modules of a configuration extension (ModuleSpec.Extension) that share a
// configuration module's name adopt it: their own procedures join the
// module, and &Перед/&После/&Вместо/&ИзменениеИКонтроль intercept the
// configuration's procedures for every caller (adopt.go).
//
// Forms and objects have many instances per session, each with its own
// module variables and context object: Session.NewInstance.
//
// # Errors
//
// Runtime errors are *RuntimeError with the platform's text and a BSL stack
// (innermost first); ИнформацияОбОшибке, ОписаниеОшибки,
// КраткоеПредставлениеОшибки and ПодробноеПредставлениеОшибки are built from
// them. Go panics inside host functions are turned into runtime errors at the
// API edge, with the position of the BSL line that called the host.
package interp

// Fidelity notes. The platform's texts used here and how sure we are
// (sources: shared/reference/platform-runtime-facts.md §6, public code):
//
//	Процедура или функция с указанным именем не определена (X)  compile  seen
//	Переменная не определена (X)                                 compile  seen
//	Метод объекта не обнаружен (X)      compile for common modules (stricter
//	                                    than the reference, which saw it at
//	                                    run time), run time for objects
//	Поле объекта не обнаружено (X)                               run time seen
//	Слишком много / Недостаточно фактических параметров          compile  seen
//	Деление на 0                                                 run time seen
//	Тип не определен (X)                                         compile  belief
//	Значение не является значением объектного типа (X)           run time belief
//	Использование процедуры как функции (X)                      compile  unverified
//	Переполнение стека встроенного языка                         run time unverified
//	Оператор Прервать/Продолжить … только внутри цикла           compile  unverified
//	Объявление переменных / операторы в общем модуле недопустимы compile  unverified text
//
// ПодробноеПредставлениеОшибки and ОписаниеОшибки() give
// "{Модуль(строка)}: текст" (then "по причине:" and each cause);
// КраткоеПредставлениеОшибки gives the text alone. ИнформацияОбОшибке()
// outside a handler has empty properties (unverified). The call-depth limit
// (DefaultMaxDepth) is ours; the platform's depends on its stack size.
//
// Parameters: a variable passed to a parameter without Знач is bound by
// reference; a property or element (Проц(Стр.Поле), Проц(М[0])) receives
// the callee's new value after the call when it changed (OneScript's
// engine-behaviors test; unverified on the platform); any other
// expression is a temporary.
//
// Statements the emulator parses but refuses to run, with a clear error:
// Перейти, ДобавитьОбработчик/УдалитьОбработчик (thick ordinary client and
// external connection only on the platform).
