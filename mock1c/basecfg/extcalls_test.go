package basecfg

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The Wazzup extension (onec-extension/src) and its YAxUnit test extension
// (onec-extension/tests) run on top of this base. TestExtensionCallsResolve
// keeps the base honest about what they call:
//
//   - every call `Модуль.Метод(…)` whose Модуль is a common module of the base
//     names an exported method of it with a fitting number of arguments, and
//     a client-only extension module calls only client, client-server or
//     server-call base modules;
//   - every other `Имя.Метод(…)` whose Имя is neither declared in the file
//     (assigned, a parameter, Перем, Для Каждого), nor a common module of the
//     extension, nor a platform global (platformRoots) is reported: it is
//     most likely a БСП/УНФ common module the base does not model yet (that
//     is how ПрефиксацияОбъектовКлиентСервер was found missing).
//
// The extension is someone else's code in progress: the test reads it from
// the source tree and skips when it is absent.

// platformRoots: global-context names of the platform that code calls
// methods on without declaring them. YAxUnit's modules (ЮТест, ЮТТесты, …:
// all its common modules start with "ЮТ") are recognised by the prefix.
var platformRoots = []string{
	"Справочники", "Документы", "РегистрыСведений", "Перечисления", "ПланыВидовХарактеристик",
	"Константы", "Метаданные", "ФоновыеЗадания", "РегламентныеЗадания", "ПользователиИнформационнойБазы",
	"ПараметрыСеанса", "КлиентскоеПриложение", "ХранилищеОбщихНастроек", "ХранилищеСистемныхНастроек",
	"БиблиотекаКартинок", "БиблиотекаСтилей", "Обработки", "Отчеты", "ЖурналРегистрации",
	"ЭтотОбъект", "ЭтаФорма", "Объект", "Элементы", "Параметры", "Команды", "ПараметрыПриложения",
}

func TestExtensionCallsResolve(t *testing.T) {
	dir, err := Dir()
	if err != nil {
		t.Skip(err)
	}
	extRoot := filepath.Join(dir, "..", "..", "..", "onec-extension")
	if _, err := os.Stat(filepath.Join(extRoot, "src", "Configuration.xml")); err != nil {
		t.Skip("no onec-extension/src in the source tree")
	}
	base := baseCommonModules(t)
	known := map[string]bool{}
	for _, r := range platformRoots {
		known[strings.ToUpper(r)] = true
	}
	calls := 0
	// The test extension runs beside the extension and calls its modules too.
	extMods := map[string]extModule{}
	for _, part := range []string{"src", "tests"} {
		root := filepath.Join(extRoot, part)
		for k, v := range extensionCommonModules(t, root) {
			extMods[k] = v
		}
		err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".bsl") {
				return err
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(extRoot, p)
			rel = filepath.ToSlash(rel)
			toks, err := bslTokens(string(b))
			if err != nil {
				t.Errorf("onec-extension/%s: %v", rel, err)
				return nil
			}
			callerClientOnly := false
			if parts := strings.Split(rel, "/"); len(parts) > 2 && parts[1] == "CommonModules" {
				if f, ok := extMods[strings.ToUpper(parts[2])]; ok {
					callerClientOnly = f.client && !f.server
				}
			}
			declared := declaredNames(toks)
			for i := 0; i+3 < len(toks); i++ {
				if toks[i].kind != "id" || toks[i+1].text != "." || toks[i+2].kind != "id" || toks[i+3].text != "(" {
					continue
				}
				if i > 0 && toks[i-1].text == "." {
					continue
				}
				pos := "onec-extension/" + rel + ":" + strconv.Itoa(toks[i].line)
				name := strings.ToUpper(toks[i].text)
				target, isBase := base[name]
				switch {
				case isBase && !extMods[name].own:
					calls++
					checkCall(t, pos, toks, i, target, callerClientOnly)
				case declared[name] || known[name] || extMods[name].own || strings.HasPrefix(name, "ЮТ"):
				default:
					t.Errorf("%s: %s.%s(…): %s is not declared here, not an extension module and not a known platform global — a БСП/УНФ common module missing from the base? (if it is a platform global, add it to platformRoots)",
						pos, toks[i].text, toks[i+2].text, toks[i].text)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if calls < 10 {
		t.Errorf("only %d calls from the extension into base common modules: the scan is broken", calls)
	}
}

func checkCall(t *testing.T, pos string, toks []bslTok, i int, target *baseModule, callerClientOnly bool) {
	t.Helper()
	meth, ok := target.scan.Methods[strings.ToUpper(toks[i+2].text)]
	if !ok || !meth.Export {
		t.Errorf("%s: %s.%s is not an exported method of the base", pos, toks[i].text, toks[i+2].text)
		return
	}
	n := countArgs(toks, i+3)
	required := 0
	for _, p := range meth.Params {
		if p.Default == "" {
			required++
		}
	}
	if n > len(meth.Params) || n < required {
		t.Errorf("%s: %s.%s called with %d arguments, the base declares %s", pos, toks[i].text, toks[i+2].text, n, meth)
	}
	if callerClientOnly && !target.client && !target.serverCall {
		t.Errorf("%s: client module calls server-only base module %s", pos, toks[i].text)
	}
}

type baseModule struct {
	scan                               *bslModule
	client, server, serverCall, global bool
}

// baseCommonModules reads every common module of the dump: flags and headers.
func baseCommonModules(t *testing.T) map[string]*baseModule {
	t.Helper()
	mods := map[string]*baseModule{}
	for _, c := range readXML(t, "Configuration.xml").find("Configuration", "ChildObjects", "CommonModule") {
		p := readXML(t, "CommonModules/"+c.Text+".xml").find("CommonModule", "Properties")[0]
		mods[strings.ToUpper(c.Text)] = &baseModule{
			scan:       scanModule(t, "CommonModules/"+c.Text+"/Ext/Module.bsl"),
			client:     p.child("ClientManagedApplication") == "true",
			server:     p.child("Server") == "true",
			serverCall: p.child("ServerCall") == "true",
			global:     p.child("Global") == "true",
		}
	}
	return mods
}

type extModule struct{ own, client, server bool }

// extensionCommonModules reads the common modules an extension declares;
// own is false for modules it adopts from the base.
func extensionCommonModules(t *testing.T, root string) map[string]extModule {
	t.Helper()
	out := map[string]extModule{}
	cfg := readXMLFile(t, filepath.Join(root, "Configuration.xml"))
	for _, c := range cfg.find("Configuration", "ChildObjects", "CommonModule") {
		x := readXMLFile(t, filepath.Join(root, "CommonModules", c.Text+".xml"))
		p := x.find("CommonModule", "Properties")[0]
		out[strings.ToUpper(c.Text)] = extModule{
			own:    p.child("ObjectBelonging") != "Adopted",
			client: p.child("ClientManagedApplication") == "true",
			server: p.child("Server") == "true",
		}
	}
	return out
}

// declaredNames: identifiers a module declares or assigns — parameters of
// its methods, Перем lists, loop variables and anything written as `Имя =`
// (a comparison `Если Имя = …` also counts; that only hides, never invents).
func declaredNames(toks []bslTok) map[string]bool {
	out := map[string]bool{}
	for i, tk := range toks {
		if tk.kind != "id" {
			continue
		}
		switch {
		case i+1 < len(toks) && toks[i+1].text == "=" && (i == 0 || toks[i-1].text != "."):
			out[strings.ToUpper(tk.text)] = true
		case isKw(tk, "Каждого") && i+1 < len(toks):
			out[strings.ToUpper(toks[i+1].text)] = true
		case isKw(tk, "Перем"):
			for j := i + 1; j < len(toks) && toks[j].text != ";"; j++ {
				if toks[j].kind == "id" {
					out[strings.ToUpper(toks[j].text)] = true
				}
			}
		case (isKw(tk, "Процедура") || isKw(tk, "Функция")) && i+2 < len(toks) && toks[i+2].text == "(":
			depth := 0
			for j := i + 2; j < len(toks); j++ {
				if toks[j].text == "(" {
					depth++
				} else if toks[j].text == ")" {
					depth--
					if depth == 0 {
						break
					}
				} else if depth == 1 && toks[j].kind == "id" && (toks[j-1].text == "(" || toks[j-1].text == "," || isKw(toks[j-1], "Знач")) {
					out[strings.ToUpper(toks[j].text)] = true
				}
			}
		}
	}
	return out
}
