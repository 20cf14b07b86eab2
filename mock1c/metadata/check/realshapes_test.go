package check

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wazzup-unf/mock1c/metadata"
	"wazzup-unf/mock1c/metadata/xmlread"
)

// Regression fixtures for shapes of real Designer output (УНФ 3.0.8, format
// 2.18, and public 1C dumps) that once produced false errors or were not
// read. Every object is our own (names, uuids); only the structure follows
// the platform's output.

const mdHead = "\ufeff<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<MetaDataObject xmlns=\"http://v8.1c.ru/8.3/MDClasses\" xmlns:v8=\"http://v8.1c.ru/8.1/data/core\" xmlns:xr=\"http://v8.1c.ru/8.3/xcf/readable\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" version=\"2.18\">\r\n"

// addObject writes dir/rel and lists the object in Configuration.xml after
// the catalog entry.
func addObject(t *testing.T, dir, tag, name, rel, body string) {
	t.Helper()
	writeFile(t, dir, rel, mdHead+body+"\r\n</MetaDataObject>")
	edit(t, dir, "Configuration.xml", "<Catalog>Контрагенты</Catalog>", "<Catalog>Контрагенты</Catalog>\r\n\t\t\t<"+tag+">"+name+"</"+tag+">")
}

func writeFile(t *testing.T, dir, rel, s string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(rel))
	must(t, os.MkdirAll(filepath.Dir(p), 0o755))
	must(t, os.WriteFile(p, []byte(s), 0o644))
}

func field(tag, uuid, name string) string {
	return `<` + tag + ` uuid="` + uuid + `"><Properties><Name>` + name + `</Name><Synonym/><Comment/></Properties></` + tag + `>`
}

const predefHead = "\ufeff<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<PredefinedData xmlns=\"http://v8.1c.ru/8.3/xcf/predef\" xmlns:v8=\"http://v8.1c.ru/8.1/data/core\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"%s\" version=\"2.18\">\r\n"

// realShapes is the base fixture plus objects shaped like real output.
func realShapes(t *testing.T) string {
	d := copyDump(t, baseDir)
	// A chart of accounts whose AccountingFlag and ExtDimensionAccountingFlag
	// share a name (Валютный, Количественный in real charts).
	addObject(t, d, "ChartOfAccounts", "Учебный", "ChartsOfAccounts/Учебный.xml",
		`<ChartOfAccounts uuid="5a0c7f7e-0001-4c2d-8e9f-000000000001"><Properties><Name>Учебный</Name><Synonym/><Comment/></Properties><ChildObjects>`+
			field("AccountingFlag", "5a0c7f7e-0001-4c2d-8e9f-000000000002", "Валютный")+
			field("ExtDimensionAccountingFlag", "5a0c7f7e-0001-4c2d-8e9f-000000000003", "Валютный")+
			`</ChildObjects></ChartOfAccounts>`)
	// A report whose template content carries its own version attribute.
	addObject(t, d, "Report", "Сводка", "Reports/Сводка.xml",
		`<Report uuid="5a0c7f7e-0002-4c2d-8e9f-000000000001"><Properties><Name>Сводка</Name><Synonym/><Comment/></Properties><ChildObjects><Template>Схема</Template></ChildObjects></Report>`)
	writeFile(t, d, "Reports/Сводка/Templates/Схема.xml", mdHead+`<Template uuid="5a0c7f7e-0002-4c2d-8e9f-000000000002"><Properties><Name>Схема</Name><Synonym/><Comment/><TemplateType>GraphicalSchema</TemplateType></Properties></Template></MetaDataObject>`)
	writeFile(t, d, "Reports/Сводка/Templates/Схема/Ext/Template.xml", "<?xml version=\"1.0\"?>\r\n<Схема version=\"1.0\"><Узел/></Схема>")
	// A chart of characteristic types in the 2.18 property order, with
	// predefined kinds (a folder and a typed child).
	addObject(t, d, "ChartOfCharacteristicTypes", "Параметры", "ChartsOfCharacteristicTypes/Параметры.xml",
		`<ChartOfCharacteristicTypes uuid="5a0c7f7e-0003-4c2d-8e9f-000000000001"><Properties><Name>Параметры</Name><Synonym/><Comment/>`+
			`<UseStandardCommands>false</UseStandardCommands><IncludeHelpInContents>true</IncludeHelpInContents><CharacteristicExtValues/>`+
			`<Type><v8:Type>cfg:CatalogRef.Контрагенты</v8:Type><v8:Type>xs:boolean</v8:Type></Type><Hierarchical>true</Hierarchical>`+
			`<FoldersOnTop>true</FoldersOnTop><CodeLength>5</CodeLength><CodeAllowedLength>Variable</CodeAllowedLength>`+
			`<DescriptionLength>100</DescriptionLength><CodeSeries>WholeCharacteristicKind</CodeSeries><CheckUnique>true</CheckUnique>`+
			`<Autonumbering>true</Autonumbering><DefaultPresentation>AsDescription</DefaultPresentation><Characteristics/>`+
			`<PredefinedDataUpdate>Auto</PredefinedDataUpdate><EditType>InDialog</EditType><QuickChoice>false</QuickChoice>`+
			`<ChoiceMode>BothWays</ChoiceMode><InputByString/><CreateOnInput>DontUse</CreateOnInput>`+
			`<SearchStringModeOnInputByString>Begin</SearchStringModeOnInputByString><ChoiceDataGetModeOnInputByString>Directly</ChoiceDataGetModeOnInputByString>`+
			`<FullTextSearchOnInputByString>DontUse</FullTextSearchOnInputByString><ChoiceHistoryOnInput>Auto</ChoiceHistoryOnInput>`+
			`<DefaultObjectForm/><BasedOn/><DataLockFields/><DataLockControlMode>Managed</DataLockControlMode><FullTextSearch>Use</FullTextSearch>`+
			`<Explanation/><DataHistory>DontUse</DataHistory></Properties><ChildObjects/></ChartOfCharacteristicTypes>`)
	writeFile(t, d, "ChartsOfCharacteristicTypes/Параметры/Ext/Predefined.xml", sprintf(predefHead, "PlanOfCharacteristicKindPredefinedItems")+
		"\t<Item id=\"5a0c7f7e-0003-4c2d-8e9f-000000000002\">\r\n\t\t<Name>Основные</Name>\r\n\t\t<Code>00001</Code>\r\n\t\t<Description>Основные</Description>\r\n\t\t<Type/>\r\n\t\t<IsFolder>true</IsFolder>\r\n\t\t<ChildItems>\r\n"+
		"\t\t\t<Item id=\"5a0c7f7e-0003-4c2d-8e9f-000000000003\">\r\n\t\t\t\t<Name>ОсновнойКонтрагент</Name>\r\n\t\t\t\t<Code>00002</Code>\r\n\t\t\t\t<Description>Основной контрагент</Description>\r\n\t\t\t\t<Type>\r\n\t\t\t\t\t<v8:Type>cfg:CatalogRef.Контрагенты</v8:Type>\r\n\t\t\t\t</Type>\r\n\t\t\t\t<IsFolder>false</IsFolder>\r\n\t\t\t</Item>\r\n"+
		"\t\t</ChildItems>\r\n\t</Item>\r\n</PredefinedData>")
	// Rights on an external data source's table (a sub-object in a file of
	// its own) and on a tabular section's standard attribute.
	addObject(t, d, "Catalog", "Склады", "Catalogs/Склады.xml",
		`<Catalog uuid="5a0c7f7e-0005-4c2d-8e9f-000000000001"><Properties><Name>Склады</Name><Synonym/><Comment/></Properties><ChildObjects>`+
			`<TabularSection uuid="5a0c7f7e-0005-4c2d-8e9f-000000000002"><Properties><Name>Ячейки</Name><Synonym/><Comment/></Properties><ChildObjects>`+
			field("Attribute", "5a0c7f7e-0005-4c2d-8e9f-000000000003", "Код")+`</ChildObjects></TabularSection></ChildObjects></Catalog>`)
	addObject(t, d, "ExternalDataSource", "Учет", "ExternalDataSources/Учет.xml",
		`<ExternalDataSource uuid="5a0c7f7e-0006-4c2d-8e9f-000000000001"><Properties><Name>Учет</Name><Synonym/><Comment/></Properties><ChildObjects><Table>Остатки</Table></ChildObjects></ExternalDataSource>`)
	writeFile(t, d, "ExternalDataSources/Учет/Tables/Остатки.xml", mdHead+`<Table uuid="5a0c7f7e-0006-4c2d-8e9f-000000000002"><Properties><Name>Остатки</Name><Synonym/><Comment/></Properties></Table></MetaDataObject>`)
	addObject(t, d, "Role", "Кладовщик", "Roles/Кладовщик.xml", `<Role uuid="5a0c7f7e-0007-4c2d-8e9f-000000000001"><Properties><Name>Кладовщик</Name><Synonym/><Comment/></Properties></Role>`)
	right := func(name, r string) string {
		return "\t<object>\r\n\t\t<name>" + name + "</name>\r\n\t\t<right>\r\n\t\t\t<name>" + r + "</name>\r\n\t\t\t<value>true</value>\r\n\t\t</right>\r\n\t</object>\r\n"
	}
	writeFile(t, d, "Roles/Кладовщик/Ext/Rights.xml", "\ufeff<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<Rights xmlns=\"http://v8.1c.ru/8.2/roles\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"Rights\" version=\"2.18\">\r\n"+
		"\t<setForNewObjects>false</setForNewObjects>\r\n\t<setForAttributesByDefault>true</setForAttributesByDefault>\r\n\t<independentRightsOfChildObjects>true</independentRightsOfChildObjects>\r\n"+
		right("ExternalDataSource.Учет.Table.Остатки", "Read")+
		right("Catalog.Склады.TabularSection.Ячейки.StandardAttribute.LineNumber", "View")+
		right("Catalog.Склады.TabularSection.Ячейки.Attribute.Код", "View")+"</Rights>")
	// A form of the catalog shows a common attribute (data-area separator).
	addObject(t, d, "CommonAttribute", "ОбластьДанных", "CommonAttributes/ОбластьДанных.xml",
		`<CommonAttribute uuid="5a0c7f7e-0008-4c2d-8e9f-000000000001"><Properties><Name>ОбластьДанных</Name><Synonym/><Comment/></Properties></CommonAttribute>`)
	edit(t, d, "Catalogs/Склады.xml", "</TabularSection></ChildObjects>", "</TabularSection><Form>ФормаЭлемента</Form></ChildObjects>")
	writeFile(t, d, "Catalogs/Склады/Forms/ФормаЭлемента.xml", mdHead+`<Form uuid="5a0c7f7e-0005-4c2d-8e9f-000000000004"><Properties><Name>ФормаЭлемента</Name><Synonym/><Comment/><FormType>Managed</FormType></Properties></Form></MetaDataObject>`)
	writeFile(t, d, "Catalogs/Склады/Forms/ФормаЭлемента/Ext/Form.xml", "\ufeff<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<Form xmlns=\"http://v8.1c.ru/8.3/xcf/logform\" xmlns:v8=\"http://v8.1c.ru/8.1/data/core\" version=\"2.18\">\r\n"+
		`<AutoCommandBar name="ФормаКоманднаяПанель" id="-1"/><ChildItems>`+
		`<InputField name="ОбластьДанных" id="1"><DataPath>Объект.ОбластьДанных</DataPath></InputField>`+
		`<InputField name="Наименование" id="2"><DataPath>Объект.Description</DataPath></InputField>`+
		`<Table name="Ячейки" id="3"><DataPath>Объект.Ячейки</DataPath><ChildItems><InputField name="ЯчейкиКод" id="4"><DataPath>Объект.Ячейки.Код</DataPath></InputField></ChildItems></Table>`+
		`</ChildItems><Attributes><Attribute name="Объект" id="1"><Type><v8:Type>cfg:CatalogObject.Склады</v8:Type></Type><MainAttribute>true</MainAttribute></Attribute></Attributes></Form>`)
	// The catalog's predefined item reuses the id of the chart's item: ids
	// are per table.
	writeFile(t, d, "Catalogs/Контрагенты/Ext/Predefined.xml", sprintf(predefHead, "CatalogPredefinedItems")+
		"\t<Item id=\"5a0c7f7e-0003-4c2d-8e9f-000000000003\">\r\n\t\t<Name>Розница</Name>\r\n\t\t<Code/>\r\n\t\t<Description>Розница</Description>\r\n\t\t<IsFolder>false</IsFolder>\r\n\t</Item>\r\n</PredefinedData>")
	return d
}

func TestRealShapesAreClean(t *testing.T) {
	d := realShapes(t)
	probs := runAll(t, d, "")
	for _, p := range probs {
		t.Errorf("%s", p.Error())
	}
}

func TestPredefinedRules(t *testing.T) {
	const file = "ChartsOfCharacteristicTypes/Параметры/Ext/Predefined.xml"
	t.Run("duplicate name", func(t *testing.T) {
		d := realShapes(t)
		edit(t, d, file, "<Name>ОсновнойКонтрагент</Name>", "<Name>основные</Name>")
		want(t, runAll(t, d, ""), RuleNames, metadata.Error, file, 10, "predefined item основные: the name is already used at "+file+":3")
	})
	t.Run("duplicate id in one object", func(t *testing.T) {
		d := realShapes(t)
		edit(t, d, file, "5a0c7f7e-0003-4c2d-8e9f-000000000003", "5a0c7f7e-0003-4c2d-8e9f-000000000002")
		want(t, runAll(t, d, ""), RuleUUID, metadata.Error, file, 10, "id 5a0c7f7e-0003-4c2d-8e9f-000000000002 is already used")
	})
	t.Run("malformed id", func(t *testing.T) {
		d := realShapes(t)
		edit(t, d, file, "5a0c7f7e-0003-4c2d-8e9f-000000000003", "не-uuid")
		want(t, runAll(t, d, ""), RuleUUID, metadata.Error, file, 10, `id "не-uuid" is not a well-formed uuid`)
	})
	t.Run("bad name", func(t *testing.T) {
		d := realShapes(t)
		edit(t, d, file, "<Name>ОсновнойКонтрагент</Name>", "<Name>1Контрагент</Name>")
		want(t, runAll(t, d, ""), RuleNames, metadata.Error, file, 10, `predefined item name "1Контрагент" is not an identifier`)
	})
	t.Run("attribute and flag still clash", func(t *testing.T) {
		d := realShapes(t)
		edit(t, d, "ChartsOfAccounts/Учебный.xml", "</ChildObjects>", field("Attribute", "5a0c7f7e-0001-4c2d-8e9f-000000000004", "Вид")+field("TabularSection", "5a0c7f7e-0001-4c2d-8e9f-000000000005", "вид")+"</ChildObjects>")
		want(t, runAll(t, d, ""), RuleNames, metadata.Error, "ChartsOfAccounts/Учебный.xml", 0, "TabularSection вид: the name is already used")
	})
	t.Run("data path to a missing field", func(t *testing.T) {
		d := realShapes(t)
		edit(t, d, "Catalogs/Склады/Forms/ФормаЭлемента/Ext/Form.xml", "Объект.ОбластьДанных<", "Объект.ОбластьДанныхВспомогательные<")
		want(t, runAll(t, d, ""), RuleForms, metadata.Error, "Catalogs/Склады/Forms/ФормаЭлемента/Ext/Form.xml", 0, "Catalog.Склады has no attribute or tabular section ОбластьДанныхВспомогательные")
	})
	t.Run("rights on a missing table", func(t *testing.T) {
		d := realShapes(t)
		edit(t, d, "Roles/Кладовщик/Ext/Rights.xml", "Table.Остатки", "Table.Обороты")
		want(t, runAll(t, d, ""), RuleRights, metadata.Error, "Roles/Кладовщик/Ext/Rights.xml", 7, "grants rights on ExternalDataSource.Учет.Table.Обороты, which does not exist")
	})
	t.Run("template root of the dump format still versioned", func(t *testing.T) {
		d := realShapes(t)
		edit(t, d, "Reports/Сводка/Templates/Схема.xml", `version="2.18"`, `version="2.17"`)
		want(t, runAll(t, d, ""), "format-version", metadata.Error, "Reports/Сводка/Templates/Схема.xml", 2, "format version 2.17 differs")
	})
}

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

// TestOnCloseBefore838: ПриЗакрытии(ЗавершениеРаботы) and the four-parameter
// ПередЗакрытием came with 8.3.8; forms of configurations in an older
// compatibility mode declare ПриЗакрытии() without parameters, which the
// platform accepts there.
func TestOnCloseBefore838(t *testing.T) {
	const form = "CommonForms/ТстОкно/Ext/Form.xml"
	setup := func(t *testing.T, mode string) []*metadata.Problem {
		d := copyDump(t, extDir)
		edit(t, d, form, `<Event name="OnCreateAtServer">ПриСозданииНаСервере</Event>`,
			`<Event name="OnCreateAtServer">ПриСозданииНаСервере</Event><Event name="OnClose">ПриЗакрытии</Event><Event name="BeforeClose">ПередЗакрытием</Event>`)
		edit(t, d, "Configuration.xml", "Version8_3_14</ConfigurationExtensionCompatibilityMode>", mode+"</ConfigurationExtensionCompatibilityMode>")
		fa := validProcs()
		key := "ext/CommonForms/ТстОкно/Ext/Form/Module.bsl"
		fa[key] = append(fa[key], &Proc{Name: "ПриЗакрытии", Directive: "НаКлиенте"},
			&Proc{Name: "ПередЗакрытием", Directive: "НаКлиенте", Params: 2, Required: 2})
		res, err := xmlread.Read(d)
		if err != nil {
			t.Fatal(err)
		}
		return Run(res.Config, Options{Modules: pathAnalyzer(fa), Base: read(t, baseDir)})
	}
	probs := setup(t, "Version8_3_14")
	want(t, probs, RuleHandlers, metadata.Error, "CommonForms/ТстОкно/Ext/Form/Module.bsl", 0, "handler ПриЗакрытии of form event OnClose takes 0 parameters (0 required); the platform passes 1 (ЗавершениеРаботы)")
	want(t, probs, RuleHandlers, metadata.Error, "CommonForms/ТстОкно/Ext/Form/Module.bsl", 0, "handler ПередЗакрытием of form event BeforeClose takes 2 parameters")
	for _, p := range setup(t, "Version8_3_6") {
		t.Errorf("compatibility 8.3.6: %s", p.Error())
	}
}

// pathAnalyzer is fakeAnalyzer for an extension copied to a temporary
// directory: its modules are looked up as "ext/<path>", the base fixture's
// as fakeAnalyzer does.
type pathAnalyzer map[string][]*Proc

func (f pathAnalyzer) Analyze(m *metadata.Module, src []byte) (*ModuleInfo, []*metadata.Problem) {
	key, fixture := strings.CutPrefix(filepath.ToSlash(m.AbsPath()), "../testdata/")
	if !fixture {
		key = "ext/" + m.Path
	}
	info, probs := fakeAnalyzer(f).Analyze(metadata.NewModule(m.Kind, "../testdata", key, m.Owner), src)
	for _, p := range info.Procs {
		p.Pos.File = m.Path
	}
	return info, probs
}

// TestSubscriptionThroughDefinedType: БСП subscribes through defined types
// (<v8:TypeSet>cfg:DefinedType.ВерсионируемыеДанныеОбъект</v8:TypeSet>);
// the handler's arguments are judged by the types the defined type stands
// for: a record set's OnWrite passes (Источник, Отказ, Замещение).
func TestSubscriptionThroughDefinedType(t *testing.T) {
	const subs = "EventSubscriptions/ТстПриЗаписиКонтрагента.xml"
	run := func(t *testing.T, params int) []*metadata.Problem {
		d := copyDump(t, extDir)
		writeFile(t, d, "DefinedTypes/ТстЖурналы.xml", strings.Replace(mdHead, `version="2.18"`, `version="2.16"`, 1)+
			`<DefinedType uuid="5a0c7f7e-0004-4c2d-8e9f-000000000001"><Properties><ObjectBelonging>Own</ObjectBelonging><Name>ТстЖурналы</Name><Synonym/><Comment/>`+
			`<Type><v8:Type>cfg:InformationRegisterRecordSet.ТстЖурнал</v8:Type></Type></Properties></DefinedType></MetaDataObject>`)
		edit(t, d, "Configuration.xml", "<InformationRegister>ТстЖурнал</InformationRegister>", "<DefinedType>ТстЖурналы</DefinedType>\r\n\t\t\t<InformationRegister>ТстЖурнал</InformationRegister>")
		edit(t, d, subs, "<v8:Type>cfg:CatalogObject.Контрагенты</v8:Type>", "<v8:TypeSet>cfg:DefinedType.ТстЖурналы</v8:TypeSet>")
		fa := validProcs()
		fa["ext/CommonModules/ТстСервер/Ext/Module.bsl"][0].Params, fa["ext/CommonModules/ТстСервер/Ext/Module.bsl"][0].Required = params, params
		res, err := xmlread.Read(d)
		if err != nil {
			t.Fatal(err)
		}
		return append(res.Problems, Run(res.Config, Options{Modules: pathAnalyzer(fa), Base: read(t, baseDir)})...)
	}
	for _, p := range run(t, 3) {
		t.Errorf("three parameters: %s", p.Error())
	}
	want(t, run(t, 2), RuleHandlers, metadata.Error, "CommonModules/ТстСервер/Ext/Module.bsl", 0,
		"for OnWrite on cfg:InformationRegisterRecordSet.ТстЖурнал the platform passes 3 (Источник, Отказ, Замещение)")
}
