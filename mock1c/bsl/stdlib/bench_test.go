package stdlib

import (
	"testing"

	"wazzup-unf/mock1c/bsl/value"
)

// Benchmarks of the library functions real modules call in loops. Run with
// go test -bench . -benchmem ./mock1c/bsl/stdlib

func benchCall(b *testing.B, name string, args ...value.Value) {
	tab := value.NewMethodTable(Functions())
	d := tab.Lookup(name)
	env := Env{}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := d.Func(env, nil, args); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFormatNumber(b *testing.B) {
	benchCall(b, "Формат", value.MustParse("1234567.891"), value.String("ЧДЦ=2; ЧГ=3,0"))
}

func BenchmarkFormatDate(b *testing.B) {
	d, _ := value.NewDate(2024, 1, 31, 23, 59, 59)
	benchCall(b, "Формат", d, value.String("ДФ='yyyy-MM-ddTHH:mm:ss'"))
}

func BenchmarkStrTemplate(b *testing.B) {
	benchCall(b, "СтрШаблон", value.String("Отправлено %1 из %2 (%3)"), value.IntValue(10), value.IntValue(250), value.String("контакты"))
}

func BenchmarkStrFind(b *testing.B) {
	benchCall(b, "СтрНайти", value.String("+7 (912) 345-67-89 доб. 123"), value.String("доб"))
}

func BenchmarkStrSplit(b *testing.B) {
	benchCall(b, "СтрРазделить", value.String("a,b,c,d,e,f,g,h,i,j"), value.String(","))
}

func BenchmarkNStr(b *testing.B) {
	benchCall(b, "НСтр", value.String("ru = 'Интеграция с Wazzup выключена'; en = 'Wazzup integration is off'"))
}

func BenchmarkTrimAll(b *testing.B) {
	benchCall(b, "СокрЛП", value.String("   значение с пробелами   "))
}

// UTF-16 length and slicing, on ASCII, Cyrillic (BMP) and text with an
// emoji (a surrogate pair in the platform's strings).
var benchTexts = []struct{ name, s string }{
	{"ascii", "Order 12345 from customer John Smith, delivered by courier"},
	{"cyrillic", "Заказ покупателя № 12345 от Ивана Петровича, доставка курьером"},
	{"emoji", "Заказ 😀 покупателя № 12345 от Ивана 👍 Петровича, доставка"},
}

func BenchmarkStrLen(b *testing.B) {
	for _, t := range benchTexts {
		b.Run(t.name, func(b *testing.B) { benchCall(b, "СтрДлина", value.String(t.s)) })
	}
}

func BenchmarkMid(b *testing.B) {
	for _, t := range benchTexts {
		b.Run(t.name, func(b *testing.B) {
			benchCall(b, "Сред", value.String(t.s), value.IntValue(10), value.IntValue(30))
		})
	}
}

func BenchmarkLeft(b *testing.B) {
	for _, t := range benchTexts {
		b.Run(t.name, func(b *testing.B) { benchCall(b, "Лев", value.String(t.s), value.IntValue(40)) })
	}
}
