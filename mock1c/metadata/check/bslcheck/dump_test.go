package bslcheck

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wazzup-unf/mock1c/metadata"
	"wazzup-unf/mock1c/metadata/check"
	"wazzup-unf/mock1c/metadata/xmlread"
)

// The dump-level module rules, with the real parser, on the fixtures of
// package check.

func checkDump(t *testing.T, dir, base string) []*metadata.Problem {
	t.Helper()
	res, err := xmlread.Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	opt := check.Options{Modules: New()}
	if base != "" {
		b, err := xmlread.Read(base)
		if err != nil {
			t.Fatal(err)
		}
		opt.Base = b.Config
	}
	probs := append(res.Problems, check.Run(res.Config, opt)...)
	probs = append(probs, Unresolved(res.Config, opt.Base)...)
	return metadata.SortProblems(probs)
}

func TestFixturesCleanWithModules(t *testing.T) {
	for _, tc := range []struct{ dir, base string }{{"../../testdata/base", ""}, {"../../testdata/ext", "../../testdata/base"}} {
		for _, p := range checkDump(t, tc.dir, tc.base) {
			t.Errorf("%s: %s", tc.dir, p.Error())
		}
	}
}

func copyExt(t *testing.T) string {
	t.Helper()
	src, dst := "../../testdata/ext", t.TempDir()
	err := filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		r, _ := filepath.Rel(src, p)
		if info.IsDir() {
			return os.MkdirAll(filepath.Join(dst, r), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, r), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

func replaceIn(t *testing.T, dir, rel, old, new string) {
	t.Helper()
	p := filepath.Join(dir, rel)
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), old) {
		t.Fatalf("%s has no %q", rel, old)
	}
	if err := os.WriteFile(p, []byte(strings.Replace(string(b), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestBrokenModules(t *testing.T) {
	const (
		srv  = "CommonModules/ТстСервер/Ext/Module.bsl"
		form = "CommonForms/ТстОкно/Ext/Form/Module.bsl"
		ad   = "CommonModules/ОбщегоНазначенияКлиентПереопределяемый/Ext/Module.bsl"
	)
	// Server-call modules are fine from the client: the valid fixture's
	// form calls nothing else, so check that one explicitly too.
	d := copyExt(t)
	replaceIn(t, d, form, "ОбновитьНаСервере();", "ОбновитьНаСервере();\r\n\tСтраница = ТстВызовСервера.АдресСервиса();")
	for _, p := range checkDump(t, d, "../../testdata/base") {
		t.Errorf("server call from the client reported: %s", p.Error())
	}
	cases := []struct {
		name, file, old, new string
		rule                 string
		sev                  metadata.Severity
		line                 int
		msg                  string
	}{
		{"syntax error", srv, "Загрузка Тогда", "Загрузка", check.RuleModuleParse, metadata.Error, 11, "Тогда"},
		{"directive in a common module", srv, "Процедура Обмен() Экспорт", "&НаСервере\r\nПроцедура Обмен() Экспорт", RuleDirectives, metadata.Error, 17, "compile directive &НаСервере"},
		{"form method without directive", form, "&НаКлиенте\r\nПроцедура Обновить(Команда)", "Процедура Обновить(Команда)", RuleDirectives, metadata.Warning, 0, "method Обновить of form module"},
		{"subscription handler not exported", srv, "Процедура ПриЗаписиКонтрагента(Источник, Отказ) Экспорт", "Процедура ПриЗаписиКонтрагента(Источник, Отказ)", check.RuleHandlers, metadata.Error, 0, "which is not exported"},
		{"form event handler missing", form, "Процедура СтраницаДокументСформирован(Элемент)", "Процедура СтраницаСформирована(Элемент)", check.RuleHandlers, metadata.Error, 0, "names СтраницаДокументСформирован, which the form module does not define"},
		{"interception target missing", ad, `&После("ПослеНачалаРаботыСистемы")`, `&После("ПослеЗапуска")`, metadata.RuleAdoption, metadata.Error, 0, "has no method ПослеЗапуска"},
		{"duplicate method", srv, "Процедура Обмен() Экспорт", "Процедура Отправить() Экспорт\r\nКонецПроцедуры\r\nПроцедура Обмен() Экспорт", check.RuleModuleParse, metadata.Error, 0, "уже определена (Отправить)"},
		{"too many arguments", srv, "Отправить(Источник.Ссылка);", "Отправить(Источник.Ссылка, 1);", check.RuleCalls, metadata.Error, 0, "Слишком много фактических параметров (Отправить)"},
		{"too few arguments", srv, "Отправить(Источник.Ссылка);", "Отправить();", check.RuleCalls, metadata.Error, 0, "Недостаточно фактических параметров (Отправить)"},
		{"missing method of a common module", form, "Страница = \"\";", "Страница = ТстВызовСервера.Адрес();", check.RuleCalls, metadata.Error, 0, "Метод объекта не обнаружен (Адрес)"},
		{"non-exported method of a common module", form, "Страница = \"\";", "ТстСервер.Отправить(Неопределено);", check.RuleCalls, metadata.Error, 0, "ТстСервер.Отправить is not exported"},
		{"server module from client code", form, "ОбновитьНаСервере();", "ТстСервер.Обмен();", check.RuleCalls, metadata.Error, 0, "called from client code, but the module is neither a client nor a server-call module"},
		{"command handler on the server", "CommonCommands/ТстОткрыть/Ext/CommandModule.bsl", "&НаКлиенте", "&НаСервере", check.RuleHandlers, metadata.Error, 0, "ОбработкаКоманды must be &НаКлиенте"},
		{"command handler missing", "CommonCommands/ТстОткрыть/Ext/CommandModule.bsl", "Процедура ОбработкаКоманды(", "Процедура Обработка(", check.RuleHandlers, metadata.Error, 0, "has no procedure ОбработкаКоманды"},
		{"Асинх in compatibility mode 8.3.14", form, "&НаКлиенте\r\nПроцедура Обновить(Команда)", "&НаКлиенте\r\nАсинх Процедура Обновить(Команда)", check.RuleCompat, metadata.Error, 0, "Асинх needs compatibility mode Version8_3_18 or later; ConfigurationExtensionCompatibilityMode is Version8_3_14"},
		{"raise call form in 8.3.14", srv, "\t\tВозврат;", "\t\tВызватьИсключение(\"Ошибка\", КатегорияОшибки.ОшибкаКонфигурации);", check.RuleCompat, metadata.Error, 0, "needs compatibility mode Version8_3_21"},
		{"subscription handler arity", srv, "Процедура ПриЗаписиКонтрагента(Источник, Отказ) Экспорт", "Процедура ПриЗаписиКонтрагента(Источник) Экспорт", check.RuleHandlers, metadata.Error, 0, "takes 1 parameters (1 required), but for OnWrite on cfg:CatalogObject.Контрагенты the platform passes 2 (Источник, Отказ)"},
		{"form event handler arity", form, "Процедура ПриСозданииНаСервере(Отказ, СтандартнаяОбработка)", "Процедура ПриСозданииНаСервере(Отказ)", check.RuleHandlers, metadata.Error, 0, "takes 1 parameters (1 required); the platform passes 2 (Отказ, СтандартнаяОбработка)"},
		{"job method with required parameters", srv, "Процедура Обмен() Экспорт", "Процедура Обмен(Узел) Экспорт", check.RuleHandlers, metadata.Error, 0, "the platform calls a scheduled job's method without arguments"},
		{"server method calls a client method", form, "\tСтраница = \"\";", "\tОбновить(Неопределено);", check.RuleCalls, metadata.Error, 0, "ОбновитьНаСервере runs on the server (&НаСервере) and cannot call the &НаКлиенте method Обновить"},
		{"idle handler missing in the form", form, "\tОбновитьНаСервере();", "\tОбновитьНаСервере();\r\n\tПодключитьОбработчикОжидания(\"Опрос\", 5);", check.RuleCalls, metadata.Error, 0, "the form module has no procedure Опрос"},
		{"idle handler not in a global module", ad, "Процедура ТстПослеНачалаРаботыСистемы()\r\n", "Процедура ТстПослеНачалаРаботыСистемы()\r\n\tПодключитьОбработчикОжидания(\"ТстОпрос\", 5);\r\n", check.RuleCalls, metadata.Error, 0, "no global client common module or application module exports ТстОпрос"},
		{"notification handler missing", form, "\tОбновитьНаСервере();", "\tОбновитьНаСервере();\r\n\tО = Новый ОписаниеОповещения(\"ПослеВопроса\", ЭтотОбъект);", check.RuleCalls, metadata.Error, 0, "the module has no procedure ПослеВопроса"},
		{"notification handler not exported", form, "\tОбновитьНаСервере();", "\tОбновитьНаСервере();\r\n\tО = Новый ОписаниеОповещения(\"Отправить\", ТстСервер);", check.RuleCalls, metadata.Error, 0, "ТстСервер.Отправить is not exported"},
		{"no timeout", srv, `443, , , , 30, Новый`, `443, , , , , Новый`, RuleTimeout, metadata.Warning, 0, "without Таймаут"},
		{"no description", srv, "// Обработчик регламентного задания ТстОбмен.\r\n", "", RuleDoc, metadata.Warning, 0, "exported method Обмен has no description comment"},
		{"code outside regions", srv, "#Область СлужебныеПроцедурыИФункции\r\n", "", RuleRegions, metadata.Warning, 0, "outside any #Область"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := copyExt(t)
			replaceIn(t, d, c.file, c.old, c.new)
			probs := checkDump(t, d, "../../testdata/base")
			for _, p := range probs {
				if p.Rule == c.rule && p.Severity == c.sev && (c.line == 0 || p.Pos.Line == c.line) && strings.Contains(p.Msg, c.msg) {
					return
				}
			}
			t.Fatalf("no %s %s (line %d) with %q; got %v", c.sev, c.rule, c.line, c.msg, probs)
		})
	}
}
