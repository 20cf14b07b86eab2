package interp

import (
	"context"
	"os"
	"testing"

	"wazzup-unf/mock1c/bsl/value"
)

// The extension's client-server module holds pure functions; the
// interpreter runs the real module text (written by engineer F) on the
// server and on the thin client. Skipped while the module does not exist.
func TestExtensionClientServerModuleRuns(t *testing.T) {
	const file = "../../../onec-extension/src/CommonModules/WazzupКлиентСервер/Ext/Module.bsl"
	src, err := os.ReadFile(file)
	if err != nil {
		t.Skipf("extension module not found: %v", err)
	}
	for _, ctx := range []Context{Server, ThinClient, WebClient} {
		w := newTestWorld(t)
		w.AddModule(ModuleSpec{Name: "ОбщийМодуль.WazzupКлиентСервер.Модуль", Ident: "WazzupКлиентСервер", File: file,
			Source: src, Kind: CommonModule, Flags: ModuleFlags{Server: true, ClientManaged: true, ClientOrdinary: true, ExternalConnection: true}})
		p, err := w.Link(ctx)
		if err != nil {
			t.Fatalf("%v: %v", ctx, err)
		}
		s := p.NewSession(context.Background(), Options{StepLimit: 100000})
		for _, c := range []struct {
			n    int64
			want string
		}{{1, "сообщение"}, {2, "сообщения"}, {5, "сообщений"}, {11, "сообщений"}, {21, "сообщение"}, {112, "сообщений"}} {
			v, err := s.Call("ОбщийМодуль.WazzupКлиентСервер.Модуль", "ФормаМножественногоЧисла",
				value.Int(c.n), value.String("сообщение"), value.String("сообщения"), value.String("сообщений"))
			if err != nil {
				t.Fatalf("%v: ФормаМножественногоЧисла(%d): %v", ctx, c.n, err)
			}
			if v.String() != c.want {
				t.Errorf("%v: ФормаМножественногоЧисла(%d) = %q, want %q", ctx, c.n, v, c.want)
			}
		}
		for _, c := range []struct {
			in   value.Value
			want string
		}{{value.Int(0), ""}, {value.String("5"), ""}, {value.Int(1), "Wazzup: у вас 1 неотвеченное сообщение"},
			{value.Int(1234), "Wazzup: у вас 1234 неотвеченных сообщения"}} {
			v, err := s.Call("ОбщийМодуль.WazzupКлиентСервер.Модуль", "ТекстЗаголовка", c.in)
			if err != nil || v.String() != c.want {
				t.Errorf("%v: ТекстЗаголовка(%v) = %q, %v; want %q", ctx, c.in, v, err, c.want)
			}
		}
		state := func(n int64) value.Value {
			st := value.NewStructure()
			st.Insert("Количество", value.Int(n))
			st.Insert("ДатаПоследнегоСообщения", value.EmptyDate)
			return st
		}
		for _, c := range []struct {
			name       string
			prev, cur  value.Value
			title, pop bool
		}{
			{"first poll, nothing", value.Undef, state(0), false, false},
			{"first poll, unanswered", value.Undef, state(3), true, true},
			{"poll failed", state(3), value.Undef, false, false},
			{"grew", state(1), state(2), true, true},
			{"fell", state(2), state(0), true, false},
			{"same", state(2), state(2), false, false},
		} {
			v, err := s.Call("ОбщийМодуль.WazzupКлиентСервер.Модуль", "РеакцияНаСостояниеСчетчика", c.prev, c.cur)
			if err != nil {
				t.Fatalf("%v: %s: %v", ctx, c.name, err)
			}
			st := v.(*value.Structure)
			title, _ := st.Get("ОбновитьЗаголовок")
			pop, _ := st.Get("ПоказатьОповещение")
			if !value.Equal(title, value.Bool(c.title)) || !value.Equal(pop, value.Bool(c.pop)) {
				t.Errorf("%v: %s: title %v pop %v; want %v %v", ctx, c.name, title, pop, c.title, c.pop)
			}
		}
	}
}

// BenchmarkRunExtension runs the extension's real caption function (plural
// forms, НСтр, СтрШаблон, Формат) once per op.
func BenchmarkRunExtension(b *testing.B) {
	const file = "../../../onec-extension/src/CommonModules/WazzupКлиентСервер/Ext/Module.bsl"
	src, err := os.ReadFile(file)
	if err != nil {
		b.Skipf("extension module not found: %v", err)
	}
	w := newTestWorld(b)
	w.AddModule(ModuleSpec{Name: "ОбщийМодуль.WazzupКлиентСервер.Модуль", Ident: "WazzupКлиентСервер", File: file,
		Source: src, Kind: CommonModule, Flags: ModuleFlags{Server: true, ClientManaged: true}})
	p, err := w.Link(ThinClient)
	if err != nil {
		b.Fatal(err)
	}
	s := p.NewSession(context.Background(), Options{})
	arg := value.Int(1234)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := s.Call("ОбщийМодуль.WazzupКлиентСервер.Модуль", "ТекстЗаголовка", arg); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(s.Steps())/float64(b.N), "stmts/op")
}
