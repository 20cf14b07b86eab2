package mockwazzup

import (
	"net/http"
	"strings"
	"testing"
)

// TestContentType: the extension's HTTPЗапрос sets the header itself; a JSON
// body needs a JSON media type, parameters allowed.
func TestContentType(t *testing.T) {
	f := newFixture(t, Options{})
	for _, c := range []struct {
		ct   string
		want int
	}{{"application/json", 200}, {"application/json; charset=utf-8", 200}, {"", 400}, {"text/plain", 400}} {
		req, _ := http.NewRequest("POST", "http://wazzup.test/v3/users", strings.NewReader(`[{"id":"u1","name":"А"}]`))
		req.Header.Set("Authorization", "Bearer "+testKey)
		if c.ct != "" {
			req.Header.Set("Content-Type", c.ct)
		}
		res, err := f.client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != c.want {
			t.Errorf("Content-Type %q: %d, want %d", c.ct, res.StatusCode, c.want)
		}
	}
}

// TestBOMRejected: a JSON body with a UTF-8 BOM is refused (strict reading).
func TestBOMRejected(t *testing.T) {
	f := newFixture(t, Options{})
	r := f.do("POST", "/v3/users", testKey, "\xEF\xBB\xBF"+`[{"id":"u1","name":"А"}]`)
	f.want(r, 400, "INVALID_USERS_DATA")
	if !strings.Contains(string(r.body), "byte order mark") {
		t.Errorf("%s", r.body)
	}
	r = f.do("POST", "/v3/iframe", testKey, "\xEF\xBB\xBF"+`{"user":{"id":"u1","name":"А"},"scope":"global"}`)
	f.want(r, 400, "INVALID_IFRAME_DATA")
}
