package client_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cognitokit/appclient/client"
)

func ptr[T any](v T) *T { return &v }

// web is a valid code-flow client: the base the partial cases change.
func web() *client.CreateRequest {
	return &client.CreateRequest{Settings: client.Settings{
		UserPoolID:                      ptr("us-east-1_Ab12Cd34E"),
		ClientName:                      ptr("web"),
		AllowedOAuthFlowsUserPoolClient: ptr(true),
		AllowedOAuthFlows:               []string{"code"},
		AllowedOAuthScopes:              []string{"openid", "email"},
		CallbackURLs:                    []string{"https://app.example.com/cb"},
		SupportedIdentityProviders:      []string{"COGNITO"},
		PreventUserExistenceErrors:      ptr("ENABLED"),
		EnableTokenRevocation:           ptr(true),
		ExplicitAuthFlows:               []string{"ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"},
	}}
}

func TestCheckCasesValidBaseIsValid(t *testing.T) {
	if vs := web().Check(); len(vs) != 0 {
		t.Fatalf("the base request is not valid: %v", vs)
	}
}

func TestCheckCases(t *testing.T) {
	const (
		https = "must use HTTPS: plain HTTP is allowed only to exactly localhost, 127.0.0.1 or [::1]"
		at48  = "48 hours (hours is the default unit when TokenValidityUnits.AccessToken is absent) is more than the 1 day maximum for access tokens (allowed: 5 minutes to 1 day)"
		hole  = "uses plain HTTP to a host known only at deploy: AWS accepts it only if the host turns out to be exactly localhost, 127.0.0.1 or [::1]; use HTTPS"
	)
	with := func(change func(r *client.CreateRequest)) *client.CreateRequest {
		r := web()
		change(r)
		return r
	}
	sub := func(pieces ...string) []client.Piece { // odd positions are holes
		var out []client.Piece
		for i, p := range pieces {
			if i%2 == 1 {
				out = append(out, client.Piece{Hole: p})
			} else if p != "" {
				out = append(out, client.Piece{Text: p})
			}
		}
		return out
	}
	callback := func(pieces ...string) client.Case {
		return client.Case{
			Create: with(func(r *client.CreateRequest) { r.CallbackURLs = []string{"", "https://ok.example.com/cb"} }),
			Partly: []client.Partly{{Path: "CallbackURLs[0]", Pieces: sub(pieces...)}},
		}
	}
	v := func(path string, id client.RuleID, sev client.Severity, msg string) client.Violation {
		return client.Violation{Path: path, Rule: id, Severity: sev, Message: msg}
	}
	poolRef := client.Unknown{Path: "UserPoolId", Reason: "Ref Pool"}
	tests := []struct {
		name  string
		cases []client.Case
		want  client.Violations
		skips map[string][]client.RuleID // path → rules not applied
	}{
		{
			name: "an unknown UserPoolId breaks no rule and skips its model rules",
			cases: []client.Case{{
				Create:  with(func(r *client.CreateRequest) { r.UserPoolID = ptr("") }),
				Unknown: []client.Unknown{poolRef},
			}},
			skips: map[string][]client.RuleID{"UserPoolId": {client.RuleModelLength, client.RuleModelPattern}},
		},
		{
			name: "a literal finding beside an unknown member stays an error",
			cases: []client.Case{{
				Create: with(func(r *client.CreateRequest) {
					r.UserPoolID = nil
					r.AccessTokenValidity = ptr(int32(2))
					r.TokenValidityUnits = &client.TokenValidityUnits{AccessToken: ptr("days")}
				}),
				Unknown: []client.Unknown{poolRef},
			}},
			want: client.Violations{v("AccessTokenValidity", client.RuleTokensAccessRange, client.Error,
				"2 days is more than the 1 day maximum for access tokens (allowed: 5 minutes to 1 day)")},
			skips: map[string][]client.RuleID{"UserPoolId": {client.RuleModelLength, client.RuleModelPattern}},
		},
		{
			name:  "https with the host in a hole passes",
			cases: []client.Case{callback("https://", "${Domain}", "/cb")},
			skips: map[string][]client.RuleID{"CallbackURLs[0]": {client.RuleModelLength, client.RuleModelPattern,
				client.RuleOAuthCallbacksRequired, client.RuleOAuthDisabledSettings, client.RuleURLsFragment, client.RuleURLsDefaultInCallbacks,
				client.RuleURLsMalformed, client.RuleListsDuplicate}},
		},
		{
			name:  "http with the host in a hole is a warning",
			cases: []client.Case{callback("http://", "${Domain}", "/cb")},
			want:  client.Violations{v("CallbackURLs[0]", client.RuleURLsHTTPS, client.Warning, hole)},
		},
		{
			name:  "http to a known host other than loopback is an error",
			cases: []client.Case{callback("http://example.com/", "${Path}")},
			want:  client.Violations{v("CallbackURLs[0]", client.RuleURLsHTTPS, client.Error, https)},
		},
		{
			name:  "http to localhost with the port in a hole: the hole could still hold userinfo",
			cases: []client.Case{callback("http://localhost:", "${Port}", "/cb")},
			want:  client.Violations{v("CallbackURLs[0]", client.RuleURLsHTTPS, client.Warning, hole)},
		},
		{
			name:  "http to localhost with the path in a hole is the loopback warning",
			cases: []client.Case{callback("http://localhost:3000/", "${Path}")},
			want: client.Violations{v("CallbackURLs[0]", client.RuleURLsLoopbackHTTP, client.Warning,
				"uses plain HTTP to a loopback address: fine for local testing, not for production")},
		},
		{
			name:  "a literal # is a fragment whatever the holes hold",
			cases: []client.Case{callback("https://", "${Domain}", "/cb#x")},
			want: client.Violations{v("CallbackURLs[0]", client.RuleURLsFragment, client.Error,
				"must not include a fragment (#), not even an empty one")},
		},
		{
			name:  "a start that no scheme can follow is not absolute",
			cases: []client.Case{callback("/cb/", "${Path}")},
			want: client.Violations{v("CallbackURLs[0]", client.RuleURLsAbsolute, client.Error,
				"must be an absolute URI with a scheme, such as https://app.example.com/callback or myapp://callback")},
		},
		{
			name:  "a hole first decides nothing",
			cases: []client.Case{callback("", "${Url}")},
		},
		{
			name: "the known items of a list are still checked one by one",
			cases: []client.Case{{
				Create:  with(func(r *client.CreateRequest) { r.CallbackURLs = []string{"http://example.com/cb", ""} }),
				Unknown: []client.Unknown{{Path: "CallbackURLs[1]", Reason: "Fn::GetAtt Site.URL"}},
			}},
			want: client.Violations{v("CallbackURLs[0]", client.RuleURLsHTTPS, client.Error, https)},
		},
		{
			name: "a rule reading the whole list is skipped, not guessed",
			cases: []client.Case{{
				Create: with(func(r *client.CreateRequest) {
					r.CallbackURLs = []string{"https://app.example.com/cb", ""}
					r.DefaultRedirectURI = ptr("https://other.example.com/cb")
				}),
				Unknown: []client.Unknown{{Path: "CallbackURLs[1]", Reason: "Fn::GetAtt Site.URL"}},
			}},
		},
		{
			name: "a finding on a parameter's Default is a warning naming it",
			cases: []client.Case{{
				Create:  with(func(r *client.CreateRequest) { r.AccessTokenValidity = ptr(int32(48)) }),
				Assumes: []client.Assumption{{Text: "with parameter Hours = 48 (its Default)", Paths: []string{"AccessTokenValidity"}, Open: true}},
			}},
			want: client.Violations{v("AccessTokenValidity", client.RuleTokensAccessRange, client.Warning,
				at48+" (with parameter Hours = 48 (its Default))")},
		},
		{
			name: "a finding in one branch of a condition is a warning naming it",
			cases: []client.Case{
				{
					Create:  with(func(r *client.CreateRequest) { r.AccessTokenValidity = ptr(int32(48)) }),
					Assumes: []client.Assumption{{Text: "when condition IsProd is true", Paths: []string{"AccessTokenValidity"}}},
				},
				{
					Create:  with(func(r *client.CreateRequest) { r.AccessTokenValidity = ptr(int32(1)) }),
					Assumes: []client.Assumption{{Text: "when condition IsProd is false", Paths: []string{"AccessTokenValidity"}}},
				},
			},
			want: client.Violations{v("AccessTokenValidity", client.RuleTokensAccessRange, client.Warning,
				at48+" (when condition IsProd is true)")},
		},
		{
			name: "a finding in every branch of a condition is an error",
			cases: []client.Case{
				{
					Create:  with(func(r *client.CreateRequest) { r.AccessTokenValidity = ptr(int32(48)) }),
					Assumes: []client.Assumption{{Text: "when condition IsProd is true", Paths: []string{"AccessTokenValidity"}}},
				},
				{
					Create:  with(func(r *client.CreateRequest) { r.AccessTokenValidity = ptr(int32(48)) }),
					Assumes: []client.Assumption{{Text: "when condition IsProd is false", Paths: []string{"AccessTokenValidity"}}},
				},
			},
			want: client.Violations{v("AccessTokenValidity", client.RuleTokensAccessRange, client.Error,
				at48)},
		},
		{
			name: "a finding on a secret value says nothing of the value",
			cases: []client.Case{{
				Create:  with(func(r *client.CreateRequest) { r.AllowedOAuthScopes = []string{"openid", "s3cr3t value"} }),
				Assumes: []client.Assumption{{Text: "with parameter Key (NoEcho, value not shown)", Paths: []string{"AllowedOAuthScopes[1]"}, Open: true, Secret: true}},
			}},
			want: client.Violations{
				v("AllowedOAuthScopes[1]", client.RuleModelPattern, client.Warning,
					"the value breaks this rule; it is secret, so neither it nor what is wrong with it is shown (with parameter Key (NoEcho, value not shown))"),
			},
		},
		{
			name: "a literal finding is an error whatever other members assume",
			cases: []client.Case{{
				Create: with(func(r *client.CreateRequest) {
					r.AccessTokenValidity = ptr(int32(48))
					r.ClientName = ptr("web-dev")
				}),
				Assumes: []client.Assumption{{Text: "with parameter Env = dev (its Default)", Paths: []string{"ClientName"}, Open: true}},
			}},
			want: client.Violations{v("AccessTokenValidity", client.RuleTokensAccessRange, client.Error,
				at48)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := client.CheckCases(tt.cases)
			if diff := cmp.Diff(tt.want, got.Violations); diff != "" {
				t.Errorf("Violations (-want +got):\n%s", diff)
			}
			if tt.skips != nil {
				gotSkips := map[string][]client.RuleID{}
				for _, s := range got.Skipped {
					gotSkips[s.Path] = s.Rules
				}
				if diff := cmp.Diff(tt.skips, gotSkips); diff != "" {
					t.Errorf("Skipped rules (-want +got):\n%s", diff)
				}
			}
			if got.Cases != len(tt.cases) {
				t.Errorf("Cases = %d, want %d", got.Cases, len(tt.cases))
			}
		})
	}
}
