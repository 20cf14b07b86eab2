package basecfg

import (
	"context"
	"io/fs"
	"testing"

	"wazzup-unf/mock1c/bsl/interp"
	"wazzup-unf/mock1c/bsl/value"
)

// The БСП «Префиксация объектов» modules run in the interpreter, on the
// server and on the client (they are client-server modules). Expected values:
// the four УдалитьПрефиксыИзНомераОбъекта examples are the ones БСП documents
// in the function's comment (public БСП dumps BizIntel/unf_bit_dev,
// klimenko-1c/SSL); the НомерНаПечать cases follow the documented steps —
// override hook, trim, optional user-prefix removal, leading zeros, then the
// company prefix always and the infobase prefix on request.

const (
	prefixModule   = "ОбщийМодуль.ПрефиксацияОбъектовКлиентСервер.Модуль"
	prefixOverride = "ОбщийМодуль.ПрефиксацияОбъектовКлиентСерверПереопределяемый.Модуль"
)

func prefixWorld(t *testing.T, ext string) *interp.World {
	t.Helper()
	w := interp.NewWorld()
	w.AddStdlib()
	flags := interp.ModuleFlags{Server: true, ClientManaged: true, ClientOrdinary: true, ExternalConnection: true}
	for _, name := range []string{"ПрефиксацияОбъектовКлиентСервер", "ПрефиксацияОбъектовКлиентСерверПереопределяемый"} {
		file := "CommonModules/" + name + "/Ext/Module.bsl"
		src, err := fs.ReadFile(FS(), file)
		if err != nil {
			t.Fatal(err)
		}
		w.AddModule(interp.ModuleSpec{Name: "ОбщийМодуль." + name + ".Модуль", Ident: name, File: file,
			Source: src, Kind: interp.CommonModule, Flags: flags})
	}
	if ext != "" {
		w.AddModule(interp.ModuleSpec{Name: prefixOverride, Ident: "ПрефиксацияОбъектовКлиентСерверПереопределяемый",
			File: "ext/Module.bsl", Source: []byte(ext), Kind: interp.CommonModule, Flags: flags, Extension: "Тест"})
	}
	return w
}

func TestНомерНаПечать(t *testing.T) {
	type tc struct {
		proc     string
		number   string
		flags    []bool
		expected string
	}
	cases := []tc{
		// БСП's documented examples.
		{"УдалитьПрефиксыИзНомераОбъекта", "0ФГЛ-000001234", []bool{true, true}, "000001234"},
		{"УдалитьПрефиксыИзНомераОбъекта", "0ФГЛ-000001234", []bool{false, true}, "Ф-000001234"},
		{"УдалитьПрефиксыИзНомераОбъекта", "0ФГЛ-000001234", []bool{true, false}, "ГЛ-000001234"},
		{"УдалитьПрефиксыИзНомераОбъекта", "0ФГЛ-000001234", []bool{false, false}, "ФГЛ-000001234"},
		{"УдалитьПрефиксыИзНомераОбъекта", "АБВ-1", nil, "АБВ-1"}, // "-" 4th: no standard prefix
		{"ПользовательскийПрефикс", "0000-АБ000123", nil, "АБ"},
		{"ПользовательскийПрефикс", "ЗК000123", nil, "ЗК"},
		{"ПользовательскийПрефикс", "0000-000123", nil, ""},
		{"УдалитьЛидирующиеНулиИзНомераОбъекта", "0000-АБ000123", nil, "0000-АБ123"},
		{"УдалитьЛидирующиеНулиИзНомераОбъекта", "000045", nil, "45"},
		{"УдалитьПользовательскиеПрефиксыИзНомераОбъекта", "0000-АБ000123", nil, "0000-000123"},
		{"УдалитьПользовательскиеПрефиксыИзНомераОбъекта", "0000-АБ", nil, "0000-"},
		// НомерНаПечать: a number with empty company and infobase prefixes first.
		{"НомерНаПечать", "0000-000123", []bool{true, true}, "123"}, // the extension's call
		{"НомерНаПечать", "0000-000123", nil, "123"},
		{"НомерНаПечать", " 0000-000045  ", nil, "45"},
		{"НомерНаПечать", "0ФГЛ-000001234", nil, "ГЛ-1234"},
		{"НомерНаПечать", "0ФГЛ-000001234", []bool{true}, "1234"},
		{"НомерНаПечать", "00ГЛ-АБ000012", nil, "ГЛ-АБ12"},
		{"НомерНаПечать", "00ГЛ-АБ000012", []bool{true, true}, "12"},
		{"НомерНаПечать", "00ГЛ-АБ000012", []bool{false, true}, "ГЛ-12"},
		{"НомерНаПечать", "ТД-00017", nil, "ТД-17"},
		{"НомерНаПечать", "ТД-00017", []bool{true}, "17"},
		{"НомерНаПечать", "000000123", nil, "123"},
		{"НомерНаПечать", "ABC-0001", nil, "ABC-1"},
		{"НомерНаПечать", "ABC-0001", []bool{false, true}, "1"},
	}
	w := prefixWorld(t, "")
	for _, ctx := range []interp.Context{interp.Server, interp.ThinClient} {
		prog, err := w.Link(ctx)
		if err != nil {
			t.Fatalf("link %v: %v", ctx, err)
		}
		s := prog.NewSession(context.Background(), interp.Options{})
		for _, c := range cases {
			args := []value.Value{value.String(c.number)}
			for _, f := range c.flags {
				args = append(args, value.Bool(f))
			}
			got, err := s.Call(prefixModule, c.proc, args...)
			if err != nil {
				t.Errorf("%v: %s(%q, %v): %v", ctx, c.proc, c.number, c.flags, err)
				continue
			}
			if got != value.String(c.expected) {
				t.Errorf("%v: %s(%q, %v) = %v, want %q", ctx, c.proc, c.number, c.flags, got, c.expected)
			}
		}
	}
}

// TestНомерНаПечатьOverride: an extension that sets СтандартнаяОбработка =
// Ложь in the overridable hook decides the number alone.
func TestНомерНаПечатьOverride(t *testing.T) {
	ext := "&После(\"ПриПолученииНомераНаПечать\")\n" +
		"Процедура Тест_ПриПолученииНомераНаПечать(НомерОбъекта, СтандартнаяОбработка, УдалитьПрефиксИБ, УдалитьПрефиксПользователя)\n" +
		"\tНомерОбъекта = \"№\" + НомерОбъекта;\n\tСтандартнаяОбработка = Ложь;\nКонецПроцедуры\n"
	prog, err := prefixWorld(t, ext).Link(interp.Server)
	if err != nil {
		t.Fatal(err)
	}
	s := prog.NewSession(context.Background(), interp.Options{})
	got, err := s.Call(prefixModule, "НомерНаПечать", value.String("0000-000123"), value.Bool(true), value.Bool(true))
	if err != nil {
		t.Fatal(err)
	}
	if got != value.String("№0000-000123") {
		t.Errorf("НомерНаПечать with an overriding hook = %v, want №0000-000123", got)
	}
}
