package parse

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wazzup-unf/mock1c/bsl/token"
)

// generateModule writes a large module in the shape of real configuration
// code: regions, description comments, directives, Перем, queries in
// multi-line strings, nested Если/Для/Попытка, calls with skipped
// arguments, structures and English keywords here and there.
func generateModule(methods int) []byte {
	var b strings.Builder
	b.WriteString("\uFEFF#Область ПрограммныйИнтерфейс\r\n\r\n")
	for i := 0; i < methods; i++ {
		fmt.Fprintf(&b, "// Заполняет табличную часть документа по данным остатков %d.\r\n", i)
		b.WriteString("//\r\n// Параметры:\r\n//  ДокументОбъект - ДокументОбъект.ЗаказПокупателя - заполняемый документ.\r\n")
		b.WriteString("//  ПараметрыЗаполнения - Структура - см. ПараметрыЗаполненияПоУмолчанию.\r\n//\r\n")
		b.WriteString("// Возвращаемое значение:\r\n//  Булево - Истина, если заполнено.\r\n//\r\n")
		if i%3 == 0 {
			b.WriteString("&НаСервере\r\n")
		}
		fmt.Fprintf(&b, "Функция ЗаполнитьТабличнуюЧастьПоОстаткам%d(ДокументОбъект, Знач ПараметрыЗаполнения = Неопределено, Лимит = 100) Экспорт\r\n", i)
		b.WriteString("\tПерем КоличествоСтрок, ЕстьОшибки;\r\n\r\n")
		b.WriteString("\tЕсли ПараметрыЗаполнения = Неопределено Тогда\r\n\t\tПараметрыЗаполнения = Новый Структура(\"Склад, Организация, Дата\", , , ТекущаяДатаСеанса());\r\n\tКонецЕсли;\r\n")
		b.WriteString("\tЗапрос = Новый Запрос;\r\n\tЗапрос.Текст =\r\n\t\"ВЫБРАТЬ\r\n\t|\tОстатки.Номенклатура КАК Номенклатура,\r\n\t|\tОстатки.Характеристика КАК Характеристика,\r\n\t|\tОстатки.КоличествоОстаток КАК Количество\r\n\t|ИЗ\r\n\t|\tРегистрНакопления.ЗапасыНаСкладах.Остатки(&Дата, Склад = &Склад) КАК Остатки\r\n\t|ГДЕ\r\n\t|\tОстатки.КоличествоОстаток > 0\";\r\n")
		b.WriteString("\tЗапрос.УстановитьПараметр(\"Дата\", ПараметрыЗаполнения.Дата);\r\n\tЗапрос.УстановитьПараметр(\"Склад\", ПараметрыЗаполнения.Склад);\r\n")
		b.WriteString("\tВыборка = Запрос.Выполнить().Выбрать();\r\n\tКоличествоСтрок = 0;\r\n")
		b.WriteString("\tПока Выборка.Следующий() Цикл\r\n\t\tНоваяСтрока = ДокументОбъект.Запасы.Добавить();\r\n\t\tЗаполнитьЗначенияСвойств(НоваяСтрока, Выборка);\r\n")
		b.WriteString("\t\tНоваяСтрока.Сумма = Окр(НоваяСтрока.Количество * НоваяСтрока.Цена * (1 + НоваяСтрока.СтавкаНДС / 100), 2);\r\n")
		b.WriteString("\t\tЕсли НЕ ЗначениеЗаполнено(НоваяСтрока.ЕдиницаИзмерения) ИЛИ НоваяСтрока.Количество <= 0 И Лимит > 0 Тогда\r\n\t\t\tПродолжить;\r\n\t\tИначеЕсли КоличествоСтрок >= Лимит Тогда\r\n\t\t\tПрервать;\r\n\t\tКонецЕсли;\r\n")
		b.WriteString("\t\tКоличествоСтрок = КоличествоСтрок + 1; // считаем строки\r\n\tКонецЦикла;\r\n")
		b.WriteString("\tДля Каждого Строка Из ДокументОбъект.Запасы Цикл\r\n\t\tСтрока.Содержание = СтрШаблон(НСтр(\"ru = 'Строка %1 из %2'\"), Строка.НомерСтроки, КоличествоСтрок);\r\n\tКонецЦикла;\r\n")
		b.WriteString("\tДля Индекс = 0 По КоличествоСтрок - 1 Цикл\r\n\t\tМассив[Индекс] = ?(Индекс % 2 = 0, \"чёт\", \"нечёт\");\r\n\tКонецЦикла;\r\n")
		b.WriteString("\tПопытка\r\n\t\tДокументОбъект.Записать(РежимЗаписиДокумента.Запись);\r\n\tИсключение\r\n")
		b.WriteString("\t\tЗаписьЖурналаРегистрации(НСтр(\"ru = 'Заполнение'\"), УровеньЖурналаРегистрации.Ошибка, , ,\r\n\t\t\tПодробноеПредставлениеОшибки(ИнформацияОбОшибке()));\r\n\t\tВызватьИсключение;\r\n\tКонецПопытки;\r\n")
		b.WriteString("\t#Если Сервер Тогда\r\n\tЕстьОшибки = Ложь;\r\n\t#Иначе\r\n\tЕстьОшибки = Истина;\r\n\t#КонецЕсли\r\n")
		b.WriteString("\tВозврат КоличествоСтрок > 0 And Not ЕстьОшибки;\r\nКонецФункции\r\n\r\n")
	}
	b.WriteString("#КонецОбласти\r\n")
	return []byte(b.String())
}

func TestGeneratedModuleParses(t *testing.T) {
	src := generateModule(20)
	fs := token.NewFileSet()
	m, err := ParseFile(fs, "gen.bsl", src, Options{Symbols: ContextServer})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Methods) != 20 || m.Methods[0].Doc == nil || len(m.Methods[0].Body) != 13 {
		t.Fatalf("generated module parsed wrongly: %d methods, %d statements", len(m.Methods), len(m.Methods[0].Body))
	}
}

// projectSources returns the project's own modules that parse cleanly.
func projectSources() [][]byte {
	var srcs [][]byte
	for _, dir := range []string{"../../../onec-extension", "../../basecfg"} {
		filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(path, ".bsl") {
				if s, err := os.ReadFile(path); err == nil {
					fset := token.NewFileSet()
					if _, perr := ParseFile(fset, path, s, Options{Symbols: ContextServer}); perr == nil {
						srcs = append(srcs, s)
					}
				}
			}
			return nil
		})
	}
	return srcs
}

// BenchmarkParseAllContexts is what onec-check parse does per file: parse
// under every context whose branch choices differ. MB/s counts each source
// byte once.
func BenchmarkParseAllContexts(b *testing.B) {
	srcs := append(projectSources(), generateModule(400))
	total := 0
	for _, s := range srcs {
		total += len(s)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		fs := token.NewFileSet()
		for _, s := range srcs {
			f := fs.AddFile("m.bsl", len(s))
			if _, err := ParseAllContexts(f, s, true); err != nil {
				b.Fatal(err)
			}
		}
	}
	if s := b.Elapsed().Seconds(); s > 0 {
		b.ReportMetric(float64(total)*float64(b.N)/1e6/s, "MB/s")
	}
}

func benchParse(b *testing.B, srcs [][]byte) {
	total := 0
	for _, s := range srcs {
		total += len(s)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		fs := token.NewFileSet()
		for _, s := range srcs {
			if _, err := ParseFile(fs, "m.bsl", s, Options{Symbols: ContextServer}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.StopTimer()
	if s := b.Elapsed().Seconds(); s > 0 {
		b.ReportMetric(float64(total)*float64(b.N)/1e6/s, "MB/s")
	}
}

// BenchmarkParse reports parse throughput (MB/s) for a generated 1 MB
// module and for the project's own 1C code (the Wazzup extension and the
// base-configuration facsimile), parsed for the server context.
func BenchmarkParse(b *testing.B) {
	b.Run("generated", func(b *testing.B) {
		src := generateModule(400)
		benchParse(b, [][]byte{src})
	})
	b.Run("project", func(b *testing.B) {
		srcs := projectSources()
		if len(srcs) == 0 {
			b.Skip("no project .bsl files found")
		}
		benchParse(b, srcs)
	})
	// BSL_BENCH_DIR names a directory of real 1C modules (e.g. a sample
	// of public БСП/УНФ code kept outside the repository); every .bsl file
	// under it is parsed under every context, as onec-check parse does.
	b.Run("dir", func(b *testing.B) {
		dir := os.Getenv("BSL_BENCH_DIR")
		if dir == "" {
			b.Skip("BSL_BENCH_DIR not set")
		}
		var srcs [][]byte
		filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.EqualFold(filepath.Ext(path), ".bsl") {
				if s, err := os.ReadFile(path); err == nil {
					srcs = append(srcs, s)
				}
			}
			return nil
		})
		if len(srcs) == 0 {
			b.Skip("no .bsl files under BSL_BENCH_DIR")
		}
		total := 0
		for _, s := range srcs {
			total += len(s)
		}
		b.SetBytes(int64(total))
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			fs := token.NewFileSet()
			for _, s := range srcs {
				ParseAllContexts(fs.AddFile("m.bsl", len(s)), s, true) // errors are data here
			}
		}
		b.StopTimer()
		if s := b.Elapsed().Seconds(); s > 0 {
			b.ReportMetric(float64(total)*float64(b.N)/1e6/s, "MB/s")
		}
	})
}
