package yaxunit

import (
	"testing"

	"wazzup-unf/mock1c/bsl/interp"
	"wazzup-unf/mock1c/bsl/value"
)

// On the platform, strings are UTF-16, so the two halves of a surrogate pair
// built with Символ join into one character (КодСимвола of its first
// position is the high half, 55357). The extension's clean-truncation test
// (ОМ_WazzupДанные.ОписаниеПользователя_ЧистаяОбрезка) builds its emoji this
// way; it used to be an expected failure until the emulator held lone halves.
// The platform side is G's reading (onec-extension/tests/README.md:
// infostart.ru/1c/articles/1831750), not measured on a platform.
func TestSurrogatePairsJoinLikeThePlatform(t *testing.T) {
	w := interp.NewWorld()
	w.AddStdlib()
	w.AddModule(interp.ModuleSpec{Name: moduleName("Проба"), Ident: "Проба", Kind: interp.CommonModule,
		Flags: interp.ModuleFlags{Server: true}, Source: []byte(`Функция Пара() Экспорт
	С = Символ(55357) + Символ(56832);
	Возврат Формат(СтрДлина(С), "ЧГ=0") + " " + Формат(КодСимвола(С, 1), "ЧГ=0") + " " + ?(С = "😀", "=", "<>");
КонецФункции
`)})
	p, err := w.Link(interp.Server)
	if err != nil {
		t.Fatal(err)
	}
	v, err := p.NewSession(t.Context(), interp.Options{}).Call(moduleName("Проба"), "Пара")
	if err != nil {
		t.Fatal(err)
	}
	const platform = "2 55357 =" // two UTF-16 units, the high half first, the emoji
	if v.(value.String) != platform {
		t.Errorf("СтрДлина, КодСимвола(…, 1), equality with the emoji = %q; the platform gives %q", v, platform)
	}
}
