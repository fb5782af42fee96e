package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cognitokit/appclient/internal/golden"
	"github.com/google/go-cmp/cmp"
)

// TestGeneratedFilesAreFresh fails when a generated file differs from what
// bounds.json gives: run go generate ./... after editing the model rows.
func TestGeneratedFilesAreFresh(t *testing.T) {
	root, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	files, err := generate(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range sortedKeys(files) {
		got, err := os.ReadFile(filepath.Join(root, name))
		if err != nil {
			t.Errorf("%s: %v (run go generate ./...)", name, err)
			continue
		}
		if !bytes.Equal(got, files[name]) {
			t.Errorf("%s is stale: run go generate ./...\n%s", name, cmp.Diff(string(files[name]), string(got)))
		}
		if !bytes.HasPrefix(got, []byte("// Code generated ")) || !bytes.Contains(got[:bytes.IndexByte(got, '\n')], []byte("DO NOT EDIT.")) {
			t.Errorf("%s lacks the // Code generated … DO NOT EDIT. line", name)
		}
	}
}

func TestGoName(t *testing.T) {
	for in, want := range map[string]string{
		"UserPoolId":                 "UserPoolID",
		"IdTokenValidity":            "IDTokenValidity",
		"ApplicationArn":             "ApplicationARN",
		"RedirectUrlType":            "RedirectURLType",
		"CallbackURLs":               "CallbackURLs",
		"DefaultRedirectURI":         "DefaultRedirectURI",
		"SupportedIdentityProviders": "SupportedIdentityProviders",
		"Identity":                   "Identity",
		"ClientType":                 "ClientType",
		"ArnType":                    "ARNType",
		"Id":                         "ID",
	} {
		if got := goName(in); got != want {
			t.Errorf("goName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestUnexported(t *testing.T) {
	for in, want := range map[string]string{"IDToken": "idToken", "ClientName": "clientName", "ID": "id"} {
		if got := unexported(in); got != want {
			t.Errorf("unexported(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestExtract reads a small Smithy model as -smithy does: member order and
// required flags, lengths, ranges, counts, patterns, sensitive, enum values
// and their names, defaults, and only the shapes the roots reach.
func TestExtract(t *testing.T) {
	data, err := os.ReadFile("testdata/smithy-mini.json")
	if err != nil {
		t.Fatal(err)
	}
	got, err := extract(data, "smithy-mini.json")
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/bounds-mini.golden", string(got))
}

func TestExtractErrors(t *testing.T) {
	for name, in := range map[string]string{
		"not JSON":        `{`,
		"no roots":        `{"shapes": {}}`,
		"dangling target": `{"shapes": {"com.amazonaws.cognitoidentityprovider#CreateUserPoolClientRequest": {"type": "structure", "members": {"X": {"target": "com.amazonaws.cognitoidentityprovider#Nope"}}}}}`,
	} {
		if _, err := extract([]byte(in), name); err == nil {
			t.Errorf("%s: extract succeeded", name)
		}
	}
}

// TestKeepFromOld: a refresh keeps the source notes the model cannot give,
// keeps the commit only for the same model file, and refuses a model that
// lacks a member bounds.json has.
func TestKeepFromOld(t *testing.T) {
	old := `{"source": {"repo": "r", "path": "p", "commit": "c1", "file_sha256": "s1", "changes": ["ClientType from the JS SDK"]},
		"roots": {"R": [{"name": "A"}, {"name": "B"}]}, "shapes": {}}`
	fresh := func(sha string, names ...string) []byte {
		var rows []string
		for _, n := range names {
			rows = append(rows, `{"name": "`+n+`"}`)
		}
		return []byte(`{"source": {"path": "p", "file_sha256": "` + sha + `"}, "roots": {"R": [` + strings.Join(rows, ",") + `]}, "shapes": {}}`)
	}
	source := func(data []byte) map[string]any {
		var doc struct{ Source map[string]any }
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatal(err)
		}
		return doc.Source
	}
	changes := []any{"ClientType from the JS SDK"}
	for _, tt := range []struct {
		name, sha, commit string
		names             []string
		allow             bool
		want              map[string]any
		notes             int
		fails             bool
	}{
		{"same file", "s1", "", []string{"A", "B"}, false, map[string]any{"repo": "r", "path": "p", "commit": "c1", "file_sha256": "s1", "changes": changes}, 0, false},
		{"new file, commit given", "s2", "c2", []string{"A", "B", "C"}, false, map[string]any{"repo": "r", "path": "p", "commit": "c2", "file_sha256": "s2", "changes": changes}, 0, false},
		{"new file, no commit", "s2", "", []string{"A", "B"}, false, map[string]any{"repo": "r", "path": "p", "file_sha256": "s2", "changes": changes}, 1, false},
		{"a member lost", "s2", "c2", []string{"A"}, false, nil, 0, true},
		{"a member removed on purpose", "s2", "c2", []string{"A"}, true, map[string]any{"repo": "r", "path": "p", "commit": "c2", "file_sha256": "s2", "changes": changes}, 0, false},
	} {
		got, notes, err := keepFromOld([]byte(old), fresh(tt.sha, tt.names...), tt.commit, tt.allow)
		if tt.fails {
			if err == nil || !strings.Contains(err.Error(), "R.B") {
				t.Errorf("%s: err %v, want one naming R.B", tt.name, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if diff := cmp.Diff(tt.want, source(got)); diff != "" {
			t.Errorf("%s: source (-want +got):\n%s", tt.name, diff)
		}
		if len(notes) != tt.notes {
			t.Errorf("%s: notes %q, want %d", tt.name, notes, tt.notes)
		}
	}
}
