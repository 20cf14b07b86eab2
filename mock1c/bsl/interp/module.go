package interp

import "wazzup-unf/mock1c/bsl/value"

// ModuleKind says what a module belongs to; it decides what the module may
// contain (common modules have no variables and no body) and how its
// procedures' compile directives are read.
type ModuleKind int

const (
	CommonModule       ModuleKind = iota // ОбщийМодуль.X.Модуль
	FormModule                           // ОбщаяФорма.X.Форма, Справочник.X.Форма.Y.Форма
	ObjectModule                         // Справочник.X.МодульОбъекта, Обработка.X.МодульОбъекта
	ManagerModule                        // Справочник.X.МодульМенеджера
	RecordSetModule                      // РегистрСведений.X.МодульНабораЗаписей
	CommandModule                        // ОбщаяКоманда.X.МодульКоманды
	ApplicationModule                    // МодульУправляемогоПриложения, МодульОбычногоПриложения
	SessionModule                        // МодульСеанса
	ExternalConnModule                   // МодульВнешнегоСоединения
)

// ModuleFlags are a common module's properties from its metadata (Designer
// XML: Server, ClientManagedApplication, ClientOrdinaryApplication,
// ExternalConnection, ServerCall, Global, Privileged). They are ignored for
// other kinds of module.
type ModuleFlags struct {
	Server             bool
	ClientManaged      bool // ClientManagedApplication
	ClientOrdinary     bool // ClientOrdinaryApplication
	ExternalConnection bool
	ServerCall         bool
	Global             bool
	Privileged         bool
}

// ModuleSpec is a module as the platform layer registers it.
type ModuleSpec struct {
	// Name is the platform's full module name, used in ИнформацияОбОшибке
	// and error texts: "ОбщийМодуль.WazzupAPI.Модуль".
	Name string
	// Ident is how other code refers to a common module ("WazzupAPI");
	// empty for modules that are not reachable by name.
	Ident string
	// File is where the source came from, for file:line:col messages.
	File   string
	Source []byte
	Kind   ModuleKind
	Flags  ModuleFlags
	// Extension is the name of the configuration extension the module
	// belongs to ("Wazzup"), empty for the configuration's own modules. An
	// extension module registered under the same Name as a configuration
	// module adopts it: its unannotated procedures are added to the module,
	// and &Перед/&После/&Вместо/&ИзменениеИКонтроль("Имя") intercept the
	// configuration's procedure. Stacks print it as the platform does:
	// "{Wazzup ОбщийМодуль.X.Модуль(12)}".
	Extension string
	// ContextNames are the names that resolve to properties of the module's
	// context object (a form's attributes, Элементы, Объект; an object's
	// attributes and ЭтотОбъект). The session supplies the object with
	// SetModuleContext. Names are matched case-insensitively.
	ContextNames []string
}

// hostModule is a common module written in Go (tests' Утв, platform
// facsimiles). Its methods are host functions.
type hostModule struct {
	ident   string
	name    string
	flags   ModuleFlags
	methods map[string]*value.MethodDef // folded name → method
}

// availableIn reports whether a common module is compiled in the context.
func (f ModuleFlags) availableIn(c Context) bool {
	switch {
	case c.IsServer():
		return f.Server
	case c == ExternalConnection:
		return f.ExternalConnection
	case c == ThickClientOrdinary:
		return f.ClientOrdinary
	case c.IsClient():
		return f.ClientManaged
	}
	return false
}

// callableFrom reports whether code in context c may call the module: a
// module available in c, or a server-call module from a client.
func (f ModuleFlags) callableFrom(c Context) bool {
	if f.availableIn(c) {
		return true
	}
	return c.IsClient() && f.Server && f.ServerCall
}
