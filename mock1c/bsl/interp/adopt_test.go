package interp

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func TestExtensionInterception(t *testing.T) {
	base := common("Переопределяемый", `Процедура Событие(Журнал) Экспорт
	Журнал.Добавить("база");
КонецПроцедуры

Функция Сумма(А, Б) Экспорт
	Возврат А + Б;
КонецФункции

Функция ИзнутриБазы(Журнал) Экспорт
	Событие(Журнал);
	Возврат Сумма(1, 2);
КонецФункции
`, serverOnly)
	ext := base
	ext.Extension = "Wazzup"
	ext.File = "ext/CommonModules/Переопределяемый/Ext/Module.bsl"
	ext.Source = []byte(`&Перед("Событие")
Процедура WazzupПеред(Журнал)
	Журнал.Добавить("перед");
КонецПроцедуры

&После("Событие")
Процедура WazzupПосле(Журнал)
	Журнал.Добавить("после");
КонецПроцедуры

&Вместо("Сумма")
Функция WazzupСумма(А, Б)
	Возврат ПродолжитьВызов(А, Б) * 10;
КонецФункции

Функция WazzupСвоя() Экспорт
	Возврат "своя";
КонецФункции
`)
	user := common("Польз", `Функция Проверить() Экспорт
	Журнал = Новый Массив;
	Р = Переопределяемый.ИзнутриБазы(Журнал);
	Возврат СтрСоединить(Журнал, ",") + "|" + Р + "|" + Переопределяемый.WazzupСвоя();
КонецФункции

Процедура Упасть() Экспорт
	Переопределяемый.Событие(Неопределено);
КонецПроцедуры
`, serverOnly)
	w := newTestWorld(t)
	w.AddModule(ext) // registration order does not matter
	w.AddModule(base)
	w.AddModule(user)
	p, err := w.Link(Server)
	if err != nil {
		t.Fatal(err)
	}
	s := p.NewSession(context.Background(), Options{})
	v, err := s.Call("ОбщийМодуль.Польз.Модуль", "Проверить")
	if err != nil || v.String() != "перед,база,после|30|своя" {
		t.Errorf("got %v, %v; want перед,база,после|30|своя", v, err)
	}
	_, err = s.Call("ОбщийМодуль.Польз.Модуль", "Упасть")
	var re *RuntimeError
	if !errors.As(err, &re) {
		t.Fatalf("want a runtime error, got %v", err)
	}
	if got := re.Detailed(); !strings.HasPrefix(got, "{Wazzup ОбщийМодуль.Переопределяемый.Модуль(3)}: ") {
		t.Errorf("an error in extension code names the extension: %s", got)
	}
}

func TestExtensionInterceptionErrors(t *testing.T) {
	base := common("Б", "Процедура П(А) Экспорт\nКонецПроцедуры\n", serverOnly)
	ext := base
	ext.Extension = "Р"
	ext.Source = []byte("&После(\"Нет\")\nПроцедура РНет()\nКонецПроцедуры\n\n&Перед(\"П\")\nПроцедура РП()\nКонецПроцедуры\n\nПроцедура П(А)\nКонецПроцедуры\n")
	w := newTestWorld(t)
	w.AddModule(base)
	w.AddModule(ext)
	_, err := w.Link(Server)
	var list ErrorList
	if !errors.As(err, &list) || len(list) != 3 {
		t.Fatalf("want 3 errors (unknown target, parameter mismatch, duplicate name), got %v", err)
	}
}
