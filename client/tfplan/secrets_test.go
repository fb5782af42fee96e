package tfplan_test

import (
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/cognitokit/appclient/client/tfplan"
	"github.com/cognitokit/appclient/client/tfplan/tfplantest"
)

// TestNoSecretInFindings: whatever a plan holds, no client secret, value
// marked sensitive, variable value, prior state or drift reaches a finding's
// message or field, or a skip's reason or field.
func TestNoSecretInFindings(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := tfplantest.Plans().Draw(t, "plan")
		rep := tfplan.Check(p.Data)
		var b strings.Builder
		findings := 0
		for _, f := range rep.Plan {
			b.WriteString(f.Field + " " + f.Message + "\n")
		}
		for _, r := range rep.Results {
			b.WriteString(r.Address + "\n")
			for _, f := range r.Findings {
				findings++
				b.WriteString(f.Field + " " + f.Message + "\n")
			}
			for _, s := range r.Skipped {
				b.WriteString(s.Field + " " + s.Reason + "\n")
			}
		}
		if len(rep.Plan) > 0 {
			t.Fatalf("plan findings: %+v", rep.Plan)
		}
		if leaks := p.Leaks(b.String()); len(leaks) > 0 {
			t.Fatalf("secrets %q in:\n%s", leaks, b.String())
		}
	})
}
