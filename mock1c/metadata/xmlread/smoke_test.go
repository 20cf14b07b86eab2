package xmlread

import (
	"os"
	"testing"
)

func TestSmokeEnv(t *testing.T) {
	dir := os.Getenv("DUMP")
	if dir == "" {
		t.Skip("DUMP not set")
	}
	res, err := Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("objects=%d notmodelled=%v stats=%+v", len(res.Config.Objects), res.Config.NotModelled, res.Stats)
	for _, p := range res.Problems {
		t.Log(p)
	}
}
