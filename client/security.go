package client

// Rule IDs of the security family: settings that AWS accepts but that weaken
// sign-in.
const (
	RuleSecurityUserExistenceErrors RuleID = "security.user-existence-errors"
	RuleSecurityTokenRevocationOff  RuleID = "security.token-revocation-off"
)

const (
	srcUserExist  = "https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-managing-errors.html"
	srcRevocation = "https://docs.aws.amazon.com/cognito/latest/developerguide/token-revocation.html"
)

// securityRules is the security family, in catalogue order.
var securityRules = []Rule{
	{
		ID: RuleSecurityUserExistenceErrors, Severity: Warning,
		Doc:        "Warning, as AWS accepts it: PreventUserExistenceErrors other than ENABLED (LEGACY is the default) lets sign-in errors reveal which users exist (Managing user existence error responses).",
		Source:     srcUserExist,
		Exception:  "none (accepted)",
		Members:    []string{"PreventUserExistenceErrors"},
		whenAbsent: true, // absent is LEGACY
		check: func(p *pass) {
			if p.PreventUserExistenceErrors == nil {
				p.report("PreventUserExistenceErrors",
					"is absent, so it is LEGACY: sign-in errors reveal whether a user exists; set it to ENABLED")
			} else if *p.PreventUserExistenceErrors == "LEGACY" {
				p.report("PreventUserExistenceErrors",
					"is LEGACY: sign-in errors reveal whether a user exists; set it to ENABLED")
			}
		},
	},
	{
		ID: RuleSecurityTokenRevocationOff, Severity: Warning,
		Doc:       "Warning, as AWS accepts it: EnableTokenRevocation false means refresh tokens cannot be revoked (Revoking tokens).",
		Source:    srcRevocation,
		Exception: "none (accepted)",
		Members:   []string{"EnableTokenRevocation"},
		check: func(p *pass) {
			if p.EnableTokenRevocation != nil && !*p.EnableTokenRevocation {
				p.report("EnableTokenRevocation", "is false: refresh tokens issued to this client cannot be revoked")
			}
		},
	},
}
