package dumpgen

// The base model, object by object. Every real name, type, flag and UUID
// comes from ../../../../../shared/reference/unf-bsp-facts.md (section noted
// per object). Where the facts file gives no UUID (or only a truncated one
// such as "bbfd1e4e-…"), s("…") makes a deterministic synthetic one; README.md
// says so. Objects the facts do not describe but that the described ones
// reference (ДоговорыКонтрагентов, Валюты, …) are modelled as bare catalogs
// so every type reference resolves.

// s is a short alias for a synthetic UUID keyed by a metadata path.
func s(key string) string { return synth(key) }

func attr(owner, name string, t T) Field {
	return Field{Name: name, UUID: s(owner + ".Attribute." + name), Type: t}
}

func rf(name, uuid string, t T) Field { return Field{Name: name, UUID: uuid, Type: t} }

func indexed(f Field) Field       { f.Index = "Index"; return f }
func checked(f Field) Field       { f.FillCheck = true; return f }
func syn(f Field, v string) Field { f.Syn = v; return f }

const (
	refКонтрагенты    = "CatalogRef.Контрагенты"
	refСотрудники     = "CatalogRef.Сотрудники"
	refПользователи   = "CatalogRef.Пользователи"
	refФизЛица        = "CatalogRef.ФизическиеЛица"
	refКонтЛица       = "CatalogRef.КонтактныеЛица"
	refВидыКИ         = "CatalogRef.ВидыКонтактнойИнформации"
	refОрганизации    = "CatalogRef.Организации"
	refТипыКИ         = "EnumRef.ТипыКонтактнойИнформации"
	refСостЗаказов    = "CatalogRef.СостоянияЗаказовПокупателей"
	refСостЗаказНаряд = "CatalogRef.СостоянияЗаказНарядов"
)

// contactInfo builds a КонтактнаяИнформация tabular section. The column set
// differs per owner (facts §1, §3): withDate adds ДействуетС, withReverse adds
// ОбратныйНомерТелефона (Контрагенты only), withListKind adds ВидДляСписка.
func contactInfo(owner, tsUUID string, ids map[string]string, withDate, withReverse, withListKind bool) TabSection {
	key := owner + ".КонтактнаяИнформация"
	col := func(name string, t T) Field {
		id := ids[name]
		if id == "" {
			id = s(key + "." + name)
		}
		return Field{Name: name, UUID: id, Type: t}
	}
	cols := []Field{
		col("Тип", Refs(refТипыКИ)),
		col("Вид", Refs(refВидыКИ)),
		col("Представление", Str(500)),
		col("ЗначенияПолей", Str(0)),
		col("Страна", Str(100)),
		col("Регион", Str(50)),
		col("Город", Str(50)),
		col("АдресЭП", Str(100)),
		col("ДоменноеИмяСервера", Str(100)),
		col("НомерТелефона", Str(20)),
		col("НомерТелефонаБезКодов", Str(20)),
		col("Значение", Str(0)),
	}
	if withDate {
		cols = append(cols, col("ДействуетС", Date()))
	}
	if withReverse {
		cols = append(cols, col("ОбратныйНомерТелефона", Str(10)))
	}
	if withListKind {
		cols = append(cols, col("ВидДляСписка", Refs(refВидыКИ)))
	}
	if tsUUID == "" {
		tsUUID = s(key)
	}
	return TabSection{Name: "КонтактнаяИнформация", UUID: tsUUID, Syn: "Контактная информация", Cols: cols}
}

func additionalAttrs(owner string) TabSection {
	k := owner + ".ДополнительныеРеквизиты"
	return TabSection{Name: "ДополнительныеРеквизиты", UUID: s(k), Cols: []Field{
		{Name: "Свойство", UUID: s(k + ".Свойство"), Type: Str(150)},
		{Name: "Значение", UUID: s(k + ".Значение"), Type: Str(0)},
		{Name: "ТекстоваяСтрока", UUID: s(k + ".ТекстоваяСтрока"), Type: Str(0)},
	}}
}

func simpleTS(owner, name string, cols ...Field) TabSection {
	return TabSection{Name: name, UUID: s(owner + "." + name), Cols: cols}
}

func col(owner, ts, name string, t T) Field {
	return Field{Name: name, UUID: s(owner + "." + ts + "." + name), Type: t}
}

// bareCatalog models a catalog the facts only name as a reference target.
func bareCatalog(name, syn string, codeLen int) Catalog {
	return Catalog{
		Name: name, UUID: s("Catalog." + name), Syn: syn,
		CodeLength: codeLen, DescriptionLength: 100, Autonumbering: codeLen > 0, CheckUniq: codeLen > 0,
	}
}

// Model returns the whole base configuration.
func Model() Config {
	return Config{
		Languages:         []string{"Русский"},
		Subsystems:        subsystems(),
		SessionParameters: []SessionParameter{{Name: "ТекущийПользователь", UUID: s("SessionParameter.ТекущийПользователь"), Syn: "Текущий пользователь", Type: Refs(refПользователи)}},
		Roles:             roles(),
		CommonModules:     commonModules(),
		DefinedTypes: []DefinedType{
			{Name: "ФизическоеЛицо", UUID: s("DefinedType.ФизическоеЛицо"), Syn: "Физическое лицо", Type: Refs(refФизЛица)},
			{Name: "Подразделение", UUID: s("DefinedType.Подразделение"), Syn: "Подразделение", Type: Str(0)},
		},
		Constants: []Constant{
			// facts §6.8: Constants/ЗаголовокСистемы.xml, unlimited string.
			{Name: "ЗаголовокСистемы", UUID: "a1875d63-4303-46f1-bdea-fc529b5891f3", Syn: "Заголовок системы", Type: Str(0)},
		},
		Catalogs:          catalogs(),
		Documents:         []Document{заказПокупателя()},
		Enums:             enums(),
		InfoRegisters:     registers(),
		ChartsOfCharTypes: []ChartOfCharTypes{настройкиПользователей()},
	}
}

func subsystems() []Subsystem {
	// БСП subsystems (facts §6.2, candidates for ПодсистемаСуществует): not in
	// the command interface. CRM / ЗаказыИСчета carry the real УНФ UUIDs
	// (1c-designer-format.md §5.1).
	var bsp []Subsystem
	for _, n := range []string{"БазоваяФункциональность", "Пользователи", "КонтактнаяИнформация", "Свойства",
		"ПодключаемыеКоманды", "РегламентныеЗадания", "УправлениеДоступом", "ПрефиксацияОбъектов"} {
		bsp = append(bsp, Subsystem{Name: n, UUID: s("Subsystem.СтандартныеПодсистемы." + n)})
	}
	bsp[0].Content = []string{
		"CommonModule.ОбщегоНазначения", "CommonModule.ОбщегоНазначенияКлиент", "CommonModule.ОбщегоНазначенияКлиентСервер",
		"CommonModule.ОбщегоНазначенияКлиентПереопределяемый", "CommonModule.ДлительныеОперации", "CommonModule.ДлительныеОперацииКлиент", "CommonModule.ДлительныеОперацииВызовСервера",
		"CommonModule.СтандартныеПодсистемыКлиент", "CommonModule.СтандартныеПодсистемыСервер", "CommonModule.СтандартныеПодсистемыВызовСервера",
		"CommonModule.СтандартныеПодсистемыГлобальный", "CommonModule.СтроковыеФункцииКлиентСервер", "CommonModule.ИнтеграцияПодсистемБСПКлиент",
		"InformationRegister.БезопасноеХранилищеДанных", "Constant.ЗаголовокСистемы",
	}
	bsp[1].Content = []string{"Catalog.Пользователи", "CommonModule.Пользователи", "CommonModule.ПользователиКлиент", "SessionParameter.ТекущийПользователь"}
	bsp[2].Content = []string{"Catalog.ВидыКонтактнойИнформации", "Enum.ТипыКонтактнойИнформации", "CommonModule.УправлениеКонтактнойИнформацией",
		"CommonModule.УправлениеКонтактнойИнформациейКлиентСервер"}
	bsp[7].Content = []string{"CommonModule.ПрефиксацияОбъектовКлиентСервер", "CommonModule.ПрефиксацияОбъектовКлиентСерверПереопределяемый"}
	return []Subsystem{
		{Name: "СтандартныеПодсистемы", UUID: s("Subsystem.СтандартныеПодсистемы"), Syn: "Стандартные подсистемы", Children: bsp},
		{Name: "CRM", UUID: "41f09f7a-579f-4325-a561-d62e9c011485", Syn: "CRM", IncludeInCI: true,
			Content: []string{"Catalog.Контрагенты", "Catalog.КонтактныеЛица"},
			Children: []Subsystem{{Name: "ЗаказыИСчета", UUID: "d7f28f52-f4a2-4f12-aaa0-908569a5024f", Syn: "Заказы и счета", IncludeInCI: true,
				Content: []string{"Document.ЗаказПокупателя"}}}},
	}
}

func roles() []Role {
	// facts §6.1: ПолныеПрава has Read/Update explicitly denied on the safe
	// storage register; only АдминистраторСистемы has them.
	deny := []ObjectRights{{Object: "InformationRegister.БезопасноеХранилищеДанных", Rights: []Right{
		{"Read", false}, {"Update", false}, {"View", false}, {"Edit", false}, {"TotalsControl", false},
	}}}
	return []Role{
		{Name: "ПолныеПрава", UUID: s("Role.ПолныеПрава"), Syn: "Полные права", SetForNewObjects: true, Rights: deny},
		{Name: "АдминистраторСистемы", UUID: s("Role.АдминистраторСистемы"), Syn: "Администратор системы", SetForNewObjects: true},
		{Name: "ИнтерактивноеОткрытиеВнешнихОтчетовИОбработок", UUID: s("Role.ИнтерактивноеОткрытиеВнешнихОтчетовИОбработок"),
			Syn: "Интерактивное открытие внешних отчетов и обработок",
			Rights: []ObjectRights{{Object: "Configuration." + ConfigName, Rights: []Right{
				{"InteractiveOpenExtDataProcessors", true}, {"InteractiveOpenExtReports", true},
			}}}},
	}
}

func commonModules() []CommonModule {
	// Flags: facts §6.0 (Global, ClientMA, Server, ExtConn, ClientOrd, ServerCall, Privileged, Reuse).
	server := func(name, id string) CommonModule {
		return CommonModule{Name: name, UUID: id, Server: true, ExtConn: true, ClientOrd: true}
	}
	client := func(name, id string) CommonModule {
		return CommonModule{Name: name, UUID: id, ClientMA: true, ClientOrd: true}
	}
	clientServer := func(name, id string) CommonModule {
		return CommonModule{Name: name, UUID: id, ClientMA: true, Server: true, ExtConn: true, ClientOrd: true}
	}
	return []CommonModule{
		server("ОбщегоНазначения", "75e77f99-b9d1-4bc0-93aa-c77a93d760d3"),
		client("ОбщегоНазначенияКлиент", "c7da3115-3cee-4282-a2f2-4e0b5558e4fc"),
		clientServer("ОбщегоНазначенияКлиентСервер", "55d1909e-f552-441f-8e14-47d2e604cf6a"),
		client("ОбщегоНазначенияКлиентПереопределяемый", "2976c29f-f482-463d-8f6e-6a632fb50893"),
		server("Пользователи", "0bd85b79-cc32-4c1d-b629-567a1bdfac56"),
		client("ПользователиКлиент", "79c15db6-6066-4fe5-b30e-3196b6ca3d66"),
		server("УправлениеКонтактнойИнформацией", "3f3b592d-ca61-40c7-be1f-e5d3224a1eb3"),
		clientServer("УправлениеКонтактнойИнформациейКлиентСервер", "d94d4931-7c81-4ee8-93ea-b2c54b152fa5"),
		// The УНФ module that fills predefined kinds (facts §5). Not in the facts
		// flags table; uuid, synonym and flags (Server + ExternalConnection only)
		// from the public УНФ 3.0.8.73 dump AlexanderYekat/unf,
		// CommonModules/УправлениеКонтактнойИнформациейУНФ.xml.
		{Name: "УправлениеКонтактнойИнформациейУНФ", UUID: "45e4bb7b-2f2e-48a0-b46c-494a6282c793",
			Syn: "Управление контактной информацией УНФ", Server: true, ExtConn: true},
		server("ДлительныеОперации", "f7608000-1e8a-4ca4-afb7-e04ef547b70a"),
		client("ДлительныеОперацииКлиент", "26cea519-19d0-4707-be0a-1a43fde6e563"),
		// БСП's server-call module the client polls job states through. Not in the
		// facts table; uuid, synonym and flags (Server + ServerCall only) from the
		// public БСП dumps yuripastukhov/beauty and progtb/ptb_ssl (БСП module
		// uuids are the same in every configuration: ОбщегоНазначенияКлиент's
		// c7da3115-… there equals facts §6.0).
		{Name: "ДлительныеОперацииВызовСервера", UUID: "f0a6de82-45ab-4153-bccf-df82fc960aa1",
			Syn: "Длительные операции вызов сервера", Server: true, ServerCall: true},
		client("СтандартныеПодсистемыКлиент", "8170a27d-45e9-48b1-860b-c2d9cc5961cd"),
		server("СтандартныеПодсистемыСервер", "3247e64e-b57e-4c33-8086-7ab93c5b6371"),
		// БСП's server-call module through which the client gets its parameters at
		// start-up. Not in the facts table; uuid, synonym and flags (Server +
		// ServerCall only) from yuripastukhov/beauty and progtb/ptb_ssl.
		{Name: "СтандартныеПодсистемыВызовСервера", UUID: "08dbba81-68fb-49ef-8aac-9631fcfa87c6",
			Syn: "Стандартные подсистемы вызов сервера", Server: true, ServerCall: true},
		{Name: "СтандартныеПодсистемыГлобальный", UUID: "dd7191b6-cbc0-4b0b-a51a-c27a1e1720fa", Global: true, ClientMA: true, ClientOrd: true},
		// The БСП client integration module named by the start-up chain (§7). Not
		// in the facts table; uuid, synonym and flags (client only) from
		// yuripastukhov/beauty and progtb/ptb_ssl.
		{Name: "ИнтеграцияПодсистемБСПКлиент", UUID: "5b105084-c4ba-4ff6-9196-8b3e3a9991e2",
			Syn: "Интеграция стандартных подсистем клиент", ClientMA: true, ClientOrd: true},
		// БСП «Префиксация объектов»: the extension prints order numbers through
		// НомерНаПечать. Not in the facts file; uuids, synonyms and flags (client,
		// server, external connection, ordinary client) from the public БСП dumps
		// yuripastukhov/beauty and mvandrew/MyStudioTasks (the same uuid is the
		// ExtendedConfigurationObject of antonN89/ERP's adopted module).
		{Name: "ПрефиксацияОбъектовКлиентСервер", UUID: "461be12a-9f16-4826-978a-436608ca8733",
			Syn: "Префиксация объектов клиент сервер", ClientMA: true, Server: true, ExtConn: true, ClientOrd: true},
		{Name: "ПрефиксацияОбъектовКлиентСерверПереопределяемый", UUID: "9b143299-d300-4b6c-b667-5552fb3bdcde",
			Syn: "Префиксация объектов клиент сервер переопределяемый", ClientMA: true, Server: true, ExtConn: true, ClientOrd: true},
		clientServer("СтроковыеФункцииКлиентСервер", "e5dca369-dc9a-4332-a509-f734b8787e13"),
		server("СостоянияЗаказов", "2120c77f-be19-495d-8848-03aa0683d87e"),
		// facts §4: Server, ServerCall, DuringSession; nothing else.
		{Name: "УправлениеНебольшойФирмойПовтИсп", UUID: "3ca687e4-9910-4b85-9c9a-d572b7118423", Server: true, ServerCall: true, Reuse: "DuringSession"},
	}
}

func контрагенты() Catalog {
	const o = "Catalog.Контрагенты"
	ci := contactInfo("Контрагенты", "7bfdd4f5-ffe7-4ecb-b402-405a8f1c112a", map[string]string{
		"Тип": "0256d9ee-2e46-491e-949b-274e47734717", "Вид": "b53e5f38-6df7-47fc-b690-eb2dee6eb3ca",
		"Представление": "dcd2476a-e93e-4236-a2fd-6b93ca54afa7", "ЗначенияПолей": "d59d1b80-7147-4bb8-ace4-61a0365415ad",
		"Страна": "5f8a9fa8-8c81-4d72-94e0-b3450394ad2b", "Регион": "04d1bba5-61af-4ee8-9b0b-80b330409831",
		"Город": "be1fc710-004d-4d94-bdab-a12f33272c3a", "АдресЭП": "9239bc00-d29a-4f8f-8299-874f7870bf0f",
		"ДоменноеИмяСервера": "1f324c3e-ae2a-4d59-ac97-5c4b5bd5779c", "НомерТелефона": "d0d18a93-e13f-44d2-8da6-7f696fc3a94f",
		"НомерТелефонаБезКодов": "83288117-e86f-419c-9b90-34e85eff8b10", "Значение": "39ac5143-3bca-4b85-8057-40fdbc360b37",
		"ДействуетС": "5fda0759-07b2-4f66-9433-86f6b50a2a16", "ОбратныйНомерТелефона": "30c9fb71-d51c-4765-b5fd-718c50fe5929",
	}, true, true, false)
	return Catalog{
		Name: "Контрагенты", UUID: "d31edcfb-c254-4df6-813c-45d97556c9a4", Syn: "Контрагенты",
		RefTypeID: "b692a3bc-f9d8-4bec-836e-67bb38767199", RefValueID: "0fd40096-7bec-4145-9be5-5a464e0589ab",
		Hierarchical: true, HierarchyType: "HierarchyFoldersAndItems", LevelCount: 2,
		CodeLength: 9, CodeType: "String", CodeAllowedLength: "Variable", DescriptionLength: 100,
		Autonumbering: true, CheckUniq: true,
		Attrs: []Field{
			syn(rf("НаименованиеПолное", "5a66e61d-1e1f-42eb-84c7-96c67491221a", Str(0)), "Юридическое название"),
			indexed(rf("ИНН", "578aaecc-aed2-4ef8-88f9-128a6e803783", Str(12))),
			indexed(rf("КПП", "854ddbe5-0bf2-4200-99b7-e7f1ddfc9a9f", Str(9))),
			rf("Недействителен", "adb6110c-e022-4572-88ef-65dd4952fcbe", Bool()),
			syn(rf("Ответственный", "4bd3ecda-70e1-4a95-8164-e47939295eac", Refs(refСотрудники)), "Ответственный менеджер"),
			rf("КонтактноеЛицо", "d913c699-9b21-4f70-9e25-e7cd66899b35", Refs(refКонтЛица)),
			rf("КонтактноеЛицоПодписант", "f5e2decb-d5b2-40e1-a443-bf1ab6fa9f87", Refs(refКонтЛица)),
			indexed(rf("НомерТелефонаДляПоиска", "def7c5d9-841f-49c8-a2ab-a11c7b524370", Str(100))),
			indexed(rf("АдресЭПДляПоиска", "59344111-d554-4c2e-9e2c-a40ef1f4dfa5", Str(100))),
			rf("ВидКонтрагента", "6a614d71-f1bf-4633-927f-fd1ab375a540", Refs("EnumRef.ВидыКонтрагентов")),
			rf("ЮридическоеФизическоеЛицо", "56ba8e3c-152e-472e-978c-1c8a27110815", Refs("EnumRef.ЮридическоеФизическоеЛицо")),
			attr(o, "Покупатель", Bool()),
			attr(o, "Поставщик", Bool()),
			attr(o, "ПрочиеОтношения", Bool()),
			rf("ФИО", "f2371825-a31d-415b-8866-8e1c4f108e47", Str(100)),
			rf("ГоловнойКонтрагент", "fd18fe57-8dac-4f41-ba14-ab79115be357", Refs(refКонтрагенты)),
			rf("Комментарий", "4c668625-cb13-4bde-bae0-9759ff1df43c", Str(0)),
			rf("ДатаСоздания", "7abf59d6-06a4-45fa-b1d0-bf469f93bc01", Date()),
			rf("ОсновныеСведения", "94ee9b83-c795-400d-896e-30834d9f55f8", Str(1024)),
			rf("УдалитьНомерТелефона", "09090cc0-bae8-40ea-91d2-de202eb4c698", Str(100)),
		},
		Tabs: []TabSection{
			ci,
			additionalAttrs("Контрагенты"),
			simpleTS(o, "Теги", col(o, "Теги", "Тег", Str(100))),
			simpleTS(o, "ИсторияКПП", col(o, "ИсторияКПП", "Период", Date()), col(o, "ИсторияКПП", "КПП", Str(9))),
			simpleTS(o, "ИсторияНаименований", col(o, "ИсторияНаименований", "Период", Date()), col(o, "ИсторияНаименований", "НаименованиеПолное", Str(0))),
		},
		Forms: []FormDef{
			{Name: "ФормаЭлемента", UUID: "60ed6a71-d1c5-46b8-afad-f14ec02ee893", Syn: "Форма элемента", Kind: "object", Fields: []FormField{
				{"Наименование", "Объект.Description"}, {"Код", "Объект.Code"}, {"НаименованиеПолное", "Объект.НаименованиеПолное"},
				{"ИНН", "Объект.ИНН"}, {"КПП", "Объект.КПП"}, {"Ответственный", "Объект.Ответственный"},
				{"Комментарий", "Объект.Комментарий"},
			}},
			{Name: "ФормаСписка", UUID: s(o + ".Form.ФормаСписка"), Syn: "Форма списка", Kind: "list", Fields: []FormField{
				{"Наименование", "Список.Description"}, {"Код", "Список.Code"}, {"ИНН", "Список.ИНН"}, {"Ответственный", "Список.Ответственный"},
			}},
		},
		DefaultObject: "ФормаЭлемента", DefaultLst: "ФормаСписка",
	}
}

func catalogs() []Catalog {
	const сотр = "Catalog.Сотрудники"
	сотрудники := Catalog{
		Name: "Сотрудники", UUID: "bf83958f-c4c6-490c-a464-cdc8a40f83f9", Syn: "Сотрудники",
		RefTypeID: "ea907af9-4473-4ae7-978e-c887608b7c2e", Hierarchical: true, LevelCount: 2,
		CodeLength: 9, DescriptionLength: 100, Autonumbering: true, CheckUniq: true,
		Attrs: []Field{
			rf("Физлицо", "41e55510-093e-4af0-b8d4-443d6e0d15ce", Refs(refФизЛица)),
			indexed(rf("ФизическоеЛицо", "56db42c8-34e7-466e-a3fe-c7a59ab68efa", Refs(refФизЛица))),
			rf("Недействителен", "ac5f150e-a49b-4a3e-a39b-7870a0b6107d", Bool()),
			indexed(rf("ВАрхиве", "0be23ee7-2744-4238-aae6-8cb1b220c38d", Bool())),
			attr(сотр, "ГоловнаяОрганизация", Refs(refОрганизации)),
			attr(сотр, "ГоловнойСотрудник", Refs(refСотрудники)),
		},
	}
	const польз = "Catalog.Пользователи"
	пользователи := Catalog{
		Name: "Пользователи", UUID: "fa1ef4b3-fc76-4b08-bb66-d89a7a1b66b1", Syn: "Пользователи",
		RefTypeID: "a0c73d8d-dbc6-4ea9-ba05-d0ea3681cda2", CodeLength: 0, DescriptionLength: 100,
		Attrs: []Field{
			indexed(rf("Недействителен", "ae6d0e12-8857-476c-b4b2-f03295cbed3e", Bool())),
			indexed(rf("ФизическоеЛицо", "d7cfc87f-ac09-44aa-91d9-6511c408c5cb", TypeSet("DefinedType.ФизическоеЛицо"))),
			rf("Подразделение", "cc8e3172-491d-45d8-a7eb-fc6c400845cb", TypeSet("DefinedType.Подразделение")),
			rf("Служебный", "bd0e3bd4-1207-41ea-8dfc-afa8f7d08cc2", Bool()),
			rf("Подготовлен", "51d83895-5692-4479-9612-07c790d19dff", Bool()),
			indexed(rf("ИдентификаторПользователяИБ", "9c1325af-7492-42be-b3af-51b692534510", UUIDType())),
			rf("ИдентификаторПользователяСервиса", "dface15c-cd65-4fb1-b4dd-b513086d3f8e", UUIDType()),
			attr(польз, "Комментарий", Str(0)),
			attr(польз, "Фотография", Storage()),
		},
		Tabs: []TabSection{contactInfo("Пользователи", "", nil, false, false, true), additionalAttrs("Пользователи")},
	}
	const фл = "Catalog.ФизическиеЛица"
	физлица := Catalog{
		Name: "ФизическиеЛица", UUID: "e362a3ee-cbd4-427e-ba1c-135d2ac64280", Syn: "Физические лица",
		Hierarchical: true, LevelCount: 2, CodeLength: 10, CodeAllowedLength: "Fixed", DescriptionLength: 100,
		Autonumbering: true, CheckUniq: true,
		Attrs: []Field{
			attr(фл, "ФИО", Str(100)), attr(фл, "Фамилия", Str(50)), attr(фл, "Имя", Str(50)), attr(фл, "Отчество", Str(50)),
			attr(фл, "ИНН", Str(12)), attr(фл, "ДатаРождения", Date()), attr(фл, "Пол", Refs("EnumRef.ПолФизическогоЛица")),
			attr(фл, "Недействителен", Bool()),
		},
		Tabs: []TabSection{contactInfo("ФизическиеЛица", "", nil, false, false, true)},
	}
	const кл = "Catalog.КонтактныеЛица"
	контЛица := Catalog{
		Name: "КонтактныеЛица", UUID: "9b49c443-8e43-46e8-9f78-e79366f16edc", Syn: "Контактные лица",
		RefTypeID: "3fe4809e-6b95-4838-a592-f8249f9fe660", Hierarchical: true, LevelCount: 2,
		CodeLength: 9, DescriptionLength: 100, Autonumbering: true, CheckUniq: true,
		Attrs: []Field{
			attr(кл, "Недействителен", Bool()),
			attr(кл, "Ответственный", Refs(refСотрудники)),
			indexed(attr(кл, "НомерТелефонаДляПоиска", Str(100))),
			attr(кл, "АдресЭПДляПоиска", Str(100)),
			attr(кл, "Комментарий", Str(0)),
			attr(кл, "ДатаРождения", Date()),
			attr(кл, "Пол", Refs("EnumRef.ПолФизическогоЛица")),
			attr(кл, "СписокРолей", Str(1024)),
		},
		Tabs: []TabSection{
			simpleTS(кл, "Роли", col(кл, "Роли", "Роль", Refs("CatalogRef.РолиКонтактныхЛиц"))),
			contactInfo("КонтактныеЛица", "", nil, false, false, false),
			additionalAttrs("КонтактныеЛица"),
			simpleTS(кл, "Теги", col(кл, "Теги", "Тег", Str(100))),
		},
	}
	const вки = "Catalog.ВидыКонтактнойИнформации"
	видыКИ := Catalog{
		Name: "ВидыКонтактнойИнформации", UUID: "782cb93d-36e6-4923-b2b6-75caa3459cd6", Syn: "Виды контактной информации",
		RefTypeID: "fc1d5c1f-385f-493f-a538-f80a12c7cb6f", Hierarchical: true, LimitLevelCount: true, LevelCount: 3,
		CodeLength: 0, DescriptionLength: 150,
		Attrs: []Field{
			attr(вки, "Тип", Refs(refТипыКИ)),
			attr(вки, "ИмяПредопределенногоВида", Str(150)),
			attr(вки, "Используется", Bool()),
			attr(вки, "РазрешитьВводНесколькихЗначений", Bool()),
			attr(вки, "ХранитьИсториюИзменений", Bool()),
			attr(вки, "ТелефонСДобавочнымНомером", Bool()),
			attr(вки, "ВводитьНомерПоМаске", Bool()),
			attr(вки, "МаскаНомераТелефона", Str(100)),
			attr(вки, "РеквизитДопУпорядочивания", Num(5, 0)),
		},
		Predefined: видыКонтактнойИнформацииPredefined(),
	}
	for i := range видыКИ.Attrs {
		видыКИ.Attrs[i].Use = "ForFolderAndItem"
	}
	состояния := func(name, id, refType string) Catalog {
		o := "Catalog." + name
		return Catalog{
			Name: name, UUID: id, Syn: map[string]string{"СостоянияЗаказовПокупателей": "Состояния заказов покупателей", "СостоянияЗаказНарядов": "Состояния заказ-нарядов"}[name],
			RefTypeID: refType, CodeLength: 0, DescriptionLength: 25,
			Attrs: []Field{
				attr(o, "Цвет", Storage()),
				attr(o, "УдалитьСтатусЗаказа", Refs("EnumRef.УдалитьСтатусыЗаказов")),
				attr(o, "УдалитьРеквизитДопУпорядочивания", Num(5, 0)),
			},
			// facts §2: exactly one predefined item, with the same id in both catalogs.
			Predefined: []Predefined{{Name: "Завершен", ID: "57a46885-fca2-413a-9eef-04222624d869", Description: "Завершен"}},
		}
	}
	const вз = "Catalog.ВидыЗаказовПокупателей"
	видыЗаказов := bareCatalog("ВидыЗаказовПокупателей", "Виды заказов покупателей", 0)
	видыЗаказов.Tabs = []TabSection{simpleTS(вз, "ПорядокСостояний", col(вз, "ПорядокСостояний", "Состояние", Refs(refСостЗаказов)))}
	видыЗаказов.Predefined = []Predefined{{Name: "Основной", ID: s(вз + ".Predefined.Основной"), Description: "Основной"}}
	const взн = "Catalog.ВидыЗаказНарядов"
	видыЗаказНарядов := bareCatalog("ВидыЗаказНарядов", "Виды заказ-нарядов", 0)
	видыЗаказНарядов.Tabs = []TabSection{simpleTS(взн, "ПорядокСостояний", col(взн, "ПорядокСостояний", "Состояние", Refs(refСостЗаказНаряд)))}
	видыЗаказНарядов.Predefined = []Predefined{{Name: "Основной", ID: s(взн + ".Predefined.Основной"), Description: "Основной"}}
	организации := bareCatalog("Организации", "Организации", 9)
	организации.Attrs = []Field{attr("Catalog.Организации", "ИНН", Str(12)), attr("Catalog.Организации", "НаименованиеПолное", Str(0))}
	договоры := bareCatalog("ДоговорыКонтрагентов", "Договоры", 9)
	договоры.Attrs = []Field{attr("Catalog.ДоговорыКонтрагентов", "Организация", Refs(refОрганизации))}
	return []Catalog{
		контрагенты(), сотрудники, пользователи, физлица, контЛица, видыКИ,
		состояния("СостоянияЗаказовПокупателей", "a2b1dc61-98ce-4fe4-ae3d-fabbd7218633", "e1340650-4174-4332-9884-6baf2ae48387"),
		состояния("СостоянияЗаказНарядов", "7cbaaec6-0d65-405b-ba1b-1100760d9c96", ""),
		организации,
		договоры,
		видыЗаказов,
		видыЗаказНарядов,
		bareCatalog("ПричиныОтменыЗаказа", "Причины отмены заказов", 0),
		bareCatalog("Валюты", "Валюты", 3),
		bareCatalog("СтруктурныеЕдиницы", "Структурные единицы", 0),
		bareCatalog("РолиКонтактныхЛиц", "Роли контактных лиц", 0),
	}
}

// видыКонтактнойИнформацииPredefined lists the predefined kinds of facts §5.
// Only Name/Description/IsFolder are in Predefined.xml; Тип and the flags are
// written by УправлениеКонтактнойИнформациейУНФ.ОбновитьПредопределенныеВиды.
func видыКонтактнойИнформацииPredefined() []Predefined {
	const k = "Catalog.ВидыКонтактнойИнформации.Predefined."
	item := func(name, id, descr string) Predefined {
		if id == "" {
			id = s(k + name)
		}
		return Predefined{Name: name, ID: id, Description: descr}
	}
	folder := func(name, id, descr string, items ...Predefined) Predefined {
		p := item(name, id, descr)
		p.IsFolder = true
		p.Children = items
		return p
	}
	return []Predefined{
		folder("СправочникКонтрагенты", "847929a8-c98b-4b47-a600-cd8228288356", `Контактная информация справочника "Контрагенты"`,
			item("ТелефонКонтрагента", "f2dd4770-7dee-42c7-85dd-f7ffcce92e6c", "Телефон"),
			item("ФаксКонтрагента", "daba6534-47bf-4efd-8d2c-d5894d86bfcb", "Факс"),
			item("EmailКонтрагента", "6fd4c8b4-63cc-4583-9060-5bc8b62c57c3", "E-mail"),
			item("ЮрАдресКонтрагента", "", "Юр. адрес"),
			item("ФактАдресКонтрагента", "", "Факт. адрес"),
			item("ПочтовыйАдресКонтрагента", "", "Почтовый адрес"),
			item("АдресДоставкиКонтрагента", "", "Доставка"),
			item("ВебСайтКонтрагента", "", "Сайт"),
			item("SkypeКонтрагента", "", "Skype"),
			item("ДругаяИнформацияКонтрагента", "", "Другое"),
		),
		folder("СправочникКонтактныеЛица", "bd986f5a-08c4-4481-ac03-620eafcc1b87", `Контактная информация справочника "Контактные лица"`,
			item("ТелефонКонтактногоЛица", "a34bf376-230a-4075-9ac0-50545bd30cea", "Телефон"),
			item("EmailКонтактногоЛица", "", "E-mail"),
			item("SkypeКонтактногоЛица", "", "Skype"),
			item("МессенджерКонтактногоЛица", "", "Мессенджер"),
			item("СоциальнаяСетьКонтактногоЛица", "", "Социальная сеть"),
		),
		folder("СправочникПользователи", "", `Контактная информация справочника "Пользователи"`,
			item("ТелефонПользователя", "", "Телефон"),
			item("EmailПользователя", "", "E-mail"),
			item("СайтПользователя", "", "Сайт"),
		),
		folder("СправочникФизическиеЛица", "", `Контактная информация справочника "Физические лица"`,
			item("ТелефонМобильныйФизическиеЛица", "", "Мобильный телефон"),
			item("ТелефонРабочийФизическиеЛица", "", "Рабочий телефон"),
			item("ТелефонДомашнийФизическиеЛица", "", "Домашний телефон"),
			item("ТелефонФизЛица", "", "Телефон"),
			item("EmailФизическиеЛица", "", "E-mail"),
		),
		folder("СправочникОрганизации", "", `Контактная информация справочника "Организации"`,
			item("ТелефонОрганизации", "", "Телефон"),
			item("ФаксОрганизации", "", "Факс"),
			item("EmailОрганизации", "", "E-mail"),
		),
	}
}

func заказПокупателя() Document {
	const o = "Document.ЗаказПокупателя"
	sumCol := func(ts string) Field { return col(o, ts, "Всего", NumNonNeg(15, 2)) }
	return Document{
		Name: "ЗаказПокупателя", UUID: "9133d1ee-54e6-4556-8f42-a94010c0b021", Syn: "Заказ покупателя",
		RefTypeID: "5c4e76c7-223f-48a2-b33f-961a71f830b0", RefValueID: "56bff5b0-3cb3-4a0f-8858-e0613f42f676",
		NumberType: "String", NumberLength: 11, NumberPeriodicity: "Year",
		// facts §2 BasedOn lists six sources; only Контрагенты and ДоговорыКонтрагентов are modelled.
		BasedOn: []string{"Catalog.Контрагенты", "Catalog.ДоговорыКонтрагентов"},
		Attrs: []Field{
			checked(syn(rf("Контрагент", "1371d910-ad1b-48fe-ae24-803656eb6c75", Refs(refКонтрагенты)), "Покупатель")),
			checked(rf("Договор", "1864a4fa-3bca-4347-bf6a-82bdf3e87b6f", Refs("CatalogRef.ДоговорыКонтрагентов"))),
			checked(rf("Организация", "ba7dcb3b-b8b9-4d44-ab5f-56f7a228f10d", Refs(refОрганизации))),
			func() Field {
				f := rf("Ответственный", "39cd3d5b-31c2-4c40-9842-b206bf4f8df1", Refs(refСотрудники))
				f.Index = "IndexWithAdditionalOrder"
				return f
			}(),
			rf("Автор", "481bb258-bbe5-4a53-89fc-2cdbf9bc1ed3", Refs(refПользователи)),
			rf("КонтактноеЛицо", "59921b6a-7a85-41a3-8a29-b63f8baf2b28", Str(0)),
			rf("КонтактныйТелефон", "32a16cfb-e789-4ff7-ac7f-903fae83159d", Str(0)),
			rf("ЗапаснойТелефон", "02d27418-e374-45e7-b46b-bfb796564486", Str(0)),
			rf("Телефон", "3a37c1d6-de59-49ae-b21c-27cac93da31e", Str(16)),
			rf("ПочтаПолучателя", "43d0b2bb-1867-4394-9271-4bb9cdb62282", Str(0)),
			rf("КонтактноеЛицоПодписант", "827874fd-5db1-4d45-bdf0-89e668848359", Refs(refКонтЛица)),
			checked(rf("СостояниеЗаказа", "2e33dd49-eee5-4cf8-b315-72bf4d578b18", Refs(refСостЗаказов, refСостЗаказНаряд))),
			rf("ВариантЗавершения", "770c91af-6239-4137-b6ae-11ae314e0f36", Refs("EnumRef.ВариантыЗавершенияЗаказа")),
			rf("ПричинаОтмены", "53635dbc-e103-40e1-9d1c-bcf42439c3ef", Refs("CatalogRef.ПричиныОтменыЗаказа")),
			rf("УдалитьЗакрыт", "ada1e388-c2ad-4804-869a-1e987d8c81de", Bool()),
			checked(rf("ВидОперации", "fd1e7d34-4bc2-4c14-b4a7-bdb058ca9024", Refs("EnumRef.ВидыОперацийЗаказПокупателя"))),
			rf("ВидЗаказа", "3164e35f-3601-42b5-ba0d-68001304ec8b", Refs("CatalogRef.ВидыЗаказовПокупателей", "CatalogRef.ВидыЗаказНарядов")),
			rf("СуммаДокумента", "a00cebf6-e888-4884-a539-91933fb5e677", NumNonNeg(15, 2)),
			checked(rf("ВалютаДокумента", "1ee6def9-9763-4cdc-ac1f-f624375bec09", Refs("CatalogRef.Валюты"))),
			attr(o, "Курс", Num(10, 4)),
			attr(o, "Кратность", Num(10, 0)),
			rf("СуммаВключаетНДС", "41e5d6b6-26d1-4ab7-9cfd-aa6cb67d109c", Bool()),
			rf("ДатаОтгрузки", "e9e03101-b170-4fdc-a01c-996193bbb1ab", Date()),
			rf("ДатаИзменения", "0bdd2a98-18f6-4ee6-b5b5-95741bf6366e", DateTime()),
			rf("Комментарий", "e31f38f0-d57f-4c04-a6ee-5e6e0e60f295", Str(0)),
			attr(o, "СтоимостьДоставки", NumNonNeg(15, 2)),
			attr(o, "СуммаНДСДоставки", NumNonNeg(15, 2)),
		},
		Tabs: []TabSection{
			simpleTS(o, "Запасы", col(o, "Запасы", "Содержание", Str(0)), col(o, "Запасы", "Количество", Num(15, 3)),
				col(o, "Запасы", "Цена", NumNonNeg(15, 2)), sumCol("Запасы")),
			simpleTS(o, "Работы", col(o, "Работы", "Содержание", Str(0)), col(o, "Работы", "Количество", Num(15, 3)),
				col(o, "Работы", "Цена", NumNonNeg(15, 2)), sumCol("Работы")),
			additionalAttrs("ЗаказПокупателя"),
		},
		Forms: []FormDef{
			{Name: "ФормаДокумента", UUID: "ebb83fc7-27e0-4a96-8ec9-174b79894203", Syn: "Форма документа", Kind: "object", Fields: []FormField{
				{"Номер", "Объект.Number"}, {"Дата", "Объект.Date"}, {"Контрагент", "Объект.Контрагент"},
				{"Организация", "Объект.Организация"}, {"СостояниеЗаказа", "Объект.СостояниеЗаказа"},
				{"Ответственный", "Объект.Ответственный"}, {"КонтактноеЛицо", "Объект.КонтактноеЛицо"},
				{"КонтактныйТелефон", "Объект.КонтактныйТелефон"}, {"ЗапаснойТелефон", "Объект.ЗапаснойТелефон"},
				{"СуммаДокумента", "Объект.СуммаДокумента"}, {"Комментарий", "Объект.Комментарий"},
			}},
			{Name: "ФормаСписка", UUID: s(o + ".Form.ФормаСписка"), Syn: "Форма списка", Kind: "list", Fields: []FormField{
				{"Номер", "Список.Number"}, {"Дата", "Список.Date"}, {"Контрагент", "Список.Контрагент"},
				{"СостояниеЗаказа", "Список.СостояниеЗаказа"}, {"СуммаДокумента", "Список.СуммаДокумента"}, {"Ответственный", "Список.Ответственный"},
			}},
		},
		DefaultObject: "ФормаДокумента", DefaultList: "ФормаСписка",
	}
}

func enums() []Enum {
	ev := func(enum, name, id string) EnumValue {
		if id == "" {
			id = s("Enum." + enum + "." + name)
		}
		return EnumValue{Name: name, UUID: id}
	}
	simple := func(name, syn string, values ...string) Enum {
		e := Enum{Name: name, UUID: s("Enum." + name), Syn: syn}
		for _, v := range values {
			e.Values = append(e.Values, ev(name, v, ""))
		}
		return e
	}
	типыКИ := Enum{Name: "ТипыКонтактнойИнформации", UUID: "8d080f3c-06ed-48bf-9709-eea73d676741", Syn: "Типы контактной информации",
		RefTypeID: "4cac66fd-686c-40aa-b891-dd9cf3177bd5", Values: []EnumValue{
			ev("", "Адрес", "57b31a5d-9fdc-43d2-ae81-67157822c4b6"),
			ev("", "Телефон", "d4e2da66-9a70-459f-a873-cb4ad71d17b2"),
			ev("", "АдресЭлектроннойПочты", "a84a91d2-d326-4bf4-82e6-d573ee35d090"),
			ev("", "Skype", "fef27478-ddfd-4ad9-8161-148761f29698"),
			ev("", "ВебСтраница", "39cbda23-db3f-4ddd-8981-8540247406db"),
			ev("", "Факс", "c8a18d99-62ff-45a4-acb5-48e3310c1b53"),
			ev("", "Другое", "a6eb0cb1-80f0-4390-80ff-7af53f8e63c3"),
		}}
	варианты := Enum{Name: "ВариантыЗавершенияЗаказа", UUID: "ce8f526e-24a8-4970-a119-999098a0ea5b", Syn: "Варианты завершения заказа",
		Values: []EnumValue{
			ev("", "Успешно", "19a56428-d722-4ea6-8741-c15b292a2dfe"),
			ev("", "Отменен", "db5f9497-218d-4eea-87ac-175a8763538d"),
		}}
	видыОпераций := simple("ВидыОперацийЗаказПокупателя", "Виды операций заказ покупателя", "ЗаказНаПродажу", "ЗаказНаПереработку", "ЗаказНаряд")
	видыОпераций.UUID = "abca0eb3-f5c5-4fdc-9dfb-2984a5e79fb6"
	return []Enum{
		simple("ВидыКонтрагентов", "Виды контрагентов", "ЮридическоеЛицо", "ИндивидуальныйПредприниматель", "ФизическоеЛицо", "ГосударственныйОрган"),
		simple("ЮридическоеФизическоеЛицо", "Юридическое / физическое лицо", "ЮридическоеЛицо", "ФизическоеЛицо"),
		типыКИ,
		варианты,
		видыОпераций,
		simple("УдалитьСтатусыЗаказов", "(не используется) Статусы заказов", "Открыт", "ВРаботе", "Выполнен"),
		simple("ПолФизическогоЛица", "Пол физического лица", "Мужской", "Женский"),
	}
}

func registers() []InfoRegister {
	dim := func(name, id string, t T, master bool) Field {
		return Field{Name: name, UUID: id, Type: t, Master: master, MainFilter: true}
	}
	res := func(name, id string, t T) Field { return Field{Name: name, UUID: id, Type: t} }
	const бх = "InformationRegister.БезопасноеХранилищеДанных"
	const сп = "InformationRegister.СотрудникиПользователя"
	владелец := dim("Владелец", s(бх+".Владелец"), Or(Str(128), TypeSet("CatalogRef"), TypeSet("ExchangePlanRef")), false)
	владелец.Index = "Index"
	нпПользователь := dim("Пользователь", "d09cf533-3334-4346-b498-07509ac71ea1", Refs(refПользователи), true)
	нпПользователь.FillCheck = true
	return []InfoRegister{
		{Name: "СвязиКонтрагентКонтакт", UUID: "e2861b7a-4d37-4d36-a5b4-2245e8ec61da", Syn: "Связи контрагент-контакт", Periodicity: "Second",
			Dims: []Field{
				dim("Контрагент", "e563b4fc-c298-4536-ba17-05e9eec145c6", Refs(refКонтрагенты), true),
				dim("Контакт", "9ec600b8-e08b-462b-966e-5a728376cd5a", Refs(refКонтЛица), true),
			},
			Res: []Field{
				res("Должность", "dcda5c08-1f15-4f0f-bbb3-3f882525ef9a", Str(150)),
				res("СвязьНедействительна", "11cd3a37-4efe-485c-8c2e-e30f6f3fefb1", Bool()),
				res("Порядок", "0e735dca-dcc4-491b-bf17-70530f862a81", NumNonNeg(5, 0)),
				res("Автор", "fe186bba-2373-41fd-a7ad-32c5bfe9261a", Refs(refПользователи)),
			}},
		{Name: "НастройкиПользователей", UUID: "47bbf183-7ae5-4bc0-ab47-5132a5b4109e", Syn: "Настройки пользователей", Periodicity: "Nonperiodical",
			Dims: []Field{
				нпПользователь,
				dim("Настройка", "9e753b22-6f13-4ce1-a4d1-4e6f35ed0a62", Refs("ChartOfCharacteristicTypesRef.НастройкиПользователей"), true),
				dim("Организация", "aa8dcf29-252a-4c56-8953-d9291311be98", Refs(refОрганизации), false),
			},
			Res: []Field{res("Значение", "f9454b5b-9ad6-4ec0-add9-5f275d43df60", TypeSet("Characteristic.НастройкиПользователей"))}},
		{Name: "СотрудникиПользователя", UUID: "757dfba3-fc4f-4273-83b6-a8ae50a685e2", Syn: "Сотрудники пользователя", Periodicity: "Nonperiodical",
			Dims: []Field{
				dim("Сотрудник", s(сп+".Сотрудник"), Refs(refСотрудники), false),
				dim("Пользователь", s(сп+".Пользователь"), Refs(refПользователи), false),
			}},
		{Name: "БезопасноеХранилищеДанных", UUID: "f9f021ca-8b3e-4d10-9538-1bce7e851fdd", Syn: "Безопасное хранилище данных", Periodicity: "Nonperiodical",
			Dims: []Field{владелец},
			Res:  []Field{res("Данные", s(бх+".Данные"), Storage())}},
	}
}

func настройкиПользователей() ChartOfCharTypes {
	const k = "ChartOfCharacteristicTypes.НастройкиПользователей.Predefined."
	return ChartOfCharTypes{
		Name: "НастройкиПользователей", UUID: "05ab3c5c-d7c8-4157-a85b-bf9a7d170884", Syn: "Настройки пользователей",
		RefTypeID: "051e71ea-841d-4d3a-b59f-a90e240f5575",
		// facts §4: "the value type is a large composite"; we model the part the base uses.
		Type:         Or(Bool(), Str(0), Num(15, 2), Date(), Refs(refСотрудники, refОрганизации, "CatalogRef.СтруктурныеЕдиницы", refКонтрагенты)),
		Hierarchical: true, CodeLength: 5, DescLength: 100,
		Predefined: []Predefined{{
			Name: "ОсновныеЗначенияДляПодстановки", ID: s(k + "ОсновныеЗначенияДляПодстановки"), Code: "00001",
			Description: "Основные значения для подстановки", IsFolder: true,
			Children: []Predefined{
				{Name: "ОсновнаяОрганизация", ID: "5f173406-6062-4875-997e-ba0e9f72afcb", Code: "00002", Description: "Основная организация", Type: Refs(refОрганизации)},
				{Name: "ОсновноеПодразделение", ID: "5c8de5df-4694-4d00-a500-854b606c061e", Code: "00003", Description: "Основное подразделение", Type: Refs("CatalogRef.СтруктурныеЕдиницы")},
				{Name: "ОсновнойСклад", ID: "322f34aa-a990-426c-a285-bf26b3f1c878", Code: "00004", Description: "Основной склад", Type: Refs("CatalogRef.СтруктурныеЕдиницы")},
				{Name: "ОсновнойОтветственный", ID: "571302ca-5f38-44e3-bafe-e32e173a421a", Code: "00005", Description: "Основной ответственный", Type: Refs(refСотрудники)},
			},
		}},
	}
}
