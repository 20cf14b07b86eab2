// Package features holds the project's BDD suite: feature files in Russian
// Gherkin (Vanessa Automation phrasing, *.feature beside this file) and the
// Go step definitions that run them with godog from `go test ./...`.
//
// Step definitions are thin: each one calls the Go API of a fake (today
// mockwazzup; the 1C emulator's steps will sit beside them in their own
// steps_<domain>.go file) and reads back what it needs to assert.
//
// Phrases are written once, in a VA-like notation, and compiled by this
// file into tolerant regular expressions, because godog matches plain Go
// regexps and a 1C QA engineer writes steps the way Vanessa Automation
// accepts them (bdd-vocabulary.md §2.7):
//
//	{стр}    a quoted parameter, "…" or '…' (the handler gets it unquoted)
//	{число}  a number; "0,5" and "0.5" both work (int or float64 handler)
//	[а|б]    one of the alternatives (not captured): [раз|раза]
//	(а|б)    one of the alternatives, captured as a string: (секунд|минут)
//
// Words are matched case-insensitively with any run of spaces between them,
// a trailing colon is optional, and the whole step must match (^…$), so two
// phrases never silently shadow each other; under Strict an overlap is an
// "ambiguous step" failure.
//
// Every phrase is registered with a group and a description; Catalogue lists
// them, and a test checks that features/README.md documents each one.
package features

import (
	"context"
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"github.com/cucumber/godog"
)

// StepDoc is one step as the QA guide lists it.
type StepDoc struct {
	Group       string // e.g. "Wazzup: данные"
	Phrase      string // the VA-like notation, e.g. `в Wazzup {число} контактов`
	Description string
	Regexp      string // what godog matches
}

// Registry registers steps on a godog scenario context (when ctx is set)
// and records their documentation.
type Registry struct {
	ctx   *godog.ScenarioContext
	steps []StepDoc
}

type paramKind int

const (
	paramString paramKind = iota
	paramNumber
)

var (
	errorType  = reflect.TypeOf((*error)(nil)).Elem()
	stringType = reflect.TypeOf("")
	tableType  = reflect.TypeOf((*godog.Table)(nil))
	docType    = reflect.TypeOf((*godog.DocString)(nil))
)

// compilePhrase turns the notation above into an anchored regexp and the
// kinds of its capture groups.
func compilePhrase(phrase string) (*regexp.Regexp, []paramKind, error) {
	var parts []string
	var kinds []paramKind
	for _, w := range strings.Fields(phrase) {
		switch {
		case w == "{стр}":
			parts = append(parts, `("[^"]*"|'[^']*')`)
			kinds = append(kinds, paramString)
		case w == "{число}":
			parts = append(parts, `(-?\d+(?:[.,]\d+)?)`)
			kinds = append(kinds, paramNumber)
		case strings.HasPrefix(w, "[") && strings.HasSuffix(w, "]"),
			strings.HasPrefix(w, "(") && strings.HasSuffix(w, ")"):
			alts := strings.Split(w[1:len(w)-1], "|")
			for i, a := range alts {
				alts[i] = regexp.QuoteMeta(a)
			}
			if w[0] == '[' {
				parts = append(parts, "(?:"+strings.Join(alts, "|")+")")
			} else {
				parts = append(parts, "("+strings.Join(alts, "|")+")")
				kinds = append(kinds, paramString)
			}
		case strings.ContainsAny(w, "{}[]()"):
			return nil, nil, fmt.Errorf("phrase %q: unknown placeholder in %q", phrase, w)
		default:
			parts = append(parts, regexp.QuoteMeta(w))
		}
	}
	re, err := regexp.Compile(`(?i)^` + strings.Join(parts, `\s+`) + `\s*:?$`)
	if err != nil {
		return nil, nil, fmt.Errorf("phrase %q: %w", phrase, err)
	}
	return re, kinds, nil
}

// Step registers handler for phrase. The handler takes one argument per
// placeholder (string for {стр}; int, float64 or string for {число}), then
// optionally a *godog.Table or *godog.DocString, and returns error. A
// mismatch between phrase and handler panics at registration, so the suite
// cannot start with a broken step.
func (r *Registry) Step(group, phrase, description string, handler any) {
	re, kinds, err := compilePhrase(phrase)
	if err != nil {
		panic(err)
	}
	hv := reflect.ValueOf(handler)
	ht := hv.Type()
	extra := 0
	if ht.Kind() == reflect.Func && ht.NumIn() == len(kinds)+1 {
		if last := ht.In(ht.NumIn() - 1); last == tableType || last == docType {
			extra = 1
		}
	}
	if ht.Kind() != reflect.Func || ht.NumIn() != len(kinds)+extra || ht.NumOut() != 1 || ht.Out(0) != errorType {
		panic(fmt.Sprintf("step %q: handler %s does not fit %d parameter(s) (+ table/docstring) returning error", phrase, ht, len(kinds)))
	}
	in := make([]reflect.Type, 0, ht.NumIn())
	for i, k := range kinds {
		t := ht.In(i)
		ok := t.Kind() == reflect.String || (k == paramNumber && (t.Kind() == reflect.Int || t.Kind() == reflect.Float64))
		if !ok {
			panic(fmt.Sprintf("step %q: parameter %d has type %s", phrase, i+1, t))
		}
		in = append(in, stringType)
	}
	if extra == 1 {
		in = append(in, ht.In(ht.NumIn()-1))
	}
	wrapped := reflect.MakeFunc(reflect.FuncOf(in, []reflect.Type{errorType}, false), func(args []reflect.Value) []reflect.Value {
		call := make([]reflect.Value, len(args))
		for i, a := range args {
			if i >= len(kinds) {
				call[i] = a
				continue
			}
			v, err := convertParam(a.String(), kinds[i], ht.In(i))
			if err != nil {
				return []reflect.Value{reflect.ValueOf(&err).Elem()}
			}
			call[i] = v
		}
		return hv.Call(call)
	})
	r.steps = append(r.steps, StepDoc{Group: group, Phrase: phrase, Description: description, Regexp: re.String()})
	if r.ctx != nil {
		r.ctx.Step(re, wrapped.Interface())
	}
}

// After runs fn after the scenario, whatever its outcome (to stop
// browsers and listeners).
func (r *Registry) After(fn func()) {
	if r.ctx == nil {
		return
	}
	r.ctx.After(func(ctx context.Context, _ *godog.Scenario, _ error) (context.Context, error) {
		fn()
		return ctx, nil // nil keeps the scenario's own error as it is
	})
}

func convertParam(s string, kind paramKind, t reflect.Type) (reflect.Value, error) {
	if kind == paramString {
		return reflect.ValueOf(unquote(s)).Convert(t), nil
	}
	switch t.Kind() {
	case reflect.Int:
		n, err := strconv.Atoi(s)
		if err != nil {
			return reflect.Value{}, fmt.Errorf("%q is not a whole number", s)
		}
		return reflect.ValueOf(n).Convert(t), nil
	case reflect.Float64:
		f, err := strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64)
		if err != nil {
			return reflect.Value{}, fmt.Errorf("%q is not a number", s)
		}
		return reflect.ValueOf(f).Convert(t), nil
	}
	return reflect.ValueOf(s).Convert(t), nil
}

// unquote strips one pair of matching quotes ("…" or '…'), as VA does for
// parameters and table cells.
func unquote(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 2 && (s[0] == '"' || s[0] == '\'') && s[len(s)-1] == s[0] {
		return s[1 : len(s)-1]
	}
	return s
}

// tableRows reads a Gherkin table whose first row holds column titles into
// maps title → unquoted cell. Unknown titles are an error naming the
// allowed ones.
func tableRows(t *godog.Table, allowed ...string) ([]map[string]string, error) {
	if t == nil || len(t.Rows) == 0 {
		return nil, fmt.Errorf("the step needs a table with a title row")
	}
	var titles []string
	for _, c := range t.Rows[0].Cells {
		title := unquote(c.Value)
		ok := false
		for _, a := range allowed {
			if strings.EqualFold(a, title) {
				title, ok = a, true
			}
		}
		if !ok {
			return nil, fmt.Errorf("unknown column %q (columns: %s)", title, strings.Join(allowed, ", "))
		}
		titles = append(titles, title)
	}
	var rows []map[string]string
	for _, r := range t.Rows[1:] {
		m := map[string]string{}
		for i, c := range r.Cells {
			m[titles[i]] = unquote(c.Value)
		}
		rows = append(rows, m)
	}
	return rows, nil
}

// registrars lists every domain's step registration. The 1C emulator's
// steps are added here, each domain in its own file.
func registrars() []func(r *Registry, w *World) {
	return []func(r *Registry, w *World){timeSteps, wazzupSteps, browserSteps}
}

// InitializeScenario registers every step on a fresh World (one per
// scenario, so scenarios share nothing).
func InitializeScenario(ctx *godog.ScenarioContext) {
	w := NewWorld()
	r := &Registry{ctx: ctx}
	for _, reg := range registrars() {
		reg(r, w)
	}
}

// Catalogue lists every step phrase with its group and description.
func Catalogue() []StepDoc {
	r := &Registry{}
	w := NewWorld()
	for _, reg := range registrars() {
		reg(r, w)
	}
	return r.steps
}
