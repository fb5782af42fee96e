package cli_test

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDiffNoSecrets runs diff on every pair of inputs that hold a
// ClientSecret or a ClientId, in both formats and both directions, and
// checks that no output contains one.
func TestDiffNoSecrets(t *testing.T) {
	files := []string{examples + "describe.json", examples + "update.json", examples + "web-app.json",
		drift + "live.json", drift + "same.json", drift + "update.json", drift + "desired.json"}
	var secrets []string
	for _, f := range files {
		var doc struct {
			ClientID, ClientSecret string
			UserPoolClient         struct{ ClientID, ClientSecret string }
		}
		readJSON(t, f, &doc)
		for _, s := range []string{doc.ClientID, doc.ClientSecret, doc.UserPoolClient.ClientID, doc.UserPoolClient.ClientSecret} {
			if s != "" {
				secrets = append(secrets, s)
			}
		}
	}
	if len(secrets) < 6 {
		t.Fatalf("the examples lost their secrets: %d found", len(secrets))
	}
	for _, a := range files {
		for _, b := range files {
			for _, format := range []string{"text", "json"} {
				code, stdout, stderr := runCLI(t, "", "diff", "--format", format, a, b)
				if code == 2 {
					t.Errorf("diff %s %s: exit 2: %s", a, b, stderr)
				}
				for _, s := range secrets {
					if strings.Contains(stdout+stderr, s) {
						t.Errorf("diff --format %s %s %s shows a secret or ClientId:\n%s", format, a, b, stdout)
					}
				}
			}
		}
	}
}

// TestDiffJSON checks the JSON document against the text lines of the same
// comparison, and that exit 0 goes with "equal": true. It reads the values
// as the README says: JSON values, except that the lifetimes, ClientId and
// ClientSecret are always described in words, and "absent" is a word.
func TestDiffJSON(t *testing.T) {
	words := map[string]bool{"ClientId": true, "ClientSecret": true,
		"AccessTokenValidity": true, "IdTokenValidity": true, "RefreshTokenValidity": true}
	text := func(t *testing.T, field string, v json.RawMessage) string {
		if string(v) == "null" {
			return "absent"
		}
		var s string
		if json.Unmarshal(v, &s) == nil && words[field] {
			return s
		}
		var compact bytes.Buffer
		if err := json.Compact(&compact, v); err != nil {
			t.Fatal(err)
		}
		return compact.String()
	}
	pairs := [][2]string{
		{drift + "desired.json", drift + "live.json"},
		{drift + "desired.json", drift + "same.json"},
		{drift + "update.json", drift + "live.json"},
		{examples + "web-app.json", examples + "describe.json"},
		{examples + "describe.json", drift + "live.json"},
	}
	for _, p := range pairs {
		code, stdout, _ := runCLI(t, "", "diff", "--format", "json", p[0], p[1])
		var doc struct {
			Equal   bool
			Changes []struct {
				Field            string
				Desired, Current json.RawMessage
			}
		}
		dec := json.NewDecoder(strings.NewReader(stdout))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&doc); err != nil {
			t.Fatalf("%v: %v\n%s", p, err, stdout)
		}
		if doc.Changes == nil || doc.Equal != (len(doc.Changes) == 0) || doc.Equal != (code == 0) {
			t.Errorf("%v: equal %v, %d changes, exit %d", p, doc.Equal, len(doc.Changes), code)
		}
		var fromJSON []string
		for _, c := range doc.Changes {
			fromJSON = append(fromJSON, c.Field+": desired "+text(t, c.Field, c.Desired)+", current "+text(t, c.Field, c.Current))
		}
		textCode, out, _ := runCLI(t, "", "diff", p[0], p[1])
		var lines []string
		if out != "" {
			lines = strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		}
		if diff := cmp.Diff(lines, fromJSON); diff != "" || textCode != code {
			t.Errorf("%v: text and JSON disagree (-text +json), exit %d and %d:\n%s", p, textCode, code, diff)
		}
	}
}

// TestDiffEqualAfterNormalize: a file and its normalized form are equal.
func TestDiffEqualAfterNormalize(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"web-app.json", "update.json", "describe.json", "drift/live.json"} {
		code, normalized, stderr := runCLI(t, "", "normalize", examples+f)
		if code != 0 {
			t.Fatalf("normalize %s: %s", f, stderr)
		}
		out := dir + "/" + strings.ReplaceAll(f, "/", "-")
		if err := os.WriteFile(out, []byte(normalized), 0o644); err != nil {
			t.Fatal(err)
		}
		if code, stdout, stderr := runCLI(t, "", "diff", examples+f, out); code != 0 {
			t.Errorf("diff %s with its normalized form: exit %d\n%s%s", f, code, stdout, stderr)
		}
	}
}
