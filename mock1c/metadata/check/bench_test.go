package check_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"wazzup-unf/mock1c/metadata"

	"wazzup-unf/mock1c/metadata/check"
	"wazzup-unf/mock1c/metadata/check/bslcheck"
	"wazzup-unf/mock1c/metadata/xmlread"
)

// genDump writes a synthetic 2.18 configuration of n objects shaped like
// УНФ: catalogs and documents with 20 attributes, a managed form of 60
// items and an object module; common modules with 8 KB of code; registers.
// The average file is ≈ 20 KB, close to УНФ's 900 MB / 40 000 files.
func genDump(tb testing.TB, dir string, n int) {
	tb.Helper()
	id := 0
	uuid := func() string {
		id++
		return fmt.Sprintf("%08x-0000-4000-8000-%012x", id, id)
	}
	write := func(rel, s string) {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("\ufeff"+s), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	hdr := `<?xml version="1.0" encoding="UTF-8"?>` + "\r\n" + `<MetaDataObject xmlns="http://v8.1c.ru/8.3/MDClasses" xmlns:v8="http://v8.1c.ru/8.1/data/core" xmlns:xr="http://v8.1c.ru/8.3/xcf/readable" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="2.18">` + "\r\n"
	attr := func(name string) string {
		return `<Attribute uuid="` + uuid() + `"><Properties><Name>` + name + `</Name><Synonym><v8:item><v8:lang>ru</v8:lang><v8:content>` + name + `</v8:content></v8:item></Synonym><Comment/>` +
			`<Type><v8:Type>xs:string</v8:Type><v8:StringQualifiers><v8:Length>100</v8:Length><v8:AllowedLength>Variable</v8:AllowedLength></v8:StringQualifiers></Type>` +
			`<PasswordMode>false</PasswordMode><Format/><EditFormat/><ToolTip/><MarkNegatives>false</MarkNegatives><Mask/><MultiLine>false</MultiLine><ExtendedEdit>false</ExtendedEdit>` +
			`<MinValue xsi:nil="true"/><MaxValue xsi:nil="true"/><FillFromFillingValue>false</FillFromFillingValue><FillValue xsi:type="xs:string"/><FillChecking>DontCheck</FillChecking>` +
			`<ChoiceFoldersAndItems>Items</ChoiceFoldersAndItems><ChoiceParameterLinks/><ChoiceParameters/><QuickChoice>Auto</QuickChoice><CreateOnInput>Auto</CreateOnInput><ChoiceForm/><LinkByType/>` +
			`<ChoiceHistoryOnInput>Auto</ChoiceHistoryOnInput><Indexing>DontIndex</Indexing><FullTextSearch>Use</FullTextSearch><DataHistory>Use</DataHistory></Properties></Attribute>` + "\r\n"
	}
	form := func() string {
		var b strings.Builder
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\r\n" + `<Form xmlns="http://v8.1c.ru/8.3/xcf/logform" xmlns:v8="http://v8.1c.ru/8.1/data/core" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="2.18">` + "\r\n")
		b.WriteString(`<AutoCommandBar name="ФормаКоманднаяПанель" id="-1"/><Events><Event name="OnCreateAtServer">ПриСозданииНаСервере</Event></Events><ChildItems>`)
		for i := 0; i < 20; i++ {
			fmt.Fprintf(&b, "\r\n\t<InputField name=\"Поле%d\" id=\"%d\"><DataPath>Объект.Реквизит%d</DataPath><Title><v8:item><v8:lang>ru</v8:lang><v8:content>Поле номер %d</v8:content></v8:item></Title><ContextMenu name=\"Поле%dКонтекстноеМеню\" id=\"%d\"/><ExtendedTooltip name=\"Поле%dРасширеннаяПодсказка\" id=\"%d\"/><Events><Event name=\"OnChange\">Поле%dПриИзменении</Event></Events></InputField>", i, 3*i+1, i, i, i, 3*i+2, i, 3*i+3, i)
		}
		b.WriteString("\r\n</ChildItems><Attributes><Attribute name=\"Объект\" id=\"1\"><Type><v8:Type>xs:string</v8:Type></Type><MainAttribute>true</MainAttribute></Attribute></Attributes></Form>")
		return b.String()
	}
	var codeB strings.Builder
	for k := 0; k < 40; k++ {
		fmt.Fprintf(&codeB, "// Комментарий к процедуре, описывающий параметры и возвращаемое значение.\r\nПроцедура Обработать%d(Параметр) Экспорт\r\n\tЕсли Параметр = Неопределено Тогда\r\n\t\tВозврат;\r\n\tКонецЕсли;\r\nКонецПроцедуры\r\n\r\n", k)
	}
	code := codeB.String()
	var formCode strings.Builder
	formCode.WriteString("&НаСервере\r\nПроцедура ПриСозданииНаСервере(Отказ, СтандартнаяОбработка)\r\nКонецПроцедуры\r\n")
	for k := 0; k < 20; k++ {
		fmt.Fprintf(&formCode, "\r\n&НаКлиенте\r\nПроцедура Поле%dПриИзменении(Элемент)\r\nКонецПроцедуры\r\n", k)
	}
	var children strings.Builder
	for i := 0; i < n; i++ {
		switch i % 5 {
		case 0, 1, 2: // catalog with form and module
			kind, dir := "Catalog", "Catalogs"
			if i%5 == 2 {
				kind, dir = "Document", "Documents"
			}
			name := fmt.Sprintf("Объект%d", i)
			var attrs strings.Builder
			for a := 0; a < 20; a++ {
				attrs.WriteString(attr(fmt.Sprintf("Реквизит%d", a)))
			}
			write(dir+"/"+name+".xml", hdr+`<`+kind+` uuid="`+uuid()+`"><Properties><Name>`+name+`</Name><Synonym/><Comment/><UseStandardCommands>true</UseStandardCommands></Properties><ChildObjects>`+attrs.String()+`<Form>ФормаЭлемента</Form></ChildObjects></`+kind+`></MetaDataObject>`)
			write(dir+"/"+name+"/Forms/ФормаЭлемента.xml", hdr+`<Form uuid="`+uuid()+`"><Properties><Name>ФормаЭлемента</Name><Synonym/><Comment/><FormType>Managed</FormType></Properties></Form></MetaDataObject>`)
			write(dir+"/"+name+"/Forms/ФормаЭлемента/Ext/Form.xml", form())
			write(dir+"/"+name+"/Forms/ФормаЭлемента/Ext/Form/Module.bsl", formCode.String())
			write(dir+"/"+name+"/Ext/ObjectModule.bsl", code)
			fmt.Fprintf(&children, "<%s>%s</%s>", kind, name, kind)
		case 3:
			name := fmt.Sprintf("Модуль%d", i)
			write("CommonModules/"+name+".xml", hdr+`<CommonModule uuid="`+uuid()+`"><Properties><Name>`+name+`</Name><Synonym/><Comment/><Global>false</Global><ClientManagedApplication>false</ClientManagedApplication><Server>true</Server><ExternalConnection>false</ExternalConnection><ClientOrdinaryApplication>false</ClientOrdinaryApplication><ServerCall>false</ServerCall><Privileged>false</Privileged><ReturnValuesReuse>DontUse</ReturnValuesReuse></Properties></CommonModule></MetaDataObject>`)
			write("CommonModules/"+name+"/Ext/Module.bsl", code+strings.ReplaceAll(code, "Обработать", "Выполнить"))
			fmt.Fprintf(&children, "<CommonModule>%s</CommonModule>", name)
		case 4:
			name := fmt.Sprintf("Регистр%d", i)
			var attrs strings.Builder
			for a := 0; a < 6; a++ {
				attrs.WriteString(strings.ReplaceAll(attr(fmt.Sprintf("Поле%d", a)), "Attribute", "Resource"))
			}
			write("InformationRegisters/"+name+".xml", hdr+`<InformationRegister uuid="`+uuid()+`"><Properties><Name>`+name+`</Name><Synonym/><Comment/></Properties><ChildObjects>`+attrs.String()+`</ChildObjects></InformationRegister></MetaDataObject>`)
			fmt.Fprintf(&children, "<InformationRegister>%s</InformationRegister>", name)
		}
	}
	write("Configuration.xml", hdr+`<Configuration uuid="`+uuid()+`"><Properties><Name>Большая</Name><Synonym/><Comment/><CompatibilityMode>Version8_3_24</CompatibilityMode></Properties><ChildObjects>`+children.String()+`</ChildObjects></Configuration></MetaDataObject>`)
}

// BenchmarkReadAndCheck reads and checks a generated dump of 5 000 objects
// and reports files/s, MB/s and the projection for УНФ (≈ 40 000 files,
// ≈ 900 MB; goal: under 60 s): XML rules only, and with every module
// parsed and checked.
func BenchmarkReadAndCheck(b *testing.B) {
	dir := b.TempDir()
	genDump(b, dir, 5000)
	b.Run("xml", func(b *testing.B) { benchDump(b, dir, check.Options{}) })
	b.Run("xml+modules", func(b *testing.B) { benchDump(b, dir, check.Options{Modules: bslcheck.New()}) })
}

func benchDump(b *testing.B, dir string, opt check.Options) {
	var files int
	var size int64
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			files++
			size += info.Size()
		}
		return nil
	})
	// Memory kept: the heap after a GC while the model is alive.
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	kept, err := xmlread.Read(dir)
	if err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	keptMB := float64(after.HeapAlloc-before.HeapAlloc) / 1e6
	runtime.KeepAlive(kept)
	kept = nil
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := xmlread.Read(dir)
		if err != nil {
			b.Fatal(err)
		}
		probs := append(res.Problems, check.Run(res.Config, opt)...)
		if len(res.Config.Objects) != 5000 {
			b.Fatalf("read %d objects", len(res.Config.Objects))
		}
		for _, p := range probs {
			if p.Severity == metadata.Error {
				b.Fatalf("generated dump has an error: %s", p.Error())
			}
		}
	}
	sec := b.Elapsed().Seconds() / float64(b.N)
	mbps := float64(size) / 1e6 / sec
	b.ReportMetric(float64(files)/sec, "files/s")
	b.ReportMetric(mbps, "MB/s")
	b.ReportMetric(float64(size)/1e6, "MB/dump")
	b.ReportMetric(900/mbps, "s-for-900MB")
	b.ReportMetric(40000/(float64(files)/sec), "s-for-40k-files")
	b.ReportMetric(float64(runtime.GOMAXPROCS(0)), "procs")
	b.ReportMetric(keptMB, "MB-kept")
}
