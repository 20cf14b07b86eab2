package yaxunit

import (
	"strings"
	"testing"

	"wazzup-unf/mock1c/bsl/interp"
	"wazzup-unf/mock1c/bsl/value"
)

// A test module written for YAxUnit, run by this package: each procedure
// either passes or must fail with YAxUnit's text (ЮТУтверждения,
// ЮТСообщенияСлужебный, ЮТРегистрацияОшибокСлужебный in
// bia-technologies/yaxunit: "[Failed] <…ожидали, что … , но это не так.>").
const checksModule = `
Процедура ИсполняемыеСценарии() Экспорт
	ЮТТесты.ДобавитьТест("БезНабора")
		.ДобавитьТестовыйНабор("Набор", "теги, ещё")
		.ДобавитьТест("Равенство", "Равенство коллекций")
		.ДобавитьТест("РавноРазныеТипы")
		.ДобавитьТест("РавноСтруктурыРазныеЗначения")
		.ДобавитьТест("РавноМассивыРазнойДлины")
		.ДобавитьТест("СвойстваИПути")
		.ДобавитьТест("НетСвойства")
		.ДобавитьТест("НетВложенногоСвойства")
		.ДобавитьТест("ЛишнееСвойство")
		.ДобавитьТест("СообщениеИОписание")
		.ДобавитьТест("Прочие")
		.ДобавитьТест("ДлинаНеЧислом")
		.ДобавитьТест("СодержитВЧисле")
		.ДобавитьТест("ОшибкаВыполнения")
		.ДобавитьТест("НетТакогоТеста")
		.ДобавитьСерверныйТест("ТолькоСервер")
		.ДобавитьКлиентскийТест("ТолькоКлиент")
		.ДобавитьТест("ЯвныеКонтексты", , , "Сервер")
		.ДобавитьТест("Заглушка");
КонецПроцедуры

Процедура БезНабора() Экспорт
	ЮТест.ОжидаетЧто(1).Равно(1);
КонецПроцедуры

Процедура Равенство() Экспорт
	А = Новый Структура("а, б", 1, Новый Массив);
	А.б.Добавить(Новый Структура("в", "x"));
	Б = Новый Структура("б, а", Новый Массив, 1);
	Б.б.Добавить(Новый Структура("В", "x"));
	ЮТест.ОжидаетЧто(А).Равно(Б).НеРавно(Новый Структура("а", 1));
	С1 = Новый Соответствие; С1.Вставить(1, "о"); С1.Вставить("к", Новый Массив);
	С2 = Новый Соответствие; С2.Вставить("к", Новый Массив); С2.Вставить(1, "о");
	ЮТест.ОжидаетЧто(С1).Равно(С2);
	ЮТест.ОжидаетЧто(1.0).Равно(1);
КонецПроцедуры

Процедура РавноРазныеТипы() Экспорт
	ЮТест.ОжидаетЧто("1").Равно(1);
КонецПроцедуры

Процедура РавноСтруктурыРазныеЗначения() Экспорт
	ЮТест.ОжидаетЧто(Новый Структура("а", 1)).Равно(Новый Структура("а", "1"));
КонецПроцедуры

Процедура РавноМассивыРазнойДлины() Экспорт
	М = Новый Массив; М.Добавить(1);
	ЮТест.ОжидаетЧто(М).Равно(Новый Массив);
КонецПроцедуры

Процедура СвойстваИПути() Экспорт
	Вложенный = Новый Массив;
	Вложенный.Добавить(Новый Структура("id", "a"));
	Вложенный.Добавить(Новый Структура("id", "b"));
	С = Новый Структура("Данные, Имя", Новый Структура("Список", Вложенный), "x");
	ЮТест.ОжидаетЧто(С)
		.ИмеетТип("Структура")
		.ИмеетСвойство("Данные.Список[1].id")
		.НеИмеетСвойства("Данные.Список[2]")
		.Свойство("Данные.Список[0].id").Равно("a")
		.Свойство("Данные.Список[-1].id").Равно("b")
		.Свойство("Данные.Список").ИмеетДлину(2).ИмеетСвойство("[1]")
		.Объект().Свойство("Имя").Равно("x")
		.Объект().ИмеетДлину(2);
КонецПроцедуры

Процедура НетСвойства() Экспорт
	ЮТест.ОжидаетЧто(Новый Структура("а", 1)).Свойство("б");
КонецПроцедуры

Процедура НетВложенногоСвойства() Экспорт
	С = Новый Структура("Список", Новый Массив);
	С.Список.Добавить(Новый Структура("id", 1));
	ЮТест.ОжидаетЧто(С).ИмеетСвойство("Список[1].id");
КонецПроцедуры

Процедура ЛишнееСвойство() Экспорт
	С = Новый Структура("Данные", Новый Структура("а", 1));
	ЮТест.ОжидаетЧто(С).Свойство("Данные").НеИмеетСвойства("а");
КонецПроцедуры

Процедура СообщениеИОписание() Экспорт
	ЮТест.ОжидаетЧто(Новый Структура("а", 1), "сообщение").Свойство("а").Равно(2, "описание");
КонецПроцедуры

Процедура Прочие() Экспорт
	ЮТест.ОжидаетЧто(Истина).ЭтоИстина().НеРавно(Ложь);
	ЮТест.ОжидаетЧто(Ложь).ЭтоЛожь();
	ЮТест.ОжидаетЧто(Неопределено).ЭтоНеопределено().НеЗаполнено().НеСуществует();
	ЮТест.ОжидаетЧто(0).ЭтоНеНеопределено().Существует().НеЗаполнено();
	ЮТест.ОжидаетЧто("абв").Заполнено().Содержит("бв").НеСодержит("г").НачинаетсяС("аб").ЗаканчиваетсяНа("в").ИмеетДлину(3)
		.ИмеетТип("Строка, Число").НеИмеетТип("Число").ИмеетТип(Тип("Строка"));
	ЮТест.ОжидаетЧто("😀").ИмеетДлину(2); // UTF-16 code units, as СтрДлина
	ЮТест.ОжидаетЧто(5).Больше(4).БольшеИлиРавно(5).Меньше(6).МеньшеИлиРавно(5);
	М = Новый Массив; М.Добавить(1); М.Добавить("2");
	ЮТест.ОжидаетЧто(М).Содержит("2").НеСодержит(2).ИмеетДлинуБольше(1).ИмеетДлинуМеньше(3);
	ЮТест.ОжидаетЧто(Новый Структура("а", 1)).Содержит(1).НеСодержит("1");
	ЮТУтверждения.Что(2).Равно(2).Что(3).Больше(2);
	ЮТест.ОжидаетЧто(ТипЗнч(ЮТест.ОжидаетЧто(1)) = ТипЗнч(ЮТест)).ЭтоИстина(); // chained calls return the module
КонецПроцедуры

Процедура ДлинаНеЧислом() Экспорт
	ЮТест.ОжидаетЧто("абв").ИмеетДлину("3");
КонецПроцедуры

Процедура СодержитВЧисле() Экспорт
	ЮТест.ОжидаетЧто(123).Содержит(2);
КонецПроцедуры

Процедура ОшибкаВыполнения() Экспорт
	Х = 1 / 0;
КонецПроцедуры

Процедура ТолькоСервер() Экспорт
КонецПроцедуры

Процедура ТолькоКлиент() Экспорт
КонецПроцедуры

Процедура ЯвныеКонтексты() Экспорт
КонецПроцедуры

Процедура Заглушка() Экспорт
	Попытка
		УстановитьПривилегированныйРежим(Истина);
	Исключение
	КонецПопытки;
	Имя = Метаданные.Имя;
КонецПроцедуры
`

func checksWorld(t *testing.T, src string) *interp.World {
	t.Helper()
	w := interp.NewWorld()
	w.AddStdlib()
	AddPlaceholders(w)
	Install(w)
	w.AddModule(interp.ModuleSpec{Name: moduleName("ОМ_Проверки"), Ident: "ОМ_Проверки", File: "ОМ_Проверки.bsl",
		Source: []byte(src), Kind: interp.CommonModule, Flags: interp.ModuleFlags{Server: true, ClientManaged: true}})
	return w
}

func TestChecks(t *testing.T) {
	w := checksWorld(t, checksModule)
	rep, err := Run(w, []TestModule{{Name: "ОМ_Проверки", Flags: interp.ModuleFlags{Server: true, ClientManaged: true}}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		status  Status
		message string // exact, when set
		substr  string
	}
	wants := map[string]want{
		"БезНабора":     {status: Passed},
		"Равенство":     {status: Passed},
		"СвойстваИПути": {status: Passed},
		"Прочие":        {status: Passed},
		"РавноРазныеТипы": {status: Failed,
			message: "[Failed] <Ожидали, что проверяемое значение `1` равно `1`, но это не так.>"},
		"РавноСтруктурыРазныеЗначения": {status: Failed, substr: "равно `Структура`"},
		"РавноМассивыРазнойДлины":      {status: Failed, substr: "равно `Массив`"},
		"НетСвойства": {status: Failed,
			message: "[Failed] <Ожидали, что проверяемое значение `Структура` содержит свойство `б`, но это не так.>"},
		"НетВложенногоСвойства": {status: Failed,
			message: "[Failed] <Ожидали, что проверяемое значение `Структура` содержит свойство `Список.1`, но это не так.>"},
		"ЛишнееСвойство": {status: Failed,
			message: "[Failed] <Ожидали, что проверяемое значение `Структура` содержит свойство `Данные`, которое не содержит свойство `а`, но это не так.>"},
		"СообщениеИОписание": {status: Failed,
			message: "[Failed] <Сообщение описание: ожидали, что проверяемое значение `Структура` содержит свойство `а`, которое равно `2`, но это не так.>"},
		"ДлинаНеЧислом": {status: Broken,
			message: "[Broken] <Не верный тип ожидаемого значения (`Строка`), должен быть `Число`>"},
		"СодержитВЧисле": {status: Broken,
			message: "[Broken] <Тип проверяемого значения `Число` не обрабатывается утверждением>"},
		"ОшибкаВыполнения": {status: Broken, message: "Деление на 0"},
		"НетТакогоТеста":   {status: NotImplemented},
		"Заглушка":         {status: Broken, message: PlaceholderError("Метаданные")},
	}
	for _, r := range rep.Results {
		if r.Test == "ТолькоСервер" || r.Test == "ТолькоКлиент" || r.Test == "ЯвныеКонтексты" {
			continue
		}
		w, ok := wants[r.Test]
		if !ok {
			t.Errorf("unexpected result %s", r)
			continue
		}
		if r.Status != w.status || (w.message != "" && r.Message != w.message) || !strings.Contains(r.Message, w.substr) {
			t.Errorf("%s: got\n%s\nwant %v %q %q", r.ID(), r, w.status, w.message, w.substr)
		}
	}
	// Registration: suites, presentation, tags, contexts.
	suites := rep.Suites["ОМ_Проверки"]
	if len(suites) != 2 || suites[0].Name != "ОМ_Проверки" || suites[1].Name != "Набор" || len(suites[0].Tests) != 1 ||
		strings.Join(suites[1].Tags, "|") != "теги|ещё" || suites[1].Tests[0].Presentation != "Равенство коллекций" {
		t.Errorf("suites: %+v", suites)
	}
	contexts := map[string]string{}
	for _, s := range suites {
		for _, x := range s.Tests {
			contexts[x.Method] = strings.Join(x.Contexts, ",")
		}
	}
	for m, c := range map[string]string{
		"БезНабора":      CtxServer + "," + CtxClientManaged, // the module's flags
		"ТолькоСервер":   CtxServer,
		"ТолькоКлиент":   CtxClientManaged + "," + CtxClientOrdinary,
		"ЯвныеКонтексты": CtxServer,
	} {
		if contexts[m] != c {
			t.Errorf("%s: contexts %q, want %q", m, contexts[m], c)
		}
	}
	// a client test of the ordinary application is skipped from the thin client
	if r := rep.Find("ОМ_Проверки.ТолькоКлиент@" + CtxClientOrdinary); r == nil || r.Status != Skipped {
		t.Errorf("ordinary-client test from the thin client: %v", r)
	}
	if r := rep.Find("ОМ_Проверки.ТолькоКлиент@" + CtxClientManaged); r == nil || r.Status != Passed {
		t.Errorf("client test: %v", r)
	}
	// the failing check's position is the test module's line
	if r := rep.Find("ОМ_Проверки.НетСвойства@" + CtxServer); r == nil || r.At != "ОМ_Проверки.bsl:71:44" {
		t.Errorf("position of the failed check: %+v", r)
	}
	// placeholder hits are recorded even when the code catches the exception
	if r := rep.Find("ОМ_Проверки.Заглушка@" + CtxServer); r == nil ||
		strings.Join(r.Placeholders, ",") != "УстановитьПривилегированныйРежим,Метаданные" {
		t.Errorf("placeholder hits: %+v", r)
	}
	// every result of the client context ran in a client session too
	if rep.Count(Passed) != 2*4+3 {
		t.Errorf("passed %d, want %d:\n%s", rep.Count(Passed), 2*4+3, rep.Summary())
	}
}

func TestRegistrationOutsideScenariosIsAnError(t *testing.T) {
	w := checksWorld(t, "Процедура ИсполняемыеСценарии() Экспорт\nКонецПроцедуры\n\nПроцедура Т() Экспорт\n\tЮТТесты.ДобавитьТест(\"Т\");\nКонецПроцедуры\n")
	p, err := w.Link(interp.Server)
	if err != nil {
		t.Fatal(err)
	}
	s := p.NewSession(t.Context(), interp.Options{})
	if _, err := s.Call(moduleName("ОМ_Проверки"), "Т"); err == nil || !strings.Contains(err.Error(), "ИсполняемыеСценарии") {
		t.Errorf("got %v", err)
	}
}

func TestBrokenScenariosAreReported(t *testing.T) {
	w := checksWorld(t, "Процедура ИсполняемыеСценарии() Экспорт\n\tЮТТесты.ДобавитьТестовыйНабор(\"\");\nКонецПроцедуры\n")
	rep, err := Run(w, []TestModule{{Name: "ОМ_Проверки", Flags: interp.ModuleFlags{Server: true}}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Results) != 1 || rep.Results[0].Status != Broken || rep.Results[0].Message != "Имя тестового набора не может быть пустым" {
		t.Errorf("%+v", rep.Results)
	}
}

func TestLinkErrorsAreReturned(t *testing.T) {
	w := checksWorld(t, "Процедура ИсполняемыеСценарии() Экспорт\n\tНетТакой();\nКонецПроцедуры\n")
	if _, err := Run(w, nil, Options{}); err == nil || !strings.Contains(err.Error(), "ОМ_Проверки.bsl:2:2") {
		t.Errorf("got %v", err)
	}
}

func TestValuesEqual(t *testing.T) {
	s := func(kv ...any) *value.Structure {
		x := value.NewStructure()
		for i := 0; i < len(kv); i += 2 {
			x.Insert(kv[i].(string), kv[i+1].(value.Value))
		}
		return x
	}
	fixed := s("а", value.Int(1))
	fixed.Fixed = true
	for _, c := range []struct {
		a, b value.Value
		eq   bool
	}{
		{value.Int(1), value.Int(1), true},
		{value.Int(1), value.String("1"), false},
		{value.True, value.Int(1), false},
		{value.Undef, value.Undef, true},
		{value.Undef, value.Null, false},
		{s("а", value.Int(1), "б", value.String("x")), s("Б", value.String("x"), "А", value.Int(1)), true},
		{s("а", value.Int(1)), s("а", value.Int(1), "б", value.Undef), false},
		{s("а", value.Int(1)), fixed, false},
		{value.NewArray(value.Int(1), s("а", value.NewArray())), value.NewArray(value.Int(1), s("а", value.NewArray())), true},
		{value.NewArray(value.Int(1), value.Int(2)), value.NewArray(value.Int(2), value.Int(1)), false},
	} {
		if got := ValuesEqual(c.a, c.b); got != c.eq {
			t.Errorf("ValuesEqual(%s, %s) = %v", Presentation(c.a), Presentation(c.b), got)
		}
	}
}

func TestPlaceholderListIsCurrent(t *testing.T) {
	if s := Shadowed(); len(s) > 0 {
		t.Errorf("the library now provides %v: drop them from the placeholder lists", s)
	}
	funcs, props, types := Placeholders()
	if len(funcs) == 0 || len(props) == 0 || len(types) == 0 {
		t.Fatal("empty placeholder lists")
	}
	seen := map[string]bool{}
	for _, n := range append(append(funcs, props...), types...) {
		if seen[value.Fold(n)] {
			t.Errorf("%s listed twice", n)
		}
		seen[value.Fold(n)] = true
	}
}
