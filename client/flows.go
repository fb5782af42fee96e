package client

import (
	"github.com/cognitokit/appclient/flows"
)

// Rule IDs of the flows family: ExplicitAuthFlows.
const (
	RuleFlowsLegacyMix               RuleID = "flows.legacy-mix"
	RuleFlowsRefreshAuthMissing      RuleID = "flows.refresh-auth-missing"
	RuleFlowsRotationWithRefreshAuth RuleID = "flows.rotation-with-refresh-auth"
	RuleFlowsUserAuthTier            RuleID = "flows.user-auth-tier"
	RuleFlowsLegacy                  RuleID = "flows.legacy"
	RuleFlowsPassword                RuleID = "flows.password"
	RuleFlowsClientTokenAuth         RuleID = "flows.client-token-auth"
)

const (
	srcRefresh   = "https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-refresh-token.html"
	srcAuthFlows = "https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html"
)

// flowsRules is the flows family, in catalogue order.
var flowsRules = []Rule{
	{
		ID: RuleFlowsLegacyMix, Severity: Error,
		Doc:       "ExplicitAuthFlows must not combine legacy values (ADMIN_NO_SRP_AUTH, CUSTOM_AUTH_FLOW_ONLY, USER_PASSWORD_AUTH) with ALLOW_ values (CreateUserPoolClient, ExplicitAuthFlows).",
		Source:    srcCreate,
		Exception: "InvalidParameterException",
		Members:   []string{"ExplicitAuthFlows"},
		check:     checkLegacyMix,
	},
	{
		ID: RuleFlowsRefreshAuthMissing, Severity: Warning,
		Doc:       "Warning, as AWS's current verdict is unverified (it answered \"REFRESH_TOKEN_AUTH should always be allowed\" in 2020): ALLOW_ flows without ALLOW_REFRESH_TOKEN_AUTH while rotation is off leave users unable to refresh.",
		Source:    srcRefresh,
		Exception: "InvalidParameterException (observed 2020)",
		Members:   []string{"ExplicitAuthFlows", "RefreshTokenRotation.Feature"},
		check: func(p *pass) {
			if anyAllow(p.ExplicitAuthFlows) && !contains(p.ExplicitAuthFlows, flows.AllowRefreshTokenAuth) && !p.rotation() {
				p.report("ExplicitAuthFlows",
					"does not include ALLOW_REFRESH_TOKEN_AUTH while refresh token rotation is off: users cannot refresh their sessions")
			}
		},
	},
	{
		ID: RuleFlowsRotationWithRefreshAuth, Severity: Warning,
		Doc:       "Warning, as AWS's create-time verdict is unverified: with RefreshTokenRotation ENABLED the developer guide says to deactivate ALLOW_REFRESH_TOKEN_AUTH (Refresh tokens, rotation).",
		Source:    srcRefresh,
		Exception: "unverified",
		Members:   []string{"ExplicitAuthFlows", "RefreshTokenRotation.Feature"},
		check: func(p *pass) {
			if p.rotation() && contains(p.ExplicitAuthFlows, flows.AllowRefreshTokenAuth) {
				p.report("ExplicitAuthFlows",
					"includes ALLOW_REFRESH_TOKEN_AUTH while RefreshTokenRotation is ENABLED: AWS says to deactivate it, as rotated tokens are redeemed with GetTokensFromRefreshToken")
			}
		},
	},
	{
		ID: RuleFlowsUserAuthTier, Severity: Warning,
		Doc:       "Warning, as it depends on the pool's feature plan: ALLOW_USER_AUTH needs the Essentials or Plus plan (Feature plans).",
		Source:    srcPlans,
		Exception: "FeatureUnavailableInTierException",
		Members:   []string{"ExplicitAuthFlows"},
		itemwise:  true,
		check: func(p *pass) {
			if p.pool.tierKnown() {
				return // pool.feature-plan knows the answer
			}
			for i, f := range p.ExplicitAuthFlows {
				if f == flows.AllowUserAuth {
					p.reportAt("ExplicitAuthFlows", i,
						"ALLOW_USER_AUTH needs the user pool's Essentials or Plus feature plan; on Lite, AWS answers FeatureUnavailableInTierException")
				}
			}
		},
	},
	{
		ID: RuleFlowsLegacy, Severity: Warning,
		Doc:       "Warning, as AWS accepts them: legacy ExplicitAuthFlows names without ALLOW_ are deprecated (CreateUserPoolClient, ExplicitAuthFlows).",
		Source:    srcCreate,
		Exception: "none (accepted)",
		Members:   []string{"ExplicitAuthFlows"},
		itemwise:  true,
		check: func(p *pass) {
			for i, f := range p.ExplicitAuthFlows {
				if msg := legacyMessage(f); msg != "" {
					p.reportAt("ExplicitAuthFlows", i, msg)
				}
			}
		},
	},
	{
		ID: RuleFlowsPassword, Severity: Warning,
		Doc:       "Warning, as AWS accepts them: password flows send the user's password itself to Cognito; SRP and passwordless flows do not (Authentication flows).",
		Source:    srcAuthFlows,
		Exception: "none (accepted)",
		Members:   []string{"ExplicitAuthFlows"},
		itemwise:  true,
		check: func(p *pass) {
			for i, f := range p.ExplicitAuthFlows {
				if msg := passwordMessage(f); msg != "" {
					p.reportAt("ExplicitAuthFlows", i, msg)
				}
			}
		},
	},
	{
		ID: RuleFlowsClientTokenAuth, Severity: Warning,
		Doc:       "Warning: ALLOW_CLIENT_TOKEN_AUTH is documented for GetClientToken but is not in the API model's ExplicitAuthFlowsType, so SDKs and older endpoints may refuse it.",
		Source:    srcCreate,
		Exception: "InvalidParameterException where unsupported",
		Members:   []string{"ExplicitAuthFlows"},
		itemwise:  true,
		check: func(p *pass) {
			for i, f := range p.ExplicitAuthFlows {
				if f == clientTokenAuth {
					p.reportAt("ExplicitAuthFlows", i,
						"ALLOW_CLIENT_TOKEN_AUTH is documented for GetClientToken but is not in the API model: SDKs and older endpoints may refuse it")
				}
			}
		},
	},
}

func checkLegacyMix(p *pass) {
	legacy, modern := "", ""
	for _, f := range p.ExplicitAuthFlows {
		if flows.Legacy(f) {
			if legacy == "" {
				legacy = f
			}
		} else if len(f) > 6 && f[:6] == "ALLOW_" && modern == "" {
			modern = f
		}
	}
	if legacy != "" && modern != "" {
		p.report("ExplicitAuthFlows", "must not combine legacy values ("+quote(legacy)+") with ALLOW_ values ("+quote(modern)+
			"): use only ALLOW_ values")
	}
}

// anyAllow reports whether list has an ALLOW_ flow other than
// ALLOW_CLIENT_TOKEN_AUTH: one that signs users in.
func anyAllow(list []string) bool {
	for _, f := range list {
		if len(f) > 6 && f[:6] == "ALLOW_" && f != clientTokenAuth {
			return true
		}
	}
	return false
}

// rotation reports whether refresh token rotation is ENABLED.
func (p *pass) rotation() bool {
	t := p.RefreshTokenRotation
	return t != nil && t.Feature != nil && *t.Feature == "ENABLED"
}

// legacyMessage names the ALLOW_ replacement of a legacy flow. The messages
// are constants so that reporting them allocates nothing.
func legacyMessage(f string) string {
	switch f {
	case flows.AdminNoSRPAuth:
		return "ADMIN_NO_SRP_AUTH is a deprecated legacy name: use ALLOW_ADMIN_USER_PASSWORD_AUTH"
	case flows.CustomAuthFlowOnly:
		return "CUSTOM_AUTH_FLOW_ONLY is a deprecated legacy name: use ALLOW_CUSTOM_AUTH"
	case flows.UserPasswordAuth:
		return "USER_PASSWORD_AUTH is a deprecated legacy name: use ALLOW_USER_PASSWORD_AUTH"
	}
	return ""
}

// passwordMessage explains a flow that sends the password itself.
func passwordMessage(f string) string {
	const tail = " sends the user's password itself to Cognito: prefer ALLOW_USER_SRP_AUTH or ALLOW_USER_AUTH"
	switch f {
	case flows.AllowUserPasswordAuth:
		return flows.AllowUserPasswordAuth + tail
	case flows.AllowAdminUserPasswordAuth:
		return flows.AllowAdminUserPasswordAuth + tail
	case flows.UserPasswordAuth:
		return flows.UserPasswordAuth + tail
	case flows.AdminNoSRPAuth:
		return flows.AdminNoSRPAuth + tail
	}
	return ""
}

// clientTokenAuth is documented for GetClientToken but absent from the model's
// enum; Check warns about it instead of calling it invalid.
const clientTokenAuth = "ALLOW_CLIENT_TOKEN_AUTH"
