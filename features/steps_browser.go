package features

import (
	"context"
	"errors"
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/cucumber/godog"
)

// Browser is the scenario's headless chromium (Debian's /usr/bin/chromium,
// driven by chromedp), started on first use and stopped after the
// scenario. Without chromium a browser step fails when CI=true and is
// skipped otherwise.
type Browser struct {
	ctx    context.Context
	cancel []context.CancelFunc
}

func (b *Browser) close() {
	for i := len(b.cancel) - 1; i >= 0; i-- {
		b.cancel[i]()
	}
	b.cancel = nil
}

// errNoChromium is returned (wrapped in godog.ErrSkip off CI) when chromium is missing.
func chromium() (string, error) {
	for _, p := range []string{"/usr/bin/chromium", "chromium"} {
		if path, err := exec.LookPath(p); err == nil {
			return path, nil
		}
	}
	if os.Getenv("CI") == "true" {
		return "", errors.New("chromium is not installed (CI=true): apt-get install -y chromium")
	}
	return "", fmt.Errorf("%w: chromium is not installed (apt-get install -y chromium)", godog.ErrSkip)
}

// browser starts chromium with the project's flags and a fresh profile.
func (w *World) browser() (*Browser, error) {
	if w.Browser != nil {
		return w.Browser, nil
	}
	path, err := chromium()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "wazzup-features-chromium-")
	if err != nil {
		return nil, err
	}
	b := &Browser{}
	b.cancel = append(b.cancel, func() { _ = os.RemoveAll(dir) })
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(dir))
	b.cancel = append(b.cancel, cancelAlloc)
	bctx, cancelCtx := chromedp.NewContext(actx)
	b.cancel = append(b.cancel, cancelCtx)
	if err := chromedp.Do(bctx); err != nil {
		b.close()
		return nil, fmt.Errorf("starting chromium: %w", err)
	}
	b.ctx = bctx
	w.Browser = b
	return b, nil
}

// within runs one browser action with a deadline (wall time: the browser
// is real).
func (b *Browser) within(f func(ctx context.Context) error) error {
	ctx, cancel := context.WithTimeout(b.ctx, 20*time.Second)
	defer cancel()
	return f(ctx)
}

// listen gives the scenario's fake Wazzup a real loopback listener (the
// browser cannot use the in-process transport) and returns its base URL.
func (z *WazzupWorld) listen() string {
	if z.http == nil {
		z.http = httptest.NewServer(z.Server.Handler())
	}
	return z.http.URL
}

func browserSteps(r *Registry, w *World) {
	const g = "Браузер"
	r.After(func() {
		if w.Browser != nil {
			w.Browser.close()
		}
		if w.Wazzup != nil && w.Wazzup.http != nil {
			w.Wazzup.http.Close()
		}
	})
	r.Step(g, "я открываю окно чатов Wazzup в браузере",
		"Открывает последнюю полученную ссылку на окно чатов в headless chromium (через настоящий порт на 127.0.0.1).",
		func() error {
			z, err := w.wz()
			if err != nil {
				return err
			}
			if z.chatURL == "" {
				return errors.New("no chat window URL yet: request one with «я запрашиваю в Wazzup окно чатов …»")
			}
			u, err := url.Parse(z.chatURL)
			if err != nil {
				return err
			}
			b, err := w.browser()
			if err != nil {
				return err
			}
			target := z.listen() + u.RequestURI()
			return b.within(func(ctx context.Context) error {
				return chromedp.Do(ctx, chromedp.Navigate(target), chromedp.WaitReady(chromedp.CSS("body")))
			})
		})
	r.Step(g, "страница браузера содержит текст {стр}",
		"Проверяет, что видимый текст открытой страницы содержит подстроку (шаг VA из библиотеки VanessaExtBrowser).",
		func(text string) error {
			if w.Browser == nil {
				return errors.New("no page is open in the browser")
			}
			return w.Browser.within(func(ctx context.Context) error {
				body, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("body")))
				if err != nil {
					return err
				}
				if !strings.Contains(body, text) {
					return fmt.Errorf("the page does not show %q; it shows:\n%s", text, body)
				}
				return nil
			})
		})
	r.Step(g, "в браузере окно чатов Wazzup показывает чаты:",
		"Проверяет чаты, видимые на открытой в браузере странице окна чатов: ровно эти строки в этом порядке. Колонки: 'Имя', 'Тип чата', 'Идентификатор чата'.",
		func(t *godog.Table) error {
			if w.Browser == nil {
				return errors.New("no page is open in the browser")
			}
			rows, err := tableRows(t, "Имя", "Тип чата", "Идентификатор чата")
			if err != nil {
				return err
			}
			var want []string
			for _, row := range rows {
				want = append(want, row["Имя"]+"|"+row["Тип чата"]+"|"+row["Идентификатор чата"])
			}
			return w.Browser.within(func(ctx context.Context) error {
				got, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('#wz-chats li.wz-chat')).map(li =>
					li.querySelector('.wz-chat-name').innerText + '|' + li.querySelector('.wz-chat-type').innerText + '|' + li.querySelector('.wz-chat-id').innerText)`))
				if err != nil {
					return err
				}
				if strings.Join(got, "\n") != strings.Join(want, "\n") {
					return fmt.Errorf("the browser shows %q, want %q", got, want)
				}
				return nil
			})
		})
}
