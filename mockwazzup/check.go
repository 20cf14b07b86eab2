package mockwazzup

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"

	"wazzup-unf/openapi"
)

// ResponseChecker tells whether an answer is one the contract allows for
// its request: a documented status, and a body of the documented shape. The
// fake's own tests run every answer through it; the godog steps and the 1C
// emulator may too, so that a fake that drifts from the contract fails the
// suite instead of teaching the extension a wrong API.
type ResponseChecker struct {
	router routers.Router
}

// NewResponseChecker loads a private copy of the contract (without its
// servers list, so any host matches).
func NewResponseChecker() (*ResponseChecker, error) {
	doc, err := openapi.Load()
	if err != nil {
		return nil, err
	}
	doc.Servers = nil
	r, err := gorillamux.NewRouter(doc)
	if err != nil {
		return nil, fmt.Errorf("mockwazzup: routing the contract: %w", err)
	}
	return &ResponseChecker{router: r}, nil
}

// Check returns nil when the answer (status, header, body) to req is allowed
// by the contract. Paths outside /v3/ are not Wazzup's and pass; a /v3/ path
// the contract does not describe must have been answered 404.
func (c *ResponseChecker) Check(req *http.Request, status int, header http.Header, body []byte) error {
	if !strings.HasPrefix(req.URL.Path, "/v3/") {
		return nil
	}
	route, params, err := c.router.FindRoute(req)
	if err != nil {
		if status != http.StatusNotFound {
			return fmt.Errorf("%s %s: no route in the contract, yet answered %d", req.Method, req.URL.Path, status)
		}
		return nil
	}
	in := &openapi3filter.ResponseValidationInput{
		RequestValidationInput: &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route},
		Status:                 status,
		Header:                 header,
		Body:                   io.NopCloser(bytes.NewReader(body)),
		Options:                &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true},
	}
	if err := openapi3filter.ValidateResponse(context.Background(), in); err != nil {
		return fmt.Errorf("%s %s answered %d %s, which the contract does not allow: %w", req.Method, req.URL.Path, status, body, err)
	}
	return nil
}
