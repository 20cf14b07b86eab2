package mockwazzup

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/gorilla/mux"
)

type routersRoute = routers.Route

// routeInfo is one contract operation as the server serves it.
type routeInfo struct {
	key    string // "POST /v3/contacts": journal and fault key
	opID   string // operationId: picks the handler
	entity string // "users", "contacts", "deals", "iframe", "unanswered", "channels"
	route  *routers.Route
}

// entityOf names the entity of a contract path ("/v3/users/{id}" → "users").
func entityOf(path string) string {
	rest := strings.TrimPrefix(path, "/v3/")
	if i := strings.IndexByte(rest, '/'); i >= 0 {
		rest = rest[:i]
	}
	return rest
}

// apiRequest is what a handler sees: the request, its decoded path
// variables, its body (already validated against the contract) and the time.
type apiRequest struct {
	r    *http.Request
	vars map[string]string
	body []byte
	now  time.Time
}

// handlerFunc applies Wazzup's behaviour. It returns the status and the value
// to encode as JSON (nil for an empty body), or an *apiError.
type handlerFunc func(q *apiRequest) (status int, body any, err error)

// apiError is a Wazzup error answer. An empty Code means an empty body.
type apiError struct {
	Status      int
	Code        string
	Description string
	Data        any
	Nested      bool // the /v3/iframe shape {error: {code, description, data}}
}

func (e *apiError) Error() string {
	return fmt.Sprintf("%d %s: %s", e.Status, e.Code, e.Description)
}

// flatError and nestedError are the two JSON shapes of Wazzup's errors.
type flatError struct {
	Error       string `json:"error"`
	Description string `json:"description,omitempty"`
	Data        any    `json:"data,omitempty"`
}

type nestedError struct {
	Error struct {
		Code        string `json:"code"`
		Description string `json:"description,omitempty"`
		Data        any    `json:"data,omitempty"`
	} `json:"error"`
}

// itemError is one element of INVALID_*_DATA's data: the offending item's
// index in the request array and the fields at fault.
type itemError struct {
	Index  int      `json:"index"`
	Fields []string `json:"fields"`
}

// api wraps a handler in the layers listed in the package comment.
func (s *Server) api(ri *routeInfo, h handlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		now := s.clock.Now()
		body, err := io.ReadAll(io.LimitReader(r.Body, maxBody+1))
		entry := JournalEntry{Time: now, Method: r.Method, Path: r.URL.Path, Query: r.URL.RawQuery, Route: ri.key, Body: journalBody(body)}
		sw := &statusWriter{ResponseWriter: w}
		defer func() {
			entry.Status = sw.status
			p := recover()
			if p != nil {
				entry.Dropped = true
			}
			s.mu.Lock()
			s.journal.add(entry)
			s.mu.Unlock()
			if p != nil {
				panic(p)
			}
		}()
		if err != nil || len(body) > maxBody {
			s.write(sw, ri, 0, nil, &apiError{Status: http.StatusBadRequest, Code: invalidCode(ri.entity), Description: "request body unreadable or larger than 4 MiB", Nested: ri.entity == "iframe"})
			return
		}
		if f := s.takeFault(ri.key); f != nil {
			if !s.applyFault(sw, r, ri, f) {
				return
			}
		}
		status, out, herr := s.serve(ri, h, r, body, now)
		s.write(sw, ri, status, out, herr)
	})
}

// serve runs authentication, the rate limit, contract validation and the
// handler.
func (s *Server) serve(ri *routeInfo, h handlerFunc, r *http.Request, body []byte, now time.Time) (int, any, error) {
	key, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	switch {
	case ok && s.apiKeys[key]:
	case ok && s.sidecar[key]:
		if ri.opID != "listChannels" {
			return 0, nil, &apiError{Status: http.StatusForbidden, Code: "FORBIDDEN"}
		}
	default:
		return 0, nil, &apiError{Status: http.StatusUnauthorized}
	}
	if !s.allow(key, now) {
		return 0, nil, &apiError{Status: http.StatusTooManyRequests}
	}
	if bytes.HasPrefix(body, []byte("\xEF\xBB\xBF")) {
		// READING (contract header): whether Wazzup tolerates a BOM is
		// unknown; JSON (RFC 8259 §8.1) forbids it, so the fake refuses it.
		return 0, nil, &apiError{Status: http.StatusBadRequest, Code: invalidCode(ri.entity), Nested: ri.entity == "iframe",
			Description: "body starts with a UTF-8 byte order mark; JSON must not (1C: УстановитьТелоИзСтроки(Текст, КодировкаТекста.UTF8, ИспользованиеByteOrderMark.НеИспользовать))"}
	}
	vars := mux.Vars(r)
	for k, v := range vars {
		if d, err := url.PathUnescape(v); err == nil {
			vars[k] = d
		}
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	in := &openapi3filter.RequestValidationInput{Request: r, PathParams: vars, Route: ri.route, Options: s.valOpts}
	if err := openapi3filter.ValidateRequest(r.Context(), in); err != nil {
		return 0, nil, contractError(ri, err, s.chatTypes)
	}
	return h(&apiRequest{r: r, vars: vars, body: body, now: now})
}

// write encodes a handler's answer.
func (s *Server) write(w http.ResponseWriter, ri *routeInfo, status int, body any, err error) {
	if err != nil {
		var ae *apiError
		if !errors.As(err, &ae) {
			ae = &apiError{Status: http.StatusInternalServerError, Code: "INTERNAL_ERROR", Description: err.Error()}
		}
		writeError(w, ae)
		return
	}
	if body == nil {
		w.WriteHeader(status)
		return
	}
	writeJSON(w, status, body)
}

func writeError(w http.ResponseWriter, ae *apiError) {
	if ae.Code == "" {
		w.WriteHeader(ae.Status)
		return
	}
	if ae.Nested {
		var e nestedError
		e.Error.Code, e.Error.Description, e.Error.Data = ae.Code, ae.Description, ae.Data
		writeJSON(w, ae.Status, e)
		return
	}
	writeJSON(w, ae.Status, flatError{Error: ae.Code, Description: ae.Description, Data: ae.Data})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b = []byte(`{"error":"INTERNAL_ERROR","description":"mockwazzup could not encode its answer"}`)
	}
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

// invalidCode is the 400 code of an entity's routes.
func invalidCode(entity string) string {
	switch entity {
	case "users", "unanswered":
		return "INVALID_USERS_DATA"
	case "contacts":
		return "INVALID_CONTACTS_DATA"
	case "deals":
		return "INVALID_DEALS_DATA"
	case "iframe":
		return "INVALID_IFRAME_DATA"
	}
	return "INVALID_DATA"
}

var quotedProperty = regexp.MustCompile(`property "([^"]+)"`)

// contractError turns kin-openapi's validation error into Wazzup's 400:
// TOO_MANY_ENTITIES when the array is longer than 100, otherwise the
// entity's INVALID_*_DATA with data [{index, fields}] naming every item and
// field at fault (fields are dotted paths inside the item:
// "contactData.0.chatId"). On /v3/iframe the shape is nested and the code is
// INVALID_USER when the fault is in `user`.
func contractError(ri *routeInfo, err error, chatTypes []string) *apiError {
	byIndex := map[int][]string{}
	var rootFields, reasons []string
	tooMany := false
	addField := func(ptr []string, reason string) {
		// "property "x" is missing/unsupported" names the field in the reason;
		// kin-openapi puts a missing property in the pointer already.
		if m := quotedProperty.FindStringSubmatch(reason); m != nil && (len(ptr) == 0 || ptr[len(ptr)-1] != m[1]) {
			ptr = append(slices.Clone(ptr), m[1])
		}
		if len(ptr) > 0 && ri.entity != "iframe" {
			if i, convErr := strconv.Atoi(ptr[0]); convErr == nil {
				f := strings.Join(ptr[1:], ".")
				if f == "" {
					f = "item"
				}
				if !slices.Contains(byIndex[i], f) {
					byIndex[i] = append(byIndex[i], f)
				}
				reasons = append(reasons, fmt.Sprintf("item %d: %s: %s", i, f, reason))
				return
			}
		}
		field := strings.Join(ptr, ".")
		if field == "" {
			field = "body"
		}
		if !slices.Contains(rootFields, field) {
			rootFields = append(rootFields, field)
		}
		reasons = append(reasons, field+": "+reason)
	}
	var walk func(error)
	walk = func(e error) {
		switch v := e.(type) {
		case nil:
		case openapi3.MultiError:
			for _, x := range v {
				walk(x)
			}
		case *openapi3filter.RequestError:
			if v.Parameter != nil {
				reason := v.Reason
				var se *openapi3.SchemaError
				switch {
				case errors.As(v.Err, &se):
					reason = se.Reason
				case v.Err != nil:
					reason = strings.TrimSpace(reason + " " + v.Err.Error())
				}
				addField([]string{v.Parameter.Name}, reason)
				return
			}
			if v.Err == nil {
				addField(nil, v.Reason)
				return
			}
			walk(v.Err)
		case *openapi3.SchemaError:
			ptr := v.JSONPointer()
			if len(ptr) == 0 && v.SchemaField == "maxItems" {
				tooMany = true
				return
			}
			leaf := deepestSchemaError(v)
			ptr = leaf.JSONPointer()
			if obj, isObj := leaf.Value.(map[string]any); isObj && leaf.SchemaField == "anyOf" && obj["chatType"] != nil {
				// ChatIdRule failed. kin-openapi checks combinators before
				// properties, so an unknown chatType lands here too.
				if ct, _ := obj["chatType"].(string); !slices.Contains(chatTypes, ct) {
					addField(append(slices.Clone(ptr), "chatType"), fmt.Sprintf("chatType must be one of %s", strings.Join(chatTypes, ", ")))
					return
				}
				ptr = append(slices.Clone(ptr), "chatId")
				addField(ptr, "chatId missing, or not digits for whatsapp/viber (telegram/max: chatId, username or phone)")
				return
			}
			addField(ptr, leaf.Reason)
		case *openapi3filter.ParseError:
			addField(nil, "body is not valid JSON: "+v.Error())
		default:
			if u := errors.Unwrap(e); u != nil {
				walk(u)
				return
			}
			addField(nil, e.Error())
		}
	}
	walk(err)
	if tooMany {
		return &apiError{Status: http.StatusBadRequest, Code: "TOO_MANY_ENTITIES",
			Description: fmt.Sprintf("at most %d entities per request", BatchLimit), Nested: ri.entity == "iframe"}
	}
	desc := "Request does not match the contract: " + strings.Join(reasons, "; ")
	if ri.entity == "iframe" {
		code := "INVALID_IFRAME_DATA"
		for _, f := range rootFields {
			if f == "user" || strings.HasPrefix(f, "user.") {
				code = "INVALID_USER"
			}
		}
		return &apiError{Status: http.StatusBadRequest, Code: code, Description: desc, Data: map[string]any{"fields": rootFields}, Nested: true}
	}
	ae := &apiError{Status: http.StatusBadRequest, Code: invalidCode(ri.entity), Description: desc}
	if len(byIndex) > 0 {
		idx := make([]int, 0, len(byIndex))
		for i := range byIndex {
			idx = append(idx, i)
		}
		slices.Sort(idx)
		data := make([]itemError, 0, len(idx))
		for _, i := range idx {
			data = append(data, itemError{Index: i, Fields: byIndex[i]})
		}
		ae.Data = data
	} else if len(rootFields) > 0 {
		ae.Data = map[string]any{"fields": rootFields}
	}
	return ae
}

// deepestSchemaError follows an allOf/oneOf failure into the branch error
// with the longest JSON pointer (ties: the innermost), so that
// "contactData.0" becomes "contactData.0.chatId" where kin-openapi knows it.
// kin-openapi keeps branch errors in Origin, wrapped in a multi-error.
func deepestSchemaError(se *openapi3.SchemaError) *openapi3.SchemaError {
	best := se
	var visit func(error)
	visit = func(e error) {
		if e == nil {
			return
		}
		if v, ok := e.(*openapi3.SchemaError); ok {
			if len(v.JSONPointer()) >= len(best.JSONPointer()) {
				best = v
			}
			visit(v.Origin)
			return
		}
		switch u := e.(type) {
		case openapi3.MultiError:
			for _, x := range u {
				visit(x)
			}
		case interface{ Unwrap() []error }:
			for _, x := range u.Unwrap() {
				visit(x)
			}
		case interface{ Unwrap() error }:
			visit(u.Unwrap())
		}
	}
	visit(se.Origin)
	return best
}

// statusWriter remembers the status written.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}
