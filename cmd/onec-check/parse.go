package main

import (
	"fmt"
	"io"
)

// runParse is replaced by the BSL front end (issue: the 1C language in Go).
func runParse(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "onec-check parse: not built yet")
	return 2
}
