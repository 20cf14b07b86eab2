package interp

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"wazzup-unf/mock1c/bsl/interp/internal/chunkedfile"
)

// FuzzRun compiles and runs arbitrary modules: the interpreter must never
// report an internal error (a Go panic) and must stop under the step and
// depth limits. Seeds are the conformance chunks.
func FuzzRun(f *testing.F) {
	files, _ := filepath.Glob("../testdata/*.bsl")
	for _, file := range files {
		chunks, err := chunkedfile.Read(file)
		if err != nil {
			f.Fatal(err)
		}
		for _, c := range chunks {
			f.Add(c.Source)
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		w := newTestWorld(t)
		w.AddModule(ModuleSpec{Name: testModule, Source: []byte(src), Kind: ObjectModule})
		p, err := w.Link(Server)
		if err != nil {
			if strings.Contains(err.Error(), "internal error") {
				t.Fatalf("compile: %v", err)
			}
			return
		}
		s := p.NewSession(context.Background(), Options{StepLimit: 20000, MaxDepth: 40})
		_, err = s.InitModule(testModule)
		var re *RuntimeError
		if errors.As(err, &re) && strings.HasPrefix(re.Msg, "internal error") {
			t.Fatalf("run: %v\n%v", re.Msg, re.Unwrap())
		}
	})
}
