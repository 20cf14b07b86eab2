package xmlread

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wazzup-unf/mock1c/metadata"
)

const unfDir = "../../basecfg/unf"

// TestPredefinedOfBaseUNF reads the predefined items the emulator's
// infobase needs from the УНФ facsimile: the «Завершен» order states, the
// contact-information kinds (folders with children) and the user-settings
// characteristic kinds with their value types.
func TestPredefinedOfBaseUNF(t *testing.T) {
	res, err := Read(unfDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Problems {
		t.Errorf("%s", p.Error())
	}
	cfg := res.Config
	for _, name := range []string{"СостоянияЗаказовПокупателей", "СостоянияЗаказНарядов"} {
		o := cfg.Lookup(metadata.KindCatalog, name)
		if o == nil || o.Predefined == nil {
			t.Fatalf("Catalog.%s: no predefined data", name)
		}
		it := o.Predefined.Item("завершен")
		if it == nil || it.Name != "Завершен" || !uuidLike(it.ID) || it.IsFolder || it.Description != "Завершен" {
			t.Errorf("Catalog.%s.Завершен: %+v", name, it)
		}
		if it != nil && (it.Pos.File != "Catalogs/"+name+"/Ext/Predefined.xml" || it.Pos.Line != 3) {
			t.Errorf("position %v", it.Pos)
		}
	}
	kinds := cfg.Lookup("Справочник", "ВидыКонтактнойИнформации")
	if kinds == nil || kinds.Predefined == nil {
		t.Fatal("ВидыКонтактнойИнформации: no predefined data")
	}
	folder := kinds.Predefined.Item("СправочникКонтрагенты")
	if folder == nil || !folder.IsFolder || len(folder.Children) == 0 {
		t.Fatalf("folder СправочникКонтрагенты: %+v", folder)
	}
	if ph := kinds.Predefined.Item("ТелефонКонтрагента"); ph == nil || ph.ID != "f2dd4770-7dee-42c7-85dd-f7ffcce92e6c" || ph.IsFolder {
		t.Errorf("ТелефонКонтрагента: %+v", ph)
	}
	n := 0
	kinds.Predefined.Walk(func(*metadata.PredefinedItem) { n++ })
	if n <= len(kinds.Predefined.Items) {
		t.Errorf("Walk visited %d items, top level has %d: children not visited", n, len(kinds.Predefined.Items))
	}

	cct := cfg.Lookup(metadata.KindChartOfCharacteristicTypes, "НастройкиПользователей")
	if cct == nil || !cct.Kind.Info().Modelled || cfg.NotModelled[metadata.KindChartOfCharacteristicTypes] != 0 {
		t.Fatalf("ChartOfCharacteristicTypes not modelled: %+v %v", cct, cfg.NotModelled)
	}
	if len(cct.Prop("Type").Types()) == 0 {
		t.Error("the chart's value types are not read")
	}
	resp := cct.Predefined.Item("ОсновнойОтветственный")
	if resp == nil || resp.IsFolder || resp.Code != "00005" || len(resp.Types) != 1 || resp.Types[0].Name != "cfg:CatalogRef.Сотрудники" {
		t.Fatalf("ОсновнойОтветственный: %+v", resp)
	}
	top := cct.Predefined.Items[0]
	if top.Name != "ОсновныеЗначенияДляПодстановки" || !top.IsFolder || len(top.Types) != 0 || top.Children[len(top.Children)-1] != resp {
		t.Errorf("folder: %+v", top)
	}
}

func uuidLike(s string) bool { return len(s) == 36 && strings.Count(s, "-") == 4 }

// TestAutofill: the Designer writes <Autofill> of an AutoCommandBar only
// when it is false; a missing element means the bar is auto-filled.
// A plain CommandBar is filled only with <Autofill>true</Autofill>.
func TestAutofill(t *testing.T) {
	res, err := Read(unfDir)
	if err != nil {
		t.Fatal(err)
	}
	f := res.Config.Lookup(metadata.KindCatalog, "Контрагенты").Form("ФормаСписка")
	if f == nil || f.Body == nil {
		t.Fatal("Контрагенты.ФормаСписка not read")
	}
	if bar := f.Body.MainCommandBar(); bar == nil || !bar.Autofill {
		t.Fatalf("main command bar without <Autofill>: %+v", bar)
	}

	d := t.TempDir()
	src := `<Form version="2.18"><AutoCommandBar name="ФормаКоманднаяПанель" id="-1"><Autofill>false</Autofill></AutoCommandBar>` +
		`<ChildItems><CommandBar name="Панель" id="1"><Autofill>true</Autofill></CommandBar><CommandBar name="Панель2" id="2"/></ChildItems></Form>`
	if err := os.WriteFile(filepath.Join(d, "Form.xml"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	r := &reader{dir: d, files: map[string]*fileState{"Form.xml": {}}}
	b := r.readFormBody("Form.xml")
	if b == nil || b.MainCommandBar() == nil || b.MainCommandBar().Autofill {
		t.Fatalf("<Autofill>false</Autofill> read as on: %+v", b)
	}
	if !b.Items[1].Autofill || b.Items[2].Autofill {
		t.Errorf("command bars: %+v %+v", b.Items[1], b.Items[2])
	}
}
