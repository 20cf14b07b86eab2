package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

var summaryRE = regexp.MustCompile(`^files=(\d+) bytes=(\d+) errors=(\d+) MB/s=\d+\.\d$`)

func TestParseCleanDirectory(t *testing.T) {
	dir := t.TempDir()
	// Designer style: BOM, CRLF, tabs
	good := "\uFEFF#Область ПрограммныйИнтерфейс\r\n\r\n// Описание.\r\nПроцедура А() Экспорт\r\n\tБ = 1;\r\nКонецПроцедуры\r\n\r\n#КонецОбласти\r\n"
	writeFile(t, filepath.Join(dir, "CommonModules", "А", "Ext", "Module.bsl"), good)
	writeFile(t, filepath.Join(dir, "notes.txt"), "Б = ;") // not a module
	var out, errb bytes.Buffer
	code := runParse([]string{dir}, &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out.String(), errb.String())
	}
	m := summaryRE.FindStringSubmatch(strings.TrimSpace(out.String()))
	if m == nil || m[1] != "1" || m[2] != strconv.Itoa(len(good)) || m[3] != "0" {
		t.Errorf("summary %q (good module is %d bytes)", out.String(), len(good))
	}
}

func TestParseBrokenFiles(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a", "Module.bsl"), "Процедура А()\r\n\tБ = ;\r\nКонецПроцедуры\r\n")
	// errors in both branches of a condition: each context finds one
	writeFile(t, filepath.Join(dir, "b", "Module.bsl"), "#Если Сервер Тогда\nА = 1 +;\n#Иначе\nА = (;\n#КонецЕсли\n")
	writeFile(t, filepath.Join(dir, "c", "Module.bsl"), "А = 1;\n")
	var out, errb bytes.Buffer
	code := runParse([]string{dir}, &out, &errb)
	if code != 1 {
		t.Fatalf("exit %d, want 1; stderr %q", code, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	want := []string{
		filepath.Join(dir, "a", "Module.bsl") + ":2:6: Ожидается выражение",
		filepath.Join(dir, "b", "Module.bsl") + ":2:8: Ожидается выражение",
		filepath.Join(dir, "b", "Module.bsl") + ":4:6: Ожидается выражение",
	}
	if len(lines) != len(want)+1 {
		t.Fatalf("output:\n%s", out.String())
	}
	for i, w := range want {
		if lines[i] != w {
			t.Errorf("line %d = %q, want %q", i, lines[i], w)
		}
	}
	m := summaryRE.FindStringSubmatch(lines[len(lines)-1])
	if m == nil || m[1] != "3" || m[3] != "3" {
		t.Errorf("summary %q", lines[len(lines)-1])
	}
}

func TestParseUsage(t *testing.T) {
	var out, errb bytes.Buffer
	if code := runParse(nil, &out, &errb); code != 2 {
		t.Errorf("no args: exit %d", code)
	}
	if code := runParse([]string{filepath.Join(t.TempDir(), "missing")}, &out, &errb); code != 2 {
		t.Errorf("missing dir: exit %d", code)
	}
}
