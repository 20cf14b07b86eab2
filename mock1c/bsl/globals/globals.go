package globals

import "strings"

// Where is a set of execution contexts.
type Where uint16

// Execution contexts (the order of interp.Context, as bits).
const (
	Server Where = 1 << iota
	ThinClient
	WebClient
	ThickClientManaged
	ThickClientOrdinary
	ExternalConnection
	MobileClient
	MobileAppClient
	MobileAppServer
	MobileStandaloneServer
)

// Context groups used by the tables.
const (
	// Client: every client application ("Тонкий клиент, веб-клиент,
	// толстый клиент, мобильный клиент, мобильное приложение (клиент)").
	Client = ThinClient | WebClient | ThickClientManaged | ThickClientOrdinary | MobileClient | MobileAppClient
	// ServerSide: where the syntax assistant says "Сервер, толстый клиент,
	// внешнее соединение, мобильное приложение (сервер)": the thick client
	// works with the database directly, the thin and web clients do not.
	ServerSide = Server | ThickClientManaged | ThickClientOrdinary | ExternalConnection | MobileAppServer | MobileStandaloneServer
	// Everywhere: every context.
	Everywhere = Client | ServerSide
)

// Method is one global-context method. Ru or En may be empty where the
// source did not pair the spellings (see the package comment).
type Method struct {
	Ru, En string
	In     Where
}

// Methods returns every global-context method, restricted ones with their
// contexts, the rest available everywhere. The slice is new on every call.
func Methods() []Method {
	restricted := restrictedMethods()
	seen := map[string]bool{}
	out := make([]Method, 0, len(restricted)+1000)
	for _, m := range restricted {
		seen[strings.ToLower(m.Ru)] = true
		seen[strings.ToLower(m.En)] = true
		out = append(out, m)
	}
	for _, list := range []string{namesRu, namesEn} {
		ru := list == namesRu
		for _, n := range strings.Fields(list) {
			if seen[strings.ToLower(n)] {
				continue
			}
			seen[strings.ToLower(n)] = true
			if ru {
				out = append(out, Method{Ru: n, In: Everywhere})
			} else {
				out = append(out, Method{En: n, In: Everywhere})
			}
		}
	}
	return out
}

// Index returns the methods by lower-case name (both spellings) with their
// contexts; build it once.
func Index() map[string]Where {
	idx := map[string]Where{}
	for _, m := range Methods() {
		for _, n := range []string{m.Ru, m.En} {
			if n != "" {
				idx[strings.ToLower(n)] |= m.In
			}
		}
	}
	return idx
}
