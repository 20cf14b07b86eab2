package interp

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const benchModule = "Обработка.Бенчмарк.МодульОбъекта"

// BenchmarkScripts runs every bench_* procedure of testdata/benchmark.bsl
// as a sub-benchmark; each reports statements per op and ns per statement.
func BenchmarkScripts(b *testing.B) {
	src, err := os.ReadFile("../testdata/benchmark.bsl")
	if err != nil {
		b.Fatal(err)
	}
	w := newTestWorld(b)
	w.AddModule(ModuleSpec{Name: benchModule, File: "testdata/benchmark.bsl", Source: src, Kind: ObjectModule})
	p, err := w.Link(Server)
	if err != nil {
		b.Fatal(err)
	}
	var names []string
	for _, pc := range p.byName[strings.ToLower(benchModule)].procs {
		if strings.HasPrefix(pc.name, "bench_") {
			names = append(names, pc.name)
		}
	}
	if len(names) == 0 {
		b.Fatal("no bench_ procedures")
	}
	for _, name := range names {
		b.Run(name, func(b *testing.B) {
			s := p.NewSession(context.Background(), Options{})
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := s.Call(benchModule, name); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			steps := float64(s.Steps()) / float64(b.N)
			b.ReportMetric(steps, "stmts/op")
			if steps > 0 {
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/steps, "ns/stmt")
			}
		})
	}
}

// extensionModules reads the extension's BSL modules (written by another
// engineer; whatever exists when the benchmark runs).
func extensionModules(tb testing.TB) []ModuleSpec {
	root := "../../../onec-extension/src"
	var specs []ModuleSpec
	filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".bsl") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		kind := ObjectModule
		flags := ModuleFlags{}
		ident := ""
		if strings.HasPrefix(rel, "CommonModules/") {
			kind = CommonModule
			flags = ModuleFlags{Server: true, ClientManaged: true}
			ident = strings.Split(rel, "/")[1]
		} else if strings.Contains(rel, "/Form/") {
			kind = FormModule
		}
		specs = append(specs, ModuleSpec{Name: rel, Ident: ident, File: rel, Source: src, Kind: kind, Flags: flags})
		return nil
	})
	return specs
}

// BenchmarkCompile times parsing plus the resolve/compile pass over the
// extension's modules for the server context. The platform layer (БСП,
// metadata managers) is not registered here, so names that only it defines
// are reported as compile errors; their count is printed as a metric so
// the figure is honest about what was compiled.
func BenchmarkCompile(b *testing.B) {
	specs := extensionModules(b)
	if len(specs) == 0 {
		b.Skip("no onec-extension/src/**/*.bsl modules yet")
	}
	var bytes int64
	for _, s := range specs {
		bytes += int64(len(s.Source))
	}
	b.SetBytes(bytes)
	b.ReportAllocs()
	var nerr int
	for i := 0; i < b.N; i++ {
		w := newTestWorld(b)
		for _, s := range specs {
			w.AddModule(s)
		}
		_, err := w.Link(Server)
		if list, ok := err.(ErrorList); ok {
			nerr = len(list)
		}
	}
	b.ReportMetric(float64(len(specs)), "modules")
	b.ReportMetric(float64(nerr), "unresolved")
}
