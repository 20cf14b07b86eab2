package basecfg

import (
	"strings"
	"testing"

	"wazzup-unf/mock1c/metadata"
	"wazzup-unf/mock1c/metadata/check"
	"wazzup-unf/mock1c/metadata/check/bslcheck"
	"wazzup-unf/mock1c/metadata/xmlread"
)

// TestConfigurationRootFacts: facts §0.
func TestConfigurationRootFacts(t *testing.T) {
	cfg := readXML(t, "Configuration.xml").find("Configuration")[0]
	if cfg.Attr["uuid"] != "de29c81d-d880-419b-8f65-cc49813f0e9a" {
		t.Errorf("root uuid %s", cfg.Attr["uuid"])
	}
	p := cfg.find("Properties")[0]
	want := map[string]string{
		"Name":              "УправлениеНебольшойФирмой",
		"Version":           "3.0.8.73",
		"Vendor":            `Фирма "1С"`,
		"CompatibilityMode": "Version8_3_24",
		"ConfigurationExtensionCompatibilityMode": "Version8_3_25",
		"DefaultRunMode":             "ManagedApplication",
		"ScriptVariant":              "Russian",
		"DefaultLanguage":            "Language.Русский",
		"InterfaceCompatibilityMode": "TaxiEnableVersion8_2",
		"ModalityUseMode":            "DontUse",
		"SynchronousPlatformExtensionAndAddInCallUseMode": "Use",
		"DataLockControlMode":                             "Managed",
		"ObjectAutonumerationMode":                        "NotAutoFree",
		"MainClientApplicationWindowMode":                 "Normal",
	}
	for k, v := range want {
		if got := p.child(k); got != v {
			t.Errorf("Configuration.%s = %q, facts say %q", k, got, v)
		}
	}
	for _, k := range []string{"Synonym", "DetailedInformation"} {
		if got := p.find(k, "item", "content"); len(got) != 1 || got[0].Text != "Управление нашей фирмой, редакция 3.0" {
			t.Errorf("Configuration.%s is not «Управление нашей фирмой, редакция 3.0»", k)
		}
	}
	var roles []string
	for _, r := range p.find("DefaultRoles", "Item") {
		roles = append(roles, r.Text)
	}
	if strings.Join(roles, ",") != "Role.ПолныеПрава,Role.АдминистраторСистемы,Role.ИнтерактивноеОткрытиеВнешнихОтчетовИОбработок" {
		t.Errorf("DefaultRoles %v", roles)
	}
	lang := readXML(t, "Languages/Русский.xml").find("Language")[0]
	if lang.Attr["uuid"] != "af1b61ff-d1b9-4053-ad85-8259b6626adc" || lang.find("Properties")[0].child("LanguageCode") != "ru" {
		t.Errorf("Language.Русский: uuid %s", lang.Attr["uuid"])
	}
}

// objectFacts: file → object uuid and Ref TypeId (facts §1–§5; "" = not given).
func objectFacts() []struct{ file, kind, uuid, refTypeID string } {
	return []struct{ file, kind, uuid, refTypeID string }{
		{"Catalogs/Контрагенты.xml", "Catalog", "d31edcfb-c254-4df6-813c-45d97556c9a4", "b692a3bc-f9d8-4bec-836e-67bb38767199"},
		{"Catalogs/Сотрудники.xml", "Catalog", "bf83958f-c4c6-490c-a464-cdc8a40f83f9", "ea907af9-4473-4ae7-978e-c887608b7c2e"},
		{"Catalogs/Пользователи.xml", "Catalog", "fa1ef4b3-fc76-4b08-bb66-d89a7a1b66b1", "a0c73d8d-dbc6-4ea9-ba05-d0ea3681cda2"},
		{"Catalogs/ФизическиеЛица.xml", "Catalog", "e362a3ee-cbd4-427e-ba1c-135d2ac64280", ""},
		{"Catalogs/КонтактныеЛица.xml", "Catalog", "9b49c443-8e43-46e8-9f78-e79366f16edc", "3fe4809e-6b95-4838-a592-f8249f9fe660"},
		{"Catalogs/ВидыКонтактнойИнформации.xml", "Catalog", "782cb93d-36e6-4923-b2b6-75caa3459cd6", "fc1d5c1f-385f-493f-a538-f80a12c7cb6f"},
		{"Catalogs/СостоянияЗаказовПокупателей.xml", "Catalog", "a2b1dc61-98ce-4fe4-ae3d-fabbd7218633", "e1340650-4174-4332-9884-6baf2ae48387"},
		{"Catalogs/СостоянияЗаказНарядов.xml", "Catalog", "7cbaaec6-0d65-405b-ba1b-1100760d9c96", ""},
		{"Documents/ЗаказПокупателя.xml", "Document", "9133d1ee-54e6-4556-8f42-a94010c0b021", "5c4e76c7-223f-48a2-b33f-961a71f830b0"},
		{"Enums/ТипыКонтактнойИнформации.xml", "Enum", "8d080f3c-06ed-48bf-9709-eea73d676741", "4cac66fd-686c-40aa-b891-dd9cf3177bd5"},
		{"Enums/ВариантыЗавершенияЗаказа.xml", "Enum", "ce8f526e-24a8-4970-a119-999098a0ea5b", ""},
		{"Enums/ВидыОперацийЗаказПокупателя.xml", "Enum", "abca0eb3-f5c5-4fdc-9dfb-2984a5e79fb6", ""},
		{"InformationRegisters/СвязиКонтрагентКонтакт.xml", "InformationRegister", "e2861b7a-4d37-4d36-a5b4-2245e8ec61da", ""},
		{"InformationRegisters/НастройкиПользователей.xml", "InformationRegister", "47bbf183-7ae5-4bc0-ab47-5132a5b4109e", ""},
		{"InformationRegisters/СотрудникиПользователя.xml", "InformationRegister", "757dfba3-fc4f-4273-83b6-a8ae50a685e2", ""},
		{"InformationRegisters/БезопасноеХранилищеДанных.xml", "InformationRegister", "f9f021ca-8b3e-4d10-9538-1bce7e851fdd", ""},
		{"ChartsOfCharacteristicTypes/НастройкиПользователей.xml", "ChartOfCharacteristicTypes", "05ab3c5c-d7c8-4157-a85b-bf9a7d170884", "051e71ea-841d-4d3a-b59f-a90e240f5575"},
		{"Constants/ЗаголовокСистемы.xml", "Constant", "a1875d63-4303-46f1-bdea-fc529b5891f3", ""},
	}
}

func TestObjectUUIDsMatchFacts(t *testing.T) {
	for _, f := range objectFacts() {
		o := readXML(t, f.file).find(f.kind)
		if len(o) != 1 {
			t.Errorf("%s: no <%s>", f.file, f.kind)
			continue
		}
		if o[0].Attr["uuid"] != f.uuid {
			t.Errorf("%s: uuid %s, facts say %s", f.file, o[0].Attr["uuid"], f.uuid)
		}
		if f.refTypeID == "" {
			continue
		}
		found := false
		for _, g := range o[0].find("InternalInfo", "GeneratedType") {
			if g.Attr["category"] == "Ref" {
				found = g.child("TypeId") == f.refTypeID
			}
		}
		if !found {
			t.Errorf("%s: Ref TypeId is not %s", f.file, f.refTypeID)
		}
	}
}

// fieldFacts: file → field path (Attribute name, or TabularSection/column,
// or Dimension/Resource name) → uuid and type as written in the dump.
func fieldFacts() []struct{ file, path, uuid, typ string } {
	return []struct{ file, path, uuid, typ string }{
		{"Catalogs/Контрагенты.xml", "ИНН", "578aaecc-aed2-4ef8-88f9-128a6e803783", "xs:string/12"},
		{"Catalogs/Контрагенты.xml", "Ответственный", "4bd3ecda-70e1-4a95-8164-e47939295eac", "cfg:CatalogRef.Сотрудники"},
		{"Catalogs/Контрагенты.xml", "НомерТелефонаДляПоиска", "def7c5d9-841f-49c8-a2ab-a11c7b524370", "xs:string/100"},
		{"Catalogs/Контрагенты.xml", "Недействителен", "adb6110c-e022-4572-88ef-65dd4952fcbe", "xs:boolean"},
		{"Catalogs/Контрагенты.xml", "КонтактнаяИнформация", "7bfdd4f5-ffe7-4ecb-b402-405a8f1c112a", ""},
		{"Catalogs/Контрагенты.xml", "КонтактнаяИнформация/Тип", "0256d9ee-2e46-491e-949b-274e47734717", "cfg:EnumRef.ТипыКонтактнойИнформации"},
		{"Catalogs/Контрагенты.xml", "КонтактнаяИнформация/Вид", "b53e5f38-6df7-47fc-b690-eb2dee6eb3ca", "cfg:CatalogRef.ВидыКонтактнойИнформации"},
		{"Catalogs/Контрагенты.xml", "КонтактнаяИнформация/Представление", "dcd2476a-e93e-4236-a2fd-6b93ca54afa7", "xs:string/500"},
		{"Catalogs/Контрагенты.xml", "КонтактнаяИнформация/НомерТелефона", "d0d18a93-e13f-44d2-8da6-7f696fc3a94f", "xs:string/20"},
		{"Catalogs/Контрагенты.xml", "КонтактнаяИнформация/НомерТелефонаБезКодов", "83288117-e86f-419c-9b90-34e85eff8b10", "xs:string/20"},
		{"Catalogs/Контрагенты.xml", "КонтактнаяИнформация/Значение", "39ac5143-3bca-4b85-8057-40fdbc360b37", "xs:string/0"},
		{"Catalogs/Контрагенты.xml", "КонтактнаяИнформация/ОбратныйНомерТелефона", "30c9fb71-d51c-4765-b5fd-718c50fe5929", "xs:string/10"},
		{"Documents/ЗаказПокупателя.xml", "Контрагент", "1371d910-ad1b-48fe-ae24-803656eb6c75", "cfg:CatalogRef.Контрагенты"},
		{"Documents/ЗаказПокупателя.xml", "Ответственный", "39cd3d5b-31c2-4c40-9842-b206bf4f8df1", "cfg:CatalogRef.Сотрудники"},
		{"Documents/ЗаказПокупателя.xml", "Автор", "481bb258-bbe5-4a53-89fc-2cdbf9bc1ed3", "cfg:CatalogRef.Пользователи"},
		{"Documents/ЗаказПокупателя.xml", "КонтактноеЛицо", "59921b6a-7a85-41a3-8a29-b63f8baf2b28", "xs:string/0"},
		{"Documents/ЗаказПокупателя.xml", "КонтактныйТелефон", "32a16cfb-e789-4ff7-ac7f-903fae83159d", "xs:string/0"},
		{"Documents/ЗаказПокупателя.xml", "Телефон", "3a37c1d6-de59-49ae-b21c-27cac93da31e", "xs:string/16"},
		{"Documents/ЗаказПокупателя.xml", "СостояниеЗаказа", "2e33dd49-eee5-4cf8-b315-72bf4d578b18", "cfg:CatalogRef.СостоянияЗаказовПокупателей|cfg:CatalogRef.СостоянияЗаказНарядов"},
		{"Documents/ЗаказПокупателя.xml", "ВариантЗавершения", "770c91af-6239-4137-b6ae-11ae314e0f36", "cfg:EnumRef.ВариантыЗавершенияЗаказа"},
		{"Documents/ЗаказПокупателя.xml", "СуммаДокумента", "a00cebf6-e888-4884-a539-91933fb5e677", "xs:decimal/15.2"},
		{"Catalogs/Сотрудники.xml", "Физлицо", "41e55510-093e-4af0-b8d4-443d6e0d15ce", "cfg:CatalogRef.ФизическиеЛица"},
		{"Catalogs/Пользователи.xml", "ИдентификаторПользователяИБ", "9c1325af-7492-42be-b3af-51b692534510", "v8:UUID"},
		{"Catalogs/Пользователи.xml", "ФизическоеЛицо", "d7cfc87f-ac09-44aa-91d9-6511c408c5cb", "cfg:DefinedType.ФизическоеЛицо"},
		{"InformationRegisters/СвязиКонтрагентКонтакт.xml", "Контрагент", "e563b4fc-c298-4536-ba17-05e9eec145c6", "cfg:CatalogRef.Контрагенты"},
		{"InformationRegisters/СвязиКонтрагентКонтакт.xml", "Контакт", "9ec600b8-e08b-462b-966e-5a728376cd5a", "cfg:CatalogRef.КонтактныеЛица"},
		{"InformationRegisters/НастройкиПользователей.xml", "Пользователь", "d09cf533-3334-4346-b498-07509ac71ea1", "cfg:CatalogRef.Пользователи"},
		{"InformationRegisters/НастройкиПользователей.xml", "Настройка", "9e753b22-6f13-4ce1-a4d1-4e6f35ed0a62", "cfg:ChartOfCharacteristicTypesRef.НастройкиПользователей"},
		{"InformationRegisters/НастройкиПользователей.xml", "Значение", "f9454b5b-9ad6-4ec0-add9-5f275d43df60", "cfg:Characteristic.НастройкиПользователей"},
	}
}

func TestFieldsMatchFacts(t *testing.T) {
	for _, f := range fieldFacts() {
		root := readXML(t, f.file).Children[0]
		parts := strings.Split(f.path, "/")
		n := findField(root, parts[0], []string{"Attribute", "TabularSection", "Dimension", "Resource"})
		if n != nil && len(parts) == 2 {
			n = findField(n, parts[1], []string{"Attribute"})
		}
		if n == nil {
			t.Errorf("%s: no field %s", f.file, f.path)
			continue
		}
		if n.Attr["uuid"] != f.uuid {
			t.Errorf("%s: %s uuid %s, facts say %s", f.file, f.path, n.Attr["uuid"], f.uuid)
		}
		if f.typ != "" {
			if got := typeString(n.find("Properties", "Type")[0]); got != f.typ {
				t.Errorf("%s: %s type %s, facts say %s", f.file, f.path, got, f.typ)
			}
		}
	}
}

// TestPredefinedFacts: facts §2 (Завершен), §4 (ОсновнойОтветственный), §5.
func TestPredefinedFacts(t *testing.T) {
	cases := []struct{ file, name, id string }{
		{"Catalogs/СостоянияЗаказовПокупателей/Ext/Predefined.xml", "Завершен", "57a46885-fca2-413a-9eef-04222624d869"},
		{"Catalogs/СостоянияЗаказНарядов/Ext/Predefined.xml", "Завершен", "57a46885-fca2-413a-9eef-04222624d869"},
		{"ChartsOfCharacteristicTypes/НастройкиПользователей/Ext/Predefined.xml", "ОсновнойОтветственный", "571302ca-5f38-44e3-bafe-e32e173a421a"},
		{"ChartsOfCharacteristicTypes/НастройкиПользователей/Ext/Predefined.xml", "ОсновнаяОрганизация", "5f173406-6062-4875-997e-ba0e9f72afcb"},
		{"Catalogs/ВидыКонтактнойИнформации/Ext/Predefined.xml", "СправочникКонтрагенты", "847929a8-c98b-4b47-a600-cd8228288356"},
		{"Catalogs/ВидыКонтактнойИнформации/Ext/Predefined.xml", "ТелефонКонтрагента", "f2dd4770-7dee-42c7-85dd-f7ffcce92e6c"},
		{"Catalogs/ВидыКонтактнойИнформации/Ext/Predefined.xml", "EmailКонтрагента", "6fd4c8b4-63cc-4583-9060-5bc8b62c57c3"},
		{"Catalogs/ВидыКонтактнойИнформации/Ext/Predefined.xml", "ТелефонКонтактногоЛица", "a34bf376-230a-4075-9ac0-50545bd30cea"},
	}
	for _, c := range cases {
		var walk func(n *node) *node
		walk = func(n *node) *node {
			if n.Name == "Item" && n.child("Name") == c.name {
				return n
			}
			for _, ch := range n.Children {
				if r := walk(ch); r != nil {
					return r
				}
			}
			return nil
		}
		it := walk(readXML(t, c.file))
		if it == nil {
			t.Errorf("%s: no predefined %s", c.file, c.name)
		} else if it.Attr["id"] != c.id {
			t.Errorf("%s: %s id %s, facts say %s", c.file, c.name, it.Attr["id"], c.id)
		}
	}
	// "Exactly one predefined item, Завершен" (§2).
	if n := len(readXML(t, "Catalogs/СостоянияЗаказовПокупателей/Ext/Predefined.xml").find("Item")); n != 1 {
		t.Errorf("СостоянияЗаказовПокупателей: %d predefined items, facts say exactly one", n)
	}
	// Enum values in order with their ids (§5, §2).
	var values []string
	for _, v := range readXML(t, "Enums/ТипыКонтактнойИнформации.xml").find("Enum", "ChildObjects", "EnumValue") {
		values = append(values, v.find("Properties")[0].child("Name")+"="+v.Attr["uuid"])
	}
	want := "Адрес=57b31a5d-9fdc-43d2-ae81-67157822c4b6,Телефон=d4e2da66-9a70-459f-a873-cb4ad71d17b2,АдресЭлектроннойПочты=a84a91d2-d326-4bf4-82e6-d573ee35d090,Skype=fef27478-ddfd-4ad9-8161-148761f29698,ВебСтраница=39cbda23-db3f-4ddd-8981-8540247406db,Факс=c8a18d99-62ff-45a4-acb5-48e3310c1b53,Другое=a6eb0cb1-80f0-4390-80ff-7af53f8e63c3"
	if strings.Join(values, ",") != want {
		t.Errorf("ТипыКонтактнойИнформации values:\n got %s\nwant %s", strings.Join(values, ","), want)
	}
}

// TestFormsAutofillCommandBar: the object and list forms leave their main
// command bar on Autofill (no <Autofill>false</Autofill>, no fixed buttons),
// so parameterised common commands of an extension appear on them
// (platform-runtime-facts.md §4.1–4.2), and their main attribute is typed.
func TestFormsAutofillCommandBar(t *testing.T) {
	forms := map[string]string{
		"Catalogs/Контрагенты/Forms/ФормаЭлемента/Ext/Form.xml":       "cfg:CatalogObject.Контрагенты",
		"Catalogs/Контрагенты/Forms/ФормаСписка/Ext/Form.xml":         "cfg:DynamicList",
		"Documents/ЗаказПокупателя/Forms/ФормаДокумента/Ext/Form.xml": "cfg:DocumentObject.ЗаказПокупателя",
		"Documents/ЗаказПокупателя/Forms/ФормаСписка/Ext/Form.xml":    "cfg:DynamicList",
	}
	for file, mainType := range forms {
		f := readXML(t, file)
		bars := f.find("AutoCommandBar")
		if len(bars) != 1 || bars[0].Attr["id"] != "-1" {
			t.Errorf("%s: no main AutoCommandBar id=-1", file)
			continue
		}
		if bars[0].child("Autofill") == "false" || len(bars[0].find("ChildItems")) > 0 {
			t.Errorf("%s: main command bar is not auto-filled", file)
		}
		main := ""
		for _, a := range f.find("Attributes", "Attribute") {
			if a.child("MainAttribute") == "true" {
				main = a.find("Type")[0].child("Type")
			}
		}
		if main != mainType {
			t.Errorf("%s: main attribute type %q, want %q", file, main, mainType)
		}
	}
	// The forms are the catalog's and document's defaults, with the real УНФ form UUIDs
	// (1c-designer-format.md §5.1).
	if got := readXML(t, "Catalogs/Контрагенты.xml").find("Catalog", "Properties")[0].child("DefaultObjectForm"); got != "Catalog.Контрагенты.Form.ФормаЭлемента" {
		t.Errorf("Контрагенты DefaultObjectForm %q", got)
	}
	if got := readXML(t, "Catalogs/Контрагенты/Forms/ФормаЭлемента.xml").find("Form")[0].Attr["uuid"]; got != "60ed6a71-d1c5-46b8-afad-f14ec02ee893" {
		t.Errorf("ФормаЭлемента uuid %s", got)
	}
	if got := readXML(t, "Documents/ЗаказПокупателя/Forms/ФормаДокумента.xml").find("Form")[0].Attr["uuid"]; got != "ebb83fc7-27e0-4a96-8ec9-174b79894203" {
		t.Errorf("ФормаДокумента uuid %s", got)
	}
}

// TestOnecCheckClean runs the project's checker (metadata/xmlread +
// metadata/check with the BSL module rules of check/bslcheck, exactly as
// `onec-check check` does) on the base model and requires no errors and no
// warnings.
func TestOnecCheckClean(t *testing.T) {
	dir, err := Dir()
	if err != nil {
		t.Fatal(err)
	}
	res, err := xmlread.Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	problems := append([]*metadata.Problem(nil), res.Problems...)
	if res.Config == nil {
		t.Fatal("no configuration read")
	}
	problems = append(problems, check.Run(res.Config, check.Options{Modules: bslcheck.New()})...)
	for _, p := range metadata.SortProblems(problems) {
		t.Errorf("%v", p)
	}
	if res.Config.IsExtension || res.Config.Version != "2.18" {
		t.Errorf("read as extension=%v version=%s", res.Config.IsExtension, res.Config.Version)
	}
}

func findField(n *node, name string, kinds []string) *node {
	for _, kind := range kinds {
		for _, c := range n.find("ChildObjects", kind) {
			if c.find("Properties")[0].child("Name") == name {
				return c
			}
		}
	}
	return nil
}

// typeString renders a <Type> as "xs:string/12", "xs:decimal/15.2" or
// "cfg:A|cfg:B".
func typeString(t *node) string {
	var parts []string
	for _, c := range t.Children {
		switch c.Name {
		case "Type", "TypeSet":
			parts = append(parts, c.Text)
		}
	}
	s := strings.Join(parts, "|")
	if q := t.find("StringQualifiers"); len(q) > 0 {
		s += "/" + q[0].child("Length")
	}
	if q := t.find("NumberQualifiers"); len(q) > 0 {
		s += "/" + q[0].child("Digits") + "." + q[0].child("FractionDigits")
	}
	return s
}
