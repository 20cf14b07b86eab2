package metadata

import "strings"

// Kind is a metadata object kind by its Designer XML tag ("Catalog").
type Kind string

// The kinds with a typed model. Every other kind found in a dump is read
// structurally (properties, child objects, forms, modules) and counted in
// Configuration.NotModelled.
const (
	KindConfiguration       Kind = "Configuration"
	KindLanguage            Kind = "Language"
	KindSubsystem           Kind = "Subsystem"
	KindCommonPicture       Kind = "CommonPicture"
	KindSessionParameter    Kind = "SessionParameter"
	KindRole                Kind = "Role"
	KindCommonModule        Kind = "CommonModule"
	KindEventSubscription   Kind = "EventSubscription"
	KindScheduledJob        Kind = "ScheduledJob"
	KindDefinedType         Kind = "DefinedType"
	KindCommonCommand       Kind = "CommonCommand"
	KindConstant            Kind = "Constant"
	KindCommonForm          Kind = "CommonForm"
	KindCatalog             Kind = "Catalog"
	KindDocument            Kind = "Document"
	KindEnum                Kind = "Enum"
	KindInformationRegister Kind = "InformationRegister"
	// KindChartOfCharacteristicTypes is modelled for its predefined
	// characteristic kinds (Ext/Predefined.xml) and value types.
	KindChartOfCharacteristicTypes Kind = "ChartOfCharacteristicTypes"
)

// KindInfo describes one kind: its folder in the dump, its Russian name as
// the language spells it (Метаданные.<RuPlural>, Справочник.Имя) and whether
// the emulator models it.
type KindInfo struct {
	Kind     Kind
	Dir      string // folder of the dump: "Catalogs"
	Ru       string // singular in full names: "Справочник"
	RuPlural string // collection of Метаданные: "Справочники"
	Modelled bool
	Order    int // position in the canonical ChildObjects order
}

// kindTable is the canonical ChildObjects order of a root (УНФ 2.18 and ERP
// 2.15 dumps agree; see 1c-designer-format.md §2.1), extended by the kinds of
// newer formats. Immutable after package initialisation.
var kindTable = []KindInfo{
	{Kind: KindLanguage, Dir: "Languages", Ru: "Язык", RuPlural: "Языки", Modelled: true},
	{Kind: KindSubsystem, Dir: "Subsystems", Ru: "Подсистема", RuPlural: "Подсистемы", Modelled: true},
	{Kind: "StyleItem", Dir: "StyleItems", Ru: "ЭлементСтиля", RuPlural: "ЭлементыСтиля"},
	{Kind: "Style", Dir: "Styles", Ru: "Стиль", RuPlural: "Стили"},
	{Kind: KindCommonPicture, Dir: "CommonPictures", Ru: "ОбщаяКартинка", RuPlural: "ОбщиеКартинки", Modelled: true},
	{Kind: "Interface", Dir: "Interfaces", Ru: "Интерфейс", RuPlural: "Интерфейсы"},
	{Kind: KindSessionParameter, Dir: "SessionParameters", Ru: "ПараметрСеанса", RuPlural: "ПараметрыСеанса", Modelled: true},
	{Kind: KindRole, Dir: "Roles", Ru: "Роль", RuPlural: "Роли", Modelled: true},
	{Kind: "CommonTemplate", Dir: "CommonTemplates", Ru: "ОбщийМакет", RuPlural: "ОбщиеМакеты"},
	{Kind: "FilterCriterion", Dir: "FilterCriteria", Ru: "КритерийОтбора", RuPlural: "КритерииОтбора"},
	{Kind: KindCommonModule, Dir: "CommonModules", Ru: "ОбщийМодуль", RuPlural: "ОбщиеМодули", Modelled: true},
	{Kind: "CommonAttribute", Dir: "CommonAttributes", Ru: "ОбщийРеквизит", RuPlural: "ОбщиеРеквизиты"},
	{Kind: "ExchangePlan", Dir: "ExchangePlans", Ru: "ПланОбмена", RuPlural: "ПланыОбмена"},
	{Kind: "XDTOPackage", Dir: "XDTOPackages", Ru: "ПакетXDTO", RuPlural: "ПакетыXDTO"},
	{Kind: "WebService", Dir: "WebServices", Ru: "WebСервис", RuPlural: "WebСервисы"},
	{Kind: "HTTPService", Dir: "HTTPServices", Ru: "HTTPСервис", RuPlural: "HTTPСервисы"},
	{Kind: "WSReference", Dir: "WSReferences", Ru: "WSСсылка", RuPlural: "WSСсылки"},
	{Kind: "WebSocketClient", Dir: "WebSocketClients", Ru: "WebSocketКлиент", RuPlural: "WebSocketКлиенты"},
	{Kind: KindEventSubscription, Dir: "EventSubscriptions", Ru: "ПодпискаНаСобытие", RuPlural: "ПодпискиНаСобытия", Modelled: true},
	{Kind: KindScheduledJob, Dir: "ScheduledJobs", Ru: "РегламентноеЗадание", RuPlural: "РегламентныеЗадания", Modelled: true},
	{Kind: "SettingsStorage", Dir: "SettingsStorages", Ru: "ХранилищеНастроек", RuPlural: "ХранилищаНастроек"},
	{Kind: "FunctionalOption", Dir: "FunctionalOptions", Ru: "ФункциональнаяОпция", RuPlural: "ФункциональныеОпции"},
	{Kind: "FunctionalOptionsParameter", Dir: "FunctionalOptionsParameters", Ru: "ПараметрФункциональныхОпций", RuPlural: "ПараметрыФункциональныхОпций"},
	{Kind: KindDefinedType, Dir: "DefinedTypes", Ru: "ОпределяемыйТип", RuPlural: "ОпределяемыеТипы", Modelled: true},
	{Kind: KindCommonCommand, Dir: "CommonCommands", Ru: "ОбщаяКоманда", RuPlural: "ОбщиеКоманды", Modelled: true},
	{Kind: "CommandGroup", Dir: "CommandGroups", Ru: "ГруппаКоманд", RuPlural: "ГруппыКоманд"},
	{Kind: KindConstant, Dir: "Constants", Ru: "Константа", RuPlural: "Константы", Modelled: true},
	{Kind: KindCommonForm, Dir: "CommonForms", Ru: "ОбщаяФорма", RuPlural: "ОбщиеФормы", Modelled: true},
	{Kind: KindCatalog, Dir: "Catalogs", Ru: "Справочник", RuPlural: "Справочники", Modelled: true},
	{Kind: KindDocument, Dir: "Documents", Ru: "Документ", RuPlural: "Документы", Modelled: true},
	{Kind: "DocumentNumerator", Dir: "DocumentNumerators", Ru: "НумераторДокументов", RuPlural: "НумераторыДокументов"},
	{Kind: "Sequence", Dir: "Sequences", Ru: "Последовательность", RuPlural: "Последовательности"},
	{Kind: "DocumentJournal", Dir: "DocumentJournals", Ru: "ЖурналДокументов", RuPlural: "ЖурналыДокументов"},
	{Kind: KindEnum, Dir: "Enums", Ru: "Перечисление", RuPlural: "Перечисления", Modelled: true},
	{Kind: "Report", Dir: "Reports", Ru: "Отчет", RuPlural: "Отчеты"},
	{Kind: "DataProcessor", Dir: "DataProcessors", Ru: "Обработка", RuPlural: "Обработки"},
	{Kind: KindInformationRegister, Dir: "InformationRegisters", Ru: "РегистрСведений", RuPlural: "РегистрыСведений", Modelled: true},
	{Kind: "AccumulationRegister", Dir: "AccumulationRegisters", Ru: "РегистрНакопления", RuPlural: "РегистрыНакопления"},
	{Kind: KindChartOfCharacteristicTypes, Dir: "ChartsOfCharacteristicTypes", Ru: "ПланВидовХарактеристик", RuPlural: "ПланыВидовХарактеристик", Modelled: true},
	{Kind: "ChartOfAccounts", Dir: "ChartsOfAccounts", Ru: "ПланСчетов", RuPlural: "ПланыСчетов"},
	{Kind: "AccountingRegister", Dir: "AccountingRegisters", Ru: "РегистрБухгалтерии", RuPlural: "РегистрыБухгалтерии"},
	{Kind: "ChartOfCalculationTypes", Dir: "ChartsOfCalculationTypes", Ru: "ПланВидовРасчета", RuPlural: "ПланыВидовРасчета"},
	{Kind: "CalculationRegister", Dir: "CalculationRegisters", Ru: "РегистрРасчета", RuPlural: "РегистрыРасчета"},
	{Kind: "BusinessProcess", Dir: "BusinessProcesses", Ru: "БизнесПроцесс", RuPlural: "БизнесПроцессы"},
	{Kind: "Task", Dir: "Tasks", Ru: "Задача", RuPlural: "Задачи"},
	{Kind: "ExternalDataSource", Dir: "ExternalDataSources", Ru: "ВнешнийИсточникДанных", RuPlural: "ВнешниеИсточникиДанных"},
	{Kind: "IntegrationService", Dir: "IntegrationServices", Ru: "СервисИнтеграции", RuPlural: "СервисыИнтеграции"},
	{Kind: "Bot", Dir: "Bots", Ru: "Бот", RuPlural: "Боты"},
	{Kind: "PaletteColor", Dir: "PaletteColors", Ru: "ЦветПалитры", RuPlural: "ЦветаПалитры"},
}

var kindIndex = func() map[string]*KindInfo {
	m := make(map[string]*KindInfo, 3*len(kindTable))
	for i := range kindTable {
		k := &kindTable[i]
		k.Order = i
		m[Fold(string(k.Kind))] = k
		m[Fold(k.Ru)] = k
	}
	return m
}()

// LookupKind finds a kind by its XML tag or Russian singular name, any case.
// ok is false for a kind this package has never heard of.
func LookupKind(name string) (*KindInfo, bool) {
	k, ok := kindIndex[Fold(name)]
	return k, ok
}

// Info returns the description of a kind; an unknown kind gets a guessed
// folder (tag + "s") and Modelled=false.
func (k Kind) Info() *KindInfo {
	if ki, ok := kindIndex[Fold(string(k))]; ok {
		return ki
	}
	return &KindInfo{Kind: k, Dir: string(k) + "s", Ru: string(k), Order: len(kindTable)}
}

// Kinds returns every known kind in canonical ChildObjects order.
func Kinds() []KindInfo { return append([]KindInfo(nil), kindTable...) }

// refPrefixes maps the generated type families used in `cfg:` type names
// (cfg:CatalogRef.X, cfg:DocumentObject.X, cfg:InformationRegisterRecordSet.X)
// to the kind that generates them. Longest prefix wins.
var refPrefixes = []struct {
	prefix string
	kind   Kind
}{
	{"CatalogTabularSectionRow", KindCatalog}, {"CatalogTabularSection", KindCatalog},
	{"CatalogRef", KindCatalog}, {"CatalogObject", KindCatalog}, {"CatalogSelection", KindCatalog},
	{"CatalogList", KindCatalog}, {"CatalogManager", KindCatalog},
	{"DocumentTabularSectionRow", KindDocument}, {"DocumentTabularSection", KindDocument},
	{"DocumentRef", KindDocument}, {"DocumentObject", KindDocument}, {"DocumentSelection", KindDocument},
	{"DocumentList", KindDocument}, {"DocumentManager", KindDocument},
	{"DocumentJournalSelection", "DocumentJournal"}, {"DocumentJournalList", "DocumentJournal"}, {"DocumentJournalManager", "DocumentJournal"},
	{"EnumRef", KindEnum}, {"EnumList", KindEnum}, {"EnumManager", KindEnum},
	{"ConstantManager", KindConstant}, {"ConstantValueManager", KindConstant}, {"ConstantValueKey", KindConstant},
	{"InformationRegisterRecordSet", KindInformationRegister}, {"InformationRegisterRecordKey", KindInformationRegister},
	{"InformationRegisterRecordManager", KindInformationRegister}, {"InformationRegisterRecord", KindInformationRegister},
	{"InformationRegisterSelection", KindInformationRegister}, {"InformationRegisterList", KindInformationRegister},
	{"InformationRegisterManager", KindInformationRegister},
	{"AccumulationRegisterRecordSet", "AccumulationRegister"}, {"AccumulationRegisterRecordKey", "AccumulationRegister"},
	{"AccumulationRegisterRecord", "AccumulationRegister"}, {"AccumulationRegisterSelection", "AccumulationRegister"},
	{"AccumulationRegisterList", "AccumulationRegister"}, {"AccumulationRegisterManager", "AccumulationRegister"},
	{"ChartOfCharacteristicTypesRef", "ChartOfCharacteristicTypes"}, {"ChartOfCharacteristicTypesObject", "ChartOfCharacteristicTypes"},
	{"ChartOfCharacteristicTypesManager", "ChartOfCharacteristicTypes"}, {"ChartOfCharacteristicTypesList", "ChartOfCharacteristicTypes"},
	{"ChartOfCharacteristicTypesSelection", "ChartOfCharacteristicTypes"}, {"Characteristic", "ChartOfCharacteristicTypes"},
	{"ChartOfAccountsRef", "ChartOfAccounts"}, {"ChartOfAccountsObject", "ChartOfAccounts"},
	{"ChartOfCalculationTypesRef", "ChartOfCalculationTypes"}, {"ChartOfCalculationTypesObject", "ChartOfCalculationTypes"},
	{"ExchangePlanRef", "ExchangePlan"}, {"ExchangePlanObject", "ExchangePlan"}, {"ExchangePlanManager", "ExchangePlan"},
	{"ExchangePlanList", "ExchangePlan"}, {"ExchangePlanSelection", "ExchangePlan"},
	{"BusinessProcessRef", "BusinessProcess"}, {"BusinessProcessObject", "BusinessProcess"},
	{"BusinessProcessRoutePointRef", "BusinessProcess"},
	{"TaskRef", "Task"}, {"TaskObject", "Task"},
	{"DataProcessorObject", "DataProcessor"}, {"DataProcessorManager", "DataProcessor"},
	{"ReportObject", "Report"}, {"ReportManager", "Report"},
	{"DefinedType", KindDefinedType},
	{"AccountingRegisterRecordSet", "AccountingRegister"}, {"CalculationRegisterRecordSet", "CalculationRegister"},
}

// ParseTypeName splits a configuration type name ("cfg:CatalogRef.Контрагенты"
// or "CatalogRef.Контрагенты") into the kind that generates it and the
// object name. ok is false when the name is not a `cfg:` object type
// (xs:string, v8:ValueStorage, cfg:ConstantsSet, cfg:DynamicList, a type
// set "cfg:CatalogRef" without a name, …).
func ParseTypeName(t string) (kind Kind, object string, ok bool) {
	t = strings.TrimPrefix(t, "cfg:")
	family, name, found := strings.Cut(t, ".")
	if !found || name == "" {
		return "", "", false
	}
	if i := strings.IndexByte(name, '.'); i >= 0 { // CatalogTabularSection.X.TS
		name = name[:i]
	}
	for _, p := range refPrefixes {
		if family == p.prefix {
			return p.kind, name, true
		}
	}
	return "", "", false
}
