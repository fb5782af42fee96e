package tfplan

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTFPath(t *testing.T) {
	got := map[string]string{}
	for _, api := range []string{
		"ClientName", "CallbackURLs", "CallbackURLs[1]", "TokenValidityUnits", "TokenValidityUnits.AccessToken",
		"RefreshTokenRotation.RetryGracePeriodSeconds", "AnalyticsConfiguration.UserDataShared", "ClientId", "", "CallbackURLsX",
	} {
		got[api] = tfPath(api)
	}
	want := map[string]string{
		"ClientName":                     "name",
		"CallbackURLs":                   "callback_urls",
		"CallbackURLs[1]":                "callback_urls[1]",
		"TokenValidityUnits":             "token_validity_units",
		"TokenValidityUnits.AccessToken": "token_validity_units[0].access_token",
		"RefreshTokenRotation.RetryGracePeriodSeconds": "refresh_token_rotation[0].retry_grace_period_seconds",
		"AnalyticsConfiguration.UserDataShared":        "analytics_configuration[0].user_data_shared",
		"ClientId":                                     "",
		"":                                             "",
		"CallbackURLsX":                                "",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tfPath (-want +got):\n%s", diff)
	}
}

func TestModuleCalls(t *testing.T) {
	got := map[string][]string{}
	for _, addr := range []string{
		"", "module.auth", `module.auth["spa"]`, `module.auth["a.b]c"].module.inner[0]`, `module.x["q\"]"].module.y`, "aws_x.y",
	} {
		got[addr] = moduleCalls(addr)
	}
	want := map[string][]string{
		"":                                     nil,
		"module.auth":                          {"auth"},
		`module.auth["spa"]`:                   {"auth"},
		`module.auth["a.b]c"].module.inner[0]`: {"auth", "inner"},
		`module.x["q\"]"].module.y`:            {"x", "y"},
		"aws_x.y":                              nil,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("moduleCalls (-want +got):\n%s", diff)
	}
}

func TestScrubber(t *testing.T) {
	s := newScrubber([]string{"abcdefgh", "abcd", "xy", ""}, minAnywhere)
	got := []string{
		s.scrub(`"abcdefgh" and abcdefghij`),
		s.scrub(`abcd in abcdx`),
		s.scrub(`"xy" but not xyz`),
		newScrubber([]string{"production-secret"}, minVariable).scrub("prod in production"),
		newScrubber([]string{"prod"}, minVariable).scrub(`"prod" but not production`),
		newScrubber([]string{"www", "host"}, minAnywhere).scrubQuoted(`localhost "http://host.example.com" "a\"host"`),
	}
	want := []string{
		`"(a value not shown)" and (a value not shown)ij`,
		`(a value not shown) in (a value not shown)x`,
		`(a value not shown) but not xyz`,
		"prod in production",
		`(a value not shown) but not production`,
		`localhost "http://(a value not shown).example.com" "a\"(a value not shown)"`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("scrub (-want +got):\n%s", diff)
	}
}

// TestAttributesFromModel holds the rows that fromModel completes to the
// member and kind each attribute has in the provider's schema.
func TestAttributesFromModel(t *testing.T) {
	want := []Attribute{
		{TF: "id", Kind: String},
		{TF: "client_secret", Kind: String},
		{TF: "region", Kind: String},
		{TF: "name", API: "ClientName", Kind: String},
		{TF: "name_pattern", Kind: String, ManagedOnly: true},
		{TF: "name_prefix", Kind: String, ManagedOnly: true},
		{TF: "user_pool_id", API: "UserPoolId", Kind: String},
		{TF: "generate_secret", API: "GenerateSecret", Kind: Bool, CreateOnly: true, NotManaged: true},
		{TF: "access_token_validity", API: "AccessTokenValidity", Kind: Number},
		{TF: "id_token_validity", API: "IdTokenValidity", Kind: Number},
		{TF: "refresh_token_validity", API: "RefreshTokenValidity", Kind: Number},
		{TF: "token_validity_units", API: "TokenValidityUnits", Kind: Block},
		{TF: "token_validity_units[0].access_token", API: "TokenValidityUnits.AccessToken", Kind: String},
		{TF: "token_validity_units[0].id_token", API: "TokenValidityUnits.IdToken", Kind: String},
		{TF: "token_validity_units[0].refresh_token", API: "TokenValidityUnits.RefreshToken", Kind: String},
		{TF: "auth_session_validity", API: "AuthSessionValidity", Kind: Number},
		{TF: "allowed_oauth_flows", API: "AllowedOAuthFlows", Kind: Set},
		{TF: "allowed_oauth_flows_user_pool_client", API: "AllowedOAuthFlowsUserPoolClient", Kind: Bool},
		{TF: "allowed_oauth_scopes", API: "AllowedOAuthScopes", Kind: Set},
		{TF: "callback_urls", API: "CallbackURLs", Kind: Set},
		{TF: "default_redirect_uri", API: "DefaultRedirectURI", Kind: String},
		{TF: "logout_urls", API: "LogoutURLs", Kind: Set},
		{TF: "explicit_auth_flows", API: "ExplicitAuthFlows", Kind: Set},
		{TF: "supported_identity_providers", API: "SupportedIdentityProviders", Kind: Set},
		{TF: "read_attributes", API: "ReadAttributes", Kind: Set},
		{TF: "write_attributes", API: "WriteAttributes", Kind: Set},
		{TF: "prevent_user_existence_errors", API: "PreventUserExistenceErrors", Kind: String},
		{TF: "enable_token_revocation", API: "EnableTokenRevocation", Kind: Bool},
		{TF: "enable_propagate_additional_user_context_data", API: "EnablePropagateAdditionalUserContextData", Kind: Bool},
		{TF: "analytics_configuration", API: "AnalyticsConfiguration", Kind: Block},
		{TF: "analytics_configuration[0].application_arn", API: "AnalyticsConfiguration.ApplicationArn", Kind: String},
		{TF: "analytics_configuration[0].application_id", API: "AnalyticsConfiguration.ApplicationId", Kind: String},
		{TF: "analytics_configuration[0].external_id", API: "AnalyticsConfiguration.ExternalId", Kind: String},
		{TF: "analytics_configuration[0].role_arn", API: "AnalyticsConfiguration.RoleArn", Kind: String},
		{TF: "analytics_configuration[0].user_data_shared", API: "AnalyticsConfiguration.UserDataShared", Kind: Bool},
		{TF: "refresh_token_rotation", API: "RefreshTokenRotation", Kind: Block},
		{TF: "refresh_token_rotation[0].feature", API: "RefreshTokenRotation.Feature", Kind: String},
		{TF: "refresh_token_rotation[0].retry_grace_period_seconds", API: "RefreshTokenRotation.RetryGracePeriodSeconds", Kind: Number},
	}
	if diff := cmp.Diff(want, attributes); diff != "" {
		t.Errorf("attributes (-want +got):\n%s", diff)
	}
}
