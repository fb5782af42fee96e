package client

// Rule IDs of the analytics family: AnalyticsConfiguration.
const (
	RuleAnalyticsShape RuleID = "analytics.shape"
)

const srcAnalytics = "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AnalyticsConfigurationType.html"

// analyticsRules is the analytics family, in catalogue order.
var analyticsRules = []Rule{
	{
		ID: RuleAnalyticsShape, Severity: Warning,
		Doc:       "Warning, as the rule is third-party (Terraform's provider), not in the model: AnalyticsConfiguration should set ApplicationArn alone, or ApplicationId with RoleArn and ExternalId.",
		Source:    srcAnalytics,
		Exception: "InvalidParameterException (reported by third parties)",
		Members: []string{
			"AnalyticsConfiguration.ApplicationId", "AnalyticsConfiguration.ApplicationArn",
			"AnalyticsConfiguration.RoleArn", "AnalyticsConfiguration.ExternalId",
		},
		check: func(p *pass) {
			a := p.AnalyticsConfiguration
			if a == nil {
				return
			}
			arnAlone := a.ApplicationARN != nil && a.ApplicationID == nil && a.RoleARN == nil && a.ExternalID == nil
			idTriple := a.ApplicationARN == nil && a.ApplicationID != nil && a.RoleARN != nil && a.ExternalID != nil
			if !arnAlone && !idTriple {
				p.report("AnalyticsConfiguration",
					"must set either ApplicationArn alone, or ApplicationId together with RoleArn and ExternalId")
			}
		},
	},
}
