package check

import (
	"strings"
	"testing"

	"wazzup-unf/mock1c/metadata"
)

// TestFormatVersions: the same extension declared in other format versions.
// 2.15–2.20 accept the 2.16 property sets; 2.13 and older have no
// UseOneCommand (added in 2.14) and put ObjectBelonging after Comment
// (designer-2.16-skeletons.md §1–2).
func TestFormatVersions(t *testing.T) {
	for _, v := range []string{"2.15", "2.16", "2.17", "2.18", "2.19", "2.20"} {
		t.Run(v, func(t *testing.T) {
			d := copyDump(t, extDir)
			editAll(t, d, `version="2.16"`, `version="`+v+`"`)
			for _, p := range runAll(t, d, baseDir) {
				t.Errorf("%s", p.Error())
			}
		})
	}
	t.Run("2.13", func(t *testing.T) {
		d := copyDump(t, extDir)
		editAll(t, d, `version="2.16"`, `version="2.13"`)
		probs := runAll(t, d, baseDir)
		want(t, probs, RuleProperties, metadata.Error, "Subsystems/ТстРаздел.xml", lineOf(t, d, "Subsystems/ТстРаздел.xml", "<UseOneCommand>"), "UseOneCommand does not exist in format 2.13 (it appears in 2.14)")
		want(t, probs, RuleProperties, metadata.Error, "Catalogs/Контрагенты.xml", lineOf(t, d, "Catalogs/Контрагенты.xml", "<Name>"), "property Name must come before ObjectBelonging in format 2.13")
		want(t, probs, RuleProperties, metadata.Error, "Configuration.xml", lineOf(t, d, "Configuration.xml", "<Name>"), "property Name must come before ObjectBelonging")
	})
	t.Run("2.10 root has 6 contained objects", func(t *testing.T) {
		d := copyDump(t, baseDir)
		editAll(t, d, `version="2.18"`, `version="2.10"`)
		probs := runAll(t, d, "")
		want(t, probs, RuleProperties, metadata.Error, "Configuration.xml", lineOf(t, d, "Configuration.xml", "<Configuration uuid"), "has 7 xr:ContainedObject entries; format 2.10 has 6")
	})
	t.Run("2.17 property in 2.16", func(t *testing.T) {
		d := copyDump(t, baseDir)
		editAll(t, d, `version="2.18"`, `version="2.16"`)
		edit(t, d, "Configuration.xml", "<DefaultLanguage>", "<AllowedIncomingShareRequestTypes/>\r\n\t\t\t<DefaultLanguage>")
		probs := runAll(t, d, "")
		want(t, probs, RuleProperties, metadata.Error, "Configuration.xml", lineOf(t, d, "Configuration.xml", "<AllowedIncomingShareRequestTypes"), "appears in 2.17")
	})
}

func TestModuleNameRule469(t *testing.T) {
	f := func(g, cm, s, sc bool, reuse string) *metadata.CommonModuleFlags {
		return &metadata.CommonModuleFlags{Global: g, ClientManagedApplication: cm, ClientOrdinaryApplication: cm, Server: s, ServerCall: sc, ReturnValuesReuse: reuse}
	}
	cases := []struct {
		name  string
		flags *metadata.CommonModuleFlags
		want  string // "" = clean
	}{
		{"ОбщегоНазначения", f(false, false, true, false, "DontUse"), ""},
		{"WazzupВызовСервера", f(false, false, true, true, "DontUse"), ""},
		{"WazzupКлиент", f(false, true, false, false, "DontUse"), ""},
		{"WazzupКлиентСервер", f(false, true, true, false, "DontUse"), ""},
		{"WazzupГлобальный", f(true, true, false, false, "DontUse"), ""},
		{"ОбщегоНазначенияКлиентПереопределяемый", f(false, true, false, false, "DontUse"), ""},
		{"WazzupПовтИсп", f(false, false, true, false, "DuringSession"), ""},
		{"WazzupКлиент", f(false, true, true, false, "DontUse"), "suffix Клиент means client flags only"},
		{"WazzupВызовСервера", f(false, false, true, false, "DontUse"), "suffix ВызовСервера"},
		{"Wazzup", f(false, false, true, true, "DontUse"), "ServerCall=true needs the suffix ВызовСервера"},
		{"Wazzup", f(false, true, false, false, "DontUse"), "a client module needs the suffix Клиент"},
		{"WazzupКлиент", f(true, true, false, false, "DontUse"), "Global=true needs the suffix Глобальный"},
		{"Wazzup", f(false, false, true, false, "DuringRequest"), "needs the suffix ПовтИсп"},
		{"WazzupПовтИсп", f(false, false, true, false, "DontUse"), "suffix ПовтИсп needs ReturnValuesReuse"},
	}
	for _, c := range cases {
		got := strings.Join(moduleNameProblems(c.name, c.flags), "; ")
		if c.want == "" && got != "" || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("%s %+v: got %q, want %q", c.name, *c.flags, got, c.want)
		}
	}
}
