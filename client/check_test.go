package client_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/internal/charclass"
)

var p = client.Ptr[string]

func i32(v int32) *int32 { return &v }

// validCreate returns a CreateUserPoolClient request that sets every member to
// a value AWS accepts.
func validCreate() client.CreateRequest {
	return client.CreateRequest{
		Settings: client.Settings{
			UserPoolID:           p("us-east-1_Ab12Cd34E"),
			ClientName:           p("web-app"),
			RefreshTokenValidity: i32(30),
			AccessTokenValidity:  i32(60),
			IDTokenValidity:      i32(60),
			TokenValidityUnits: &client.TokenValidityUnits{
				AccessToken: p("minutes"), IDToken: p("minutes"), RefreshToken: p("days"),
			},
			ReadAttributes:                  []string{"email", "name"},
			WriteAttributes:                 []string{"name"},
			ExplicitAuthFlows:               []string{"ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"},
			SupportedIdentityProviders:      []string{"COGNITO"},
			CallbackURLs:                    []string{"https://app.example.com/callback"},
			LogoutURLs:                      []string{"https://app.example.com/logout"},
			DefaultRedirectURI:              p("https://app.example.com/callback"),
			AllowedOAuthFlows:               []string{"code"},
			AllowedOAuthScopes:              []string{"openid", "email"},
			AllowedOAuthFlowsUserPoolClient: client.Ptr(true),
			AnalyticsConfiguration: &client.AnalyticsConfiguration{
				ApplicationARN: p("arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef"),
				UserDataShared: client.Ptr(false),
			},
			PreventUserExistenceErrors:               p("ENABLED"),
			EnableTokenRevocation:                    client.Ptr(true),
			EnablePropagateAdditionalUserContextData: client.Ptr(true),
			AuthSessionValidity:                      i32(3),
			RefreshTokenRotation: &client.RefreshTokenRotation{
				Feature: p("DISABLED"), RetryGracePeriodSeconds: i32(0),
			},
		},
		GenerateSecret: client.Ptr(true),
	}
}

func one(path string, rule client.RuleID, msg string) client.Violations {
	return client.Violations{{Path: path, Rule: rule, Severity: client.Error, Message: msg}}
}

func repeat(s string, n int) string { return strings.Repeat(s, n) }

func urls(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = "https://app.example.com/cb" + strings.Repeat("x", i)
	}
	return out
}

func TestCreateModelConstraints(t *testing.T) {
	secret := "s3cr3tValue_" + repeat("k", 20)
	tests := []struct {
		name   string
		mutate func(r *client.CreateRequest)
		want   client.Violations
	}{
		{"valid", func(r *client.CreateRequest) {}, nil},
		{"minimal", func(r *client.CreateRequest) {
			*r = client.CreateRequest{Settings: client.Settings{UserPoolID: p("eu-west-1_x"), ClientName: p("a")}}
		}, nil},

		// UserPoolId: required, 1..55, ^[\w-]+_[0-9a-zA-Z]+$
		{"UserPoolId missing", func(r *client.CreateRequest) { r.UserPoolID = nil },
			one("UserPoolId", client.RuleModelRequired, "is required by CreateUserPoolClient")},
		{"UserPoolId empty", func(r *client.CreateRequest) { r.UserPoolID = p("") },
			one("UserPoolId", client.RuleModelLength, "must not be empty")},
		{"UserPoolId 55", func(r *client.CreateRequest) { r.UserPoolID = p("us-east-1_" + repeat("a", 45)) }, nil},
		{"UserPoolId 56", func(r *client.CreateRequest) { r.UserPoolID = p("us-east-1_" + repeat("a", 46)) },
			one("UserPoolId", client.RuleModelLength, "must be at most 55 characters (got 56)")},
		{"UserPoolId without underscore", func(r *client.CreateRequest) { r.UserPoolID = p("us-east-1") },
			one("UserPoolId", client.RuleModelPattern, `must match the UserPoolIdType pattern ^[\w-]+_[0-9a-zA-Z]+$: `+allowedOf(t, "UserPoolId"))},
		{"UserPoolId hyphen after underscore", func(r *client.CreateRequest) { r.UserPoolID = p("us-east-1_ab-c") },
			one("UserPoolId", client.RuleModelPattern, `must match the UserPoolIdType pattern ^[\w-]+_[0-9a-zA-Z]+$: `+allowedOf(t, "UserPoolId"))},

		// ClientName: required, 1..128, ^[\w\s+=,.@-]+$
		{"ClientName missing", func(r *client.CreateRequest) { r.ClientName = nil },
			one("ClientName", client.RuleModelRequired, "is required by CreateUserPoolClient")},
		{"ClientName 128", func(r *client.CreateRequest) { r.ClientName = p(repeat("n", 128)) }, nil},
		{"ClientName 129", func(r *client.CreateRequest) { r.ClientName = p(repeat("n", 129)) },
			one("ClientName", client.RuleModelLength, "must be at most 128 characters (got 129)")},
		{"ClientName every allowed punctuation", func(r *client.CreateRequest) { r.ClientName = p("a b\tc+d=e,f.g@h-i_j\vk") }, nil},
		{"ClientName non-ASCII letter", func(r *client.CreateRequest) { r.ClientName = p("café") },
			one("ClientName", client.RuleModelPattern, `contains 'é' (U+00E9) at character 4, which is not allowed; must match the ClientNameType pattern ^[\w\s+=,.@-]+$: `+allowedOf(t, "ClientName"))},
		{"ClientName no-break space", func(r *client.CreateRequest) { r.ClientName = p("a\u00a0b") },
			one("ClientName", client.RuleModelPattern, `contains U+00A0 at character 2, which is not allowed; must match the ClientNameType pattern ^[\w\s+=,.@-]+$: `+allowedOf(t, "ClientName"))},

		// ClientSecret: 24..64, ^[\w+]+$, sensitive
		{"ClientSecret 24", func(r *client.CreateRequest) { r.GenerateSecret = nil; r.ClientSecret = p(repeat("a", 24)) }, nil},
		{"ClientSecret 64", func(r *client.CreateRequest) { r.GenerateSecret = nil; r.ClientSecret = p(repeat("a", 64)) }, nil},
		{"ClientSecret 23", func(r *client.CreateRequest) { r.GenerateSecret = nil; r.ClientSecret = p(repeat("a", 23)) },
			one("ClientSecret", client.RuleModelLength, "must be at least 24 characters (got 23)")},
		{"ClientSecret 65", func(r *client.CreateRequest) { r.GenerateSecret = nil; r.ClientSecret = p(repeat("a", 65)) },
			one("ClientSecret", client.RuleModelLength, "must be at most 64 characters (got 65)")},
		{"ClientSecret base64", func(r *client.CreateRequest) { r.GenerateSecret = nil; r.ClientSecret = p(secret + "/=") },
			one("ClientSecret", client.RuleModelPattern, `has a character or form that is not allowed (the value is not shown); must match the ClientSecretType pattern ^[\w+]+$: `+allowedOf(t, "ClientSecret"))},

		// Token validities: raw model ranges.
		{"RefreshTokenValidity 0", func(r *client.CreateRequest) { r.RefreshTokenValidity = i32(0) }, nil},
		{"RefreshTokenValidity -1", func(r *client.CreateRequest) { r.RefreshTokenValidity = i32(-1) },
			one("RefreshTokenValidity", client.RuleModelRange, "must be between 0 and 315360000 (got -1)")},
		{"RefreshTokenValidity max", func(r *client.CreateRequest) {
			r.RefreshTokenValidity = i32(315360000)
			r.TokenValidityUnits.RefreshToken = p("seconds")
		}, nil},
		{"RefreshTokenValidity max+1", func(r *client.CreateRequest) {
			r.RefreshTokenValidity = i32(315360001)
			r.TokenValidityUnits.RefreshToken = p("seconds")
		}, one("RefreshTokenValidity", client.RuleModelRange, "must be between 0 and 315360000 (got 315360001)")},
		{"AccessTokenValidity 86400 seconds", func(r *client.CreateRequest) {
			r.AccessTokenValidity = i32(86400)
			r.TokenValidityUnits.AccessToken = p("seconds")
		}, nil},
		{"AccessTokenValidity 86401", func(r *client.CreateRequest) {
			r.AccessTokenValidity = i32(86401)
			r.TokenValidityUnits.AccessToken = p("seconds")
		}, one("AccessTokenValidity", client.RuleModelRange, "must be between 1 and 86400 (got 86401)")},
		{"AccessTokenValidity 1 hour", func(r *client.CreateRequest) {
			r.AccessTokenValidity = i32(1)
			r.TokenValidityUnits.AccessToken = p("hours")
		}, nil},
		{"AccessTokenValidity 0", func(r *client.CreateRequest) { r.AccessTokenValidity = i32(0) },
			one("AccessTokenValidity", client.RuleModelRange, "must be between 1 and 86400 (got 0)")},
		{"IdTokenValidity 0", func(r *client.CreateRequest) { r.IDTokenValidity = i32(0) },
			one("IdTokenValidity", client.RuleModelRange, "must be between 1 and 86400 (got 0)")},
		{"IdTokenValidity 86401", func(r *client.CreateRequest) {
			r.IDTokenValidity = i32(86401)
			r.TokenValidityUnits.IDToken = p("seconds")
		}, one("IdTokenValidity", client.RuleModelRange, "must be between 1 and 86400 (got 86401)")},

		// TokenValidityUnits: enum, case-sensitive.
		{"TokenValidityUnits.AccessToken Hours", func(r *client.CreateRequest) {
			r.AccessTokenValidity = i32(1)
			r.TokenValidityUnits.AccessToken = p("Hours")
		}, one("TokenValidityUnits.AccessToken", client.RuleModelEnum,
			`"Hours" is not a valid value: must be one of seconds, minutes, hours, days (values are case-sensitive: did you mean "hours"?)`)},
		{"TokenValidityUnits.IdToken weeks", func(r *client.CreateRequest) { r.TokenValidityUnits.IDToken = p("weeks") },
			one("TokenValidityUnits.IdToken", client.RuleModelEnum, `"weeks" is not a valid value: must be one of seconds, minutes, hours, days`)},
		{"TokenValidityUnits.RefreshToken empty", func(r *client.CreateRequest) { r.TokenValidityUnits.RefreshToken = p("") },
			one("TokenValidityUnits.RefreshToken", client.RuleModelEnum, `"" is not a valid value: must be one of seconds, minutes, hours, days`)},

		// ReadAttributes / WriteAttributes: items 1..2048, no item limit.
		{"ReadAttributes 2048", func(r *client.CreateRequest) { r.ReadAttributes = []string{"custom:" + repeat("a", 2041)} }, nil},
		{"ReadAttributes 2049", func(r *client.CreateRequest) { r.ReadAttributes = []string{"email", "custom:" + repeat("a", 2042)} },
			one("ReadAttributes[1]", client.RuleModelLength, "must be at most 2048 characters (got 2049)")},
		{"WriteAttributes empty item", func(r *client.CreateRequest) { r.WriteAttributes = []string{""} },
			one("WriteAttributes[0]", client.RuleModelLength, "must not be empty")},
		{"WriteAttributes empty list", func(r *client.CreateRequest) { r.WriteAttributes = []string{} }, nil},

		// ExplicitAuthFlows: enum.
		{"ExplicitAuthFlows unknown", func(r *client.CreateRequest) {
			r.ExplicitAuthFlows = []string{"ALLOW_USER_SRP_AUTH", "ALLOW_ADMIN_NO_SRP_AUTH"}
		}, one("ExplicitAuthFlows[1]", client.RuleModelEnum, `"ALLOW_ADMIN_NO_SRP_AUTH" is not a valid value: must be one of `+
			"ADMIN_NO_SRP_AUTH, CUSTOM_AUTH_FLOW_ONLY, USER_PASSWORD_AUTH, ALLOW_ADMIN_USER_PASSWORD_AUTH, ALLOW_CUSTOM_AUTH, "+
			"ALLOW_USER_PASSWORD_AUTH, ALLOW_USER_SRP_AUTH, ALLOW_REFRESH_TOKEN_AUTH, ALLOW_USER_AUTH")},
		{"ExplicitAuthFlows ALLOW_USER_AUTH is in the model", func(r *client.CreateRequest) {
			r.ExplicitAuthFlows = []string{"ALLOW_USER_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"}
		}, nil},

		// SupportedIdentityProviders: 1..32 characters, letters, marks, symbols, numbers, punctuation, separators.
		{"SupportedIdentityProviders 32 あ", func(r *client.CreateRequest) { r.SupportedIdentityProviders = []string{repeat("あ", 32)} }, nil},
		{"SupportedIdentityProviders 33 あ", func(r *client.CreateRequest) { r.SupportedIdentityProviders = []string{repeat("あ", 33)} },
			one("SupportedIdentityProviders[0]", client.RuleModelLength, "must be at most 32 characters (got 33)")},
		{"SupportedIdentityProviders space", func(r *client.CreateRequest) { r.SupportedIdentityProviders = []string{"My SAML IdP"} }, nil},
		{"SupportedIdentityProviders tab", func(r *client.CreateRequest) { r.SupportedIdentityProviders = []string{"My\tIdP"} },
			one("SupportedIdentityProviders[0]", client.RuleModelPattern, `contains U+0009 at character 3, which is not allowed; must match the ProviderNameType pattern ^[\p{L}\p{M}\p{S}\p{N}\p{P}\p{Z}]+$: `+allowedOf(t, "SupportedIdentityProviders")),
		},

		// CallbackURLs / LogoutURLs / DefaultRedirectURI: 1..1024 characters, no separators, at most 100 items.
		{"CallbackURLs 100", func(r *client.CreateRequest) { r.CallbackURLs = urls(100); r.DefaultRedirectURI = nil }, nil},
		{"CallbackURLs 101", func(r *client.CreateRequest) { r.CallbackURLs = urls(101); r.DefaultRedirectURI = nil },
			one("CallbackURLs", client.RuleModelItems, "must have at most 100 items (got 101)")},
		{"CallbackURLs 1024", func(r *client.CreateRequest) {
			r.CallbackURLs = []string{"https://a.example/" + repeat("é", 1006)}
			r.DefaultRedirectURI = nil
		}, nil},
		{"CallbackURLs 1025", func(r *client.CreateRequest) {
			r.CallbackURLs = []string{"https://a.example/" + repeat("é", 1007)}
			r.DefaultRedirectURI = nil
		}, one("CallbackURLs[0]", client.RuleModelLength, "must be at most 1024 characters (got 1025)")},
		{"CallbackURLs space", func(r *client.CreateRequest) {
			r.CallbackURLs = append(r.CallbackURLs, "https://a.example/a b")
		}, one("CallbackURLs[1]", client.RuleModelPattern, `contains U+0020 at character 20, which is not allowed; must match the RedirectUrlType pattern ^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$: `+allowedOf(t, "CallbackURLs"))},
		{"LogoutURLs 101", func(r *client.CreateRequest) { r.LogoutURLs = urls(101) },
			one("LogoutURLs", client.RuleModelItems, "must have at most 100 items (got 101)")},
		{"LogoutURLs empty item", func(r *client.CreateRequest) { r.LogoutURLs = []string{""} },
			one("LogoutURLs[0]", client.RuleModelLength, "must not be empty")},
		{"DefaultRedirectURI empty", func(r *client.CreateRequest) { r.DefaultRedirectURI = p("") },
			one("DefaultRedirectURI", client.RuleModelLength, "must not be empty")},

		// AllowedOAuthFlows: enum, at most 3 items.
		{"AllowedOAuthFlows token", func(r *client.CreateRequest) { r.AllowedOAuthFlows = []string{"token"} },
			one("AllowedOAuthFlows[0]", client.RuleModelEnum, `"token" is not a valid value: must be one of code, implicit, client_credentials`)},
		{"AllowedOAuthFlows 4 items", func(r *client.CreateRequest) { r.AllowedOAuthFlows = []string{"code", "code", "code", "code"} },
			one("AllowedOAuthFlows", client.RuleModelItems, "must have at most 3 items (got 4)")},

		// AllowedOAuthScopes: 1..256 characters of printable ASCII without space, '"' and '\', at most 50 items.
		{"AllowedOAuthScopes 50", func(r *client.CreateRequest) { r.AllowedOAuthScopes = scopes(50) }, nil},
		{"AllowedOAuthScopes 51", func(r *client.CreateRequest) { r.AllowedOAuthScopes = scopes(51) },
			one("AllowedOAuthScopes", client.RuleModelItems, "must have at most 50 items (got 51)")},
		{"AllowedOAuthScopes 256", func(r *client.CreateRequest) { r.AllowedOAuthScopes = []string{"api/" + repeat("s", 252)} }, nil},
		{"AllowedOAuthScopes 257", func(r *client.CreateRequest) { r.AllowedOAuthScopes = []string{"api/" + repeat("s", 253)} },
			one("AllowedOAuthScopes[0]", client.RuleModelLength, "must be at most 256 characters (got 257)")},
		{"AllowedOAuthScopes quote", func(r *client.CreateRequest) { r.AllowedOAuthScopes = []string{`api/re"ad`} },
			one("AllowedOAuthScopes[0]", client.RuleModelPattern, `contains '"' (U+0022) at character 7, which is not allowed; must match the ScopeType pattern ^[\x21\x23-\x5B\x5D-\x7E]+$: `+allowedOf(t, "AllowedOAuthScopes"))},

		// AnalyticsConfiguration.
		{"ApplicationId hex", func(r *client.CreateRequest) {
			r.AnalyticsConfiguration = &client.AnalyticsConfiguration{ApplicationID: p("0123456789abcdefABCDEF"),
				RoleARN: p("arn:aws:iam::123456789012:role/pinpoint"), ExternalID: p("ext")}
		}, nil},
		{"ApplicationId not hex", func(r *client.CreateRequest) {
			r.AnalyticsConfiguration = &client.AnalyticsConfiguration{ApplicationID: p("xyz"),
				RoleARN: p("arn:aws:iam::123456789012:role/pinpoint"), ExternalID: p("ext")}
		}, one("AnalyticsConfiguration.ApplicationId", client.RuleModelPattern, `contains 'x' (U+0078) at character 1, which is not allowed; must match the HexStringType pattern ^[0-9a-fA-F]+$: `+allowedOf(t, "ApplicationId"))},
		{"ApplicationId one hex digit", func(r *client.CreateRequest) {
			r.AnalyticsConfiguration = &client.AnalyticsConfiguration{ApplicationID: p("a"),
				RoleARN: p("arn:aws:iam::123456789012:role/pinpoint"), ExternalID: p("ext")}
		}, nil},
		// HexStringType has no minimum length: the pattern is what rejects "".
		{"ApplicationId empty", func(r *client.CreateRequest) {
			r.AnalyticsConfiguration = &client.AnalyticsConfiguration{ApplicationID: p(""),
				RoleARN: p("arn:aws:iam::123456789012:role/pinpoint"), ExternalID: p("ext")}
		}, one("AnalyticsConfiguration.ApplicationId", client.RuleModelPattern, `must not be empty: the value must match the HexStringType pattern ^[0-9a-fA-F]+$: `+allowedOf(t, "ApplicationId"))},
		{"ApplicationArn 20", func(r *client.CreateRequest) {
			r.AnalyticsConfiguration.ApplicationARN = p("arn:a:b::1:c" + repeat("d", 8))
		}, nil},
		{"ApplicationArn 19", func(r *client.CreateRequest) {
			r.AnalyticsConfiguration.ApplicationARN = p("arn:a:b::1:c" + repeat("d", 7))
		},
			one("AnalyticsConfiguration.ApplicationArn", client.RuleModelLength, "must be at least 20 characters (got 19)")},
		{"ApplicationArn no account", func(r *client.CreateRequest) {
			r.AnalyticsConfiguration.ApplicationARN = p("arn:aws:mobiletargeting:us-east-1::apps/x")
		}, one("AnalyticsConfiguration.ApplicationArn", client.RuleModelPattern, `must match the ArnType pattern ^arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?$: `+allowedOf(t, "ApplicationArn"))},
		{"ExternalId 131072", func(r *client.CreateRequest) {
			r.AnalyticsConfiguration = &client.AnalyticsConfiguration{ApplicationID: p("ab"),
				RoleARN: p("arn:aws:iam::123456789012:role/pinpoint"), ExternalID: p(repeat("e", 131072))}
		}, nil},
		{"ExternalId 131073", func(r *client.CreateRequest) {
			r.AnalyticsConfiguration = &client.AnalyticsConfiguration{ApplicationID: p("ab"),
				RoleARN: p("arn:aws:iam::123456789012:role/pinpoint"), ExternalID: p(repeat("e", 131073))}
		}, one("AnalyticsConfiguration.ExternalId", client.RuleModelLength, "must be at most 131072 characters (got 131073)")},

		// PreventUserExistenceErrors: enum.
		{"PreventUserExistenceErrors LEGACY", func(r *client.CreateRequest) { r.PreventUserExistenceErrors = p("LEGACY") }, nil},
		{"PreventUserExistenceErrors enabled", func(r *client.CreateRequest) { r.PreventUserExistenceErrors = p("enabled") },
			one("PreventUserExistenceErrors", client.RuleModelEnum, `"enabled" is not a valid value: must be one of LEGACY, ENABLED (values are case-sensitive: did you mean "ENABLED"?)`)},

		// AuthSessionValidity: 3..15.
		{"AuthSessionValidity 15", func(r *client.CreateRequest) { r.AuthSessionValidity = i32(15) }, nil},
		{"AuthSessionValidity 2", func(r *client.CreateRequest) { r.AuthSessionValidity = i32(2) },
			one("AuthSessionValidity", client.RuleModelRange, "must be between 3 and 15 (got 2)")},
		{"AuthSessionValidity 16", func(r *client.CreateRequest) { r.AuthSessionValidity = i32(16) },
			one("AuthSessionValidity", client.RuleModelRange, "must be between 3 and 15 (got 16)")},

		// RefreshTokenRotation: Feature required, enum; RetryGracePeriodSeconds 0..60.
		{"RefreshTokenRotation.Feature missing", func(r *client.CreateRequest) { r.RefreshTokenRotation.Feature = nil },
			one("RefreshTokenRotation.Feature", client.RuleModelRequired, "is required when RefreshTokenRotation is present")},
		{"RefreshTokenRotation.Feature On", func(r *client.CreateRequest) { r.RefreshTokenRotation.Feature = p("On") },
			one("RefreshTokenRotation.Feature", client.RuleModelEnum, `"On" is not a valid value: must be one of ENABLED, DISABLED`)},
		{"RetryGracePeriodSeconds 60", func(r *client.CreateRequest) { r.RefreshTokenRotation.RetryGracePeriodSeconds = i32(60) }, nil},
		{"RetryGracePeriodSeconds 61", func(r *client.CreateRequest) { r.RefreshTokenRotation.RetryGracePeriodSeconds = i32(61) },
			one("RefreshTokenRotation.RetryGracePeriodSeconds", client.RuleModelRange, "must be between 0 and 60 (got 61)")},
		{"RetryGracePeriodSeconds -1", func(r *client.CreateRequest) { r.RefreshTokenRotation.RetryGracePeriodSeconds = i32(-1) },
			one("RefreshTokenRotation.RetryGracePeriodSeconds", client.RuleModelRange, "must be between 0 and 60 (got -1)")},

		// Strings built in Go may hold invalid UTF-8, which JSON cannot carry.
		{"invalid UTF-8", func(r *client.CreateRequest) { r.ClientName = p("app\xff") },
			one("ClientName", client.RuleJSONUTF8, "must be valid UTF-8")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := validCreate()
			tt.mutate(&r)
			if diff := cmp.Diff(tt.want, modelOnly(r.Check())); diff != "" {
				t.Errorf("Check() (-want +got):\n%s", diff)
			}
			for _, v := range r.Check() {
				if r.ClientSecret != nil && strings.Contains(v.Message, *r.ClientSecret) {
					t.Errorf("message %q shows the client secret", v.Message)
				}
			}
		})
	}
}

// modelOnly keeps the violations of the model and json families: the tables
// above test the model constraints; service_test.go tests the rest.
func modelOnly(vs client.Violations) client.Violations {
	var out client.Violations
	for _, v := range vs {
		if strings.HasPrefix(string(v.Rule), "model.") || strings.HasPrefix(string(v.Rule), "json.") {
			out = append(out, v)
		}
	}
	return out
}

func TestValidCreateIsClean(t *testing.T) {
	r := validCreate()
	if got := r.Check(); got != nil {
		t.Errorf("the base request of the tables has violations:\n%v", got)
	}
}

func scopes(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = "api.example.com/s" + strings.Repeat("x", i)
	}
	return out
}

// allowedOf returns the allowed-characters phrase of a member's pattern, so
// the tests above do not repeat the charclass package's wording.
func allowedOf(t *testing.T, member string) string {
	t.Helper()
	classes := map[string]charclass.Class{
		"UserPoolId": charclass.UserPoolID, "ClientName": charclass.ClientName, "ClientSecret": charclass.WordPlus,
		"SupportedIdentityProviders": charclass.ProviderName, "CallbackURLs": charclass.RedirectURL,
		"AllowedOAuthScopes": charclass.Scope, "ApplicationId": charclass.Hex, "ApplicationArn": charclass.ARN,
	}
	c, ok := classes[member]
	if !ok {
		t.Fatalf("no class for %s", member)
	}
	return c.Allowed()
}

func TestUpdateModelConstraints(t *testing.T) {
	clientID := "1example23456789abcdefghij"
	tests := []struct {
		name string
		r    client.UpdateRequest
		want client.Violations
	}{
		{"minimal", client.UpdateRequest{Settings: client.Settings{UserPoolID: p("eu-west-1_x")}, ClientID: p(clientID)}, nil},
		{"ClientId missing", client.UpdateRequest{Settings: client.Settings{UserPoolID: p("eu-west-1_x")}},
			one("ClientId", client.RuleModelRequired, "is required by UpdateUserPoolClient")},
		{"UserPoolId missing", client.UpdateRequest{ClientID: p(clientID)},
			one("UserPoolId", client.RuleModelRequired, "is required by UpdateUserPoolClient")},
		{"ClientName optional but bounded", client.UpdateRequest{Settings: client.Settings{UserPoolID: p("eu-west-1_x"), ClientName: p("")}, ClientID: p(clientID)},
			one("ClientName", client.RuleModelLength, "must not be empty")},
		{"ClientId 128", client.UpdateRequest{Settings: client.Settings{UserPoolID: p("eu-west-1_x")}, ClientID: p(repeat("c", 128))}, nil},
		{"ClientId 129", client.UpdateRequest{Settings: client.Settings{UserPoolID: p("eu-west-1_x")}, ClientID: p(repeat("c", 129))},
			one("ClientId", client.RuleModelLength, "must be at most 128 characters (got 129)")},
		{"ClientId pattern hides the value", client.UpdateRequest{Settings: client.Settings{UserPoolID: p("eu-west-1_x")}, ClientID: p(clientID + "-x")},
			one("ClientId", client.RuleModelPattern, `has a character or form that is not allowed (the value is not shown); must match the ClientIdType pattern ^[\w+]+$: `+allowedOf(t, "ClientSecret"))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.r.Check()
			if diff := cmp.Diff(tt.want, modelOnly(got)); diff != "" {
				t.Errorf("Check() (-want +got):\n%s", diff)
			}
			if err := got.Err(); err != nil && strings.Contains(err.Error(), clientID) {
				t.Errorf("error shows the ClientId: %v", err)
			}
		})
	}
}

func TestUserPoolClientModelConstraints(t *testing.T) {
	var empty client.UserPoolClient
	if got := modelOnly(empty.Check()); got != nil {
		t.Errorf("UserPoolClientType has no required member; Check() = %v", got)
	}
	r := client.UserPoolClient{ClientSecret: p("short"), ClientID: p("")}
	want := client.Violations{
		{Path: "ClientId", Rule: client.RuleModelLength, Severity: client.Error, Message: "must not be empty"},
		{Path: "ClientSecret", Rule: client.RuleModelLength, Severity: client.Error, Message: "must be at least 24 characters (got 5)"},
	}
	if diff := cmp.Diff(want, modelOnly(r.Check())); diff != "" {
		t.Errorf("Check() (-want +got):\n%s", diff)
	}
}

// ClientType (UserPoolClientType, November 2026) is the enum ClientTypeType,
// matched case-sensitively.
func TestClientType(t *testing.T) {
	tests := []struct {
		value string
		want  client.Violations
	}{
		{"REGULAR", nil},
		{"DCR", nil},
		{"dcr", client.Violations{{Path: "ClientType", Rule: client.RuleModelEnum, Severity: client.Error,
			Message: `"dcr" is not a valid value: must be one of REGULAR, DCR (values are case-sensitive: did you mean "DCR"?)`}}},
		{"", client.Violations{{Path: "ClientType", Rule: client.RuleModelEnum, Severity: client.Error,
			Message: `"" is not a valid value: must be one of REGULAR, DCR`}}},
		{"PUBLIC", client.Violations{{Path: "ClientType", Rule: client.RuleModelEnum, Severity: client.Error,
			Message: `"PUBLIC" is not a valid value: must be one of REGULAR, DCR`}}},
	}
	for _, tt := range tests {
		r := client.UserPoolClient{ClientType: p(tt.value)}
		if diff := cmp.Diff(tt.want, modelOnly(r.Check())); diff != "" {
			t.Errorf("ClientType %q: Check() (-want +got):\n%s", tt.value, diff)
		}
	}
}

func TestValidateReportsErrorsOnly(t *testing.T) {
	r := validCreate()
	if err := r.Validate(); err != nil {
		t.Errorf("Validate() = %v, want nil", err)
	}
	// Warnings alone: AWS accepts it, so Validate is nil; Check has them.
	r.PreventUserExistenceErrors = nil
	if len(r.Check()) == 0 {
		t.Fatal("no warning for an absent PreventUserExistenceErrors")
	}
	if err := r.Validate(); err != nil {
		t.Errorf("Validate() with warnings only = %v, want nil", err)
	}
	r.ClientName = nil
	err := r.Validate()
	var vs client.Violations
	if !asViolations(err, &vs) || len(vs) != 1 {
		t.Fatalf("Validate() = %#v, want one Violations", err)
	}
	if got, want := err.Error(), "ClientName: is required by CreateUserPoolClient [model.required]"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

// TestErrFailsOnErrorsOnly: Violations.Err, which Validate and
// UnmarshalJSON return, is nil for warnings alone, so a document AWS
// accepts (a duplicate member; a member AWS added since) unmarshals.
func TestErrFailsOnErrorsOnly(t *testing.T) {
	warning := client.Violation{Path: "P", Rule: client.RuleSecurityUserExistenceErrors, Severity: client.Warning, Message: "m"}
	failure := client.Violation{Path: "Q", Rule: client.RuleModelRequired, Severity: client.Error, Message: "n"}
	if err := (client.Violations{warning}).Err(); err != nil {
		t.Errorf("Err() on a warning = %v, want nil", err)
	}
	if err := (client.Violations{warning, failure}).Err(); err == nil || err.Error() != failure.String() {
		t.Errorf("Err() = %v, want only %v", err, failure)
	}
	var r client.CreateRequest
	if err := json.Unmarshal([]byte(`{"UserPoolId":"us-east-1_a","ClientName":"a","ClientName":"b"}`), &r); err != nil || *r.ClientName != "b" {
		t.Errorf("a duplicate member (a warning): err %v, ClientName %v", err, r.ClientName)
	}
	var d client.UserPoolClient
	if err := json.Unmarshal([]byte(`{"UserPoolId":"us-east-1_a","ClientName":"a","FutureMember":1}`), &d); err != nil {
		t.Errorf("a member AWS added since (a warning): %v", err)
	}
	if err := json.Unmarshal([]byte(`{"UserPoolId":"us-east-1_a","ClientNmae":"a"}`), &r); err == nil {
		t.Error("a near miss (an error) unmarshals")
	}
}
