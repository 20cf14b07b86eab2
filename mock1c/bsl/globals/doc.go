// Package globals is the platform's global context as data: the names of
// every global-context METHOD of 1C:Enterprise 8.3 (Russian and English
// spellings), where each one exists (server, thin/web/thick client,
// external connection, mobile contexts), and the methods of the context
// objects that module kinds see unqualified (a managed form in its module,
// the object in its object module, the manager in its manager module, the
// record set in its record-set module).
//
// It holds no running code and no state: both the static checker
// (metadata/check/bslcheck: an unqualified call nobody defines is the
// platform's compile error «Процедура или функция с указанным именем не
// определена (Имя)») and the interpreter (hints on its compile errors) read
// it; the interpreter's built-in library (bsl/stdlib) implements a subset.
//
// Sources. The method names are the «Глобальный контекст → Методы» topics
// of the syntax assistant of platform 8.3.27.2214 (bin/shcntx_ru.hbk), as
// listed in the public repository lyzhenko/data1c
// (src/Data1c.Core/Platform/PlatformGlobalFunctions.cs: 500 methods, 989
// names) — names only, written here in our own table. That list does not
// pair the Russian and English spellings nor say where a method exists;
// the pairs and contexts in restricted.go are from the syntax assistant's
// «Доступность» lines as we know them (1C:Enterprise 8.3 documentation),
// given only where we are sure a method is client-only or server-side;
// every other method is taken to exist everywhere, so a checker built on
// this table never reports a call that compiles, at the cost of missing
// some calls of server-side methods from client code.
package globals
