package mockwazzup

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
)

// inProcess is an http.RoundTripper calling a handler directly (the
// fake-gcs-server "NoListener" idea): tests need no port.
type inProcess struct{ h http.Handler }

// errDropped is what a dropped-connection fault looks like to a client of
// the in-process transport.
var errDropped = errors.New("mockwazzup: connection dropped by an injected fault")

func (t inProcess) RoundTrip(req *http.Request) (resp *http.Response, err error) {
	rec := httptest.NewRecorder()
	if req.Host == "" {
		req.Host = req.URL.Host
	}
	in := req.Clone(req.Context())
	in.RequestURI = req.URL.RequestURI()
	in.RemoteAddr = "127.0.0.1:0"
	if in.Body == nil {
		in.Body = http.NoBody
	}
	defer func() {
		if p := recover(); p != nil {
			if p == http.ErrAbortHandler {
				resp, err = nil, fmt.Errorf("%s %s: %w", req.Method, req.URL, errDropped)
				return
			}
			panic(p)
		}
	}()
	t.h.ServeHTTP(rec, in)
	res := rec.Result()
	res.Request = req
	return res, nil
}
