package main

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"wazzup-unf/mock1c/metadata"
	"wazzup-unf/mock1c/metadata/check"
	"wazzup-unf/mock1c/metadata/check/bslcheck"
	"wazzup-unf/mock1c/metadata/xmlread"
)

// checkArgs are the parsed arguments of `onec-check check`.
type checkArgs struct {
	dir, base string
	strict    bool
	format    string
}

func parseCheckArgs(args []string) (checkArgs, error) {
	a := checkArgs{format: "text"}
	for i := 0; i < len(args); i++ {
		arg := args[i]
		name, val, hasVal := strings.Cut(arg, "=")
		next := func() (string, error) {
			if hasVal {
				return val, nil
			}
			if i+1 >= len(args) {
				return "", fmt.Errorf("%s needs a value", name)
			}
			i++
			return args[i], nil
		}
		switch name {
		case "--base", "-base":
			v, err := next()
			if err != nil {
				return a, err
			}
			a.base = v
		case "--format", "-format":
			v, err := next()
			if err != nil {
				return a, err
			}
			if v != "text" && v != "json" {
				return a, fmt.Errorf("--format must be text or json, not %q", v)
			}
			a.format = v
		case "--strict", "-strict":
			a.strict = true
		default:
			if strings.HasPrefix(arg, "-") {
				return a, fmt.Errorf("unknown flag %s", arg)
			}
			if a.dir != "" {
				return a, fmt.Errorf("one dump directory expected, got %s and %s", a.dir, arg)
			}
			a.dir = arg
		}
	}
	if a.dir == "" {
		return a, fmt.Errorf("no dump directory given")
	}
	return a, nil
}

// jsonProblem is one problem in --format json output.
type jsonProblem struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	File     string `json:"file"`
	Line     int    `json:"line,omitempty"`
	Col      int    `json:"col,omitempty"`
	Message  string `json:"message"`
}

type jsonReport struct {
	Dir         string         `json:"dir"`
	Base        string         `json:"base,omitempty"`
	Version     string         `json:"version,omitempty"`
	Extension   bool           `json:"extension"`
	Objects     int            `json:"objects"`
	Errors      int            `json:"errors"`
	Warnings    int            `json:"warnings"`
	Strict      bool           `json:"strict"`
	NotModelled map[string]int `json:"notModelled,omitempty"`
	Notes       []string       `json:"notes,omitempty"`
	Problems    []jsonProblem  `json:"problems"`
}

// runCheck implements `onec-check check [--base DIR] [--strict]
// [--format text|json] DIR`: exit 0 when clean, 1 when errors were found
// (warnings count as errors with --strict), 2 on usage or I/O errors.
func runCheck(args []string, stdout, stderr io.Writer) int {
	a, err := parseCheckArgs(args)
	if err != nil {
		fmt.Fprintf(stderr, "onec-check check: %v\n", err)
		usage(stderr)
		return 2
	}
	res, err := xmlread.Read(a.dir)
	if err != nil {
		fmt.Fprintf(stderr, "onec-check check: %v\n", err)
		return 2
	}
	var problems []*metadata.Problem
	for _, p := range res.Problems {
		problems = append(problems, rebase(p, a.dir))
	}
	opt := check.Options{Modules: moduleAnalyzer()}
	var notes []string
	if opt.Modules == nil {
		notes = append(notes, "module rules skipped: the BSL parser is not available in this build")
	}
	if a.base != "" {
		bres, err := xmlread.Read(a.base)
		if err != nil {
			fmt.Fprintf(stderr, "onec-check check: --base: %v\n", err)
			return 2
		}
		for _, p := range bres.Problems {
			if p.Severity == metadata.Error {
				problems = append(problems, rebase(p, a.base))
			}
		}
		opt.Base = bres.Config
		if res.Config != nil && !res.Config.IsExtension {
			notes = append(notes, "--base ignored: "+a.dir+" is a configuration, not an extension")
		}
	}
	if res.Config != nil && (opt.Base != nil || a.base == "") {
		for _, p := range check.Run(res.Config, opt) {
			problems = append(problems, rebase(p, a.dir))
		}
		if opt.Modules != nil {
			// unqualified calls nothing visible defines (the platform's
			// compile error); an extension is resolved against its base
			if res.Config.IsExtension && opt.Base == nil {
				notes = append(notes, "unresolved-call check skipped: an extension needs --base")
			} else {
				for _, p := range bslcheck.Unresolved(res.Config, opt.Base) {
					problems = append(problems, rebase(p, a.dir))
				}
			}
		}
	}
	problems = metadata.SortProblems(problems)
	errs, warns := 0, 0
	for _, p := range problems {
		if p.Severity == metadata.Error {
			errs++
		} else {
			warns++
		}
	}
	rep := jsonReport{Dir: a.dir, Base: a.base, Errors: errs, Warnings: warns, Strict: a.strict, Notes: notes, Problems: []jsonProblem{}}
	if c := res.Config; c != nil {
		rep.Version, rep.Extension, rep.Objects = c.Version, c.IsExtension, len(c.Objects)
		if len(c.NotModelled) > 0 {
			rep.NotModelled = map[string]int{}
			for k, n := range c.NotModelled {
				rep.NotModelled[string(k)] = n
			}
		}
	}
	for _, p := range problems {
		rep.Problems = append(rep.Problems, jsonProblem{Rule: p.Rule, Severity: p.Severity.String(), File: p.Pos.File, Line: p.Pos.Line, Col: p.Pos.Col, Message: p.Msg})
	}
	if a.format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			fmt.Fprintf(stderr, "onec-check check: %v\n", err)
			return 2
		}
	} else {
		printText(stdout, rep, problems)
	}
	if errs > 0 || (a.strict && warns > 0) {
		return 1
	}
	return 0
}

// rebase makes a problem's file path relative to the working directory
// (dir joined with the dump-relative path), so editors can jump to it.
func rebase(p *metadata.Problem, dir string) *metadata.Problem {
	q := *p
	if q.Pos.File != "" {
		q.Pos.File = filepath.ToSlash(filepath.Join(dir, filepath.FromSlash(q.Pos.File)))
	} else {
		q.Pos.File = filepath.ToSlash(dir)
	}
	return &q
}

func printText(w io.Writer, rep jsonReport, problems []*metadata.Problem) {
	kind := "configuration"
	if rep.Extension {
		kind = "extension"
	}
	fmt.Fprintf(w, "%s: %s, format %s, %d objects: %d errors, %d warnings", rep.Dir, kind, rep.Version, rep.Objects, rep.Errors, rep.Warnings)
	if rep.Strict && rep.Warnings > 0 {
		fmt.Fprint(w, " (strict: warnings count as errors)")
	}
	fmt.Fprintln(w)
	for _, n := range rep.Notes {
		fmt.Fprintf(w, "note: %s\n", n)
	}
	if len(rep.NotModelled) > 0 {
		var kinds []string
		for k, n := range rep.NotModelled {
			kinds = append(kinds, fmt.Sprintf("%s ×%d", k, n))
		}
		sort.Strings(kinds)
		fmt.Fprintf(w, "note: read structurally, not modelled: %s\n", strings.Join(kinds, ", "))
	}
	rule := ""
	for _, p := range problems {
		if p.Rule != rule {
			rule = p.Rule
			n := 0
			for _, q := range problems {
				if q.Rule == rule {
					n++
				}
			}
			fmt.Fprintf(w, "\n[%s] %d\n", rule, n)
		}
		fmt.Fprintf(w, "  %s: %s: %s\n", p.Pos, p.Severity, p.Msg)
	}
}
