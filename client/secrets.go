package client

// Rule IDs of the secrets family: GenerateSecret, ClientSecret and what
// needs a secret.
const (
	RuleSecretsExclusive            RuleID = "secrets.exclusive"
	RuleSecretsPropagateNeedsSecret RuleID = "secrets.propagate-needs-secret"
)

// secretsRules is the secrets family, in catalogue order.
var secretsRules = []Rule{
	{
		ID: RuleSecretsExclusive, Severity: Error,
		Doc:       "ClientSecret must not be sent together with GenerateSecret true (CreateUserPoolClient, ClientSecret).",
		Source:    srcCreate,
		Exception: "InvalidParameterException",
		Members:   []string{"ClientSecret", "GenerateSecret"},
		check: func(p *pass) {
			if p.clientSecret != nil && isTrue(p.generateSecret) {
				p.report("ClientSecret", "must not be sent together with GenerateSecret: true")
			}
		},
	},
	{
		ID: RuleSecretsPropagateNeedsSecret, Severity: Error,
		Doc:       "On create, EnablePropagateAdditionalUserContextData true needs a client secret: GenerateSecret true or a ClientSecret (CreateUserPoolClient, EnablePropagateAdditionalUserContextData).",
		Source:    srcCreate,
		Exception: "InvalidParameterException",
		Members:   []string{"EnablePropagateAdditionalUserContextData", "GenerateSecret", "ClientSecret"},
		check: func(p *pass) {
			if isTrue(p.EnablePropagateAdditionalUserContextData) && p.lacksSecret() {
				p.report("EnablePropagateAdditionalUserContextData",
					"can be true only for an app client with a client secret: set GenerateSecret to true or send a ClientSecret")
			}
		},
	},
}
