package tfplan

import "strings"

// Kind is the Terraform type of an attribute, as the provider's schema
// declares it.
type Kind uint8

const (
	String Kind = iota + 1
	Number      // an integer
	Bool
	Set   // a set of strings: unordered, in Terraform's own order in a plan
	Block // a nested block of at most one object: a list of zero or one
)

// String returns the kind's name, as a message uses it.
func (k Kind) String() string {
	switch k {
	case String:
		return "a string"
	case Number:
		return "a whole number"
	case Bool:
		return "a boolean"
	case Set:
		return "a set of strings"
	case Block:
		return "a list of at most one block"
	}
	return "a value"
}

// Attribute is one attribute of aws_cognito_user_pool_client (and of
// aws_cognito_managed_user_pool_client) and the API member it becomes.
type Attribute struct {
	// TF is the attribute's path in Terraform's notation: "name",
	// "token_validity_units", "token_validity_units[0].access_token".
	TF string
	// API is the member's path in the API's wire names, as in
	// client.Violation: "ClientName", "TokenValidityUnits",
	// "TokenValidityUnits.AccessToken". It is empty for an attribute that
	// is no member of the request (id, client_secret, region).
	API  string
	Kind Kind
	// CreateOnly says the member is sent by CreateUserPoolClient only
	// (GenerateSecret): the provider's update leaves it out.
	CreateOnly bool
	// NotManaged says aws_cognito_managed_user_pool_client has no such
	// attribute; ManagedOnly that only it has.
	NotManaged, ManagedOnly bool
}

// attributes is the mapping, one row per attribute, in the order of the
// provider's schema (terraform-provider-aws, internal/service/cognitoidp,
// user_pool_client.go and managed_user_pool_client.go): the provider expands
// the plan into the request by name (fwflex.Expand with the field name
// prefix "Client"), so each attribute is the member of the same name. When
// the provider adds an attribute, add its row; Check warns of an attribute it
// does not know (tfplan.unknown-attribute).
var attributes = []Attribute{
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

// Mapping returns the attribute ↔ member table, one row per attribute (block
// members after their block), as data: the plan reader builds requests from
// it, and any other reader of Terraform configurations can share it.
func Mapping() []Attribute {
	return append([]Attribute(nil), attributes...)
}

// lookupTF returns the row of the Terraform attribute path tf for the
// resource type (managed or not), or nil.
func lookupTF(tf string, managed bool) *Attribute {
	for i := range attributes {
		a := &attributes[i]
		if a.TF == tf && !(managed && a.NotManaged) && !(!managed && a.ManagedOnly) {
			return a
		}
	}
	return nil
}

// blockOf splits a block member's path "token_validity_units[0].access_token"
// into the block and the member; ok is false for a top-level attribute.
func blockOf(tf string) (block, member string, ok bool) {
	block, member, ok = strings.Cut(tf, "[0].")
	return
}

// tfPath returns the Terraform attribute path of an API path: the path of
// the longest row whose member holds it, followed by the rest of the path
// ("CallbackURLs[1]" is "callback_urls[1]"); "" when no row holds it.
func tfPath(api string) string {
	best := -1
	for i, a := range attributes {
		if a.API == "" || !within(api, a.API) {
			continue
		}
		if best < 0 || len(a.API) > len(attributes[best].API) {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return attributes[best].TF + api[len(attributes[best].API):]
}

// within reports whether path is at or inside outer.
func within(path, outer string) bool {
	if !strings.HasPrefix(path, outer) {
		return false
	}
	return len(path) == len(outer) || path[len(outer)] == '.' || path[len(outer)] == '['
}
