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
	RuleJSONSyntax          RuleID = "json.syntax"
	RuleJSONUTF8            RuleID = "json.utf8"
	RuleJSONType            RuleID = "json.type"
	RuleJSONUnknownMember   RuleID = "json.unknown-member"
	RuleJSONDuplicateMember RuleID = "json.duplicate-member"
)

// Rule IDs of the model family: the constraints of the AWS API model.
const (
	RuleModelOperation RuleID = "model.operation"
	RuleModelRequired  RuleID = "model.required"
	RuleModelLength    RuleID = "model.length"
	RuleModelPattern   RuleID = "model.pattern"
	RuleModelEnum      RuleID = "model.enum"
	RuleModelRange     RuleID = "model.range"
	RuleModelItems     RuleID = "model.items"
)

// Rule IDs of the service rules: what AWS enforces beyond the model, and
// what it accepts but is risky.
const (
	RuleTokensAccessRange            RuleID = "tokens.access-range"
	RuleTokensIDRange                RuleID = "tokens.id-range"
	RuleTokensRefreshRange           RuleID = "tokens.refresh-range"
	RuleFlowsLegacyMix               RuleID = "flows.legacy-mix"
	RuleOAuthClientCredentialsAlone  RuleID = "oauth.client-credentials-alone"
	RuleOAuthClientCredentialsSecret RuleID = "oauth.client-credentials-secret"
	RuleOAuthClientCredentialsScopes RuleID = "oauth.client-credentials-scopes"
	RuleOAuthCallbacksRequired       RuleID = "oauth.callbacks-required"
	RuleOAuthFlowsAndScopesRequired  RuleID = "oauth.flows-and-scopes-required"
	RuleURLsAbsolute                 RuleID = "urls.absolute"
	RuleURLsFragment                 RuleID = "urls.fragment"
	RuleURLsHTTPS                    RuleID = "urls.https"
	RuleURLsDefaultInCallbacks       RuleID = "urls.default-in-callbacks"
	RuleScopesUnknown                RuleID = "scopes.unknown"
	RuleSecretsExclusive             RuleID = "secrets.exclusive"
	RuleSecretsPropagateNeedsSecret  RuleID = "secrets.propagate-needs-secret"

	RuleTokensExceedsRefresh         RuleID = "tokens.exceeds-refresh"
	RuleFlowsRefreshAuthMissing      RuleID = "flows.refresh-auth-missing"
	RuleFlowsRotationWithRefreshAuth RuleID = "flows.rotation-with-refresh-auth"
	RuleFlowsUserAuthTier            RuleID = "flows.user-auth-tier"
	RuleFlowsLegacy                  RuleID = "flows.legacy"
	RuleFlowsPassword                RuleID = "flows.password"
	RuleFlowsClientTokenAuth         RuleID = "flows.client-token-auth"
	RuleOAuthImplicit                RuleID = "oauth.implicit"
	RuleOAuthDisabledSettings        RuleID = "oauth.disabled-settings"
	RuleScopesOpenIDMissing          RuleID = "scopes.openid-missing"
	RuleSecurityUserExistenceErrors  RuleID = "security.user-existence-errors"
	RuleSecurityTokenRevocationOff   RuleID = "security.token-revocation-off"
	RuleURLsLoopbackHTTP             RuleID = "urls.loopback-http"
	RuleURLsDangerousScheme          RuleID = "urls.dangerous-scheme"
	RuleURLsMalformed                RuleID = "urls.malformed"
	RuleURLsLogout                   RuleID = "urls.logout"
	RuleListsDuplicate               RuleID = "lists.duplicate"
	RuleAnalyticsShape               RuleID = "analytics.shape"

	RulePoolMismatch         RuleID = "pool.mismatch"
	RulePoolIdentityProvider RuleID = "pool.identity-provider"
	RulePoolScope            RuleID = "pool.scope"
	RulePoolReadAttributes   RuleID = "pool.read-attributes"
	RulePoolWriteAttributes  RuleID = "pool.write-attributes"
	RulePoolFeaturePlan      RuleID = "pool.feature-plan"
)

const (
	srcCreate     = "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html"
	srcUpdate     = "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserPoolClient.html"
	srcClientType = "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolClientType.html"
	srcCLIInput   = "https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-skeleton.html"
	srcJSON       = "https://www.rfc-editor.org/rfc/rfc8259"
	srcUnits      = "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_TokenValidityUnitsType.html"
	srcTokens     = "https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-with-identity-providers.html"
	srcRefresh    = "https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-refresh-token.html"
	srcAppClients = "https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-client-apps.html"
	srcPlans      = "https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html"
	srcAuthFlows  = "https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html"
	srcUserExist  = "https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-managing-errors.html"
	srcRevocation = "https://docs.aws.amazon.com/cognito/latest/developerguide/token-revocation.html"
	srcRFC9700    = "https://www.rfc-editor.org/rfc/rfc9700"
	srcRFC6749    = "https://www.rfc-editor.org/rfc/rfc6749#section-3.1.2"
	srcAttributes = "https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html"
	srcResources  = "https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-define-resource-servers.html"
	srcAnalytics  = "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AnalyticsConfigurationType.html"
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
	{RuleJSONUnknownMember, Error, "json",
		"Member names are case-sensitive and must be members of the shape (API reference, Request Parameters); the AWS CLI rejects an unknown parameter, and a misspelled member would otherwise be lost.",
		srcCLIInput, "ParamValidationError (AWS CLI)"},
	{RuleJSONDuplicateMember, Warning, "json",
		"Warning, as the AWS CLI accepts it: a member that appears twice in an object is ambiguous (RFC 8259 §4); the CLI, like most JSON parsers, silently keeps the last value, so that is the value appclient checks.",
		srcJSON, "none (the AWS CLI keeps the last value)"},
	{RuleModelOperation, Error, "model",
		"A member must belong to the operation: GenerateSecret and ClientSecret exist only on CreateUserPoolClient, and UpdateUserPoolClient manages secrets with AddUserPoolClientSecret (API reference, Request Parameters).",
		srcUpdate, "ParamValidationError (AWS CLI)"},
	{RuleModelRequired, Error, "model",
		"Required members must be present: UserPoolId and ClientName on create, UserPoolId and ClientId on update, Feature in RefreshTokenRotation (API reference, Required: Yes).",
		srcCreate, "InvalidParameterException"},
	{RuleModelLength, Error, "model",
		"Strings must respect the model's length bounds, counted in Unicode characters (API reference, Length Constraints).",
		srcCreate, "InvalidParameterException"},
	{RuleModelPattern, Error, "model",
		"Strings must fully match the model's pattern; \\w is ASCII-only and \\s is [\\t\\n\\v\\f\\r ] (API reference, Pattern).",
		srcCreate, "InvalidParameterException"},
	{RuleModelEnum, Error, "model",
		"Enum members must be one of the model's values, matched case-sensitively (API reference, Valid Values).",
		srcCreate, "InvalidParameterException"},
	{RuleModelRange, Error, "model",
		"Integers must be within the model's range (API reference, Valid Range).",
		srcCreate, "InvalidParameterException"},
	{RuleModelItems, Error, "model",
		"Lists must respect the model's item count: at most 100 CallbackURLs or LogoutURLs, 3 AllowedOAuthFlows, 50 AllowedOAuthScopes (API reference, Array Members).",
		srcCreate, "InvalidParameterException"},

	// Service rules that AWS enforces: errors.
	{RuleTokensAccessRange, Error, "tokens",
		"AccessTokenValidity, in its TokenValidityUnits unit (hours when absent), must be 5 minutes to 1 day (TokenValidityUnitsType.AccessToken).",
		srcUnits, "InvalidParameterException (Invalid range for token validity)"},
	{RuleTokensIDRange, Error, "tokens",
		"IdTokenValidity, in its TokenValidityUnits unit (hours when absent), must be 5 minutes to 1 day (TokenValidityUnitsType.IdToken).",
		srcUnits, "InvalidParameterException (Invalid range for token validity)"},
	{RuleTokensRefreshRange, Error, "tokens",
		"RefreshTokenValidity, in its TokenValidityUnits unit (days when absent), must be 60 minutes to 3650 days; 0 is accepted and means 30 days (TokenValidityUnitsType.RefreshToken).",
		srcUnits, "InvalidParameterException (Invalid range for token validity)"},
	{RuleFlowsLegacyMix, Error, "flows",
		"ExplicitAuthFlows must not combine legacy values (ADMIN_NO_SRP_AUTH, CUSTOM_AUTH_FLOW_ONLY, USER_PASSWORD_AUTH) with ALLOW_ values (CreateUserPoolClient, ExplicitAuthFlows).",
		srcCreate, "InvalidParameterException"},
	{RuleOAuthClientCredentialsAlone, Error, "oauth",
		"client_credentials must be the only AllowedOAuthFlows value (CreateUserPoolClient, AllowedOAuthFlows).",
		srcCreate, "InvalidOAuthFlowException"},
	{RuleOAuthClientCredentialsSecret, Error, "oauth",
		"On create, client_credentials needs a client secret: GenerateSecret true or a ClientSecret (App client types; seen failing as \"client_credentials flow can not be selected if client does not have a client secret\").",
		srcAppClients, "InvalidOAuthFlowException"},
	{RuleOAuthClientCredentialsScopes, Error, "oauth",
		"With client_credentials, AllowedOAuthScopes may hold only resource-server scopes (server/name); openid, email, phone, profile and aws.cognito.signin.user.admin are rejected (seen failing as \"openid is not supported with client_credentials flow\").",
		srcAppClients, "InvalidOAuthFlowException"},
	{RuleOAuthCallbacksRequired, Error, "oauth",
		"The code and implicit flows need at least one CallbackURLs entry (seen failing as \"CallbackUrls can not be empty when code flow or implicit flow is selected\").",
		srcCreate, "InvalidOAuthFlowException"},
	{RuleOAuthFlowsAndScopesRequired, Error, "oauth",
		"AllowedOAuthFlowsUserPoolClient true needs non-empty AllowedOAuthFlows and AllowedOAuthScopes (seen failing as \"AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is allowed to use OAuth flows\").",
		srcCreate, "InvalidParameterException"},
	{RuleURLsAbsolute, Error, "urls",
		"CallbackURLs and DefaultRedirectURI must be absolute URIs with a scheme (CreateUserPoolClient, CallbackURLs; RFC 6749 §3.1.2).",
		srcCreate, "InvalidParameterException"},
	{RuleURLsFragment, Error, "urls",
		"CallbackURLs and DefaultRedirectURI must not include a fragment, not even an empty one (CreateUserPoolClient, CallbackURLs; RFC 6749 §3.1.2).",
		srcCreate, "InvalidParameterException"},
	{RuleURLsHTTPS, Error, "urls",
		"CallbackURLs and DefaultRedirectURI must use HTTPS, except plain HTTP to exactly localhost, 127.0.0.1 or [::1]; app schemes such as myapp:// are allowed (CreateUserPoolClient, CallbackURLs).",
		srcCreate, "InvalidParameterException (cannot use the HTTP protocol)"},
	{RuleURLsDefaultInCallbacks, Error, "urls",
		"DefaultRedirectURI must equal one of CallbackURLs exactly, without case folding or normalization (CreateUserPoolClient, DefaultRedirectURI: \"Must be in the CallbackURLs list\").",
		srcCreate, "InvalidParameterException"},
	{RuleScopesUnknown, Error, "scopes",
		"A scope is openid, email, phone, profile, aws.cognito.signin.user.admin, or resourceServerIdentifier/scopeName; anything else exists in no pool (CreateUserPoolClient, AllowedOAuthScopes).",
		srcCreate, "ScopeDoesNotExistException (Invalid scope requested)"},
	{RuleSecretsExclusive, Error, "secrets",
		"ClientSecret must not be sent together with GenerateSecret true (CreateUserPoolClient, ClientSecret).",
		srcCreate, "InvalidParameterException"},
	{RuleSecretsPropagateNeedsSecret, Error, "secrets",
		"On create, EnablePropagateAdditionalUserContextData true needs a client secret: GenerateSecret true or a ClientSecret (CreateUserPoolClient, EnablePropagateAdditionalUserContextData).",
		srcCreate, "InvalidParameterException"},

	// Warnings: AWS accepts these, or its verdict depends on what we cannot see.
	{RuleTokensExceedsRefresh, Warning, "tokens",
		"Warning, as no AWS error is on record: an access or ID token that outlives the refresh token ends sessions before their tokens do (older AWS text: \"cannot be greater than refresh token expiration\").",
		srcTokens, "none on record"},
	{RuleFlowsRefreshAuthMissing, Warning, "flows",
		"Warning, as AWS's current verdict is unverified (it answered \"REFRESH_TOKEN_AUTH should always be allowed\" in 2020): ALLOW_ flows without ALLOW_REFRESH_TOKEN_AUTH while rotation is off leave users unable to refresh.",
		srcRefresh, "InvalidParameterException (observed 2020)"},
	{RuleFlowsRotationWithRefreshAuth, Warning, "flows",
		"Warning, as AWS's create-time verdict is unverified: with RefreshTokenRotation ENABLED the developer guide says to deactivate ALLOW_REFRESH_TOKEN_AUTH (Refresh tokens, rotation).",
		srcRefresh, "unverified"},
	{RuleFlowsUserAuthTier, Warning, "flows",
		"Warning, as it depends on the pool's feature plan: ALLOW_USER_AUTH needs the Essentials or Plus plan (Feature plans).",
		srcPlans, "FeatureUnavailableInTierException"},
	{RuleFlowsLegacy, Warning, "flows",
		"Warning, as AWS accepts them: legacy ExplicitAuthFlows names without ALLOW_ are deprecated (CreateUserPoolClient, ExplicitAuthFlows).",
		srcCreate, "none (accepted)"},
	{RuleFlowsPassword, Warning, "flows",
		"Warning, as AWS accepts them: password flows send the user's password itself to Cognito; SRP and passwordless flows do not (Authentication flows).",
		srcAuthFlows, "none (accepted)"},
	{RuleFlowsClientTokenAuth, Warning, "flows",
		"Warning: ALLOW_CLIENT_TOKEN_AUTH is documented for GetClientToken but is not in the API model's ExplicitAuthFlowsType, so SDKs and older endpoints may refuse it.",
		srcCreate, "InvalidParameterException where unsupported"},
	{RuleOAuthImplicit, Warning, "oauth",
		"Warning, as AWS accepts it: the implicit grant returns tokens in the redirect URL; OAuth 2.0 Security Best Current Practice (RFC 9700 §2.1.2) says to use code with PKCE.",
		srcRFC9700, "none (accepted)"},
	{RuleOAuthDisabledSettings, Warning, "oauth",
		"Warning, as AWS accepted callback URLs with the switch off: AllowedOAuthFlowsUserPoolClient must be true before the OAuth settings take effect (CreateUserPoolClient, AllowedOAuthFlowsUserPoolClient).",
		srcCreate, "InvalidParameterException (reported for flows and scopes)"},
	{RuleScopesOpenIDMissing, Warning, "scopes",
		"Warning, as AWS's verdict is not captured: email, phone and profile are OpenID Connect scopes that need openid (the console refuses them without it).",
		srcCreate, "unverified"},
	{RuleSecurityUserExistenceErrors, Warning, "security",
		"Warning, as AWS accepts it: PreventUserExistenceErrors other than ENABLED (LEGACY is the default) lets sign-in errors reveal which users exist (Managing user existence error responses).",
		srcUserExist, "none (accepted)"},
	{RuleSecurityTokenRevocationOff, Warning, "security",
		"Warning, as AWS accepts it: EnableTokenRevocation false means refresh tokens cannot be revoked (Revoking tokens).",
		srcRevocation, "none (accepted)"},
	{RuleURLsLoopbackHTTP, Warning, "urls",
		"Warning, as AWS accepts it: plain-HTTP loopback callbacks are for local testing, not production (CreateUserPoolClient, CallbackURLs; RFC 8252 §7.3).",
		srcCreate, "none (accepted)"},
	{RuleURLsDangerousScheme, Warning, "urls",
		"Warning, as the model allows any scheme: javascript:, data:, file: and vbscript: redirect targets run code or read local data (RFC 9700 §4.1).",
		srcRFC9700, "none (accepted)"},
	{RuleURLsMalformed, Warning, "urls",
		"Warning, as AWS's verdict is not documented: a redirect URL with a backslash, bad percent-encoding, a bad port or host, userinfo on HTTP, or an empty host is read differently by browsers and servers (RFC 3986; RFC 9700 §4.1).",
		srcRFC9700, "unverified"},
	{RuleURLsLogout, Warning, "urls",
		"Warning, as the model gives LogoutURLs no scheme rule: sign-out redirects deserve the CallbackURLs rules (absolute, no fragment, HTTPS except loopback).",
		srcCreate, "none (accepted)"},
	{RuleListsDuplicate, Warning, "lists",
		"Warning, as AWS accepts them: a list entry that repeats an earlier one is redundant, and often a copy-paste slip.",
		srcCreate, "none (accepted)"},
	{RuleAnalyticsShape, Warning, "analytics",
		"Warning, as the rule is third-party (Terraform's provider), not in the model: AnalyticsConfiguration should set ApplicationArn alone, or ApplicationId with RoleArn and ExternalId.",
		srcAnalytics, "InvalidParameterException (reported by third parties)"},

	// Pool rules: applied only when the caller supplies facts about the user
	// pool (CheckPool, or the command's --pool), and only for the facts given.
	{RulePoolMismatch, Warning, "pool",
		"Warning: the pool facts describe another user pool than the request's UserPoolId, so the pool rules may not apply.",
		srcCreate, "none"},
	{RulePoolIdentityProvider, Error, "pool",
		"Each SupportedIdentityProviders entry must be COGNITO or an identity provider of the pool (CreateUserPoolClient, SupportedIdentityProviders; seen failing as \"The provider X does not exist for User Pool Y\").",
		srcCreate, "InvalidParameterException"},
	{RulePoolScope, Error, "pool",
		"Each resource-server scope must exist in one of the pool's resource servers (Resource servers; seen failing as \"Invalid scope requested\").",
		srcResources, "ScopeDoesNotExistException"},
	{RulePoolReadAttributes, Error, "pool",
		"Each ReadAttributes entry must be an attribute of the pool's schema, custom ones written custom:name (User pool attributes; seen failing as \"Invalid read attributes specified\").",
		srcAttributes, "InvalidParameterException"},
	{RulePoolWriteAttributes, Error, "pool",
		"Each WriteAttributes entry must be a mutable, non-developer attribute of the pool's schema (User pool attributes; seen failing as \"Invalid write attributes specified\").",
		srcAttributes, "InvalidParameterException"},
	{RulePoolFeaturePlan, Error, "pool",
		"ALLOW_USER_AUTH needs the Essentials or Plus feature plan; on a Lite pool AWS refuses it (Feature plans).",
		srcPlans, "FeatureUnavailableInTierException"},
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
