package interp

import "strings"

// Context is the execution context a module is compiled and run in: the
// platform compiles every module separately for the server and for each
// kind of client, with a different set of preprocessor symbols, and a
// session runs in exactly one context.
type Context int

// Execution contexts. The zero value is Server.
const (
	Server                 Context = iota // 1C:Enterprise server (file or client-server)
	ThinClient                            // тонкий клиент
	WebClient                             // веб-клиент
	ThickClientManaged                    // толстый клиент, управляемое приложение
	ThickClientOrdinary                   // толстый клиент, обычное приложение
	ExternalConnection                    // внешнее соединение (COM)
	MobileClient                          // мобильный клиент
	MobileAppClient                       // мобильное приложение, клиент
	MobileAppServer                       // мобильное приложение, сервер
	MobileStandaloneServer                // мобильный автономный сервер
)

var contextNames = [...]string{
	Server:                 "Сервер",
	ThinClient:             "ТонкийКлиент",
	WebClient:              "ВебКлиент",
	ThickClientManaged:     "ТолстыйКлиентУправляемоеПриложение",
	ThickClientOrdinary:    "ТолстыйКлиентОбычноеПриложение",
	ExternalConnection:     "ВнешнееСоединение",
	MobileClient:           "МобильныйКлиент",
	MobileAppClient:        "МобильноеПриложениеКлиент",
	MobileAppServer:        "МобильноеПриложениеСервер",
	MobileStandaloneServer: "МобильныйАвтономныйСервер",
}

// String returns the context's preprocessor name ("ТонкийКлиент").
func (c Context) String() string {
	if c >= 0 && int(c) < len(contextNames) {
		return contextNames[c]
	}
	return "Context(?)"
}

// CheckName is how the Designer's module check names the context in its
// report ("(Проверка: Веб-клиент)").
func (c Context) CheckName() string {
	switch c {
	case Server:
		return "Сервер"
	case ThinClient:
		return "Тонкий клиент"
	case WebClient:
		return "Веб-клиент"
	case ThickClientManaged:
		return "Толстый клиент (управляемое приложение)"
	case ThickClientOrdinary:
		return "Толстый клиент (обычное приложение)"
	case ExternalConnection:
		return "Внешнее соединение"
	case MobileClient:
		return "Мобильный клиент"
	case MobileAppClient:
		return "Мобильное приложение - клиент"
	case MobileAppServer:
		return "Мобильное приложение - сервер"
	case MobileStandaloneServer:
		return "Мобильный автономный сервер"
	}
	return c.String()
}

// IsClient reports whether code in this context runs on a client: there the
// symbols Клиент and НаКлиенте are set and server-only modules are out of
// reach.
func (c Context) IsClient() bool {
	switch c {
	case ThinClient, WebClient, ThickClientManaged, ThickClientOrdinary, MobileClient, MobileAppClient:
		return true
	}
	return false
}

// IsServer reports whether code runs on a server: the symbols Сервер and
// НаСервере are set. An external connection is a separate context with its
// own symbol (the БСП idiom is "#Если Сервер Или ТолстыйКлиентОбычноеПриложение
// Или ВнешнееСоединение Тогда"), so it is not a server here.
func (c Context) IsServer() bool {
	switch c {
	case Server, MobileAppServer, MobileStandaloneServer:
		return true
	}
	return false
}

// Symbols returns the Russian names of the preprocessor symbols that are
// true in the context. The parser accepts the English spellings as aliases
// of the same symbols.
func (c Context) Symbols() []string {
	var s []string
	if c.IsServer() {
		s = append(s, "Сервер", "НаСервере")
	}
	if c.IsClient() {
		s = append(s, "Клиент", "НаКлиенте")
	}
	if c != Server {
		s = append(s, c.String())
	}
	return s
}

// ParseContext turns an option spelling ("client", "ТонкийКлиент",
// "webclient", "server", …) into a Context.
func ParseContext(s string) (Context, bool) {
	switch strings.ToLower(s) {
	case "server", "сервер":
		return Server, true
	case "client", "thinclient", "тонкийклиент":
		return ThinClient, true
	case "webclient", "вебклиент":
		return WebClient, true
	case "thick", "thickclient", "толстыйклиентуправляемоеприложение":
		return ThickClientManaged, true
	case "ordinary", "толстыйклиентобычноеприложение":
		return ThickClientOrdinary, true
	case "extconn", "externalconnection", "внешнеесоединение":
		return ExternalConnection, true
	case "mobileclient", "мобильныйклиент":
		return MobileClient, true
	}
	return 0, false
}
