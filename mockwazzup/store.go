package mockwazzup

import (
	"cmp"
	"slices"
	"time"
)

// User is a CRM employee as Wazzup stores it (POST /v3/users).
type User struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Phone string `json:"phone,omitempty"`
}

// Chat is one messenger chat: of a contact (contactData) or of a card
// window's filter.
type Chat struct {
	ChatType string `json:"chatType"`
	ChatID   string `json:"chatId,omitempty"`
	Username string `json:"username,omitempty"`
	Phone    string `json:"phone,omitempty"`
	Name     string `json:"name,omitempty"` // iframe filter only
}

// Contact is a client linked to a responsible user (POST /v3/contacts).
type Contact struct {
	ID                string `json:"id"`
	ResponsibleUserID string `json:"responsibleUserId"`
	Name              string `json:"name"`
	ContactData       []Chat `json:"contactData"`
	URI               string `json:"uri,omitempty"`
}

// Deal groups contacts under a responsible user (POST /v3/deals).
type Deal struct {
	ID                string   `json:"id"`
	ResponsibleUserID string   `json:"responsibleUserId"`
	Name              string   `json:"name"`
	URI               string   `json:"uri"`
	Contacts          []string `json:"contacts"`
	Closed            bool     `json:"closed"`
}

// Channel is a messenger channel of the account (GET /v3/channels).
type Channel struct {
	ChannelID string `json:"channelId"`
	Transport string `json:"transport"`
	PlainID   string `json:"plainId"`
	State     string `json:"state"`
	Name      string `json:"name,omitempty"`
}

// Role is what an administrator grants a user in Wazzup's integration
// settings («Интеграция с CRM», step 1). It decides what the user sees in
// the chat window and in the unanswered counter. Creating a user through the
// API grants no role.
type Role string

// The roles. Wazzup's UI names: Менеджер / Sales rep (RoleSeller),
// Руководитель / Manager (RoleManager), Контроль качества / Quality control
// (RoleQuality).
const (
	RoleNone    Role = ""
	RoleSeller  Role = "seller"
	RoleManager Role = "manager"
	RoleQuality Role = "quality"
)

// valid reports whether r is one of the roles above.
func (r Role) valid() bool {
	switch r {
	case RoleNone, RoleSeller, RoleManager, RoleQuality:
		return true
	}
	return false
}

// supervises reports whether the role sees other users' chats (grey counters).
func (r Role) supervises() bool { return r == RoleManager || r == RoleQuality }

// Counter is GET /v3/unanswered/{userId}'s answer as Go values.
type Counter struct {
	Count int
	// Type is "red", "grey" or "" (null).
	Type string
	// LastMsg is the latest unanswered message; zero when there is none.
	LastMsg time.Time
}

// unanswered is one client message waiting for an answer.
type unanswered struct {
	at  time.Time
	red bool // the user is responsible (red) or only supervises (grey)
}

// counterWindow is how far back the REST counter looks (wazzup-api.md §6.1:
// "count of client messages from the last 7 days").
const counterWindow = 7 * 24 * time.Hour

// iframeSession is what a chat-window token opens.
type iframeSession struct {
	UserID     string
	UserName   string
	Scope      string
	Filter     []Chat
	ActiveChat *Chat
	Expires    time.Time
}

// state is the account's data. It is guarded by Server.mu.
type state struct {
	users      map[string]*User
	contacts   map[string]*Contact
	deals      map[string]*Deal
	roles      map[string]Role
	unanswered map[string][]unanswered
	tokens     map[string]*iframeSession
}

func newState() *state {
	return &state{
		users:      map[string]*User{},
		contacts:   map[string]*Contact{},
		deals:      map[string]*Deal{},
		roles:      map[string]Role{},
		unanswered: map[string][]unanswered{},
		tokens:     map[string]*iframeSession{},
	}
}

// sortedUsers lists users by name, then id (GET /v3/users is sorted by name).
func (st *state) sortedUsers() []User {
	out := make([]User, 0, len(st.users))
	for _, u := range st.users {
		out = append(out, *u)
	}
	slices.SortFunc(out, func(a, b User) int {
		return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
	})
	return out
}

// sortedContacts lists contacts by id (the order of GET /v3/contacts pages).
func (st *state) sortedContacts() []Contact {
	out := make([]Contact, 0, len(st.contacts))
	for _, c := range st.contacts {
		out = append(out, cloneContact(c))
	}
	slices.SortFunc(out, func(a, b Contact) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// sortedDeals lists deals by id.
func (st *state) sortedDeals() []Deal {
	out := make([]Deal, 0, len(st.deals))
	for _, d := range st.deals {
		out = append(out, cloneDeal(d))
	}
	slices.SortFunc(out, func(a, b Deal) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// counter computes a user's counter at now.
func (st *state) counter(userID string, now time.Time) Counter {
	if st.roles[userID] == RoleNone {
		return Counter{}
	}
	var c Counter
	red := false
	for _, m := range st.unanswered[userID] {
		if m.at.After(now) || now.Sub(m.at) > counterWindow {
			continue
		}
		c.Count++
		red = red || m.red
		if m.at.After(c.LastMsg) {
			c.LastMsg = m.at
		}
	}
	switch {
	case c.Count == 0:
	case red:
		c.Type = "red"
	default:
		c.Type = "grey"
	}
	return c
}

// chatsOf lists the chats a user sees in the global chat window: for a
// seller the chats of contacts and of deals' contacts he is responsible for;
// for a manager or quality controller every contact's chats; for a user
// without a role nothing.
func (st *state) chatsOf(userID string) []chatView {
	role := st.roles[userID]
	if role == RoleNone {
		return nil
	}
	seen := map[string]bool{}
	var out []chatView
	add := func(c *Contact, via string) {
		for _, ch := range c.ContactData {
			k := ch.ChatType + "\x00" + ch.ChatID + "\x00" + ch.Username + "\x00" + ch.Phone
			if seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, chatView{Chat: ch, Name: c.Name, ContactID: c.ID, Via: via})
		}
	}
	for _, c := range st.sortedContacts() {
		if role.supervises() || c.ResponsibleUserID == userID {
			add(&c, "contact")
		}
	}
	for _, d := range st.sortedDeals() {
		if role.supervises() || d.ResponsibleUserID != userID {
			continue
		}
		for _, id := range d.Contacts {
			if c := st.contacts[id]; c != nil {
				add(c, "deal:"+d.ID)
			}
		}
	}
	return out
}

// chatView is one chat as the chat page shows it.
type chatView struct {
	Chat
	Name      string // the contact's name, or the filter item's name, or chatId
	ContactID string // "" when the chat belongs to no known contact
	Via       string // "contact", "deal:<id>" or "filter"
}

func cloneContact(c *Contact) Contact {
	out := *c
	out.ContactData = slices.Clone(c.ContactData)
	return out
}

func cloneDeal(d *Deal) Deal {
	out := *d
	out.Contacts = slices.Clone(d.Contacts)
	if out.Contacts == nil {
		out.Contacts = []string{}
	}
	return out
}
