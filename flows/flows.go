// Package flows answers questions about the ExplicitAuthFlows and
// AllowedOAuthFlows values of an Amazon Cognito user pool app client.
// Matching is exact and case-sensitive, as on the wire.
//
// It knows nothing of member paths or rule IDs; package client turns its
// answers into violations.
//
// Sources (Amazon Cognito API reference, CreateUserPoolClient,
// https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html,
// model 2016-04-18):
//
//   - ExplicitAuthFlowsType: the nine values, in model order, returned by
//     AuthFlows. The ExplicitAuthFlows member doc: "If you don't specify a
//     value for ExplicitAuthFlows, your app client supports
//     ALLOW_REFRESH_TOKEN_AUTH, ALLOW_USER_SRP_AUTH, and ALLOW_CUSTOM_AUTH"
//     (DefaultAuthFlows); "ALLOW_ADMIN_USER_PASSWORD_AUTH … replaces the
//     ADMIN_NO_SRP_AUTH setting"; ADMIN_NO_SRP_AUTH, CUSTOM_AUTH_FLOW_ONLY
//     and USER_PASSWORD_AUTH are legacy values that "you can't assign … at
//     the same time as values that begin with ALLOW_"; ALLOW_USER_AUTH needs
//     the Essentials tier or higher. Earlier editions of the same member doc
//     said "Flow names without the ALLOW_ prefix are deprecated in favor of
//     new names with the ALLOW_ prefix", which gives the other two pairs of
//     Modern.
//   - OAuthFlowType: code, implicit, client_credentials (OAuthFlows). The
//     AllowedOAuthFlows member doc: "To create an app client that generates
//     client credentials grants, you must add client_credentials as the only
//     allowed OAuth flow", and client_credentials is "authorized by a
//     combination of the client ID and client secret".
//
// ALLOW_CLIENT_TOKEN_AUTH, mentioned by the GetClientToken documentation, is
// not in ExplicitAuthFlowsType (CreateUserPoolClient, ExplicitAuthFlows,
// Valid Values), so KnownAuthFlow reports it as unknown.
package flows

// ExplicitAuthFlowsType values.
const (
	// Legacy values (no ALLOW_ prefix).
	AdminNoSRPAuth     = "ADMIN_NO_SRP_AUTH"
	CustomAuthFlowOnly = "CUSTOM_AUTH_FLOW_ONLY"
	UserPasswordAuth   = "USER_PASSWORD_AUTH"

	AllowAdminUserPasswordAuth = "ALLOW_ADMIN_USER_PASSWORD_AUTH"
	AllowCustomAuth            = "ALLOW_CUSTOM_AUTH"
	AllowUserPasswordAuth      = "ALLOW_USER_PASSWORD_AUTH"
	AllowUserSRPAuth           = "ALLOW_USER_SRP_AUTH"
	AllowRefreshTokenAuth      = "ALLOW_REFRESH_TOKEN_AUTH"
	AllowUserAuth              = "ALLOW_USER_AUTH"
)

// AuthFlows returns the nine ExplicitAuthFlowsType values in model order in
// a fresh slice.
func AuthFlows() []string {
	return []string{
		AdminNoSRPAuth, CustomAuthFlowOnly, UserPasswordAuth,
		AllowAdminUserPasswordAuth, AllowCustomAuth, AllowUserPasswordAuth,
		AllowUserSRPAuth, AllowRefreshTokenAuth, AllowUserAuth,
	}
}

// KnownAuthFlow reports whether s is an ExplicitAuthFlowsType value.
// It is case-sensitive: "allow_user_srp_auth" is unknown.
func KnownAuthFlow(s string) bool {
	switch s {
	case AdminNoSRPAuth, CustomAuthFlowOnly, UserPasswordAuth,
		AllowAdminUserPasswordAuth, AllowCustomAuth, AllowUserPasswordAuth,
		AllowUserSRPAuth, AllowRefreshTokenAuth, AllowUserAuth:
		return true
	}
	return false
}

// Legacy reports whether s is one of the three legacy values
// ADMIN_NO_SRP_AUTH, CUSTOM_AUTH_FLOW_ONLY and USER_PASSWORD_AUTH, which
// AWS does not accept together with ALLOW_ values.
func Legacy(s string) bool {
	switch s {
	case AdminNoSRPAuth, CustomAuthFlowOnly, UserPasswordAuth:
		return true
	}
	return false
}

// Modern returns the ALLOW_ value that replaces a legacy value:
// ADMIN_NO_SRP_AUTH → ALLOW_ADMIN_USER_PASSWORD_AUTH,
// CUSTOM_AUTH_FLOW_ONLY → ALLOW_CUSTOM_AUTH,
// USER_PASSWORD_AUTH → ALLOW_USER_PASSWORD_AUTH.
// ok is false when legacy is not a legacy value.
func Modern(legacy string) (string, bool) {
	switch legacy {
	case AdminNoSRPAuth:
		return AllowAdminUserPasswordAuth, true
	case CustomAuthFlowOnly:
		return AllowCustomAuth, true
	case UserPasswordAuth:
		return AllowUserPasswordAuth, true
	}
	return "", false
}

// DefaultAuthFlows returns, in a fresh slice, the flows AWS assigns when
// ExplicitAuthFlows is omitted: ALLOW_REFRESH_TOKEN_AUTH,
// ALLOW_USER_SRP_AUTH, ALLOW_CUSTOM_AUTH (in the order of the member doc).
func DefaultAuthFlows() []string {
	return []string{AllowRefreshTokenAuth, AllowUserSRPAuth, AllowCustomAuth}
}

// Password reports whether s is a flow in which the app sends the password
// itself instead of using SRP: ALLOW_USER_PASSWORD_AUTH,
// ALLOW_ADMIN_USER_PASSWORD_AUTH and their legacy forms USER_PASSWORD_AUTH
// and ADMIN_NO_SRP_AUTH.
//
// ALLOW_USER_AUTH is not reported: it can carry a password (its PASSWORD
// choice) but also SRP, passkeys and one-time codes; callers that care
// must look at it separately.
func Password(s string) bool {
	switch s {
	case AllowUserPasswordAuth, AllowAdminUserPasswordAuth, UserPasswordAuth, AdminNoSRPAuth:
		return true
	}
	return false
}

// OAuthFlowType values.
const (
	Code              = "code"
	Implicit          = "implicit"
	ClientCredentials = "client_credentials"
)

// OAuthFlows returns the three OAuthFlowType values in model order in a
// fresh slice.
func OAuthFlows() []string {
	return []string{Code, Implicit, ClientCredentials}
}

// KnownOAuthFlow reports whether s is an OAuthFlowType value. It is
// case-sensitive, and "token" (listed by old CloudFormation docs) is unknown.
func KnownOAuthFlow(s string) bool {
	switch s {
	case Code, Implicit, ClientCredentials:
		return true
	}
	return false
}
