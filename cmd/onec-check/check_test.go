package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const (
	fixtureBase = "../../mock1c/metadata/testdata/base"
	fixtureExt  = "../../mock1c/metadata/testdata/ext"
)

func runCheckArgs(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	rc := run(append([]string{"check"}, args...), &out, &errb)
	return rc, out.String(), errb.String()
}

// brokenExt copies the extension fixture and applies one edit.
func brokenExt(t *testing.T, rel, old, new string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.Walk(fixtureExt, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		r, _ := filepath.Rel(fixtureExt, p)
		if info.IsDir() {
			return os.MkdirAll(filepath.Join(dst, r), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if filepath.ToSlash(r) == rel {
			if !bytes.Contains(b, []byte(old)) {
				t.Fatalf("%s has no %q", rel, old)
			}
			b = bytes.Replace(b, []byte(old), []byte(new), 1)
		}
		return os.WriteFile(filepath.Join(dst, r), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

func TestCheckCleanExtension(t *testing.T) {
	rc, out, errs := runCheckArgs("--strict", "--base", fixtureBase, fixtureExt)
	if rc != 0 || !strings.Contains(out, "extension, format 2.16, 13 objects: 0 errors, 0 warnings") {
		t.Fatalf("rc=%d\n%s%s", rc, out, errs)
	}
}

func TestCheckErrorExitAndGrouping(t *testing.T) {
	d := brokenExt(t, "CommonCommands/ТстОткрыть.xml", "cfg:CatalogRef.Контрагенты", "cfg:CatalogRef.Номенклатура")
	rc, out, _ := runCheckArgs(d)
	if rc != 1 {
		t.Fatalf("rc=%d, want 1\n%s", rc, out)
	}
	wantLine := filepath.ToSlash(filepath.Join(d, "CommonCommands/ТстОткрыть.xml")) + ":15:5: error: "
	if !strings.Contains(out, "\n[type-refs] 1\n") || !strings.Contains(out, wantLine) {
		t.Fatalf("output lacks the rule group or %q:\n%s", wantLine, out)
	}
}

func TestCheckStrictWarnings(t *testing.T) {
	d := brokenExt(t, "CommonModules/ТстСервер.xml", "<ServerCall>false</ServerCall>", "<ServerCall>true</ServerCall>")
	if rc, out, _ := runCheckArgs(d); rc != 0 || !strings.Contains(out, "1 warnings") {
		t.Fatalf("without --strict: rc=%d\n%s", rc, out)
	}
	if rc, out, _ := runCheckArgs("--strict", d); rc != 1 || !strings.Contains(out, "strict: warnings count as errors") {
		t.Fatalf("with --strict: rc=%d\n%s", rc, out)
	}
}

func TestCheckJSON(t *testing.T) {
	d := brokenExt(t, "Subsystems/ТстРаздел.xml", "CommonForm.ТстОкно", "CommonForm.ТстНет")
	rc, out, _ := runCheckArgs("--format", "json", d)
	var rep jsonReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if rc != 1 || rep.Errors != 1 || len(rep.Problems) != 1 || rep.Version != "2.16" || !rep.Extension {
		t.Fatalf("rc=%d report %+v", rc, rep)
	}
	p := rep.Problems[0]
	if p.Rule != "subsystem-content" || p.Severity != "error" || !strings.HasSuffix(p.File, "Subsystems/ТстРаздел.xml") || p.Line != 15 || !strings.Contains(p.Message, "CommonForm.ТстНет") {
		t.Fatalf("problem %+v", p)
	}
}

func TestCheckUsage(t *testing.T) {
	for _, args := range [][]string{{}, {"--format", "xml", fixtureExt}, {"--bogus", fixtureExt}, {fixtureExt, fixtureBase}, {"--base"}, {t.TempDir()}} {
		if rc, _, errs := runCheckArgs(args...); rc != 2 || errs == "" {
			t.Errorf("%q: rc=%d stderr=%q, want 2 and a message", args, rc, errs)
		}
	}
}

// An unqualified call nothing defines fails the check with the platform's
// compile error at file:line:col; without --base an extension's calls are
// not resolved (a note says so) rather than reported falsely.
func TestCheckUndefinedCall(t *testing.T) {
	const form = "CommonForms/ТстОкно/Ext/Form/Module.bsl"
	d := brokenExt(t, form, "\tСтраница = \"\";", "\tСтраница = \"\";\r\n\tПересчитатьВсё(Страница);")
	rc, out, _ := runCheckArgs("--base", fixtureBase, d)
	want := filepath.ToSlash(filepath.Join(d, form)) + ":32:2: error: Процедура или функция с указанным именем не определена (ПересчитатьВсё) (Проверка: Сервер)"
	if rc != 1 || !strings.Contains(out, want) {
		t.Fatalf("rc=%d, want 1 and %q:\n%s", rc, want, out)
	}
	rc, out, _ = runCheckArgs(d)
	if strings.Contains(out, "ПересчитатьВсё") || !strings.Contains(out, "unresolved-call check skipped: an extension needs --base") {
		t.Fatalf("without --base: rc=%d\n%s", rc, out)
	}
}
