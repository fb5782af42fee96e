package client

import (
	"testing"

	"pgregory.net/rapid"

	"github.com/cognitokit/appclient/flows"
	"github.com/cognitokit/appclient/internal/spec"
	"github.com/cognitokit/appclient/urls"
)

// The constant messages must cover exactly the flows the flows package calls
// legacy or password flows.
func TestFlowMessagesCoverFlows(t *testing.T) {
	for _, f := range append(flows.AuthFlows(), "ALLOW_CLIENT_TOKEN_AUTH", "") {
		if got, want := legacyMessage(f) != "", flows.Legacy(f); got != want {
			t.Errorf("legacyMessage(%q) set = %v, flows.Legacy = %v", f, got, want)
		}
		if got, want := passwordMessage(f) != "", flows.Password(f); got != want {
			t.Errorf("passwordMessage(%q) set = %v, flows.Password = %v", f, got, want)
		}
	}
}

func TestItemPath(t *testing.T) {
	for _, tt := range []struct {
		member string
		index  int
		want   string
	}{
		{"CallbackURLs", -1, "CallbackURLs"},
		{"CallbackURLs", 0, "CallbackURLs[0]"},
		{"CallbackURLs", 99, "CallbackURLs[99]"},
		{"ReadAttributes", 127, "ReadAttributes[127]"},
		{"ReadAttributes", 128, "ReadAttributes[128]"},
		{"ReadAttributes", 123456, "ReadAttributes[123456]"},
		{"SomethingElse", 3, "SomethingElse[3]"},
	} {
		if got := itemPath(tt.member, tt.index); got != tt.want {
			t.Errorf("itemPath(%q, %d) = %q, want %q", tt.member, tt.index, got, tt.want)
		}
	}
}

// parseRedirect trusts that a URL urls.Redirect finds OK has only characters
// of the RedirectUrlType pattern; this property keeps that true.
func TestRedirectOKImpliesModelPattern(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		u := rapid.OneOf(
			rapid.String(),
			rapid.StringMatching(`(https?|myapp)://[a-z0-9.\[\]:@%-]{0,20}(/[^#]{0,20})?`),
			rapid.Map(rapid.String(), func(s string) string { return "https://a.example/" + s }),
		).Draw(t, "url")
		if _, problem := urls.Redirect(u); problem == urls.OK && !spec.RedirectURLType.Pattern.Match(u) {
			t.Fatalf("urls.Redirect(%q) is OK, but the model pattern rejects it", u)
		}
	})
}
