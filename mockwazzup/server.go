package mockwazzup

import (
	"fmt"
	"html/template"
	"math/rand/v2"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/gorilla/mux"

	"wazzup-unf/internal/clock"
	"wazzup-unf/openapi"
)

// Defaults of Options.
const (
	DefaultTokenTTL     = time.Hour
	DefaultRateLimit    = 500
	DefaultRateWindow   = 5 * time.Second
	DefaultUserLimit    = 1000
	DefaultJournalLimit = 10000
	// BatchLimit is Wazzup's limit of entities per request.
	BatchLimit = 100
	// maxBody bounds a request body the fake reads (100 full contacts fit many times).
	maxBody = 4 << 20
)

// Options configure a Server. The zero value is usable: no keys (every
// request is 401), wall clock, Wazzup's limits.
type Options struct {
	// Clock is the source of time; nil means clock.Wall{}.
	Clock clock.Clock
	// APIKeys are the keys of an account whose CRM integration is «API».
	APIKeys []string
	// SidecarKeys are keys that only GET /v3/channels accepts (403 elsewhere).
	SidecarKeys []string
	// TokenTTL is how long a chat window URL works; 0 means DefaultTokenTTL.
	TokenTTL time.Duration
	// RateLimit is how many requests a key may make per RateWindow; 0 means
	// DefaultRateLimit, a negative value turns the limit off.
	RateLimit int
	// RateWindow is the rate-limit window; 0 means DefaultRateWindow.
	RateWindow time.Duration
	// UserLimit is the most users an account holds; 0 means DefaultUserLimit.
	UserLimit int
	// DefaultRole is the role a user gets when first uploaded. Wazzup grants
	// none (an administrator must); the simulator may choose RoleSeller.
	DefaultRole Role
	// Channels answer GET /v3/channels; nil means one active WhatsApp channel.
	Channels []Channel
	// PublicURL is the scheme://host the chat window URLs point at; empty
	// means "http://" + the Host of the POST /v3/iframe request.
	PublicURL string
	// JournalLimit is how many requests the journal keeps (oldest dropped);
	// 0 means DefaultJournalLimit.
	JournalLimit int
	// Seed seeds the random source of probabilistic faults (deterministic
	// per seed).
	Seed uint64
}

// Server is one fake Wazzup account. Create it with New; serve Handler().
type Server struct {
	opts    Options
	clock   clock.Clock
	doc     *openapi3.T
	handler http.Handler
	page    *template.Template
	// chatTypes is the contract's ChatType enum.
	chatTypes []string
	valOpts   *openapi3filter.Options
	apiKeys   map[string]bool
	sidecar   map[string]bool

	mu      sync.Mutex // guards everything below
	st      *state
	faults  []*faultRule
	rng     *rand.Rand
	windows map[string]*rateWindow
	journal journal
}

// New builds a server from the embedded contract. It fails if the contract
// does not load or names an operation without a handler.
func New(opts Options) (*Server, error) {
	if opts.Clock == nil {
		opts.Clock = clock.Wall{}
	}
	if opts.TokenTTL == 0 {
		opts.TokenTTL = DefaultTokenTTL
	}
	if opts.RateLimit == 0 {
		opts.RateLimit = DefaultRateLimit
	}
	if opts.RateWindow == 0 {
		opts.RateWindow = DefaultRateWindow
	}
	if opts.UserLimit == 0 {
		opts.UserLimit = DefaultUserLimit
	}
	if opts.JournalLimit == 0 {
		opts.JournalLimit = DefaultJournalLimit
	}
	if !opts.DefaultRole.valid() {
		return nil, fmt.Errorf("mockwazzup: unknown default role %q (want seller, manager, quality or empty)", opts.DefaultRole)
	}
	if opts.Channels == nil {
		opts.Channels = []Channel{{
			ChannelID: "8e2b6f4a-2c1d-4b7e-9a55-0f3c2d1e4b6a",
			Transport: "whatsapp",
			PlainID:   "79000000000",
			State:     "active",
			Name:      "WhatsApp (mockwazzup)",
		}}
	}
	doc, err := openapi.Load()
	if err != nil {
		return nil, fmt.Errorf("mockwazzup: %w", err)
	}
	s := &Server{
		opts:    opts,
		clock:   opts.Clock,
		doc:     doc,
		apiKeys: set(opts.APIKeys),
		sidecar: set(opts.SidecarKeys),
		st:      newState(),
		rng:     rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15)),
		windows: map[string]*rateWindow{},
		journal: journal{limit: opts.JournalLimit},
		valOpts: &openapi3filter.Options{
			AuthenticationFunc: openapi3filter.NoopAuthenticationFunc,
			MultiError:         true,
		},
	}
	if ct := doc.Components.Schemas["ChatType"]; ct != nil && ct.Value != nil {
		for _, v := range ct.Value.Enum {
			if str, ok := v.(string); ok {
				s.chatTypes = append(s.chatTypes, str)
			}
		}
	}
	if len(s.chatTypes) == 0 {
		return nil, fmt.Errorf("mockwazzup: the contract has no ChatType enum")
	}
	for k := range s.sidecar {
		if s.apiKeys[k] {
			return nil, fmt.Errorf("mockwazzup: key %s is both an API key and a sidecar key", maskKey(k))
		}
	}
	if s.page, err = parseChatPage(); err != nil {
		return nil, fmt.Errorf("mockwazzup: chat page template: %w", err)
	}
	if s.handler, err = s.routes(); err != nil {
		return nil, err
	}
	return s, nil
}

// Handler serves Wazzup's API under /v3/, the chat page under /app/ and the
// control API under /_mock/.
func (s *Server) Handler() http.Handler { return s.handler }

// Contract is the loaded contract (read-only), for tests that validate
// responses.
func (s *Server) Contract() *openapi3.T { return s.doc }

// Transport is an http.RoundTripper that calls the handler in-process: no
// listener, no port. A dropped-connection fault becomes a transport error.
func (s *Server) Transport() http.RoundTripper { return inProcess{s.handler} }

// Client is an *http.Client over Transport.
func (s *Server) Client() *http.Client { return &http.Client{Transport: s.Transport()} }

// routes builds the one router: the contract's operations, the chat page and
// the control API.
func (s *Server) routes() (http.Handler, error) {
	r := mux.NewRouter()
	r.UseEncodedPath()
	handlers := s.operations()
	used := map[string]bool{}
	// Literal paths (bulk_delete) before templated ones ({id}) so that
	// PATCH …/bulk_delete never reaches a {id} route.
	paths := s.doc.Paths.InMatchingOrder()
	for _, path := range paths {
		item := s.doc.Paths.Value(path)
		for method, op := range item.Operations() {
			h, ok := handlers[op.OperationID]
			if !ok {
				return nil, fmt.Errorf("mockwazzup: contract operation %s (%s %s) has no handler", op.OperationID, method, path)
			}
			used[op.OperationID] = true
			route := &routeInfo{
				key:    method + " " + path,
				opID:   op.OperationID,
				entity: entityOf(path),
				route:  &routersRoute{Spec: s.doc, Path: path, PathItem: item, Method: method, Operation: op},
			}
			r.Handle(path, s.api(route, h)).Methods(method)
		}
	}
	for id := range handlers {
		if !used[id] {
			return nil, fmt.Errorf("mockwazzup: handler %s has no operation in the contract", id)
		}
	}
	r.HandleFunc("/app/chat", s.chatPage).Methods(http.MethodGet)
	s.controlRoutes(r.PathPrefix("/_mock").Subrouter())
	r.NotFoundHandler = http.HandlerFunc(s.noRoute)
	r.MethodNotAllowedHandler = http.HandlerFunc(s.noRoute)
	return r, nil
}

// noRoute answers a path or method the contract does not describe: 404 with
// an empty body, like any unknown Wazzup path.
func (s *Server) noRoute(w http.ResponseWriter, r *http.Request) {
	if strings.HasPrefix(r.URL.Path, "/v3/") {
		s.mu.Lock()
		s.journal.add(JournalEntry{Time: s.clock.Now(), Method: r.Method, Path: r.URL.Path, Status: http.StatusNotFound})
		s.mu.Unlock()
	}
	w.WriteHeader(http.StatusNotFound)
}

func set(keys []string) map[string]bool {
	m := make(map[string]bool, len(keys))
	for _, k := range keys {
		if k != "" {
			m[k] = true
		}
	}
	return m
}

// maskKey shows a key's first 4 characters only (keys are secrets; they
// never appear whole in errors, logs or the journal).
func maskKey(k string) string {
	if len(k) <= 4 {
		return "****"
	}
	return k[:4] + "****"
}
