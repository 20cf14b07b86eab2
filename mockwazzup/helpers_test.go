package mockwazzup

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"

	"wazzup-unf/internal/clock"
	"wazzup-unf/openapi"
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
	router routers.Router
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
	// The test router matches any host: a private copy of the contract
	// without its servers list (the server's own copy stays untouched).
	doc, err := openapi.Load()
	if err != nil {
		t.Fatal(err)
	}
	doc.Servers = nil
	router, err := gorillamux.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{t: t, s: s, clk: clk, client: s.Client(), router: router}
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
	if !strings.HasPrefix(req.URL.Path, "/v3/") {
		return
	}
	route, params, err := f.router.FindRoute(req)
	if err != nil {
		if r.status != http.StatusNotFound {
			f.t.Errorf("%s %s: no contract route, yet answered %d", req.Method, req.URL.Path, r.status)
		}
		return
	}
	in := &openapi3filter.ResponseValidationInput{
		RequestValidationInput: &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route},
		Status:                 r.status,
		Header:                 r.header,
		Body:                   io.NopCloser(bytes.NewReader(r.body)),
		Options:                &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true},
	}
	if err := openapi3filter.ValidateResponse(context.Background(), in); err != nil {
		f.t.Errorf("%s %s answered %d %s, which the contract does not allow: %v", req.Method, req.URL.Path, r.status, r.body, err)
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
