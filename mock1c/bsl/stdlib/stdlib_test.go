package stdlib

import (
	"strings"
	"testing"
	"time"

	"wazzup-unf/internal/clock"
	"wazzup-unf/mock1c/bsl/value"
)

// lib indexes Functions() like the interpreter does.
type lib struct {
	t   *testing.T
	tab *value.MethodTable
	env value.Env
}

func newLib(t *testing.T) *lib {
	return &lib{t: t, tab: value.NewMethodTable(Functions()), env: Env{Clk: clock.NewVirtual(time.Date(2024, 1, 31, 23, 59, 59, 0, time.UTC))}}
}

func (l *lib) call(name string, args ...value.Value) (value.Value, error) {
	d := l.tab.Lookup(name)
	if d == nil {
		l.t.Fatalf("no function %s", name)
	}
	if err := d.CheckArgs(len(args)); err != nil {
		return nil, err
	}
	return d.Func(l.env, nil, args)
}

// fcase is one table row: a call and its expected presentation (or error).
type fcase struct {
	name string
	fn   string
	args []value.Value
	want string // value.String() of the result, or the error text after "!"
}

func S(s string) value.Value { return value.String(s) }
func N(s string) value.Value { return value.MustParse(s) }
func I(n int64) value.Value  { return value.IntValue(n) }
func D(s string) value.Value { d, _ := ParseDate(s); return d }
func B(b bool) value.Value   { return value.Bool(b) }
func omit() value.Value      { return nil }
func show(v value.Value) string {
	if a, ok := v.(*value.Array); ok {
		parts := make([]string, len(a.Items))
		for i, x := range a.Items {
			parts[i] = x.String()
		}
		return "[" + strings.Join(parts, "|") + "]"
	}
	return v.String()
}

func runCases(t *testing.T, cases []fcase) {
	l := newLib(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			l.t = t
			got, err := l.call(tc.fn, tc.args...)
			if strings.HasPrefix(tc.want, "!") {
				if err == nil || err.Error() != tc.want[1:] {
					t.Fatalf("%s: got %v, %v; want error %q", tc.fn, got, err, tc.want[1:])
				}
				return
			}
			if err != nil {
				t.Fatalf("%s: %v", tc.fn, err)
			}
			if s := show(got); s != tc.want {
				t.Errorf("%s = %q, want %q", tc.fn, s, tc.want)
			}
		})
	}
}

func TestStrings(t *testing.T) {
	runCases(t, []fcase{
		{"StrLen counts characters not bytes", "СтрДлина", []value.Value{S("Привет")}, "6"},
		{"StrLen of a number takes its presentation (platform parameter conversion)", "StrLen", []value.Value{I(1000)}, "5"},
		{"IsBlankString of Неопределено", "ПустаяСтрока", []value.Value{value.Undef}, "Да"},
		{"StrLen counts UTF-16 units (measured 8.3.27)", "СтрДлина", []value.Value{S("a😀")}, "3"},
		{"Left in UTF-16 units", "Лев", []value.Value{S("😀b"), I(2)}, "😀"},
		{"StrFind position in UTF-16 units", "СтрНайти", []value.Value{S("😀b"), S("b")}, "3"},
		{"StrFind empty substring is 0 (measured runtime)", "СтрНайти", []value.Value{S("abc"), S("")}, "0"},
		{"StrFind start past the end is 0", "СтрНайти", []value.Value{S("abc"), S("a"), omit(), I(10)}, "0"},
		{"StrFind backwards: the occurrence begins at or before the start", "СтрНайти", []value.Value{S("abab"), S("ab"), S("СКонца"), I(3)}, "3"},
		{"Upper takes a UUID by its text (measured)", "ВРег", []value.Value{value.UUID{0xab}}, "AB000000-0000-0000-0000-000000000000"},
		{"Upper converts a number", "ВРег", []value.Value{B(true)}, "ДА"},
		{"Char outside the BMP is empty (measured 8.3.27)", "Символ", []value.Value{I(128512)}, ""},
		{"CharCode of empty string is -1 (measured)", "КодСимвола", []value.Value{S("")}, "-1"},
		{"TrimAll strips NBSP and line breaks", "СокрЛП", []value.Value{S("\u00a0 а б\r\n\t")}, "а б"},
		{"TrimL", "СокрЛ", []value.Value{S("  а ")}, "а "},
		{"TrimR", "СокрП", []value.Value{S("  а ")}, "  а"},
		{"Left beyond length", "Лев", []value.Value{S("абв"), I(10)}, "абв"},
		{"Left negative", "Лев", []value.Value{S("абв"), I(-1)}, ""},
		{"Right", "Прав", []value.Value{S("абвгд"), I(2)}, "гд"},
		{"Mid to end", "Сред", []value.Value{S("абвгд"), I(3)}, "вгд"},
		{"Mid with count", "Сред", []value.Value{S("абвгд"), I(2), I(2)}, "бв"},
		{"Mid start past end", "Сред", []value.Value{S("абв"), I(10)}, ""},
		{"Mid start below 1 taken as 1 (OneScript reading)", "Сред", []value.Value{S("абв"), I(0), I(2)}, "аб"},
		{"StrFind forward", "СтрНайти", []value.Value{S("абаба"), S("ба")}, "2"},
		{"StrFind absent", "СтрНайти", []value.Value{S("абв"), S("я")}, "0"},
		{"StrFind from end", "СтрНайти", []value.Value{S("абаба"), S("ба"), S("СКонца")}, "4"},
		{"StrFind start position", "СтрНайти", []value.Value{S("абаба"), S("ба"), omit(), I(3)}, "4"},
		{"StrFind second occurrence", "СтрНайти", []value.Value{S("абаба"), S("а"), S("СНачала"), I(1), I(3)}, "5"},
		{"StrFind from end, second occurrence", "СтрНайти", []value.Value{S("абаба"), S("а"), S("СКонца"), I(5), I(2)}, "3"},
		{"StrFind is case-sensitive", "СтрНайти", []value.Value{S("Абв"), S("а")}, "0"},
		{"StrFind bad start", "СтрНайти", []value.Value{S("абв"), S("а"), omit(), I(0)}, "!Неверное значение аргумента"},
		{"Round mode as a number: 0 is 15 as 10 (measured)", "Окр", []value.Value{N("2.5"), I(0), I(0)}, "2"},
		{"Find (old) forward", "Найти", []value.Value{S("абв"), S("в")}, "3"},
		{"StrReplace all", "СтрЗаменить", []value.Value{S("а-б-в"), S("-"), S("+")}, "а+б+в"},
		{"StrReplace empty what", "СтрЗаменить", []value.Value{S("абв"), S(""), S("x")}, "абв"},
		{"Upper", "ВРег", []value.Value{S("привет, World")}, "ПРИВЕТ, WORLD"},
		{"Lower", "НРег", []value.Value{S("ПРИВЕТ")}, "привет"},
		{"Title", "ТРег", []value.Value{S("иВАН петров-водкин")}, "Иван Петров-Водкин"},
		{"StrSplit keeps empties by default", "СтрРазделить", []value.Value{S("а,,б"), S(",")}, "[а||б]"},
		{"StrSplit drops empties", "СтрРазделить", []value.Value{S("а,,б;в"), S(",;"), B(false)}, "[а|б|в]"},
		{"StrConcat converts elements", "СтрСоединить", []value.Value{value.NewArray(S("а"), I(1000)), S(", ")}, "а, 1\u00a0000"},
		{"StrTemplate basic", "СтрШаблон", []value.Value{S("%1 из %2"), I(1), I(2)}, "1 из 2"},
		{"StrTemplate %10 is the tenth", "СтрШаблон", []value.Value{S("%10"), I(1), I(2), I(3), I(4), I(5), I(6), I(7), I(8), I(9), S("десять")}, "десять"},
		{"StrTemplate %(1)0", "СтрШаблон", []value.Value{S("%(1)0"), I(5)}, "50"},
		{"StrTemplate %%", "СтрШаблон", []value.Value{S("100%% и %1"), S("x")}, "100% и x"},
		{"StrTemplate number grouping", "СтрШаблон", []value.Value{S("%1"), I(12345)}, "12\u00a0345"},
		{"StartsWith", "СтрНачинаетсяС", []value.Value{S("Привет"), S("При")}, "Да"},
		{"StartsWith case-sensitive", "СтрНачинаетсяС", []value.Value{S("Привет"), S("при")}, "Нет"},
		{"StartsWith empty prefix is an error", "СтрНачинаетсяС", []value.Value{S("а"), S("")}, "!Неверное значение аргумента"},
		{"EndsWith (СтрЗаканчиваетсяНа is the platform's name)", "СтрЗаканчиваетсяНа", []value.Value{S("файл.json"), S(".json")}, "Да"},
		{"OccurrenceCount", "СтрЧислоВхождений", []value.Value{S("аааа"), S("аа")}, "2"},
		{"LineCount", "СтрЧислоСтрок", []value.Value{S("а\nб\r\nв")}, "3"},
		{"GetLine", "СтрПолучитьСтроку", []value.Value{S("а\nб\r\nв"), I(2)}, "б"},
		{"GetLine out of range", "СтрПолучитьСтроку", []value.Value{S("а"), I(5)}, ""},
		{"Char", "Символ", []value.Value{I(1071)}, "Я"},
		{"CharCode", "КодСимвола", []value.Value{S("аЯ"), I(2)}, "1\u00a0071"},
		{"IsBlankString", "ПустаяСтрока", []value.Value{S(" \t\n")}, "Да"},
		{"NStr ru", "НСтр", []value.Value{S("ru = 'Привет'; en = 'Hello'")}, "Привет"},
		{"NStr en", "NStr", []value.Value{S("ru = 'Привет'; en = 'Hello'"), S("en")}, "Hello"},
		{"NStr doubled quote", "НСтр", []value.Value{S("ru = 'Д''Артаньян'")}, "Д'Артаньян"},
		{"NStr missing language", "НСтр", []value.Value{S("en = 'Hello'")}, ""},
		{"too many arguments", "СтрДлина", []value.Value{S("а"), S("б")}, "!Слишком много фактических параметров"},
		{"not enough arguments", "Лев", []value.Value{S("а")}, "!Недостаточно фактических параметров"},
	})
}

func TestNumbers(t *testing.T) {
	runCases(t, []fcase{
		{"Int truncates toward zero", "Цел", []value.Value{N("-2.7")}, "-2"},
		{"Round default half up", "Окр", []value.Value{N("2.5")}, "3"},
		{"Round digits", "Окр", []value.Value{N("1.2345"), I(2)}, "1,23"},
		{"Round 15 as 10", "Окр", []value.Value{N("1.25"), I(1), S("Окр15как10")}, "1,2"},
		{"Round 15 as 20", "Окр", []value.Value{N("1.25"), I(1), S("Окр15как20")}, "1,3"},
		{"Round negative digits", "Окр", []value.Value{N("1234"), I(-2)}, "1\u00a0200"},
		{"Round non-number", "Окр", []value.Value{value.Undef}, "!Неверный тип аргумента"},
		{"Min", "Мин", []value.Value{I(3), N("-1.5"), I(2)}, "-1,5"},
		{"Max strings", "Макс", []value.Value{S("а"), S("в"), S("б")}, "в"},
		{"Max mixed types", "Макс", []value.Value{I(1), S("в")}, "!" + value.MsgCompareTypes},
		{"Pow exact", "Pow", []value.Value{N("1.1"), I(2)}, "1,21"},
		{"Pow fractional", "Pow", []value.Value{I(4), N("0.5")}, "2"},
		{"Sqrt", "Sqrt", []value.Value{N("2.25")}, "1,5"},
		{"Sqrt negative", "Sqrt", []value.Value{I(-1)}, "!Неверное значение аргумента"},
		{"Sqrt(2) keeps 15 significant digits (measured on 8.3.27 by a public BSL runtime)", "Sqrt", []value.Value{I(2)}, "1,4142135623731"},
		{"Pow goes through double precision", "Pow", []value.Value{I(2), I(64)}, "18\u00a0446\u00a0744\u00a0073\u00a0709\u00a0600\u00a0000"},
		{"Log10", "Log10", []value.Value{I(1000)}, "3"},
		{"Number from string", "Число", []value.Value{S(" 12.50 ")}, "12,5"},
		{"Number from bad string", "Число", []value.Value{S("12a")}, "!" + value.MsgToNumberFailed},
		{"Number from bool", "Число", []value.Value{B(true)}, "1"},
		{"Number from undefined", "Число", []value.Value{value.Undef}, "!" + value.MsgToNumberFailed},
	})
}

func TestDates(t *testing.T) {
	runCases(t, []fcase{
		{"Date from parts", "Дата", []value.Value{I(2024), I(2), I(29)}, "29.02.2024 0:00:00"},
		{"Date from 6 parts", "Дата", []value.Value{I(2024), I(1), I(31), I(23), I(59), I(59)}, "31.01.2024 23:59:59"},
		{"Date invalid day", "Дата", []value.Value{I(2023), I(2), I(29)}, "!" + value.MsgDateOutOfRange},
		{"Date from string", "Дата", []value.Value{S("20240131235959")}, "31.01.2024 23:59:59"},
		{"Date from bad string", "Дата", []value.Value{S("2024")}, "!" + value.MsgToDateFailed},
		{"Year", "Год", []value.Value{D("20240131")}, "2\u00a0024"},
		{"Month", "Месяц", []value.Value{D("20240131")}, "1"},
		{"Hour of non-date", "Час", []value.Value{I(1)}, "!Неверный тип аргумента"},
		{"WeekDay Wednesday is 3", "ДеньНедели", []value.Value{D("20240131")}, "3"},
		{"BegOfWeek is Monday", "НачалоНедели", []value.Value{D("20240131120000")}, "29.01.2024 0:00:00"},
		{"EndOfWeek is Sunday", "КонецНедели", []value.Value{D("20240131")}, "04.02.2024 23:59:59"},
		{"BegOfQuarter", "НачалоКвартала", []value.Value{D("20240515")}, "01.04.2024 0:00:00"},
		{"EndOfQuarter", "КонецКвартала", []value.Value{D("20240515")}, "30.06.2024 23:59:59"},
		{"EndOfMonth leap", "КонецМесяца", []value.Value{D("20240210")}, "29.02.2024 23:59:59"},
		{"EndOfYear", "КонецГода", []value.Value{D("20240210")}, "31.12.2024 23:59:59"},
		{"BegOfHour", "НачалоЧаса", []value.Value{D("20240210123456")}, "10.02.2024 12:00:00"},
		{"AddMonth clamps 31 Jan to 29 Feb", "ДобавитьМесяц", []value.Value{D("20240131"), I(1)}, "29.02.2024 0:00:00"},
		{"AddMonth keeps end of month (unverified rule)", "ДобавитьМесяц", []value.Value{D("20230228"), I(1)}, "31.03.2023 0:00:00"},
		{"AddMonth negative across year", "ДобавитьМесяц", []value.Value{D("20240115103000"), I(-2)}, "15.11.2023 10:30:00"},
		{"CurrentDate from the session clock", "ТекущаяДата", nil, "31.01.2024 23:59:59"},
		{"CurrentUniversalDateInMilliseconds counts from year 1", "ТекущаяУниверсальнаяДатаВМиллисекундах", nil, "63\u00a0842\u00a0342\u00a0399\u00a0000"},
		{"Date with a fractional part is an error", "Дата", []value.Value{N("2024.5"), I(1), I(1)}, "!Неверное значение аргумента"},
	})
}

func TestTypes(t *testing.T) {
	arr := value.NewArray()
	runCases(t, []fcase{
		{"TypeOf number", "ТипЗнч", []value.Value{I(1)}, "Число"},
		{"TypeOf array", "ТипЗнч", []value.Value{arr}, "Массив"},
		{"Type by English name gives the Russian presentation", "Тип", []value.Value{S("Structure")}, "Структура"},
		{"Type unknown", "Тип", []value.Value{S("Нечто")}, "!Тип не определен (Нечто)"},
		{"String of bool", "Строка", []value.Value{B(true)}, "Да"},
		{"String of undefined", "Строка", []value.Value{value.Undef}, ""},
		{"Boolean from Да", "Булево", []value.Value{S("да")}, "Да"},
		{"Boolean from number", "Булево", []value.Value{I(0)}, "Нет"},
		{"Boolean from text", "Булево", []value.Value{S("может")}, "!" + value.MsgToBooleanFailed},
		{"Filled zero", "ЗначениеЗаполнено", []value.Value{I(0)}, "Нет"},
		{"Filled false", "ЗначениеЗаполнено", []value.Value{B(false)}, "Нет"},
		{"Filled blank string", "ЗначениеЗаполнено", []value.Value{S("  ")}, "Нет"},
		{"Filled empty date", "ЗначениеЗаполнено", []value.Value{value.EmptyDate}, "Нет"},
		{"Filled null", "ЗначениеЗаполнено", []value.Value{value.Null}, "Нет"},
		{"Filled empty array", "ЗначениеЗаполнено", []value.Value{arr}, "Нет"},
		{"Filled array", "ЗначениеЗаполнено", []value.Value{value.NewArray(I(1))}, "Да"},
		{"Filled zero uuid", "ЗначениеЗаполнено", []value.Value{value.UUID{}}, "Нет"},
		{"Filled type", "ЗначениеЗаполнено", []value.Value{value.Type{Name: value.TNumber}}, "Да"},
	})
	if !value.Equal(mustCall(t, "ТипЗнч", I(1)), mustCall(t, "Тип", S("Число"))) {
		t.Error("ТипЗнч(1) = Тип(\"Число\")")
	}
}

func mustCall(t *testing.T, name string, args ...value.Value) value.Value {
	t.Helper()
	v, err := newLib(t).call(name, args...)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestFormat(t *testing.T) {
	d := D("20240105090503")
	runCases(t, []fcase{
		{"number default groups with NBSP", "Формат", []value.Value{N("1234567.891")}, "1\u00a0234\u00a0567,891"},
		{"zero is empty by default", "Формат", []value.Value{I(0)}, ""},
		{"ЧН= shows zero", "Формат", []value.Value{I(0), S("ЧН=")}, "0"},
		{"ЧН text", "Формат", []value.Value{I(0), S("ЧН='нет'")}, "нет"},
		{"ЧДЦ pads and rounds", "Формат", []value.Value{N("2.005"), S("ЧДЦ=2")}, "2,01"},
		{"ЧДЦ pads zeros", "Формат", []value.Value{N("1.5"), S("ЧДЦ=2")}, "1,50"},
		{"ЧГ=0 no grouping", "Формат", []value.Value{I(1234567), S("ЧГ=0")}, "1234567"},
		{"ЧГ= no grouping", "Формат", []value.Value{I(1234567), S("ЧГ=")}, "1234567"},
		{"ЧГ=3,2", "Формат", []value.Value{I(123456789), S("ЧГ=3,2")}, "12\u00a034\u00a056\u00a0789"},
		{"ЧРД and ЧРГ", "Формат", []value.Value{N("1234.5"), S("ЧРД=.; ЧРГ=' '; ЧДЦ=2")}, "1 234.50"},
		{"ЧЦ ЧВН leading zeros", "Формат", []value.Value{I(42), S("ЧЦ=5; ЧВН=; ЧГ=0")}, "00042"},
		{"ЧЦ overflow shows nines", "Формат", []value.Value{I(12345), S("ЧЦ=3")}, "999"},
		{"ЧО=0 brackets", "Формат", []value.Value{I(-5), S("ЧО=0")}, "(5)"},
		{"ЧО=4", "Формат", []value.Value{I(-5), S("ЧО=4")}, "5 -"},
		{"English keys and locale", "Format", []value.Value{N("1234.5"), S("NFD=2; L=en_US")}, "1,234.50"},
		{"de locale (measured)", "Формат", []value.Value{N("1234.5"), S("Л=de_DE")}, "1.234,5"},
		{"unknown locale falls back to ru (measured)", "Формат", []value.Value{N("1234.5"), S("Л=zz_ZZ")}, "1\u00a0234,5"},
		{"ЧС shifts (measured)", "Формат", []value.Value{I(1234), S("ЧГ=0; ЧРД=.; ЧС=3")}, "1.234"},
		{"zero test before rounding (measured)", "Формат", []value.Value{N("0.004"), S("ЧДЦ=2; ЧН=X")}, "0,00"},
		{"ЧЦ alone drops the fraction (measured)", "Формат", []value.Value{N("123.456"), S("ЧЦ=7")}, "123"},
		{"ЧЦ alone rounds (measured)", "Формат", []value.Value{N("1.5"), S("ЧЦ=1")}, "2"},
		{"ЧЦ with ЧДЦ pads (measured)", "Формат", []value.Value{N("1.5"), S("ЧЦ=5; ЧДЦ=2")}, "1,50"},
		{"Cyrillic ММММ with Л=en (measured)", "Формат", []value.Value{D("20240115"), S("Л=en; ДФ='ММММ'")}, "January"},
		{"ДФ", "Формат", []value.Value{d, S("ДФ=dd.MM.yyyy")}, "05.01.2024"},
		{"ДФ quoted with time", "Формат", []value.Value{d, S("ДФ='yyyy-MM-ddTHH:mm:ss'")}, "2024-01-05T09:05:03"},
		{"ДФ Russian letters", "Формат", []value.Value{d, S("ДФ='дд.ММ.гггг чч:мм'")}, "05.01.2024 09:05"},
		{"ДФ month genitive with day", "Формат", []value.Value{d, S("ДФ='d MMMM yyyy'")}, "5 января 2024"},
		{"ДФ month nominative alone", "Формат", []value.Value{d, S("ДФ='MMMM yyyy'")}, "Январь 2024"},
		{"ДЛФ=D", "Формат", []value.Value{d, S("ДЛФ=D")}, "05.01.2024"},
		{"ДЛФ=DT", "Формат", []value.Value{d, S("ДЛФ=DT")}, "05.01.2024 9:05:03"},
		{"ДЛФ=DD", "Формат", []value.Value{d, S("ДЛФ=DD")}, "5 января 2024 г."},
		{"ДЛФ=T", "Формат", []value.Value{d, S("ДЛФ=T")}, "9:05:03"},
		{"empty date is empty", "Формат", []value.Value{value.EmptyDate, S("ДФ=dd.MM.yyyy")}, ""},
		{"ДП", "Формат", []value.Value{value.EmptyDate, S("ДП='<нет>'")}, "<нет>"},
		{"date without format", "Формат", []value.Value{d}, "05.01.2024 9:05:03"},
		{"БЛ БИ", "Формат", []value.Value{B(false), S("БЛ=Выкл; БИ=Вкл")}, "Выкл"},
		{"bool default", "Формат", []value.Value{B(true)}, "Да"},
		{"string passes through", "Формат", []value.Value{S("abc"), S("ЧДЦ=2")}, "abc"},
	})
}

func TestChars(t *testing.T) {
	g := Globals()[0].Value.(value.HasProps)
	for name, want := range map[string]string{"ПС": "\n", "lf": "\n", "ВК": "\r", "Таб": "\t", "НПП": "\u00a0", "ПФ": "\f", "ВТаб": "\v"} {
		got, err := g.GetProp(name)
		if err != nil || got.String() != want {
			t.Errorf("Символы.%s = %q, %v", name, got, err)
		}
	}
	if _, err := g.GetProp("Нет"); err == nil {
		t.Error("unknown Символы property")
	}
}

func TestConstructors(t *testing.T) {
	tt := value.NewTypeTable(Types())
	env := Env{}
	a, err := tt.New(env, "Массив", []value.Value{I(2), I(3)})
	if err != nil {
		t.Fatal(err)
	}
	inner, _ := a.(*value.Array).Index(I(1))
	if len(inner.(*value.Array).Items) != 3 {
		t.Error("Новый Массив(2, 3) is 2×3")
	}
	s, err := tt.New(env, "Structure", []value.Value{S("А,Б"), I(1), I(2)})
	if err != nil {
		t.Fatal(err)
	}
	fs, err := tt.New(env, "ФиксированнаяСтруктура", []value.Value{s})
	if err != nil {
		t.Fatal(err)
	}
	if err := fs.(value.HasProps).SetProp("А", I(5)); err == nil {
		t.Error("ФиксированнаяСтруктура is read-only")
	}
	if _, err := tt.New(env, "Структура", []value.Value{S("А"), I(1), I(2)}); err == nil || err.Error() != value.MsgTooManyArgs {
		t.Errorf("extra values: %v", err)
	}
	if _, err := tt.New(env, "Число", nil); err == nil {
		t.Error("Новый Число must fail")
	}
	if _, err := tt.New(env, "Нечто", nil); err == nil || err.Error() != "Тип не определен (Нечто)" {
		t.Errorf("unknown type: %v", err)
	}
	u, err := tt.New(env, "УникальныйИдентификатор", []value.Value{S("0f8fad5b-d9cb-469f-a165-70867728950e")})
	if err != nil || u.String() != "0f8fad5b-d9cb-469f-a165-70867728950e" {
		t.Errorf("uuid: %v %v", u, err)
	}
}

func TestNamesUnique(t *testing.T) {
	// NewMethodTable panics on a duplicate spelling; every function needs both names.
	for _, d := range Functions() {
		if d.Name.Ru == "" || d.Name.En == "" {
			t.Errorf("function %v lacks a name", d.Name)
		}
	}
	_ = value.NewMethodTable(Functions())
}

func TestEncodeString(t *testing.T) {
	runCases(t, []fcase{
		{"URL component", "КодироватьСтроку", []value.Value{S("a b/ж"), S("КодировкаURL")}, "a%20b%2F%D0%B6"},
		{"URL keeps reserved", "КодироватьСтроку", []value.Value{S("http://x/a b?q=1"), S("URLВКодировкеURL")}, "http://x/a%20b?q=1"},
		{"decode", "РаскодироватьСтроку", []value.Value{S("a%20b%2F%D0%B6"), S("КодировкаURL")}, "a b/ж"},
		{"bad mode", "КодироватьСтроку", []value.Value{S("a"), S("Base64")}, "!Неверное значение аргумента"},
	})
}

func TestTypeDescription(t *testing.T) {
	tt := value.NewTypeTable(Types())
	env := Env{}
	newTD := func(args ...value.Value) *TypeDescription {
		v, err := tt.New(env, "ОписаниеТипов", args)
		if err != nil {
			t.Fatal(err)
		}
		return v.(*TypeDescription)
	}
	num := newTD(S("Число"))
	if got := num.Adjust(value.Undef); got.String() != "0" {
		t.Errorf("empty Число = %v", got)
	}
	if got := num.Adjust(S("12")); got.String() != "12" || got.TypeName() != value.TNumber {
		t.Errorf("ПривестиЗначение(\"12\") = %v", got)
	}
	if got := newTD(S("Строка, Число")).Adjust(I(5)); got.TypeName() != value.TNumber {
		t.Error("a value of a listed type stays")
	}
	if got := newTD(S("Дата")).Adjust(S("x")); got != value.EmptyDate {
		t.Errorf("Дата from junk = %v", got)
	}
	if _, err := tt.New(env, "ОписаниеТипов", []value.Value{S("Нечто")}); err == nil || err.Error() != "Тип не определен (Нечто)" {
		t.Errorf("unknown type: %v", err)
	}
	both := newTD(num, S("Строка"), S("Число"))
	if both.Contains(value.TNumber) || !both.Contains(value.TString) {
		t.Error("ОписаниеТипов(Исходное, Добавляемые, Вычитаемые)")
	}
	// A typed column of ТаблицаЗначений holds the empty value of its type.
	vt := value.NewValueTable()
	if _, err := vt.AddColumn("Сумма", num, "", 0); err != nil {
		t.Fatal(err)
	}
	r := vt.AddRow()
	if v, _ := r.GetProp("Сумма"); v.String() != "0" {
		t.Errorf("new row cell = %q, want 0", v)
	}
	r.SetProp("Сумма", S("7"))
	if v, _ := r.GetProp("Сумма"); v.TypeName() != value.TNumber {
		t.Error("assignment converts to the column type")
	}
}

func TestFillPropertyValues(t *testing.T) {
	src := value.NewStructure()
	value.FillStructure(src, "А, Б, В", []value.Value{I(1), I(2), I(3)})
	dst := value.NewStructure()
	value.FillStructure(dst, "А, Б, Г", nil)
	if err := FillPropertyValues(dst, src, "", "Б"); err != nil {
		t.Fatal(err)
	}
	a, _ := dst.GetProp("А")
	b, _ := dst.GetProp("Б")
	if a.String() != "1" || b != value.Undef {
		t.Errorf("А=%v Б=%v", a, b)
	}
	if _, ok := dst.Get("В"); ok {
		t.Error("properties the destination lacks are skipped")
	}
	if err := FillPropertyValues(dst, src, "В", ""); err == nil {
		t.Error("a listed property missing in the destination is an error")
	}
}

func TestHostileSizes(t *testing.T) {
	// Bounded work for absurd requests (a fuzzer or a buggy module).
	if got := Format(value.Int(1), "ЧДЦ=999999999; ЧН="); len(got) > 2000 {
		t.Errorf("ЧДЦ not bounded: %d chars", len(got))
	}
	tt := value.NewTypeTable(Types())
	if _, err := tt.New(Env{}, "Массив", []value.Value{I(100000), I(100000)}); err == nil {
		t.Error("Новый Массив(100000, 100000) must be refused")
	}
}

func TestEnumsDriveFunctions(t *testing.T) {
	var dir, mode value.Value
	for _, g := range Globals() {
		switch g.Name.Ru {
		case "НаправлениеПоиска":
			dir, _ = g.Value.(value.HasProps).GetProp("FromEnd")
		case "РежимОкругления":
			mode, _ = g.Value.(value.HasProps).GetProp("Окр15как10")
		}
	}
	if dir == nil || mode == nil {
		t.Fatal("enums missing")
	}
	runCases(t, []fcase{
		{"СтрНайти with НаправлениеПоиска.СКонца", "СтрНайти", []value.Value{S("абаб"), S("б"), dir}, "4"},
		{"Окр with РежимОкругления.Окр15как10", "Окр", []value.Value{N("2.5"), I(0), mode}, "2"},
	})
	if dir.TypeName().Ru != "НаправлениеПоиска" || dir.String() != "СКонца" {
		t.Errorf("enum value %s of %s", dir, dir.TypeName().Ru)
	}
}

func TestAdjustOrder(t *testing.T) {
	tt := value.NewTypeTable(Types())
	td := func(spec string) *TypeDescription {
		v, err := tt.New(Env{}, "ОписаниеТипов", []value.Value{S(spec)})
		if err != nil {
			t.Fatal(err)
		}
		return v.(*TypeDescription)
	}
	for _, tc := range []struct {
		spec string
		in   value.Value
		want string
		typ  string
	}{
		{"Булево, Строка", I(5), "5", "Строка"},
		{"Булево, Null", I(1), "Да", "Булево"},
		{"Булево", S("х"), "Нет", "Булево"},
		{"Число, Дата", S("х"), "", "Неопределено"},
		{"Строка", value.Undef, "", "Строка"},
	} {
		got := td(tc.spec).Adjust(tc.in)
		if got.String() != tc.want || got.TypeName().Ru != tc.typ {
			t.Errorf("%s ← %v = %q (%s), want %q (%s)", tc.spec, tc.in, got, got.TypeName().Ru, tc.want, tc.typ)
		}
	}
}
