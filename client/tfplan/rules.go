package tfplan

import "github.com/cognitokit/appclient/client"

// Rule IDs of the tfplan family: what the reader itself finds in a plan.
const (
	RuleSyntax           client.RuleID = "tfplan.syntax"
	RuleVersion          client.RuleID = "tfplan.version"
	RuleType             client.RuleID = "tfplan.type"
	RuleUnknownAttribute client.RuleID = "tfplan.unknown-attribute"
)

const (
	srcFormat   = "https://developer.hashicorp.com/terraform/internals/json-format"
	srcResource = "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cognito_user_pool_client"
)

// Rules returns the reader's own rules, the tfplan family, in a fixed order.
func Rules() []client.Rule {
	return []client.Rule{
		{ID: RuleSyntax, Severity: client.Error,
			Doc:       "A plan must be one well-formed JSON document in UTF-8, as terraform show -json (or tofu show -json) writes it (JSON Output Format).",
			Source:    srcFormat,
			Exception: "none (the plan cannot be read)"},
		{ID: RuleVersion, Severity: client.Error,
			Doc:       "The plan's format_version must be 1.x, the JSON output format this reader knows; properties it does not know are ignored, another major version is refused (JSON Output Format, format_version).",
			Source:    srcFormat,
			Exception: "none (the plan cannot be read)"},
		{ID: RuleType, Severity: client.Error,
			Doc:       "Each part of the plan and each attribute of the resource must have its type: resource_changes a list of objects, a string attribute a string, a number attribute a whole number that fits in 32 bits, a set a list of strings, a nested block a list of at most one object (JSON Output Format; the resource's schema).",
			Source:    srcFormat,
			Exception: "none (the value is not checked)"},
		{ID: RuleUnknownAttribute, Severity: client.Warning,
			Doc:       "Warning: an attribute of aws_cognito_user_pool_client or aws_cognito_managed_user_pool_client that this reader's mapping to the API does not know, most likely added by a newer provider; its value is not checked until appclient is upgraded (the resource's documentation).",
			Source:    srcResource,
			Exception: "none (not checked)"},
	}
}
