package appclient_test

import (
	"os"
	"strings"
	"testing"

	"github.com/cognitokit/appclient/client"
)

// TestDocListsEveryRule keeps the catalogue in doc.go complete: every rule
// appears once, with its severity, under its family.
func TestDocListsEveryRule(t *testing.T) {
	data, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	for _, r := range client.Rules() {
		line := "//   - " + string(r.ID) + " (" + r.Severity.String() + "): "
		if n := strings.Count(doc, line); n != 1 {
			t.Errorf("doc.go has %d lines starting %q, want 1", n, line)
			continue
		}
		family := "// " + r.Family() + ":"
		if !strings.Contains(doc[:strings.Index(doc, line)], family) {
			t.Errorf("rule %s is not under its family heading %q in doc.go", r.ID, family)
		}
	}
	if got, want := strings.Count(doc, "//   - "), len(client.Rules())+3; got != want {
		t.Errorf("doc.go has %d list items, want %d (one per rule, plus the three package items)", got, want)
	}
}
