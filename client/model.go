package client

// Rule IDs of the model family: the constraints of the AWS API model. The
// decoder and the model walk (Check's first pass over the members: lengths,
// patterns, enums, ranges, item counts) apply them member by member; their
// rule values have no check.
const (
	RuleModelOperation RuleID = "model.operation"
	RuleModelRequired  RuleID = "model.required"
	RuleModelLength    RuleID = "model.length"
	RuleModelPattern   RuleID = "model.pattern"
	RuleModelEnum      RuleID = "model.enum"
	RuleModelRange     RuleID = "model.range"
	RuleModelItems     RuleID = "model.items"
)

const srcUpdate = "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserPoolClient.html"

// modelRules is the model family, in catalogue order. Members is nil: they
// read every member.
var modelRules = []Rule{
	{
		ID: RuleModelOperation, Severity: Error,
		Doc:       "A member must belong to the operation: GenerateSecret and ClientSecret exist only on CreateUserPoolClient, and UpdateUserPoolClient manages secrets with AddUserPoolClientSecret (API reference, Request Parameters).",
		Source:    srcUpdate,
		Exception: "ParamValidationError (AWS CLI)",
	},
	{
		ID: RuleModelRequired, Severity: Error,
		Doc:       "Required members must be present: UserPoolId and ClientName on create, UserPoolId and ClientId on update, Feature in RefreshTokenRotation (API reference, Required: Yes).",
		Source:    srcCreate,
		Exception: "InvalidParameterException",
	},
	{
		ID: RuleModelLength, Severity: Error,
		Doc:       "Strings must respect the model's length bounds, counted in Unicode characters (API reference, Length Constraints).",
		Source:    srcCreate,
		Exception: "InvalidParameterException",
	},
	{
		ID: RuleModelPattern, Severity: Error,
		Doc:       "Strings must fully match the model's pattern; \\w is ASCII-only and \\s is [\\t\\n\\v\\f\\r ] (API reference, Pattern).",
		Source:    srcCreate,
		Exception: "InvalidParameterException",
	},
	{
		ID: RuleModelEnum, Severity: Error,
		Doc:       "Enum members must be one of the model's values, matched case-sensitively (API reference, Valid Values).",
		Source:    srcCreate,
		Exception: "InvalidParameterException",
	},
	{
		ID: RuleModelRange, Severity: Error,
		Doc:       "Integers must be within the model's range (API reference, Valid Range).",
		Source:    srcCreate,
		Exception: "InvalidParameterException",
	},
	{
		ID: RuleModelItems, Severity: Error,
		Doc:       "Lists must respect the model's item count: at most 100 CallbackURLs or LogoutURLs, 3 AllowedOAuthFlows, 50 AllowedOAuthScopes (API reference, Array Members).",
		Source:    srcCreate,
		Exception: "InvalidParameterException",
	},
}
