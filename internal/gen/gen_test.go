package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

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
	golden := "testdata/bounds-mini.golden"
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("extract (-want +got):\n%s", diff)
	}
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
