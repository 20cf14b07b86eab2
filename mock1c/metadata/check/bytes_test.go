package check

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wazzup-unf/mock1c/metadata"
	"wazzup-unf/mock1c/metadata/xmlread"
)

// A module written with LF line ends is a std-designer-bytes warning at its
// first such line, reported by the module pass (the XML side is tested in
// xmlread); the analyzer still receives the text without the BOM.
func TestModuleDesignerBytes(t *testing.T) {
	d := t.TempDir()
	src := "../testdata/base"
	must(t, filepath.WalkDir(src, func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if filepath.ToSlash(rel) == "CommonModules/ОбщегоНазначения/Ext/Module.bsl" {
			b = []byte(strings.ReplaceAll(string(b), "\r\n", "\n"))
		}
		must(t, os.MkdirAll(filepath.Join(d, filepath.Dir(rel)), 0o755))
		return os.WriteFile(filepath.Join(d, rel), b, 0o644)
	}))
	res, err := xmlread.Read(d)
	if err != nil {
		t.Fatal(err)
	}
	var sawBOM bool
	probs := Run(res.Config, Options{Modules: analyzerFunc(func(m *metadata.Module, src []byte) (*ModuleInfo, []*metadata.Problem) {
		if strings.HasPrefix(string(src), "\ufeff") {
			sawBOM = true
		}
		return &ModuleInfo{}, nil
	})})
	var got []string
	for _, p := range probs {
		if p.Rule == metadata.RuleDesignerBytes {
			got = append(got, p.Error())
		}
	}
	want := "CommonModules/ОбщегоНазначения/Ext/Module.bsl:1:1: warning: line ends with LF only"
	if len(got) != 1 || !strings.HasPrefix(got[0], want) {
		t.Fatalf("designer-bytes problems = %q, want one starting %q", got, want)
	}
	if sawBOM {
		t.Error("the analyzer was given a module text that still starts with the BOM")
	}
}

type analyzerFunc func(*metadata.Module, []byte) (*ModuleInfo, []*metadata.Problem)

func (f analyzerFunc) Analyze(m *metadata.Module, src []byte) (*ModuleInfo, []*metadata.Problem) {
	return f(m, src)
}
