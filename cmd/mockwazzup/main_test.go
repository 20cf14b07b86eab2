package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

var listening = regexp.MustCompile(`listening on (http://127\.0\.0\.1:\d+) `)

// startRun runs run() in-process and returns the base URL it prints.
// The rest of the output arrives on the returned channel once run ends.
func startRun(t *testing.T, ctx context.Context, args ...string) (string, <-chan error, <-chan string) {
	t.Helper()
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, args, pw, io.Discard)
		pw.Close()
	}()
	out := bufio.NewReader(pr)
	line, err := out.ReadString('\n')
	if err != nil {
		t.Fatalf("no start line: %v (run: %v)", err, <-done)
	}
	m := listening.FindStringSubmatch(line)
	if m == nil {
		t.Fatalf("start line %q", line)
	}
	if strings.Contains(line, "secret-key") {
		t.Errorf("the start line shows a key: %q", line)
	}
	rest := make(chan string, 1)
	go func() {
		b, _ := io.ReadAll(out)
		rest <- string(b)
	}()
	return m[1], done, rest
}

func TestRunServesAndStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	base, done, out := startRun(t, ctx, "--addr", "127.0.0.1:0", "--api-key", "secret-key", "--sidecar-key", "side")
	for key, want := range map[string]int{"secret-key": 200, "side": 200, "other": 401} {
		req, _ := http.NewRequest("GET", base+"/v3/channels", nil)
		req.Header.Set("Authorization", "Bearer "+key)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != want {
			t.Errorf("key %s: %d, want %d", key, res.StatusCode, want)
		}
	}
	req, _ := http.NewRequest("GET", base+"/v3/users", nil)
	req.Header.Set("Authorization", "Bearer side")
	if res, err := http.DefaultClient.Do(req); err != nil || res.StatusCode != 403 {
		t.Errorf("sidecar on users: %v %v", res, err)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("run: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("run did not stop")
	}
	if rest := <-out; !strings.Contains(rest, "mockwazzup: stopped") {
		t.Errorf("no stop line: %q", rest)
	}
	if _, err := http.Get(base + "/v3/channels"); err == nil {
		t.Error("still serving after stop")
	}
}

func TestRunRejectsBadArguments(t *testing.T) {
	for _, args := range [][]string{
		{"--addr", "127.0.0.1:0"},
		{"--api-key", "k", "--default-role", "king", "--addr", "127.0.0.1:0"},
		{"--api-key", "k", "--addr", "256.0.0.1:99999"},
		{"--api-key", "k", "extra"},
		{"--no-such-flag"},
	} {
		if err := run(context.Background(), args, io.Discard, io.Discard); err == nil {
			t.Errorf("%q accepted", args)
		}
	}
}

// TestSignal runs the real main in a child process (this test binary,
// re-executed) and stops it with SIGTERM: it must print where it listens,
// then "stopped", and exit 0.
func TestSignal(t *testing.T) {
	if os.Getenv("MOCKWAZZUP_CHILD") == "1" {
		os.Args = []string{"mockwazzup", "--addr", "127.0.0.1:0", "--api-key", "k"}
		main()
		os.Exit(0)
	}
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestSignal$")
		cmd.Env = append(os.Environ(), "MOCKWAZZUP_CHILD=1")
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		out := bufio.NewReader(stdout)
		line, err := out.ReadString('\n')
		if err != nil || !listening.MatchString(line) {
			_ = cmd.Process.Kill()
			t.Fatalf("start line %q, %v", line, err)
		}
		if err := cmd.Process.Signal(sig); err != nil {
			t.Fatal(err)
		}
		rest, _ := io.ReadAll(out)
		if err := cmd.Wait(); err != nil {
			t.Errorf("%v: exit %v", sig, err)
		}
		if !strings.Contains(string(rest), "mockwazzup: stopped") {
			t.Errorf("%v: output after the signal %q", sig, rest)
		}
	}
}
