package client

import (
	"github.com/cognitokit/appclient/flows"
	"github.com/cognitokit/appclient/scopes"
)

// Rule IDs of the oauth family: AllowedOAuthFlows and the OAuth switch.
const (
	RuleOAuthClientCredentialsAlone  RuleID = "oauth.client-credentials-alone"
	RuleOAuthClientCredentialsSecret RuleID = "oauth.client-credentials-secret"
	RuleOAuthClientCredentialsScopes RuleID = "oauth.client-credentials-scopes"
	RuleOAuthCallbacksRequired       RuleID = "oauth.callbacks-required"
	RuleOAuthFlowsAndScopesRequired  RuleID = "oauth.flows-and-scopes-required"
	RuleOAuthImplicit                RuleID = "oauth.implicit"
	RuleOAuthDisabledSettings        RuleID = "oauth.disabled-settings"
)

const srcAppClients = "https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-client-apps.html"

// oauthRules is the oauth family, in catalogue order.
var oauthRules = []Rule{
	{
		ID: RuleOAuthClientCredentialsAlone, Severity: Error,
		Doc:       "client_credentials must be the only AllowedOAuthFlows value (CreateUserPoolClient, AllowedOAuthFlows).",
		Source:    srcCreate,
		Exception: "InvalidOAuthFlowException",
		Members:   []string{"AllowedOAuthFlows"},
		check: func(p *pass) {
			if !p.clientCredentials() {
				return
			}
			var others []string
			for _, f := range p.AllowedOAuthFlows {
				if f != flows.ClientCredentials && !contains(others, f) {
					others = append(others, f)
				}
			}
			switch len(others) {
			case 0:
			case 1:
				p.report("AllowedOAuthFlows",
					"client_credentials must be the only OAuth flow: remove "+quote(others[0])+" or move it to another app client")
			default:
				list := ""
				for i, f := range others {
					switch {
					case i == len(others)-1:
						list += " and "
					case i > 0:
						list += ", "
					}
					list += quote(f)
				}
				p.report("AllowedOAuthFlows",
					"client_credentials must be the only OAuth flow: remove "+list+" or move them to another app client")
			}
		},
	},
	{
		ID: RuleOAuthClientCredentialsSecret, Severity: Error,
		Doc:       "On create, client_credentials needs a client secret: GenerateSecret true or a ClientSecret (App client types; seen failing as \"client_credentials flow can not be selected if client does not have a client secret\").",
		Source:    srcAppClients,
		Exception: "InvalidOAuthFlowException",
		Members:   []string{"AllowedOAuthFlows", "GenerateSecret", "ClientSecret"},
		check: func(p *pass) {
			if p.clientCredentials() && p.lacksSecret() {
				p.report("AllowedOAuthFlows",
					"client_credentials needs a client secret: set GenerateSecret to true or send a ClientSecret")
			}
		},
	},
	{
		ID: RuleOAuthClientCredentialsScopes, Severity: Error,
		Doc:       "With client_credentials, AllowedOAuthScopes may hold only resource-server scopes (server/name); openid, email, phone, profile and aws.cognito.signin.user.admin are rejected (seen failing as \"openid is not supported with client_credentials flow\").",
		Source:    srcAppClients,
		Exception: "InvalidOAuthFlowException",
		Members:   []string{"AllowedOAuthFlows", "AllowedOAuthScopes"},
		check: func(p *pass) {
			if !p.clientCredentials() {
				return
			}
			for i, sc := range p.AllowedOAuthScopes {
				if scopes.IsStandard(sc) && p.allow("AllowedOAuthScopes", i) {
					p.report(itemPath("AllowedOAuthScopes", i),
						quote(sc)+" is not supported with the client_credentials flow: use resource-server scopes (server/name) only")
				}
			}
		},
	},
	{
		ID: RuleOAuthCallbacksRequired, Severity: Error,
		Doc:       "The code and implicit flows need at least one CallbackURLs entry (seen failing as \"CallbackUrls can not be empty when code flow or implicit flow is selected\").",
		Source:    srcCreate,
		Exception: "InvalidOAuthFlowException",
		Members:   []string{"AllowedOAuthFlows", "CallbackURLs"},
		check: func(p *pass) {
			if (contains(p.AllowedOAuthFlows, flows.Code) || contains(p.AllowedOAuthFlows, flows.Implicit)) && len(p.CallbackURLs) == 0 {
				p.report("CallbackURLs", "must list at least one URL when AllowedOAuthFlows includes code or implicit")
			}
		},
	},
	{
		ID: RuleOAuthFlowsAndScopesRequired, Severity: Error,
		Doc:       "AllowedOAuthFlowsUserPoolClient true needs non-empty AllowedOAuthFlows and AllowedOAuthScopes (seen failing as \"AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is allowed to use OAuth flows\").",
		Source:    srcCreate,
		Exception: "InvalidParameterException",
		Members:   []string{"AllowedOAuthFlowsUserPoolClient", "AllowedOAuthFlows", "AllowedOAuthScopes"},
		check: func(p *pass) {
			if !isTrue(p.AllowedOAuthFlowsUserPoolClient) {
				return
			}
			if len(p.AllowedOAuthFlows) == 0 {
				p.report("AllowedOAuthFlows", "must not be empty when AllowedOAuthFlowsUserPoolClient is true")
			}
			if len(p.AllowedOAuthScopes) == 0 {
				p.report("AllowedOAuthScopes", "must not be empty when AllowedOAuthFlowsUserPoolClient is true")
			}
		},
	},
	{
		ID: RuleOAuthImplicit, Severity: Warning,
		Doc:       "Warning, as AWS accepts it: the implicit grant returns tokens in the redirect URL; OAuth 2.0 Security Best Current Practice (RFC 9700 §2.1.2) says to use code with PKCE.",
		Source:    srcRFC9700,
		Exception: "none (accepted)",
		Members:   []string{"AllowedOAuthFlows"},
		check: func(p *pass) {
			for i, f := range p.AllowedOAuthFlows {
				if f == flows.Implicit {
					p.reportAt("AllowedOAuthFlows", i,
						"the implicit grant returns tokens in the redirect URL: use code (with PKCE) instead (RFC 9700)")
				}
			}
		},
	},
	{
		ID: RuleOAuthDisabledSettings, Severity: Warning,
		Doc:       "Warning, as AWS accepted callback URLs with the switch off: AllowedOAuthFlowsUserPoolClient must be true before the OAuth settings take effect (CreateUserPoolClient, AllowedOAuthFlowsUserPoolClient).",
		Source:    srcCreate,
		Exception: "InvalidParameterException (reported for flows and scopes)",
		Members: []string{
			"AllowedOAuthFlowsUserPoolClient", "AllowedOAuthFlows", "AllowedOAuthScopes",
			"CallbackURLs", "LogoutURLs", "DefaultRedirectURI",
		},
		check: func(p *pass) {
			if isTrue(p.AllowedOAuthFlowsUserPoolClient) {
				return
			}
			p.oauthDisabled("AllowedOAuthFlows", len(p.AllowedOAuthFlows) > 0)
			p.oauthDisabled("AllowedOAuthScopes", len(p.AllowedOAuthScopes) > 0)
			p.oauthDisabled("CallbackURLs", len(p.CallbackURLs) > 0)
			p.oauthDisabled("LogoutURLs", len(p.LogoutURLs) > 0)
			p.oauthDisabled("DefaultRedirectURI", p.DefaultRedirectURI != nil)
		},
	},
}

// clientCredentials reports whether AllowedOAuthFlows has client_credentials.
func (p *pass) clientCredentials() bool {
	return contains(p.AllowedOAuthFlows, flows.ClientCredentials)
}

func (p *pass) oauthDisabled(member string, set bool) {
	if set {
		p.report(member, "is set, but AllowedOAuthFlowsUserPoolClient is not true: the OAuth settings have no effect until it is")
	}
}
