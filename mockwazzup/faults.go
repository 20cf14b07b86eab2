package mockwazzup

import (
	"fmt"
	"net/http"
	"strings"
	"time"
)

// Fault is a failure injected into one route's answers: wait Delay (on the
// server's clock), then drop the connection (Drop) or answer Status with
// Wazzup's body for that status; with neither, the request proceeds normally
// after the delay.
type Fault struct {
	// Route is "METHOD /path-template" as in the contract, e.g.
	// "POST /v3/contacts" or "GET /v3/unanswered/{userId}"; "*" matches every
	// route.
	Route string `json:"route"`
	// Status is the HTTP status to answer (0: none).
	Status int `json:"status,omitempty"`
	// Delay holds the answer back; it follows the server's clock.
	Delay time.Duration `json:"-"` // over HTTP: delayMs
	// Drop closes the connection without an answer.
	Drop bool `json:"drop,omitempty"`
	// Times is how many matching requests the fault applies to; 0 means
	// until ClearFaults.
	Times int `json:"times,omitempty"`
	// Probability in (0, 1] applies the fault to that share of matching
	// requests (a seeded random source, see Options.Seed); 0 means always.
	Probability float64 `json:"probability,omitempty"`
}

type faultRule struct {
	Fault
	left int // remaining applications when Times > 0
}

// InjectFault adds a fault. Faults are tried in the order added; the first
// that applies to a request is used.
func (s *Server) InjectFault(f Fault) error {
	if f.Route == "" {
		return fmt.Errorf("mockwazzup: fault without a route")
	}
	if f.Route != "*" && !s.knownRoute(f.Route) {
		return fmt.Errorf("mockwazzup: fault route %q is not in the contract (want e.g. \"POST /v3/contacts\")", f.Route)
	}
	if f.Status != 0 && (f.Status < 100 || f.Status > 599) {
		return fmt.Errorf("mockwazzup: fault status %d is not an HTTP status", f.Status)
	}
	if f.Status == 0 && f.Delay == 0 && !f.Drop {
		return fmt.Errorf("mockwazzup: fault for %s does nothing (set status, delay or drop)", f.Route)
	}
	if f.Probability < 0 || f.Probability > 1 || f.Times < 0 || f.Delay < 0 {
		return fmt.Errorf("mockwazzup: fault for %s: probability must be in [0,1], times and delay ≥ 0", f.Route)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = append(s.faults, &faultRule{Fault: f, left: f.Times})
	return nil
}

// ClearFaults removes every fault.
func (s *Server) ClearFaults() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = nil
}

func (s *Server) knownRoute(route string) bool {
	method, path, ok := strings.Cut(route, " ")
	if !ok {
		return false
	}
	item := s.doc.Paths.Value(path)
	return item != nil && item.GetOperation(strings.ToUpper(method)) != nil
}

// takeFault picks the fault for a request, if any, and counts it.
func (s *Server) takeFault(route string) *Fault {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, r := range s.faults {
		if r.Route != "*" && !strings.EqualFold(r.Route, route) {
			continue
		}
		if r.Probability > 0 && s.rng.Float64() >= r.Probability {
			continue
		}
		f := r.Fault
		if r.Times > 0 {
			r.left--
			if r.left == 0 {
				s.faults = append(s.faults[:i:i], s.faults[i+1:]...)
			}
		}
		return &f
	}
	return nil
}

// applyFault performs a fault; it reports whether the request should go on
// to the normal handling.
func (s *Server) applyFault(w http.ResponseWriter, r *http.Request, ri *routeInfo, f *Fault) bool {
	if f.Delay > 0 {
		done := make(chan struct{})
		t := s.clock.AfterFunc(f.Delay, func() { close(done) })
		select {
		case <-done:
		case <-r.Context().Done():
			t.Stop()
			panic(http.ErrAbortHandler)
		}
	}
	if f.Drop {
		// net/http closes the connection without answering; the in-process
		// transport turns it into an error.
		panic(http.ErrAbortHandler)
	}
	if f.Status == 0 {
		return true
	}
	ae := &apiError{Status: f.Status, Nested: ri.entity == "iframe"}
	switch f.Status {
	case http.StatusUnauthorized, http.StatusNotFound, http.StatusTooManyRequests:
		// Empty bodies, as the contract says.
	case http.StatusForbidden:
		ae.Code, ae.Nested = "FORBIDDEN", false
	default:
		ae.Code = "INJECTED_FAULT"
		ae.Description = "fault injected by mockwazzup"
	}
	writeError(w, ae)
	return false
}
