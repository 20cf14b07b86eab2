package check

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wazzup-unf/mock1c/metadata"
	"wazzup-unf/mock1c/metadata/xmlread"
)

// The fixtures: ../testdata/base is a small valid configuration (format
// 2.18), ../testdata/ext a valid extension of it (format 2.16) using every
// modelled kind. Broken dumps are made by copying one and applying an edit.

const (
	baseDir = "../testdata/base"
	extDir  = "../testdata/ext"
)

// copyDump copies a fixture into a fresh temporary directory.
func copyDump(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// edit replaces the first occurrence of old in dir/rel (which must exist).
func edit(t *testing.T, dir, rel, old, new string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(rel))
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	if !strings.Contains(s, old) {
		t.Fatalf("%s does not contain %q", rel, old)
	}
	if err := os.WriteFile(p, []byte(strings.Replace(s, old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// editAll replaces every occurrence in every XML file.
func editAll(t *testing.T, dir, old, new string) {
	t.Helper()
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".xml") {
			return err
		}
		b, _ := os.ReadFile(p)
		return os.WriteFile(p, []byte(strings.ReplaceAll(string(b), old, new)), 0o644)
	})
}

// lineOf returns the 1-based line of the first occurrence of s in dir/rel.
func lineOf(t *testing.T, dir, rel, s string) int {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(string(b), s)
	if i < 0 {
		t.Fatalf("%s does not contain %q", rel, s)
	}
	return strings.Count(string(b[:i]), "\n") + 1
}

// runAll reads dir (and base when given) and runs every check like the CLI.
func runAll(t *testing.T, dir, base string) []*metadata.Problem {
	t.Helper()
	res, err := xmlread.Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	probs := append([]*metadata.Problem(nil), res.Problems...)
	opt := Options{}
	if base != "" {
		b, err := xmlread.Read(base)
		if err != nil {
			t.Fatal(err)
		}
		opt.Base = b.Config
	}
	if res.Config != nil {
		probs = append(probs, Run(res.Config, opt)...)
	}
	return metadata.SortProblems(probs)
}

// want asserts a problem of rule at file:line whose message contains msg.
func want(t *testing.T, probs []*metadata.Problem, rule string, sev metadata.Severity, file string, line int, msg string) {
	t.Helper()
	for _, p := range probs {
		if p.Rule == rule && p.Severity == sev && p.Pos.File == file && (line == 0 || p.Pos.Line == line) && strings.Contains(p.Msg, msg) {
			return
		}
	}
	var b strings.Builder
	for _, p := range probs {
		b.WriteString("\n\t" + p.Error())
	}
	t.Fatalf("no %s %s at %s:%d containing %q; got:%s", sev, rule, file, line, msg, b.String())
}

func TestValidFixturesAreClean(t *testing.T) {
	for _, tc := range []struct{ dir, base string }{{baseDir, ""}, {extDir, ""}, {extDir, baseDir}} {
		probs := runAll(t, tc.dir, tc.base)
		for _, p := range probs {
			t.Errorf("%s (base %q): %s", tc.dir, tc.base, p.Error())
		}
	}
}
