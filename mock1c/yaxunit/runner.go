package yaxunit

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"wazzup-unf/internal/clock"
	"wazzup-unf/mock1c/bsl/interp"
)

// Status is a test's outcome, as YAxUnit names them (ЮТФабрика.СтатусыИсполненияТеста).
type Status int

const (
	Passed         Status = iota // Успешно
	Failed                       // Ошибка: a check failed ("[Failed] …")
	Broken                       // Сломан: any other exception
	NotImplemented               // НеРеализован: the test procedure does not exist or is not exported
	Skipped                      // Пропущен: the test's context is not part of this run
)

func (s Status) String() string {
	switch s {
	case Passed:
		return "passed"
	case Failed:
		return "failed"
	case Broken:
		return "broken"
	case NotImplemented:
		return "not implemented"
	case Skipped:
		return "skipped"
	}
	return "Status(?)"
}

// Result is one test run in one context.
type Result struct {
	Module       string // "ОМ_WazzupДанные"
	Suite        string
	Test         string // the test procedure
	Presentation string
	Context      string // CtxServer, CtxClientManaged, CtxClientOrdinary
	Status       Status
	// Message is the exception text (YAxUnit's "[Failed] <…>" for a failed
	// check; the platform's text for any other error); the skip reason for
	// Skipped.
	Message string
	// Actual and Expected are the values a failed check compared
	// (Presentation), as YAxUnit records them next to the message.
	Actual, Expected string
	// Where is file:line:col of the innermost BSL frame of the error; At is
	// the line of the test module the error passed through (the failing
	// check or the call into the module under test).
	Where, At string
	Stack     string // the BSL call stack
	// Placeholders are the platform-layer placeholders the test reached,
	// even where the code caught their exception (see AddPlaceholders).
	Placeholders []string
}

// ID names the result: "ОМ_WazzupДанные.Тест@Сервер".
func (r Result) ID() string { return r.Module + "." + r.Test + "@" + r.Context }

func (r Result) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s", r.ID(), r.Status)
	if r.Message != "" {
		fmt.Fprintf(&b, ": %s", r.Message)
	}
	if r.At != "" {
		fmt.Fprintf(&b, "\n\tat %s", r.At)
	}
	if r.Where != "" && r.Where != r.At {
		fmt.Fprintf(&b, "\n\traised at %s", r.Where)
	}
	if len(r.Placeholders) > 0 {
		fmt.Fprintf(&b, "\n\treached placeholders: %s", strings.Join(r.Placeholders, ", "))
	}
	if r.Actual != "" || r.Expected != "" {
		fmt.Fprintf(&b, "\n\tactual:   %s\n\texpected: %s", r.Actual, r.Expected)
	}
	return b.String()
}

// Report is the outcome of a run.
type Report struct {
	Results []Result
	// Suites are the registered suites per module, in registration order.
	Suites map[string][]*Suite
}

// Count returns how many results have the status.
func (r *Report) Count(s Status) int {
	n := 0
	for _, x := range r.Results {
		if x.Status == s {
			n++
		}
	}
	return n
}

// Find returns the result with the ID, or nil.
func (r *Report) Find(id string) *Result {
	for i := range r.Results {
		if r.Results[i].ID() == id {
			return &r.Results[i]
		}
	}
	return nil
}

// Options tune a run.
type Options struct {
	// Client is the client application the run imitates (YAxUnit is
	// started from a client): ThinClient (the default) runs the tests of
	// КлиентУправляемоеПриложение; ThickClientOrdinary those of
	// КлиентОбычноеПриложение. Tests of the other client mode are Skipped,
	// as YAxUnit does not run them in that session.
	Client interp.Context
	// StepLimit bounds the statements one test may execute (0: 50 000 000).
	StepLimit int64
	// Clock is the sessions' clock (nil: the wall clock).
	Clock clock.Clock
}

// Run links the world for the server and the client, then for each test
// module calls ИсполняемыеСценарии (on the server when the module is
// available there, else on the client) and runs every registered test in
// each of its contexts, in registration order, catching errors per test.
// One server session and one client session serve the whole run, as in a
// YAxUnit run from one client. It installs a direct server-call hook in w
// (interp.DirectServerCalls). An error is returned only when the world does
// not link (every compile error, file:line:col).
func Run(w *interp.World, modules []TestModule, opts Options) (*Report, error) {
	if opts.Client == interp.Server {
		opts.Client = interp.ThinClient
	}
	if !opts.Client.IsClient() {
		return nil, fmt.Errorf("yaxunit: %v is not a client application", opts.Client)
	}
	if opts.StepLimit == 0 {
		opts.StepLimit = 50_000_000
	}
	sopts := interp.Options{StepLimit: opts.StepLimit, Clock: opts.Clock}
	server, err := w.Link(interp.Server)
	if err != nil {
		return nil, fmt.Errorf("yaxunit: linking for the server: %w", err)
	}
	w.SetServerCall(interp.DirectServerCalls(server, sopts))
	client, err := w.Link(opts.Client)
	if err != nil {
		return nil, fmt.Errorf("yaxunit: linking for %v: %w", opts.Client, err)
	}
	ctx := context.Background()
	sessions := map[string]*interp.Session{CtxServer: server.NewSession(ctx, sopts)}
	cs := client.NewSession(ctx, sopts)
	if opts.Client == interp.ThickClientOrdinary {
		sessions[CtxClientOrdinary] = cs
	} else {
		sessions[CtxClientManaged] = cs
	}
	rep := &Report{Suites: map[string][]*Suite{}}
	for _, m := range modules {
		runModule(rep, m, sessions, opts)
	}
	return rep, nil
}

func runModule(rep *Report, m TestModule, sessions map[string]*interp.Session, opts Options) {
	regCtx := CtxServer
	if !m.Flags.Server {
		regCtx = CtxClientManaged
		if opts.Client == interp.ThickClientOrdinary {
			regCtx = CtxClientOrdinary
		}
	}
	reg, err := readScenarios(sessions[regCtx], m)
	if err != nil {
		r := Result{Module: m.Name, Test: "ИсполняемыеСценарии", Context: regCtx, Status: Broken}
		fillError(&r, sessions[regCtx], m, err)
		rep.Results = append(rep.Results, r)
		return
	}
	rep.Suites[m.Name] = reg.suites
	for _, suite := range reg.suites {
		for _, t := range suite.Tests {
			for _, c := range t.Contexts {
				r := Result{Module: m.Name, Suite: suite.Name, Test: t.Method, Presentation: t.Presentation, Context: c}
				s := sessions[c]
				switch {
				case c != CtxServer && c != CtxClientManaged && c != CtxClientOrdinary:
					r.Status, r.Message = Broken, "неизвестный контекст исполнения "+c
				case s == nil:
					r.Status, r.Message = Skipped, "контекст "+c+" не входит в этот запуск (клиент: "+opts.Client.String()+")"
				case !availableIn(m.Flags, c):
					r.Status, r.Message = Broken, "модуль "+m.Name+" недоступен в контексте "+c
				default:
					runTest(&r, s, m)
				}
				rep.Results = append(rep.Results, r)
			}
		}
	}
}

func availableIn(f interp.ModuleFlags, c string) bool {
	switch c {
	case CtxServer:
		return f.Server
	case CtxClientManaged:
		return f.ClientManaged
	case CtxClientOrdinary:
		return f.ClientOrdinary
	}
	return false
}

// readScenarios calls the module's ИсполняемыеСценарии with a fresh
// registration context.
func readScenarios(s *interp.Session, m TestModule) (*registration, error) {
	if ok, _, export := s.HasProc(m.FullName(), "ИсполняемыеСценарии"); !ok || !export {
		return nil, fmt.Errorf("модуль %s не содержит экспортной процедуры ИсполняемыеСценарии", m.Name)
	}
	st, err := stateOf(s)
	if err != nil {
		return nil, err
	}
	reg := newRegistration(m)
	st.reg = reg
	defer func() { st.reg = nil }()
	s.ResetSteps()
	if _, err := s.Call(m.FullName(), "ИсполняемыеСценарии"); err != nil {
		return nil, err
	}
	return reg, nil
}

func runTest(r *Result, s *interp.Session, m TestModule) {
	if ok, _, export := s.HasProc(m.FullName(), r.Test); !ok || !export {
		r.Status, r.Message = NotImplemented, "Метод объекта не обнаружен ("+r.Test+")"
		return
	}
	st, _ := stateOf(s)
	st.check, st.last, st.hits = checkContext{}, nil, nil
	s.ResetSteps()
	_, err := s.Call(m.FullName(), r.Test)
	r.Placeholders = st.hits
	if err == nil {
		r.Status = Passed
		return
	}
	r.Status = Broken
	fillError(r, s, m, err)
	if strings.HasPrefix(r.Message, prefixFailed) {
		r.Status = Failed
		if st.last != nil && st.last.text == r.Message {
			r.Actual = st.last.actual
			if st.last.hasExpected {
				r.Expected = st.last.expected
			}
		}
	}
}

func fillError(r *Result, s *interp.Session, m TestModule, err error) {
	var re *interp.RuntimeError
	if !errors.As(err, &re) {
		r.Message = err.Error()
		return
	}
	r.Message = re.Msg
	r.Stack = re.Backtrace()
	for i, f := range re.Stack {
		pos := fmt.Sprintf("%s:%d:%d", fileOf(f), f.Line, f.Col)
		if i == 0 {
			r.Where = pos
		}
		if f.Module == m.FullName() && r.At == "" {
			r.At = pos
		}
	}
}

func fileOf(f interp.Frame) string {
	if f.File != "" {
		return f.File
	}
	return f.Module
}

// Summary counts results by module and status, sorted by module.
func (r *Report) Summary() string {
	type counts [Skipped + 1]int
	by := map[string]*counts{}
	var names []string
	for _, x := range r.Results {
		c := by[x.Module]
		if c == nil {
			c = &counts{}
			by[x.Module] = c
			names = append(names, x.Module)
		}
		c[x.Status]++
	}
	sort.Strings(names)
	var b strings.Builder
	for _, n := range names {
		c := by[n]
		fmt.Fprintf(&b, "%s: %d passed, %d failed, %d broken, %d not implemented, %d skipped\n", n, c[Passed], c[Failed], c[Broken], c[NotImplemented], c[Skipped])
	}
	return b.String()
}
