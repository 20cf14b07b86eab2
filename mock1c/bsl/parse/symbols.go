package parse

import (
	"strings"

	"wazzup-unf/mock1c/bsl/token"
)

// Symbols is a set of preprocessor symbols: the ones that are true in the
// execution context a module is compiled for. The zero value has none set.
type Symbols uint32

// The platform's preprocessor symbols (Russian / English spelling).
const (
	Server                 Symbols = 1 << iota // Сервер / Server
	AtServer                                   // НаСервере / AtServer
	Client                                     // Клиент / Client
	AtClient                                   // НаКлиенте / AtClient
	ThinClient                                 // ТонкийКлиент / ThinClient
	WebClient                                  // ВебКлиент / WebClient
	ThickClientManaged                         // ТолстыйКлиентУправляемоеПриложение / ThickClientManagedApplication
	ThickClientOrdinary                        // ТолстыйКлиентОбычноеПриложение / ThickClientOrdinaryApplication
	MobileClient                               // МобильныйКлиент / MobileClient
	ExternalConnection                         // ВнешнееСоединение / ExternalConnection
	MobileAppClient                            // МобильноеПриложениеКлиент / MobileAppClient
	MobileAppServer                            // МобильноеПриложениеСервер / MobileAppServer
	MobileStandaloneServer                     // МобильныйАвтономныйСервер / MobileStandaloneServer
	// The operating-system symbols of newer platform versions (listed by the
	// BSL Language Server grammar; unverified on the platform). No context
	// sets them: set them in Options.Symbols to parse for a given OS.
	Linux   // Linux
	Windows // Windows
	MacOS   // MacOS
	symbolEnd
)

// Execution contexts as sets of symbols. A server context sets Сервер and
// НаСервере; a client context sets Клиент, НаКлиенте and its own symbol; an
// external connection sets only ВнешнееСоединение (the БСП idiom "#Если
// Сервер Или ТолстыйКлиентОбычноеПриложение Или ВнешнееСоединение Тогда"
// lists it apart from Сервер). These match interp.Context.Symbols.
const (
	ContextServer                 = Server | AtServer
	ContextThinClient             = Client | AtClient | ThinClient
	ContextWebClient              = Client | AtClient | WebClient
	ContextThickClientManaged     = Client | AtClient | ThickClientManaged
	ContextThickClientOrdinary    = Client | AtClient | ThickClientOrdinary
	ContextMobileClient           = Client | AtClient | MobileClient
	ContextExternalConnection     = ExternalConnection
	ContextMobileAppClient        = Client | AtClient | MobileAppClient
	ContextMobileAppServer        = Server | AtServer | MobileAppServer
	ContextMobileStandaloneServer = Server | AtServer | MobileStandaloneServer
)

// Context names an execution context and its symbols.
type Context struct {
	Name    string
	Symbols Symbols
}

// Contexts returns every execution context the platform compiles modules
// for, server first. onec-check parses each module once per distinct
// context so that errors in every preprocessor branch are found.
func Contexts() []Context {
	return []Context{
		{"Сервер", ContextServer},
		{"ТонкийКлиент", ContextThinClient},
		{"ВебКлиент", ContextWebClient},
		{"ТолстыйКлиентУправляемоеПриложение", ContextThickClientManaged},
		{"ТолстыйКлиентОбычноеПриложение", ContextThickClientOrdinary},
		{"МобильныйКлиент", ContextMobileClient},
		{"ВнешнееСоединение", ContextExternalConnection},
		{"МобильноеПриложениеКлиент", ContextMobileAppClient},
		{"МобильноеПриложениеСервер", ContextMobileAppServer},
		{"МобильныйАвтономныйСервер", ContextMobileStandaloneServer},
	}
}

var symbolNames = [...][2]string{
	{"Сервер", "Server"},
	{"НаСервере", "AtServer"},
	{"Клиент", "Client"},
	{"НаКлиенте", "AtClient"},
	{"ТонкийКлиент", "ThinClient"},
	{"ВебКлиент", "WebClient"},
	{"ТолстыйКлиентУправляемоеПриложение", "ThickClientManagedApplication"},
	{"ТолстыйКлиентОбычноеПриложение", "ThickClientOrdinaryApplication"},
	{"МобильныйКлиент", "MobileClient"},
	{"ВнешнееСоединение", "ExternalConnection"},
	{"МобильноеПриложениеКлиент", "MobileAppClient"},
	{"МобильноеПриложениеСервер", "MobileAppServer"},
	{"МобильныйАвтономныйСервер", "MobileStandaloneServer"},
	{"Linux", "Linux"},
	{"Windows", "Windows"},
	{"MacOS", "MacOS"},
}

// LookupSymbol maps a symbol spelling (Russian or English, any case) to its
// bit; ok is false for an unknown name.
func LookupSymbol(name string) (Symbols, bool) {
	f := token.Fold(name)
	for i, n := range symbolNames {
		if f == token.Fold(n[0]) || f == token.Fold(n[1]) {
			return 1 << i, true
		}
	}
	return 0, false
}

// SymbolsOf builds a set from symbol names, e.g. interp.Context.Symbols().
// Unknown names are reported in the error.
func SymbolsOf(names ...string) (Symbols, error) {
	var s Symbols
	var bad []string
	for _, n := range names {
		b, ok := LookupSymbol(n)
		if !ok {
			bad = append(bad, n)
			continue
		}
		s |= b
	}
	if bad != nil {
		return s, &UnknownSymbolError{Names: bad}
	}
	return s, nil
}

// UnknownSymbolError lists names that are not preprocessor symbols.
type UnknownSymbolError struct{ Names []string }

func (e *UnknownSymbolError) Error() string {
	return "неизвестные символы препроцессора: " + strings.Join(e.Names, ", ")
}

// String lists the set's Russian names joined with "|".
func (s Symbols) String() string {
	var parts []string
	for i, n := range symbolNames {
		if s&(1<<i) != 0 {
			parts = append(parts, n[0])
		}
	}
	return strings.Join(parts, "|")
}
