package client_test

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/cognitokit/appclient/client"
)

// These tests feed inputs built to hurt: huge strings, huge lists, huge
// numbers, deep nesting. They assert what is reported and that the report
// stays small; the time each takes is logged (speed is measured with
// benchmarks, never asserted by wall clock), and the whole file runs in a few
// seconds because every step is linear.

// TestHugeListsAreCapped: a list of a million bad entries is reported in at
// most ten lines per rule, plus one line that counts the rest.
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
	t.Logf("Check on a million callback URLs: %v", time.Since(start))
	var lines []string
	for _, v := range got {
		lines = append(lines, v.String())
	}
	want := []string{"CallbackURLs: must have at most 100 items (got 1000000) [model.items]"}
	for i := 0; i < 10; i++ {
		want = append(want, "CallbackURLs["+strconv.Itoa(i)+"]: must use HTTPS: plain HTTP is allowed only to exactly localhost, 127.0.0.1 or [::1] [urls.https]")
	}
	want = append(want, "CallbackURLs: and 999990 more violations of this rule in CallbackURLs (only the first 10 are listed) [urls.https]")
	for i := 1; i < 11; i++ {
		want = append(want, "CallbackURLs["+strconv.Itoa(i)+"]: warning: repeats CallbackURLs[0] [lists.duplicate]")
	}
	want = append(want, "CallbackURLs: warning: and 999989 more violations of this rule in CallbackURLs (only the first 10 are listed) [lists.duplicate]")
	if diff := cmp.Diff(want, lines); diff != "" {
		t.Errorf("Check() (-want +got):\n%s", diff)
	}
}

func TestHugeStringInAGoValue(t *testing.T) {
	r := validCreate()
	r.ClientName = client.Ptr(strings.Repeat("é", 2<<20)) // 4 MiB
	got := modelOnly(r.Check())
	want := client.Violations{
		{Path: "ClientName", Rule: client.RuleModelLength, Severity: client.Error, Message: "must be at most 128 characters (got 2097152)"},
	}
	if diff := cmp.Diff(want, got[:1]); diff != "" {
		t.Errorf("Check() (-want +got):\n%s", diff)
	}
	assertSmall(t, got)
}

// TestHostileDocuments decodes and checks documents built to hurt, and
// asserts the rules each one reports, and that the report stays small.
func TestHostileDocuments(t *testing.T) {
	const head = `{"UserPoolId":"us-east-1_Ab12Cd34E","PreventUserExistenceErrors":"ENABLED",`
	doc := func(parts ...string) []byte { return []byte(head + strings.Join(parts, "") + "}") }
	repeatJoin := func(s string, n int) string { return strings.TrimSuffix(strings.Repeat(s+",", n), ",") }

	tests := []struct {
		name  string
		data  []byte
		rules []client.RuleID // the rules reported, in order, without repeats
	}{
		{"4 MiB ClientName", doc(`"ClientName":"`, strings.Repeat("a", 4<<20), `"`),
			[]client.RuleID{client.RuleModelLength}},
		{"a million escapes", doc(`"ClientName":"`, strings.Repeat(`\u0041`, 1_000_000), `"`),
			[]client.RuleID{client.RuleModelLength}},
		{"a million-digit number", doc(`"ClientName":"a","AccessTokenValidity":`, strings.Repeat("9", 1_000_000)),
			[]client.RuleID{client.RuleJSONType}},
		{"a million callback URLs of the wrong type", doc(`"ClientName":"a","CallbackURLs":[`, repeatJoin("1", 1_000_000), `]`),
			[]client.RuleID{client.RuleJSONType}},
		{"a million callback URLs", doc(`"ClientName":"a","CallbackURLs":[`, repeatJoin(`"https://a.example/cb"`, 1_000_000), `]`),
			[]client.RuleID{client.RuleModelItems, client.RuleOAuthDisabledSettings, client.RuleListsDuplicate}},
		{"100,000 nested arrays", doc(`"ClientName":"a","Extra":`, strings.Repeat("[", 100_000), strings.Repeat("]", 100_000)),
			[]client.RuleID{client.RuleJSONUnknownMember, client.RuleJSONSyntax}},
		{"a million unknown members", doc(`"ClientName":"a",`, repeatJoin(`"x":1`, 1_000_000)),
			[]client.RuleID{client.RuleJSONUnknownMember}},
		{"a member repeated a million times", doc(`"ClientName":"a",`, repeatJoin(`"AuthSessionValidity":3`, 1_000_000)),
			[]client.RuleID{client.RuleJSONDuplicateMember}},
		{"a 4 MiB member name", doc(`"ClientName":"a","`, strings.Repeat("n", 4<<20), `":1`),
			[]client.RuleID{client.RuleJSONUnknownMember}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			_, got := client.DecodeCheck(tt.data, client.Create)
			t.Logf("%d bytes: %v, %d violations", len(tt.data), time.Since(start), len(got))
			var rules []client.RuleID
			for _, v := range got {
				if len(rules) == 0 || rules[len(rules)-1] != v.Rule {
					rules = append(rules, v.Rule)
				}
			}
			if diff := cmp.Diff(tt.rules, rules); diff != "" {
				t.Errorf("rules (-want +got):\n%s\n%v", diff, got)
			}
			assertSmall(t, got)
		})
	}
}

// assertSmall: a hostile input gets a short report of short lines.
func assertSmall(t *testing.T, vs client.Violations) {
	t.Helper()
	if len(vs) > 40 {
		t.Errorf("%d violations: the report must stay small", len(vs))
	}
	for _, v := range vs {
		if len(v.Message) > 2048 || len(v.Path) > 256 {
			t.Errorf("violation of %d+%d bytes: values must be cut in paths and messages", len(v.Path), len(v.Message))
		}
	}
}

// TestSameAnswerEveryTime: decoding and checking is deterministic.
func TestSameAnswerEveryTime(t *testing.T) {
	data := bytes.Repeat([]byte(" "), 1)
	data = append(data, []byte(`{"ClientName":"café","CallbackUrls":[1],"AccessTokenValidity":"60","x":1,"y":2,"AllowedOAuthScopes":["a","a","b c"]}`)...)
	_, first := client.DecodeCheck(data, client.Auto)
	for i := 0; i < 50; i++ {
		if _, again := client.DecodeCheck(data, client.Auto); !cmp.Equal(first, again) {
			t.Fatalf("run %d differs:\n%s", i, cmp.Diff(first, again))
		}
	}
}
