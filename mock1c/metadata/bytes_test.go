package metadata

import "testing"

func TestCheckDesignerBytes(t *testing.T) {
	for _, tc := range []struct {
		name, data string
		want       []string // "line:message prefix"
	}{
		{"designer style", "\ufeff<a>\r\n</a>\r\n", nil},
		{"no trailing newline", "\ufeffx\r\ny", nil},
		{"no BOM", "<a>\r\n</a>", []string{"1:no UTF-8 byte-order mark"}},
		{"bare LF on line 2", "\ufeffa\r\nb\nc\n", []string{"2:line ends with LF only"}},
		{"LF first", "\ufeff\n", []string{"1:line ends with LF only"}},
		{"both", "a\nb\n", []string{"1:no UTF-8 byte-order mark", "1:line ends with LF only"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ps Problems
			CheckDesignerBytes(&ps, "X.xml", []byte(tc.data))
			if len(ps.List) != len(tc.want) {
				t.Fatalf("got %d problems %v, want %v", len(ps.List), ps.List, tc.want)
			}
			for i, p := range ps.List {
				if p.Severity != Warning || p.Rule != RuleDesignerBytes || p.Pos.File != "X.xml" {
					t.Errorf("problem %d = %+v: want a %s warning in X.xml", i, p, RuleDesignerBytes)
				}
				if got := itoa(p.Pos.Line) + ":" + p.Msg; len(got) < len(tc.want[i]) || got[:len(tc.want[i])] != tc.want[i] {
					t.Errorf("problem %d = %q, want prefix %q", i, got, tc.want[i])
				}
			}
		})
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
