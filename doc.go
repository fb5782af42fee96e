// Package appclient checks and normalizes Amazon Cognito user pool app client
// configurations before they reach AWS: the CreateUserPoolClient and
// UpdateUserPoolClient requests, and the UserPoolClientType that
// DescribeUserPoolClient returns.
//
// The AWS SDK checks almost nothing on the client side (only that UserPoolId
// and ClientName, or ClientId, are set). Everything else fails at AWS, at
// deploy time, often with a vague message. appclient applies every constraint
// of the AWS API model and the service rules that AWS documents or was seen
// enforcing, and names the member and what must hold.
//
// # Packages
//
//   - client: the typed shapes (CreateRequest, UpdateRequest, UserPoolClient),
//     strict JSON decoding, Check and Validate, and the rule catalogue (Rules).
//   - units, flows, urls, scopes: leaf packages that answer questions about
//     token lifetimes, authentication and OAuth flows, redirect URLs and scopes.
//     They know nothing of paths or rule IDs; client turns their answers into
//     violations.
//   - cmd/appclient: the command: "appclient validate", "normalize", "diff" and
//     "rules".
//
// # Severity
//
// An error means AWS rejects the configuration: the API model says so, the
// API reference says so, or AWS was seen answering with an error. A warning
// means AWS accepts it, but it is risky or deprecated, or AWS's verdict
// depends on user pool state that an offline check cannot see (identity
// providers, resource servers, the attribute schema, the feature plan). Each
// rule's Doc says which, and why.
//
// # Rules
//
// Every rule has a stable ID. client.Rules returns the catalogue with each
// rule's one-line doc, the AWS page it comes from, and what AWS answers.
//
// json: the document itself.
//   - json.syntax (error): one well-formed JSON document (RFC 8259).
//   - json.utf8 (error): strings are valid UTF-8, without lone surrogate escapes.
//   - json.type (error): each member has its model type; integers are 32-bit, without fraction or exponent.
//   - json.unknown-member (error): member names are case-sensitive members of the shape (AWS CLI: Unknown parameter).
//   - json.duplicate-member (warning): a member appears twice; the last value, which the AWS CLI sends, is checked.
//
// model: the constraints of the AWS API model (API reference, each member).
//   - model.operation (error): a member belongs to the operation (GenerateSecret and ClientSecret only on create).
//   - model.required (error): UserPoolId and ClientName on create, UserPoolId and ClientId on update, RefreshTokenRotation.Feature.
//   - model.length (error): string lengths, counted in Unicode characters.
//   - model.pattern (error): the model's patterns, with \w ASCII-only and \s = [\t\n\v\f\r ].
//   - model.enum (error): enum values, case-sensitive.
//   - model.range (error): integer ranges of the raw value, whatever the unit.
//   - model.items (error): list item counts.
//
// tokens: lifetimes as value × unit (TokenValidityUnitsType; units default to hours, hours, days).
//   - tokens.access-range (error): access token 5 minutes to 1 day.
//   - tokens.id-range (error): ID token 5 minutes to 1 day.
//   - tokens.refresh-range (error): refresh token 60 minutes to 3650 days; 0 is accepted and means 30 days.
//   - tokens.exceeds-refresh (warning): an access or ID token that outlives the refresh token.
//
// flows: ExplicitAuthFlows (CreateUserPoolClient, ExplicitAuthFlows).
//   - flows.legacy-mix (error): legacy names are not combined with ALLOW_ names.
//   - flows.refresh-auth-missing (warning): ALLOW_ flows without ALLOW_REFRESH_TOKEN_AUTH while rotation is off.
//   - flows.rotation-with-refresh-auth (warning): ALLOW_REFRESH_TOKEN_AUTH while rotation is ENABLED.
//   - flows.user-auth-tier (warning): ALLOW_USER_AUTH needs the Essentials or Plus feature plan.
//   - flows.legacy (warning): legacy names are deprecated.
//   - flows.password (warning): password flows send the password itself.
//   - flows.client-token-auth (warning): ALLOW_CLIENT_TOKEN_AUTH is documented but not in the model.
//
// oauth: AllowedOAuthFlows and the OAuth switch.
//   - oauth.client-credentials-alone (error): client_credentials is the only flow.
//   - oauth.client-credentials-secret (error): client_credentials needs a client secret (on create).
//   - oauth.client-credentials-scopes (error): client_credentials takes resource-server scopes only.
//   - oauth.callbacks-required (error): code and implicit need a callback URL.
//   - oauth.flows-and-scopes-required (error): AllowedOAuthFlowsUserPoolClient true needs flows and scopes.
//   - oauth.implicit (warning): the implicit grant is discouraged (RFC 9700).
//   - oauth.disabled-settings (warning): OAuth settings while AllowedOAuthFlowsUserPoolClient is not true.
//
// urls: CallbackURLs, DefaultRedirectURI and LogoutURLs.
//   - urls.absolute (error): an absolute URI.
//   - urls.fragment (error): no fragment, not even an empty one.
//   - urls.https (error): HTTPS, except plain HTTP to exactly localhost, 127.0.0.1 or [::1].
//   - urls.default-in-callbacks (error): DefaultRedirectURI is one of CallbackURLs, exactly.
//   - urls.loopback-http (warning): plain-HTTP loopback callbacks are for testing.
//   - urls.dangerous-scheme (warning): javascript:, data:, file: and vbscript: targets.
//   - urls.malformed (warning): URLs that browsers and servers read differently.
//   - urls.logout (warning): LogoutURLs that break the CallbackURLs rules.
//
// scopes: AllowedOAuthScopes.
//   - scopes.unknown (error): a standard scope or server/name; anything else exists in no pool.
//   - scopes.openid-missing (warning): email, phone and profile without openid.
//
// secrets:
//   - secrets.exclusive (error): ClientSecret is not sent with GenerateSecret true.
//   - secrets.propagate-needs-secret (error): EnablePropagateAdditionalUserContextData needs a secret (on create).
//
// security:
//   - security.user-existence-errors (warning): PreventUserExistenceErrors other than ENABLED.
//   - security.token-revocation-off (warning): EnableTokenRevocation false.
//
// lists:
//   - lists.duplicate (warning): a list entry that repeats an earlier one.
//
// analytics:
//   - analytics.shape (warning): ApplicationArn alone, or ApplicationId with RoleArn and ExternalId.
//
// pool: applied only with facts about the user pool (client.Pool: the output of
// describe-user-pool, list-identity-providers and list-resource-servers), and only for the facts given.
//   - pool.mismatch (warning): the facts describe another pool than the request's UserPoolId.
//   - pool.identity-provider (error): SupportedIdentityProviders are COGNITO or providers of the pool.
//   - pool.scope (error): resource-server scopes exist in the pool.
//   - pool.read-attributes (error): ReadAttributes are attributes of the pool.
//   - pool.write-attributes (error): WriteAttributes are mutable, non-developer attributes of the pool.
//   - pool.feature-plan (error): ALLOW_USER_AUTH is refused on a Lite pool; with the plan known, flows.user-auth-tier is not reported.
package appclient
