// Command mockwazzup runs the fake Wazzup v3 server (package mockwazzup) on a
// TCP address until SIGINT or SIGTERM.
//
//	go run ./cmd/mockwazzup --addr 127.0.0.1:18080 --api-key K [--sidecar-key S]
//
// Wazzup's API is under /v3/ (Bearer K), the chat window under /app/chat,
// the test controls under /_mock/ (see mockwazzup/README.md).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"wazzup-unf/mockwazzup"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		fmt.Fprintln(os.Stderr, "mockwazzup:", err)
		os.Exit(2)
	}
}

// keyList is a flag that may be repeated or hold comma-separated keys.
type keyList []string

func (k *keyList) String() string { return fmt.Sprintf("%d key(s)", len(*k)) }

func (k *keyList) Set(v string) error {
	for _, p := range strings.Split(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*k = append(*k, p)
		}
	}
	return nil
}

// run parses args, serves until ctx ends, then shuts down gracefully.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("mockwazzup", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:18080", "TCP address to listen on (port 0 picks a free one)")
	var apiKeys, sidecarKeys keyList
	fs.Var(&apiKeys, "api-key", "an API key the account accepts (repeatable, or comma-separated)")
	fs.Var(&sidecarKeys, "sidecar-key", "a sidecar key: 403 FORBIDDEN on every route except GET /v3/channels (repeatable)")
	tokenTTL := fs.Duration("token-ttl", mockwazzup.DefaultTokenTTL, "how long a chat window URL works")
	rateLimit := fs.Int("rate-limit", mockwazzup.DefaultRateLimit, "requests per key per 5 seconds; negative turns the limit off")
	defaultRole := fs.String("default-role", "", "role of newly uploaded users: seller, manager, quality or empty (Wazzup grants none)")
	publicURL := fs.String("public-url", "", "scheme://host the chat window URLs point at (default: the request's Host)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if len(apiKeys) == 0 && len(sidecarKeys) == 0 {
		return errors.New("no keys: give --api-key (and optionally --sidecar-key)")
	}
	srv, err := mockwazzup.New(mockwazzup.Options{
		APIKeys: apiKeys, SidecarKeys: sidecarKeys, TokenTTL: *tokenTTL,
		RateLimit: *rateLimit, DefaultRole: mockwazzup.Role(*defaultRole), PublicURL: *publicURL,
	})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen %s: %w", *addr, err)
	}
	hs := &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second}
	base := "http://" + ln.Addr().String()
	fmt.Fprintf(stdout, "mockwazzup: listening on %s (API %s/v3/, chat page %s/app/chat, controls %s/_mock/; %d API key(s), %d sidecar key(s))\n",
		base, base, base, base, len(apiKeys), len(sidecarKeys))
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	select {
	case err := <-served:
		return fmt.Errorf("serve %s: %w", base, err)
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := hs.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	fmt.Fprintln(stdout, "mockwazzup: stopped")
	return nil
}
