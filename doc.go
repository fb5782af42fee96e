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
//   - client/cfn (a module of its own): the CloudFormation, SAM and CDK
//     template reader. It turns each AWS::Cognito::UserPoolClient into the
//     cases client.CheckCases checks: a value known only at deploy (a
//     Fn::GetAtt, a Ref to a resource) is never an error, the rules that read
//     it are listed as skipped, and a finding that holds only for a
//     parameter's Default or one branch of a condition is a warning that
//     names it.
//   - client/tfplan: the Terraform and OpenTofu plan reader (terraform show
//     -json). It turns each aws_cognito_user_pool_client and
//     aws_cognito_managed_user_pool_client the plan creates or updates into a
//     case for client.CheckCases: a value known only after apply is never an
//     error, sensitive values, client secrets and variable values never reach
//     a message, and the plan's user pool, resource servers and identity
//     providers are the pool facts. Its attribute ↔ member table is data
//     (tfplan.Mapping).
//   - cmd/appclient (a module of its own): the command: "appclient validate",
//     "normalize", "diff" and "rules".
//   - cmd/appclientvet (a module of its own): the go vet analyzer. It reads
//     the AWS SDK for Go v2's CreateUserPoolClientInput and
//     UpdateUserPoolClientInput literals in Go code, evaluates what is
//     constant, takes the rest as unknown, and reports what client.CheckCases
//     finds at the offending value ("go vet -vettool=$(which appclientvet)",
//     golangci-lint through its gclplugin package).
//   - cmd/tflint-ruleset-appclient (a module of its own): the tflint ruleset
//     plugin. tflint evaluates the .tf files; the plugin maps each client
//     resource with tfplan.Mapping, takes unknown values as unknown and
//     sensitive ones as secret, and reports what client.CheckCases finds at
//     the attribute's or list item's range, one tflint rule per rule ID.
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
// The rules, family by family (generated from client.Rules by go test -update; edit the rules, not this list):
//
// json: the document itself.
//   - json.syntax (error): The input must be one well-formed JSON document (RFC 8259); the AWS CLI refuses --cli-input-json that does not parse.
//     https://www.rfc-editor.org/rfc/rfc8259
//   - json.utf8 (error): Strings must be valid UTF-8 without lone surrogate escapes (RFC 8259 §8.1); decoders would otherwise replace bytes silently.
//     https://www.rfc-editor.org/rfc/rfc8259
//   - json.type (error): Each member must have its model type: a string, a 32-bit integer written without fraction or exponent, a boolean, a list, an object, or a timestamp (API reference, Request Syntax).
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
//   - json.unknown-member (error): Member names are case-sensitive and must be members of the shape (API reference, Request Parameters); the AWS CLI rejects an unknown parameter, and a misspelled member would otherwise be lost.
//     https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-skeleton.html
//   - json.newer-member (warning): Warning, as AWS wrote it: a member of DescribeUserPoolClient output that is not in the AWS model this version of appclient knows, and is no near miss of one, is one AWS added since (as RefreshTokenRotation in 2025 and ClientType in 2026); its value is not checked until appclient is upgraded.
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolClientType.html
//   - json.duplicate-member (warning): Warning, as the AWS CLI accepts it: a member that appears twice in an object is ambiguous (RFC 8259 §4); the CLI, like most JSON parsers, silently keeps the last value, so that is the value appclient checks.
//     https://www.rfc-editor.org/rfc/rfc8259
//
// model: the constraints of the AWS API model (API reference, each member).
//   - model.operation (error): A member must belong to the operation: GenerateSecret and ClientSecret exist only on CreateUserPoolClient, and UpdateUserPoolClient manages secrets with AddUserPoolClientSecret (API reference, Request Parameters).
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserPoolClient.html
//   - model.required (error): Required members must be present: UserPoolId and ClientName on create, UserPoolId and ClientId on update, Feature in RefreshTokenRotation (API reference, Required: Yes).
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
//   - model.length (error): Strings must respect the model's length bounds, counted in Unicode characters (API reference, Length Constraints).
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
//   - model.pattern (error): Strings must fully match the model's pattern; \w is ASCII-only and \s is [\t\n\v\f\r ] (API reference, Pattern).
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
//   - model.enum (error): Enum members must be one of the model's values, matched case-sensitively (API reference, Valid Values).
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
//   - model.range (error): Integers must be within the model's range (API reference, Valid Range).
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
//   - model.items (error): Lists must respect the model's item count: at most 100 CallbackURLs or LogoutURLs, 3 AllowedOAuthFlows, 50 AllowedOAuthScopes (API reference, Array Members).
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
//
// tokens: lifetimes as value × unit (TokenValidityUnitsType; units default to hours, hours, days).
//   - tokens.access-range (error): AccessTokenValidity, in its TokenValidityUnits unit (hours when absent), must be 5 minutes to 1 day (TokenValidityUnitsType.AccessToken).
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_TokenValidityUnitsType.html
//   - tokens.id-range (error): IdTokenValidity, in its TokenValidityUnits unit (hours when absent), must be 5 minutes to 1 day (TokenValidityUnitsType.IdToken).
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_TokenValidityUnitsType.html
//   - tokens.refresh-range (error): RefreshTokenValidity, in its TokenValidityUnits unit (days when absent), must be 60 minutes to 3650 days; 0 is accepted and means 30 days (TokenValidityUnitsType.RefreshToken).
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_TokenValidityUnitsType.html
//   - tokens.exceeds-refresh (warning): Warning, as no AWS error is on record: an access or ID token that outlives the refresh token ends sessions before their tokens do (older AWS text: "cannot be greater than refresh token expiration").
//     https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-with-identity-providers.html
//
// flows: ExplicitAuthFlows (CreateUserPoolClient, ExplicitAuthFlows).
//   - flows.legacy-mix (error): ExplicitAuthFlows must not combine legacy values (ADMIN_NO_SRP_AUTH, CUSTOM_AUTH_FLOW_ONLY, USER_PASSWORD_AUTH) with ALLOW_ values (CreateUserPoolClient, ExplicitAuthFlows).
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
//   - flows.refresh-auth-missing (warning): Warning, as AWS's current verdict is unverified (it answered "REFRESH_TOKEN_AUTH should always be allowed" in 2020): ALLOW_ flows without ALLOW_REFRESH_TOKEN_AUTH while rotation is off leave users unable to refresh.
//     https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-refresh-token.html
//   - flows.rotation-with-refresh-auth (warning): Warning, as AWS's create-time verdict is unverified: with RefreshTokenRotation ENABLED the developer guide says to deactivate ALLOW_REFRESH_TOKEN_AUTH (Refresh tokens, rotation).
//     https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-refresh-token.html
//   - flows.user-auth-tier (warning): Warning, as it depends on the pool's feature plan: ALLOW_USER_AUTH needs the Essentials or Plus plan (Feature plans).
//     https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html
//   - flows.legacy (warning): Warning, as AWS accepts them: legacy ExplicitAuthFlows names without ALLOW_ are deprecated (CreateUserPoolClient, ExplicitAuthFlows).
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
//   - flows.password (warning): Warning, as AWS accepts them: password flows send the user's password itself to Cognito; SRP and passwordless flows do not (Authentication flows).
//     https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html
//   - flows.client-token-auth (warning): Warning: ALLOW_CLIENT_TOKEN_AUTH is documented for GetClientToken but is not in the API model's ExplicitAuthFlowsType, so SDKs and older endpoints may refuse it.
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
//
// oauth: AllowedOAuthFlows and the OAuth switch.
//   - oauth.client-credentials-alone (error): client_credentials must be the only AllowedOAuthFlows value (CreateUserPoolClient, AllowedOAuthFlows).
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
//   - oauth.client-credentials-secret (error): On create, client_credentials needs a client secret: GenerateSecret true or a ClientSecret (App client types; seen failing as "client_credentials flow can not be selected if client does not have a client secret").
//     https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-client-apps.html
//   - oauth.client-credentials-scopes (error): With client_credentials, AllowedOAuthScopes may hold only resource-server scopes (server/name); openid, email, phone, profile and aws.cognito.signin.user.admin are rejected (seen failing as "openid is not supported with client_credentials flow").
//     https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-client-apps.html
//   - oauth.callbacks-required (error): The code and implicit flows need at least one CallbackURLs entry (seen failing as "CallbackUrls can not be empty when code flow or implicit flow is selected").
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
//   - oauth.flows-and-scopes-required (error): AllowedOAuthFlowsUserPoolClient true needs non-empty AllowedOAuthFlows and AllowedOAuthScopes (seen failing as "AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is allowed to use OAuth flows").
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
//   - oauth.implicit (warning): Warning, as AWS accepts it: the implicit grant returns tokens in the redirect URL; OAuth 2.0 Security Best Current Practice (RFC 9700 §2.1.2) says to use code with PKCE.
//     https://www.rfc-editor.org/rfc/rfc9700
//   - oauth.disabled-settings (warning): Warning, as AWS accepted callback URLs with the switch off: AllowedOAuthFlowsUserPoolClient must be true before the OAuth settings take effect (CreateUserPoolClient, AllowedOAuthFlowsUserPoolClient).
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
//
// urls: CallbackURLs, DefaultRedirectURI and LogoutURLs.
//   - urls.absolute (error): CallbackURLs and DefaultRedirectURI must be absolute URIs with a scheme (CreateUserPoolClient, CallbackURLs; RFC 6749 §3.1.2).
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
//   - urls.fragment (error): CallbackURLs and DefaultRedirectURI must not include a fragment, not even an empty one (CreateUserPoolClient, CallbackURLs; RFC 6749 §3.1.2).
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
//   - urls.https (error): CallbackURLs and DefaultRedirectURI must use HTTPS, except plain HTTP to exactly localhost, 127.0.0.1 or [::1]; app schemes such as myapp:// are allowed (CreateUserPoolClient, CallbackURLs).
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
//   - urls.default-in-callbacks (error): DefaultRedirectURI must equal one of CallbackURLs exactly, without case folding or normalization (CreateUserPoolClient, DefaultRedirectURI: "Must be in the CallbackURLs list").
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
//   - urls.loopback-http (warning): Warning, as AWS accepts it: plain-HTTP loopback callbacks are for local testing, not production (CreateUserPoolClient, CallbackURLs; RFC 8252 §7.3).
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
//   - urls.dangerous-scheme (warning): Warning, as the model allows any scheme: javascript:, data:, file: and vbscript: redirect targets run code or read local data (RFC 9700 §4.1).
//     https://www.rfc-editor.org/rfc/rfc9700
//   - urls.malformed (warning): Warning, as AWS's verdict is not documented: a redirect URL with a backslash, bad percent-encoding, a bad port or host, userinfo on HTTP, or an empty host is read differently by browsers and servers (RFC 3986; RFC 9700 §4.1).
//     https://www.rfc-editor.org/rfc/rfc9700
//   - urls.logout (warning): Warning, as the model gives LogoutURLs no scheme rule: sign-out redirects deserve the CallbackURLs rules (absolute, no fragment, HTTPS except loopback).
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
//
// scopes: AllowedOAuthScopes.
//   - scopes.unknown (error): A scope is openid, email, phone, profile, aws.cognito.signin.user.admin, or resourceServerIdentifier/scopeName; anything else exists in no pool (CreateUserPoolClient, AllowedOAuthScopes).
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
//   - scopes.openid-missing (warning): Warning, as AWS's verdict is not captured: email, phone and profile are OpenID Connect scopes that need openid (the console refuses them without it).
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
//
// secrets: GenerateSecret, ClientSecret and what needs a secret.
//   - secrets.exclusive (error): ClientSecret must not be sent together with GenerateSecret true (CreateUserPoolClient, ClientSecret).
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
//   - secrets.propagate-needs-secret (error): On create, EnablePropagateAdditionalUserContextData true needs a client secret: GenerateSecret true or a ClientSecret (CreateUserPoolClient, EnablePropagateAdditionalUserContextData).
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
//
// security: settings that AWS accepts but that weaken sign-in.
//   - security.user-existence-errors (warning): Warning, as AWS accepts it: PreventUserExistenceErrors other than ENABLED (LEGACY is the default) lets sign-in errors reveal which users exist (Managing user existence error responses).
//     https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-managing-errors.html
//   - security.token-revocation-off (warning): Warning, as AWS accepts it: EnableTokenRevocation false means refresh tokens cannot be revoked (Revoking tokens).
//     https://docs.aws.amazon.com/cognito/latest/developerguide/token-revocation.html
//
// attributes: ReadAttributes and WriteAttributes, as far as they can be judged without the pool's schema.
//   - attributes.write-email-verified (error): WriteAttributes must not include email_verified: app clients can never write it, although describe-user-pool lists it as mutable (CreateUserPoolClient, WriteAttributes; seen failing as "Invalid write attributes specified while creating a client" and "… while updating a client"). phone_number_verified has never been seen failing there, so it is not reported.
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
//
// lists: the list members.
//   - lists.duplicate (warning): Warning, as AWS accepts them: a list entry that repeats an earlier one is redundant, and often a copy-paste slip.
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
//
// analytics: AnalyticsConfiguration.
//   - analytics.shape (warning): Warning, as the rule is third-party (Terraform's provider), not in the model: AnalyticsConfiguration should set ApplicationArn alone, or ApplicationId with RoleArn and ExternalId.
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AnalyticsConfigurationType.html
//
// pool: applied only with facts about the user pool (client.Pool: the output of describe-user-pool, list-identity-providers, describe-identity-provider and list-resource-servers), and only for the facts given.
//   - pool.mismatch (warning): Warning: CheckPool was given facts about another user pool than the request's UserPoolId, so it applied no other pool rule (DecodeCheckPools and the command pick each client's own pool's facts, and never report it).
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
//   - pool.identity-provider (error): Each SupportedIdentityProviders entry must be COGNITO or an identity provider of the pool (CreateUserPoolClient, SupportedIdentityProviders; seen failing as "The provider X does not exist for User Pool Y").
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
//   - pool.scope (error): Each resource-server scope must exist in one of the pool's resource servers (Resource servers; seen failing as "Invalid scope requested").
//     https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-define-resource-servers.html
//   - pool.read-attributes (error): Each ReadAttributes entry must be an attribute of the pool's schema, custom ones written custom:name (User pool attributes; seen failing as "Invalid read attributes specified").
//     https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html
//   - pool.write-attributes (error): Each WriteAttributes entry must be a mutable, non-developer attribute of the pool's schema (User pool attributes; seen failing as "Invalid write attributes specified").
//     https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html
//   - pool.required-attributes (error): WriteAttributes, when given, must include every mutable attribute the pool's schema marks required (User pool attributes; seen failing as "Invalid write attributes specified while creating a client" for a pool requiring email and WriteAttributes ["name"]).
//     https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html
//   - pool.mapped-attributes (warning): Warning, as AWS accepts the client and fails only at sign-in: WriteAttributes, when given, must include every user pool attribute that a provider in SupportedIdentityProviders maps, as Cognito updates mapped attributes at each sign-in through it and fails when it cannot (CreateUserPoolClient, WriteAttributes).
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
//   - pool.feature-plan (error): ALLOW_USER_AUTH needs the Essentials or Plus feature plan; on a Lite pool AWS refuses it (Feature plans).
//     https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html
//
// (End of the generated rule list.)
package appclient
