package client

import (
	"github.com/cognitokit/appclient/internal/spec"
	"github.com/cognitokit/appclient/scopes"
)

// Rule IDs of the scopes family: AllowedOAuthScopes.
const (
	RuleScopesUnknown       RuleID = "scopes.unknown"
	RuleScopesOpenIDMissing RuleID = "scopes.openid-missing"
)

// scopesRules is the scopes family, in catalogue order.
var scopesRules = []Rule{
	{
		ID: RuleScopesUnknown, Severity: Error,
		Doc:       "A scope is openid, email, phone, profile, aws.cognito.signin.user.admin, or resourceServerIdentifier/scopeName; anything else exists in no pool (CreateUserPoolClient, AllowedOAuthScopes).",
		Source:    srcCreate,
		Exception: "ScopeDoesNotExistException (Invalid scope requested)",
		Members:   []string{"AllowedOAuthScopes"},
		itemwise:  true,
		check: func(p *pass) {
			for i, sc := range p.AllowedOAuthScopes {
				// A scope the model rules already reported is not reported
				// again; the pattern is matched only for the rare invalid scope.
				if k, _, _ := scopes.Parse(sc); k == scopes.Invalid && modelValid(sc, spec.ScopeType) && p.allow("AllowedOAuthScopes", i) {
					p.report(itemPath("AllowedOAuthScopes", i), quote(sc)+
						" is not a scope: use openid, email, phone, profile, aws.cognito.signin.user.admin, or a resource-server scope written server/name")
				}
			}
		},
	},
	{
		ID: RuleScopesOpenIDMissing, Severity: Warning,
		Doc:       "Warning, as AWS's verdict is not captured: email, phone and profile are OpenID Connect scopes that need openid (the console refuses them without it).",
		Source:    srcCreate,
		Exception: "unverified",
		// With client_credentials, oauth.client-credentials-scopes speaks
		// of every standard scope instead.
		Members: []string{"AllowedOAuthScopes", "AllowedOAuthFlows"},
		check: func(p *pass) {
			if p.clientCredentials() || contains(p.AllowedOAuthScopes, scopes.OpenID) {
				return
			}
			for i, sc := range p.AllowedOAuthScopes {
				if scopes.OIDC(sc) && p.allow("AllowedOAuthScopes", i) {
					p.report(itemPath("AllowedOAuthScopes", i),
						quote(sc)+" is an OpenID Connect scope that needs openid: add openid to AllowedOAuthScopes")
				}
			}
		},
	},
}
