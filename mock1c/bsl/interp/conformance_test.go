package interp

import (
	"context"
	"errors"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"wazzup-unf/mock1c/bsl/interp/internal/chunkedfile"
)

// testModule is the name every conformance chunk runs under: a data
// processor's object module may hold variables, procedures and a body.
const testModule = "Обработка.Тест.МодульОбъекта"

// skip lists chunks (file:line of the chunk's first line) the emulator does
// not run yet, each with the reason. Entries are never deleted silently:
// fix the behaviour, then remove the entry.
var skip = map[string]string{}

func TestConformance(t *testing.T) {
	files, err := filepath.Glob("../testdata/*.bsl")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no conformance scripts in ../testdata")
	}
	for _, file := range files {
		if filepath.Base(file) == "benchmark.bsl" {
			continue
		}
		chunks, err := chunkedfile.Read(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range chunks {
			name := filepath.Base(file) + ":" + strconv.Itoa(c.Start)
			t.Run(name, func(t *testing.T) {
				if why, ok := skip[name]; ok {
					t.Skip(why)
				}
				runChunk(t, c)
			})
		}
	}
}

// chunkContext reads the chunk's execution-context option.
func chunkContext(t *testing.T, c *chunkedfile.Chunk) Context {
	for opt := range c.Options {
		if ctx, ok := ParseContext(opt); ok {
			return ctx
		}
	}
	return Server
}

func runChunk(t *testing.T, c *chunkedfile.Chunk) {
	ctx := chunkContext(t, c)
	w := newTestWorld(t)
	w.AddModule(ModuleSpec{Name: testModule, File: c.File, Source: []byte(c.Source), Kind: ObjectModule})
	addConformanceModules(w)
	var opts Options
	if v, ok := c.Options["steplimit"]; ok {
		n, err := strconv.Atoi(v)
		if err != nil {
			t.Fatalf("bad steplimit %q", v)
		}
		opts.StepLimit = int64(n)
	}
	if ctx.IsClient() {
		sw := newTestWorld(t) // the server side: the chunk itself runs on the client only
		addConformanceModules(sw)
		server, err := sw.Link(Server)
		if err != nil {
			t.Fatalf("link server: %v", err)
		}
		w.SetServerCall(DirectServerCalls(server, Options{}))
	}
	prog, err := w.Link(ctx)
	if err != nil {
		var list ErrorList
		if !errors.As(err, &list) {
			t.Fatalf("link: %v", err)
		}
		for _, e := range list {
			if e.Module != testModule {
				t.Errorf("error in another module: %v", e)
				continue
			}
			if msg := c.GotError(e.Line, e.Msg); msg != "" {
				t.Error(msg)
			}
		}
	} else {
		s := prog.NewSession(context.Background(), opts)
		if _, err := s.InitModule(testModule); err != nil {
			var re *RuntimeError
			if !errors.As(err, &re) || len(re.Stack) == 0 {
				t.Errorf("%s: error without a BSL position: %v", c.Name(), err)
			} else if re.Stack[0].Module != testModule {
				t.Errorf("error raised outside the chunk: %v", re.Backtrace())
			} else if msg := c.GotError(re.Stack[0].Line, re.Msg); msg != "" {
				t.Error(msg)
				if strings.HasPrefix(re.Msg, "Утв:") || testing.Verbose() {
					t.Log(re.Backtrace())
				}
			}
		}
	}
	for _, u := range c.Unmatched() {
		t.Errorf("%s:%d: expected error %q did not happen", c.File, c.FileLine(u.Line), u.Pattern)
	}
}

// Common modules every conformance chunk can see (testdata/README.md):
// ОбщийТест (server and client), ТолькоСервер (server only) and
// ТестВызовСервера (server, server call).
var conformanceModules = []struct {
	ident string
	flags ModuleFlags
	src   string
}{
	{"ОбщийТест", ModuleFlags{Server: true, ClientManaged: true, ClientOrdinary: true, ExternalConnection: true}, `
Функция Удвоить(Х) Экспорт
	Возврат Х * 2;
КонецФункции

Процедура Увеличить(Х) Экспорт
	Х = Х + 1;
КонецПроцедуры

Функция Сам() Экспорт
	Возврат ОбщийТест;
КонецФункции

Функция Скрытая()
	Возврат 1;
КонецФункции
`},
	{"ТолькоСервер", ModuleFlags{Server: true}, `
Функция Где() Экспорт
	Возврат "сервер";
КонецФункции
`},
	{"ТестВызовСервера", ModuleFlags{Server: true, ServerCall: true}, `
Функция Где() Экспорт
	#Если Сервер Тогда
	Возврат "сервер";
	#Иначе
	Возврат "клиент";
	#КонецЕсли
КонецФункции
`},
}

func addConformanceModules(w *World) {
	for _, m := range conformanceModules {
		w.AddModule(ModuleSpec{Name: "ОбщийМодуль." + m.ident + ".Модуль", Ident: m.ident, File: m.ident + ".bsl",
			Source: []byte(m.src), Kind: CommonModule, Flags: m.flags})
	}
}
