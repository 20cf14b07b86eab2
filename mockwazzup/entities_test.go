package mockwazzup

import (
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
	"strings"
	"testing"
)

// badItems reads INVALID_*_DATA's data as index → fields.
func badItems(t *testing.T, r reply) map[int][]string {
	t.Helper()
	var body struct {
		Data json.RawMessage `json:"data"`
	}
	r.json(t, &body)
	out := map[int][]string{}
	var items []itemError
	if len(body.Data) > 0 && body.Data[0] == '[' {
		if err := json.Unmarshal(body.Data, &items); err != nil {
			t.Fatalf("data %s: %v", body.Data, err)
		}
	}
	for _, e := range items {
		out[e.Index] = e.Fields
	}
	return out
}

func users(n int) []User {
	out := make([]User, n)
	for i := range out {
		out[i] = User{ID: fmt.Sprintf("u%04d", i), Name: fmt.Sprintf("Сотрудник %04d", i)}
	}
	return out
}

func TestUsersRejectedByContract(t *testing.T) {
	long := strings.Repeat("я", 65)
	cases := []struct {
		name   string
		body   string
		code   string
		fields map[int][]string
	}{
		{"missing name", `[{"id":"u1"}]`, "INVALID_USERS_DATA", map[int][]string{0: {"name"}}},
		{"id longer than 64", `[{"id":"ok","name":"А"},{"id":"` + long + `","name":"Б"}]`, "INVALID_USERS_DATA", map[int][]string{1: {"id"}}},
		{"name longer than 200", `[{"id":"u1","name":"` + strings.Repeat("б", 201) + `"}]`, "INVALID_USERS_DATA", map[int][]string{0: {"name"}}},
		{"empty id", `[{"id":"","name":"А"}]`, "INVALID_USERS_DATA", map[int][]string{0: {"id"}}},
		{"unknown field", `[{"id":"u1","name":"А","email":"a@b.c"}]`, "INVALID_USERS_DATA", map[int][]string{0: {"email"}}},
		{"id is a number", `[{"id":12,"name":"А"}]`, "INVALID_USERS_DATA", map[int][]string{0: {"id"}}},
		{"object instead of array", `{"id":"u1","name":"А"}`, "INVALID_USERS_DATA", map[int][]string{}},
		{"not JSON", `[{"id":`, "INVALID_USERS_DATA", map[int][]string{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t, Options{})
			r := f.do("POST", "/v3/users", testKey, c.body)
			f.want(r, http.StatusBadRequest, c.code)
			if got := badItems(t, r); !reflect.DeepEqual(got, c.fields) {
				t.Errorf("data = %v, want %v (body %s)", got, c.fields, r.body)
			}
			if n := len(f.s.State().Users); n != 0 {
				t.Errorf("a rejected batch stored %d users", n)
			}
		})
	}
}

func TestUsersWazzupRules(t *testing.T) {
	t.Run("upsert by id, list sorted by name, get", func(t *testing.T) {
		f := newFixture(t, Options{})
		f.want(f.do("POST", "/v3/users", testKey, []User{{ID: "2", Name: "Яковлев"}, {ID: "1", Name: "Антонов", Phone: "79261234567"}}), 200, "")
		f.want(f.do("POST", "/v3/users", testKey, []User{{ID: "2", Name: "Борисов"}}), 200, "")
		var list []User
		r := f.do("GET", "/v3/users", testKey, nil)
		f.want(r, 200, "")
		r.json(t, &list)
		want := []User{{ID: "1", Name: "Антонов", Phone: "79261234567"}, {ID: "2", Name: "Борисов"}}
		if !reflect.DeepEqual(list, want) {
			t.Errorf("list = %+v, want %+v", list, want)
		}
		var one User
		r = f.do("GET", "/v3/users/1", testKey, nil)
		f.want(r, 200, "")
		r.json(t, &one)
		if one != want[0] {
			t.Errorf("get = %+v", one)
		}
	})
	t.Run("more than 100 is TOO_MANY_ENTITIES", func(t *testing.T) {
		f := newFixture(t, Options{})
		f.want(f.do("POST", "/v3/users", testKey, users(101)), 400, "TOO_MANY_ENTITIES")
		f.want(f.do("POST", "/v3/users", testKey, users(100)), 200, "")
	})
	t.Run("two items with one id is 500", func(t *testing.T) {
		f := newFixture(t, Options{})
		f.want(f.do("POST", "/v3/users", testKey, []User{{ID: "x", Name: "А"}, {ID: "x", Name: "Б"}}), 500, "")
		if n := len(f.s.State().Users); n != 0 {
			t.Errorf("stored %d users", n)
		}
	})
	t.Run("more than 1000 users is USER_LIMIT_EXCEEDED", func(t *testing.T) {
		f := newFixture(t, Options{})
		f.s.Seed(users(1000), nil, nil)
		f.want(f.do("POST", "/v3/users", testKey, []User{{ID: "u0001", Name: "Обновлён"}}), 200, "")
		f.want(f.do("POST", "/v3/users", testKey, []User{{ID: "new", Name: "Лишний"}}), 400, "USER_LIMIT_EXCEEDED")
	})
	t.Run("one phone for two users is DUPLICATE_PHONE_NUMBER", func(t *testing.T) {
		f := newFixture(t, Options{})
		f.want(f.do("POST", "/v3/users", testKey, []User{{ID: "a", Name: "А", Phone: "79260000001"}}), 200, "")
		r := f.do("POST", "/v3/users", testKey, []User{{ID: "b", Name: "Б", Phone: "79260000001"}})
		f.want(r, 400, "DUPLICATE_PHONE_NUMBER")
		if got := badItems(t, r); !reflect.DeepEqual(got, map[int][]string{0: {"phone"}}) {
			t.Errorf("data = %v", got)
		}
		f.want(f.do("POST", "/v3/users", testKey, []User{{ID: "c", Name: "В", Phone: "79260000002"}, {ID: "d", Name: "Г", Phone: "79260000002"}}), 400, "DUPLICATE_PHONE_NUMBER")
		// A user may keep his own phone, and may hand it over in the same batch.
		f.want(f.do("POST", "/v3/users", testKey, []User{{ID: "a", Name: "А2", Phone: "79260000001"}}), 200, "")
		f.want(f.do("POST", "/v3/users", testKey, []User{{ID: "a", Name: "А", Phone: "79260000009"}, {ID: "b", Name: "Б", Phone: "79260000001"}}), 200, "")
	})
	t.Run("an invalid phone is silently dropped", func(t *testing.T) {
		f := newFixture(t, Options{})
		f.want(f.do("POST", "/v3/users", testKey, []User{{ID: "a", Name: "А", Phone: "+7 (926) 123-45-67"}}), 200, "")
		if u := f.s.State().Users[0]; u.Phone != "" {
			t.Errorf("phone kept: %q", u.Phone)
		}
	})
	t.Run("delete, bulk delete and 404", func(t *testing.T) {
		f := newFixture(t, Options{})
		f.s.Seed(users(3), nil, nil)
		f.want(f.do("GET", "/v3/users/nobody", testKey, nil), 404, "")
		f.want(f.do("DELETE", "/v3/users/nobody", testKey, nil), 404, "")
		f.want(f.do("DELETE", "/v3/users/u0000", testKey, nil), 200, "")
		r := f.do("PATCH", "/v3/users/bulk_delete", testKey, []string{"u0001", "ghost", "u0002"})
		f.want(r, 200, "")
		var unknown []string
		r.json(t, &unknown)
		if !reflect.DeepEqual(unknown, []string{"ghost"}) {
			t.Errorf("bulk_delete answered %v, want [ghost]", unknown)
		}
		if n := len(f.s.State().Users); n != 0 {
			t.Errorf("%d users left", n)
		}
	})
	t.Run("ids are percent-decoded", func(t *testing.T) {
		f := newFixture(t, Options{})
		f.s.Seed([]User{{ID: "ЗП 1/2", Name: "Слэш"}}, nil, nil)
		f.want(f.do("GET", "/v3/users/%D0%97%D0%9F%201%2F2", testKey, nil), 200, "")
	})
}

func contact(id, user string, chats ...Chat) Contact {
	return Contact{ID: id, ResponsibleUserID: user, Name: "Клиент " + id, ContactData: chats}
}

func wa(phone string) Chat { return Chat{ChatType: "whatsapp", ChatID: phone} }

func TestContacts(t *testing.T) {
	cases := []struct {
		name   string
		body   string
		status int
		code   string
		fields map[int][]string
	}{
		{"whatsapp digits", `[{"id":"c1","responsibleUserId":"u1","name":"Ромашка","contactData":[{"chatType":"whatsapp","chatId":"79011112233"}],"uri":"https://1c.example/c1"}]`, 200, "", nil},
		{"telegram by username", `[{"id":"c1","responsibleUserId":"u1","name":"Р","contactData":[{"chatType":"telegram","username":"romashka"}]}]`, 200, "", nil},
		{"telegram by phone", `[{"id":"c1","responsibleUserId":"u1","name":"Р","contactData":[{"chatType":"telegram","phone":"79011112233"}]}]`, 200, "", nil},
		{"whatsapp with plus", `[{"id":"c1","responsibleUserId":"u1","name":"Р","contactData":[{"chatType":"whatsapp","chatId":"+79011112233"}]}]`, 400, "INVALID_CONTACTS_DATA", map[int][]string{0: {"contactData.0.chatId"}}},
		{"viber with spaces", `[{"id":"c1","responsibleUserId":"u1","name":"Р","contactData":[{"chatType":"whatsapp","chatId":"79011112233"},{"chatType":"viber","chatId":"7 901"}]}]`, 400, "INVALID_CONTACTS_DATA", map[int][]string{0: {"contactData.1.chatId"}}},
		{"vk without chatId", `[{"id":"c1","responsibleUserId":"u1","name":"Р","contactData":[{"chatType":"vk","username":"x"}]}]`, 400, "INVALID_CONTACTS_DATA", map[int][]string{0: {"contactData.0.chatId"}}},
		{"unknown chatType", `[{"id":"c1","responsibleUserId":"u1","name":"Р","contactData":[{"chatType":"icq","chatId":"1"}]}]`, 400, "INVALID_CONTACTS_DATA", map[int][]string{0: {"contactData.0.chatType"}}},
		{"empty contactData", `[{"id":"c1","responsibleUserId":"u1","name":"Р","contactData":[]}]`, 400, "INVALID_CONTACTS_DATA", map[int][]string{0: {"contactData"}}},
		{"missing responsible", `[{"id":"c1","name":"Р","contactData":[{"chatType":"whatsapp","chatId":"7901"}]}]`, 400, "INVALID_CONTACTS_DATA", map[int][]string{0: {"responsibleUserId"}}},
		{"unknown responsible", `[{"id":"c1","responsibleUserId":"nobody","name":"Р","contactData":[{"chatType":"whatsapp","chatId":"7901"}]}]`, 400, "INVALID_CONTACTS_DATA", map[int][]string{0: {"responsibleUserId"}}},
		{"uri longer than 200", `[{"id":"c1","responsibleUserId":"u1","name":"Р","contactData":[{"chatType":"whatsapp","chatId":"7901"}],"uri":"` + strings.Repeat("x", 201) + `"}]`, 400, "INVALID_CONTACTS_DATA", map[int][]string{0: {"uri"}}},
		{"name on a contact chat", `[{"id":"c1","responsibleUserId":"u1","name":"Р","contactData":[{"chatType":"whatsapp","chatId":"7901","name":"x"}]}]`, 400, "INVALID_CONTACTS_DATA", map[int][]string{0: {"contactData.0.name"}}},
		{"duplicate ids", `[{"id":"c1","responsibleUserId":"u1","name":"Р","contactData":[{"chatType":"whatsapp","chatId":"7901"}]},{"id":"c1","responsibleUserId":"u1","name":"Р","contactData":[{"chatType":"whatsapp","chatId":"7901"}]}]`, 500, "", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t, Options{})
			f.s.Seed([]User{{ID: "u1", Name: "Менеджер"}}, nil, nil)
			r := f.do("POST", "/v3/contacts", testKey, c.body)
			f.want(r, c.status, c.code)
			if c.fields != nil {
				if got := badItems(t, r); !reflect.DeepEqual(got, c.fields) {
					t.Errorf("data = %v, want %v (body %s)", got, c.fields, r.body)
				}
			}
			stored := len(f.s.State().Contacts)
			if (c.status == 200) != (stored == 1) {
				t.Errorf("status %d but %d contacts stored", r.status, stored)
			}
		})
	}
}

func TestContactsPagingAndDeletion(t *testing.T) {
	f := newFixture(t, Options{})
	f.s.Seed([]User{{ID: "u1", Name: "М"}}, nil, nil)
	for b := 0; b < 3; b++ {
		batch := make([]Contact, 0, 100)
		for i := range 100 {
			if n := b*100 + i; n < 250 {
				batch = append(batch, contact(fmt.Sprintf("c%03d", 249-n), "u1", wa("7900"+fmt.Sprint(n))))
			}
		}
		f.want(f.do("POST", "/v3/contacts", testKey, batch), 200, "")
	}
	for _, p := range []struct {
		offset      string
		first, last string
		n           int
	}{{"", "c000", "c099", 100}, {"?offset=100", "c100", "c199", 100}, {"?offset=200", "c200", "c249", 50}, {"?offset=250", "", "", 0}} {
		var pg struct {
			Count int       `json:"count"`
			Data  []Contact `json:"data"`
		}
		r := f.do("GET", "/v3/contacts"+p.offset, testKey, nil)
		f.want(r, 200, "")
		r.json(t, &pg)
		if pg.Count != 250 || len(pg.Data) != p.n {
			t.Fatalf("offset %q: count %d, %d items", p.offset, pg.Count, len(pg.Data))
		}
		if p.n > 0 && (pg.Data[0].ID != p.first || pg.Data[p.n-1].ID != p.last) {
			t.Errorf("offset %q: %s…%s, want %s…%s", p.offset, pg.Data[0].ID, pg.Data[p.n-1].ID, p.first, p.last)
		}
	}
	f.want(f.do("GET", "/v3/contacts?offset=x", testKey, nil), 400, "INVALID_CONTACTS_DATA")
	f.want(f.do("GET", "/v3/contacts/c007", testKey, nil), 200, "")
	f.want(f.do("DELETE", "/v3/contacts/c007", testKey, nil), 200, "")
	f.want(f.do("GET", "/v3/contacts/c007", testKey, nil), 404, "")
	ids := make([]string, 101)
	for i := range ids {
		ids[i] = fmt.Sprintf("c%03d", i)
	}
	f.want(f.do("PATCH", "/v3/contacts/bulk_delete", testKey, ids), 400, "TOO_MANY_ENTITIES")
	r := f.do("PATCH", "/v3/contacts/bulk_delete", testKey, ids[:100])
	f.want(r, 200, "")
	var unknown []string
	r.json(t, &unknown)
	if !reflect.DeepEqual(unknown, []string{"c007"}) {
		t.Errorf("unknown = %v", unknown)
	}
	if n := len(f.s.State().Contacts); n != 150 {
		t.Errorf("%d contacts left, want 150", n)
	}
}

func TestDeals(t *testing.T) {
	deal := func(mod func(m map[string]any)) string {
		m := map[string]any{"id": "ЗП-000123", "responsibleUserId": "u1", "name": "Заказ покупателя № 123",
			"uri": "https://1c.example/unf/#e1cib/data/Документ.ЗаказПокупателя", "contacts": []string{"c1"}, "closed": false}
		if mod != nil {
			mod(m)
		}
		b, _ := json.Marshal([]any{m})
		return string(b)
	}
	cases := []struct {
		name   string
		body   string
		status int
		code   string
		fields []string
	}{
		{"valid", deal(nil), 200, "", nil},
		{"closed, no contacts", deal(func(m map[string]any) { m["closed"] = true; m["contacts"] = []string{} }), 200, "", nil},
		{"link instead of uri", deal(func(m map[string]any) { m["link"] = m["uri"]; delete(m, "uri") }), 400, "INVALID_DEALS_DATA", []string{"uri", "link"}},
		{"closed as a string", deal(func(m map[string]any) { m["closed"] = "false" }), 400, "INVALID_DEALS_DATA", []string{"closed"}},
		{"numeric id", deal(func(m map[string]any) { m["id"] = 123 }), 400, "INVALID_DEALS_DATA", []string{"id"}},
		{"unknown contact", deal(func(m map[string]any) { m["contacts"] = []string{"c1", "ghost"} }), 400, "INVALID_DEALS_DATA", []string{"contacts.1"}},
		{"unknown responsible", deal(func(m map[string]any) { m["responsibleUserId"] = "ghost" }), 400, "INVALID_DEALS_DATA", []string{"responsibleUserId"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t, Options{})
			f.s.Seed([]User{{ID: "u1", Name: "М"}}, []Contact{contact("c1", "u1", wa("79011112233"))}, nil)
			r := f.do("POST", "/v3/deals", testKey, c.body)
			f.want(r, c.status, c.code)
			if c.fields != nil {
				got := badItems(t, r)[0]
				for _, want := range c.fields {
					if !strings.Contains(strings.Join(got, ","), want) {
						t.Errorf("fields %v lack %q (body %s)", got, want, r.body)
					}
				}
			}
		})
	}
	f := newFixture(t, Options{})
	f.s.Seed([]User{{ID: "u1", Name: "М"}}, []Contact{contact("c1", "u1", wa("79011112233"))}, nil)
	f.want(f.do("POST", "/v3/deals", testKey, deal(nil)), 200, "")
	var got Deal
	r := f.do("GET", "/v3/deals/%D0%97%D0%9F-000123", testKey, nil)
	f.want(r, 200, "")
	r.json(t, &got)
	if got.Name != "Заказ покупателя № 123" || got.Closed || !reflect.DeepEqual(got.Contacts, []string{"c1"}) {
		t.Errorf("deal = %+v", got)
	}
	var pg struct {
		Count int    `json:"count"`
		Data  []Deal `json:"data"`
	}
	r = f.do("GET", "/v3/deals", testKey, nil)
	r.json(t, &pg)
	if pg.Count != 1 || len(pg.Data) != 1 {
		t.Errorf("page = %+v", pg)
	}
	r = f.do("PATCH", "/v3/deals/bulk_delete", testKey, []string{"ЗП-000123", "x"})
	var unknown []string
	r.json(t, &unknown)
	if !reflect.DeepEqual(unknown, []string{"x"}) {
		t.Errorf("unknown = %v", unknown)
	}
	f.want(f.do("DELETE", "/v3/deals/x", testKey, nil), 404, "")
}
