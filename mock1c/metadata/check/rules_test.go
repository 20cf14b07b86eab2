package check

import (
	"os"
	"path/filepath"
	"testing"

	"wazzup-unf/mock1c/metadata"
	"wazzup-unf/mock1c/metadata/xmlread"
)

// renameObject renames an object of the fixture: its file, its folder,
// its Name and its ChildObjects entry.
func renameObject(t *testing.T, dir, kindDir, tag, old, new string) {
	t.Helper()
	edit(t, dir, kindDir+"/"+old+".xml", "<Name>"+old+"</Name>", "<Name>"+new+"</Name>")
	must(t, os.Rename(filepath.Join(dir, kindDir, old+".xml"), filepath.Join(dir, kindDir, new+".xml")))
	if _, err := os.Stat(filepath.Join(dir, kindDir, old)); err == nil {
		must(t, os.Rename(filepath.Join(dir, kindDir, old), filepath.Join(dir, kindDir, new)))
	}
	edit(t, dir, "Configuration.xml", "<"+tag+">"+old+"</"+tag+">", "<"+tag+">"+new+"</"+tag+">")
}

func TestDataPathThroughBase(t *testing.T) {
	d := copyDump(t, extDir)
	const form = "CommonForms/ТстОкно/Ext/Form.xml"
	edit(t, d, form, "<v8:Type>cfg:CatalogRef.Контрагенты</v8:Type>\r\n\t\t\t</Type>\r\n\t\t</Attribute>", "<v8:Type>cfg:CatalogObject.Контрагенты</v8:Type>\r\n\t\t\t</Type>\r\n\t\t</Attribute>")
	edit(t, d, form, "<DataPath>Объект</DataPath>", "<DataPath>Объект.ИНН</DataPath>")
	edit(t, d, form, "<DataPath>Страница</DataPath>", "<DataPath>Объект.Description</DataPath>")
	for _, p := range runAll(t, d, baseDir) {
		t.Errorf("%s", p.Error())
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestBrokenDumps: one broken dump per rule, each failing with the expected
// message at the expected position.
func TestBrokenDumps(t *testing.T) {
	const (
		cfg   = "Configuration.xml"
		cnst  = "Constants/ТстАдресСервиса.xml"
		srv   = "CommonModules/ТстСервер.xml"
		subs  = "EventSubscriptions/ТстПриЗаписиКонтрагента.xml"
		job   = "ScheduledJobs/ТстОбмен.xml"
		cmd   = "CommonCommands/ТстОткрыть.xml"
		form  = "CommonForms/ТстОкно/Ext/Form.xml"
		sub   = "Subsystems/ТстРаздел.xml"
		ci    = "Subsystems/ТстРаздел/Ext/CommandInterface.xml"
		right = "Roles/ТстОбщиеПрава/Ext/Rights.xml"
		reg   = "InformationRegisters/ТстЖурнал.xml"
		adMod = "CommonModules/ОбщегоНазначенияКлиентПереопределяемый.xml"
		cat   = "Catalogs/Контрагенты.xml"
	)
	type tc struct {
		name   string
		base   bool // check against the base fixture
		mutate func(t *testing.T, dir string)
		rule   string
		sev    metadata.Severity
		file   string
		marker string // the problem's line is the first line containing marker ("" = any line)
		msg    string
	}
	E, W := metadata.Error, metadata.Warning
	cases := []tc{
		{name: "not well-formed", mutate: func(t *testing.T, d string) {
			edit(t, d, cnst, "<Comment/>", "<Comment>")
		}, rule: xmlread.RuleXML, sev: E, file: cnst, marker: "</Properties>", msg: "is closed by </Properties>"},
		{name: "mixed versions", mutate: func(t *testing.T, d string) {
			edit(t, d, "ScheduledJobs/ТстОбмен/Ext/Schedule.xml", `version="2.16"`, `version="2.18"`)
		}, rule: xmlread.RuleVersion, sev: E, file: "ScheduledJobs/ТстОбмен/Ext/Schedule.xml", marker: "<JobSchedule", msg: "format version 2.18 differs from Configuration.xml's 2.16"},
		{name: "unknown version", mutate: func(t *testing.T, d string) {
			editAll(t, d, `version="2.16"`, `version="2.8"`)
		}, rule: xmlread.RuleVersion, sev: E, file: cfg, marker: "<MetaDataObject", msg: "unknown format version \"2.8\""},
		{name: "missing version", mutate: func(t *testing.T, d string) {
			edit(t, d, right, ` version="2.16"`, ``)
		}, rule: xmlread.RuleVersion, sev: E, file: right, marker: "<Rights", msg: "has no version attribute"},
		{name: "listed object without file", mutate: func(t *testing.T, d string) {
			must(t, os.Remove(filepath.Join(d, cnst)))
		}, rule: xmlread.RuleChildObjects, sev: E, file: cfg, marker: "<Constant>ТстАдресСервиса", msg: "Constants/ТстАдресСервиса.xml does not exist"},
		{name: "file not listed", mutate: func(t *testing.T, d string) {
			edit(t, d, cfg, "<Constant>ТстАдресСервиса</Constant>", "")
		}, rule: xmlread.RuleChildObjects, sev: E, file: cnst, msg: "not listed in Configuration.xml"},
		{name: "name differs from file", mutate: func(t *testing.T, d string) {
			edit(t, d, cnst, "<Name>ТстАдресСервиса</Name>", "<Name>ТстАдрес</Name>")
		}, rule: xmlread.RuleChildObjects, sev: E, file: cnst, marker: "<Name>", msg: `named "ТстАдрес"`},
		{name: "unknown module file", mutate: func(t *testing.T, d string) {
			must(t, os.WriteFile(filepath.Join(d, "CommonModules/ТстСервер/Ext/ObjectModule.bsl"), []byte("\n"), 0o644))
		}, rule: xmlread.RuleChildObjects, sev: E, file: "CommonModules/ТстСервер/Ext/ObjectModule.bsl", msg: "cannot have a module file ObjectModule.bsl"},
		{name: "name is not an identifier", mutate: func(t *testing.T, d string) {
			edit(t, d, reg, "<Name>Текст</Name>", "<Name>1Текст</Name>")
		}, rule: RuleNames, sev: E, file: reg, marker: "<Name>1Текст", msg: `Resource name "1Текст" is not an identifier`},
		{name: "duplicate field name", mutate: func(t *testing.T, d string) {
			edit(t, d, reg, "<Name>Текст</Name>", "<Name>Объект</Name>")
		}, rule: RuleNames, sev: E, file: reg, marker: "<Name>Объект</Name>\r\n\t\t\t\t\t<Synonym/>\r\n\t\t\t\t\t<Comment/>\r\n\t\t\t\t\t<Type>\r\n\t\t\t\t\t\t<v8:Type>cfg", msg: "Dimension Объект: the name is already used"},
		{name: "duplicate uuid", mutate: func(t *testing.T, d string) {
			res, _ := xmlread.Read(d)
			srvID := res.Config.Lookup(metadata.KindCommonModule, "ТстСервер").UUID
			cmdID := res.Config.Lookup(metadata.KindCommonCommand, "ТстОткрыть").UUID
			edit(t, d, cmd, cmdID, srvID)
		}, rule: RuleUUID, sev: E, file: cmd, marker: "<CommonCommand uuid", msg: "is already used at"},
		{name: "malformed uuid", mutate: func(t *testing.T, d string) {
			edit(t, d, cat, "d31edcfb-c254-4df6-813c-45d97556c9a4", "d31edcfb-c254")
		}, rule: RuleUUID, sev: E, file: "Catalogs/Контрагенты.xml", marker: "<ExtendedConfigurationObject>", msg: "not a well-formed uuid"},
		{name: "property newer than the format", mutate: func(t *testing.T, d string) {
			edit(t, d, reg, "<DataHistory>Use</DataHistory>\r\n\t\t\t\t</Properties>\r\n\t\t\t</Dimension>", "<DataHistory>Use</DataHistory>\r\n\t\t\t\t\t<TypeReductionMode>TransformValues</TypeReductionMode>\r\n\t\t\t\t</Properties>\r\n\t\t\t</Dimension>")
		}, rule: RuleProperties, sev: E, file: reg, marker: "<TypeReductionMode>", msg: "TypeReductionMode does not exist in format 2.16 (it appears in 2.18)"},
		{name: "property out of order", mutate: func(t *testing.T, d string) {
			edit(t, d, srv, "\t\t\t<Global>false</Global>\r\n", "")
			edit(t, d, srv, "<ServerCall>false</ServerCall>", "<ServerCall>false</ServerCall>\r\n\t\t\t<Global>false</Global>")
		}, rule: RuleProperties, sev: E, file: srv, marker: "<Global>", msg: "property Global must come before ServerCall"},
		{name: "unknown property", mutate: func(t *testing.T, d string) {
			edit(t, d, srv, "<Privileged>false</Privileged>", "<Privileged>false</Privileged>\r\n\t\t\t<Cached>true</Cached>")
		}, rule: RuleProperties, sev: E, file: srv, marker: "<Cached>", msg: "unknown property Cached"},
		{name: "adopted object with the pre-2.15 order", mutate: func(t *testing.T, d string) {
			edit(t, d, cat, "\t\t\t<ObjectBelonging>Adopted</ObjectBelonging>\r\n", "")
			edit(t, d, cat, "<Comment/>", "<Comment/>\r\n\t\t\t<ObjectBelonging>Adopted</ObjectBelonging>")
		}, rule: RuleProperties, sev: E, file: "Catalogs/Контрагенты.xml", marker: "<ObjectBelonging>", msg: "ObjectBelonging must come before Comment"},
		{name: "unresolved cfg type", mutate: func(t *testing.T, d string) {
			edit(t, d, cmd, "cfg:CatalogRef.Контрагенты", "cfg:CatalogRef.Номенклатура")
		}, rule: RuleTypes, sev: E, file: cmd, marker: "cfg:CatalogRef.Номенклатура", msg: "refers to Catalog.Номенклатура"},
		{name: "unresolved subscription source", mutate: func(t *testing.T, d string) {
			edit(t, d, subs, "cfg:CatalogObject.Контрагенты", "cfg:DocumentObject.ЗаказПокупателя")
		}, rule: RuleTypes, sev: E, file: subs, marker: "cfg:DocumentObject", msg: "must adopt a base object"},
		{name: "subscription on a reference type", mutate: func(t *testing.T, d string) {
			edit(t, d, subs, "cfg:CatalogObject.Контрагенты", "cfg:CatalogRef.Контрагенты")
		}, rule: RuleTypes, sev: E, file: subs, marker: "cfg:CatalogRef", msg: "is a reference type"},
		{name: "unresolved subsystem content", mutate: func(t *testing.T, d string) {
			edit(t, d, sub, "CommonForm.ТстОкно", "CommonForm.ТстНет")
		}, rule: RuleContent, sev: E, file: sub, marker: "CommonForm.ТстНет", msg: "names CommonForm.ТстНет"},
		{name: "unresolved command-interface command", mutate: func(t *testing.T, d string) {
			edit(t, d, ci, `"CommonCommand.ТстОткрыть"`, `"CommonCommand.ТстНет"`)
		}, rule: RuleCmdIface, sev: E, file: ci, marker: "CommonCommand.ТстНет", msg: "names command CommonCommand.ТстНет"},
		{name: "DataPath without attribute", mutate: func(t *testing.T, d string) {
			edit(t, d, form, "<DataPath>Объект</DataPath>", "<DataPath>Контрагент.Код</DataPath>")
		}, rule: RuleForms, sev: E, file: form, marker: "<DataPath>Контрагент", msg: "has no attribute Контрагент"},
		{name: "DataPath to a missing object attribute", base: true, mutate: func(t *testing.T, d string) {
			edit(t, d, form, "<v8:Type>cfg:CatalogRef.Контрагенты</v8:Type>\r\n\t\t\t</Type>\r\n\t\t</Attribute>", "<v8:Type>cfg:CatalogObject.Контрагенты</v8:Type>\r\n\t\t\t</Type>\r\n\t\t</Attribute>")
			edit(t, d, form, "<DataPath>Объект</DataPath>", "<DataPath>Объект.КПП</DataPath>")
		}, rule: RuleForms, sev: E, file: form, marker: "<DataPath>Объект.КПП", msg: "Catalog.Контрагенты has no attribute or tabular section КПП"},
		{name: "duplicate item id", mutate: func(t *testing.T, d string) {
			edit(t, d, form, `<InputField name="Объект" id="4">`, `<InputField name="Объект" id="2">`)
		}, rule: RuleForms, sev: E, file: form, marker: `<InputField name="Объект"`, msg: "item id 2 of Объект is already used"},
		{name: "button without command", mutate: func(t *testing.T, d string) {
			edit(t, d, form, "Form.Command.Обновить", "Form.Command.Закрыть")
		}, rule: RuleForms, sev: E, file: form, marker: "Form.Command.Закрыть", msg: "has no such command"},
		{name: "rights on a missing object", mutate: func(t *testing.T, d string) {
			edit(t, d, right, "<name>Catalog.Контрагенты</name>", "<name>Catalog.Номенклатура</name>")
		}, rule: RuleRights, sev: E, file: right, marker: "Catalog.Номенклатура", msg: "grants rights on Catalog.Номенклатура"},
		{name: "right the kind does not have", mutate: func(t *testing.T, d string) {
			edit(t, d, right, "<name>CommonForm.ТстОкно</name>\r\n\t\t<right>\r\n\t\t\t<name>View</name>", "<name>CommonForm.ТстОкно</name>\r\n\t\t<right>\r\n\t\t\t<name>Edit</name>")
		}, rule: RuleRights, sev: E, file: right, marker: "<name>Edit</name>", msg: "CommonForm.ТстОкно has no right Edit (it has View)"},
		{name: "subscription handler in a client module", mutate: func(t *testing.T, d string) {
			edit(t, d, subs, "CommonModule.ТстСервер.ПриЗаписиКонтрагента", "CommonModule.ОбщегоНазначенияКлиентПереопределяемый.ПриЗаписиКонтрагента")
		}, rule: RuleHandlers, sev: E, file: subs, marker: "<Handler>", msg: "is not a server module"},
		{name: "job method in a missing module", mutate: func(t *testing.T, d string) {
			edit(t, d, job, "CommonModule.ТстСервер.Обмен", "CommonModule.ТстОбмен.Обмен")
		}, rule: RuleHandlers, sev: E, file: job, marker: "<MethodName>", msg: "names common module ТстОбмен"},
		{name: "malformed handler", mutate: func(t *testing.T, d string) {
			edit(t, d, job, "CommonModule.ТстСервер.Обмен", "ТстСервер.Обмен")
		}, rule: RuleHandlers, sev: E, file: job, marker: "<MethodName>", msg: "must have the form CommonModule.<Module>.<Procedure>"},
		{name: "form handlers without module", mutate: func(t *testing.T, d string) {
			must(t, os.Remove(filepath.Join(d, "CommonForms/ТстОкно/Ext/Form/Module.bsl")))
		}, rule: RuleHandlers, sev: E, file: form, marker: `<Event name="OnCreateAtServer">`, msg: "the form has no module"},
		{name: "default role missing", mutate: func(t *testing.T, d string) {
			edit(t, d, cfg, "Role.ТстОбщиеПрава</xr:Item>", "Role.ТстНет</xr:Item>")
		}, rule: RuleRootRefs, sev: E, file: cfg, marker: "Role.ТстНет", msg: "DefaultRoles names Role.ТстНет"},
		{name: "extension without compatibility mode", mutate: func(t *testing.T, d string) {
			edit(t, d, cfg, "<ConfigurationExtensionCompatibilityMode>Version8_3_14</ConfigurationExtensionCompatibilityMode>", "")
		}, rule: RuleCompat, sev: E, file: cfg, marker: "<Configuration uuid", msg: "needs ConfigurationExtensionCompatibilityMode"},
		{name: "own data object in a patch", mutate: func(t *testing.T, d string) {
			edit(t, d, cfg, "<ConfigurationExtensionPurpose>AddOn", "<ConfigurationExtensionPurpose>Patch")
		}, rule: RuleCompat, sev: E, file: cnst, marker: "<Constant uuid", msg: "own data object Constant.ТстАдресСервиса in an extension with ConfigurationExtensionPurpose=Patch"},
		{name: "module name suffix vs flags", mutate: func(t *testing.T, d string) {
			edit(t, d, srv, "<ServerCall>false</ServerCall>", "<ServerCall>true</ServerCall>")
		}, rule: RuleModuleName, sev: W, file: srv, marker: "<Name>", msg: "suffix Сервер means Server=true only"},
		{name: "own object without prefix", mutate: func(t *testing.T, d string) {
			renameObject(t, d, "Constants", "Constant", "ТстАдресСервиса", "АдресСервиса")
		}, rule: RulePrefix, sev: W, file: "Constants/АдресСервиса.xml", marker: "<Name>", msg: "does not start with the extension prefix Тст"},
		// Adoption: these need the base.
		{name: "adopted object missing in base", base: true, mutate: func(t *testing.T, d string) {
			renameObject(t, d, "Catalogs", "Catalog", "Контрагенты", "Номенклатура")
			editAll(t, d, "Контрагенты", "Номенклатура")
		}, rule: metadata.RuleAdoption, sev: E, file: "Catalogs/Номенклатура.xml", marker: "<Catalog uuid", msg: "adopted Catalog.Номенклатура does not exist in the base"},
		{name: "ExtendedConfigurationObject mismatch with mapping by ids", base: true, mutate: func(t *testing.T, d string) {
			edit(t, d, cfg, "<KeepMappingToExtendedConfigurationObjectsByIDs>false", "<KeepMappingToExtendedConfigurationObjectsByIDs>true")
			edit(t, d, "Catalogs/Контрагенты.xml", "d31edcfb-c254-4df6-813c-45d97556c9a4", "d31edcfb-c254-4df6-813c-45d97556c9a5")
		}, rule: metadata.RuleAdoption, sev: E, file: "Catalogs/Контрагенты.xml", marker: "<ExtendedConfigurationObject>", msg: "Значение контролируемого свойства ExtendedConfigurationObject у объекта Catalog.Контрагенты не совпадает"},
		{name: "ExtendedConfigurationObject mismatch with mapping by names", base: true, mutate: func(t *testing.T, d string) {
			edit(t, d, "Catalogs/Контрагенты.xml", "d31edcfb-c254-4df6-813c-45d97556c9a4", "d31edcfb-c254-4df6-813c-45d97556c9a5")
		}, rule: metadata.RuleAdoption, sev: W, file: "Catalogs/Контрагенты.xml", marker: "<ExtendedConfigurationObject>", msg: "is not the base object's uuid"},
		{name: "adopted module flag differs", base: true, mutate: func(t *testing.T, d string) {
			edit(t, d, adMod, "<Server>false</Server>", "<Server>true</Server>")
		}, rule: metadata.RuleAdoption, sev: E, file: adMod, marker: "<Server>", msg: "controlled property Server"},
		{name: "compatibility mode above the base", base: true, mutate: func(t *testing.T, d string) {
			edit(t, d, cfg, "Version8_3_14", "Version8_3_27")
		}, rule: metadata.RuleAdoption, sev: E, file: cfg, marker: "<ConfigurationExtensionCompatibilityMode>", msg: "Режим совместимости расширения конфигурации больше режима совместимости основной конфигурации"},
		{name: "controlled root property differs", base: true, mutate: func(t *testing.T, d string) {
			edit(t, d, cfg, "TaxiEnableVersion8_2", "Taxi")
		}, rule: metadata.RuleAdoption, sev: E, file: cfg, marker: "<InterfaceCompatibilityMode>", msg: "controlled property InterfaceCompatibilityMode"},
		{name: "own object clashes with a base object", base: true, mutate: func(t *testing.T, d string) {
			renameObject(t, d, "CommonModules", "CommonModule", "ТстСервер", "ОбщегоНазначения")
			editAll(t, d, "CommonModule.ТстСервер.", "CommonModule.ОбщегоНазначения.")
		}, rule: metadata.RuleAdoption, sev: E, file: "CommonModules/ОбщегоНазначения.xml", marker: "<CommonModule uuid", msg: "clashes with the base configuration's CommonModule.ОбщегоНазначения"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := copyDump(t, extDir)
			c.mutate(t, d)
			base := ""
			if c.base {
				base = baseDir
			}
			probs := runAll(t, d, base)
			line := 0
			if c.marker != "" {
				line = lineOf(t, d, c.file, c.marker)
			}
			want(t, probs, c.rule, c.sev, c.file, line, c.msg)
		})
	}
}
