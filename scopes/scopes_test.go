package scopes_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/cognitokit/appclient/scopes"
)

type parsed struct {
	Kind         scopes.Kind
	Server, Name string
}

func parse(s string) parsed {
	k, server, name := scopes.Parse(s)
	return parsed{k, server, name}
}

func TestParse(t *testing.T) {
	std := func(s string) parsed { return parsed{scopes.StandardScope, "", s} }
	custom := func(server, name string) parsed { return parsed{scopes.CustomScope, server, name} }
	invalid := parsed{}
	tests := []struct {
		scope string
		want  parsed
	}{
		{"openid", std("openid")},
		{"email", std("email")},
		{"phone", std("phone")},
		{"profile", std("profile")},
		{"aws.cognito.signin.user.admin", std("aws.cognito.signin.user.admin")},
		{"https://api.example.com/v1/read", custom("https://api.example.com/v1", "read")},
		{"https://api.example.com/read", custom("https://api.example.com", "read")},
		{"solar-system-data/asteroids.read", custom("solar-system-data", "asteroids.read")},
		{"api/read", custom("api", "read")},
		{"a//b", custom("a/", "b")},
		{"a/b/c", custom("a/b", "c")},
		{"//b", custom("/", "b")},
		{"openid/read", custom("openid", "read")},
		{"a b/c", custom("a b", "c")}, // character set is not this package's job
		{"x/y", custom("x", "y")},
		// Invalid.
		{"api/", invalid},
		{"/read", invalid},
		{"/", invalid},
		{"//", invalid},
		{"a/b/", invalid},
		{"", invalid},
		{"OpenID", invalid},
		{"OPENID", invalid},
		{"openid ", invalid},
		{"offline_access", invalid},
		{"Cognito", invalid},
		{"aws.cognito.signin.user.admin2", invalid},
		{"read", invalid},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, parse(tt.scope)); diff != "" {
			t.Errorf("Parse(%q) (-want +got):\n%s", tt.scope, diff)
		}
	}
}

func TestStandardAndOIDC(t *testing.T) {
	want := []string{"openid", "email", "phone", "profile", "aws.cognito.signin.user.admin"}
	got := scopes.Standard()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Standard() (-want +got):\n%s", diff)
	}
	got[0] = "mutated"
	if diff := cmp.Diff(want, scopes.Standard()); diff != "" {
		t.Errorf("Standard() not fresh (-want +got):\n%s", diff)
	}
	type answer struct{ Standard, OIDC bool }
	tests := []struct {
		scope string
		want  answer
	}{
		{"openid", answer{true, false}},
		{"email", answer{true, true}},
		{"phone", answer{true, true}},
		{"profile", answer{true, true}},
		{"aws.cognito.signin.user.admin", answer{true, false}},
		{"Email", answer{false, false}},
		{"OpenID", answer{false, false}},
		{"api/email", answer{false, false}},
		{"offline_access", answer{false, false}},
		{"", answer{false, false}},
	}
	for _, tt := range tests {
		got := answer{scopes.IsStandard(tt.scope), scopes.OIDC(tt.scope)}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.scope, diff)
		}
	}
}

func TestPropertyCustomRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		server := rapid.StringMatching(`[!-~]{1,40}`).Draw(t, "server") // may contain '/'
		name := rapid.StringMatching(`[!-.0-~]{1,20}`).Draw(t, "name")  // no '/'
		want := parsed{scopes.CustomScope, server, name}
		if diff := cmp.Diff(want, parse(server+"/"+name)); diff != "" {
			t.Fatalf("Parse(%q) (-want +got):\n%s", server+"/"+name, diff)
		}
	})
}

func TestPropertyAnyString(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		checkParse(t, rapid.String().Draw(t, "s"))
	})
}

// checkParse asserts the invariants of Parse for any input.
func checkParse(t interface{ Fatalf(string, ...any) }, s string) {
	k, server, name := scopes.Parse(s)
	switch k {
	case scopes.StandardScope:
		if !scopes.IsStandard(s) || server != "" || name != s {
			t.Fatalf("Parse(%q) = standard %q %q", s, server, name)
		}
	case scopes.CustomScope:
		if server == "" || name == "" || strings.Contains(name, "/") || server+"/"+name != s {
			t.Fatalf("Parse(%q) = custom %q %q", s, server, name)
		}
		if scopes.IsStandard(s) {
			t.Fatalf("Parse(%q) = custom, but it is standard", s)
		}
	case scopes.Invalid:
		if server != "" || name != "" {
			t.Fatalf("Parse(%q) = invalid with %q %q", s, server, name)
		}
		if scopes.IsStandard(s) {
			t.Fatalf("Parse(%q) = invalid, but it is standard", s)
		}
		if i := strings.LastIndex(s, "/"); i > 0 && i < len(s)-1 {
			t.Fatalf("Parse(%q) = invalid, but it splits into %q and %q", s, s[:i], s[i+1:])
		}
	default:
		t.Fatalf("Parse(%q) = kind %d", s, k)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"", "/", "//", "openid", "OpenID", "offline_access", "api/", "/read", "a//b",
		"https://api.example.com/v1/read", "aws.cognito.signin.user.admin", "x/\xff",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkParse(t, s)
	})
}

func TestAllocs(t *testing.T) {
	var k scopes.Kind
	var a, b string
	var ok bool
	custom := strings.Repeat("x", 3) + "https://api.example.com/v1/read"
	tests := []struct {
		name string
		f    func()
	}{
		{"Parse custom", func() { k, a, b = scopes.Parse(custom) }},
		{"Parse standard", func() { k, a, b = scopes.Parse("aws.cognito.signin.user.admin") }},
		{"Parse invalid", func() { k, a, b = scopes.Parse("offline_access") }},
		{"IsStandard", func() { ok = scopes.IsStandard("profile") }},
		{"OIDC", func() { ok = scopes.OIDC("email") }},
	}
	for _, tt := range tests {
		if n := testing.AllocsPerRun(100, tt.f); n != 0 {
			t.Errorf("%s: %v allocs per run, want 0", tt.name, n)
		}
	}
	_, _, _, _ = k, a, b, ok
}
