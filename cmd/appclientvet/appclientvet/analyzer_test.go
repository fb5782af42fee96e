package appclientvet_test

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/cmd/appclientvet/appclientvet"
)

// The packages in testdata form a module that requires the real SDK, at
// the versions client/sdkv2 requires (so that the module cache already
// holds them: analysistest loads them with GOPROXY=off).
func testdata(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("the go command is needed to load the test packages")
	}
	dir, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestAnalyzer: literals and pointers, named and enum constants, unknown
// values, nested shapes, values changed or passed on after the literal,
// and code that only names the types.
// Each diagnostic's category is its rule's ID, as the message ends, and its
// URL the rule's AWS page.
func TestAnalyzer(t *testing.T) {
	n := 0
	for _, r := range analysistest.Run(t, testdata(t), appclientvet.Analyzer, "./literals", "./mentions") {
		for _, d := range r.Diagnostics {
			n++
			rule, ok := client.LookupRule(client.RuleID(d.Category))
			if !ok {
				t.Errorf("%s: category %q is no rule", d.Message, d.Category)
				continue
			}
			if !strings.HasSuffix(d.Message, " ["+d.Category+"]") {
				t.Errorf("%s: category %q, not the message's rule", d.Message, d.Category)
			}
			if d.URL == "" || d.URL != rule.Source {
				t.Errorf("%s: URL %q, want the rule's source %q", d.Message, d.URL, rule.Source)
			}
		}
	}
	if n < 15 {
		t.Errorf("%d diagnostics; the test packages have more", n)
	}
}

// TestSuggestedFixes: each repeated list item has a fix that removes it;
// the fixes of one list apply together (fix.go.golden).
func TestSuggestedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), appclientvet.Analyzer, "./fix")
}

// TestNoWarnings: -warnings=false reports errors only.
func TestNoWarnings(t *testing.T) {
	dir := testdata(t)
	if err := appclientvet.Analyzer.Flags.Set("warnings", "false"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { appclientvet.Analyzer.Flags.Set("warnings", "true") })
	analysistest.Run(t, dir, appclientvet.Analyzer, "./nowarn")
}
