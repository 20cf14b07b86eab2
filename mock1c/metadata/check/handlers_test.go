package check

import (
	"path/filepath"
	"strings"
	"testing"

	"wazzup-unf/mock1c/metadata"
	"wazzup-unf/mock1c/metadata/xmlread"
)

// fakeAnalyzer stands in for the BSL front end: it declares, per module
// path, the procedures a parse would find. It tests the metadata side of
// the handler and interception rules independently of the parser.
type fakeAnalyzer map[string][]*Proc

func (f fakeAnalyzer) Analyze(m *metadata.Module, src []byte) (*ModuleInfo, []*metadata.Problem) {
	key := strings.TrimPrefix(filepath.ToSlash(m.AbsPath()), "../testdata/")
	procs, ok := f[key]
	if !ok {
		return &ModuleInfo{}, nil
	}
	for _, p := range procs {
		p.Pos = metadata.Pos{File: m.Path, Line: 1, Col: 1}
	}
	return &ModuleInfo{Procs: procs}, nil
}

// validProcs are the procedures of the extension and base fixtures.
func validProcs() fakeAnalyzer {
	exp := func(name string) *Proc { return &Proc{Name: name, Export: true} }
	return fakeAnalyzer{
		"ext/CommonModules/ТстСервер/Ext/Module.bsl":       {{Name: "ПриЗаписиКонтрагента", Export: true, Params: 2, Required: 2}, exp("Обмен"), {Name: "Отправить", Params: 1, Required: 1}},
		"ext/CommonModules/ТстВызовСервера/Ext/Module.bsl": {{Name: "АдресСервиса", Export: true, Function: true}},
		"ext/CommonForms/ТстОкно/Ext/Form/Module.bsl": {{Name: "ПриСозданииНаСервере", Directive: "НаСервере", Params: 2, Required: 2},
			{Name: "СтраницаДокументСформирован", Directive: "НаКлиенте", Params: 1, Required: 1}, {Name: "Обновить", Directive: "НаКлиенте", Params: 1, Required: 1}},
		"ext/CommonModules/ОбщегоНазначенияКлиентПереопределяемый/Ext/Module.bsl": {{Name: "ТстПослеНачалаРаботыСистемы", Annotation: "После", Target: "ПослеНачалаРаботыСистемы"}},
		"ext/Ext/ManagedApplicationModule.bsl":                                     {{Name: "ТстПриНачалеРаботыСистемы", Annotation: "После", Target: "ПриНачалеРаботыСистемы"}},
		"base/Ext/ManagedApplicationModule.bsl":                                    {{Name: "ПриНачалеРаботыСистемы"}},
		"ext/CommonCommands/ТстОткрыть/Ext/CommandModule.bsl":                      {{Name: "ОбработкаКоманды", Directive: "НаКлиенте", Params: 2, Required: 2}},
		"base/CommonModules/ОбщегоНазначенияКлиентПереопределяемый/Ext/Module.bsl": {{Name: "ПослеНачалаРаботыСистемы", Export: true}},
	}
}

func runWith(t *testing.T, dir string, fa fakeAnalyzer, base bool) []*metadata.Problem {
	t.Helper()
	cfg := read(t, dir)
	opt := Options{Modules: fa}
	if base {
		opt.Base = read(t, baseDir)
	}
	return metadata.SortProblems(Run(cfg, opt))
}

func read(t *testing.T, dir string) *metadata.Configuration {
	t.Helper()
	res, err := xmlread.Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	return res.Config
}

func TestHandlersWithModules(t *testing.T) {
	fa := validProcs()
	probs := runWith(t, extDir, fa, true)
	for _, p := range probs {
		t.Errorf("valid extension: %s", p.Error())
	}

	cases := []struct {
		name   string
		change func(fa fakeAnalyzer)
		rule   string
		file   string
		msg    string
	}{
		{"handler not exported", func(fa fakeAnalyzer) {
			fa["ext/CommonModules/ТстСервер/Ext/Module.bsl"][0].Export = false
		}, RuleHandlers, "CommonModules/ТстСервер/Ext/Module.bsl", "which is not exported"},
		{"handler missing", func(fa fakeAnalyzer) {
			fa["ext/CommonModules/ТстСервер/Ext/Module.bsl"] = fa["ext/CommonModules/ТстСервер/Ext/Module.bsl"][1:]
		}, RuleHandlers, "EventSubscriptions/ТстПриЗаписиКонтрагента.xml", "module ТстСервер has no procedure ПриЗаписиКонтрагента"},
		{"job method is a function", func(fa fakeAnalyzer) {
			fa["ext/CommonModules/ТстСервер/Ext/Module.bsl"][1].Function = true
		}, RuleHandlers, "", "which is a function"},
		{"form event handler missing", func(fa fakeAnalyzer) {
			fa["ext/CommonForms/ТстОкно/Ext/Form/Module.bsl"] = fa["ext/CommonForms/ТстОкно/Ext/Form/Module.bsl"][1:]
		}, RuleHandlers, "CommonForms/ТстОкно/Ext/Form.xml", "form event OnCreateAtServer names ПриСозданииНаСервере, which the form module does not define"},
		{"form command action missing", func(fa fakeAnalyzer) {
			fa["ext/CommonForms/ТстОкно/Ext/Form/Module.bsl"] = fa["ext/CommonForms/ТстОкно/Ext/Form/Module.bsl"][:2]
		}, RuleHandlers, "CommonForms/ТстОкно/Ext/Form.xml", "command Обновить names Обновить"},
		{"interception target missing in base", func(fa fakeAnalyzer) {
			fa["ext/CommonModules/ОбщегоНазначенияКлиентПереопределяемый/Ext/Module.bsl"][0].Target = "ПриЗавершенииРаботы"
		}, metadata.RuleAdoption, "", "has no method ПриЗавершенииРаботы"},
		{"root interceptor target missing", func(fa fakeAnalyzer) {
			fa["base/Ext/ManagedApplicationModule.bsl"][0].Name = "ПередНачаломРаботыСистемы"
		}, metadata.RuleAdoption, "Ext/ManagedApplicationModule.bsl", "has no method ПриНачалеРаботыСистемы"},
		{"interception in an own module", func(fa fakeAnalyzer) {
			fa["ext/CommonModules/ТстСервер/Ext/Module.bsl"][2].Annotation, fa["ext/CommonModules/ТстСервер/Ext/Module.bsl"][2].Target = "Перед", "Отправить"
		}, metadata.RuleAdoption, "", "only modules of adopted objects can intercept"},
		{"method without prefix in an adopted module", func(fa fakeAnalyzer) {
			fa["ext/CommonModules/ОбщегоНазначенияКлиентПереопределяемый/Ext/Module.bsl"][0].Name = "ПослеНачала"
		}, RulePrefix, "", "method ПослеНачала in adopted module CommonModule.ОбщегоНазначенияКлиентПереопределяемый does not start with the prefix Тст"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fa := validProcs()
			c.change(fa)
			probs := runWith(t, extDir, fa, true)
			for _, p := range probs {
				if p.Rule == c.rule && strings.Contains(p.Msg, c.msg) && (c.file == "" || p.Pos.File == c.file) {
					return
				}
			}
			t.Fatalf("no %s problem containing %q; got %v", c.rule, c.msg, probs)
		})
	}
}

// TestAdoptedFormHandlers: in an adopted form (Form.xml with BaseForm), only
// handlers with a callType are the extension's; the others are the base
// form's and must not be looked up in the extension's module.
func TestAdoptedFormHandlers(t *testing.T) {
	// Any existing file serves as the module text; the double declares its procedures.
	mod := metadata.NewModule(metadata.ModuleForm, "../testdata/ext", "CommonForms/ТстОкно/Ext/Form/Module.bsl", "Catalog.Контрагенты.Form.ФормаЭлемента")
	f := &metadata.Form{Name: "ФормаЭлемента", Adopted: true, Module: mod, Body: &metadata.FormBody{HasBaseForm: true,
		Events:   []metadata.Event{{Name: "OnOpen", Handler: "ПриОткрытии"}, {Name: "OnCreateAtServer", Handler: "ТстПриСозданииПосле", CallType: "After"}},
		Commands: []*metadata.FormCommand{{Name: "Базовая", Action: "БазоваяКоманда"}}}}
	o := &metadata.Object{Kind: metadata.KindCatalog, Name: "Контрагенты", Adopted: true, Forms: []*metadata.Form{f}}
	fa := fakeAnalyzer{"ext/CommonForms/ТстОкно/Ext/Form/Module.bsl": {{Name: "ТстПриСозданииПосле", Directive: "НаСервере", Params: 2, Required: 2}}}
	c := &checker{cfg: &metadata.Configuration{}, opt: Options{Modules: fa}}
	c.formHandlers(o, f)
	for _, p := range c.ps.List {
		t.Errorf("%s", p.Error())
	}
	fa["ext/CommonForms/ТстОкно/Ext/Form/Module.bsl"][0].Name = "Другое"
	c = &checker{cfg: &metadata.Configuration{}, opt: Options{Modules: fa}}
	c.formHandlers(o, f)
	if len(c.ps.List) != 1 || !strings.Contains(c.ps.List[0].Msg, "names ТстПриСозданииПосле") {
		t.Fatalf("want the After handler reported, got %v", c.ps.List)
	}
}
