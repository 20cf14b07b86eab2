package stdlib

import (
	"strings"
	"testing"

	"wazzup-unf/mock1c/bsl/value"
)

// TestIssueSurface checks that every built-in the issue names ("Built-in
// functions and types of ordinary code") is registered, under both names
// where the issue gives the Russian one.
func TestIssueSurface(t *testing.T) {
	funcs := value.NewMethodTable(Functions())
	for _, n := range strings.Fields(`
		СтрДлина СокрЛ СокрП СокрЛП Лев Прав Сред СтрНайти СтрЗаменить ВРег НРег ТРег СтрРазделить
		СтрСоединить СтрШаблон СтрНачинаетсяС СтрЗаканчиваетсяНа СтрЧислоВхождений СтрПолучитьСтроку
		СтрЧислоСтрок Символ КодСимвола ПустаяСтрока НСтр
		Цел Окр Мин Макс Число Pow Sqrt Log Log10 Exp Sin Cos Tan ASin ACos ATan
		Дата Год Месяц День Час Минута Секунда НачалоДня НачалоНедели НачалоМесяца НачалоКвартала НачалоГода
		КонецДня КонецНедели КонецМесяца КонецКвартала КонецГода НачалоЧаса КонецЧаса НачалоМинуты КонецМинуты
		ДобавитьМесяц ТекущаяДата ДеньНедели ДеньГода НеделяГода
		Тип ТипЗнч Строка Булево ЗначениеЗаполнено Формат ЗаполнитьЗначенияСвойств
		ЗаписатьJSON ПрочитатьJSON ПрочитатьДатуJSON ЗаписатьДатуJSON КодироватьСтроку РаскодироватьСтроку`) {
		d := funcs.Lookup(n)
		if d == nil {
			t.Errorf("function %s is missing", n)
			continue
		}
		if d.Name.En == "" || funcs.Lookup(d.Name.En) != d {
			t.Errorf("function %s has no English name", n)
		}
	}
	types := value.NewTypeTable(Types())
	for _, n := range strings.Fields(`Массив Структура Соответствие ФиксированныйМассив ФиксированнаяСтруктура
		ФиксированноеСоответствие СписокЗначений ТаблицаЗначений УникальныйИдентификатор ОписаниеТипов
		ЗаписьJSON ЧтениеJSON ПараметрыЗаписиJSON`) {
		d := types.Lookup(n)
		if d == nil || d.New == nil {
			t.Errorf("type %s has no constructor", n)
		}
	}
	for _, n := range strings.Fields(`Число Строка Дата Булево Неопределено Null Тип КлючИЗначение СтрокаТаблицыЗначений`) {
		if types.Lookup(n) == nil {
			t.Errorf("type %s is unknown to Тип()", n)
		}
	}
}
