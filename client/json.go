package client

// Rule IDs of the json family: the JSON document itself. The decoder applies
// them member by member; their rule values have no check.
const (
	RuleJSONSyntax          RuleID = "json.syntax"
	RuleJSONUTF8            RuleID = "json.utf8"
	RuleJSONType            RuleID = "json.type"
	RuleJSONUnknownMember   RuleID = "json.unknown-member"
	RuleJSONNewerMember     RuleID = "json.newer-member"
	RuleJSONDuplicateMember RuleID = "json.duplicate-member"
)

const (
	srcJSON     = "https://www.rfc-editor.org/rfc/rfc8259"
	srcCLIInput = "https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-skeleton.html"
)

// jsonRules is the json family, in catalogue order. Members is nil: they
// read every member.
var jsonRules = []Rule{
	{
		ID: RuleJSONSyntax, Severity: Error,
		Doc:       "The input must be one well-formed JSON document (RFC 8259); the AWS CLI refuses --cli-input-json that does not parse.",
		Source:    srcJSON,
		Exception: "SerializationException",
	},
	{
		ID: RuleJSONUTF8, Severity: Error,
		Doc:       "Strings must be valid UTF-8 without lone surrogate escapes (RFC 8259 §8.1); decoders would otherwise replace bytes silently.",
		Source:    srcJSON,
		Exception: "SerializationException",
	},
	{
		ID: RuleJSONType, Severity: Error,
		Doc:       "Each member must have its model type: a string, a 32-bit integer written without fraction or exponent, a boolean, a list, an object, or a timestamp (API reference, Request Syntax).",
		Source:    srcCreate,
		Exception: "SerializationException",
	},
	{
		ID: RuleJSONUnknownMember, Severity: Error,
		Doc:       "Member names are case-sensitive and must be members of the shape (API reference, Request Parameters); the AWS CLI rejects an unknown parameter, and a misspelled member would otherwise be lost.",
		Source:    srcCLIInput,
		Exception: "ParamValidationError (AWS CLI)",
	},
	{
		ID: RuleJSONNewerMember, Severity: Warning,
		Doc:       "Warning, as AWS wrote it: a member of DescribeUserPoolClient output that is not in the AWS model this version of appclient knows, and is no near miss of one, is one AWS added since (as RefreshTokenRotation in 2025 and ClientType in 2026); its value is not checked until appclient is upgraded.",
		Source:    "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolClientType.html",
		Exception: "none (AWS's own output)",
	},
	{
		ID: RuleJSONDuplicateMember, Severity: Warning,
		Doc:       "Warning, as the AWS CLI accepts it: a member that appears twice in an object is ambiguous (RFC 8259 §4); the CLI, like most JSON parsers, silently keeps the last value, so that is the value appclient checks.",
		Source:    srcJSON,
		Exception: "none (the AWS CLI keeps the last value)",
	},
}
