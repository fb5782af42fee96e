package client_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cognitokit/appclient/client"
)

// v builds the violation Check reports, with the catalogue's severity.
func v(path string, id client.RuleID, msg string) client.Violation {
	r, ok := client.LookupRule(id)
	if !ok {
		panic("unknown rule " + id)
	}
	return client.Violation{Path: path, Rule: id, Severity: r.Severity, Message: msg}
}

func vs(list ...client.Violation) client.Violations { return client.Violations(list) }

const (
	msgHTTPS    = "must use HTTPS: plain HTTP is allowed only to exactly localhost, 127.0.0.1 or [::1]"
	msgLoopback = "uses plain HTTP to a loopback address: fine for local testing, not for production"
	msgDisabled = "is set, but AllowedOAuthFlowsUserPoolClient is not true: the OAuth settings have no effect until it is"
)

func TestServiceRulesCreate(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(r *client.CreateRequest)
		want   client.Violations
	}{
		// Token lifetimes, value × unit.
		{"access 5 minutes", func(r *client.CreateRequest) { r.AccessTokenValidity = i32(5) }, nil},
		{"access 4 minutes", func(r *client.CreateRequest) { r.AccessTokenValidity = i32(4) }, vs(
			v("AccessTokenValidity", client.RuleTokensAccessRange, "4 minutes is less than the 5 minutes minimum for access tokens (allowed: 5 minutes to 1 day)"))},
		{"access 1440 minutes", func(r *client.CreateRequest) { r.AccessTokenValidity = i32(1440) }, nil},
		{"access 1441 minutes", func(r *client.CreateRequest) { r.AccessTokenValidity = i32(1441) }, vs(
			v("AccessTokenValidity", client.RuleTokensAccessRange, "1441 minutes is more than the 1 day maximum for access tokens (allowed: 5 minutes to 1 day)"))},
		{"access 60 in the default unit", func(r *client.CreateRequest) {
			r.AccessTokenValidity = i32(60)
			r.TokenValidityUnits.AccessToken = nil
		}, vs(v("AccessTokenValidity", client.RuleTokensAccessRange,
			"60 hours (hours is the default unit when TokenValidityUnits.AccessToken is absent) is more than the 1 day maximum for access tokens (allowed: 5 minutes to 1 day)"))},
		{"access 24 hours without units", func(r *client.CreateRequest) {
			r.AccessTokenValidity = i32(24)
			r.IDTokenValidity = i32(1)
			r.TokenValidityUnits = nil
		}, nil},
		{"access 2 days", func(r *client.CreateRequest) {
			r.AccessTokenValidity = i32(2)
			r.TokenValidityUnits.AccessToken = p("days")
		}, vs(v("AccessTokenValidity", client.RuleTokensAccessRange, "2 days is more than the 1 day maximum for access tokens (allowed: 5 minutes to 1 day)"))},
		{"id 300 seconds", func(r *client.CreateRequest) {
			r.IDTokenValidity = i32(300)
			r.TokenValidityUnits.IDToken = p("seconds")
		}, nil},
		{"id 299 seconds", func(r *client.CreateRequest) {
			r.IDTokenValidity = i32(299)
			r.TokenValidityUnits.IDToken = p("seconds")
		}, vs(v("IdTokenValidity", client.RuleTokensIDRange, "299 seconds is less than the 5 minutes minimum for ID tokens (allowed: 5 minutes to 1 day)"))},
		{"refresh 0 means 30 days", func(r *client.CreateRequest) { r.RefreshTokenValidity = i32(0) }, nil},
		{"refresh 3650 days", func(r *client.CreateRequest) { r.RefreshTokenValidity = i32(3650) }, nil},
		{"refresh 3651 days", func(r *client.CreateRequest) { r.RefreshTokenValidity = i32(3651) }, vs(
			v("RefreshTokenValidity", client.RuleTokensRefreshRange, "3651 days is more than the 3650 days maximum for refresh tokens (allowed: 1 hour to 3650 days)"))},
		{"refresh 60 minutes", func(r *client.CreateRequest) {
			r.RefreshTokenValidity = i32(60)
			r.TokenValidityUnits.RefreshToken = p("minutes")
		}, nil},
		{"refresh 59 minutes", func(r *client.CreateRequest) {
			r.RefreshTokenValidity = i32(59)
			r.TokenValidityUnits.RefreshToken = p("minutes")
		}, vs(v("RefreshTokenValidity", client.RuleTokensRefreshRange, "59 minutes is less than the 1 hour minimum for refresh tokens (allowed: 1 hour to 3650 days)"))},
		{"refresh int32 max days does not wrap", func(r *client.CreateRequest) {
			r.RefreshTokenValidity = i32(2147483647)
		}, vs(v("RefreshTokenValidity", client.RuleModelRange, "must be between 0 and 315360000 (got 2147483647)"))},
		{"refresh model max in days", func(r *client.CreateRequest) { r.RefreshTokenValidity = i32(315360000) }, vs(
			v("RefreshTokenValidity", client.RuleTokensRefreshRange, "315360000 days is more than the 3650 days maximum for refresh tokens (allowed: 1 hour to 3650 days)"))},

		// ExplicitAuthFlows.
		{"legacy mixed with ALLOW_", func(r *client.CreateRequest) {
			r.ExplicitAuthFlows = []string{"ALLOW_REFRESH_TOKEN_AUTH", "CUSTOM_AUTH_FLOW_ONLY"}
		}, vs(
			v("ExplicitAuthFlows", client.RuleFlowsLegacyMix, `must not combine legacy values ("CUSTOM_AUTH_FLOW_ONLY") with ALLOW_ values ("ALLOW_REFRESH_TOKEN_AUTH"): use only ALLOW_ values`),
			v("ExplicitAuthFlows[1]", client.RuleFlowsLegacy, "CUSTOM_AUTH_FLOW_ONLY is a deprecated legacy name: use ALLOW_CUSTOM_AUTH"))},
		{"legacy alone", func(r *client.CreateRequest) { r.ExplicitAuthFlows = []string{"ADMIN_NO_SRP_AUTH"} }, vs(
			v("ExplicitAuthFlows[0]", client.RuleFlowsLegacy, "ADMIN_NO_SRP_AUTH is a deprecated legacy name: use ALLOW_ADMIN_USER_PASSWORD_AUTH"),
			v("ExplicitAuthFlows[0]", client.RuleFlowsPassword, "ADMIN_NO_SRP_AUTH sends the user's password itself to Cognito: prefer ALLOW_USER_SRP_AUTH or ALLOW_USER_AUTH"))},
		{"empty list", func(r *client.CreateRequest) { r.ExplicitAuthFlows = []string{} }, nil},
		{"no refresh auth", func(r *client.CreateRequest) { r.ExplicitAuthFlows = []string{"ALLOW_USER_SRP_AUTH"} }, vs(
			v("ExplicitAuthFlows", client.RuleFlowsRefreshAuthMissing, "does not include ALLOW_REFRESH_TOKEN_AUTH while refresh token rotation is off: users cannot refresh their sessions"))},
		{"no refresh auth with rotation", func(r *client.CreateRequest) {
			r.ExplicitAuthFlows = []string{"ALLOW_USER_SRP_AUTH"}
			r.RefreshTokenRotation.Feature = p("ENABLED")
		}, nil},
		{"rotation with refresh auth", func(r *client.CreateRequest) { r.RefreshTokenRotation.Feature = p("ENABLED") }, vs(
			v("ExplicitAuthFlows", client.RuleFlowsRotationWithRefreshAuth, "includes ALLOW_REFRESH_TOKEN_AUTH while RefreshTokenRotation is ENABLED: AWS says to deactivate it, as rotated tokens are redeemed with GetTokensFromRefreshToken"))},
		{"user auth tier", func(r *client.CreateRequest) {
			r.ExplicitAuthFlows = []string{"ALLOW_USER_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"}
		}, vs(
			v("ExplicitAuthFlows[0]", client.RuleFlowsUserAuthTier, "ALLOW_USER_AUTH needs the user pool's Essentials or Plus feature plan; on Lite, AWS answers FeatureUnavailableInTierException"))},
		{"password flow", func(r *client.CreateRequest) {
			r.ExplicitAuthFlows = []string{"ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"}
		}, vs(v("ExplicitAuthFlows[0]", client.RuleFlowsPassword, "ALLOW_USER_PASSWORD_AUTH sends the user's password itself to Cognito: prefer ALLOW_USER_SRP_AUTH or ALLOW_USER_AUTH"))},
		{"client token auth is documented", func(r *client.CreateRequest) {
			r.ExplicitAuthFlows = []string{"ALLOW_CLIENT_TOKEN_AUTH"}
		}, vs(v("ExplicitAuthFlows[0]", client.RuleFlowsClientTokenAuth, "ALLOW_CLIENT_TOKEN_AUTH is documented for GetClientToken but is not in the API model: SDKs and older endpoints may refuse it"))},

		// OAuth flows.
		{"client_credentials alone", func(r *client.CreateRequest) {
			r.AllowedOAuthFlows = []string{"client_credentials"}
			r.AllowedOAuthScopes = []string{"https://api.example.com/v1/read"}
		}, nil},
		{"client_credentials with code", func(r *client.CreateRequest) {
			r.AllowedOAuthFlows = []string{"client_credentials", "code"}
			r.AllowedOAuthScopes = []string{"api/read"}
		}, vs(v("AllowedOAuthFlows", client.RuleOAuthClientCredentialsAlone, `client_credentials must be the only OAuth flow: remove "code" or move it to another app client`))},
		{"client_credentials with code and implicit: every other flow is named", func(r *client.CreateRequest) {
			r.AllowedOAuthFlows = []string{"implicit", "client_credentials", "code"}
			r.AllowedOAuthScopes = []string{"api/read"}
		}, vs(v("AllowedOAuthFlows", client.RuleOAuthClientCredentialsAlone, `client_credentials must be the only OAuth flow: remove "implicit" and "code" or move them to another app client`),
			v("AllowedOAuthFlows[0]", client.RuleOAuthImplicit, "the implicit grant returns tokens in the redirect URL: use code (with PKCE) instead (RFC 9700)"))},
		{"client_credentials without a secret", func(r *client.CreateRequest) {
			r.AllowedOAuthFlows = []string{"client_credentials"}
			r.AllowedOAuthScopes = []string{"api/read"}
			r.GenerateSecret = client.Ptr(false)
			r.EnablePropagateAdditionalUserContextData = nil
		}, vs(v("AllowedOAuthFlows", client.RuleOAuthClientCredentialsSecret, "client_credentials needs a client secret: set GenerateSecret to true or send a ClientSecret"))},
		{"client_credentials with a custom secret", func(r *client.CreateRequest) {
			r.AllowedOAuthFlows = []string{"client_credentials"}
			r.AllowedOAuthScopes = []string{"api/read"}
			r.GenerateSecret = nil
			r.ClientSecret = p("custom_Secret+value_0123456789")
		}, nil},
		{"client_credentials with standard scopes", func(r *client.CreateRequest) {
			r.AllowedOAuthFlows = []string{"client_credentials"}
			r.AllowedOAuthScopes = []string{"api/read", "openid", "aws.cognito.signin.user.admin"}
		}, vs(
			v("AllowedOAuthScopes[1]", client.RuleOAuthClientCredentialsScopes, `"openid" is not supported with the client_credentials flow: use resource-server scopes (server/name) only`),
			v("AllowedOAuthScopes[2]", client.RuleOAuthClientCredentialsScopes, `"aws.cognito.signin.user.admin" is not supported with the client_credentials flow: use resource-server scopes (server/name) only`))},
		{"code without callbacks", func(r *client.CreateRequest) { r.CallbackURLs = nil; r.DefaultRedirectURI = nil }, vs(
			v("CallbackURLs", client.RuleOAuthCallbacksRequired, "must list at least one URL when AllowedOAuthFlows includes code or implicit"))},
		{"implicit with empty callbacks", func(r *client.CreateRequest) {
			r.AllowedOAuthFlows = []string{"implicit"}
			r.CallbackURLs = []string{}
			r.DefaultRedirectURI = nil
		}, vs(
			v("CallbackURLs", client.RuleOAuthCallbacksRequired, "must list at least one URL when AllowedOAuthFlows includes code or implicit"),
			v("AllowedOAuthFlows[0]", client.RuleOAuthImplicit, "the implicit grant returns tokens in the redirect URL: use code (with PKCE) instead (RFC 9700)"))},
		{"OAuth on without flows", func(r *client.CreateRequest) { r.AllowedOAuthFlows = nil }, vs(
			v("AllowedOAuthFlows", client.RuleOAuthFlowsAndScopesRequired, "must not be empty when AllowedOAuthFlowsUserPoolClient is true"))},
		{"OAuth on with empty scopes", func(r *client.CreateRequest) { r.AllowedOAuthScopes = []string{} }, vs(
			v("AllowedOAuthScopes", client.RuleOAuthFlowsAndScopesRequired, "must not be empty when AllowedOAuthFlowsUserPoolClient is true"))},
		{"OAuth off with settings", func(r *client.CreateRequest) { r.AllowedOAuthFlowsUserPoolClient = client.Ptr(false) }, vs(
			v("AllowedOAuthFlows", client.RuleOAuthDisabledSettings, msgDisabled),
			v("AllowedOAuthScopes", client.RuleOAuthDisabledSettings, msgDisabled),
			v("CallbackURLs", client.RuleOAuthDisabledSettings, msgDisabled),
			v("LogoutURLs", client.RuleOAuthDisabledSettings, msgDisabled),
			v("DefaultRedirectURI", client.RuleOAuthDisabledSettings, msgDisabled))},
		{"OAuth off and empty", func(r *client.CreateRequest) {
			r.AllowedOAuthFlowsUserPoolClient = nil
			r.AllowedOAuthFlows, r.AllowedOAuthScopes, r.CallbackURLs, r.LogoutURLs, r.DefaultRedirectURI = nil, []string{}, nil, nil, nil
		}, nil},

		// Redirect URLs.
		{"app schemes", func(r *client.CreateRequest) {
			r.CallbackURLs = []string{"myapp://callback", "com.example.app:/oauth2redirect"}
			r.DefaultRedirectURI = p("myapp://callback")
		}, nil},
		{"loopback http", func(r *client.CreateRequest) {
			r.CallbackURLs = append(r.CallbackURLs, "http://localhost:3000/cb", "http://127.0.0.1/cb", "http://[::1]:8080/cb")
		}, vs(
			v("CallbackURLs[1]", client.RuleURLsLoopbackHTTP, msgLoopback),
			v("CallbackURLs[2]", client.RuleURLsLoopbackHTTP, msgLoopback),
			v("CallbackURLs[3]", client.RuleURLsLoopbackHTTP, msgLoopback))},
		{"remote http", func(r *client.CreateRequest) {
			r.CallbackURLs = append(r.CallbackURLs, "http://localhost.evil.example/cb", "http://127.0.0.2/cb")
		}, vs(
			v("CallbackURLs[1]", client.RuleURLsHTTPS, msgHTTPS),
			v("CallbackURLs[2]", client.RuleURLsHTTPS, msgHTTPS))},
		{"fragment and relative", func(r *client.CreateRequest) {
			r.CallbackURLs = append(r.CallbackURLs, "https://app.example.com/cb#", "/callback")
		}, vs(
			v("CallbackURLs[2]", client.RuleURLsAbsolute, "must be an absolute URI with a scheme, such as https://app.example.com/callback or myapp://callback"),
			v("CallbackURLs[1]", client.RuleURLsFragment, "must not include a fragment (#), not even an empty one"))},
		{"default redirect is checked too", func(r *client.CreateRequest) {
			r.CallbackURLs = []string{"http://app.example.com/cb"}
			r.DefaultRedirectURI = p("http://app.example.com/cb")
		}, vs(
			v("CallbackURLs[0]", client.RuleURLsHTTPS, msgHTTPS),
			v("DefaultRedirectURI", client.RuleURLsHTTPS, msgHTTPS))},
		{"default redirect not in callbacks", func(r *client.CreateRequest) {
			r.DefaultRedirectURI = p("https://APP.example.com/callback")
		}, vs(v("DefaultRedirectURI", client.RuleURLsDefaultInCallbacks, "must be one of CallbackURLs, exactly as written (no case folding or normalization)"))},
		{"dangerous and malformed", func(r *client.CreateRequest) {
			r.CallbackURLs = append(r.CallbackURLs, "javascript:alert(1)", `https://app.example.com\@evil.example/`)
		}, vs(
			v("CallbackURLs[1]", client.RuleURLsDangerousScheme, `uses the "javascript" scheme, which runs code or reads local data when a browser follows it`),
			v("CallbackURLs[2]", client.RuleURLsMalformed, "is not a well-formed URI: browsers and servers may read this URL differently"))},
		{"logout urls", func(r *client.CreateRequest) {
			r.LogoutURLs = append(r.LogoutURLs, "http://app.example.com/bye", "http://localhost/bye")
		}, vs(v("LogoutURLs[1]", client.RuleURLsLogout, "must use HTTPS (plain HTTP is allowed only for localhost, 127.0.0.1 and [::1]) (the CallbackURLs rules, applied to a sign-out redirect)"))},

		// Scopes.
		{"custom scope with URL identifier", func(r *client.CreateRequest) {
			r.AllowedOAuthScopes = append(r.AllowedOAuthScopes, "https://api.example.com/v1/read")
		}, nil},
		{"scope that exists in no pool", func(r *client.CreateRequest) {
			r.AllowedOAuthScopes = append(r.AllowedOAuthScopes, "offline_access", "Cognito", "api/")
		}, vs(
			v("AllowedOAuthScopes[2]", client.RuleScopesUnknown, `"offline_access" is not a scope: use openid, email, phone, profile, aws.cognito.signin.user.admin, or a resource-server scope written server/name`),
			v("AllowedOAuthScopes[3]", client.RuleScopesUnknown, `"Cognito" is not a scope: use openid, email, phone, profile, aws.cognito.signin.user.admin, or a resource-server scope written server/name`),
			v("AllowedOAuthScopes[4]", client.RuleScopesUnknown, `"api/" is not a scope: use openid, email, phone, profile, aws.cognito.signin.user.admin, or a resource-server scope written server/name`))},
		{"email without openid", func(r *client.CreateRequest) { r.AllowedOAuthScopes = []string{"email", "api/read"} }, vs(
			v("AllowedOAuthScopes[0]", client.RuleScopesOpenIDMissing, `"email" is an OpenID Connect scope that needs openid: add openid to AllowedOAuthScopes`))},
		{"admin scope alone", func(r *client.CreateRequest) { r.AllowedOAuthScopes = []string{"aws.cognito.signin.user.admin"} }, nil},

		// Secrets.
		{"secret with GenerateSecret false", func(r *client.CreateRequest) {
			r.GenerateSecret = client.Ptr(false)
			r.ClientSecret = p("custom_Secret+value_0123456789")
		}, nil},
		{"secret with GenerateSecret true", func(r *client.CreateRequest) { r.ClientSecret = p("custom_Secret+value_0123456789") }, vs(
			v("ClientSecret", client.RuleSecretsExclusive, "must not be sent together with GenerateSecret: true"))},
		{"propagate without a secret", func(r *client.CreateRequest) { r.GenerateSecret = nil }, vs(
			v("EnablePropagateAdditionalUserContextData", client.RuleSecretsPropagateNeedsSecret, "can be true only for an app client with a client secret: set GenerateSecret to true or send a ClientSecret"))},
		{"propagate false without a secret", func(r *client.CreateRequest) {
			r.GenerateSecret = nil
			r.EnablePropagateAdditionalUserContextData = client.Ptr(false)
		}, nil},

		// Security settings.
		{"user existence errors absent", func(r *client.CreateRequest) { r.PreventUserExistenceErrors = nil }, vs(
			v("PreventUserExistenceErrors", client.RuleSecurityUserExistenceErrors, "is absent, so it is LEGACY: sign-in errors reveal whether a user exists; set it to ENABLED"))},
		{"user existence errors LEGACY", func(r *client.CreateRequest) { r.PreventUserExistenceErrors = p("LEGACY") }, vs(
			v("PreventUserExistenceErrors", client.RuleSecurityUserExistenceErrors, "is LEGACY: sign-in errors reveal whether a user exists; set it to ENABLED"))},
		{"token revocation absent", func(r *client.CreateRequest) { r.EnableTokenRevocation = nil }, nil},
		{"token revocation off", func(r *client.CreateRequest) { r.EnableTokenRevocation = client.Ptr(false) }, vs(
			v("EnableTokenRevocation", client.RuleSecurityTokenRevocationOff, "is false: refresh tokens issued to this client cannot be revoked"))},

		// Lifetimes compared.
		{"access longer than refresh", func(r *client.CreateRequest) {
			r.RefreshTokenValidity = i32(2)
			r.TokenValidityUnits.RefreshToken = p("hours")
			r.AccessTokenValidity = i32(180)
		}, vs(v("AccessTokenValidity", client.RuleTokensExceedsRefresh, "the access token lifetime (3 hours) is longer than the refresh token lifetime (2 hours)"))},
		{"access equal to refresh", func(r *client.CreateRequest) {
			r.RefreshTokenValidity = i32(2)
			r.TokenValidityUnits.RefreshToken = p("hours")
			r.AccessTokenValidity = i32(120)
			r.IDTokenValidity = i32(120)
		}, nil},

		// Lists and analytics.
		{"duplicates", func(r *client.CreateRequest) {
			r.ReadAttributes = []string{"email", "name", "email"}
			r.AllowedOAuthScopes = []string{"openid", "openid"}
		}, vs(
			v("ReadAttributes[2]", client.RuleListsDuplicate, "repeats ReadAttributes[0]"),
			v("AllowedOAuthScopes[1]", client.RuleListsDuplicate, "repeats AllowedOAuthScopes[0]"))},
		{"duplicate in a long list", func(r *client.CreateRequest) {
			r.AllowedOAuthScopes = scopes(50)
			r.AllowedOAuthScopes[49] = r.AllowedOAuthScopes[20]
			r.AllowedOAuthScopes[0] = "openid"
		}, vs(v("AllowedOAuthScopes[49]", client.RuleListsDuplicate, "repeats AllowedOAuthScopes[20]"))},
		{"no duplicate in a long list", func(r *client.CreateRequest) {
			r.AllowedOAuthScopes = scopes(50)
			r.AllowedOAuthScopes[0] = "openid"
		}, nil},
		{"analytics by id", func(r *client.CreateRequest) {
			r.AnalyticsConfiguration = &client.AnalyticsConfiguration{ApplicationID: p("abc123"),
				RoleARN: p("arn:aws:iam::123456789012:role/pinpoint"), ExternalID: p("x")}
		}, nil},
		{"analytics mixed", func(r *client.CreateRequest) {
			r.AnalyticsConfiguration.RoleARN = p("arn:aws:iam::123456789012:role/pinpoint")
		}, vs(v("AnalyticsConfiguration", client.RuleAnalyticsShape, "must set either ApplicationArn alone, or ApplicationId together with RoleArn and ExternalId"))},
		{"analytics id without role", func(r *client.CreateRequest) {
			r.AnalyticsConfiguration = &client.AnalyticsConfiguration{ApplicationID: p("abc123"), ExternalID: p("x")}
		}, vs(v("AnalyticsConfiguration", client.RuleAnalyticsShape, "must set either ApplicationArn alone, or ApplicationId together with RoleArn and ExternalId"))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := validCreate()
			tt.mutate(&r)
			if diff := cmp.Diff(tt.want, r.Check()); diff != "" {
				t.Errorf("Check() (-want +got):\n%s", diff)
			}
		})
	}
}

func TestServiceRulesUpdateAndDescribe(t *testing.T) {
	base := validCreate().Settings
	update := client.UpdateRequest{Settings: base, ClientID: p("1example23456789")}
	update.AllowedOAuthFlows = []string{"client_credentials"}
	update.AllowedOAuthScopes = []string{"api/read"}
	// An update cannot know whether the client has a secret: no secret rule fires.
	if got := update.Check(); got != nil {
		t.Errorf("update Check() = %v, want nil", got)
	}
	described := client.UserPoolClient{Settings: base}
	described.ClientSecret = nil
	if got := described.Check(); got != nil {
		t.Errorf("describe Check() = %v, want nil", got)
	}
	described.AccessTokenValidity = i32(2000)
	want := vs(v("AccessTokenValidity", client.RuleTokensAccessRange, "2000 minutes is more than the 1 day maximum for access tokens (allowed: 5 minutes to 1 day)"))
	if diff := cmp.Diff(want, described.Check()); diff != "" {
		t.Errorf("describe Check() (-want +got):\n%s", diff)
	}
}
