package appclientvet_test

import (
	"os/exec"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

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
func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, testdata(t), appclientvet.Analyzer, "./literals", "./mentions")
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
