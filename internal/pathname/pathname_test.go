package pathname_test

import (
	"strings"
	"testing"

	"github.com/cognitokit/appclient/internal/pathname"
)

func TestMember(t *testing.T) {
	for _, tt := range []struct {
		name string
		odd  bool
		want string
	}{
		{"CallbackUrls", false, "CallbackUrls"},
		{"CallbackUrls", true, `"CallbackUrls"`},
		{"", false, `""`},
		{"a\tb", false, `"a\tb"`},
		{"a\xffb", false, `"a\xffb"`},
		{strings.Repeat("n", 128), false, strings.Repeat("n", 128)},
		{strings.Repeat("n", 129), false, `"` + strings.Repeat("n", 64) + `"…`},
	} {
		if got := pathname.Member(tt.name, tt.odd); got != tt.want {
			t.Errorf("Member(%q, %v) = %q, want %q", tt.name, tt.odd, got, tt.want)
		}
	}
}

func TestQuote(t *testing.T) {
	if got, want := pathname.Quote(strings.Repeat("é", 65)), `"`+strings.Repeat("é", 64)+`"…`; got != want {
		t.Errorf("Quote cuts to %q, want %q", got, want)
	}
	if got, want := pathname.Quote(`a"b`), `"a\"b"`; got != want {
		t.Errorf("Quote = %q, want %q", got, want)
	}
}
