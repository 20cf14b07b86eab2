package metadata_test

import (
	"testing"

	"wazzup-unf/mock1c/metadata"
	"wazzup-unf/mock1c/metadata/xmlread"
)

func read(t *testing.T, dir string) *metadata.Configuration {
	t.Helper()
	res, err := xmlread.Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Problems {
		t.Errorf("%s: %s", dir, p.Error())
	}
	return res.Config
}

func TestLookup(t *testing.T) {
	ext := read(t, "testdata/ext")
	if !ext.IsExtension || ext.NamePrefix != "Тст" || ext.Version != "2.16" || ext.KeepMappingByIDs {
		t.Fatalf("root: extension=%v prefix=%q version=%q keepMapping=%v", ext.IsExtension, ext.NamePrefix, ext.Version, ext.KeepMappingByIDs)
	}
	for _, q := range []struct {
		kind metadata.Kind
		name string
	}{{"CommonModule", "тстсервер"}, {"ОбщийМодуль", "ТстСервер"}, {"commonmodule", "ТСТСЕРВЕР"}} {
		if o := ext.Lookup(q.kind, q.name); o == nil || o.Name != "ТстСервер" {
			t.Errorf("Lookup(%s, %s) = %v", q.kind, q.name, o)
		}
	}
	if o := ext.LookupFull("Справочник.Контрагенты"); o == nil || !o.Adopted || o.Extends != "d31edcfb-c254-4df6-813c-45d97556c9a4" {
		t.Errorf("LookupFull(Справочник.Контрагенты) = %+v", o)
	}
	if ext.Lookup(metadata.KindCatalog, "Номенклатура") != nil {
		t.Error("found a catalog that does not exist")
	}
	srv := ext.Lookup(metadata.KindCommonModule, "ТстСервер")
	if f := srv.ModuleFlags; f == nil || !f.Server || f.ServerCall || f.ClientManagedApplication || f.ReturnValuesReuse != "DontUse" {
		t.Errorf("flags %+v", srv.ModuleFlags)
	}
	if m := srv.Module(metadata.ModuleCommon); m == nil || m.Path != "CommonModules/ТстСервер/Ext/Module.bsl" {
		t.Fatalf("module %+v", m)
	} else if src, err := m.Source(); err != nil || len(src) == 0 || src[0] == 0xEF {
		t.Errorf("Source: %d bytes, err %v (BOM must be removed)", len(src), err)
	}
	job := ext.Lookup(metadata.KindScheduledJob, "ТстОбмен").Job
	if job.MethodName != "CommonModule.ТстСервер.Обмен" || job.Schedule == nil || job.Schedule.RepeatPeriodInDay != 60 || len(job.Schedule.WeekDays) != 7 {
		t.Errorf("job %+v schedule %+v", job, job.Schedule)
	}
	form := ext.Lookup(metadata.KindCommonForm, "ТстОкно").Form("ТстОкно")
	if form == nil || form.Body == nil || form.Module == nil || len(form.Body.Attributes) != 2 || len(form.Body.Commands) != 1 || len(form.Body.Parameters) != 1 {
		t.Fatalf("form %+v", form)
	}
	if ev := form.Body.Events; len(ev) != 1 || ev[0].Name != "OnCreateAtServer" || ev[0].Handler != "ПриСозданииНаСервере" || ev[0].Pos.Line == 0 {
		t.Errorf("events %+v", ev)
	}
	role := ext.Lookup(metadata.KindRole, "ТстОбщиеПрава").Rights
	if role == nil || len(role.Objects) != 5 || role.Objects[1].Name != "Subsystem.ТстРаздел" || !role.Objects[1].Rights[0].Value {
		t.Errorf("rights %+v", role)
	}
	sub := ext.Lookup(metadata.KindSubsystem, "ТстРаздел").Content
	if len(sub.Items) != 3 || sub.CommandInterface == nil || len(sub.CommandInterface.Commands) != 2 {
		t.Errorf("subsystem %+v", sub)
	}
	if n := len(ext.AllModules()); n != 6 {
		t.Errorf("AllModules: %d, want 6 (root, adopted, 2 own common, command, form)", n)
	}
}

func TestMerge(t *testing.T) {
	base, ext := read(t, "testdata/base"), read(t, "testdata/ext")
	m, probs := metadata.Merge(base, ext)
	for _, p := range probs {
		t.Errorf("%s", p.Error())
	}
	cat := m.Lookup("Справочник", "контрагенты")
	if cat == nil || cat.Base == nil || cat.Ext == nil || cat.Own() || cat.Object() != cat.Base || cat.Base.Child("ИНН") == nil {
		t.Fatalf("adopted catalog not resolved to its base: %+v", cat)
	}
	mod := m.Lookup(metadata.KindCommonModule, "ОбщегоНазначенияКлиентПереопределяемый")
	if mod == nil || len(mod.Modules()) != 1 || len(mod.ExtensionModules()) != 1 || mod.ExtensionModules()[0].Path != "CommonModules/ОбщегоНазначенияКлиентПереопределяемый/Ext/Module.bsl" {
		t.Fatalf("adopted module: base %v, extension %v", mod.Modules(), mod.ExtensionModules())
	}
	own := m.Lookup(metadata.KindCommonModule, "ТстСервер")
	if own == nil || !own.Own() || own.Object() != own.Ext {
		t.Fatalf("own module: %+v", own)
	}
	if m.Lookup(metadata.KindCommonModule, "ОбщегоНазначения") == nil {
		t.Error("base-only module missing from the merged view")
	}
	if got, want := len(m.Objects), len(base.Objects)+10; got != want {
		t.Errorf("merged objects: %d, want %d (base + own)", got, want)
	}
}

func TestCompareCompatibility(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{{"Version8_3_14", "Version8_3_24", -1}, {"Version8_3_24", "Version8_3_14", 1}, {"Version8_3_9", "Version8_3_10", -1},
		{"Version8_3_24", "Version8_3_24", 0}, {"Version8_3_27", "DontUse", -1}} {
		if got := metadata.CompareCompatibility(c.a, c.b); got != c.want {
			t.Errorf("Compare(%s, %s) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

func TestParseTypeName(t *testing.T) {
	for _, c := range []struct {
		in   string
		kind metadata.Kind
		name string
		ok   bool
	}{{"cfg:CatalogRef.Контрагенты", metadata.KindCatalog, "Контрагенты", true},
		{"cfg:InformationRegisterRecordSet.Журнал", metadata.KindInformationRegister, "Журнал", true},
		{"cfg:CatalogTabularSectionRow.Контрагенты.КонтактнаяИнформация", metadata.KindCatalog, "Контрагенты", true},
		{"cfg:DefinedType.ВладелецФайлов", metadata.KindDefinedType, "ВладелецФайлов", true},
		{"cfg:CatalogRef", "", "", false}, {"xs:string", "", "", false}, {"cfg:DynamicList", "", "", false}} {
		k, n, ok := metadata.ParseTypeName(c.in)
		if k != c.kind || n != c.name || ok != c.ok {
			t.Errorf("ParseTypeName(%s) = %s %s %v", c.in, k, n, ok)
		}
	}
}

func TestChildrenAndSynonym(t *testing.T) {
	base := read(t, "testdata/base")
	cat := base.Lookup(metadata.KindCatalog, "Контрагенты")
	attrs := cat.ChildrenOf("Attribute")
	if len(attrs) != 1 || attrs[0].Name != "ИНН" || len(attrs[0].Types()) != 1 || attrs[0].Types()[0].Name != "xs:string" {
		t.Fatalf("attributes %+v", attrs)
	}
	if cat.Synonym() != "Контрагенты" || base.Lookup(metadata.KindCommonModule, "ОбщегоНазначения").Synonym() != "ОбщегоНазначения" {
		t.Errorf("synonyms %q", cat.Synonym())
	}
}
