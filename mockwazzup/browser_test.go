package mockwazzup

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromiumPath finds Debian's chromium. Without it the browser test fails on
// CI (CI=true) and skips elsewhere with the command that installs it.
func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, p := range []string{"/usr/bin/chromium", "chromium"} {
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium is not installed (CI=true): apt-get install -y chromium")
	}
	t.Skip("chromium is not installed; run: apt-get install -y chromium")
	return ""
}

// newBrowser starts a headless chromium with the project's flags and a fresh
// profile.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	bctx, cancelCtx := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelCtx(); cancelAlloc() })
	// The first Do starts the browser and binds it to bctx (no timeout);
	// later actions run under a derived context with a deadline.
	if err := chromedp.Do(bctx); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	ctx, cancelTimeout := context.WithTimeout(bctx, 60*time.Second)
	t.Cleanup(cancelTimeout)
	return ctx
}

// shownChat is what the page shows for one chat, read through the DOM.
type shownChat struct {
	Name, ChatType, ChatID string
	Active                 bool
}

const readChats = `Array.from(document.querySelectorAll('#wz-chats li.wz-chat')).map(li => ({
	Name: li.querySelector('.wz-chat-name').textContent,
	ChatType: li.dataset.chatType,
	ChatID: li.querySelector('.wz-chat-id').textContent,
	Active: li.dataset.active === 'true'}))`

// TestBrowserChatPage opens the chat window URLs in a real browser over
// loopback and checks that the right chats are visible.
func TestBrowserChatPage(t *testing.T) {
	ctx := newBrowser(t)
	s, err := New(Options{APIKeys: []string{testKey}})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	s.Seed([]User{{ID: "u1", Name: "Иванов"}, {ID: "u2", Name: "Петров"}},
		[]Contact{contact("c1", "u1", wa("79011112233")), contact("c2", "u2", wa("79022223344"))}, nil)
	_ = s.SetRole("u1", RoleSeller)

	iframe := func(body string) string {
		req, _ := http.NewRequest("POST", srv.URL+"/v3/iframe", strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+testKey)
		req.Header.Set("Content-Type", "application/json")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		var out struct{ URL string }
		if err := json.Unmarshal(b, &out); err != nil || res.StatusCode != 200 {
			t.Fatalf("iframe: %d %s", res.StatusCode, b)
		}
		return out.URL
	}

	// open navigates to u and waits for the element with id sel to show.
	// (Element ids, not plain strings: a plain string is a DOM search that
	// also matches text, e.g. the "#wz-error" rule in the page's <style>.)
	open := func(u, sel string) {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.Navigate(u), chromedp.WaitVisible(chromedp.ID(sel))); err != nil {
			t.Fatalf("open %s: %v", u, err)
		}
	}
	text := func(sel string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return v
	}
	chats := func() []shownChat {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[[]shownChat](readChats))
		if err != nil {
			t.Fatalf("reading the chats: %v", err)
		}
		return v
	}

	open(iframe(`{"user":{"id":"u1","name":"Иванов И.И."},"scope":"global"}`), "#wz-chat-window")
	title, err := chromedp.Run(ctx, chromedp.Title())
	if err != nil {
		t.Fatal(err)
	}
	if user, scope := text("#wz-user"), text("#wz-scope"); user != "Иванов И.И." || scope != "global" || title != "Wazzup: чаты — Иванов И.И." {
		t.Errorf("user %q scope %q title %q", user, scope, title)
	}
	if got, want := chats(), []shownChat{{Name: "Клиент c1", ChatType: "whatsapp", ChatID: "79011112233"}}; !equalChats(got, want) {
		t.Errorf("global chats %+v, want %+v", got, want)
	}

	open(iframe(`{"user":{"id":"u2","name":"Петров"},"scope":"card","filter":[{"chatType":"whatsapp","chatId":"79022223344"},{"chatType":"telegram","chatId":"555","name":"Новый"}],"activeChat":{"chatType":"telegram","chatId":"555"}}`), "#wz-chat-window")
	want := []shownChat{{Name: "Клиент c2", ChatType: "whatsapp", ChatID: "79022223344"}, {Name: "Новый", ChatType: "telegram", ChatID: "555", Active: true}}
	if got := chats(); !equalChats(got, want) {
		t.Errorf("card chats %+v, want %+v", got, want)
	}

	open(srv.URL+"/app/chat?token=0123", "#wz-error")
	reason, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.ID("wz-error"), "data-reason"))
	if err != nil || reason.Value != "unknown" {
		t.Errorf("error page: reason %+v, %v", reason, err)
	}
}

func equalChats(a, b []shownChat) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
