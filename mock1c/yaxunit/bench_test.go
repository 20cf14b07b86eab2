package yaxunit

import (
	"os"
	"testing"

	"wazzup-unf/mock1c/bsl/interp"
)

// BenchmarkExtensionRun loads the three dumps and runs every YAxUnit test of
// the extension from the thin client (server and client contexts) once per
// op; it reports the results per second.
func BenchmarkExtensionRun(b *testing.B) {
	if _, err := os.Stat(dumps.Tests); err != nil {
		b.Skipf("the test extension is not here: %v", err)
	}
	n := 0
	for i := 0; i < b.N; i++ {
		l, err := Load(dumps, nil)
		if err != nil {
			b.Fatal(err)
		}
		rep, err := Run(l.World, l.Modules, Options{Client: interp.ThinClient})
		if err != nil {
			b.Fatal(err)
		}
		n += len(rep.Results) - rep.Count(Skipped)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tests/s")
}
