package flows_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cognitokit/appclient/flows"
)

func TestAuthFlowsList(t *testing.T) {
	want := []string{
		"ADMIN_NO_SRP_AUTH", "CUSTOM_AUTH_FLOW_ONLY", "USER_PASSWORD_AUTH",
		"ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_CUSTOM_AUTH", "ALLOW_USER_PASSWORD_AUTH",
		"ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_AUTH",
	}
	got := flows.AuthFlows()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("AuthFlows() (-want +got):\n%s", diff)
	}
	got[0] = "mutated"
	if diff := cmp.Diff(want, flows.AuthFlows()); diff != "" {
		t.Errorf("AuthFlows() not fresh (-want +got):\n%s", diff)
	}
	for _, f := range want {
		if !flows.KnownAuthFlow(f) {
			t.Errorf("KnownAuthFlow(%q) = false", f)
		}
	}
}

func TestAuthFlowPredicates(t *testing.T) {
	type answer struct {
		Known, Legacy, Password bool
		Modern                  string
		ModernOK                bool
	}
	tests := []struct {
		flow string
		want answer
	}{
		{"ADMIN_NO_SRP_AUTH", answer{true, true, true, "ALLOW_ADMIN_USER_PASSWORD_AUTH", true}},
		{"CUSTOM_AUTH_FLOW_ONLY", answer{true, true, false, "ALLOW_CUSTOM_AUTH", true}},
		{"USER_PASSWORD_AUTH", answer{true, true, true, "ALLOW_USER_PASSWORD_AUTH", true}},
		{"ALLOW_ADMIN_USER_PASSWORD_AUTH", answer{Known: true, Password: true}},
		{"ALLOW_CUSTOM_AUTH", answer{Known: true}},
		{"ALLOW_USER_PASSWORD_AUTH", answer{Known: true, Password: true}},
		{"ALLOW_USER_SRP_AUTH", answer{Known: true}},
		{"ALLOW_REFRESH_TOKEN_AUTH", answer{Known: true}},
		{"ALLOW_USER_AUTH", answer{Known: true}},
		// Unknown: case, near misses, values outside this model's enum.
		{"allow_user_srp_auth", answer{}},
		{"Allow_User_SRP_Auth", answer{}},
		{"user_password_auth", answer{}},
		{"USER_SRP_AUTH", answer{}},
		{"ALLOW_ADMIN_NO_SRP_AUTH", answer{}},
		{"ALLOW_CLIENT_TOKEN_AUTH", answer{}},
		{"ALLOW_USER_SRP_AUTH ", answer{}},
		{"", answer{}},
	}
	for _, tt := range tests {
		m, ok := flows.Modern(tt.flow)
		got := answer{flows.KnownAuthFlow(tt.flow), flows.Legacy(tt.flow), flows.Password(tt.flow), m, ok}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.flow, diff)
		}
	}
}

func TestModernIsKnownAndNotLegacy(t *testing.T) {
	for _, f := range flows.AuthFlows() {
		m, ok := flows.Modern(f)
		if ok != flows.Legacy(f) {
			t.Errorf("Modern(%q) ok = %v, Legacy = %v", f, ok, flows.Legacy(f))
		}
		if ok && (!flows.KnownAuthFlow(m) || flows.Legacy(m)) {
			t.Errorf("Modern(%q) = %q is not a known ALLOW_ value", f, m)
		}
		if ok && flows.Password(m) != flows.Password(f) {
			t.Errorf("Password(%q) != Password(Modern(%q))", m, f)
		}
	}
}

func TestDefaultAuthFlows(t *testing.T) {
	want := []string{"ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH"}
	got := flows.DefaultAuthFlows()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("DefaultAuthFlows() (-want +got):\n%s", diff)
	}
	got[0] = "mutated"
	if diff := cmp.Diff(want, flows.DefaultAuthFlows()); diff != "" {
		t.Errorf("DefaultAuthFlows() not fresh (-want +got):\n%s", diff)
	}
}

func TestOAuthFlows(t *testing.T) {
	want := []string{"code", "implicit", "client_credentials"}
	got := flows.OAuthFlows()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("OAuthFlows() (-want +got):\n%s", diff)
	}
	got[0] = "mutated"
	if diff := cmp.Diff(want, flows.OAuthFlows()); diff != "" {
		t.Errorf("OAuthFlows() not fresh (-want +got):\n%s", diff)
	}
	tests := []struct {
		flow string
		want bool
	}{
		{"code", true},
		{"implicit", true},
		{"client_credentials", true},
		{"Code", false},
		{"CODE", false},
		{"token", false},
		{"client-credentials", false},
		{"authorization_code", false},
		{"", false},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, flows.KnownOAuthFlow(tt.flow)); diff != "" {
			t.Errorf("KnownOAuthFlow(%q) (-want +got):\n%s", tt.flow, diff)
		}
	}
}

func TestAllocs(t *testing.T) {
	var ok bool
	var s string
	flow := "ALLOW_USER_AUTH"
	tests := []struct {
		name string
		f    func()
	}{
		{"KnownAuthFlow", func() { ok = flows.KnownAuthFlow(flow) }},
		{"KnownAuthFlow unknown", func() { ok = flows.KnownAuthFlow("allow_user_srp_auth") }},
		{"Legacy", func() { ok = flows.Legacy(flow) }},
		{"Modern", func() { s, ok = flows.Modern("USER_PASSWORD_AUTH") }},
		{"Password", func() { ok = flows.Password(flow) }},
		{"KnownOAuthFlow", func() { ok = flows.KnownOAuthFlow("client_credentials") }},
	}
	for _, tt := range tests {
		if n := testing.AllocsPerRun(100, tt.f); n != 0 {
			t.Errorf("%s: %v allocs per run, want 0", tt.name, n)
		}
	}
	_, _ = ok, s
}
