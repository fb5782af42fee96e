package tfplan_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/tfplan"
	"github.com/cognitokit/appclient/internal/golden"
)

// plansDir holds the plans the tests read, each NAME.json with its
// NAME.golden.
const plansDir = "../../testdata/tfplan"

// render writes a report as text, one line per finding.
func render(rep *tfplan.Report) string {
	var b strings.Builder
	fmt.Fprintf(&b, "format_version %q\n", rep.FormatVersion)
	for _, f := range rep.Plan {
		writeFinding(&b, "", f)
	}
	for _, r := range rep.Results {
		fmt.Fprintf(&b, "%s (%s): %s, checked as %s", r.Address, r.Type, r.Action, r.Op)
		if r.Pool {
			b.WriteString(", with pool facts from the plan")
		}
		b.WriteString("\n")
		for _, f := range r.Findings {
			writeFinding(&b, "  ", f)
		}
		for _, s := range r.Skipped {
			fmt.Fprintf(&b, "  %s: not checked: %s", s.Field, s.Reason)
			if len(s.Rules) > 0 {
				ids := make([]string, len(s.Rules))
				for i, id := range s.Rules {
					ids[i] = string(id)
				}
				fmt.Fprintf(&b, " [%s]", strings.Join(ids, " "))
			}
			b.WriteString("\n")
		}
	}
	for _, a := range rep.NotChanged {
		fmt.Fprintf(&b, "%s: not created or updated, not checked\n", a)
	}
	for _, a := range rep.Deferred {
		fmt.Fprintf(&b, "%s: deferred, not checked\n", a)
	}
	return b.String()
}

func writeFinding(b *strings.Builder, indent string, f tfplan.Finding) {
	b.WriteString(indent)
	if f.Field != "" {
		b.WriteString(f.Field + ": ")
	}
	if f.Severity == client.Warning {
		b.WriteString("warning: ")
	}
	fmt.Fprintf(b, "%s [%s]\n", f.Message, f.Rule)
}

func plans(t testing.TB) []string {
	files, err := filepath.Glob(filepath.Join(plansDir, "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no plan in %s: %v", plansDir, err)
	}
	return files
}

// TestGolden checks each plan of testdata/tfplan against its golden file.
func TestGolden(t *testing.T) {
	for _, path := range plans(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			got := render(tfplan.Check(data))
			golden.Check(t, strings.TrimSuffix(path, ".json")+".golden", got)
		})
	}
}
