package basecfg

import (
	"io/fs"
	"strconv"
	"strings"
	"testing"
)

// TestCommonModuleCallsResolve: every call `Модуль.Метод(…)` to a common
// module of the dump names an exported method of that module, passes no more
// arguments than it declares and no fewer than its required ones, and
// respects the client/server split: client and application modules may call
// only client modules, client-server modules and server-call modules (the
// platform refuses the rest when the module is compiled, architecture.md).
func TestCommonModuleCallsResolve(t *testing.T) {
	mods := baseCommonModules(t)
	calls := 0
	for _, file := range allFiles(t) {
		if !strings.HasSuffix(file, ".bsl") {
			continue
		}
		b, _ := fs.ReadFile(FS(), file)
		toks, err := bslTokens(string(b))
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		callerClientOnly := file == "Ext/ManagedApplicationModule.bsl"
		if strings.HasPrefix(file, "CommonModules/") {
			name := strings.ToUpper(strings.Split(file, "/")[1])
			m := mods[name]
			callerClientOnly = m.client && !m.server
		}
		for i := 0; i+3 < len(toks); i++ {
			if toks[i].kind != "id" || toks[i+1].text != "." || toks[i+2].kind != "id" || toks[i+3].text != "(" {
				continue
			}
			if i > 0 && toks[i-1].text == "." {
				continue // a.Модуль.Метод: not a common-module call
			}
			target, ok := mods[strings.ToUpper(toks[i].text)]
			if !ok {
				continue
			}
			calls++
			pos := file + ":" + strconv.Itoa(toks[i].line)
			meth, ok := target.scan.Methods[strings.ToUpper(toks[i+2].text)]
			if !ok || !meth.Export {
				t.Errorf("%s: %s.%s is not an exported method", pos, toks[i].text, toks[i+2].text)
				continue
			}
			n := countArgs(toks, i+3)
			required := 0
			for _, p := range meth.Params {
				if p.Default == "" {
					required++
				}
			}
			if n > len(meth.Params) || n < required {
				t.Errorf("%s: %s.%s called with %d arguments, declared %s", pos, toks[i].text, toks[i+2].text, n, meth)
			}
			if callerClientOnly && !target.client && !target.serverCall {
				t.Errorf("%s: client code calls server-only module %s", pos, toks[i].text)
			}
		}
	}
	if calls < 30 {
		t.Errorf("only %d common-module calls found: the scan is broken", calls)
	}
}

// countArgs counts the arguments of the call whose "(" is toks[open]; empty
// positions ("f(, x)") count, "f()" has none.
func countArgs(toks []bslTok, open int) int {
	depth := 0
	n := 0
	empty := true
	for i := open; i < len(toks); i++ {
		switch toks[i].text {
		case "(", "[":
			depth++
			if depth == 1 {
				continue
			}
		case ")", "]":
			depth--
			if depth == 0 {
				if empty && n == 0 {
					return 0
				}
				return n + 1
			}
		case ",":
			if depth == 1 {
				n++
				continue
			}
		}
		if depth >= 1 {
			empty = false
		}
	}
	return n
}
