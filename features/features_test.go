package features

import (
	"bytes"
	"io"
	"io/fs"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/cucumber/godog"
)

// TestFeatures runs every *.feature file of this directory under godog in
// strict mode (an undefined, pending or ambiguous step fails). Russian is
// the default dialect, as in Vanessa Automation, and a UTF-8 BOM (which VA
// writes) is stripped before gherkin sees it. Run one scenario with
//
//	go test ./features -run '^TestFeatures$/^Имя_сценария$'
func TestFeatures(t *testing.T) {
	suite := godog.TestSuite{
		Name:                "wazzup-unf",
		ScenarioInitializer: InitializeScenario,
		Options: &godog.Options{
			Format:   "pretty",
			FS:       bomlessFS{os.DirFS(".")},
			Paths:    []string{"."},
			Dialect:  "ru",
			Strict:   true,
			TestingT: t,
			NoColors: true,
			Output:   io.Discard,
		},
	}
	if testing.Verbose() {
		suite.Options.Output = os.Stdout
	}
	if status := suite.Run(); status != 0 {
		t.Fatalf("godog: status %d", status)
	}
}

// bomlessFS strips a leading UTF-8 BOM from every file it opens
// (bdd-vocabulary.md §2.7 P1: gherkin's Go parser rejects it).
type bomlessFS struct{ fs.FS }

func (b bomlessFS) Open(name string) (fs.File, error) {
	f, err := b.FS.Open(name)
	if err != nil || !strings.HasSuffix(name, ".feature") {
		return f, err
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, err
	}
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	return &memFile{Reader: bytes.NewReader(bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))), info: info}, nil
}

type memFile struct {
	*bytes.Reader
	info fs.FileInfo
}

func (m *memFile) Stat() (fs.FileInfo, error) { return sizedInfo{m.info, m.Reader.Size()}, nil }
func (m *memFile) Close() error               { return nil }

type sizedInfo struct {
	fs.FileInfo
	size int64
}

func (s sizedInfo) Size() int64        { return s.size }
func (s sizedInfo) ModTime() time.Time { return s.FileInfo.ModTime() }

// TestCatalogueDocumented keeps features/README.md in step with the code:
// every registered phrase must appear there verbatim.
func TestCatalogueDocumented(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	steps := Catalogue()
	if len(steps) < 10 {
		t.Fatalf("only %d steps registered", len(steps))
	}
	seen := map[string]bool{}
	for _, s := range steps {
		if seen[s.Phrase] {
			t.Errorf("phrase registered twice: %s", s.Phrase)
		}
		seen[s.Phrase] = true
		if !bytes.Contains(readme, []byte("`"+s.Phrase+"`")) {
			t.Errorf("features/README.md does not document `%s` (%s)", s.Phrase, s.Group)
		}
		if s.Description == "" {
			t.Errorf("%s: no description", s.Phrase)
		}
	}
}

// TestPhrases checks the phrase compiler's VA tolerance.
func TestPhrases(t *testing.T) {
	cases := []struct {
		phrase, text string
		match        bool
		groups       []string
	}{
		{"я отправляю в Wazzup запрос {стр}", `я отправляю в Wazzup запрос "GET /v3/channels"`, true, []string{`"GET /v3/channels"`}},
		{"я отправляю в Wazzup запрос {стр}", `Я  отправляю в WAZZUP запрос 'GET /v3/channels':`, true, []string{`'GET /v3/channels'`}},
		{"я отправляю в Wazzup запрос {стр}", `я отправляю в Wazzup запрос "GET" с ключом "x"`, false, nil},
		{"Пауза {число}", `Пауза 0,5`, true, []string{"0,5"}},
		{"прошло {число} (часов|часа|час)", `прошло 2 часа`, true, []string{"2", "часа"}},
		{"в Wazzup {число} [раз|раза]", `в Wazzup 3 раза`, true, []string{"3"}},
		{"ёлка {стр}", `Ёлка "ООО 'Ромашка'"`, true, []string{`"ООО 'Ромашка'"`}},
	}
	for _, c := range cases {
		re, _, err := compilePhrase(c.phrase)
		if err != nil {
			t.Fatal(err)
		}
		m := re.FindStringSubmatch(c.text)
		if (m != nil) != c.match {
			t.Errorf("%q ~ %q: match %v", c.phrase, c.text, m != nil)
			continue
		}
		if m != nil && strings.Join(m[1:], "|") != strings.Join(c.groups, "|") {
			t.Errorf("%q ~ %q: groups %q, want %q", c.phrase, c.text, m[1:], c.groups)
		}
	}
	if _, _, err := compilePhrase("bad {placeholder}"); err == nil {
		t.Error("unknown placeholder accepted")
	}
	if unquote(`'a'`) != "a" || unquote(`"b"`) != "b" || unquote(`'c"`) != `'c"` {
		t.Error("unquote")
	}
}

// TestBOMStripped checks a VA-style feature file with a BOM reaches gherkin
// without it.
func TestBOMStripped(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(dir+"/a.feature", []byte("\xEF\xBB\xBF# language: ru\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := bomlessFS{os.DirFS(dir)}.Open("a.feature")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(f)
	st, _ := f.Stat()
	if string(b) != "# language: ru\n" || st.Size() != int64(len(b)) {
		t.Errorf("read %q (size %d)", b, st.Size())
	}
}

// TestReadmeExamplesRun checks that every example step in README.md
// ("Пример: `…`" and the step lines of its code blocks) matches exactly one
// registered step, so the guide never teaches a phrase that fails.
func TestReadmeExamplesRun(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	var res []*regexp.Regexp
	for _, s := range Catalogue() {
		res = append(res, regexp.MustCompile(s.Regexp))
	}
	keyword := regexp.MustCompile(`^(Дано|Когда|Тогда|И|Но|Допустим|Пусть|Затем|То|А)\s+(.+)$`)
	inline := regexp.MustCompile("`([^`]+)`")
	var examples []string
	inBlock := false
	for _, line := range strings.Split(string(readme), "\n") {
		trim := strings.TrimSpace(line)
		if strings.HasPrefix(trim, "```") {
			inBlock = !inBlock
			continue
		}
		if inBlock {
			if m := keyword.FindStringSubmatch(trim); m != nil {
				examples = append(examples, m[2])
			}
			continue
		}
		if _, after, ok := strings.Cut(trim, "Пример: "); ok {
			for _, m := range inline.FindAllStringSubmatch(after, -1) {
				if k := keyword.FindStringSubmatch(m[1]); k != nil {
					examples = append(examples, k[2])
				}
			}
		}
	}
	if len(examples) < 30 {
		t.Fatalf("found only %d examples", len(examples))
	}
	for _, ex := range examples {
		n := 0
		for _, re := range res {
			if re.MatchString(ex) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("README example %q matches %d steps, want 1", ex, n)
		}
	}
}
