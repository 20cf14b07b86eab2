package mockwazzup

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// sampleRequest gives, for every contract operation, a request that would
// succeed with a good key on a seeded account.
func sampleRequest(method, path string) (string, any) {
	p := strings.NewReplacer("{id}", "u1", "{userId}", "u1").Replace(path)
	switch {
	case method == "POST" && path == "/v3/iframe":
		return p, `{"user":{"id":"u1","name":"М"},"scope":"global"}`
	case method == "POST" && path == "/v3/users":
		return p, []User{{ID: "u2", Name: "Н"}}
	case method == "POST" && path == "/v3/contacts":
		return p, []Contact{contact("c2", "u1", wa("79000000002"))}
	case method == "POST" && path == "/v3/deals":
		return p, []Deal{{ID: "d2", ResponsibleUserID: "u1", Name: "Д", URI: "https://x/d2", Contacts: []string{}}}
	case method == "PATCH":
		return p, []string{"u1"}
	}
	return p, nil
}

func seeded(f *fixture) {
	f.s.Seed([]User{{ID: "u1", Name: "Менеджер"}}, []Contact{contact("u1", "u1", wa("79000000001"))},
		[]Deal{{ID: "u1", ResponsibleUserID: "u1", Name: "Д", URI: "https://x/u1", Contacts: []string{"u1"}}})
}

// TestKeys runs every contract operation with no key, a wrong key, the
// sidecar key and the API key.
func TestKeys(t *testing.T) {
	f := newFixture(t, Options{})
	ops := 0
	for _, path := range f.s.Contract().Paths.InMatchingOrder() {
		for method := range f.s.Contract().Paths.Value(path).Operations() {
			ops++
			t.Run(method+" "+path, func(t *testing.T) {
				seeded(f)
				p, body := sampleRequest(method, path)
				f.want(f.do(method, p, "", body), 401, "")
				f.want(f.do(method, p, "wrong-key", body), 401, "")
				r := f.do(method, p, testSidecar, body)
				if path == "/v3/channels" {
					f.want(r, 200, "")
				} else {
					f.want(r, 403, "FORBIDDEN")
					if string(r.body) != `{"error":"FORBIDDEN"}` {
						t.Errorf("403 body %s, want exactly {\"error\":\"FORBIDDEN\"} as seen live", r.body)
					}
				}
				f.want(f.do(method, p, testKey, body), 200, "")
			})
		}
	}
	if ops != 18 {
		t.Errorf("%d operations in the contract, the test expects 18", ops)
	}
	f.want(f.do("GET", "/v3/messages", testKey, nil), 404, "")
	for _, e := range f.s.Journal() {
		if strings.Contains(e.Body+e.Path+e.Query, testKey) {
			t.Fatalf("journal holds the key: %+v", e)
		}
	}
	if _, err := New(Options{APIKeys: []string{"k"}, SidecarKeys: []string{"k"}}); err == nil || strings.Contains(err.Error(), `"k"`) {
		t.Errorf("a key both API and sidecar: err = %v (must fail without showing the key)", err)
	}
}

func TestRateLimit(t *testing.T) {
	const other = "second-key"
	f := newFixture(t, Options{APIKeys: []string{testKey, other}})
	seeded(f)
	for i := range DefaultRateLimit {
		if r := f.do("GET", "/v3/unanswered/u1", testKey, nil); r.status != 200 {
			t.Fatalf("request %d: %d", i+1, r.status)
		}
	}
	f.want(f.do("GET", "/v3/unanswered/u1", testKey, nil), 429, "")
	f.want(f.do("GET", "/v3/channels", testKey, nil), 429, "")
	f.want(f.do("GET", "/v3/unanswered/u1", other, nil), 200, "") // per key
	f.clk.Advance(DefaultRateWindow - time.Millisecond)
	f.want(f.do("GET", "/v3/unanswered/u1", testKey, nil), 429, "")
	f.clk.Advance(time.Millisecond)
	f.want(f.do("GET", "/v3/unanswered/u1", testKey, nil), 200, "")

	off := newFixture(t, Options{RateLimit: -1})
	seeded(off)
	for range DefaultRateLimit + 10 {
		off.want(off.do("GET", "/v3/channels", testKey, nil), 200, "")
	}
}

func TestUnanswered(t *testing.T) {
	f := newFixture(t, Options{})
	f.s.Seed([]User{{ID: "u1", Name: "Продавец"}, {ID: "boss", Name: "Руководитель"}, {ID: "idle", Name: "Без роли"}},
		[]Contact{contact("c1", "u1", wa("79011112233"))}, nil)
	read := func(id string) unansweredBody {
		t.Helper()
		var b unansweredBody
		r := f.do("GET", "/v3/unanswered/"+id, testKey, nil)
		f.want(r, 200, "")
		r.json(t, &b)
		return b
	}
	str := func(p *string) string {
		if p == nil {
			return "null"
		}
		return *p
	}
	if b := read("u1"); b.CounterV2 != 0 || b.Type != nil || b.LastMsgDateTime != nil {
		t.Errorf("fresh user: %+v", b)
	}
	if err := f.s.SetRole("u1", RoleSeller); err != nil {
		t.Fatal(err)
	}
	if err := f.s.SetRole("boss", RoleManager); err != nil {
		t.Fatal(err)
	}
	if err := f.s.SetRole("x", "admin"); err == nil {
		t.Error("unknown role accepted")
	}
	f.clk.Advance(time.Minute)
	if _, err := f.s.Incoming("whatsapp", "79011112233"); err != nil {
		t.Fatal(err)
	}
	f.clk.Advance(time.Minute)
	if _, err := f.s.Incoming("whatsapp", "79011112233"); err != nil {
		t.Fatal(err)
	}
	if _, err := f.s.Incoming("whatsapp", "70000000000"); err == nil {
		t.Error("a message to an unknown chat was accepted")
	}
	b := read("u1")
	if b.CounterV2 != 2 || str(b.Type) != "red" || str(b.LastMsgDateTime) != "2026-11-23T09:02:00.000Z" {
		t.Errorf("seller: %d %s %s", b.CounterV2, str(b.Type), str(b.LastMsgDateTime))
	}
	if b := read("boss"); b.CounterV2 != 2 || str(b.Type) != "grey" {
		t.Errorf("manager: %d %s", b.CounterV2, str(b.Type))
	}
	if err := f.s.SetUnanswered("idle", 5, true); err != nil {
		t.Fatal(err)
	}
	if b := read("idle"); b.CounterV2 != 0 || b.Type != nil {
		t.Errorf("a user without a role reads %+v, want 0", b)
	}
	f.clk.Advance(7 * 24 * time.Hour) // the first message is now 7 days + 1 min old, the second exactly 7 days
	if b := read("u1"); b.CounterV2 != 1 {
		t.Errorf("after 7 days: %d, want 1 (only the last 7 days count)", b.CounterV2)
	}
	if err := f.s.SetUnanswered("u1", 0, true); err != nil {
		t.Fatal(err)
	}
	if b := read("u1"); b.CounterV2 != 0 || b.Type != nil || b.LastMsgDateTime != nil {
		t.Errorf("cleared: %+v", b)
	}
	f.want(f.do("GET", "/v3/unanswered/ghost", testKey, nil), 404, "")
}

var tokenURL = regexp.MustCompile(`^http://wazzup\.test/app/chat\?token=[0-9a-f]{32}$`)

func (f *fixture) iframe(body string) string {
	f.t.Helper()
	var out struct {
		URL string `json:"url"`
	}
	r := f.do("POST", "/v3/iframe", testKey, body)
	f.want(r, 200, "")
	r.json(f.t, &out)
	if !tokenURL.MatchString(out.URL) {
		f.t.Fatalf("url %q", out.URL)
	}
	return out.URL
}

func (f *fixture) page(u string) (int, string) {
	f.t.Helper()
	res, err := f.client.Get(u)
	if err != nil {
		f.t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

func TestIframe(t *testing.T) {
	f := newFixture(t, Options{TokenTTL: 10 * time.Minute})
	f.s.Seed([]User{{ID: "u1", Name: "Иванов"}, {ID: "u2", Name: "Петров"}},
		[]Contact{
			contact("c1", "u1", wa("79011112233"), Chat{ChatType: "telegram", ChatID: "123456"}),
			contact("c2", "u2", wa("79022223344")),
			contact("c3", "u2", wa("79033334455")),
		},
		[]Deal{{ID: "d1", ResponsibleUserID: "u1", Name: "Заказ", URI: "https://x", Contacts: []string{"c3"}}})

	t.Run("global scope without a role shows nothing", func(t *testing.T) {
		status, html := f.page(f.iframe(`{"user":{"id":"u1","name":"Иванов И.И."},"scope":"global"}`))
		if status != 200 || !strings.Contains(html, `data-count="0"`) || !strings.Contains(html, `id="wz-empty"`) {
			t.Errorf("%d %s", status, html)
		}
	})
	t.Run("global scope shows the seller's contacts and deals", func(t *testing.T) {
		_ = f.s.SetRole("u1", RoleSeller)
		_, html := f.page(f.iframe(`{"user":{"id":"u1","name":"Иванов И.И."},"scope":"global"}`))
		for _, want := range []string{`data-user-id="u1"`, `data-scope="global"`, `data-count="3"`,
			`data-chat-type="whatsapp" data-chat-id="79011112233" data-name="Клиент c1"`,
			`data-chat-type="telegram" data-chat-id="123456"`, `data-chat-id="79033334455"`, `<span id="wz-user">Иванов И.И.</span>`} {
			if !strings.Contains(html, want) {
				t.Errorf("page lacks %s:\n%s", want, html)
			}
		}
		if strings.Contains(html, "79022223344") {
			t.Error("page shows another user's contact")
		}
	})
	t.Run("card scope shows the filter", func(t *testing.T) {
		_, html := f.page(f.iframe(`{"user":{"id":"u2","name":"Петров"},"scope":"card",
			"filter":[{"chatType":"whatsapp","chatId":"79011112233"},{"chatType":"whatsapp","chatId":"79999999999","name":"Новый клиент"},{"chatType":"vk","chatId":"42"}],
			"activeChat":{"chatType":"whatsapp","chatId":"79999999999"}}`))
		for _, want := range []string{`data-scope="card"`, `data-count="3"`,
			`data-chat-id="79011112233" data-name="Клиент c1" data-active="false" data-contact-id="c1"`,
			`data-chat-id="79999999999" data-name="Новый клиент" data-active="true"`,
			`data-chat-type="vk" data-chat-id="42" data-name="42"`} {
			if !strings.Contains(html, want) {
				t.Errorf("page lacks %s:\n%s", want, html)
			}
		}
	})
	t.Run("errors", func(t *testing.T) {
		for _, c := range []struct{ name, body, code string }{
			{"card without filter", `{"user":{"id":"u1","name":"И"},"scope":"card"}`, "INVALID_IFRAME_DATA"},
			{"unknown user", `{"user":{"id":"ghost","name":"И"},"scope":"global"}`, "INVALID_USER"},
			{"user without name", `{"user":{"id":"u1"},"scope":"global"}`, "INVALID_USER"},
			{"bad scope", `{"user":{"id":"u1","name":"И"},"scope":"all"}`, "INVALID_IFRAME_DATA"},
			{"filter chatId with plus", `{"user":{"id":"u1","name":"И"},"scope":"card","filter":[{"chatType":"whatsapp","chatId":"+7901"}]}`, "INVALID_IFRAME_DATA"},
		} {
			r := f.do("POST", "/v3/iframe", testKey, c.body)
			f.want(r, 400, c.code)
			if !strings.HasPrefix(string(r.body), `{"error":{"code":`) {
				t.Errorf("%s: not the nested shape: %s", c.name, r.body)
			}
		}
	})
	t.Run("tokens expire", func(t *testing.T) {
		u := f.iframe(`{"user":{"id":"u1","name":"И"},"scope":"global"}`)
		f.clk.Advance(10*time.Minute - time.Second)
		if status, _ := f.page(u); status != 200 {
			t.Errorf("before expiry: %d", status)
		}
		f.clk.Advance(time.Second)
		status, html := f.page(u)
		if status != 401 || !strings.Contains(html, `data-reason="expired"`) {
			t.Errorf("after expiry: %d %s", status, html)
		}
		status, html = f.page("http://wazzup.test/app/chat?token=" + strings.Repeat("0", 32))
		if status != 401 || !strings.Contains(html, `data-reason="unknown"`) {
			t.Errorf("unknown token: %d", status)
		}
		if status, _ := f.page("http://wazzup.test/app/chat"); status != 401 {
			t.Errorf("no token: %d", status)
		}
	})
	t.Run("PublicURL", func(t *testing.T) {
		g := newFixture(t, Options{PublicURL: "https://chat.example/"})
		seeded(g)
		r := g.do("POST", "/v3/iframe", testKey, `{"user":{"id":"u1","name":"И"},"scope":"global"}`)
		if !strings.Contains(string(r.body), `"url":"https://chat.example/app/chat?token=`) {
			t.Errorf("%s", r.body)
		}
	})
}

func TestFaults(t *testing.T) {
	t.Run("status for the next N requests", func(t *testing.T) {
		f := newFixture(t, Options{})
		seeded(f)
		if err := f.s.InjectFault(Fault{Route: "GET /v3/unanswered/{userId}", Status: 500, Times: 2}); err != nil {
			t.Fatal(err)
		}
		f.want(f.do("GET", "/v3/unanswered/u1", testKey, nil), 500, "INJECTED_FAULT")
		f.want(f.do("GET", "/v3/channels", testKey, nil), 200, "")
		f.want(f.do("GET", "/v3/unanswered/u1", testKey, nil), 500, "")
		f.want(f.do("GET", "/v3/unanswered/u1", testKey, nil), 200, "")
		_ = f.s.InjectFault(Fault{Route: "*", Status: 429, Times: 1})
		f.want(f.do("POST", "/v3/iframe", testKey, `{"user":{"id":"u1","name":"И"},"scope":"global"}`), 429, "")
		_ = f.s.InjectFault(Fault{Route: "POST /v3/iframe", Status: 400})
		f.want(f.do("POST", "/v3/iframe", testKey, `{"user":{"id":"u1","name":"И"},"scope":"global"}`), 400, "INJECTED_FAULT")
		f.want(f.do("POST", "/v3/iframe", testKey, `{"user":{"id":"u1","name":"И"},"scope":"global"}`), 400, "")
		f.s.ClearFaults()
		f.want(f.do("POST", "/v3/iframe", testKey, `{"user":{"id":"u1","name":"И"},"scope":"global"}`), 200, "")
	})
	t.Run("invalid faults are refused", func(t *testing.T) {
		f := newFixture(t, Options{})
		for _, bad := range []Fault{{}, {Route: "GET /v3/nothing", Status: 500}, {Route: "GET /v3/channels"},
			{Route: "GET /v3/channels", Status: 1000}, {Route: "GET /v3/channels", Status: 500, Probability: 2}} {
			if err := f.s.InjectFault(bad); err == nil {
				t.Errorf("%+v accepted", bad)
			}
		}
	})
	t.Run("dropped connection", func(t *testing.T) {
		f := newFixture(t, Options{})
		_ = f.s.InjectFault(Fault{Route: "GET /v3/channels", Drop: true, Times: 1})
		req, _ := http.NewRequest("GET", "http://wazzup.test/v3/channels", nil)
		req.Header.Set("Authorization", "Bearer "+testKey)
		_, err := f.client.Do(req)
		if !errors.Is(err, errDropped) {
			t.Fatalf("err = %v, want the dropped-connection error", err)
		}
		j := f.s.Journal()
		if len(j) != 1 || !j[0].Dropped || j[0].Status != 0 {
			t.Errorf("journal = %+v", j)
		}
		f.want(f.do("GET", "/v3/channels", testKey, nil), 200, "")
	})
	t.Run("delay follows the clock", func(t *testing.T) {
		f := newFixture(t, Options{})
		_ = f.s.InjectFault(Fault{Route: "GET /v3/channels", Delay: 30 * time.Second, Times: 1})
		var wg sync.WaitGroup
		var got reply
		wg.Add(1)
		go func() {
			defer wg.Done()
			req, _ := http.NewRequest("GET", "http://wazzup.test/v3/channels", nil)
			req.Header.Set("Authorization", "Bearer "+testKey)
			res, err := f.client.Do(req)
			if err != nil {
				t.Error(err)
				return
			}
			got.status = res.StatusCode
			res.Body.Close()
		}()
		for f.clk.Pending() == 0 {
			time.Sleep(time.Millisecond)
		}
		f.clk.Advance(29 * time.Second)
		if f.clk.Pending() != 1 {
			t.Fatal("the delayed answer came early")
		}
		f.clk.Advance(time.Second)
		wg.Wait()
		if got.status != 200 {
			t.Errorf("status %d", got.status)
		}
	})
	t.Run("probability is seeded", func(t *testing.T) {
		count := func(seed uint64) int {
			f := newFixture(t, Options{Seed: seed, RateLimit: -1})
			_ = f.s.InjectFault(Fault{Route: "GET /v3/channels", Status: 503, Probability: 0.3})
			n := 0
			for range 400 {
				req, _ := http.NewRequest("GET", "http://wazzup.test/v3/channels", nil)
				req.Header.Set("Authorization", "Bearer "+testKey)
				res, err := f.client.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				res.Body.Close()
				if res.StatusCode == 503 {
					n++
				}
			}
			return n
		}
		a, b := count(7), count(7)
		if a != b {
			t.Errorf("same seed, %d vs %d faults", a, b)
		}
		if a < 80 || a > 160 {
			t.Errorf("%d of 400 requests failed with p=0.3", a)
		}
	})
}

func TestJournalAndReset(t *testing.T) {
	f := newFixture(t, Options{JournalLimit: 3})
	seeded(f)
	f.do("POST", "/v3/users", testKey, `[{"id":"u9","name":"Я"}]`)
	f.do("GET", "/v3/users/u9", "", nil)
	f.do("GET", "/v3/contacts?offset=0", testKey, nil)
	f.do("GET", "/v3/channels", testKey, nil)
	j := f.s.Journal()
	if len(j) != 3 {
		t.Fatalf("journal keeps %d, want the limit 3", len(j))
	}
	want := []string{"GET /v3/users/u9 401", "GET /v3/contacts?offset=0 200", "GET /v3/channels 200"}
	for i, e := range j {
		got := fmt.Sprintf("%s %s%s %d", e.Method, e.Path, map[bool]string{true: "?" + e.Query}[e.Query != ""], e.Status)
		if got != want[i] || !e.Time.Equal(epoch) {
			t.Errorf("entry %d = %q at %v, want %q", i, got, e.Time, want[i])
		}
	}
	if j[1].Route != "GET /v3/contacts" {
		t.Errorf("route %q", j[1].Route)
	}
	f.s.Reset()
	if st := f.s.State(); len(st.Users)+len(st.Contacts)+len(st.Deals) != 0 || len(f.s.Journal()) != 0 {
		t.Errorf("reset left %+v", st)
	}
}

// TestControlHTTP drives the /_mock/ API as another process would.
func TestControlHTTP(t *testing.T) {
	f := newFixture(t, Options{})
	call := func(method, path, body string, want int) string {
		t.Helper()
		req, _ := http.NewRequest(method, "http://wazzup.test/_mock"+path, strings.NewReader(body))
		res, err := f.client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		if res.StatusCode != want {
			t.Fatalf("%s %s: %d %s, want %d", method, path, res.StatusCode, b, want)
		}
		return string(b)
	}
	call("POST", "/seed", `{"users":[{"id":"u1","name":"Иванов"}],"contacts":[{"id":"c1","responsibleUserId":"u1","name":"Ромашка","contactData":[{"chatType":"whatsapp","chatId":"79011112233"}]}]}`, 204)
	call("PUT", "/users/u1/role", `{"role":"seller"}`, 204)
	call("PUT", "/users/u1/role", `{"role":"king"}`, 400)
	call("POST", "/incoming", `{"chatType":"whatsapp","chatId":"79011112233"}`, 200)
	call("POST", "/incoming", `{"chatType":"whatsapp","chatId":"1"}`, 400)
	if c := f.s.Counter("u1"); c.Count != 1 || c.Type != "red" {
		t.Errorf("counter %+v", c)
	}
	call("PUT", "/users/u1/unanswered", `{"count":4,"type":"grey"}`, 204)
	if c := f.s.Counter("u1"); c.Count != 4 || c.Type != "grey" {
		t.Errorf("counter %+v", c)
	}
	call("PUT", "/users/u1/unanswered", `{"count":4,"colour":"grey"}`, 400)
	call("POST", "/faults", `{"route":"GET /v3/channels","status":500,"times":1,"delayMs":0}`, 204)
	f.want(f.do("GET", "/v3/channels", testKey, nil), 500, "INJECTED_FAULT")
	call("POST", "/faults", `{"route":"GET /v3/channels","status":503}`, 204)
	call("DELETE", "/faults", ``, 204)
	f.want(f.do("GET", "/v3/channels", testKey, nil), 200, "")
	if st := call("GET", "/state", ``, 200); !strings.Contains(st, `"roles":{"u1":"seller"}`) || !strings.Contains(st, `"chatId":"79011112233"`) {
		t.Errorf("state %s", st)
	}
	if j := call("GET", "/journal", ``, 200); !strings.Contains(j, `"route":"GET /v3/channels","status":500`) {
		t.Errorf("journal %s", j)
	}
	call("DELETE", "/journal", ``, 204)
	if j := call("GET", "/journal", ``, 200); j != "[]" {
		t.Errorf("journal after clear %s", j)
	}
	call("POST", "/reset", ``, 204)
	if st := call("GET", "/state", ``, 200); !strings.Contains(st, `"users":[]`) {
		t.Errorf("state after reset %s", st)
	}
}

// TestResponseCheckerCatchesDrift proves the contract check used by every
// test can fail: answers the contract does not allow are reported.
func TestResponseCheckerCatchesDrift(t *testing.T) {
	c, err := NewResponseChecker()
	if err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest("GET", "http://x/v3/unanswered/u1", nil)
	js := http.Header{"Content-Type": {"application/json"}}
	for _, bad := range []struct {
		status int
		body   string
	}{
		{200, `{"counter":1}`},
		{200, `{"counterV2":1,"type":"blue","lastMsgDateTime":null}`},
		{200, `{"counterV2":-1,"type":null,"lastMsgDateTime":null}`},
		{418, ``},
		{400, `{"description":"no code"}`},
	} {
		if c.Check(req, bad.status, js, []byte(bad.body)) == nil {
			t.Errorf("%d %s passed the contract check", bad.status, bad.body)
		}
	}
	if err := c.Check(req, 200, js, []byte(`{"counterV2":1,"type":"red","lastMsgDateTime":"2026-11-23T09:00:00.000Z"}`)); err != nil {
		t.Errorf("a valid answer failed: %v", err)
	}
	other, _ := http.NewRequest("GET", "http://x/v3/nothing", nil)
	if c.Check(other, 200, js, nil) == nil {
		t.Error("200 on an undescribed path passed")
	}
}

func TestJournalBodyCut(t *testing.T) {
	short := strings.Repeat("я", 10)
	if journalBody([]byte(short)) != short {
		t.Error("short body changed")
	}
	long := strings.Repeat("я", journalBodyLimit) // 2 bytes a rune
	got := journalBody([]byte(long))
	if !strings.HasSuffix(got, fmt.Sprintf("…(%d bytes in all)", len(long))) || !strings.HasPrefix(got, "яя") {
		t.Errorf("cut body ends %q", got[len(got)-40:])
	}
	if len(got) > journalBodyLimit+40 {
		t.Errorf("kept %d bytes", len(got))
	}
}
