package mockwazzup

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"wazzup-unf/internal/clock"
)

const (
	testKey     = "test-api-key-0001"
	testSidecar = "test-sidecar-0001"
)

var epoch = time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)

// fixture is a server on a virtual clock, reached in-process; every answer
// to a /v3/ request is validated against the contract, status included.
type fixture struct {
	t      *testing.T
	s      *Server
	clk    *clock.Virtual
	client *http.Client
	check  *ResponseChecker
}

func newFixture(t *testing.T, opts Options) *fixture {
	t.Helper()
	clk := clock.NewVirtual(epoch)
	if opts.Clock == nil {
		opts.Clock = clk
	}
	if opts.APIKeys == nil {
		opts.APIKeys = []string{testKey}
	}
	if opts.SidecarKeys == nil {
		opts.SidecarKeys = []string{testSidecar}
	}
	s, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	check, err := NewResponseChecker()
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{t: t, s: s, clk: clk, client: s.Client(), check: check}
}

// reply is one answer.
type reply struct {
	status int
	body   []byte
	header http.Header
}

func (r reply) json(t *testing.T, v any) {
	t.Helper()
	if err := json.Unmarshal(r.body, v); err != nil {
		t.Fatalf("answer %d %q is not the JSON expected: %v", r.status, r.body, err)
	}
}

// errorCode reads the code of either error shape.
func (r reply) errorCode(t *testing.T) string {
	t.Helper()
	var m map[string]any
	r.json(t, &m)
	switch e := m["error"].(type) {
	case string:
		return e
	case map[string]any:
		c, _ := e["code"].(string)
		return c
	}
	t.Fatalf("no error code in %s", r.body)
	return ""
}

// do sends a request with key (none when "") and a JSON body (raw when a
// string or []byte), and checks the answer against the contract.
func (f *fixture) do(method, path, key string, body any) reply {
	f.t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	case []byte:
		rd = bytes.NewReader(b)
	default:
		js, err := json.Marshal(b)
		if err != nil {
			f.t.Fatal(err)
		}
		rd = bytes.NewReader(js)
	}
	req, err := http.NewRequest(method, "http://wazzup.test"+path, rd)
	if err != nil {
		f.t.Fatal(err)
	}
	if rd != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	res, err := f.client.Do(req)
	if err != nil {
		f.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer res.Body.Close()
	out, err := io.ReadAll(res.Body)
	if err != nil {
		f.t.Fatal(err)
	}
	r := reply{status: res.StatusCode, body: out, header: res.Header}
	f.checkContract(req, r)
	return r
}

// checkContract fails the test when an answer is not one the contract
// allows for its route (undocumented status or body not matching).
func (f *fixture) checkContract(req *http.Request, r reply) {
	f.t.Helper()
	if err := f.check.Check(req, r.status, r.header, r.body); err != nil {
		f.t.Error(err)
	}
}

func (f *fixture) want(r reply, status int, code string) {
	f.t.Helper()
	if r.status != status {
		f.t.Fatalf("status %d (body %s), want %d", r.status, r.body, status)
	}
	if code != "" {
		if got := r.errorCode(f.t); got != code {
			f.t.Fatalf("error code %q (body %s), want %q", got, r.body, code)
		}
	}
}
