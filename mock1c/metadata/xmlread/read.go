package xmlread

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"wazzup-unf/mock1c/metadata"
)

// Rule names of the problems this package reports.
const (
	RuleXML          = "xml"            // well-formed XML and the expected root elements
	RuleVersion      = "format-version" // one known format version in every file
	RuleChildObjects = "child-objects"  // ChildObjects ↔ files, both ways
)

// SupportedVersions are the format versions the reader accepts
// (platforms 8.3.15 … 8.3.27).
var supportedVersions = map[string]bool{
	"2.9": true, "2.10": true, "2.11": true, "2.12": true, "2.13": true, "2.14": true,
	"2.15": true, "2.16": true, "2.17": true, "2.18": true, "2.19": true, "2.20": true,
}

// IsSupportedVersion reports whether v is a format version 2.9–2.20.
func IsSupportedVersion(v string) bool { return supportedVersions[v] }

// Stats describes one Read.
type Stats struct {
	Files int   // files found under the dump root
	XML   int   // XML files parsed or scanned
	Bytes int64 // bytes of XML read
}

// Result is what Read returns.
type Result struct {
	Config   *metadata.Configuration
	Problems []*metadata.Problem
	Stats    Stats
}

// Read reads the dump in dir.
func Read(dir string) (*Result, error) {
	r := &reader{dir: dir, files: map[string]*fileState{}}
	if err := r.walk(); err != nil {
		return nil, err
	}
	if r.files["Configuration.xml"] == nil {
		return nil, fmt.Errorf("%s: no Configuration.xml: not a Designer dump (Hierarchical format)", dir)
	}
	cfg := r.readRoot()
	res := &Result{Config: cfg}
	if cfg != nil {
		r.readObjects(cfg)
		cfg.Index()
	}
	r.scanRest()
	r.checkFiles(cfg)
	r.checkVersions(cfg)
	res.Problems = metadata.SortProblems(r.probs.List)
	res.Stats = Stats{Files: len(r.files), XML: r.xmlCount, Bytes: r.xmlBytes}
	return res, nil
}

// fileState tracks one file of the dump.
type fileState struct {
	claimed bool   // some object owns it
	read    bool   // parsed into the model (or scanned)
	version string // root element's version attribute
	hasVer  bool
	root    string
	pos     metadata.Pos
}

type reader struct {
	dir      string
	mu       sync.Mutex
	files    map[string]*fileState
	prefixes []claimPrefix
	probs    metadata.Problems
	xmlCount int
	xmlBytes int64
}

type claimPrefix struct {
	prefix string
	owner  string
}

func (r *reader) walk() error {
	return filepath.WalkDir(r.dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if strings.HasPrefix(d.Name(), ".") && p != r.dir {
				return filepath.SkipDir
			}
			return nil
		}
		rel, err := filepath.Rel(r.dir, p)
		if err != nil {
			return err
		}
		r.files[filepath.ToSlash(rel)] = &fileState{}
		return nil
	})
}

// exists reports whether the dump has the file rel.
func (r *reader) exists(rel string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.files[rel] != nil
}

// claim marks rel as owned; read additionally as parsed.
func (r *reader) claim(rel string, read bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if f := r.files[rel]; f != nil {
		f.claimed = true
		f.read = f.read || read
	}
}

// claimDir marks every file under prefix (a folder, with trailing slash) as
// owned by owner.
func (r *reader) claimDir(prefix, owner string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.prefixes = append(r.prefixes, claimPrefix{prefix, owner})
}

func (r *reader) report(p *metadata.Problem) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.probs.Add(p)
}

// designerBytes reports what differs from the Designer's byte conventions
// (BOM, CRLF) in a file already read (a warning: metadata.RuleDesignerBytes).
func (r *reader) designerBytes(rel string, data []byte) {
	if isTemplate(rel) {
		return // a template's content is written by its own type's serialiser
	}
	var ps metadata.Problems
	metadata.CheckDesignerBytes(&ps, rel, data)
	for _, p := range ps.List {
		r.report(p)
	}
}

func (r *reader) errorf(rule string, pos metadata.Pos, format string, args ...any) {
	r.report(&metadata.Problem{Rule: rule, Severity: metadata.Error, Pos: pos, Msg: fmt.Sprintf(format, args...)})
}

// load reads and parses rel into a tree, records its version and counts it.
// A missing file returns nil without a problem (callers decide).
func (r *reader) load(rel string, skip skipSet) *node {
	data, err := os.ReadFile(filepath.Join(r.dir, filepath.FromSlash(rel)))
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			r.errorf(RuleXML, metadata.Pos{File: rel}, "cannot read: %v", err)
		}
		return nil
	}
	r.designerBytes(rel, data)
	n, perr := parseTree(data, rel, skip)
	r.mu.Lock()
	r.xmlCount++
	r.xmlBytes += int64(len(data))
	f := r.files[rel]
	if f != nil {
		f.claimed, f.read = true, true
	}
	if perr == nil && f != nil {
		f.root = n.tag
		f.pos = n.pos
		for _, a := range n.attrs {
			if a.Name.Local == "version" && a.Name.Space == "" {
				f.version, f.hasVer = a.Value, true
			}
		}
	}
	r.mu.Unlock()
	if perr != nil {
		var pe *parseError
		if errors.As(perr, &pe) {
			r.errorf(RuleXML, pe.pos, "%s", pe.msg)
		} else {
			r.errorf(RuleXML, metadata.Pos{File: rel}, "%v", perr)
		}
		return nil
	}
	return n
}

// scanRest checks well-formedness and version of XML files not parsed into
// the model (templates, predefined data, help, root interface files).
func (r *reader) scanRest() {
	var todo []string
	for rel, f := range r.files {
		if !f.read && strings.EqualFold(path.Ext(rel), ".xml") && rel != "ConfigDumpInfo.xml" {
			todo = append(todo, rel)
		}
	}
	sort.Strings(todo)
	parallel(len(todo), func(i int) {
		rel := todo[i]
		data, err := os.ReadFile(filepath.Join(r.dir, filepath.FromSlash(rel)))
		if err != nil {
			r.errorf(RuleXML, metadata.Pos{File: rel}, "cannot read: %v", err)
			return
		}
		r.designerBytes(rel, data)
		root, ver, pos, perr := scanFile(data, rel)
		r.mu.Lock()
		r.xmlCount++
		r.xmlBytes += int64(len(data))
		f := r.files[rel]
		f.read = true
		if perr == nil {
			f.root, f.pos = root, pos
			f.version, f.hasVer = ver, ver != ""
		}
		r.mu.Unlock()
		if perr != nil {
			var pe *parseError
			if errors.As(perr, &pe) {
				r.errorf(RuleXML, pe.pos, "%s", pe.msg)
			}
		}
	})
}

// parallel runs f(0..n-1) on one goroutine per CPU.
func parallel(n int, f func(i int)) {
	workers := runtime.GOMAXPROCS(0)
	if workers > n {
		workers = n
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}

// versionedRoots are root elements the platform always writes with a
// version attribute.
var versionedRoots = map[string]bool{
	"MetaDataObject": true, "Form": true, "Rights": true, "CommandInterface": true,
	"JobSchedule": true, "ExtPicture": true, "PredefinedData": true, "ClientApplicationInterface": true,
	"HomePageWorkArea": true, "ConfigDumpInfo": true,
}

// checkVersions enforces one known version in every file (the loader
// refuses a mixed set: «Версия формата загружаемого файла … отличается от
// версии формата ранее загруженных файлов»).
func (r *reader) checkVersions(cfg *metadata.Configuration) {
	if cfg == nil {
		return
	}
	want := cfg.Version
	for rel, f := range r.files {
		if f.root == "" || rel == "ConfigDumpInfo.xml" {
			continue
		}
		switch {
		case !f.hasVer && versionedRoots[f.root]:
			r.errorf(RuleVersion, f.pos, "<%s> has no version attribute (Configuration.xml declares %s)", f.root, want)
		case f.hasVer && f.version != want && IsSupportedVersion(want) && (versionedRoots[f.root] || !isTemplate(rel)):
			r.errorf(RuleVersion, f.pos, "format version %s differs from Configuration.xml's %s: the platform refuses a mixed set («Версия формата загружаемого файла отличается от версии формата ранее загруженных файлов»)", f.version, want)
		}
	}
}

// isTemplate reports whether rel is the content of a template (object or
// common): user data (a spreadsheet, a schema, any XML the developer put
// there) whose own version attribute, if any, is not the dump format.
func isTemplate(rel string) bool {
	return strings.HasPrefix(rel, "CommonTemplates/") || strings.Contains(rel, "/Templates/")
}

// checkFiles reports files no ChildObjects entry accounts for.
func (r *reader) checkFiles(cfg *metadata.Configuration) {
	sort.Slice(r.prefixes, func(i, j int) bool { return r.prefixes[i].prefix < r.prefixes[j].prefix })
	for rel, f := range r.files {
		if f.claimed || rel == "Configuration.xml" || rel == "ConfigDumpInfo.xml" {
			continue
		}
		owned := false
		for _, p := range r.prefixes {
			if strings.HasPrefix(rel, p.prefix) {
				owned = true
				break
			}
		}
		if owned {
			continue
		}
		ext := strings.ToLower(path.Ext(rel))
		if ext != ".xml" && ext != ".bsl" {
			continue // stray non-dump files (README, pictures outside objects) are not the loader's business
		}
		r.errorf(RuleChildObjects, metadata.Pos{File: rel}, "%s", orphanMessage(rel))
	}
}

func orphanMessage(rel string) string {
	parts := strings.Split(rel, "/")
	if len(parts) == 2 {
		if ki := dirKind(parts[0]); ki != nil {
			name := strings.TrimSuffix(parts[1], path.Ext(parts[1]))
			return fmt.Sprintf("file is not listed in Configuration.xml: add <%s>%s</%s> to ChildObjects or delete the file", ki.Kind, name, ki.Kind)
		}
	}
	return "file belongs to no object listed in ChildObjects (misplaced, misnamed or left over)"
}

var dirIndex = func() map[string]*metadata.KindInfo {
	m := map[string]*metadata.KindInfo{}
	for _, k := range metadata.Kinds() {
		k := k
		m[k.Dir] = &k
	}
	return m
}()

func dirKind(dir string) *metadata.KindInfo { return dirIndex[dir] }
