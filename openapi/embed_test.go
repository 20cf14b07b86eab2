package openapi

import (
	"testing"
)

// TestLoad checks the contract is a valid OpenAPI 3 document and names every
// route the extension uses, each with an operationId (mockwazzup dispatches
// on it).
func TestLoad(t *testing.T) {
	doc, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"/v3/iframe":               {"POST"},
		"/v3/users":                {"GET", "POST"},
		"/v3/users/{id}":           {"DELETE", "GET"},
		"/v3/users/bulk_delete":    {"PATCH"},
		"/v3/contacts":             {"GET", "POST"},
		"/v3/contacts/{id}":        {"DELETE", "GET"},
		"/v3/contacts/bulk_delete": {"PATCH"},
		"/v3/deals":                {"GET", "POST"},
		"/v3/deals/{id}":           {"DELETE", "GET"},
		"/v3/deals/bulk_delete":    {"PATCH"},
		"/v3/unanswered/{userId}":  {"GET"},
		"/v3/channels":             {"GET"},
	}
	if got := doc.Paths.Len(); got != len(want) {
		t.Errorf("contract has %d paths, want %d", got, len(want))
	}
	for path, methods := range want {
		item := doc.Paths.Value(path)
		if item == nil {
			t.Errorf("path %s missing", path)
			continue
		}
		for _, m := range methods {
			op := item.GetOperation(m)
			if op == nil {
				t.Errorf("%s %s missing", m, path)
				continue
			}
			if op.OperationID == "" {
				t.Errorf("%s %s has no operationId", m, path)
			}
		}
	}
}
