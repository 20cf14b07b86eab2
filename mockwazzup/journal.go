package mockwazzup

import (
	"fmt"
	"time"
	"unicode/utf8"
)

// JournalEntry is one request received under /v3/.
type JournalEntry struct {
	Time   time.Time `json:"time"`
	Method string    `json:"method"`
	Path   string    `json:"path"`            // as received (percent-encoded)
	Query  string    `json:"query,omitempty"` // raw query
	Route  string    `json:"route,omitempty"` // contract route, e.g. "GET /v3/users/{id}"; "" if none
	Body   string    `json:"body,omitempty"`  // the first 64 KiB, then "…(N bytes in all)"
	Status int       `json:"status"`          // 0 when the connection was dropped
	// Dropped is set when the connection was closed without an answer.
	Dropped bool `json:"dropped,omitempty"`
}

// journalBodyLimit bounds the body kept per journal entry, so a long
// simulator run of 100-contact batches stays in memory bounds.
const journalBodyLimit = 64 << 10

// journalBody is the body as the journal keeps it: whole up to 64 KiB,
// else cut at a rune boundary and marked.
func journalBody(b []byte) string {
	if len(b) <= journalBodyLimit {
		return string(b)
	}
	cut := journalBodyLimit
	for cut > 0 && !utf8.RuneStart(b[cut]) {
		cut--
	}
	return string(b[:cut]) + fmt.Sprintf("…(%d bytes in all)", len(b))
}

// journal is a bounded log of requests (oldest dropped). Guarded by Server.mu.
// The Authorization header is never recorded.
// It is a ring: once full, each new entry overwrites the oldest.
type journal struct {
	limit   int
	entries []JournalEntry
	next    int // where the next entry goes once the ring is full
}

func (j *journal) add(e JournalEntry) {
	if len(j.entries) < j.limit {
		j.entries = append(j.entries, e)
		return
	}
	j.entries[j.next] = e
	j.next = (j.next + 1) % j.limit
}

// list returns the entries oldest first.
func (j *journal) list() []JournalEntry {
	out := make([]JournalEntry, 0, len(j.entries))
	out = append(out, j.entries[j.next:]...)
	return append(out, j.entries[:j.next]...)
}

func (j *journal) clear() {
	j.entries, j.next = nil, 0
}

// Journal returns the requests received so far, oldest first.
func (s *Server) Journal() []JournalEntry {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.journal.list()
}

// ClearJournal forgets the requests received so far.
func (s *Server) ClearJournal() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.journal.clear()
}

// rateWindow counts a key's requests in the current fixed window.
type rateWindow struct {
	start time.Time
	n     int
}

// allow counts a request of key at now and reports whether it is within the
// limit. Windows are fixed: the first request after a window ends opens the
// next one (wazzup-api.md §9: "the window resets every 5 s"). Rejected
// requests do not count.
func (s *Server) allow(key string, now time.Time) bool {
	if s.opts.RateLimit < 0 {
		return true
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	w := s.windows[key]
	if w == nil || !now.Before(w.start.Add(s.opts.RateWindow)) {
		w = &rateWindow{start: now}
		s.windows[key] = w
	}
	if w.n >= s.opts.RateLimit {
		return false
	}
	w.n++
	return true
}
