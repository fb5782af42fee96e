package client

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"
)

// TestRedirectsNotedByWalk checks that what the model walk notes of each
// redirect URL equals what parseRedirects parses by itself when the walk
// noted nothing.
func TestRedirectsNotedByWalk(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		url := rapid.SampledFrom([]string{
			"https://app.example.com/cb", "http://localhost:3000/cb", "http://127.0.0.1/cb", "http://[::1]/cb",
			"http://example.com/cb", "https://example.com/cb#", "javascript:alert(1)", "file:///etc/passwd",
			"myapp://cb", "https:///cb", "https://a:99999/cb", "https://a/%zz", "", "no-scheme", "https://a/ b",
			"https://bücher.example/cb", "https://a/\xff", "https://a/" + strings.Repeat("x", 1020),
		})
		var r CreateRequest
		if rapid.Bool().Draw(t, "callbacks") {
			r.CallbackURLs = rapid.SliceOfN(url, 0, 12).Draw(t, "CallbackURLs")
		}
		if rapid.Bool().Draw(t, "logout") {
			r.LogoutURLs = rapid.SliceOfN(url, 0, 5).Draw(t, "LogoutURLs")
		}
		if rapid.Bool().Draw(t, "default") {
			d := url.Draw(t, "DefaultRedirectURI")
			r.DefaultRedirectURI = &d
		}

		c := checker{}
		c.begin()
		c.modelCreateRequest(&r)
		walked := c.pass
		walked.Settings = r.Settings
		defer func() { walked.release(); passes.Put(walked) }()
		if n := walked.redirects; len(n.callbacks) != len(r.CallbackURLs) || len(n.logout) != len(r.LogoutURLs) ||
			n.sawDefault != (r.DefaultRedirectURI != nil) {
			t.Fatalf("the walk noted %d callbacks, %d logout URLs, default %v", len(n.callbacks), len(n.logout), n.sawDefault)
		}

		parsed := &pass{Settings: r.Settings}
		if len(parsed.redirects.callbacks)+len(parsed.redirects.logout) != 0 || parsed.redirects.sawDefault {
			t.Fatal("a fresh pass has noted redirects")
		}
		want, got := parsed.parseRedirects(), walked.parseRedirects()
		if diff := cmp.Diff(*want, *got, cmp.AllowUnexported(redirects{}, redirect{}),
			cmpopts.IgnoreFields(redirects{}, "sawDefault"), cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("redirects (-parsed +walked):\n%s", diff)
		}
	})
}
