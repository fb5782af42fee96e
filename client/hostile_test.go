package client_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/cognitokit/appclient/client"
)

// TestHugeListsAreCapped: a list of a million bad entries is checked in
// linear time and reported in at most ten lines per rule, plus one line that
// counts the rest.
func TestHugeListsAreCapped(t *testing.T) {
	const n = 1_000_000
	r := validCreate()
	r.CallbackURLs = make([]string, n)
	for i := range r.CallbackURLs {
		r.CallbackURLs[i] = "http://app.example.com/cb"
	}
	r.DefaultRedirectURI = nil
	start := time.Now()
	got := r.Check()
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("Check took %v on a million callback URLs", d)
	}
	var lines []string
	for _, v := range got {
		lines = append(lines, v.String())
	}
	want := []string{"CallbackURLs: must have at most 100 items (got 1000000) [model.items]"}
	for i := 0; i < 10; i++ {
		want = append(want, "CallbackURLs["+itoa(i)+"]: must use HTTPS: plain HTTP is allowed only to exactly localhost, 127.0.0.1 or [::1] [urls.https]")
	}
	for i := 1; i < 11; i++ {
		want = append(want, "CallbackURLs["+itoa(i)+"]: warning: repeats CallbackURLs[0] [lists.duplicate]")
	}
	want = append(want,
		"CallbackURLs: and 999990 more items of CallbackURLs break this rule (only the first 10 are listed) [urls.https]",
		"CallbackURLs: warning: and 999989 more items of CallbackURLs break this rule (only the first 10 are listed) [lists.duplicate]")
	if diff := cmp.Diff(want, lines); diff != "" {
		t.Errorf("Check() (-want +got):\n%s", diff)
	}
}

func TestHugeStrings(t *testing.T) {
	r := validCreate()
	r.ClientName = client.Ptr(strings.Repeat("é", 2<<20)) // 4 MiB
	start := time.Now()
	got := r.Check()
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Check took %v on a 4 MiB ClientName", d)
	}
	want := client.Violations{
		{Path: "ClientName", Rule: client.RuleLength, Severity: client.Error, Message: "must be at most 128 characters (got 2097152)"},
	}
	if diff := cmp.Diff(want, modelOnly(got)[:1]); diff != "" {
		t.Errorf("Check() (-want +got):\n%s", diff)
	}
	for _, v := range got {
		if len(v.Message) > 1024 {
			t.Errorf("message of %d bytes: values must be cut in messages", len(v.Message))
		}
	}
}

func itoa(i int) string {
	const digits = "0123456789"
	if i < 10 {
		return digits[i : i+1]
	}
	return itoa(i/10) + digits[i%10:i%10+1]
}
