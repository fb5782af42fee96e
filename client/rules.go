package client

// Rule describes one rule of the catalogue.
type Rule struct {
	ID       RuleID
	Severity Severity
	// Family groups related rules: "json", "model", and the service-rule
	// families.
	Family string
	// Doc is one line: what the rule checks and where AWS documents it (for
	// a warning, also why it is only a warning).
	Doc string
	// Source is the address of the AWS page (or standard) the rule comes from.
	Source string
	// Exception is what AWS answers when the rule is broken, such as
	// "InvalidParameterException". For rules that the AWS CLI or SDK enforces
	// before sending anything, it names that client-side error instead.
	Exception string
}

// Rule IDs of the decoding family: the JSON document itself.
const (
	RuleJSONSyntax    RuleID = "json.syntax"
	RuleJSONUTF8      RuleID = "json.utf8"
	RuleJSONType      RuleID = "json.type"
	RuleJSONUnknown   RuleID = "json.unknown-member"
	RuleJSONDuplicate RuleID = "json.duplicate-member"
)

// Rule IDs of the model family: the constraints of the AWS API model.
const (
	RuleOperation RuleID = "model.operation"
	RuleRequired  RuleID = "model.required"
	RuleLength    RuleID = "model.length"
	RulePattern   RuleID = "model.pattern"
	RuleEnum      RuleID = "model.enum"
	RuleRange     RuleID = "model.range"
	RuleItems     RuleID = "model.items"
)

const (
	srcCreate     = "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html"
	srcUpdate     = "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserPoolClient.html"
	srcClientType = "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolClientType.html"
	srcCLIInput   = "https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-skeleton.html"
	srcJSON       = "https://www.rfc-editor.org/rfc/rfc8259"
)

// catalogue is the rule table, in the order Check applies the rules.
var catalogue = []Rule{
	{RuleJSONSyntax, Error, "json",
		"The input must be one well-formed JSON document (RFC 8259); the AWS CLI refuses --cli-input-json that does not parse.",
		srcJSON, "SerializationException"},
	{RuleJSONUTF8, Error, "json",
		"Strings must be valid UTF-8 without lone surrogate escapes (RFC 8259 §8.1); decoders would otherwise replace bytes silently.",
		srcJSON, "SerializationException"},
	{RuleJSONType, Error, "json",
		"Each member must have its model type: a string, a 32-bit integer written without fraction or exponent, a boolean, a list, an object, or a timestamp (API reference, Request Syntax).",
		srcCreate, "SerializationException"},
	{RuleJSONUnknown, Error, "json",
		"Member names are case-sensitive and must be members of the shape (API reference, Request Parameters); the AWS CLI rejects an unknown parameter, and a misspelled member would otherwise be lost.",
		srcCLIInput, "ParamValidationError (AWS CLI)"},
	{RuleJSONDuplicate, Error, "json",
		"A member must appear once in its object: JSON parsers disagree on which duplicate wins (RFC 8259 §4), so the request AWS receives is not the one the file shows.",
		srcJSON, "ParamValidationError (AWS CLI keeps the last value silently)"},
	{RuleOperation, Error, "model",
		"A member must belong to the operation: GenerateSecret and ClientSecret exist only on CreateUserPoolClient, and UpdateUserPoolClient manages secrets with AddUserPoolClientSecret (API reference, Request Parameters).",
		srcUpdate, "ParamValidationError (AWS CLI)"},
	{RuleRequired, Error, "model",
		"Required members must be present: UserPoolId and ClientName on create, UserPoolId and ClientId on update, Feature in RefreshTokenRotation (API reference, Required: Yes).",
		srcCreate, "InvalidParameterException"},
	{RuleLength, Error, "model",
		"Strings must respect the model's length bounds, counted in Unicode characters (API reference, Length Constraints).",
		srcCreate, "InvalidParameterException"},
	{RulePattern, Error, "model",
		"Strings must fully match the model's pattern; \\w is ASCII-only and \\s is [\\t\\n\\v\\f\\r ] (API reference, Pattern).",
		srcCreate, "InvalidParameterException"},
	{RuleEnum, Error, "model",
		"Enum members must be one of the model's values, matched case-sensitively (API reference, Valid Values).",
		srcCreate, "InvalidParameterException"},
	{RuleRange, Error, "model",
		"Integers must be within the model's range (API reference, Valid Range).",
		srcCreate, "InvalidParameterException"},
	{RuleItems, Error, "model",
		"Lists must respect the model's item count: at most 100 CallbackURLs or LogoutURLs, 3 AllowedOAuthFlows, 50 AllowedOAuthScopes (API reference, Array Members).",
		srcCreate, "InvalidParameterException"},
}

// Rules returns the rule catalogue in the order Check applies it.
func Rules() []Rule {
	return append([]Rule(nil), catalogue...)
}

// LookupRule returns the rule with the given ID.
func LookupRule(id RuleID) (Rule, bool) {
	for _, r := range catalogue {
		if r.ID == id {
			return r, true
		}
	}
	return Rule{}, false
}

// severity returns the catalogue severity of id. Every ID used by Check is in
// the catalogue; a test enforces it.
func severity(id RuleID) Severity {
	for i := range catalogue {
		if catalogue[i].ID == id {
			return catalogue[i].Severity
		}
	}
	return Error
}
