package chunkedfile

import "testing"

func TestParse(t *testing.T) {
	src := "\uFEFFА = 1;\r\n---\r\n// option:client\r\nБ = 1 / 0; // ### \"Деление на 0\"\r\n---\r\n// option:steplimit=10\r\n\r\n---\r\n"
	chunks, err := Parse("x.bsl", src)
	if err != nil {
		t.Fatal(err)
	}
	if len(chunks) != 3 {
		t.Fatalf("got %d chunks, want 3", len(chunks))
	}
	c := chunks[1]
	if c.Start != 3 || !c.Has("client") || c.Has("server") {
		t.Errorf("chunk 2: start %d options %v", c.Start, c.Options)
	}
	if got := c.GotError(1, "Деление на 0"); got == "" {
		t.Errorf("line 1 has no expectation, yet the error was accepted")
	}
	if got := c.GotError(2, "Ошибка: Деление на 0!"); got != "" {
		t.Errorf("expected match, got %s", got)
	}
	if u := c.Unmatched(); len(u) != 0 {
		t.Errorf("unmatched %v", u)
	}
	if v := chunks[2].Options["steplimit"]; v != "10" {
		t.Errorf("steplimit = %q", v)
	}
	if chunks[2].ExpectsErrors() {
		t.Errorf("chunk 3 expects no errors")
	}
}

func TestUnmatchedAndBadPattern(t *testing.T) {
	chunks, err := Parse("y.bsl", "А = 1; // ### \"x\"\n")
	if err != nil {
		t.Fatal(err)
	}
	if u := chunks[0].Unmatched(); len(u) != 1 || u[0].Line != 1 {
		t.Errorf("unmatched = %v", u)
	}
	if msg := chunks[0].GotError(1, "y"); msg == "" {
		t.Errorf("mismatching error accepted")
	}
	if _, err := Parse("z.bsl", "А = 1; // ### \"(\"\n"); err == nil {
		t.Errorf("bad regexp accepted")
	}
}
