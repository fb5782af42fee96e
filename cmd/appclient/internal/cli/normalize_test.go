package cli_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/cmd/appclient/internal/cli"
	"github.com/cognitokit/appclient/internal/golden"
)

// messy is a valid create request written the long way: lifetimes in small
// units, RefreshTokenValidity 0, lists out of order with repeats, defaults
// left out.
const messy = `{
  "ClientName": "acme web",
  "UserPoolId": "eu-west-1_aB3dE5fG7",
  "RefreshTokenValidity": 0,
  "AccessTokenValidity": 60,
  "IdTokenValidity": 5400,
  "TokenValidityUnits": {"AccessToken": "minutes", "IdToken": "seconds"},
  "ReadAttributes": ["name", "email", "name"],
  "CallbackURLs": ["https://b.example.com/cb", "https://a.example.com/cb", "https://b.example.com/cb"],
  "AllowedOAuthFlows": ["code"],
  "AllowedOAuthScopes": ["openid", "email", "openid"],
  "AllowedOAuthFlowsUserPoolClient": true,
  "AnalyticsConfiguration": {"ApplicationArn": "arn:aws:mobiletargeting:eu-west-1:123456789012:apps/0123abcd"}
}`

// normalizeRun is one call of appclient normalize; input, when set, is
// standard input.
type normalizeRun struct {
	name  string // golden file: testdata/cli/normalize-NAME.golden
	args  []string
	input string
	code  int
}

var normalizeRuns = []normalizeRun{
	{name: "web-app", args: []string{"normalize", examples + "web-app.json"}},
	{name: "update", args: []string{"normalize", examples + "update.json"}},
	{name: "describe", args: []string{"normalize", examples + "describe.json"}},
	{name: "messy-stdin", args: []string{"normalize"}, input: messy},
	{name: "messy-dash", args: []string{"normalize", "--op", "create", "-"}, input: messy},
	{name: "broken", args: []string{"normalize", examples + "broken.json"}, code: 1},
	{name: "malformed", args: []string{"normalize", examples + "malformed.json"}, code: 1},
	{name: "op-update-on-create", args: []string{"normalize", "--op=update", examples + "web-app.json"}, code: 1},
	{name: "missing", args: []string{"normalize", examples + "missing.json"}, code: 2},
	{name: "two-files", args: []string{"normalize", examples + "web-app.json", examples + "update.json"}, code: 2},
	{name: "bad-op", args: []string{"normalize", "--op", "delete", examples + "web-app.json"}, code: 2},
	{name: "flag-after-file", args: []string{"normalize", examples + "web-app.json", "--op", "create"}, code: 2},
}

func (r normalizeRun) exec() output {
	var stdout, stderr bytes.Buffer
	code := cli.Run(r.args, strings.NewReader(r.input), &stdout, &stderr)
	return output{code, stdout.String(), stderr.String()}
}

func (r normalizeRun) golden(o output) string {
	var b strings.Builder
	b.WriteString("$ appclient " + strings.Join(r.args, " "))
	if r.input != "" {
		b.WriteString(" <<EOF\n" + r.input + "\nEOF")
	}
	b.WriteString("\nexit " + strconv.Itoa(o.code) + "\n")
	b.WriteString("-- stdout --\n" + o.stdout)
	b.WriteString("-- stderr --\n" + o.stderr)
	return b.String()
}

func TestNormalizeGolden(t *testing.T) {
	for _, r := range normalizeRuns {
		t.Run(r.name, func(t *testing.T) {
			o := r.exec()
			if o.code != r.code {
				t.Errorf("exit %d, want %d", o.code, r.code)
			}
			got := r.golden(o)
			path := filepath.Join("testdata", "cli", "normalize-"+r.name+".golden")
			golden.Check(t, path, got)
		})
	}
}

// TestNormalizeOutput checks what every successful run prints: one JSON
// document with a trailing newline, indented by two spaces, that decodes
// without violations to the canonical form, is its own canonical form, and
// is Equivalent to the input.
func TestNormalizeOutput(t *testing.T) {
	for _, r := range normalizeRuns {
		if r.code != 0 {
			continue
		}
		t.Run(r.name, func(t *testing.T) {
			o := r.exec()
			if o.stderr != "" {
				t.Errorf("stderr: %s", o.stderr)
			}
			out := []byte(o.stdout)
			var indented bytes.Buffer
			if err := json.Indent(&indented, out, "", "  "); err != nil {
				t.Fatalf("stdout is not JSON: %v\n%s", err, out)
			}
			if got, want := string(out), indented.String(); got != want || !strings.HasSuffix(got, "}\n") {
				t.Errorf("stdout is not two-space indented with a trailing newline (-want +got):\n%s", cmp.Diff(want, got))
			}
			input := []byte(r.input)
			if r.input == "" {
				var err error
				if input, err = os.ReadFile(r.args[len(r.args)-1]); err != nil {
					t.Fatal(err)
				}
			}
			if client.Detect(input) != client.Detect(out) {
				t.Errorf("the output is a %v document, the input a %v one", client.Detect(out), client.Detect(input))
			}
			switch client.Detect(out) {
			case client.Create:
				canonicalRoundTrip(t, input, out, client.DecodeCreate)
			case client.Update:
				canonicalRoundTrip(t, input, out, client.DecodeUpdate)
			default:
				canonicalRoundTrip(t, input, out, client.DecodeUserPoolClient)
			}
		})
	}
}

type shape[T any] interface {
	Normalize() T
	Equivalent(T) bool
}

func canonicalRoundTrip[T shape[T]](t *testing.T, input, out []byte, decode func([]byte) (T, client.Violations)) {
	t.Helper()
	in, _ := decode(input)
	got, vs := decode(out)
	if len(vs) != 0 {
		t.Fatalf("the output does not decode cleanly: %v", vs)
	}
	if diff := cmp.Diff(got.Normalize(), got); diff != "" {
		t.Errorf("the output is not in canonical form (-canonical +output):\n%s", diff)
	}
	if !in.Equivalent(got) {
		t.Errorf("the output is not Equivalent to the input")
	}
}
