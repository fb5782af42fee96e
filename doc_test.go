package appclient_test

import (
	"go/format"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/internal/golden"
)

// The generated rule list in doc.go lies between these two lines.
const (
	docBegin = "// The rules, family by family (generated from client.Rules by go test -update; edit the rules, not this list):"
	docEnd   = "// (End of the generated rule list.)"
)

// familyIntros introduce each family in doc.go.
var familyIntros = map[string]string{
	"json":       "the document itself.",
	"model":      "the constraints of the AWS API model (API reference, each member).",
	"tokens":     "lifetimes as value × unit (TokenValidityUnitsType; units default to hours, hours, days).",
	"flows":      "ExplicitAuthFlows (CreateUserPoolClient, ExplicitAuthFlows).",
	"oauth":      "AllowedOAuthFlows and the OAuth switch.",
	"urls":       "CallbackURLs, DefaultRedirectURI and LogoutURLs.",
	"scopes":     "AllowedOAuthScopes.",
	"secrets":    "GenerateSecret, ClientSecret and what needs a secret.",
	"security":   "settings that AWS accepts but that weaken sign-in.",
	"attributes": "ReadAttributes and WriteAttributes, as far as they can be judged without the pool's schema.",
	"lists":      "the list members.",
	"analytics":  "AnalyticsConfiguration.",
	"pool": "applied only with facts about the user pool (client.Pool: the output of describe-user-pool, " +
		"list-identity-providers, describe-identity-provider and list-resource-servers), and only for the facts given.",
}

// ruleList returns the generated section of doc.go: each family's intro and
// its rules, in catalogue order, each rule with its severity, doc and source.
func ruleList(t *testing.T) string {
	var b strings.Builder
	b.WriteString(docBegin + "\n")
	family := ""
	for _, r := range client.Rules() {
		if f := r.Family(); f != family {
			family = f
			intro, ok := familyIntros[f]
			if !ok {
				t.Fatalf("family %q has no intro in familyIntros (doc_test.go)", f)
			}
			b.WriteString("//\n// " + f + ": " + intro + "\n")
		}
		b.WriteString("//   - " + string(r.ID) + " (" + r.Severity.String() + "): " + r.Doc + "\n")
		b.WriteString("//     " + r.Source + "\n")
	}
	b.WriteString("//\n" + docEnd + "\n")
	return b.String()
}

// TestDocRuleList keeps the rule list in doc.go what the catalogue says: the
// text between docBegin and docEnd is generated. go test . -update rewrites
// it.
func TestDocRuleList(t *testing.T) {
	data, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	begin := strings.Index(doc, docBegin+"\n")
	end := strings.Index(doc, docEnd+"\n")
	if begin < 0 || end < begin {
		t.Fatalf("doc.go must hold the lines\n%s\nand\n%s\naround the generated rule list", docBegin, docEnd)
	}
	want := doc[:begin] + ruleList(t) + doc[end+len(docEnd)+1:]
	formatted, err := format.Source([]byte(want))
	if err != nil {
		t.Fatalf("the generated doc.go does not parse: %v", err)
	}
	if string(formatted) != want {
		t.Fatalf("gofmt would change the generated rule list:\n%s", cmp.Diff(want, string(formatted)))
	}
	if golden.Update() {
		if err := os.WriteFile("doc.go", formatted, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if diff := cmp.Diff(want, doc); diff != "" {
		t.Errorf("doc.go's rule list is stale (-want +got); run go test . -update:\n%s", diff)
	}
}

// TestDocListsEveryRule: every rule appears once, with its severity, under
// its family's heading.
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
}
