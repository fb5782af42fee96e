package cli_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cognitokit/appclient/cmd/appclient/internal/cli"
	"github.com/cognitokit/appclient/internal/golden"
)

// cdkGolden is a cloud assembly synthesized by the CDK app in
// client/cfn/testdata/cdk (its templates only).
const cdkGolden = "client/cfn/testdata/cdk/cdk.out.golden"

// TestCDKSynth: what validate finds in a cdk.out folder, as text, JSON and
// SARIF: the errors the CDK app's escape hatches plant, each at its
// construct path and template position, and nothing else. .ci/e2e-cdk.sh
// runs it on a fresh synthesis by aws-cdk-lib (APPCLIENT_CDK_OUT names the
// folder); without it, the test reads the templates of an earlier synthesis.
// Either way the output must equal testdata/cli/cdk-*.golden, file names
// written relative to the folder.
func TestCDKSynth(t *testing.T) {
	dir := os.Getenv("APPCLIENT_CDK_OUT")
	if dir == "" {
		dir = cdkGolden
	} else if _, err := os.Stat(filepath.Join(dir, "Auth.template.json")); err != nil {
		t.Fatalf("APPCLIENT_CDK_OUT=%s is not the CDK app's cloud assembly: %v", dir, err)
	}
	for _, format := range []string{"text", "json", "sarif"} {
		t.Run(format, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := cli.Run([]string{"validate", "--format", format, "--explain-skipped", dir}, strings.NewReader(""), &stdout, &stderr)
			if code != 1 {
				t.Errorf("exit status %d, want 1 (the app plants errors); stderr:\n%s", code, stderr.String())
			}
			if stderr.Len() > 0 {
				t.Errorf("stderr:\n%s", stderr.String())
			}
			got := stdout.String()
			if format == "sarif" {
				rest, _, ok := cutRules(got)
				if !ok {
					t.Fatalf("no rule array in the SARIF log, or a ruleIndex that is not its ruleId's:\n%s", got)
				}
				got = rest
			}
			// File names relative to the folder: a fresh synthesis is in
			// an absolute temporary folder, which SARIF writes as a file:
			// URI.
			slash := filepath.ToSlash(dir)
			got = strings.ReplaceAll(got, "file://"+slash+"/", "cdk.out/")
			got = strings.ReplaceAll(got, slash+"/", "cdk.out/")
			golden.Check(t, "testdata/cli/cdk-"+format+".golden", got)
		})
	}
}
