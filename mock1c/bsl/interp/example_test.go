package interp_test

import (
	"context"
	"fmt"

	"wazzup-unf/mock1c/bsl/interp"
	"wazzup-unf/mock1c/bsl/value"
)

// The platform layer's view: register modules and the library, link per
// execution context, run sessions, wire client→server calls.
func Example() {
	w := interp.NewWorld()
	w.AddStdlib()
	w.AddModule(interp.ModuleSpec{
		Name: "ОбщийМодуль.ПримерВызовСервера.Модуль", Ident: "ПримерВызовСервера",
		File:   "CommonModules/ПримерВызовСервера/Ext/Module.bsl",
		Source: []byte("Функция Приветствие(Имя) Экспорт\n\tВозврат СтрШаблон(\"Привет, %1!\", Имя);\nКонецФункции\n"),
		Kind:   interp.CommonModule, Flags: interp.ModuleFlags{Server: true, ServerCall: true},
	})
	w.AddModule(interp.ModuleSpec{
		Name: "ОбщийМодуль.ПримерКлиент.Модуль", Ident: "ПримерКлиент",
		Source: []byte("Функция Показать() Экспорт\n\tВозврат ПримерВызовСервера.Приветствие(\"мир\");\nКонецФункции\n"),
		Kind:   interp.CommonModule, Flags: interp.ModuleFlags{ClientManaged: true},
	})
	server, err := w.Link(interp.Server)
	if err != nil {
		fmt.Println(err)
		return
	}
	w.SetServerCall(interp.DirectServerCalls(server, interp.Options{}))
	client, err := w.Link(interp.ThinClient)
	if err != nil {
		fmt.Println(err)
		return
	}
	s := client.NewSession(context.Background(), interp.Options{})
	v, err := s.Call("ОбщийМодуль.ПримерКлиент.Модуль", "Показать")
	fmt.Println(v, err)

	_, err = s.Call("ОбщийМодуль.ПримерКлиент.Модуль", "Показать", value.Int(1))
	fmt.Println(err)
	// Output:
	// Привет, мир! <nil>
	// Слишком много фактических параметров
}
