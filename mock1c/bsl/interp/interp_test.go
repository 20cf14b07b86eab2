package interp

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"wazzup-unf/mock1c/bsl/value"
)

func link(t *testing.T, ctx Context, specs ...ModuleSpec) *Program {
	t.Helper()
	w := newTestWorld(t)
	for _, s := range specs {
		w.AddModule(s)
	}
	p, err := w.Link(ctx)
	if err != nil {
		t.Fatalf("link: %v", err)
	}
	return p
}

func common(ident, src string, flags ModuleFlags) ModuleSpec {
	return ModuleSpec{Name: "ОбщийМодуль." + ident + ".Модуль", Ident: ident, File: "CommonModules/" + ident + "/Ext/Module.bsl", Source: []byte(src), Kind: CommonModule, Flags: flags}
}

var serverOnly = ModuleFlags{Server: true}

func TestCompileErrorsAreAllReportedWithPositions(t *testing.T) {
	w := newTestWorld(t)
	w.AddModule(common("М", "Процедура А() Экспорт\n\tБ();\n\tХ = У;\nКонецПроцедуры\n\nФункция Ф(П1, П2 = 1)\n\tВозврат П1;\nКонецФункции\n\nПроцедура В()\n\tФ();\n\tФ(1, 2, 3);\nКонецПроцедуры\n", serverOnly))
	_, err := w.Link(Server)
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("want ErrorList, got %v", err)
	}
	want := []string{
		"CommonModules/М/Ext/Module.bsl:2:2: Процедура или функция с указанным именем не определена (Б)",
		"CommonModules/М/Ext/Module.bsl:3:6: Переменная не определена (У)",
		"CommonModules/М/Ext/Module.bsl:11:3: Недостаточно фактических параметров",
		"CommonModules/М/Ext/Module.bsl:12:3: Слишком много фактических параметров",
	}
	if len(list) != len(want) {
		t.Fatalf("got %d errors:\n%v", len(list), list)
	}
	for i, e := range list {
		if e.Error() != want[i] {
			t.Errorf("error %d:\n got %s\nwant %s", i, e.Error(), want[i])
		}
	}
	if got := list[0].Platform(); got != "{ОбщийМодуль.М.Модуль(2,2)}: Процедура или функция с указанным именем не определена (Б)" {
		t.Errorf("platform form: %s", got)
	}
}

func TestCommonModuleRules(t *testing.T) {
	w := newTestWorld(t)
	w.AddModule(common("М", "Перем А;\nПроцедура П() Экспорт\nКонецПроцедуры\nП();\n", serverOnly))
	_, err := w.Link(Server)
	if err == nil || !strings.Contains(err.Error(), "Объявление переменных в общем модуле недопустимо") {
		t.Fatalf("common module with variables accepted: %v", err)
	}
	if !strings.Contains(err.Error(), "and 1 more") {
		t.Errorf("module body in a common module not reported: %v", err)
	}
}

func TestCallByReferenceFromGo(t *testing.T) {
	p := link(t, Server, common("М", "Процедура Удвоить(Х, Знач У) Экспорт\n\tХ = Х * 2;\n\tУ = 0;\nКонецПроцедуры\n\nФункция Сумма(А, Б = 10) Экспорт\n\tВозврат А + Б;\nКонецФункции\n", serverOnly))
	s := p.NewSession(context.Background(), Options{})
	x, y := value.Value(value.Int(21)), value.Value(value.Int(5))
	if _, err := s.CallRefs("ОбщийМодуль.М.Модуль", "Удвоить", []*value.Value{&x, &y}); err != nil {
		t.Fatal(err)
	}
	if !value.Equal(x, value.Int(42)) || !value.Equal(y, value.Int(5)) {
		t.Errorf("by-ref x=%v (want 42), Знач y=%v (want 5)", x, y)
	}
	v, err := s.Call("ОбщийМодуль.М.Модуль", "Сумма", value.Int(1))
	if err != nil || !value.Equal(v, value.Int(11)) {
		t.Errorf("Сумма(1) = %v, %v; want 11", v, err)
	}
	if _, err := s.Call("ОбщийМодуль.М.Модуль", "Нет"); err == nil || !strings.Contains(err.Error(), "Метод объекта не обнаружен (Нет)") {
		t.Errorf("unknown procedure: %v", err)
	}
}

func TestRuntimeErrorStackAndPresentations(t *testing.T) {
	src := "Процедура Внутри()\n\tА = 0;\n\tБ = 1 / А;\nКонецПроцедуры\n\nПроцедура Снаружи() Экспорт\n\tВнутри();\nКонецПроцедуры\n"
	p := link(t, Server, common("М", src, serverOnly))
	s := p.NewSession(context.Background(), Options{})
	_, err := s.Call("ОбщийМодуль.М.Модуль", "Снаружи")
	var re *RuntimeError
	if !errors.As(err, &re) {
		t.Fatalf("want RuntimeError, got %v", err)
	}
	if re.Msg != "Деление на 0" || len(re.Stack) != 2 {
		t.Fatalf("msg %q stack %v", re.Msg, re.Stack)
	}
	if f := re.Stack[0]; f.Proc != "Внутри" || f.Line != 3 || f.Col != 8 {
		t.Errorf("innermost frame %+v", f)
	}
	if f := re.Stack[1]; f.Proc != "Снаружи" || f.Line != 7 {
		t.Errorf("outer frame %+v", f)
	}
	if got := re.Error(); got != "CommonModules/М/Ext/Module.bsl:3:8: Деление на 0" {
		t.Errorf("Error() = %s", got)
	}
	if got := re.Detailed(); got != "{ОбщийМодуль.М.Модуль(3)}: Деление на 0" {
		t.Errorf("Detailed() = %s", got)
	}
	if re.SourceLine != "\tБ = 1 / А;" {
		t.Errorf("SourceLine = %q", re.SourceLine)
	}
	if bt := re.Backtrace(); !strings.Contains(bt, "in Снаружи") || !strings.Contains(bt, "in Внутри") {
		t.Errorf("Backtrace:\n%s", bt)
	}
	// the session is usable after an error
	if _, err := s.Call("ОбщийМодуль.М.Модуль", "Снаружи"); err == nil {
		t.Error("second call did not fail")
	}
}

func TestInterruptIsNotCaughtByTry(t *testing.T) {
	src := "Процедура Крутить() Экспорт\n\tПопытка\n\t\tПока Истина Цикл\n\t\tКонецЦикла;\n\tИсключение\n\tКонецПопытки;\nКонецПроцедуры\n"
	p := link(t, Server, common("М", src, serverOnly))
	s := p.NewSession(context.Background(), Options{})
	done := make(chan error)
	go func() {
		_, err := s.Call("ОбщийМодуль.М.Модуль", "Крутить")
		done <- err
	}()
	time.Sleep(20 * time.Millisecond)
	s.Interrupt()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "прервано") {
			t.Errorf("err = %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Interrupt did not stop the loop")
	}
}

func TestContextCancellation(t *testing.T) {
	src := "Процедура Крутить() Экспорт\n\tПока Истина Цикл\n\tКонецЦикла;\nКонецПроцедуры\n"
	p := link(t, Server, common("М", src, serverOnly))
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	s := p.NewSession(ctx, Options{})
	if _, err := s.Call("ОбщийМодуль.М.Модуль", "Крутить"); err == nil || !strings.Contains(err.Error(), "deadline") {
		t.Errorf("err = %v", err)
	}
}

func TestStepLimit(t *testing.T) {
	src := "Функция Считать() Экспорт\n\tН = 0;\n\tПока Н < 100 Цикл\n\t\tН = Н + 1;\n\tКонецЦикла;\n\tВозврат Н;\nКонецФункции\n"
	p := link(t, Server, common("М", src, serverOnly))
	if v, err := p.NewSession(context.Background(), Options{StepLimit: 1000}).Call("ОбщийМодуль.М.Модуль", "Считать"); err != nil || !value.Equal(v, value.Int(100)) {
		t.Errorf("under the limit: %v, %v", v, err)
	}
	_, err := p.NewSession(context.Background(), Options{StepLimit: 50}).Call("ОбщийМодуль.М.Модуль", "Считать")
	if err == nil || !strings.Contains(err.Error(), "лимит шагов") {
		t.Errorf("over the limit: %v", err)
	}
}

// Client code sees client modules and server-call modules; a server-only
// module's name is not defined there, as on the platform.
func TestVisibilityAndServerCalls(t *testing.T) {
	srv := common("СерверныйВызов", "Функция Удвоить(Х) Экспорт\n\tХ = Х * 2;\n\tВозврат Сервер.Метка();\nКонецФункции\n", ModuleFlags{Server: true, ServerCall: true})
	onlySrv := common("Сервер", "Функция Метка() Экспорт\n\tВозврат \"сервер\";\nКонецФункции\n", serverOnly)
	cli := common("Клиент", "Функция Вызвать() Экспорт\n\tА = 4;\n\tР = СерверныйВызов.Удвоить(А);\n\tВозврат Р + А;\nКонецФункции\n", ModuleFlags{ClientManaged: true})

	w := newTestWorld(t)
	for _, s := range []ModuleSpec{srv, onlySrv, cli} {
		w.AddModule(s)
	}
	server, err := w.Link(Server)
	if err != nil {
		t.Fatal(err)
	}
	w.SetServerCall(DirectServerCalls(server, Options{}))
	client, err := w.Link(ThinClient)
	if err != nil {
		t.Fatal(err)
	}
	v, err := client.NewSession(context.Background(), Options{}).Call("ОбщийМодуль.Клиент.Модуль", "Вызвать")
	if err != nil || !value.Equal(v, value.String("сервер8")) {
		t.Errorf("client → server call = %v, %v; want сервер8 (by-ref argument written back)", v, err)
	}

	bad := common("Клиент2", "Процедура П() Экспорт\n\tСервер.Метка();\nКонецПроцедуры\n", ModuleFlags{ClientManaged: true})
	w2 := newTestWorld(t)
	w2.AddModule(onlySrv)
	w2.AddModule(bad)
	if _, err := w2.Link(ThinClient); err == nil || !strings.Contains(err.Error(), "Переменная не определена (Сервер)") {
		t.Errorf("server-only module visible to the client: %v", err)
	}
}

func TestGlobalModuleExportsNeedNoPrefix(t *testing.T) {
	g := common("Глоб", "Функция Ответ() Экспорт\n\tВозврат 42;\nКонецФункции\n", ModuleFlags{Server: true, Global: true})
	u := common("Польз", "Функция П() Экспорт\n\tВозврат Ответ();\nКонецФункции\n", serverOnly)
	p := link(t, Server, g, u)
	v, err := p.NewSession(context.Background(), Options{}).Call("ОбщийМодуль.Польз.Модуль", "П")
	if err != nil || !value.Equal(v, value.Int(42)) {
		t.Errorf("%v, %v", v, err)
	}
}

// Form modules: &НаКлиенте runs on the client, &НаСервере crosses to the
// server; &НаСервереБезКонтекста cannot call a context server procedure nor
// see form attributes.
func TestFormModuleDirectives(t *testing.T) {
	src := "&НаСервере\nФункция НаСервереФ(Х)\n\tВозврат Х + 1;\nКонецФункции\n\n&НаКлиенте\nФункция Кнопка() Экспорт\n\tВозврат НаСервереФ(1);\nКонецФункции\n"
	form := ModuleSpec{Name: "ОбщаяФорма.Ф.Форма", File: "CommonForms/Ф/Ext/Form/Module.bsl", Source: []byte(src), Kind: FormModule}
	w := newTestWorld(t)
	w.AddModule(form)
	server, err := w.Link(Server)
	if err != nil {
		t.Fatal(err)
	}
	var calls []string
	direct := DirectServerCalls(server, Options{})
	w.SetServerCall(func(c *ServerCall) (value.Value, error) {
		calls = append(calls, c.Module+"."+c.Proc)
		return direct(c)
	})
	client, err := w.Link(ThinClient)
	if err != nil {
		t.Fatal(err)
	}
	v, err := client.NewSession(context.Background(), Options{}).Call("ОбщаяФорма.Ф.Форма", "Кнопка")
	if err != nil || !value.Equal(v, value.Int(2)) {
		t.Fatalf("Кнопка() = %v, %v", v, err)
	}
	if len(calls) != 1 || calls[0] != "ОбщаяФорма.Ф.Форма.НаСервереФ" {
		t.Errorf("server calls: %v", calls)
	}
	// &НаКлиенте procedures do not exist on the server.
	if ok, _, _ := server.NewSession(context.Background(), Options{}).HasProc("ОбщаяФорма.Ф.Форма", "Кнопка"); ok {
		t.Error("client procedure compiled on the server")
	}

	noCtx := "&НаСервере\nПроцедура СКонтекстом()\nКонецПроцедуры\n\n&НаСервереБезКонтекста\nПроцедура БезКонтекста()\n\tСКонтекстом();\n\tХ = Реквизит;\nКонецПроцедуры\n"
	w3 := newTestWorld(t)
	w3.AddModule(ModuleSpec{Name: "ОбщаяФорма.Г.Форма", Source: []byte(noCtx), Kind: FormModule, ContextNames: []string{"Реквизит"}})
	_, err = w3.Link(Server)
	if err == nil || !strings.Contains(err.Error(), "не определена (СКонтекстом)") || !strings.Contains(err.Error(), "and 1 more") {
		t.Errorf("no-context rules: %v", err)
	}
}

func TestModuleContextObjectAndVariables(t *testing.T) {
	src := "Перем Счетчик Экспорт;\n\nПроцедура Тик() Экспорт\n\tСчетчик = Счетчик + 1;\n\tРеквизит = Реквизит + \"!\";\nКонецПроцедуры\n\nСчетчик = 10;\n"
	p := link(t, Server, ModuleSpec{Name: "Обработка.О.МодульОбъекта", Source: []byte(src), Kind: ObjectModule, ContextNames: []string{"Реквизит"}})
	s := p.NewSession(context.Background(), Options{})
	obj := value.NewStructure()
	if err := obj.Insert("Реквизит", value.String("а")); err != nil {
		t.Fatal(err)
	}
	if err := s.SetModuleContext("Обработка.О.МодульОбъекта", obj); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Call("Обработка.О.МодульОбъекта", "Тик"); err != nil {
		t.Fatal(err)
	}
	if v, _ := obj.Get("Реквизит"); !value.Equal(v, value.String("а!")) {
		t.Errorf("context property = %v", v)
	}
	if v, err := s.Eval("Обработка.О.МодульОбъекта", "Счетчик * 2"); err != nil || !value.Equal(v, value.Int(22)) {
		t.Errorf("module body ran once, then Тик: Счетчик*2 = %v, %v (want 22)", v, err)
	}
}

func TestTwoSessionsShareNothing(t *testing.T) {
	src := "Перем Н;\n\nФункция Следующий() Экспорт\n\tН = Н + 1;\n\tВозврат Н;\nКонецФункции\n\nН = 0;\n"
	p := link(t, Server, ModuleSpec{Name: "Обработка.О.МодульОбъекта", Source: []byte(src), Kind: ObjectModule})
	a := p.NewSession(context.Background(), Options{})
	b := p.NewSession(context.Background(), Options{})
	a.Call("Обработка.О.МодульОбъекта", "Следующий")
	v, _ := a.Call("Обработка.О.МодульОбъекта", "Следующий")
	w, _ := b.Call("Обработка.О.МодульОбъекта", "Следующий")
	if !value.Equal(v, value.Int(2)) || !value.Equal(w, value.Int(1)) {
		t.Errorf("a=%v (want 2) b=%v (want 1)", v, w)
	}
}

func TestPrivilegedModuleRunsPrivileged(t *testing.T) {
	w := newTestWorld(t)
	w.AddFuncs([]value.MethodDef{{Name: value.Name{Ru: "ПривилегированныйРежим", En: "PrivilegedMode"},
		Func: func(env value.Env, _ value.Value, _ []value.Value) (value.Value, error) {
			return value.Bool(env.(*Session).Privileged()), nil
		}}})
	w.AddModule(common("Полные", "Функция Режим() Экспорт\n\tВозврат ПривилегированныйРежим();\nКонецФункции\n", ModuleFlags{Server: true, Privileged: true}))
	w.AddModule(common("Обычный", "Функция Проверить() Экспорт\n\tВозврат \"\" + ПривилегированныйРежим() + Полные.Режим() + ПривилегированныйРежим();\nКонецФункции\n", serverOnly))
	p, err := w.Link(Server)
	if err != nil {
		t.Fatal(err)
	}
	v, err := p.NewSession(context.Background(), Options{}).Call("ОбщийМодуль.Обычный.Модуль", "Проверить")
	if err != nil || v.String() != "НетДаНет" {
		t.Errorf("got %v, %v; want НетДаНет", v, err)
	}
}

func TestInstancesHaveTheirOwnVariables(t *testing.T) {
	src := "Перем Н;\n\nФункция Следующий() Экспорт\n\tН = Н + 1;\n\tВозврат \"\" + Н + Заголовок;\nКонецФункции\n\nН = 0;\n"
	p := link(t, Server, ModuleSpec{Name: "ОбщаяФорма.Ф.Форма", Source: []byte(src), Kind: ObjectModule, ContextNames: []string{"Заголовок"}})
	s := p.NewSession(context.Background(), Options{})
	mk := func(title string) *Instance {
		obj := value.NewStructure()
		obj.Insert("Заголовок", value.String(title))
		in, err := s.NewInstance("ОбщаяФорма.Ф.Форма", obj)
		if err != nil {
			t.Fatal(err)
		}
		return in
	}
	a, b := mk("А"), mk("Б")
	a.Call("Следующий")
	va, _ := a.Call("Следующий")
	vb, err := b.Call("Следующий")
	if err != nil || va.String() != "2А" || vb.String() != "1Б" {
		t.Errorf("a=%v b=%v err=%v; want 2А and 1Б", va, vb, err)
	}
}

func TestServerOnlyTypesAndFunctions(t *testing.T) {
	serverSide := func(c Context) bool { return c.IsServer() }
	mk := func() *World {
		w := newTestWorld(t)
		w.AddTypesIn(serverSide, []value.TypeDef{{Name: value.Name{Ru: "Запрос", En: "Query"}, MaxArgs: 1,
			New: func(value.Env, []value.Value) (value.Value, error) { return value.NewStructure(), nil }}})
		w.AddFuncsIn(serverSide, []value.MethodDef{{Name: value.Name{Ru: "ТолькоСервер", En: "ServerOnly"},
			Func: func(value.Env, value.Value, []value.Value) (value.Value, error) { return value.True, nil }}})
		w.AddModule(common("М", "Процедура П() Экспорт\n\tЗ = Новый Запрос;\n\tХ = ТолькоСервер();\nКонецПроцедуры\n", ModuleFlags{Server: true, ClientManaged: true}))
		return w
	}
	if _, err := mk().Link(Server); err != nil {
		t.Fatalf("server: %v", err)
	}
	_, err := mk().Link(ThinClient)
	if err == nil || !strings.Contains(err.Error(), "Тип не определен (Запрос)") || !strings.Contains(err.Error(), "and 1 more") {
		t.Errorf("client: %v", err)
	}
}

// A Program is shared by concurrent sessions; run with -race.
func TestProgramIsSharedAcrossGoroutines(t *testing.T) {
	src := "Перем Н;\n\nФункция Считать(До) Экспорт\n\tДля Сч = 1 По До Цикл\n\t\tН = Н + Вычислить(\"Сч\");\n\tКонецЦикла;\n\tВозврат Н;\nКонецФункции\n\nН = 0;\n"
	p := link(t, Server, ModuleSpec{Name: "Обработка.О.МодульОбъекта", Source: []byte(src), Kind: ObjectModule})
	errs := make(chan error, 4)
	for g := 0; g < 4; g++ {
		go func() {
			s := p.NewSession(context.Background(), Options{})
			v, err := s.Call("Обработка.О.МодульОбъекта", "Считать", value.Int(100))
			if err == nil && !value.Equal(v, value.Int(5050)) {
				err = errors.New("wrong sum " + v.String())
			}
			errs <- err
		}()
	}
	for g := 0; g < 4; g++ {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

func TestHintsNeverChangeThePlatformText(t *testing.T) {
	w := newTestWorld(t)
	w.AddModule(common("М", "Процедура П() Экспорт\n\tСчетчик = 1;\n\tХ = Счетчк + 1;\n\tСтрДлинна(\"а\");\nКонецПроцедуры\n", serverOnly))
	_, err := w.Link(Server)
	var list ErrorList
	if !errors.As(err, &list) || len(list) != 2 {
		t.Fatalf("got %v", err)
	}
	if list[0].Msg != "Переменная не определена (Счетчк)" || !strings.Contains(list[0].Hint, "Счетчик") {
		t.Errorf("variable: %q hint %q", list[0].Msg, list[0].Hint)
	}
	if list[1].Msg != "Процедура или функция с указанным именем не определена (СтрДлинна)" || !strings.Contains(list[1].Hint, "СтрДлина") {
		t.Errorf("function: %q hint %q", list[1].Msg, list[1].Hint)
	}
}

func TestHostFunctionSeesItsCaller(t *testing.T) {
	w := newTestWorld(t)
	var got string
	w.AddFuncs([]value.MethodDef{{Name: value.Name{Ru: "КтоМеня", En: "WhoCalls"}, Proc: true,
		Func: func(env value.Env, _ value.Value, _ []value.Value) (value.Value, error) {
			m, p, inst, ok := env.(*Session).Caller()
			if ok {
				got = m + "." + p + "@" + inst.Context().String()
			}
			return nil, nil
		}}})
	w.AddModule(ModuleSpec{Name: "ОбщаяФорма.Ф.Форма", Source: []byte("Процедура П() Экспорт\n\tКтоМеня();\nКонецПроцедуры\n"), Kind: ObjectModule})
	p, err := w.Link(Server)
	if err != nil {
		t.Fatal(err)
	}
	s := p.NewSession(context.Background(), Options{})
	in, err := s.NewInstance("ОбщаяФорма.Ф.Форма", value.String("форма1"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := in.Call("П"); err != nil {
		t.Fatal(err)
	}
	if got != "ОбщаяФорма.Ф.Форма.П@форма1" {
		t.Errorf("caller = %q", got)
	}
}

func TestExportedModuleVariables(t *testing.T) {
	src := "Перем Версия Экспорт;\nПерем Скрытая;\n\nФункция Прочитать() Экспорт\n\tВозврат Версия;\nКонецФункции\n\nВерсия = \"1\";\n"
	p := link(t, Server, ModuleSpec{Name: "Обработка.О.МодульОбъекта", Source: []byte(src), Kind: ObjectModule})
	in, err := p.NewSession(context.Background(), Options{}).Instance("Обработка.О.МодульОбъекта")
	if err != nil {
		t.Fatal(err)
	}
	if v, ok := in.Var("версия"); !ok || v.String() != "1" {
		t.Errorf("Var = %v, %v", v, ok)
	}
	if _, ok := in.Var("Скрытая"); ok {
		t.Error("a variable without Экспорт is visible")
	}
	in.SetVar("Версия", value.String("2"))
	if v, _ := in.Call("Прочитать"); v.String() != "2" {
		t.Errorf("after SetVar: %v", v)
	}
}

// A host function may wrap a failure the platform way ("Ошибка при вызове
// метода контекста (X)" over the cause); BSL sees the cause as Причина.
func TestWrappedErrorsHaveACause(t *testing.T) {
	w := newTestWorld(t)
	w.AddFuncs([]value.MethodDef{{Name: value.Name{Ru: "Записать", En: "Write"}, Proc: true,
		Func: func(value.Env, value.Value, []value.Value) (value.Value, error) {
			return nil, WrapError("Ошибка при вызове метода контекста (Записать)", NewError("Не удалось записать"))
		}}})
	src := "Функция П() Экспорт\n\tПопытка\n\t\tЗаписать();\n\tИсключение\n\t\tИнф = ИнформацияОбОшибке();\n\t\tВозврат Инф.Описание + \"|\" + Инф.Причина.Описание + \"|\" + ПодробноеПредставлениеОшибки(Инф);\n\tКонецПопытки;\nКонецФункции\n"
	w.AddModule(common("М", src, serverOnly))
	p, err := w.Link(Server)
	if err != nil {
		t.Fatal(err)
	}
	v, err := p.NewSession(context.Background(), Options{}).Call("ОбщийМодуль.М.Модуль", "П")
	want := "Ошибка при вызове метода контекста (Записать)|Не удалось записать|{ОбщийМодуль.М.Модуль(3)}: Ошибка при вызове метода контекста (Записать)\nпо причине:\nНе удалось записать"
	if err != nil || v.String() != want {
		t.Errorf("got %q, %v\nwant %q", v, err, want)
	}
}

func TestCheckAcrossContexts(t *testing.T) {
	src := "Процедура П() Экспорт\n\tНетНигде();\n#Если ВебКлиент Тогда\n\tНетВВебе();\n#КонецЕсли\nКонецПроцедуры\n"
	w := newTestWorld(t)
	w.AddModule(common("М", src, ModuleFlags{Server: true, ClientManaged: true}))
	list := w.Check(Server, ThinClient, WebClient)
	if len(list) != 2 {
		t.Fatalf("got %v", list)
	}
	if list[0].Check != "Сервер, Тонкий клиент, Веб-клиент" || list[1].Check != "Веб-клиент" {
		t.Errorf("contexts: %q / %q", list[0].Check, list[1].Check)
	}
	if w.Check(Server) == nil {
		t.Error("Check found nothing")
	}
}

func TestDesignerReportFormat(t *testing.T) {
	w := newTestWorld(t)
	w.AddModule(common("Интеграция", "Процедура П() Экспорт\n\tЧтение = 1;\n\tДанные = ПрочитатьНечто(Чтение);\nКонецПроцедуры\n", ModuleFlags{Server: true, ClientManaged: true}))
	list := w.Check(WebClient)
	if len(list) == 0 {
		t.Fatal("no errors")
	}
	want := "{ОбщийМодуль.Интеграция.Модуль(3,11)}: Процедура или функция с указанным именем не определена (ПрочитатьНечто)\nДанные = <<?>>ПрочитатьНечто(Чтение); (Проверка: Веб-клиент)"
	if got := list[0].Designer(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
