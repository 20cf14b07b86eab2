package yaxunit

import (
	"wazzup-unf/mock1c/bsl/interp"
	"wazzup-unf/mock1c/bsl/stdlib"
	"wazzup-unf/mock1c/bsl/value"
)

// Placeholders of the platform layer.
//
// The extension's and the base model's common modules are linked whole, so
// every global name they mention must resolve, although the unit tests run
// only the pure functions. The names below are what those modules use that
// neither the interpreter's library (mock1c/bsl/stdlib) nor this package
// provides: the infobase, metadata, sessions, HTTP, the event log, the
// client UI. Each is registered as an explicit placeholder that compiles and,
// when actually used at run time, raises
//
//	mock1c: <Имя> is not emulated yet (platform layer)
//
// so a pure function that touched one would fail its YAxUnit test as an
// error (Broken) visibly — never fake behaviour. This is the one list;
// TestPlaceholdersRaise and TestPureFunctionsNeverHitPlaceholders keep it
// honest. When the platform layer implements a name, it registers its own
// definition after these (a later definition wins) and the name leaves the
// list.

// PlaceholderFuncs are global-context procedures and functions.
var placeholderFuncs = []string{
	"УстановитьПривилегированныйРежим", "ПривилегированныйРежим", "УстановитьБезопасныйРежим", "БезопасныйРежим",
	"РольДоступна", "ПолучитьТекущийСеансИнформационнойБазы", "ЗаписьЖурналаРегистрации",
	"ПоместитьВоВременноеХранилище", "ПолучитьИзВременногоХранилища", "УдалитьИзВременногоХранилища",
	"ПодключитьОбработчикОжидания", "ОтключитьОбработчикОжидания", "ВыполнитьОбработкуОповещения",
	"Оповестить", "ОповеститьОбИзменении", "ПерейтиПоНавигационнойСсылке", "ЗавершитьРаботуСистемы",
	"ПоказатьОповещениеПользователя", "ПоказатьПредупреждение", "ПоказатьВопрос", "ОткрытьФорму", "ПолучитьФорму",
	"ПредопределенноеЗначение", "ПолучитьНавигационнуюСсылку", "ПолучитьНавигационнуюСсылкуИнформационнойБазы",
	"ПолучитьИнформациюЭкрановКлиента", "ПолучитьСкоростьКлиентскогоСоединения", "ИмяПользователя",
	"ПолноеИмяПользователя", "ПолучитьФункциональнуюОпцию", "ОбновитьПовторноИспользуемыеЗначения",
	"НачатьТранзакцию", "ЗафиксироватьТранзакцию", "ОтменитьТранзакцию", "ТранзакцияАктивна",
	"УстановитьЗаголовокКлиентскогоПриложения", "ПолучитьЗаголовокКлиентскогоПриложения",
	"ОбновитьИнтерфейс", "ПолучитьСообщенияПользователю",
	"ПредставлениеПриложения", "НайтиОкноПоНавигационнойСсылке", "ЗапуститьПриложение",
	"ПолучитьОбщийМакет", "ПолучитьОбщуюФорму", "ЗаблокироватьДанныеДляРедактирования",
	"РазблокироватьДанныеДляРедактирования", "УстановитьМонопольныйРежим", "МонопольныйРежим",
	"ХранилищеОбщихНастроекЗагрузить", "ХранилищеОбщихНастроекСохранить",
	"ПолучитьСтрокуИзДвоичныхДанных", "ПолучитьДвоичныеДанныеИзСтроки",
}

// placeholderProps are global-context properties (managers and the like).
var placeholderProps = []string{
	"Метаданные", "Справочники", "Документы", "Перечисления", "РегистрыСведений", "РегистрыНакопления",
	"ПланыВидовХарактеристик", "Константы", "ПараметрыСеанса", "ПользователиИнформационнойБазы",
	"ФоновыеЗадания", "РегламентныеЗадания", "СостояниеФоновогоЗадания", "КлиентскоеПриложение",
	"ПараметрЗапуска", "БезопасноеХранилищеДанных", "ХранилищеОбщихНастроек", "ХранилищеСистемныхНастроек",
	"ОбработкаОтображенияОшибки", "УровеньЖурналаРегистрации", "ВидСравнения", "КодировкаТекста",
	"ИспользованиеГруппИЭлементов", "ВидДвиженияНакопления", "РежимЗаписиДокумента", "СтатусСообщения",
	"РежимДиалогаВопрос", "КодВозвратаДиалога", "РежимОткрытияОкнаФормы", "ВидГруппыФормы",
	"СтатусОповещенияПользователя", "ИспользованиеByteOrderMark",
	// the managed application module's exported variable: the interpreter does
	// not yet expose an application module's exports as globals
	"ПараметрыПриложения",
}

// placeholderTypes are types only the platform layer can build.
var placeholderTypes = []string{
	"HTTPСоединение", "HTTPЗапрос", "HTTPОтвет", "ЗащищенноеСоединениеOpenSSL", "СертификатыУдостоверяющихЦентровОС",
	"ИнтернетПрокси", "Запрос", "ХранилищеЗначения", "СообщениеПользователю", "ОписаниеОповещения",
	"БлокировкаДанных", "НастройкиСериализацииJSON", "ЗаписьXML", "ЧтениеXML",
	"ДвоичныеДанные", "ТекстовыйДокумент", "ЧтениеТекста", "ЗаписьТекста", "ПостроительЗапроса",
	"СистемнаяИнформация", "СжатиеДанных",
}

// Placeholders returns the names registered as placeholders, by kind.
func Placeholders() (funcs, props, types []string) {
	return append([]string(nil), placeholderFuncs...), append([]string(nil), placeholderProps...),
		append([]string(nil), placeholderTypes...)
}

// PlaceholderError is the text a placeholder raises.
func PlaceholderError(name string) string {
	return "mock1c: " + name + " is not emulated yet (platform layer)"
}

// AddPlaceholders registers the placeholders in w, for every context. Call
// it after AddStdlib and before the platform layer's own definitions: a
// name the library already defines is left alone.
func AddPlaceholders(w *interp.World) {
	have := libraryNames()
	var funcs []value.MethodDef
	for _, n := range placeholderFuncs {
		if have[value.Fold(n)] {
			continue
		}
		msg := PlaceholderError(n)
		funcs = append(funcs, value.MethodDef{Name: value.Name{Ru: n}, MaxArgs: value.Variadic,
			Func: func(env value.Env, _ value.Value, _ []value.Value) (value.Value, error) {
				return nil, hit(env, n, msg)
			}})
	}
	w.AddFuncs(funcs)
	for _, n := range placeholderProps {
		if have[value.Fold(n)] {
			continue
		}
		msg := PlaceholderError(n)
		w.AddProp(interp.GlobalProp{Name: value.Name{Ru: n},
			Get: func(env value.Env) (value.Value, error) { return nil, hit(env, n, msg) }})
	}
	var types []value.TypeDef
	for _, n := range placeholderTypes {
		if have[value.Fold(n)] {
			continue
		}
		msg := PlaceholderError(n)
		types = append(types, value.TypeDef{Name: value.Name{Ru: n}, MaxArgs: value.Variadic,
			New: func(env value.Env, _ []value.Value) (value.Value, error) { return nil, hit(env, n, msg) }})
	}
	w.AddTypes(types)
}

// libraryNames are the folded names the library (stdlib) defines: functions,
// global properties and types. A placeholder never shadows them.
func libraryNames() map[string]bool {
	have := map[string]bool{}
	add := func(n value.Name) {
		for _, s := range []string{n.Ru, n.En} {
			if s != "" {
				have[value.Fold(s)] = true
			}
		}
	}
	for _, d := range stdlib.Functions() {
		add(d.Name)
	}
	for _, t := range stdlib.Types() {
		add(t.Name)
	}
	for _, g := range stdlib.Globals() {
		add(g.Name)
	}
	return have
}

// Shadowed returns the listed placeholders the library now provides (they
// are not registered; the list should drop them).
func Shadowed() []string {
	have := libraryNames()
	var out []string
	for _, list := range [][]string{placeholderFuncs, placeholderProps, placeholderTypes} {
		for _, n := range list {
			if have[value.Fold(n)] {
				out = append(out, n)
			}
		}
	}
	return out
}

// hit records that running code reached a placeholder (also when the code
// catches the exception: Result.Placeholders lists every hit) and returns
// the error to raise.
func hit(env value.Env, name, msg string) error {
	if st, err := stateOf(env); err == nil {
		st.hits = append(st.hits, name)
	}
	return interp.NewError("%s", msg)
}
