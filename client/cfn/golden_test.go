package cfn_test

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/cfn"
	"github.com/cognitokit/appclient/internal/golden"
	"github.com/google/go-cmp/cmp"
)

// render writes a report as text, one line per finding.
func render(rep *cfn.Report) string {
	var b strings.Builder
	for _, f := range rep.Template {
		writeFinding(&b, "", f)
	}
	for _, r := range rep.Results {
		fmt.Fprintf(&b, "%d:%d: %s", r.Pos.Line, r.Pos.Column, r.Resource)
		if r.CDKPath != "" {
			fmt.Fprintf(&b, " (%s)", r.CDKPath)
		}
		fmt.Fprintf(&b, ": %d cases\n", r.Cases)
		for _, f := range r.Findings {
			writeFinding(&b, "  ", f)
		}
		for _, s := range r.Skipped {
			fmt.Fprintf(&b, "  %d:%d: %s: not checked: %s", s.Pos.Line, s.Pos.Column, s.Field, s.Reason)
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
	return b.String()
}

func writeFinding(b *strings.Builder, indent string, f cfn.Finding) {
	fmt.Fprintf(b, "%s%d:%d: ", indent, f.Pos.Line, f.Pos.Column)
	if f.Field != "" {
		b.WriteString(f.Field + ": ")
	}
	if f.Severity == client.Warning {
		b.WriteString("warning: ")
	}
	fmt.Fprintf(b, "%s [%s]\n", f.Message, f.Rule)
}

// readParams reads a template's NAME.params file: NAME=VALUE lines.
func readParams(t *testing.T, path string) cfn.Options {
	data, err := os.ReadFile(strings.TrimSuffix(path, filepath.Ext(path)) + ".params")
	if os.IsNotExist(err) {
		return cfn.Options{}
	}
	if err != nil {
		t.Fatal(err)
	}
	opts := cfn.Options{Parameters: map[string]string{}}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), "="); ok {
			opts.Parameters[k] = v
		}
	}
	return opts
}

func templates(t testing.TB, dir string) []string {
	var files []string
	for _, pat := range []string{"*.yaml", "*.json"} {
		m, err := filepath.Glob(filepath.Join(dir, pat))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	return files
}

// goldenCheck compares each file's report with its golden file, in
// goldenDir (or beside the file when goldenDir is "").
func goldenCheck(t *testing.T, files []string, goldenDir string) {
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			got := render(cfn.Check(data, readParams(t, path)))
			goldenPath := strings.TrimSuffix(path, filepath.Ext(path)) + ".golden"
			if goldenDir != "" {
				goldenPath = filepath.Join(goldenDir, filepath.Base(goldenPath))
			}
			golden.Check(t, goldenPath, got)
		})
	}
}

func TestGolden(t *testing.T) {
	files := templates(t, filepath.Join("testdata", "templates"))
	if len(files) == 0 {
		t.Fatal("no templates")
	}
	goldenCheck(t, files, "")
}

// TestCDKGolden checks real cdk synth output, when the cdk branch has
// brought it.
func TestCDKGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "cdk", "cdk.out.golden", "*.template.json"))
	if len(files) == 0 {
		t.Skip("no cdk synth output in testdata/cdk/cdk.out.golden")
	}
	// The golden reports live apart from cdk.out.golden, which holds
	// exactly what cdk synth writes.
	goldenCheck(t, files, filepath.Join("testdata", "cdk", "golden"))
}

// TestSecretNeverPrinted checks that a ClientSecret's value appears in no
// output.
func TestSecretNeverPrinted(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "templates", "client-secret.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	out := render(cfn.Check(data, cfn.Options{}))
	if strings.Contains(out, "sEcReT-planted") || strings.Contains(out, "1example23456789") {
		t.Errorf("the output holds the secret:\n%s", out)
	}
	if !strings.Contains(out, "[cfn.read-only]") {
		t.Errorf("no cfn.read-only finding:\n%s", out)
	}
	data, err = os.ReadFile(filepath.Join("testdata", "templates", "client-secret-echoed.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if out := render(cfn.Check(data, cfn.Options{})); strings.Contains(out, "planted-secret") || !strings.Contains(out, "[model.enum]") {
		t.Errorf("want a model.enum finding without the secret:\n%s", out)
	}
	data, err = os.ReadFile(filepath.Join("testdata", "templates", "noecho.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if out := render(cfn.Check(data, cfn.Options{})); strings.Contains(out, "secret name") {
		t.Errorf("the output holds a NoEcho value:\n%s", out)
	}
}

func TestDeterministic(t *testing.T) {
	for _, path := range templates(t, filepath.Join("testdata", "templates")) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		a := cfn.Check(data, readParams(t, path))
		b := cfn.Check(data, readParams(t, path))
		if diff := cmp.Diff(a, b); diff != "" {
			t.Errorf("%s: two runs differ (-first +second):\n%s", path, diff)
		}
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		in   string
		want cfn.Kind
	}{
		{`{"Resources": {}}`, cfn.Template},
		{`{"AWSTemplateFormatVersion": "2010-09-09"}`, cfn.Template},
		{"Transform: AWS::Serverless-2016-10-31\n", cfn.Template},
		{`{"Type": "AWS::Cognito::UserPoolClient", "Properties": {}}`, cfn.Resource},
		{`{"WebClient": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {}}}`, cfn.Resource},
		{`{"UserPoolId": {"Ref": "Pool"}, "ClientName": "web"}`, cfn.Properties},
		{"UserPoolId: us-east-1_abc\nClientName: web\n", cfn.Properties},
		{`{"UserPoolId": "us-east-1_abc", "ClientName": "web"}`, cfn.NotTemplate},
		{`{"UserPoolClient": {"ClientId": "x"}}`, cfn.NotTemplate},
		{`[1, 2]`, cfn.NotTemplate},
		{`{`, cfn.NotTemplate},
		{``, cfn.NotTemplate},
		{`{"UserPoolId": {"Ref": "Pool"}, "CallbackUrls": []}`, cfn.Properties},                       // a misspelt property too
		{"Resources:\n  A: !Foo x\n", cfn.Template},                                                   // YAML that cannot be read: Check says where
		{"a: &a [x]\nb: [*a, *a]\nc: *nope\n", cfn.Template},                                          // an unknown alias
		{"not: [valid\n", cfn.Template},                                                               // a YAML syntax error
		{"hello\n", cfn.NotTemplate},                                                                  // a YAML scalar: neither
		{`{"UserPoolId": "us-east-1_abc", "ClientName": "web", "CallbackUrls": []}`, cfn.NotTemplate}, // API JSON with a typo
		{"\xff\xfe \x00{\x00\"\x00", cfn.NotTemplate},                                                 // JSON saved as UTF-16: the decoder says so
		{"\xfe\xff\x00\n\x00{\x00\"", cfn.NotTemplate},                                                // big-endian
		{"\xff\xfeR\x00e\x00s\x00", cfn.Template},                                                     // a YAML template saved as UTF-16
	}
	for _, tt := range tests {
		if got := cfn.Detect([]byte(tt.in)); got != tt.want {
			t.Errorf("Detect(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestRules(t *testing.T) {
	seen := map[client.RuleID]bool{}
	for _, r := range cfn.Rules() {
		if r.Family() != "cfn" || seen[r.ID] || r.Doc == "" || r.Source == "" || r.Exception == "" || r.Severity == 0 {
			t.Errorf("rule %+v: want a unique cfn ID, a severity, a doc, a source and an exception", r)
		}
		seen[r.ID] = true
	}
	var ids []client.RuleID
	for _, r := range cfn.Rules() {
		ids = append(ids, r.ID)
	}
	want := []client.RuleID{cfn.RuleSyntax, cfn.RuleNotTemplate, cfn.RuleUnknownProperty, cfn.RuleReadOnly, cfn.RuleType,
		cfn.RuleSchemaMinimum, cfn.RuleFunction, cfn.RuleNotEvaluated, cfn.RuleTooManyCases}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("rule order (-want +got):\n%s", diff)
	}
}

// TestCDKExpected checks the rules found in the CDK fixture against
// testdata/cdk/EXPECTED.md: per client, the errors and warnings.
func TestCDKExpected(t *testing.T) {
	want := map[string][]string{
		"PoolWeb224A1DFF":                nil,
		"PoolMachine75D22E2D":            nil,
		"PoolBadTokensCB11537B":          {"error tokens.access-range AccessTokenValidity 146:28"},
		"PoolBadCallback0D6CF809":        {"error urls.https CallbackURLs[1] 187:6", "error urls.default-in-callbacks DefaultRedirectURI 189:27"},
		"PoolBadFlows0D9A402B":           {"error oauth.client-credentials-alone AllowedOAuthFlows 206:26"},
		"PoolPartial175B5D38":            nil,
		"PoolWriteEmailVerified5A8CD5E3": {"error attributes.write-email-verified WriteAttributes[1] 306:6"},
		"LegacyMixCE263F3B":              {"error flows.legacy-mix ExplicitAuthFlows 8:26", "warning flows.legacy ExplicitAuthFlows[0] 9:6", "warning flows.password ExplicitAuthFlows[0] 9:6"},
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "cdk", "cdk.out.golden", "*.template.json"))
	if len(files) == 0 {
		t.Skip("no cdk synth output")
	}
	got := map[string][]string{}
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		rep := cfn.Check(data, cfn.Options{})
		if len(rep.Template) > 0 {
			t.Errorf("%s: template findings %v", path, rep.Template)
		}
		for _, r := range rep.Results {
			got[r.Resource] = nil
			for _, f := range r.Findings {
				got[r.Resource] = append(got[r.Resource], fmt.Sprintf("%s %s %s %d:%d", f.Severity, f.Rule, f.Path, f.Pos.Line, f.Pos.Column))
			}
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("CDK findings (-want +got):\n%s", diff)
	}
}

// TestEveryRuleHasAGolden: each rule of the cfn family is reported by some
// golden template, so none is declared without an input that shows it
// (the templates without it show it accepting).
func TestEveryRuleHasAGolden(t *testing.T) {
	goldens, err := filepath.Glob("testdata/templates/*.golden")
	if err != nil || len(goldens) == 0 {
		t.Fatalf("no golden templates: %v", err)
	}
	var all strings.Builder
	for _, g := range goldens {
		data, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		all.Write(data)
	}
	for _, r := range cfn.Rules() {
		if !strings.Contains(all.String(), "["+string(r.ID)+"]") {
			t.Errorf("%s: no golden template reports it", r.ID)
		}
	}
}

// TestMessagesCannotForgeLines: a key or a name of the template that a
// message names is escaped in it: no message holds a line break.
func TestMessagesCannotForgeLines(t *testing.T) {
	data := "Parameters:\n  \"P\\nX\":\n    Type: String\n    Default: \"48\"\nResources:\n  W:\n    Type: AWS::Cognito::UserPoolClient\n" +
		"    Properties:\n      UserPoolId: us-east-1_abc\n      \"Callback\\nUrls\": [x]\n      AccessTokenValidity: !Ref \"P\\nX\"\n"
	rep := cfn.Check([]byte(data), cfn.Options{})
	n := 0
	for _, r := range rep.Results {
		for _, f := range r.Findings {
			n++
			if strings.ContainsAny(f.Message, "\r\n") {
				t.Errorf("%s: the message holds a line break: %q", f.Rule, f.Message)
			}
		}
	}
	if n < 2 {
		t.Fatalf("want the unknown-property and token findings, got %d findings", n)
	}
}
