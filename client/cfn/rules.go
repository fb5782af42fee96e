package cfn

import "github.com/cognitokit/appclient/client"

// Rule IDs of the cfn family: what the reader itself finds in a template.
const (
	RuleSyntax          client.RuleID = "cfn.syntax"
	RuleNotTemplate     client.RuleID = "cfn.not-template"
	RuleUnknownProperty client.RuleID = "cfn.unknown-property"
	RuleReadOnly        client.RuleID = "cfn.read-only"
	RuleType            client.RuleID = "cfn.type"
	RuleSchemaMinimum   client.RuleID = "cfn.schema-minimum"
	RuleFunction        client.RuleID = "cfn.function"
	RuleNotEvaluated    client.RuleID = "cfn.not-evaluated"
	RuleTooManyCases    client.RuleID = "cfn.too-many-cases"
)

const (
	srcResource   = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-userpoolclient.html"
	srcFormats    = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-formats.html"
	srcAnatomy    = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-anatomy.html"
	srcIntrinsics = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html"
	srcTransforms = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/transform-section-structure.html"
	srcParameters = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html"
)

// maxCases is how many cases a client's check enumerates at most.
const maxCases = 64

// Rules returns the reader's own rules, the cfn family, in a fixed order.
func Rules() []client.Rule {
	return []client.Rule{
		{ID: RuleSyntax, Severity: client.Error,
			Doc:       "The template must be readable JSON or YAML: no syntax error, unknown or doubled YAML tag, duplicate key, alias bomb or size beyond the reader's limits (Template formats).",
			Source:    srcFormats,
			Exception: "ValidationError (Template format error)"},
		{ID: RuleNotTemplate, Severity: client.Error,
			Doc:       "The input must be a whole template, not one resource or its Properties block, as Refs, parameters and conditions are read from the template (Template anatomy).",
			Source:    srcAnatomy,
			Exception: "ValidationError (Template format error)"},
		{ID: RuleUnknownProperty, Severity: client.Error,
			Doc:       "Each property must be one of the resource's properties, spelled as the schema spells them (CallbackURLs, not CallbackUrls) (AWS::Cognito::UserPoolClient; the schema has additionalProperties false).",
			Source:    srcResource,
			Exception: "ValidationError (extraneous key not permitted)"},
		{ID: RuleReadOnly, Severity: client.Error,
			Doc:       "ClientSecret, ClientId and Name cannot be set: the resource schema lists them read-only, readable with Fn::GetAtt only (AWS::Cognito::UserPoolClient, Return values).",
			Source:    srcResource,
			Exception: "ValidationError (extraneous key not permitted)"},
		{ID: RuleType, Severity: client.Error,
			Doc:       "Each property must have its schema type: a list for a list, an integer that fits in 32 bits (or a string of one) for an integer, true or false (or a string of one) for a boolean, a scalar for a string, a map for a structure (AWS::Cognito::UserPoolClient).",
			Source:    srcResource,
			Exception: "ValidationError (Properties validation failed)"},
		{ID: RuleSchemaMinimum, Severity: client.Warning,
			Doc:       "Warning: RefreshTokenValidity 0 is accepted by the API (30 days) but is below the resource schema's minimum of 1; whether CloudFormation enforces its schema before Cognito sees the value is not established (AWS::Cognito::UserPoolClient, RefreshTokenValidity).",
			Source:    srcResource,
			Exception: "possibly ValidationError (Properties validation failed)"},
		{ID: RuleFunction, Severity: client.Error,
			Doc:       "Each intrinsic function must have its arguments' shape, refer to a parameter, pseudo parameter, resource, mapping key or condition that exists, and be one allowed in a property value (Intrinsic function reference).",
			Source:    srcIntrinsics,
			Exception: "ValidationError (Template format error / Template error)"},
		{ID: RuleNotEvaluated, Severity: client.Warning,
			Doc:       "Warning: a transform other than AWS::Serverless-2016-10-31 (a macro, AWS::Include, AWS::LanguageExtensions) or Fn::ForEach is not evaluated, so the clients it generates or changes are not checked (Transform section).",
			Source:    srcTransforms,
			Exception: "none (not checked)"},
		{ID: RuleTooManyCases, Severity: client.Warning,
			Doc:       "Warning: a client depends on more than 64 combinations of parameter values and condition outcomes; the first 64 are checked (Parameters).",
			Source:    srcParameters,
			Exception: "none (not checked)"},
	}
}

func severityOf(id client.RuleID) client.Severity {
	switch id {
	case RuleSchemaMinimum, RuleNotEvaluated, RuleTooManyCases:
		return client.Warning
	}
	return client.Error
}
