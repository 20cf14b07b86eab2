package mockwazzup

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"testing"
	"time"
)

// benchLoopback measures one request shape over a real loopback listener
// with contract validation on, as the 1C emulator will call it. It reports
// requests per second and the 99th-percentile latency. The rate limit is off
// (it would answer 429 after 500 requests); everything else is as served.
// perRequest, when > 0, also reports items per second (items in each request).
func benchLoopback(b *testing.B, method, path string, body []byte, perRequest int, seed func(*Server)) {
	s, err := New(Options{APIKeys: []string{testKey}, RateLimit: -1, DefaultRole: RoleSeller})
	if err != nil {
		b.Fatal(err)
	}
	seed(s)
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	tr := &http.Transport{MaxIdleConns: 64, MaxIdleConnsPerHost: 64, DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr}
	url := srv.URL + path

	var mu sync.Mutex
	var lat []time.Duration
	b.SetParallelism(4)
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		local := make([]time.Duration, 0, 1024)
		for pb.Next() {
			req, _ := http.NewRequest(method, url, bytes.NewReader(body))
			req.Header.Set("Authorization", "Bearer "+testKey)
			if body != nil {
				req.Header.Set("Content-Type", "application/json")
			}
			start := time.Now()
			res, err := client.Do(req)
			if err != nil {
				b.Error(err)
				return
			}
			_, _ = io.Copy(io.Discard, res.Body)
			res.Body.Close()
			local = append(local, time.Since(start))
			if res.StatusCode != http.StatusOK {
				b.Errorf("status %d", res.StatusCode)
				return
			}
		}
		mu.Lock()
		lat = append(lat, local...)
		mu.Unlock()
	})
	b.StopTimer()
	if len(lat) == 0 {
		return
	}
	slices.Sort(lat)
	p99 := lat[(len(lat)*99)/100]
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "req/s")
	b.ReportMetric(float64(p99.Microseconds())/1000, "p99-ms")
	if perRequest > 0 {
		b.ReportMetric(float64(b.N*perRequest)/b.Elapsed().Seconds(), "items/s")
	}
}

// BenchmarkPollUnanswered is the extension's 5-second counter poll.
func BenchmarkPollUnanswered(b *testing.B) {
	benchLoopback(b, http.MethodGet, "/v3/unanswered/u1", nil, 0, func(s *Server) {
		s.Seed([]User{{ID: "u1", Name: "Менеджер"}}, []Contact{contact("c1", "u1", wa("79011112233"))}, nil)
		_ = s.SetUnanswered("u1", 3, true)
	})
}

// BenchmarkUpsert100Contacts is a full batch of the extension's outbox.
func BenchmarkUpsert100Contacts(b *testing.B) {
	batch := make([]Contact, 100)
	for i := range batch {
		batch[i] = Contact{
			ID: fmt.Sprintf("b7e1c1f0-5b0e-11ee-8c99-%012d", i), ResponsibleUserID: "u1",
			Name:        fmt.Sprintf("ООО Ромашка %d (Сидоров П.)", i),
			ContactData: []Chat{wa(fmt.Sprintf("7901%07d", i)), {ChatType: "telegram", Phone: fmt.Sprintf("7901%07d", i)}},
			URI:         "https://1c.example.ru/unf/#e1cib/data/Справочник.Контрагенты",
		}
	}
	body, err := json.Marshal(batch)
	if err != nil {
		b.Fatal(err)
	}
	benchLoopback(b, http.MethodPost, "/v3/contacts", body, len(batch), func(s *Server) {
		s.Seed([]User{{ID: "u1", Name: "Менеджер"}}, nil, nil)
	})
}
