package mockwazzup

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/gorilla/mux"
)

// This file is the test-control surface: Go methods, and the same functions
// over HTTP under /_mock/ (documented in README.md). None of it is part of
// Wazzup's API, none of it needs a key, and none of it is journaled.

// Reset forgets every user, contact, deal, role, counter, token, fault, rate
// window and journal entry: the server is as New left it.
func (s *Server) Reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.st = newState()
	s.faults = nil
	s.windows = map[string]*rateWindow{}
	s.journal.clear()
}

// SetRole grants a user a role in Wazzup's integration settings. The user
// need not exist yet (an administrator may prepare roles); roles survive the
// user's deletion, as Wazzup's settings do.
func (s *Server) SetRole(userID string, role Role) error {
	if !role.valid() {
		return fmt.Errorf("mockwazzup: unknown role %q (want seller, manager, quality or empty)", role)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.st.roles[userID] = role
	return nil
}

// Role is a user's role.
func (s *Server) Role(userID string) Role {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.st.roles[userID]
}

// Incoming simulates a client message in a chat at the server's Now: the
// responsible user of the contact owning the chat gets a red unanswered
// message, every manager or quality controller a grey one. It returns the
// responsible user's id, or an error if no contact has that chat.
func (s *Server) Incoming(chatType, chatID string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.clock.Now()
	for _, c := range s.st.sortedContacts() {
		for _, ch := range c.ContactData {
			if ch.ChatType != chatType || ch.ChatID != chatID {
				continue
			}
			s.st.unanswered[c.ResponsibleUserID] = append(s.st.unanswered[c.ResponsibleUserID], unanswered{at: now, red: true})
			for id := range s.st.users {
				if id != c.ResponsibleUserID && s.st.roles[id].supervises() {
					s.st.unanswered[id] = append(s.st.unanswered[id], unanswered{at: now})
				}
			}
			return c.ResponsibleUserID, nil
		}
	}
	return "", fmt.Errorf("mockwazzup: no contact has the %s chat %s", chatType, chatID)
}

// SetUnanswered replaces a user's unanswered messages with n messages at the
// server's Now, red (responsible) or grey (supervising). n = 0 clears them,
// as answering in the chat window does.
func (s *Server) SetUnanswered(userID string, n int, red bool) error {
	if n < 0 {
		return fmt.Errorf("mockwazzup: negative unanswered count %d", n)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.clock.Now()
	msgs := make([]unanswered, n)
	for i := range msgs {
		msgs[i] = unanswered{at: now, red: red}
	}
	s.st.unanswered[userID] = msgs
	return nil
}

// Counter is what GET /v3/unanswered/{userId} would answer now.
func (s *Server) Counter(userID string) Counter {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.st.counter(userID, s.clock.Now())
}

// State is a snapshot of the account's data.
type State struct {
	Users    []User          `json:"users"`
	Contacts []Contact       `json:"contacts"`
	Deals    []Deal          `json:"deals"`
	Roles    map[string]Role `json:"roles"`
}

// State returns a copy of the account's data (users sorted by name,
// contacts and deals by id).
func (s *Server) State() State {
	s.mu.Lock()
	defer s.mu.Unlock()
	roles := make(map[string]Role, len(s.st.roles))
	for k, v := range s.st.roles {
		roles[k] = v
	}
	return State{Users: s.st.sortedUsers(), Contacts: s.st.sortedContacts(), Deals: s.st.sortedDeals(), Roles: roles}
}

// Seed loads users, contacts and deals directly (no validation, no journal),
// for tests that start from a given account.
func (s *Server) Seed(users []User, contacts []Contact, deals []Deal) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, u := range users {
		if _, has := s.st.roles[u.ID]; !has {
			s.st.roles[u.ID] = s.opts.DefaultRole
		}
		s.st.users[u.ID] = &u
	}
	for _, c := range contacts {
		s.st.contacts[c.ID] = &c
	}
	for _, d := range deals {
		s.st.deals[d.ID] = &d
	}
}

// controlRoutes mounts the control API on r (the /_mock prefix).
func (s *Server) controlRoutes(r *mux.Router) {
	r.HandleFunc("/reset", func(w http.ResponseWriter, _ *http.Request) {
		s.Reset()
		w.WriteHeader(http.StatusNoContent)
	}).Methods(http.MethodPost)
	r.HandleFunc("/state", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, s.State())
	}).Methods(http.MethodGet)
	r.HandleFunc("/journal", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, s.Journal())
	}).Methods(http.MethodGet)
	r.HandleFunc("/journal", func(w http.ResponseWriter, _ *http.Request) {
		s.ClearJournal()
		w.WriteHeader(http.StatusNoContent)
	}).Methods(http.MethodDelete)
	r.HandleFunc("/users/{id}/role", func(w http.ResponseWriter, req *http.Request) {
		var in struct {
			Role Role `json:"role"`
		}
		if !readControl(w, req, &in) {
			return
		}
		controlResult(w, s.SetRole(mux.Vars(req)["id"], in.Role))
	}).Methods(http.MethodPut)
	r.HandleFunc("/users/{id}/unanswered", func(w http.ResponseWriter, req *http.Request) {
		var in struct {
			Count int    `json:"count"`
			Type  string `json:"type"` // "red" (default) or "grey"
		}
		if !readControl(w, req, &in) {
			return
		}
		if in.Type != "" && in.Type != "red" && in.Type != "grey" {
			controlResult(w, fmt.Errorf("type %q: want red or grey", in.Type))
			return
		}
		controlResult(w, s.SetUnanswered(mux.Vars(req)["id"], in.Count, in.Type != "grey"))
	}).Methods(http.MethodPut)
	r.HandleFunc("/incoming", func(w http.ResponseWriter, req *http.Request) {
		var in struct {
			ChatType string `json:"chatType"`
			ChatID   string `json:"chatId"`
		}
		if !readControl(w, req, &in) {
			return
		}
		user, err := s.Incoming(in.ChatType, in.ChatID)
		if err != nil {
			controlResult(w, err)
			return
		}
		writeJSON(w, http.StatusOK, map[string]string{"responsibleUserId": user})
	}).Methods(http.MethodPost)
	r.HandleFunc("/faults", func(w http.ResponseWriter, req *http.Request) {
		var in struct {
			Fault
			DelayMs int64 `json:"delayMs"`
		}
		if !readControl(w, req, &in) {
			return
		}
		f := in.Fault
		f.Delay = time.Duration(in.DelayMs) * time.Millisecond
		controlResult(w, s.InjectFault(f))
	}).Methods(http.MethodPost)
	r.HandleFunc("/faults", func(w http.ResponseWriter, _ *http.Request) {
		s.ClearFaults()
		w.WriteHeader(http.StatusNoContent)
	}).Methods(http.MethodDelete)
	r.HandleFunc("/seed", func(w http.ResponseWriter, req *http.Request) {
		var in struct {
			Users    []User    `json:"users"`
			Contacts []Contact `json:"contacts"`
			Deals    []Deal    `json:"deals"`
		}
		if !readControl(w, req, &in) {
			return
		}
		s.Seed(in.Users, in.Contacts, in.Deals)
		w.WriteHeader(http.StatusNoContent)
	}).Methods(http.MethodPost)
}

// readControl decodes a control request's JSON body strictly.
func readControl(w http.ResponseWriter, req *http.Request, v any) bool {
	dec := json.NewDecoder(http.MaxBytesReader(w, req.Body, maxBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": fmt.Sprintf("%s %s: %v", req.Method, req.URL.Path, err)})
		return false
	}
	return true
}

func controlResult(w http.ResponseWriter, err error) {
	if err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
