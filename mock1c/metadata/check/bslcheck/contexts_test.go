package bslcheck

import (
	"strings"
	"testing"

	"wazzup-unf/mock1c/metadata"
	"wazzup-unf/mock1c/metadata/check"
)

// Methods that exist only under "#Если Клиент Тогда" are methods of the
// module: the platform compiles the module for the client too, where they
// are defined (parse.ParseEveryContext, parse.AllMethods). Duplicates are
// still found within one context's text, where the platform's compiler
// finds them.

const (
	ctxForm   = "CommonForms/ТстОкно/Ext/Form/Module.bsl"
	ctxSrv    = "CommonModules/ТстСервер/Ext/Module.bsl"
	ctxSrvXML = "CommonModules/ТстСервер.xml"
	ctxAd     = "CommonModules/ОбщегоНазначенияКлиентПереопределяемый/Ext/Module.bsl"
	clientCmd = "&НаКлиенте\r\nПроцедура Обновить(Команда)\r\n\tОбновитьНаСервере();\r\nКонецПроцедуры"
)

func errorsOf(probs []*metadata.Problem) []*metadata.Problem {
	var out []*metadata.Problem
	for _, p := range probs {
		if p.Severity == metadata.Error {
			out = append(out, p)
		}
	}
	return out
}

func findProblem(probs []*metadata.Problem, rule, msg string) *metadata.Problem {
	for _, p := range probs {
		if p.Rule == rule && strings.Contains(p.Msg, msg) {
			return p
		}
	}
	return nil
}

// A form's command handler compiled for the client only is the command's
// action (before ParseEveryContext the server parse missed it: "names
// Обновить, which the form module does not define").
func TestClientOnlyFormCommandHandler(t *testing.T) {
	d := copyExt(t)
	replaceIn(t, d, ctxForm, clientCmd, "#Если Клиент Тогда\r\n\r\n"+clientCmd+"\r\n\r\n#КонецЕсли")
	probs := checkDump(t, d, "../../testdata/base")
	for _, p := range probs {
		t.Errorf("client-only command handler: %s", p.Error())
	}

	// its body is checked on the client: an unknown call there is reported
	d = copyExt(t)
	replaceIn(t, d, ctxForm, clientCmd, "#Если Клиент Тогда\r\n\r\n"+strings.Replace(clientCmd, "ОбновитьНаСервере();", "ОбновитьНаСервере();\r\n\tПересчитатьВсё();", 1)+"\r\n\r\n#КонецЕсли")
	probs = checkDump(t, d, "../../testdata/base")
	p := findProblem(probs, check.RuleCalls, "не определена (ПересчитатьВсё) (Проверка: Тонкий клиент)")
	if p == nil || p.Pos.File != ctxForm || p.Pos.Line != 25 {
		t.Errorf("unknown call in a client-only handler: got %v", probs)
	}

	// and it still needs its description and region rules: outside any
	// #Область the client-only method is reported (standard #455)
	d = copyExt(t)
	replaceIn(t, d, ctxForm, "#КонецОбласти\r\n\r\n#Область СлужебныеПроцедурыИФункции", "#КонецОбласти\r\n\r\n#Если Клиент Тогда\r\n&НаКлиенте\r\nПроцедура ТолькоНаКлиенте()\r\nКонецПроцедуры\r\n#КонецЕсли\r\n\r\n#Область СлужебныеПроцедурыИФункции")
	probs = checkDump(t, d, "../../testdata/base")
	if findProblem(probs, RuleRegions, "method ТолькоНаКлиенте is outside any #Область") == nil {
		t.Errorf("client-only method outside regions not reported: %v", probs)
	}
}

// An idle handler attached on the client must be exported by a global
// client module; one defined under "#Если Клиент Тогда" of a global
// client-server module is (ПодключитьОбработчикОжидания from the adopted
// client module).
func TestClientOnlyIdleHandler(t *testing.T) {
	const (
		attach  = "Процедура ТстПослеНачалаРаботыСистемы()\r\n"
		handler = "#КонецОбласти\r\n\r\n#Область СлужебныеПроцедурыИФункции"
		method  = "\r\n#Если Клиент Тогда\r\n\r\n// Опрашивает сервис по таймеру.\r\nПроцедура ТстОпрос() Экспорт\r\nКонецПроцедуры\r\n\r\n#КонецЕсли\r\n\r\n"
	)
	setup := func(t *testing.T, withHandler bool) []*metadata.Problem {
		d := copyExt(t)
		replaceIn(t, d, ctxSrvXML, "<Global>false</Global>", "<Global>true</Global>")
		replaceIn(t, d, ctxSrvXML, "<ClientManagedApplication>false</ClientManagedApplication>", "<ClientManagedApplication>true</ClientManagedApplication>")
		replaceIn(t, d, ctxAd, attach, attach+"\tПодключитьОбработчикОжидания(\"ТстОпрос\", 5);\r\n")
		// a client-server module keeps its server-only code out of the client
		replaceIn(t, d, ctxSrv, "\tЗаписьЖурналаРегистрации(", "#Если Сервер Тогда\r\n\tЗаписьЖурналаРегистрации(")
		replaceIn(t, d, ctxSrv, ", , Ссылка);\r\nКонецПроцедуры", ", , Ссылка);\r\n#КонецЕсли\r\nКонецПроцедуры")
		if withHandler {
			replaceIn(t, d, ctxSrv, handler, method+handler)
		}
		return checkDump(t, d, "../../testdata/base")
	}
	const missing = "no global client common module or application module exports ТстОпрос"
	if findProblem(setup(t, false), check.RuleCalls, missing) == nil {
		t.Fatal("without the handler the idle-handler error is expected (the test's control)")
	}
	probs := setup(t, true)
	if p := findProblem(probs, check.RuleCalls, missing); p != nil {
		t.Errorf("client-only exported handler not found: %s", p.Error())
	}
	for _, p := range probs {
		if p.Pos.File == ctxSrv || p.Pos.File == ctxAd {
			t.Errorf("unexpected: %s", p.Error())
		}
	}

	// the client-only export needs its description comment (#453)
	d := copyExt(t)
	replaceIn(t, d, ctxSrv, handler, strings.Replace(method, "// Опрашивает сервис по таймеру.\r\n", "", 1)+handler)
	p := findProblem(checkDump(t, d, "../../testdata/base"), RuleDoc, "exported method ТстОпрос has no description comment")
	if p == nil || p.Pos.File != ctxSrv {
		t.Error("client-only export without a description comment not reported")
	}
}

// Two methods of one name in one #Если branch are the compiler's error in
// that context; the same name in mutually exclusive branches is not.
func TestDuplicatesPerContext(t *testing.T) {
	const at = "#Область СлужебныеПроцедурыИФункции\r\n"
	dup := "Процедура Дубль()\r\nКонецПроцедуры\r\n\r\nПроцедура Дубль()\r\nКонецПроцедуры\r\n"

	d := copyExt(t)
	replaceIn(t, d, ctxForm, at, at+"\r\n#Если Клиент Тогда\r\n&НаКлиенте\r\n"+strings.Replace(dup, "\r\n\r\nПроцедура", "\r\n\r\n&НаКлиенте\r\nПроцедура", 1)+"#КонецЕсли\r\n")
	probs := checkDump(t, d, "../../testdata/base")
	n := 0
	for _, p := range probs {
		if p.Rule == check.RuleModuleParse && strings.Contains(p.Msg, "Процедура или функция с указанным именем уже определена (Дубль)") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("duplicate in the client branch: want one «уже определена (Дубль)» from the module check, got %d in %v", n, probs)
	}

	d = copyExt(t)
	replaceIn(t, d, ctxSrv, at, at+"\r\n#Если Сервер Тогда\r\n\r\nПроцедура Дубль()\r\nКонецПроцедуры\r\n\r\n#Иначе\r\n\r\nПроцедура Дубль()\r\nКонецПроцедуры\r\n\r\n#КонецЕсли\r\n")
	probs = checkDump(t, d, "../../testdata/base")
	for _, p := range errorsOf(probs) {
		t.Errorf("same name in exclusive branches: %s", p.Error())
	}
}
