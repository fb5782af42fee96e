package nearest_test

import (
	"slices"
	"testing"

	"github.com/cognitokit/appclient/internal/nearest"
)

func TestName(t *testing.T) {
	members := []string{"CallbackURLs", "LogoutURLs", "ClientName", "IdTokenValidity", "AccessTokenValidity"}
	tests := []struct{ name, want string }{
		{"CallbackURLs", "CallbackURLs"},
		{"CallbackUrls", "CallbackURLs"}, // case only
		{"callbackurls", "CallbackURLs"},
		{"CalbackURLs", "CallbackURLs"}, // one edit
		{"CalbakURL", ""},               // three edits
		{"ClientNme", "ClientName"},     // one edit
		{"IdTokenValidty", "IdTokenValidity"},
		{"Id", ""},  // too short for edits
		{"Nme", ""}, // too short for edits
		{"LogoutUrls", "LogoutURLs"},
		{"Unrelated", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := nearest.Name(tt.name, slices.Values(members)); got != tt.want {
			t.Errorf("Name(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
