package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/cognitokit/appclient/internal/golden"
)

// TestTflint runs a real tflint, the binary that $TFLINT names, with this
// plugin built and installed in a temporary plugin directory, on the sample
// configuration testdata/e2e, and compares its JSON output with
// testdata/e2e.golden.json. .ci/e2e-tflint.sh builds a pinned tflint and
// runs it; without $TFLINT the test is skipped.
func TestTflint(t *testing.T) {
	tflint := os.Getenv("TFLINT")
	if tflint == "" {
		t.Skip("TFLINT is not set: .ci/e2e-tflint.sh sets it to a tflint it builds")
	}
	plugins := t.TempDir()
	goCmd := filepath.Join(runtime.GOROOT(), "bin", "go")
	build := exec.Command(goCmd, "build", "-o", filepath.Join(plugins, "tflint-ruleset-appclient"), ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(tflint, "--format", "json", "--force")
	cmd.Dir = filepath.Join("testdata", "e2e")
	// No global config, no plugin from the user's home: only ours.
	cmd.Env = append(os.Environ(), "TFLINT_PLUGIN_DIR="+plugins, "HOME="+t.TempDir(), "TFLINT_LOG=")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("tflint: %v\n%s", err, stderr.Bytes())
	}
	// The sample's sensitive variable secret_url breaks urls.https: the
	// issue says so, without its value.
	if bytes.Contains(out, []byte("secret.example.com")) {
		t.Errorf("tflint's output shows the sensitive value of var.secret_url:\n%s", out)
	}
	var got any
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("tflint's output is no JSON: %v\n%s", err, out)
	}
	// Nothing in the output is machine-specific: file names are relative
	// to the configuration's directory. Indented, so that a diff reads.
	pretty, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	pretty = append(pretty, '\n')
	golden.Check(t, filepath.Join("testdata", "e2e.golden.json"), string(pretty))
}
