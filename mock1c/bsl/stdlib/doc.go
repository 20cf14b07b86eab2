// Package stdlib is the built-in library of ordinary 1C:Enterprise code: the
// global functions for strings, numbers, dates and types, Формат, НСтр,
// the Символы global property and the constructors of the collection types.
//
// Everything is data: Functions returns one []value.MethodDef (Russian and
// English names, argument counts, a Go function), Types returns the
// []value.TypeDef for Тип("…") and Новый, Globals the global properties.
// The interpreter indexes them once per World; the platform layer adds its
// own tables beside them.
//
// Functions receive the session through value.Env (the clock for
// ТекущаяДата, the language for НСтр); there is no package-level mutable
// state. Errors are *value.Error with the platform's texts; the interpreter
// adds positions.
//
// Conversions of arguments follow the platform: string functions convert
// their arguments with Строка(X) (numbers with group separators), number
// functions require numbers (Строка arguments are parsed like Число("…")),
// date functions require Дата ("Неверный тип аргумента" otherwise).
//
// Besides the families above: СтрокаСЧислом (CLDR plural forms) with the
// enum ВидЧисловогоЗначения, the bitwise functions (ПобитовоеИ …, 32-bit
// unsigned), XMLСтрока/XMLЗначение for primitive values and
// УникальныйИдентификатор, Найти/УдалитьНедопустимыеСимволыXML. Strings are
// handled in UTF-16 units with lone surrogate halves kept (value/wtf8.go).
//
// Where public sources did not settle a behaviour, the choice is named in
// the function's comment and in the skip list of the tests.
package stdlib
