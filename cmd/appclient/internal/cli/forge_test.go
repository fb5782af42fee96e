package cli_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cognitokit/appclient/cmd/appclient/internal/cli"
)

// TestTemplatesAndPlansCannotForgeLines: keys, logical IDs, parameter and
// condition names, addresses and attribute names of a template or a plan
// are written so that no line break, control or bidi character from the
// input reaches the text output: every line starts with the file's name.
func TestTemplatesAndPlansCannotForgeLines(t *testing.T) {
	template := "Parameters:\n  \"P\\nX: forged\":\n    Type: String\n    Default: \"48\"\n" +
		"Resources:\n  \"W\\nZ: forged\":\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n" +
		"      UserPoolId: !GetAtt \"Pool\\u202e.Arn\"\n" +
		"      \"Callback\\nUrls\": [x]\n" +
		"      AccessTokenValidity: !Ref \"P\\nX: forged\"\n" +
		"      TokenValidityUnits: {\"Bad\\r\\nKey\": x}\n" +
		"  \"Pool\\u202e\":\n    Type: AWS::Cognito::UserPool\n"
	plan := `{"format_version": "1.2", "resource_changes": [{"address": "aws_cognito_user_pool_client.a\nb",
		"mode": "managed", "type": "aws_cognito_user_pool_client", "name": "a\nb",
		"change": {"actions": ["create"], "after": {"name": "x", "user_pool_id": "us-east-1_abc",
			"callback_urls": ["http://h/cb"], "new\nattr: forged": 1, "default_redirect_uri": "z\u001b[31m"},
			"after_unknown": {"id": true, "\u202ex": true}}}]}`
	dir := t.TempDir()
	for name, data := range map[string]string{"template.yaml": template, "plan.json": plan} {
		file := filepath.Join(dir, name)
		if err := os.WriteFile(file, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, args := range [][]string{{"validate"}, {"validate", "--explain-skipped"}} {
			var stdout, stderr bytes.Buffer
			code := cli.Run(append(args, file), nil, &stdout, &stderr)
			if code != 1 {
				t.Errorf("%s %v: exit %d, want 1; stderr:\n%s", name, args, code, stderr.String())
			}
			out := stdout.String()
			if out == "" {
				t.Fatalf("%s %v: no output", name, args)
			}
			for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
				if !strings.HasPrefix(line, file) {
					t.Errorf("%s %v: a line does not start with the file name (forged?): %q", name, args, line)
				}
			}
			if strings.ContainsAny(out, "\r\u202e\x1b") {
				t.Errorf("%s %v: output keeps a control or bidi character:\n%q", name, args, out)
			}
		}
	}
}
