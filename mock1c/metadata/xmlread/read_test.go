package xmlread

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wazzup-unf/mock1c/metadata"
)

func copyTree(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		r, _ := filepath.Rel(src, p)
		if info.IsDir() {
			return os.MkdirAll(filepath.Join(dst, r), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, r), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// TestUnknownKindReadStructurally: a kind from a newer format is read from
// its folder and counted as not modelled, without errors.
func TestUnknownKindReadStructurally(t *testing.T) {
	d := copyTree(t, "../testdata/base")
	cfg := filepath.Join(d, "Configuration.xml")
	b, _ := os.ReadFile(cfg)
	s := strings.Replace(string(b), "<Catalog>Контрагенты</Catalog>", "<Catalog>Контрагенты</Catalog>\r\n\t\t\t<Gizmo>Штука</Gizmo>", 1)
	os.WriteFile(cfg, []byte(s), 0o644)
	os.MkdirAll(filepath.Join(d, "Gizmos", "Штука", "Ext"), 0o755)
	os.WriteFile(filepath.Join(d, "Gizmos", "Штука.xml"), []byte("\ufeff"+`<MetaDataObject version="2.18"><Gizmo uuid="0b0e7d33-6a8e-4f7e-9a43-6f2b0c1d2e3f"><Properties><Name>Штука</Name><Synonym/><Comment/><Shiny>true</Shiny></Properties></Gizmo></MetaDataObject>`), 0o644)
	os.WriteFile(filepath.Join(d, "Gizmos", "Штука", "Ext", "Module.bsl"), []byte("\ufeff\r\n"), 0o644)
	res, err := Read(d)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Problems {
		t.Errorf("%s", p.Error())
	}
	o := res.Config.Lookup("Gizmo", "штука")
	if o == nil || o.PropText("Shiny") != "true" || len(o.Modules) != 1 || res.Config.NotModelled["Gizmo"] != 1 {
		t.Fatalf("object %+v, not modelled %v", o, res.Config.NotModelled)
	}
}

// TestStats counts files and bytes.
func TestStats(t *testing.T) {
	res, err := Read("../testdata/ext")
	if err != nil {
		t.Fatal(err)
	}
	if res.Stats.Files < 20 || res.Stats.XML < 15 || res.Stats.Bytes < 10000 || res.Config.Root.Name != "ТестовоеРасширение" {
		t.Fatalf("stats %+v", res.Stats)
	}
	if _, err := Read(t.TempDir()); err == nil || !strings.Contains(err.Error(), "no Configuration.xml") {
		t.Fatalf("empty dir: %v", err)
	}
}

func TestReadMerged(t *testing.T) {
	m, probs, err := ReadMerged("../testdata/base", "../testdata/ext")
	if err != nil || len(probs) != 0 {
		t.Fatalf("%v %v", err, probs)
	}
	if o := m.Lookup("Справочник", "Контрагенты"); o == nil || o.Base == nil || o.Ext == nil {
		t.Fatalf("adopted catalog: %+v", o)
	}
	if _, _, err := ReadMerged(t.TempDir(), "../testdata/ext"); err == nil {
		t.Fatal("a directory without Configuration.xml accepted as base")
	}
}

// TestDesignerBytes: an object file without BOM and a module with LF line
// ends are standards warnings (std-designer-bytes) with their file and line;
// the valid fixture, written like the Designer, has none.
func TestDesignerBytes(t *testing.T) {
	d := copyTree(t, "../testdata/base")
	obj := filepath.Join(d, "Catalogs", "Контрагенты.xml")
	b, err := os.ReadFile(obj)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(obj, metadata.TrimBOM(b), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Read(d)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range res.Problems {
		if p.Rule == metadata.RuleDesignerBytes {
			got = append(got, p.Error())
		}
	}
	if len(got) != 1 || !strings.HasPrefix(got[0], "Catalogs/Контрагенты.xml:1:1: warning: no UTF-8 byte-order mark") {
		t.Fatalf("designer-bytes problems = %q, want one missing-BOM warning on Catalogs/Контрагенты.xml", got)
	}
}
