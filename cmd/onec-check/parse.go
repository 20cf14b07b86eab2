package main

import (
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"wazzup-unf/mock1c/bsl/parse"
	"wazzup-unf/mock1c/bsl/token"
)

// runParse implements "onec-check parse DIR": every .bsl file under DIR is
// parsed under every execution context (so that syntax errors in server-only
// and client-only preprocessor branches are all found), in parallel across
// the available cores. Errors print as "file:line:col: message" (file
// relative to the current directory when DIR was given relative), then one
// summary line "files=N bytes=N errors=N MB/s=X". Exit status: 0 clean, 1
// syntax errors, 2 usage or I/O errors.
func runParse(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("parse", flag.ContinueOnError)
	fl.SetOutput(stderr)
	jobs := fl.Int("j", runtime.GOMAXPROCS(0), "number of files parsed in parallel")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if fl.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: onec-check parse [-j N] DIR")
		return 2
	}
	root := fl.Arg(0)
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.EqualFold(filepath.Ext(path), ".bsl") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		fmt.Fprintf(stderr, "onec-check parse: %v\n", err)
		return 2
	}
	sort.Strings(files)

	type result struct {
		size  int
		errs  token.ErrorList
		ioErr error
	}
	results := make([]result, len(files))
	start := time.Now()
	work := make(chan int)
	var wg sync.WaitGroup
	if *jobs < 1 {
		*jobs = 1
	}
	for w := 0; w < *jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				src, err := os.ReadFile(files[i])
				if err != nil {
					results[i].ioErr = err
					continue
				}
				results[i].size = len(src)
				results[i].errs = parseAll(files[i], src)
			}
		}()
	}
	for i := range files {
		work <- i
	}
	close(work)
	wg.Wait()
	elapsed := time.Since(start)

	var total, nerr int
	ioFailed := false
	for i, r := range results {
		if r.ioErr != nil {
			fmt.Fprintf(stderr, "%s: %v\n", files[i], r.ioErr)
			ioFailed = true
			continue
		}
		total += r.size
		for _, e := range r.errs {
			fmt.Fprintln(stdout, e)
		}
		nerr += len(r.errs)
	}
	mbs := 0.0
	if s := elapsed.Seconds(); s > 0 {
		mbs = float64(total) / 1e6 / s
	}
	fmt.Fprintf(stdout, "files=%d bytes=%d errors=%d MB/s=%.1f\n", len(files), total, nerr, mbs)
	switch {
	case ioFailed:
		return 2
	case nerr > 0:
		return 1
	}
	return 0
}

// parseAll parses one module under every context and returns its errors,
// de-duplicated. Files without preprocessor conditions are parsed once. Each
// file gets its own FileSet: errors are already expanded to positions, so
// nothing keeps the source alive afterwards (large code bases stay small in
// memory).
func parseAll(name string, src []byte) token.ErrorList {
	file := token.NewFileSet().AddFile(name, len(src))
	_, err := parse.ParseAllContexts(file, src, true)
	if err == nil {
		return nil
	}
	if list, ok := err.(token.ErrorList); ok {
		return list
	}
	var l token.ErrorList
	l.Add(token.Position{Filename: name}, err.Error())
	return l
}
