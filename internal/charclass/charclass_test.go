package charclass_test

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cognitokit/appclient/internal/charclass"
	"github.com/google/go-cmp/cmp"
)

var allClasses = []charclass.Class{
	charclass.None,
	charclass.UserPoolID,
	charclass.ClientName,
	charclass.WordPlus,
	charclass.ProviderName,
	charclass.RedirectURL,
	charclass.Scope,
	charclass.Hex,
	charclass.ARN,
}

var classNames = map[charclass.Class]string{
	charclass.None:         "None",
	charclass.UserPoolID:   "UserPoolID",
	charclass.ClientName:   "ClientName",
	charclass.WordPlus:     "WordPlus",
	charclass.ProviderName: "ProviderName",
	charclass.RedirectURL:  "RedirectURL",
	charclass.Scope:        "Scope",
	charclass.Hex:          "Hex",
	charclass.ARN:          "ARN",
}

type matchCase struct {
	class charclass.Class
	in    string
	want  bool
}

var matchCases = []matchCase{
	{charclass.None, "", true},
	{charclass.None, "\xff", true},
	{charclass.None, "anything at all", true},

	{charclass.UserPoolID, "us-east-1_AbCdEf123", true},
	{charclass.UserPoolID, "a_b", true},
	{charclass.UserPoolID, "__b", true},
	{charclass.UserPoolID, "a_b_c", true},
	{charclass.UserPoolID, "-_0", true},
	{charclass.UserPoolID, "", false},
	{charclass.UserPoolID, "us-east-1", false},
	{charclass.UserPoolID, "_abc", false},
	{charclass.UserPoolID, "abc_", false},
	{charclass.UserPoolID, "a_b-c", false},
	{charclass.UserPoolID, "a b_c", false},
	{charclass.UserPoolID, "café_x", false},
	{charclass.UserPoolID, "a_\xff", false},

	{charclass.ClientName, "My App", true},
	{charclass.ClientName, "a_b+c=d,e.f@g-h", true},
	{charclass.ClientName, " \t\n\v\f\r", true},
	{charclass.ClientName, "tab\there", true},
	{charclass.ClientName, "v\vtab", true},
	{charclass.ClientName, "", false},
	{charclass.ClientName, "café", false},
	{charclass.ClientName, "no\u00a0break", false},
	{charclass.ClientName, "line\u2028sep", false},
	{charclass.ClientName, "a/b", false},
	{charclass.ClientName, "a:b", false},
	{charclass.ClientName, "\x00", false},
	{charclass.ClientName, "\xff", false},

	{charclass.WordPlus, "abcDEF012_+", true},
	{charclass.WordPlus, "1example23456789", true},
	{charclass.WordPlus, "", false},
	{charclass.WordPlus, "abc/def", false},
	{charclass.WordPlus, "abc=", false},
	{charclass.WordPlus, "abc-def", false},
	{charclass.WordPlus, "abc def", false},
	{charclass.WordPlus, "café", false},

	{charclass.ProviderName, "COGNITO", true},
	{charclass.ProviderName, "My SAML IdP", true},
	{charclass.ProviderName, "あ", true},
	{charclass.ProviderName, "no\u00a0break", true},
	{charclass.ProviderName, "line\u2028sep", true},
	{charclass.ProviderName, "e\u0301", true},
	{charclass.ProviderName, "\U0001F600", true},
	{charclass.ProviderName, "\ufffd", true},
	{charclass.ProviderName, "", false},
	{charclass.ProviderName, "tab\there", false},
	{charclass.ProviderName, "zero\u200bwidth", false},
	{charclass.ProviderName, "\u0378", false},
	{charclass.ProviderName, "\ue000", false},
	{charclass.ProviderName, "\xff", false},
	{charclass.ProviderName, "a\xed\xa0\x80", false},

	{charclass.RedirectURL, "https://example.com/cb?x=1#y", true},
	{charclass.RedirectURL, "myapp://callback", true},
	{charclass.RedirectURL, "https://例え.jp/あ", true},
	{charclass.RedirectURL, "\ufffd", true},
	{charclass.RedirectURL, "", false},
	{charclass.RedirectURL, "https://example.com/a b", false},
	{charclass.RedirectURL, "https://example.com/a\u00a0b", false},
	{charclass.RedirectURL, "https://example.com/\n", false},
	{charclass.RedirectURL, "https://example.com/\xff", false},

	{charclass.Scope, "openid", true},
	{charclass.Scope, "aws.cognito.signin.user.admin", true},
	{charclass.Scope, "https://api.example.com/read", true},
	{charclass.Scope, "!#[]~", true},
	{charclass.Scope, "", false},
	{charclass.Scope, "a b", false},
	{charclass.Scope, `a"b`, false},
	{charclass.Scope, `a\b`, false},
	{charclass.Scope, "a\x7f", false},
	{charclass.Scope, "é", false},

	{charclass.Hex, "0123456789abcdefABCDEF", true},
	{charclass.Hex, "", false},
	{charclass.Hex, "0x1f", false},
	{charclass.Hex, "g", false},
	{charclass.Hex, "١", false},

	{charclass.ARN, "arn:aws:iam::123456789012:role/service-role/MyRole", true},
	{charclass.ARN, "arn:aws:mobiletargeting:us-east-1:123456789012:apps/abc", true},
	{charclass.ARN, "arn:a:b::1:c", true},
	{charclass.ARN, "arn:a:b:c:1:d:e", true},
	{charclass.ARN, "arn:a:b:c:1:d:e:f", true},
	{charclass.ARN, "arn:a+=/,.@-_:b:c:0:d", true},
	{charclass.ARN, "", false},
	{charclass.ARN, "arn", false},
	{charclass.ARN, "arn:a:b:c:1", false},
	{charclass.ARN, "arn:a:b:c:1:d:e:f:g", false},
	{charclass.ARN, "arn::b:c:1:d", false},
	{charclass.ARN, "arn:a::c:1:d", false},
	{charclass.ARN, "arn:a:b:c::d", false},
	{charclass.ARN, "arn:a:b:c:1a:d", false},
	{charclass.ARN, "arn:a:b:c:1:", false},
	{charclass.ARN, "arn:a:b:c:1:d:", false},
	{charclass.ARN, "arn:a:b:c:1:d::f", false},
	{charclass.ARN, "ARN:a:b:c:1:d", false},
	{charclass.ARN, " arn:a:b:c:1:d", false},
	{charclass.ARN, "arn:a:b:c:1:d e", false},
	{charclass.ARN, "arn:a:b:c:1:dé", false},
}

func TestMatch(t *testing.T) {
	for _, tc := range matchCases {
		got := tc.class.Match(tc.in)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%v.Match(%q) mismatch (-want +got):\n%s", tc.class, tc.in, diff)
		}
	}
}

// TestMatchTableAgreesWithRE2 checks the table against the RE2 patterns for
// valid UTF-8 inputs, so that the table itself is right.
func TestMatchTableAgreesWithRE2(t *testing.T) {
	for _, tc := range matchCases {
		if tc.class == charclass.None || !utf8.ValidString(tc.in) {
			continue
		}
		got := regexp.MustCompile(tc.class.RE2()).MatchString(tc.in)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("RE2 %v on %q mismatch (-want +got):\n%s", tc.class, tc.in, diff)
		}
	}
}

func TestBadRune(t *testing.T) {
	type result struct {
		R  rune
		At int
		OK bool
	}
	tests := []struct {
		class charclass.Class
		in    string
		want  result
	}{
		{charclass.None, "\xff", result{}},
		{charclass.UserPoolID, "us-east-1", result{}},
		{charclass.UserPoolID, "us east_1", result{' ', 2, true}},
		{charclass.ClientName, "café", result{'é', 3, true}},
		{charclass.ClientName, "a\v\u00a0", result{'\u00a0', 2, true}},
		{charclass.ClientName, "ab\xffc", result{utf8.RuneError, 2, true}},
		{charclass.WordPlus, "abc/=", result{'/', 3, true}},
		{charclass.ProviderName, "あ い", result{}},
		{charclass.ProviderName, "あ\t", result{'\t', 3, true}},
		{charclass.ProviderName, "\ufffd\xff", result{utf8.RuneError, 3, true}},
		{charclass.RedirectURL, "https://x/a b", result{' ', 11, true}},
		{charclass.RedirectURL, "\ufffd", result{}},
		{charclass.Scope, `a"b`, result{'"', 1, true}},
		{charclass.Scope, `a\b`, result{'\\', 1, true}},
		{charclass.Hex, "00x", result{'x', 2, true}},
		{charclass.ARN, "arn:a:b", result{}},
		{charclass.ARN, "arn:a:b:c:1:d e", result{' ', 13, true}},
		{charclass.ARN, "", result{}},
	}
	for _, tc := range tests {
		var got result
		got.R, got.At, got.OK = tc.class.BadRune(tc.in)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%v.BadRune(%q) mismatch (-want +got):\n%s", tc.class, tc.in, diff)
		}
		if got.OK && tc.class.Match(tc.in) {
			t.Errorf("%v: BadRune(%q) ok but Match true", tc.class, tc.in)
		}
	}
}

func TestPatternCompiles(t *testing.T) {
	for _, c := range allClasses {
		if c == charclass.None {
			if c.Pattern() != "" || c.RE2() != "" {
				t.Errorf("None: Pattern %q, RE2 %q; want empty", c.Pattern(), c.RE2())
			}
			continue
		}
		if _, err := regexp.Compile(c.Pattern()); err != nil {
			t.Errorf("%v: Pattern does not compile: %v", c, err)
		}
		if _, err := regexp.Compile(c.RE2()); err != nil {
			t.Errorf("%v: RE2 does not compile: %v", c, err)
		}
		if c != charclass.ClientName {
			if diff := cmp.Diff(c.Pattern(), c.RE2()); diff != "" {
				t.Errorf("%v: RE2 differs from Pattern (-pattern +re2):\n%s", c, diff)
			}
		}
	}
}

// TestClientNameWhitespace documents the one place where the model pattern,
// read by Go's RE2, disagrees with the server: RE2's \s is [\t\n\f\r ] and
// lacks the vertical tab, which Java's \s includes. Apart from \v the two
// agree on every ASCII character.
func TestClientNameWhitespace(t *testing.T) {
	model := regexp.MustCompile(charclass.ClientName.Pattern())
	server := regexp.MustCompile(charclass.ClientName.RE2())
	for b := 0; b < utf8.RuneSelf; b++ {
		s := "a" + string(rune(b))
		want := b != '\v' // agree everywhere except \v
		if got := model.MatchString(s) == server.MatchString(s); got != want {
			t.Errorf("%q: model %v, server %v", s, model.MatchString(s), server.MatchString(s))
		}
	}
	if !charclass.ClientName.Match("a\vb") {
		t.Error(`ClientName.Match("a\vb") = false, want true (Java \s includes \v)`)
	}
	if charclass.ClientName.Match("a\u00a0b") {
		t.Error(`ClientName.Match("a\u00a0b") = true, want false (Java \s is ASCII)`)
	}
}

func TestStringsAndAllowed(t *testing.T) {
	var gotNames []string
	for _, c := range allClasses {
		gotNames = append(gotNames, c.String())
		a := c.Allowed()
		if a == "" || (a[:1] != strings.ToLower(a[:1]) && !strings.HasPrefix(a, "ASCII ")) {
			t.Errorf("%v.Allowed() = %q; want a non-empty lowercase phrase", c, a)
		}
	}
	wantNames := []string{"None", "UserPoolIdType", "ClientNameType", "ClientIdType/ClientSecretType",
		"ProviderNameType", "RedirectUrlType", "ScopeType", "HexStringType", "ArnType"}
	if diff := cmp.Diff(wantNames, gotNames); diff != "" {
		t.Errorf("String() mismatch (-want +got):\n%s", diff)
	}
	for _, c := range []charclass.Class{charclass.UserPoolID, charclass.ClientName, charclass.WordPlus, charclass.ARN} {
		if !strings.Contains(c.Allowed(), "ASCII letters") {
			t.Errorf("%v.Allowed() = %q; want it to say ASCII letters", c, c.Allowed())
		}
	}

	bad := charclass.ARN + 1
	if diff := cmp.Diff("Class(9)", bad.String()); diff != "" {
		t.Errorf("String() of invalid class (-want +got):\n%s", diff)
	}
	if bad.Match("x") || bad.Pattern() != "" || bad.RE2() != "" || bad.Allowed() != "" {
		t.Errorf("invalid class: Match true or non-empty Pattern, RE2 or Allowed")
	}
}

var validInputs = map[charclass.Class]string{
	charclass.None:         "anything",
	charclass.UserPoolID:   "us-east-1_AbCdEf123",
	charclass.ClientName:   "My App, v2.0 prod@example.com",
	charclass.WordPlus:     "1example23456789abcdefghij+_",
	charclass.ProviderName: "Login with あ Provider",
	charclass.RedirectURL:  "https://例え.example.com/callback?x=1",
	charclass.Scope:        "https://api.example.com/read",
	charclass.Hex:          "0123456789abcdefABCDEF",
	charclass.ARN:          "arn:aws:iam::123456789012:role/service-role/MyRole",
}

func TestZeroAllocs(t *testing.T) {
	for _, c := range allClasses {
		s := validInputs[c]
		if !c.Match(s) {
			t.Fatalf("%v: test input %q does not match", c, s)
		}
		if n := testing.AllocsPerRun(100, func() { c.Match(s) }); n != 0 {
			t.Errorf("%v.Match allocates %v times", c, n)
		}
		if n := testing.AllocsPerRun(100, func() { c.BadRune(s) }); n != 0 {
			t.Errorf("%v.BadRune allocates %v times", c, n)
		}
	}
}

func BenchmarkMatch(b *testing.B) {
	for _, c := range allClasses {
		s := validInputs[c]
		b.Run(classNames[c], func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				if !c.Match(s) {
					b.Fatal("no match")
				}
			}
		})
	}
}
