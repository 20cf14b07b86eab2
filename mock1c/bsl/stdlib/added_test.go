package stdlib

import (
	"testing"

	"wazzup-unf/mock1c/bsl/value"
)

func enumItem(t *testing.T, enum, item string) value.Value {
	for _, e := range Enums() {
		if e.Name.Ru == enum {
			if v := e.Item(item); v != nil {
				return v
			}
		}
	}
	t.Fatalf("no %s.%s", enum, item)
	return nil
}

// СтрокаСЧислом: the template order Zero;One;Two;Few;Many;Other and the
// example ";%1 день;;%1 дня;%1 дней;%1 дня" are БСП's
// (СтроковыеФункцииКлиентСервер.СтрокаСЧисломДляЛюбогоЯзыка, quoted by the
// base model); the categories are CLDR's plural rules for ru and en.
func TestStringWithNumber(t *testing.T) {
	const days = ";%1 день;;%1 дня;%1 дней;%1 дня"
	ord := enumItem(t, "ВидЧисловогоЗначения", "Порядковое")
	card := enumItem(t, "ВидЧисловогоЗначения", "Количественное")
	runCases(t, []fcase{
		{"ru one", "СтрокаСЧислом", []value.Value{S(days), I(1), card, S("ЧН=0")}, "1 день"},
		{"ru one 21", "СтрокаСЧислом", []value.Value{S(days), I(21), card, S("ЧН=0")}, "21 день"},
		{"ru many 11", "СтрокаСЧислом", []value.Value{S(days), I(11), card, S("ЧН=0")}, "11 дней"},
		{"ru few 3", "СтрокаСЧислом", []value.Value{S(days), I(3), card, S("ЧН=0")}, "3 дня"},
		{"ru few 104", "СтрокаСЧислом", []value.Value{S(days), I(104)}, "104 дня"},
		{"ru many 12", "СтрокаСЧислом", []value.Value{S(days), I(12)}, "12 дней"},
		{"ru many 0 with ЧН", "СтрокаСЧислом", []value.Value{S(days), I(0), omit(), S("ЧН=0")}, "0 дней"},
		{"ru fraction is other", "СтрокаСЧислом", []value.Value{S(days), N("1.5")}, "1,5 дня"},
		{"ru negative by magnitude", "СтрокаСЧислом", []value.Value{S(days), I(-2), omit(), S("ЧГ=0")}, "-2 дня"},
		{"group separators from Формат", "СтрокаСЧислом", []value.Value{S(days), I(1001)}, "1\u00a0001 день"},
		{"ru ordinal is other", "СтрокаСЧислом", []value.Value{S(";%1-й;;;;%1-й"), I(2), ord}, "2-й"},
		{"en by Л", "СтрокаСЧислом", []value.Value{S(";%1 day;;;;%1 days"), I(1), card, S("Л=en")}, "1 day"},
		{"en other", "СтрокаСЧислом", []value.Value{S(";%1 day;;;;%1 days"), I(5), card, S("Л=en")}, "5 days"},
		{"en ordinal 22nd", "СтрокаСЧислом", []value.Value{S(";%1st;%1nd;%1rd;;%1th"), I(22), ord, S("Л=en; ЧГ=0")}, "22nd"},
		{"en ordinal 13th", "СтрокаСЧислом", []value.Value{S(";%1st;%1nd;%1rd;;%1th"), I(13), ord, S("Л=en")}, "13th"},
		{"empty form falls back to Other", "СтрокаСЧислом", []value.Value{S(";;;;;%1 шт."), I(1)}, "1 шт."},
		{"НСтр template", "СтрокаСЧислом", []value.Value{S("ru = ';%1 день;;%1 дня;%1 дней;%1 дня'; en = ';%1 day;;;;%1 days'"), I(2), card, S("Л=en")}, "2 days"},
		{"number required", "СтрокаСЧислом", []value.Value{S(days), S("2")}, "!Неверный тип аргумента"},
	})
}

func TestBitwise(t *testing.T) {
	runCases(t, []fcase{
		{"and", "ПобитовоеИ", []value.Value{I(12), I(10)}, "8"},
		{"or", "ПобитовоеИли", []value.Value{I(12), I(10)}, "14"},
		{"xor", "ПобитовоеИсключительноеИли", []value.Value{I(12), I(10)}, "6"},
		{"and not", "ПобитовоеИНе", []value.Value{I(12), I(10)}, "4"},
		{"not is 32-bit", "ПобитовоеНе", []value.Value{I(0)}, "4\u00a0294\u00a0967\u00a0295"},
		{"shift left wraps at 32 bits", "ПобитовыйСдвигВлево", []value.Value{N("2147483648"), I(1)}, "0"},
		{"shift right", "ПобитовыйСдвигВправо", []value.Value{I(256), I(4)}, "16"},
		{"check bit", "ПроверитьБит", []value.Value{I(5), I(2)}, "Да"},
		{"set bit", "УстановитьБит", []value.Value{I(5), I(1), B(true)}, "7"},
		{"clear bit", "УстановитьБит", []value.Value{I(5), I(0), B(false)}, "4"},
		{"mask", "ПроверитьПоБитовойМаске", []value.Value{I(7), I(5)}, "Да"},
		{"negative refused", "ПобитовоеИ", []value.Value{I(-1), I(1)}, "!Неверное значение аргумента"},
		{"fraction refused", "ПобитовоеИ", []value.Value{N("1.5"), I(1)}, "!Неверное значение аргумента"},
		{"above 32 bits refused", "ПобитовоеИли", []value.Value{N("4294967296"), I(1)}, "!Неверное значение аргумента"},
		{"bit 32 refused", "ПроверитьБит", []value.Value{I(1), I(32)}, "!Неверное значение аргумента"},
	})
}

func TestXMLFunctions(t *testing.T) {
	u, _ := value.ParseUUID("0b5a3c6e-1f7d-4a2b-9c8d-7e6f5a4b3c2d")
	d, _ := value.NewDate(2024, 1, 31, 23, 59, 59)
	lone := value.String(value.AppendRune(nil, 0xD83D))
	typ := func(n value.Name) value.Value { return value.Type{Name: n} }
	runCases(t, []fcase{
		{"XMLСтрока number", "XMLСтрока", []value.Value{N("-1234.50")}, "-1234.5"},
		{"XMLСтрока bool", "XMLСтрока", []value.Value{B(true)}, "true"},
		{"XMLСтрока date", "XMLСтрока", []value.Value{d}, "2024-01-31T23:59:59"},
		{"XMLСтрока empty date", "XMLСтрока", []value.Value{value.EmptyDate}, "0001-01-01T00:00:00"},
		{"XMLСтрока uuid", "XMLСтрока", []value.Value{u}, "0b5a3c6e-1f7d-4a2b-9c8d-7e6f5a4b3c2d"},
		{"XMLСтрока Неопределено", "XMLСтрока", []value.Value{value.Undef}, ""},
		{"XMLСтрока array refused", "XMLСтрока", []value.Value{value.NewArray()}, "!Неверный тип аргумента"},
		{"XMLЗначение number", "XMLЗначение", []value.Value{typ(value.TNumber), S("1000.5")}, "1\u00a0000,5"},
		{"XMLЗначение number with comma refused", "XMLЗначение", []value.Value{typ(value.TNumber), S("1,5")}, "!Неверное значение аргумента"},
		{"XMLЗначение bool", "XMLЗначение", []value.Value{typ(value.TBoolean), S("false")}, "Нет"},
		{"XMLЗначение date", "XMLЗначение", []value.Value{typ(value.TDate), S("2024-01-31T23:59:59")}, "31.01.2024 23:59:59"},
		{"XMLЗначение date only", "XMLЗначение", []value.Value{typ(value.TDate), S("2024-01-31")}, "31.01.2024 0:00:00"},
		{"XMLЗначение uuid", "XMLЗначение", []value.Value{typ(value.TUUID), S("0b5a3c6e-1f7d-4a2b-9c8d-7e6f5a4b3c2d")}, "0b5a3c6e-1f7d-4a2b-9c8d-7e6f5a4b3c2d"},
		{"find none", "НайтиНедопустимыеСимволыXML", []value.Value{S("abc\tя")}, "0"},
		{"find control", "НайтиНедопустимыеСимволыXML", []value.Value{S("ab\x01c")}, "3"},
		{"find lone half after emoji", "НайтиНедопустимыеСимволыXML", []value.Value{value.String("😀") + lone}, "3"},
		{"find from position", "НайтиНедопустимыеСимволыXML", []value.Value{S("\x01a\x02"), I(2)}, "3"},
		{"1.1 allows controls", "НайтиНедопустимыеСимволыXML", []value.Value{S("a\x01"), I(1), S("1.1")}, "0"},
		{"delete", "УдалитьНедопустимыеСимволыXML", []value.Value{value.String("a\x01b") + lone}, "ab"},
		{"replace", "УдалитьНедопустимыеСимволыXML", []value.Value{S("a\x01b"), S("?")}, "a?b"},
	})
}
