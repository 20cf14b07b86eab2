package interp

import (
	"context"
	"testing"

	"wazzup-unf/mock1c/bsl/value"
)

// A client common module names itself and another client module as values
// — the shape of БСП's notification targets (1c-syntax/ssl_3_1_eng,
// CommonModules/StandardSubsystemsClient: «New NotifyDescription(
// "ActionsBeforeExitCompletionHandler", StandardSubsystemsClient)» inside
// StandardSubsystemsClient) and of the Wazzup extension's WazzupКлиент.
// Before, both names failed to compile with «Переменная не определена».
func TestCommonModuleAsValueInClientModule(t *testing.T) {
	w := newTestWorld(t)
	client := ModuleFlags{ClientManaged: true}
	w.AddModule(ModuleSpec{Name: "ОбщийМодуль.МойКлиент.Модуль", Ident: "МойКлиент", Kind: CommonModule, Flags: client, Source: []byte(`
Функция Цели() Экспорт
	Результат = Новый Массив;
	Результат.Добавить(МойКлиент);
	Результат.Добавить(Второй);
	Возврат Результат;
КонецФункции

Функция Имя() Экспорт
	Возврат "МойКлиент";
КонецФункции

Функция Этот() Экспорт
	Возврат ЭтотОбъект = МойКлиент;
КонецФункции
`)})
	w.AddModule(ModuleSpec{Name: "ОбщийМодуль.Второй.Модуль", Ident: "Второй", Kind: CommonModule, Flags: client, Source: []byte(`
Функция Имя() Экспорт
	Возврат "Второй";
КонецФункции
`)})
	p, err := w.Link(ThinClient)
	if err != nil {
		t.Fatal(err)
	}
	s := p.NewSession(context.Background(), Options{})
	v, err := s.Call("ОбщийМодуль.МойКлиент.Модуль", "Цели")
	if err != nil {
		t.Fatal(err)
	}
	if v, err := s.Call("ОбщийМодуль.МойКлиент.Модуль", "Этот"); err != nil || !value.Equal(v, value.True) {
		t.Errorf("ЭтотОбъект in a common module: %v, %v; want the module itself", v, err)
	}
	arr := v.(*value.Array)
	for i, want := range []string{"МойКлиент", "Второй"} {
		el, _ := arr.Index(value.Int(int64(i)))
		mv, ok := el.(*CommonModuleValue)
		if !ok {
			t.Fatalf("element %d is %T, want *CommonModuleValue", i, el)
		}
		if mv.Module() != "ОбщийМодуль."+want+".Модуль" || mv.TypeName().Ru != "ОбщийМодуль" {
			t.Errorf("element %d: module %q type %v", i, mv.Module(), mv.TypeName())
		}
		// the platform layer runs an ОписаниеОповещения's handler like this
		got, err := s.CallModuleValue(mv, "Имя", nil)
		if err != nil || got.String() != want {
			t.Errorf("CallModuleValue(%s, Имя) = %v, %v", want, got, err)
		}
		if _, err := s.CallModuleValue(mv, "НетТакого", nil); err == nil {
			t.Errorf("CallModuleValue(%s, НетТакого): no error", want)
		}
	}
}
