package yaxunit

import (
	"testing"

	"wazzup-unf/mock1c/bsl/interp"
	"wazzup-unf/mock1c/bsl/value"
)

// The reason of the expected failure ОписаниеПользователя_ЧистаяОбрезка,
// shown rather than asserted: on the platform, strings are UTF-16, so the two
// halves of a surrogate pair built with Символ join into one character
// (КодСимвола of its first position is the high half, 55357). While the
// emulator differs here the expected failure stands; once it agrees, the
// extension test must pass — if it still failed, the failure would be real,
// so this test then demands the entry be gone. The platform side is G's
// reading (onec-extension/tests/README.md: infostart.ru/1c/articles/1831750),
// not measured on a platform.
func TestSurrogateGapStillExplainsExpectedFailure(t *testing.T) {
	const id = "ОМ_WazzupДанные.ОписаниеПользователя_ЧистаяОбрезка@Сервер"
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
	gap := v.(value.String) != platform
	t.Logf("emulator: СтрДлина, КодСимвола(…, 1), equality with the emoji = %q; platform: %q", v, platform)
	if _, listed := expectedFailures[id]; listed && !gap {
		t.Errorf("the emulator now builds surrogate pairs like the platform: %s must pass; drop it from expectedFailures", id)
	}
}
