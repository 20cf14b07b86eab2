// Command onec-check checks a 1C Designer XML dump (configuration or
// extension) before it is loaded into a real platform.
//
//	onec-check parse DIR                     parse every .bsl module under DIR
//	onec-check check [--base DIR] [--strict] [--format text|json] DIR
//
// Each subcommand lives in its own file (parse.go, check.go) and returns the
// process exit status: 0 clean, 1 problems found, 2 usage or I/O error.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	switch args[0] {
	case "parse":
		return runParse(args[1:], stdout, stderr)
	case "check":
		return runCheck(args[1:], stdout, stderr)
	case "-h", "--help", "help":
		usage(stdout)
		return 0
	default:
		fmt.Fprintf(stderr, "onec-check: unknown command %q\n", args[0])
		usage(stderr)
		return 2
	}
}

func usage(w io.Writer) {
	fmt.Fprint(w, `usage:
  onec-check parse DIR
        parse every .bsl file under DIR; print file:line:col: message per error
  onec-check check [--base DIR] [--strict] [--format text|json] DIR
        check a Designer dump (configuration or extension) like the platform would
`)
}
