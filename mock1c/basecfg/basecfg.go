// Package basecfg is the base configuration the Wazzup extension runs against
// in the simulator: a small facsimile of 1С:Управление нашей фирмой 3.0.8.73
// with БСП 3.1.10, kept as a Designer XML dump (format 2.18) in ./unf.
//
// The dump carries the real names, types, flags and UUIDs of the objects the
// extension touches (facts: shared/reference/unf-bsp-facts.md) and the БСП
// procedures it calls, implemented in our own BSL with the documented
// behaviour. Nothing in it is copied from УНФ or БСП: names, types, UUIDs and
// signatures are facts; the code is ours. README.md lists what is modelled,
// what is left out and where each fact comes from.
//
// The XML half of the dump is generated (internal/dumpgen, run
// `go run ./mock1c/basecfg/internal/dumpgen/gendump`); the BSL half is written
// by hand. Tests check the dump against the generator, the byte conventions
// of the Designer, an independent table of facts, and `onec-check check`.
//
// Use FS for read-only access from anywhere (it is embedded in the binary) and
// Dir when a tool needs a directory on disk (tests, onec-check).
package basecfg

import (
	"embed"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
)

//go:embed all:unf
var dump embed.FS

// Name is the configuration name written in the dump's Configuration.xml.
const Name = "УправлениеНебольшойФирмой"

// FS returns the dump as a read-only file system rooted at the dump directory
// (Configuration.xml is at its top).
func FS() fs.FS {
	sub, err := fs.Sub(dump, "unf")
	if err != nil {
		panic("basecfg: embedded dump missing: " + err.Error()) // cannot happen: checked by go:embed
	}
	return sub
}

// Dir returns the absolute path of the dump directory in the source tree.
// It fails in a binary built elsewhere; use FS there.
func Dir() (string, error) {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return "", errors.New("basecfg: cannot locate the source directory")
	}
	dir := filepath.Join(filepath.Dir(file), "unf")
	if _, err := os.Stat(filepath.Join(dir, "Configuration.xml")); err != nil {
		return "", errors.New("basecfg: " + dir + ": no Configuration.xml (binary built outside the source tree? use FS)")
	}
	return dir, nil
}
