package mockwazzup

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// operations maps the contract's operationIds to their handlers.
func (s *Server) operations() map[string]handlerFunc {
	return map[string]handlerFunc{
		"createIframe":       s.createIframe,
		"upsertUsers":        s.upsertUsers,
		"listUsers":          s.listUsers,
		"getUser":            s.getUser,
		"deleteUser":         s.deleteUser,
		"bulkDeleteUsers":    s.bulkDeleteUsers,
		"upsertContacts":     s.upsertContacts,
		"listContacts":       s.listContacts,
		"getContact":         s.getContact,
		"deleteContact":      s.deleteContact,
		"bulkDeleteContacts": s.bulkDeleteContacts,
		"upsertDeals":        s.upsertDeals,
		"listDeals":          s.listDeals,
		"getDeal":            s.getDeal,
		"deleteDeal":         s.deleteDeal,
		"bulkDeleteDeals":    s.bulkDeleteDeals,
		"getUnanswered":      s.getUnanswered,
		"listChannels":       s.listChannels,
	}
}

func errNotFound() *apiError { return &apiError{Status: http.StatusNotFound} }

// duplicateIDs is Wazzup's answer to two items with one id in a batch: 500
// (wazzup-api.md §4, live-tested by the n8n node).
func duplicateIDs(id string) *apiError {
	return &apiError{Status: http.StatusInternalServerError, Code: "INTERNAL_SERVER_ERROR",
		Description: fmt.Sprintf("duplicate id %q in one request", id)}
}

// firstDuplicate returns an id that occurs twice, or "".
func firstDuplicate(ids []string) string {
	seen := make(map[string]bool, len(ids))
	for _, id := range ids {
		if seen[id] {
			return id
		}
		seen[id] = true
	}
	return ""
}

func decode[T any](q *apiRequest) ([]T, error) {
	var items []T
	if err := json.Unmarshal(q.body, &items); err != nil {
		// The contract already accepted the body; this is a fake's bug.
		return nil, fmt.Errorf("decoding a validated body: %w", err)
	}
	return items, nil
}

// digits is the international phone format Wazzup keeps for users.
var digits = regexp.MustCompile(`^[0-9]{7,15}$`)

func (s *Server) upsertUsers(q *apiRequest) (int, any, error) {
	items, err := decode[User](q)
	if err != nil {
		return 0, nil, err
	}
	ids := make([]string, len(items))
	for i, u := range items {
		ids[i] = u.ID
	}
	if d := firstDuplicate(ids); d != "" {
		return 0, nil, duplicateIDs(d)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	phones := map[string]string{} // phone → user id, after this batch
	for _, u := range s.st.users {
		if u.Phone != "" {
			phones[u.Phone] = u.ID
		}
	}
	added := 0
	for i := range items {
		u := &items[i]
		if !digits.MatchString(u.Phone) {
			u.Phone = "" // an invalid phone is silently dropped (Wazzup docs)
		}
		if s.st.users[u.ID] == nil {
			added++
		} else if old := s.st.users[u.ID].Phone; old != "" && phones[old] == u.ID {
			delete(phones, old)
		}
	}
	for i, u := range items {
		if u.Phone == "" {
			continue
		}
		if owner, ok := phones[u.Phone]; ok && owner != u.ID {
			return 0, nil, &apiError{Status: http.StatusBadRequest, Code: "DUPLICATE_PHONE_NUMBER",
				Description: fmt.Sprintf("phone of item %d is used by another user", i),
				Data:        []itemError{{Index: i, Fields: []string{"phone"}}}}
		}
		phones[u.Phone] = u.ID
	}
	if len(s.st.users)+added > s.opts.UserLimit {
		return 0, nil, &apiError{Status: http.StatusBadRequest, Code: "USER_LIMIT_EXCEEDED",
			Description: fmt.Sprintf("an account holds at most %d users", s.opts.UserLimit)}
	}
	for _, u := range items {
		if s.st.users[u.ID] == nil {
			if _, has := s.st.roles[u.ID]; !has {
				s.st.roles[u.ID] = s.opts.DefaultRole
			}
		}
		s.st.users[u.ID] = &u
	}
	return http.StatusOK, nil, nil
}

func (s *Server) listUsers(q *apiRequest) (int, any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return http.StatusOK, s.st.sortedUsers(), nil
}

func (s *Server) getUser(q *apiRequest) (int, any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	u := s.st.users[q.vars["id"]]
	if u == nil {
		return 0, nil, errNotFound()
	}
	return http.StatusOK, *u, nil
}

func (s *Server) deleteUser(q *apiRequest) (int, any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	id := q.vars["id"]
	if s.st.users[id] == nil {
		return 0, nil, errNotFound()
	}
	s.st.deleteUser(id)
	return http.StatusOK, nil, nil
}

func (st *state) deleteUser(id string) {
	delete(st.users, id)
	delete(st.unanswered, id)
}

// bulkDelete answers the ids that were not known (an empty array when all
// were), as the n8n node observed live.
func (s *Server) bulkDelete(q *apiRequest, del func(id string) bool) (int, any, error) {
	ids, err := decode[string](q)
	if err != nil {
		return 0, nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	unknown := []string{}
	for _, id := range ids {
		if !del(id) {
			unknown = append(unknown, id)
		}
	}
	return http.StatusOK, unknown, nil
}

func (s *Server) bulkDeleteUsers(q *apiRequest) (int, any, error) {
	return s.bulkDelete(q, func(id string) bool {
		if s.st.users[id] == nil {
			return false
		}
		s.st.deleteUser(id)
		return true
	})
}

func (s *Server) upsertContacts(q *apiRequest) (int, any, error) {
	items, err := decode[Contact](q)
	if err != nil {
		return 0, nil, err
	}
	ids := make([]string, len(items))
	for i, c := range items {
		ids[i] = c.ID
	}
	if d := firstDuplicate(ids); d != "" {
		return 0, nil, duplicateIDs(d)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var bad []itemError
	for i, c := range items {
		if s.st.users[c.ResponsibleUserID] == nil {
			bad = append(bad, itemError{Index: i, Fields: []string{"responsibleUserId"}})
		}
	}
	if bad != nil {
		return 0, nil, &apiError{Status: http.StatusBadRequest, Code: "INVALID_CONTACTS_DATA",
			Description: "responsibleUserId names no user (upload users first)", Data: bad}
	}
	for _, c := range items {
		s.st.contacts[c.ID] = &c
	}
	return http.StatusOK, nil, nil
}

// page serves ?offset= pages of 100.
func page[T any](q *apiRequest, all []T) (int, any, error) {
	off := 0
	if v := q.r.URL.Query().Get("offset"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 { // the contract rejects these first
			return 0, nil, fmt.Errorf("offset %q passed validation", v)
		}
		off = n
	}
	data := []T{}
	if off < len(all) {
		data = all[off:min(off+BatchLimit, len(all))]
	}
	return http.StatusOK, struct {
		Count int `json:"count"`
		Data  []T `json:"data"`
	}{len(all), data}, nil
}

func (s *Server) listContacts(q *apiRequest) (int, any, error) {
	s.mu.Lock()
	all := s.st.sortedContacts()
	s.mu.Unlock()
	return page(q, all)
}

func (s *Server) getContact(q *apiRequest) (int, any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := s.st.contacts[q.vars["id"]]
	if c == nil {
		return 0, nil, errNotFound()
	}
	return http.StatusOK, cloneContact(c), nil
}

func (s *Server) deleteContact(q *apiRequest) (int, any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	id := q.vars["id"]
	if s.st.contacts[id] == nil {
		return 0, nil, errNotFound()
	}
	delete(s.st.contacts, id)
	return http.StatusOK, nil, nil
}

func (s *Server) bulkDeleteContacts(q *apiRequest) (int, any, error) {
	return s.bulkDelete(q, func(id string) bool {
		if s.st.contacts[id] == nil {
			return false
		}
		delete(s.st.contacts, id)
		return true
	})
}

func (s *Server) upsertDeals(q *apiRequest) (int, any, error) {
	items, err := decode[Deal](q)
	if err != nil {
		return 0, nil, err
	}
	ids := make([]string, len(items))
	for i, d := range items {
		ids[i] = d.ID
	}
	if d := firstDuplicate(ids); d != "" {
		return 0, nil, duplicateIDs(d)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var bad []itemError
	for i, d := range items {
		var fields []string
		if s.st.users[d.ResponsibleUserID] == nil {
			fields = append(fields, "responsibleUserId")
		}
		for j, c := range d.Contacts {
			if s.st.contacts[c] == nil {
				fields = append(fields, fmt.Sprintf("contacts.%d", j))
			}
		}
		if fields != nil {
			bad = append(bad, itemError{Index: i, Fields: fields})
		}
	}
	if bad != nil {
		return 0, nil, &apiError{Status: http.StatusBadRequest, Code: "INVALID_DEALS_DATA",
			Description: "responsibleUserId or a contact id is unknown (upload users and contacts first)", Data: bad}
	}
	for _, d := range items {
		s.st.deals[d.ID] = &d
	}
	return http.StatusOK, nil, nil
}

func (s *Server) listDeals(q *apiRequest) (int, any, error) {
	s.mu.Lock()
	all := s.st.sortedDeals()
	s.mu.Unlock()
	return page(q, all)
}

func (s *Server) getDeal(q *apiRequest) (int, any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.st.deals[q.vars["id"]]
	if d == nil {
		return 0, nil, errNotFound()
	}
	return http.StatusOK, cloneDeal(d), nil
}

func (s *Server) deleteDeal(q *apiRequest) (int, any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	id := q.vars["id"]
	if s.st.deals[id] == nil {
		return 0, nil, errNotFound()
	}
	delete(s.st.deals, id)
	return http.StatusOK, nil, nil
}

func (s *Server) bulkDeleteDeals(q *apiRequest) (int, any, error) {
	return s.bulkDelete(q, func(id string) bool {
		if s.st.deals[id] == nil {
			return false
		}
		delete(s.st.deals, id)
		return true
	})
}

// unansweredBody is GET /v3/unanswered/{userId}'s JSON.
type unansweredBody struct {
	CounterV2       int     `json:"counterV2"`
	Type            *string `json:"type"`
	LastMsgDateTime *string `json:"lastMsgDateTime"`
}

func (s *Server) getUnanswered(q *apiRequest) (int, any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	id := q.vars["userId"]
	if s.st.users[id] == nil {
		return 0, nil, errNotFound()
	}
	c := s.st.counter(id, q.now)
	out := unansweredBody{CounterV2: c.Count}
	if c.Type != "" {
		out.Type = &c.Type
	}
	if !c.LastMsg.IsZero() {
		t := c.LastMsg.UTC().Format("2006-01-02T15:04:05.000Z")
		out.LastMsgDateTime = &t
	}
	return http.StatusOK, out, nil
}

func (s *Server) listChannels(q *apiRequest) (int, any, error) {
	return http.StatusOK, s.opts.Channels, nil
}

// iframeRequest is POST /v3/iframe's body.
type iframeRequest struct {
	User struct {
		ID   string `json:"id"`
		Name string `json:"name"`
	} `json:"user"`
	Scope      string `json:"scope"`
	Filter     []Chat `json:"filter"`
	ActiveChat *Chat  `json:"activeChat"`
}

func (s *Server) createIframe(q *apiRequest) (int, any, error) {
	var req iframeRequest
	if err := json.Unmarshal(q.body, &req); err != nil {
		return 0, nil, fmt.Errorf("decoding a validated body: %w", err)
	}
	if req.Scope == "card" && len(req.Filter) == 0 {
		return 0, nil, &apiError{Status: http.StatusBadRequest, Code: "INVALID_IFRAME_DATA", Nested: true,
			Description: `scope "card" needs a non-empty filter`, Data: map[string]any{"fields": []string{"filter"}}}
	}
	token, err := newToken()
	if err != nil {
		return 0, nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.st.users[req.User.ID] == nil {
		return 0, nil, &apiError{Status: http.StatusBadRequest, Code: "INVALID_USER", Nested: true,
			Description: "user.id names no user (upload it with POST /v3/users first)", Data: map[string]any{"fields": []string{"user.id"}}}
	}
	s.expireTokens(q.now)
	s.st.tokens[token] = &iframeSession{
		UserID: req.User.ID, UserName: req.User.Name, Scope: req.Scope,
		Filter: req.Filter, ActiveChat: req.ActiveChat, Expires: q.now.Add(s.opts.TokenTTL),
	}
	base := s.opts.PublicURL
	if base == "" {
		base = "http://" + q.r.Host
	}
	return http.StatusOK, map[string]string{"url": strings.TrimSuffix(base, "/") + "/app/chat?token=" + token}, nil
}

// expireTokens forgets tokens past their expiry (so memory stays bounded).
func (s *Server) expireTokens(now time.Time) {
	for k, t := range s.st.tokens {
		if !now.Before(t.Expires) {
			delete(s.st.tokens, k)
		}
	}
}

func newToken() (string, error) {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("token: %w", err)
	}
	return hex.EncodeToString(b[:]), nil
}
