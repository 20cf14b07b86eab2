// Command gendump writes the generated XML files of the УНФ/БСП base model
// into a dump directory (default mock1c/basecfg/unf, run from the module root).
// BSL modules in that directory are hand-written and left alone.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"wazzup-unf/mock1c/basecfg/internal/dumpgen"
)

func main() {
	dir := flag.String("out", "mock1c/basecfg/unf", "dump directory to write")
	flag.Parse()
	files := dumpgen.Files()
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		p := filepath.Join(*dir, filepath.FromSlash(n))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			fmt.Fprintln(os.Stderr, "gendump:", err)
			os.Exit(1)
		}
		if err := os.WriteFile(p, files[n], 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "gendump:", err)
			os.Exit(1)
		}
	}
	fmt.Printf("gendump: wrote %d files to %s\n", len(names), *dir)
}
