package cli_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/cognitokit/appclient/cmd/appclient/internal/cli"
	"github.com/cognitokit/appclient/internal/pathname"
)

// hostile draws text meant to forge or reorder an output line: line breaks
// of every kind (LF, CR, NEL, U+2028), terminal escapes (ESC, CSI), bidi
// and other format characters, quotes, and what a forged line would say.
func hostile() *rapid.Generator[string] {
	pieces := []string{"a", "ü", " ", ":", "\"", "\\", "\n", "\r", "\u0085", "\u2028", "\u2029", "\x1b[31m",
		"\u009b", "\x7f", "\u202e", "\u2066", "\u200f", "\u061c", "\u00a0", "\U000e0041",
		"x.json: ClientName: fine [json.syntax]", "ReadAttributes: desired x, current y"}
	return rapid.Custom(func(t *rapid.T) string {
		parts := rapid.SliceOfN(rapid.SampledFrom(pieces), 1, 8).Draw(t, "parts")
		return strings.Join(parts, "")
	})
}

// fileName is hostile text that a Linux file name can hold.
func fileName(t *rapid.T) string {
	name := strings.NewReplacer("/", "_", "\x00", "_").Replace(hostile().Draw(t, "file"))
	if len(name) > 200 {
		name = name[:200]
	}
	return name + ".json"
}

// diffLine is how diff starts a line: a member path and a colon.
var diffLine = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9.\[\]]*: `)

// TestPropOutputCannotBeForged: whatever text the input holds, in values
// no rule restricts (ReadAttributes, ExternalId), in member names and in
// file names, every output of validate (text, JSON, SARIF), normalize and
// diff (text, JSON) has no character that is not printable but its own line
// ends, its JSON is valid, and each text line starts as the command starts
// its lines: the input cannot forge, break or reorder one.
func TestPropOutputCannotBeForged(t *testing.T) {
	dir := t.TempDir()
	rapid.Check(t, func(t *rapid.T) {
		value, member := hostile().Draw(t, "value"), hostile().Draw(t, "member")
		sub, err := os.MkdirTemp(dir, "")
		if err != nil {
			t.Fatal(err)
		}
		a, b := filepath.Join(sub, fileName(t)), filepath.Join(sub, "b.json")
		doc := func(attr string, extra bool) []byte {
			m := map[string]any{
				"UserPoolId": "us-east-1_abc", "ClientName": "c", "PreventUserExistenceErrors": "ENABLED",
				"ReadAttributes":         []string{attr},
				"AnalyticsConfiguration": map[string]any{"ApplicationArn": "arn:aws:mobiletargeting:us-east-1:123456789012:apps/abc", "ExternalId": attr},
			}
			if extra {
				m[member] = value
			}
			data, err := json.Marshal(m)
			if err != nil {
				t.Fatal(err)
			}
			return data
		}
		if err := os.WriteFile(a, doc(value, false), 0o644); err != nil {
			t.Skip("the file system refuses the name:", err)
		}
		if err := os.WriteFile(b, doc("email", rapid.Bool().Draw(t, "unknown member")), 0o644); err != nil {
			t.Fatal(err)
		}
		shown := func(f string) string { return pathname.Text(f) }
		for _, tt := range []struct {
			args   []string
			isJSON bool
			prefix func(line string) bool
		}{
			{[]string{"validate", a, b}, false, func(l string) bool {
				return strings.HasPrefix(l, shown(a)+": ") || strings.HasPrefix(l, shown(b)+": ")
			}},
			{[]string{"validate", "--format", "json", a, b}, true, nil},
			{[]string{"validate", "--format", "sarif", a, b}, true, nil},
			{[]string{"normalize", a}, true, nil},
			{[]string{"diff", a, b}, false, func(l string) bool {
				return diffLine.MatchString(l) || strings.HasPrefix(l, shown(b)+": ")
			}},
			{[]string{"diff", "--format", "json", a, b}, true, nil},
		} {
			var out, errOut bytes.Buffer
			cli.Run(tt.args, strings.NewReader(""), &out, &errOut)
			stdout, stderr := out.String(), errOut.String()
			for _, r := range stdout + stderr {
				if r != '\n' && !strconv.IsPrint(r) {
					t.Fatalf("%q: output has %U:\n%s%s", tt.args, r, stdout, stderr)
				}
			}
			if tt.isJSON && stdout != "" && !json.Valid([]byte(stdout)) {
				t.Fatalf("%q: not valid JSON:\n%s", tt.args, stdout)
			}
			if tt.prefix != nil {
				for _, line := range strings.Split(strings.TrimSuffix(stdout, "\n"), "\n") {
					if line != "" && !tt.prefix(line) {
						t.Fatalf("%q: a line that the command did not start: %q\n%s", tt.args, line, stdout)
					}
				}
			}
		}
	})
}
