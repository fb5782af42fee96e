// Package scopes answers questions about the scope grammar of the
// AllowedOAuthScopes member of an Amazon Cognito user pool app client.
//
// It knows nothing of member paths or rule IDs; package client turns its
// answers into violations. It checks no character set or length: the
// ScopeType pattern ^[\x21\x23-\x5B\x5D-\x7E]+$ (printable ASCII without
// space, '"' and '\') and length 1..256 are checked elsewhere.
//
// Sources:
//
//   - The AllowedOAuthScopes member of CreateUserPoolClient
//     (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html):
//     "Scope values include phone, email, openid, and profile. The
//     aws.cognito.signin.user.admin scope authorizes user self-service
//     operations. Custom scopes with resource servers authorize access to
//     external APIs." A custom scope is written
//     resourceServerIdentifier/scopeName and must exist in the pool; any
//     other value is answered with ScopeDoesNotExistException ("Invalid
//     scope requested: Cognito" was observed; CreateUserPoolClient,
//     AllowedOAuthScopes).
//   - phone, email and profile need openid (the console refuses them
//     without it; AWS's API error text is not captured).
//
// Resource server identifiers and scope names: the project spec gives no
// constraints on them beyond ScopeType, and this package enforces none. An
// identifier may contain slashes (it is often a URL such as
// https://api.example.com/v1, as in the CreateResourceServer Identifier
// doc). A scope name cannot: the CloudFormation
// AWS::Cognito::UserPoolResourceServer ResourceServerScopeType doc gives
// ScopeName the pattern [\x21\x23-\x2E\x30-\x5B\x5D-\x7E]+, which excludes
// '/' (\x2F). That is why Parse splits at the last '/'.
package scopes

import "strings"

// The standard (non-custom) scopes.
const (
	OpenID       = "openid"
	Email        = "email"
	Phone        = "phone"
	Profile      = "profile"
	CognitoAdmin = "aws.cognito.signin.user.admin"
)

// Standard returns the five standard scopes in a fresh slice.
func Standard() []string {
	return []string{OpenID, Email, Phone, Profile, CognitoAdmin}
}

// IsStandard reports whether s is one of the five standard scopes,
// exactly and case-sensitively ("OpenID" is not).
func IsStandard(s string) bool {
	switch s {
	case OpenID, Email, Phone, Profile, CognitoAdmin:
		return true
	}
	return false
}

// OIDC reports whether s is an OpenID Connect scope that needs openid
// alongside it: email, phone or profile.
func OIDC(s string) bool {
	switch s {
	case Email, Phone, Profile:
		return true
	}
	return false
}

// Kind classifies a scope.
type Kind uint8

// The kinds of scope.
const (
	Invalid       Kind = iota // cannot exist in any pool
	StandardScope             // one of Standard
	CustomScope               // resourceServerIdentifier/scopeName
)

// Parse classifies s.
//
// A standard scope gives (StandardScope, "", s).
//
// A custom scope is resourceServerIdentifier/scopeName. The identifier may
// itself contain slashes, so s is split at its last '/'; identifier and name
// must both be non-empty. It gives (CustomScope, identifier, name), both
// substrings of s, so that identifier+"/"+name == s. For example
// "https://api.example.com/v1/read" gives identifier
// "https://api.example.com/v1" and name "read", and "a//b" gives identifier
// "a/" and name "b". An identifier that happens to equal a standard scope
// ("openid/read") is still a custom scope.
//
// Anything else gives (Invalid, "", ""): no slash ("offline_access",
// "Cognito", "OpenID", ""), an empty identifier ("/read") or an empty name
// ("api/", "a/b/"). Such a scope cannot exist in any pool; AWS answers
// ScopeDoesNotExistException.
//
// Parse does not allocate.
func Parse(s string) (kind Kind, server, name string) {
	if IsStandard(s) {
		return StandardScope, "", s
	}
	i := strings.LastIndexByte(s, '/')
	if i <= 0 || i == len(s)-1 {
		return Invalid, "", ""
	}
	return CustomScope, s[:i], s[i+1:]
}
