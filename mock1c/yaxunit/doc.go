// Package yaxunit runs YAxUnit unit-test modules in the BSL interpreter
// (mock1c/bsl/interp): the extension's own tests (onec-extension/tests,
// modules ОМ_<Модуль>) against the real extension modules
// (onec-extension/src) and the base model's БСП modules
// (mock1c/basecfg/unf), in every execution context each test is registered
// for. The emulated 1C client will reuse the same runner.
//
// # Use
//
//	l, err := yaxunit.Load(yaxunit.Dumps{Base: …, Extension: …, Tests: …}, nil)
//	rep, err := yaxunit.Run(l.World, l.Modules, yaxunit.Options{Client: interp.ThinClient})
//	for _, r := range rep.Results { … r.ID(), r.Status, r.Message, r.Actual, r.Expected, r.At … }
//
// Load reads the dumps with metadata/xmlread (base + extension merged as
// the platform applies it; the test extension on its own) and registers
// every common module as "ОбщийМодуль.<Имя>.Модуль" with its flags and
// extension name, then the library (stdlib), the platform-layer
// placeholders and YAxUnit itself (Install). A test module is a non-global
// common module of the test extension named ОМ_…; SourceOverride replaces a
// module's text in memory (the control tests break extension functions
// that way).
//
// Run links the world for the server and for one client application, calls
// each module's ИсполняемыеСценарии, then runs every registered test in
// each of its contexts, catching errors per test, with one server and one
// client session for the whole run (as a YAxUnit run from one client; a
// client call into a server-call module goes through
// interp.DirectServerCalls). A test's status is YAxUnit's: Passed, Failed
// (a check failed: "[Failed] <…>"), Broken (any other exception, with the
// platform's text), NotImplemented (no such exported procedure), Skipped
// (the test's client context is not the client of this run: tests of
// КлиентОбычноеПриложение run from ThickClientOrdinary, those of
// КлиентУправляемоеПриложение from the thin client). Each result carries
// the error position (file:line:col of the innermost frame and of the test
// module's line), the BSL stack, the compared values, and the placeholders
// the test reached.
//
// # The YAxUnit subset
//
// Exactly the API onec-extension/tests/README.md lists, plus the negations
// and near relatives that cost nothing, with the names, parameters and
// behaviour of bia-technologies/yaxunit (exts/yaxunit/src/CommonModules:
// ЮТТесты, ЮТУтверждения, ЮТСравнениеКлиентСервер, ЮТРегистрацияОшибокСлужебный,
// ЮТСообщенияСлужебный — read for facts, nothing copied):
//
//   - ЮТТесты: ДобавитьТестовыйНабор(Имя, ТегиСтрокой = ""),
//     ДобавитьТест(Имя, Представление = "", ТегиСтрокой = "", Контексты = Неопределено),
//     ДобавитьКлиентскийТест / ДобавитьСерверныйТест(Имя, Представление, Теги).
//     Each returns the module for chaining. Tests before the first suite go
//     to a suite named after the module. Without Контексты a test runs in
//     the contexts of its module's flags (ЮТФабрика.КонтекстыМодуля:
//     Сервер, КлиентУправляемоеПриложение, КлиентОбычноеПриложение);
//     Контексты is a comma-separated string or an array of those names.
//   - ЮТест.ОжидаетЧто(Значение, Сообщение = "") (also ЮТУтверждения.Что)
//     returns ЮТУтверждения; its checks take an optional ОписаниеПроверки
//     last and return the module: Равно/НеРавно, ЭтоИстина/ЭтоНеИстина,
//     ЭтоЛожь/ЭтоНеЛожь, ЭтоНеопределено/ЭтоНеНеопределено, ЭтоNull/ЭтоНеNull,
//     Заполнено/НеЗаполнено, Существует/НеСуществует, ИмеетТип/НеИмеетТип
//     (type name, "Т1, Т2" list, or Тип), Содержит/НеСодержит (substring;
//     element of Массив; value of Структура/Соответствие with the same type),
//     ИмеетДлину/НеИмеетДлину/ИмеетДлинуБольше/ИмеетДлинуМеньше (СтрДлина in
//     UTF-16 units, Количество()), НачинаетсяС/ЗаканчиваетсяНа,
//     Больше/БольшеИлиРавно/Меньше/МеньшеИлиРавно, Свойство/Элемент (switch to
//     a property; paths "a.b[0].c", negative indexes from the end),
//     Объект (back to the value), ИмеетСвойство/НеИмеетСвойства (from the
//     current value, no switch), НетСвойства.
//   - Equality (ValuesEqual) is YAxUnit's ЗначенияРавны: the types must
//     match, then «=», then Структура by keys (order and key case do not
//     matter), Соответствие by keys, Массив element by element, recursively.
//   - A failed check raises "[Failed] <Сообщение ОписаниеПроверки: ожидали,
//     что проверяемое значение `X` [содержит свойство `p`, которое] …, но это
//     не так.>" (first letter capitalised); a misuse (a length that is not a
//     number, a type the check does not handle) raises "[Broken] <…>".
//
// Not implemented (the tests do not use them): events (ПередКаждымТестом …),
// СПараметрами, НастройкаИсполнения/ВТранзакции, test data, mocks
// (Мокито), predicates, ВыбрасываетИсключение, tags filtering. The
// assertion state lives in the session as YAxUnit keeps it in its context;
// ИсполняемыеСценарии is read once per module (on the server when the
// module is available there) where YAxUnit reads it in each context.
//
// # Placeholders of the platform layer
//
// The extension and the base link as wholes, so every global name they
// mention must resolve. What neither the library nor this package provides
// (infobase managers, Метаданные, HTTPСоединение, Запрос, the event log,
// privileged mode, the client UI …) is registered by AddPlaceholders from
// the one list in placeholders.go: it compiles, and raises "mock1c: <Имя>
// is not emulated yet (platform layer)" when reached — never fake
// behaviour. Hits are recorded per test (Result.Placeholders) even when the
// code catches the exception, and the extension test fails if a pure
// function reaches one.
package yaxunit
