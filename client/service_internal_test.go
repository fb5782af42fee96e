package client

import (
	"testing"

	"github.com/cognitokit/appclient/flows"
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
