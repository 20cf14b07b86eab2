package basecfg

import (
	"io/fs"
	"strings"
	"testing"
)

// The tables below are typed from shared/reference/unf-bsp-facts.md (section
// in each comment), independently of the generator's tables in
// internal/dumpgen, and compared with what the dump actually says.

// moduleFlags: facts §6.0 (and §4 for УправлениеНебольшойФирмойПовтИсп).
// Columns: uuid, Global, ClientManagedApplication, Server, ExternalConnection,
// ClientOrdinaryApplication, ServerCall, Privileged, ReturnValuesReuse.
func moduleFlagsFacts() map[string][9]string {
	return map[string][9]string{
		"ОбщегоНазначения":                            {"75e77f99-b9d1-4bc0-93aa-c77a93d760d3", "false", "false", "true", "true", "true", "false", "false", "DontUse"},
		"ОбщегоНазначенияКлиент":                      {"c7da3115-3cee-4282-a2f2-4e0b5558e4fc", "false", "true", "false", "false", "true", "false", "false", "DontUse"},
		"ОбщегоНазначенияКлиентСервер":                {"55d1909e-f552-441f-8e14-47d2e604cf6a", "false", "true", "true", "true", "true", "false", "false", "DontUse"},
		"ОбщегоНазначенияКлиентПереопределяемый":      {"2976c29f-f482-463d-8f6e-6a632fb50893", "false", "true", "false", "false", "true", "false", "false", "DontUse"},
		"Пользователи":                                {"0bd85b79-cc32-4c1d-b629-567a1bdfac56", "false", "false", "true", "true", "true", "false", "false", "DontUse"},
		"ПользователиКлиент":                          {"79c15db6-6066-4fe5-b30e-3196b6ca3d66", "false", "true", "false", "false", "true", "false", "false", "DontUse"},
		"УправлениеКонтактнойИнформацией":             {"3f3b592d-ca61-40c7-be1f-e5d3224a1eb3", "false", "false", "true", "true", "true", "false", "false", "DontUse"},
		"УправлениеКонтактнойИнформациейКлиентСервер": {"d94d4931-7c81-4ee8-93ea-b2c54b152fa5", "false", "true", "true", "true", "true", "false", "false", "DontUse"},
		"ДлительныеОперации":                          {"f7608000-1e8a-4ca4-afb7-e04ef547b70a", "false", "false", "true", "true", "true", "false", "false", "DontUse"},
		"ДлительныеОперацииКлиент":                    {"26cea519-19d0-4707-be0a-1a43fde6e563", "false", "true", "false", "false", "true", "false", "false", "DontUse"},
		"СтандартныеПодсистемыКлиент":                 {"8170a27d-45e9-48b1-860b-c2d9cc5961cd", "false", "true", "false", "false", "true", "false", "false", "DontUse"},
		"СтандартныеПодсистемыСервер":                 {"3247e64e-b57e-4c33-8086-7ab93c5b6371", "false", "false", "true", "true", "true", "false", "false", "DontUse"},
		"СтандартныеПодсистемыГлобальный":             {"dd7191b6-cbc0-4b0b-a51a-c27a1e1720fa", "true", "true", "false", "false", "true", "false", "false", "DontUse"},
		"СтроковыеФункцииКлиентСервер":                {"e5dca369-dc9a-4332-a509-f734b8787e13", "false", "true", "true", "true", "true", "false", "false", "DontUse"},
		"СостоянияЗаказов":                            {"2120c77f-be19-495d-8848-03aa0683d87e", "false", "false", "true", "true", "true", "false", "false", "DontUse"},
		"УправлениеНебольшойФирмойПовтИсп":            {"3ca687e4-9910-4b85-9c9a-d572b7118423", "false", "false", "true", "false", "false", "true", "false", "DuringSession"},
		// Not in the facts file; read from public dumps (README "Sources of facts").
		// УНФ 3.0.8.73 dump AlexanderYekat/unf, CommonModules/<Name>.xml:
		"УправлениеКонтактнойИнформациейУНФ": {"45e4bb7b-2f2e-48a0-b46c-494a6282c793", "false", "false", "true", "true", "false", "false", "false", "DontUse"},
		// БСП dumps yuripastukhov/beauty (src/CommonModules) and progtb/ptb_ssl:
		"СтандартныеПодсистемыВызовСервера": {"08dbba81-68fb-49ef-8aac-9631fcfa87c6", "false", "false", "true", "false", "false", "true", "false", "DontUse"},
		"ДлительныеОперацииВызовСервера":    {"f0a6de82-45ab-4153-bccf-df82fc960aa1", "false", "false", "true", "false", "false", "true", "false", "DontUse"},
		"ИнтеграцияПодсистемБСПКлиент":      {"5b105084-c4ba-4ff6-9196-8b3e3a9991e2", "false", "true", "false", "false", "true", "false", "false", "DontUse"},
		// БСП dumps yuripastukhov/beauty and mvandrew/MyStudioTasks:
		"ПрефиксацияОбъектовКлиентСервер":                 {"461be12a-9f16-4826-978a-436608ca8733", "false", "true", "true", "true", "true", "false", "false", "DontUse"},
		"ПрефиксацияОбъектовКлиентСерверПереопределяемый": {"9b143299-d300-4b6c-b667-5552fb3bdcde", "false", "true", "true", "true", "true", "false", "false", "DontUse"},
	}
}

// TestEveryCommonModuleHasSourcedFlags: a common module added to the dump
// must get a row in moduleFlagsFacts (with its source), so no module's flags
// are invented.
func TestEveryCommonModuleHasSourcedFlags(t *testing.T) {
	facts := moduleFlagsFacts()
	for _, c := range readXML(t, "Configuration.xml").find("Configuration", "ChildObjects", "CommonModule") {
		if _, ok := facts[c.Text]; !ok {
			t.Errorf("CommonModule.%s has no row in moduleFlagsFacts: look its flags up and cite the source", c.Text)
		}
	}
}

func TestCommonModuleFlagsMatchFacts(t *testing.T) {
	props := []string{"Global", "ClientManagedApplication", "Server", "ExternalConnection", "ClientOrdinaryApplication", "ServerCall", "Privileged", "ReturnValuesReuse"}
	for name, want := range moduleFlagsFacts() {
		cm := readXML(t, "CommonModules/"+name+".xml").find("CommonModule")[0]
		if cm.Attr["uuid"] != want[0] {
			t.Errorf("CommonModule.%s: uuid %s, facts say %s", name, cm.Attr["uuid"], want[0])
		}
		p := cm.find("Properties")[0]
		if got := p.child("Name"); got != name {
			t.Errorf("CommonModules/%s.xml: Name %q", name, got)
		}
		for i, prop := range props {
			if got := p.child(prop); got != want[i+1] {
				t.Errorf("CommonModule.%s: %s = %q, facts say %q", name, prop, got, want[i+1])
			}
		}
	}
}

// signatureFacts: module file → headers the facts give (§4, §6.1–§6.8, §7,
// and 1c-designer-format.md §6.5 for the ОбщегоНазначенияКлиент helpers).
// A "-" suffix on the path marks headers that must NOT be exported.
func signatureFacts() map[string][]string {
	return map[string][]string{
		"CommonModules/ОбщегоНазначения/Ext/Module.bsl": {
			`Процедура ЗаписатьДанныеВБезопасноеХранилище(Владелец, Данные, Ключ = "Пароль") Экспорт`,
			`Функция ПрочитатьДанныеИзБезопасногоХранилища(Владелец, Ключи = "Пароль", ОбщиеДанные = Неопределено) Экспорт`,
			`Процедура УдалитьДанныеИзБезопасногоХранилища(Владелец, Ключи = Неопределено) Экспорт`,
			`Функция ЗначениеРеквизитаОбъекта(Ссылка, ИмяРеквизита, ВыбратьРазрешенные = Ложь, Знач КодЯзыка = Неопределено) Экспорт`,
			`Функция ЗначенияРеквизитовОбъекта(Ссылка, Знач Реквизиты, ВыбратьРазрешенные = Ложь, Знач КодЯзыка = Неопределено) Экспорт`,
			`Процедура СообщитьПользователю(Знач ТекстСообщенияПользователю, Знач КлючДанных = Неопределено, Знач Поле = "", Знач ПутьКДанным = "", Отказ = Ложь) Экспорт`,
			`Процедура ПриНачалеВыполненияРегламентногоЗадания(РегламентноеЗадание = Неопределено) Экспорт`,
			`Функция ПодсистемаСуществует(ПолноеИмяПодсистемы) Экспорт`,
			`Функция ОбщийМодуль(Имя) Экспорт`,
		},
		"CommonModules/ОбщегоНазначенияКлиент/Ext/Module.bsl": {
			`Процедура СообщитьПользователю(Знач ТекстСообщенияПользователю, Знач КлючДанных = Неопределено, Знач Поле = "", Знач ПутьКДанным = "", Отказ = Ложь) Экспорт`,
			`Процедура ОповеститьОбИзмененииОбъекта(Источник, Знач ДополнительныеПараметры = Неопределено) Экспорт`,
			`Процедура ОткрытьНавигационнуюСсылку(НавигационнаяСсылка, Знач Оповещение = Неопределено) Экспорт`,
		},
		"CommonModules/ОбщегоНазначенияКлиентСервер/Ext/Module.bsl": {
			`Функция СравнитьВерсии(Знач СтрокаВерсии1, Знач СтрокаВерсии2) Экспорт`,
		},
		"CommonModules/СтроковыеФункцииКлиентСервер/Ext/Module.bsl": {
			`Функция ПодставитьПараметрыВСтроку(Знач ШаблонСтроки, Знач Параметр1, Знач Параметр2 = Неопределено, Знач Параметр3 = Неопределено, Знач Параметр4 = Неопределено, Знач Параметр5 = Неопределено, Знач Параметр6 = Неопределено, Знач Параметр7 = Неопределено, Знач Параметр8 = Неопределено, Знач Параметр9 = Неопределено) Экспорт`,
			`Функция СтрокаСЧисломДляЛюбогоЯзыка(Шаблон, Число, Вид = Неопределено, ФорматнаяСтрока = "ЧН=0;") Экспорт`,
		},
		"CommonModules/Пользователи/Ext/Module.bsl": {
			`Функция АвторизованныйПользователь() Экспорт`,
			`Функция ТекущийПользователь() Экспорт`,
			`Функция ЭтоПолноправныйПользователь(Пользователь = Неопределено, ПроверятьПраваАдминистрированияСистемы = Ложь, УчитыватьПривилегированныйРежим = Истина) Экспорт`,
		},
		"CommonModules/ПользователиКлиент/Ext/Module.bsl": {
			`Функция ТекущийПользователь() Экспорт`,
			`Функция АвторизованныйПользователь() Экспорт`,
			`Функция ЭтоСеансВнешнегоПользователя() Экспорт`,
			`Функция ЭтоПолноправныйПользователь(ПроверятьПраваАдминистрированияСистемы = Ложь) Экспорт`,
		},
		"CommonModules/УправлениеКонтактнойИнформацией/Ext/Module.bsl": {
			`Функция КонтактнаяИнформацияОбъектов(СсылкиИлиОбъекты, Знач ТипыКонтактнойИнформации = Неопределено, Знач ВидыКонтактнойИнформации = Неопределено, Дата = Неопределено) Экспорт`,
			`Функция КонтактнаяИнформацияОбъекта(СсылкаИлиОбъект, ВидИлиТипКонтактнойИнформации = Неопределено, Дата = Неопределено, ТолькоПредставление = Истина) Экспорт`,
			// Not in the facts file: БСП 3.1.7 dump NikolayNosakin/1c_ssl_3.1.7,
			// src/CommonModules/УправлениеКонтактнойИнформацией/Ext/Module.bsl.
			`Процедура ДобавитьКонтактнуюИнформацию(СсылкаИлиОбъект, ЗначениеИлиПредставление, ВидКонтактнойИнформации, Дата = Неопределено, Замещать = Истина) Экспорт`,
		},
		"CommonModules/УправлениеКонтактнойИнформациейКлиентСервер/Ext/Module.bsl": {
			`Функция ОписаниеНовойКонтактнойИнформации(Тип) Экспорт`,
		},
		"CommonModules/ДлительныеОперации/Ext/Module.bsl": {
			`Функция ПараметрыВыполненияФункции(Знач ИдентификаторФормы) Экспорт`,
			`Функция ПараметрыВыполненияПроцедуры() Экспорт`,
			`Функция ВыполнитьФункцию(Знач ПараметрыВыполнения, ИмяФункции, Знач Параметр1 = Неопределено, Знач Параметр2 = Неопределено, Знач Параметр3 = Неопределено, Знач Параметр4 = Неопределено, Знач Параметр5 = Неопределено, Знач Параметр6 = Неопределено, Знач Параметр7 = Неопределено) Экспорт`,
			`Функция ВыполнитьПроцедуру(Знач ПараметрыВыполнения = Неопределено, ИмяПроцедуры, Знач Параметр1 = Неопределено, Знач Параметр2 = Неопределено, Знач Параметр3 = Неопределено, Знач Параметр4 = Неопределено, Знач Параметр5 = Неопределено, Знач Параметр6 = Неопределено, Знач Параметр7 = Неопределено) Экспорт`,
			`Процедура СообщитьПрогресс(Знач Процент = Неопределено, Знач Текст = Неопределено, Знач ДополнительныеПараметры = Неопределено) Экспорт`,
		},
		"CommonModules/ДлительныеОперацииКлиент/Ext/Module.bsl": {
			`Функция ПараметрыОжидания(ФормаВладелец) Экспорт`,
			`Процедура ОжидатьЗавершение(Знач ДлительнаяОперация, Знач ОповещениеОЗавершении = Неопределено, Знач ПараметрыОжидания = Неопределено) Экспорт`,
		},
		"CommonModules/СтандартныеПодсистемыКлиент/Ext/Module.bsl": {
			`Процедура УстановитьРасширенныйЗаголовокПриложения(ПриЗапуске = Ложь) Экспорт`,
		},
		"CommonModules/ОбщегоНазначенияКлиентПереопределяемый/Ext/Module.bsl": {
			`Процедура ПередНачаломРаботыСистемы(Параметры) Экспорт`,
			`Процедура ПриНачалеРаботыСистемы(Параметры) Экспорт`,
			`Процедура ПослеНачалаРаботыСистемы() Экспорт`,
			`Процедура ПриУстановкеЗаголовкаКлиентскогоПриложения(ЗаголовокПриложения, ПриЗапуске) Экспорт`,
			`Процедура ПередЗавершениемРаботыСистемы(Отказ, Предупреждения) Экспорт`,
			`Процедура ПриОбработкеПараметровЗапуска(ПараметрыЗапуска, Отказ) Экспорт`,
			`Процедура ПередПериодическойОтправкойДанныхКлиентаНаСервер(Параметры) Экспорт`,
			`Процедура ПослеПериодическогоПолученияДанныхКлиентаНаСервере(Результаты) Экспорт`,
		},
		"CommonModules/УправлениеНебольшойФирмойПовтИсп/Ext/Module.bsl": {
			`Функция ПолучитьЗначениеПоУмолчаниюПользователя(Пользователь, Настройка, ПустоеЗначение = Неопределено) Экспорт`,
		},
		// Not in the facts file: БСП «Префиксация объектов», headers as in the
		// public БСП dumps BizIntel/unf_bit_dev and klimenko-1c/SSL
		// (CommonModules/ПрефиксацияОбъектовКлиентСервер*/Ext/Module.bsl).
		"CommonModules/ПрефиксацияОбъектовКлиентСервер/Ext/Module.bsl": {
			`Функция НомерНаПечать(Знач НомерОбъекта, УдалитьПрефиксИнформационнойБазы = Ложь, УдалитьПользовательскийПрефикс = Ложь) Экспорт`,
			`Функция УдалитьПрефиксыИзНомераОбъекта(Знач НомерОбъекта, УдалитьПрефиксОрганизации = Ложь, УдалитьПрефиксИнформационнойБазы = Ложь) Экспорт`,
			`Функция УдалитьЛидирующиеНулиИзНомераОбъекта(Знач НомерОбъекта) Экспорт`,
			`Функция УдалитьПользовательскиеПрефиксыИзНомераОбъекта(Знач НомерОбъекта) Экспорт`,
			`Функция ПользовательскийПрефикс(Знач НомерОбъекта) Экспорт`,
		},
		"CommonModules/ПрефиксацияОбъектовКлиентСерверПереопределяемый/Ext/Module.bsl": {
			`Процедура ПриПолученииНомераНаПечать(НомерОбъекта, СтандартнаяОбработка, УдалитьПрефиксИнформационнойБазы, УдалитьПользовательскийПрефикс) Экспорт`,
		},
		"CommonModules/СостоянияЗаказов/Ext/Module.bsl": {
			`Функция ЭтоСостояниеЗавершен(Состояние) Экспорт`,
			`Функция ЗаказОтменен(Заказ) Экспорт`,
		},
		"InformationRegisters/СотрудникиПользователя/Ext/ManagerModule.bsl": {
			`Функция ПолучитьСотрудниковПользователя(Пользователь = Неопределено, ПолучатьНедействительных = Ложь) Экспорт`,
			`Функция ПолучитьПользователяПоСотруднику(Сотрудник, ПолучатьНедействительных = Ложь) Экспорт`,
		},
		"Documents/ЗаказПокупателя/Ext/ManagerModule.bsl": {
			`Функция ЭтоОтмененныйЗаказ(Заказ) Экспорт`,
		},
		// §7: application-module handlers, none exported.
		"Ext/ManagedApplicationModule.bsl": {
			`Процедура ПередНачаломРаботыСистемы()`,
			`Процедура ПриНачалеРаботыСистемы()`,
			`Процедура ПередЗавершениемРаботыСистемы(Отказ, ТекстПредупреждения)`,
			`Процедура ОбработкаВнешнегоСобытия(Источник, Событие, Данные)`,
		},
	}
}

func TestSignaturesMatchFacts(t *testing.T) {
	for file, want := range signatureFacts() {
		mod := scanModule(t, file)
		for _, sig := range want {
			name := sig[strings.Index(sig, " ")+1 : strings.Index(sig, "(")]
			got, ok := mod.Methods[strings.ToUpper(name)]
			if !ok {
				t.Errorf("%s: no %s (facts: %s)", file, name, sig)
				continue
			}
			if got.String() != sig {
				t.Errorf("%s:%d: header\n  got  %s\n  want %s", file, got.Line, got, sig)
			}
		}
	}
}

// TestApplicationModuleGlobals: facts §6.7 - ПараметрыПриложения and the
// УНФ peripheral-equipment globals are exported variables of the managed
// application module.
func TestApplicationModuleGlobals(t *testing.T) {
	mod := scanModule(t, "Ext/ManagedApplicationModule.bsl")
	want := []string{"ПараметрыПриложения", "глПодключаемоеОборудованиеСобытиеОбработано", "глПодключаемоеОборудованиеСобытиеОбработаноДанные"}
	for _, w := range want {
		found := false
		for _, v := range mod.ExportVars {
			found = found || strings.EqualFold(v, w)
		}
		if !found {
			t.Errorf("Ext/ManagedApplicationModule.bsl: no exported variable %s (have %v)", w, mod.ExportVars)
		}
	}
}

// TestEveryModuleScans: every .bsl file has readable method headers and
// balanced method blocks, and every exported method carries a description
// comment (standard #453) in common modules.
func TestEveryModuleScans(t *testing.T) {
	for _, p := range allFiles(t) {
		if !strings.HasSuffix(p, ".bsl") {
			continue
		}
		mod := scanModule(t, p)
		if !strings.HasPrefix(p, "CommonModules/") {
			continue
		}
		b, _ := fs.ReadFile(FS(), p)
		lines := strings.Split(string(b), "\r\n")
		for _, m := range mod.Methods {
			if !m.Export {
				continue
			}
			if m.Line < 2 || !strings.HasPrefix(strings.TrimSpace(lines[m.Line-2]), "//") {
				t.Errorf("%s:%d: exported %s has no description comment (#453)", p, m.Line, m.Name)
			}
		}
	}
}

func scanModule(t *testing.T, file string) *bslModule {
	t.Helper()
	b, err := fs.ReadFile(FS(), file)
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	mod, err := scanBSL(string(b))
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return mod
}

func TestScannerReadsHeaders(t *testing.T) {
	src := "// Функция Закомментирована(А) Экспорт\r\n" +
		"#Область Х\r\n&НаСервере\r\nФункция Ф(Знач А, Б = \"x, (y)\", В = -1) Экспорт\r\n" +
		"\tС = \"Процедура П()\r\n\t|КонецПроцедуры\";\r\nКонецФункции\r\n" +
		"Перем П1, П2 Экспорт;\r\nПроцедура П()\r\nКонецПроцедуры\r\n#КонецОбласти\r\n"
	mod, err := scanBSL(src)
	if err != nil {
		t.Fatal(err)
	}
	if len(mod.Methods) != 2 {
		t.Fatalf("methods %v", mod.Methods)
	}
	if got := mod.Methods["Ф"].String(); got != `Функция Ф(Знач А, Б = "x, (y)", В = -1) Экспорт` {
		t.Errorf("header %s", got)
	}
	if got := mod.Methods["П"].String(); got != "Процедура П()" {
		t.Errorf("header %s", got)
	}
	if strings.Join(mod.ExportVars, ",") != "П1,П2" {
		t.Errorf("vars %v", mod.ExportVars)
	}
	if _, err := scanBSL("Процедура А()\r\n"); err == nil {
		t.Error("unbalanced module accepted")
	}
}
