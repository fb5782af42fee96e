// Package clienttest provides rapid generators of Amazon Cognito user pool
// app client configurations, for property tests of code that builds, checks
// or transforms them (pgregory.net/rapid).
//
//   - [Create], [Update] and [UserPoolClient] generate values that AWS
//     accepts: client.Check reports no error for any of them (warnings are
//     allowed). They are valid by construction, not by filtering, so they
//     are fast and shrink well. Every member of the shape is drawn, each
//     sometimes absent, with values at and near every model and service
//     bound (1- and 128-character names, 100 CallbackURLs, 50 scopes, token
//     lifetimes at their bounds in each unit, 0 for RefreshTokenValidity,
//     the 131072-character ExternalId, lists with duplicates, empty lists).
//   - [Breaking] generates create requests that break exactly one error
//     rule of client.Rules(), [BreakingJSON] documents that do, including
//     the rules about the JSON document itself, and [BreakingPool] requests
//     with user pool facts that break one pool rule (CheckPool).
//   - The building blocks ([UserPoolID], [ClientName], [ClientID],
//     [ClientSecret], [Attribute], [ProviderName], [RedirectURL], [Scope],
//     [CustomScope], [Unit], [Validity], [AuthFlows], [ARN]) generate single
//     member values that AWS accepts.
//
// Every draw of a member is labelled with its AWS wire name
// ("CallbackURLs", "TokenValidityUnits.AccessToken", "IdTokenValidity"), so
// a failing case reads like the request. The draws inside a building block
// are labelled with the part they make ("host", "path", "length").
//
// The alphabets follow the model patterns as the service reads them (see
// internal/charclass): \w is ASCII only, and ClientName's \s includes the
// vertical tab.
package clienttest
