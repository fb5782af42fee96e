// Package sdkv2 connects package client to the AWS SDK for Go v2: it converts
// between client's shapes and the SDK's CreateUserPoolClientInput,
// UpdateUserPoolClientInput and types.UserPoolClientType, and its Preflight
// middleware checks CreateUserPoolClient and UpdateUserPoolClient inputs
// before anything is sent.
//
// It is a module of its own, so that the core module depends on nothing but
// go-cmp and rapid.
//
// # Pre-flight checks
//
// Append Preflight to the client's APIOptions, or pass WithPreflight to
// cognitoidentityprovider.NewFromConfig or to a single call:
//
//	svc := cognitoidentityprovider.NewFromConfig(cfg, sdkv2.WithPreflight())
//	_, err := svc.CreateUserPoolClient(ctx, in)
//	var vs client.Violations
//	if errors.As(err, &vs) {
//		// Not sent: vs says what AWS would reject.
//	}
//
// A call fails when Check finds a violation of severity client.Error;
// FailOnWarnings makes warnings fail it too, and Report sees every finding.
//
// # Conversions
//
// Every member converts, in both directions, with enum values carried over
// unchanged (unknown ones included), nil and empty lists kept apart, and
// times copied. The results share no memory with the arguments.
//
// Our shapes mark presence with nil pointers; the SDK holds some members as
// plain values and does not send their zero value. For those members the
// zero value and absence are one and the same on the wire, and the
// conversions say so: an SDK zero value becomes absent (nil), and absent
// becomes the SDK zero value. These members are:
//
//	Member                                   SDK type      Zero value
//	GenerateSecret (create)                  bool          false
//	AllowedOAuthFlowsUserPoolClient (create, update; a *bool in UserPoolClientType)
//	                                         bool          false
//	RefreshTokenValidity                     int32         0 (AWS: 30 days)
//	PreventUserExistenceErrors               enum string   ""
//	TokenValidityUnits.AccessToken, .IdToken, .RefreshToken
//	                                         enum string   ""
//	AnalyticsConfiguration.UserDataShared    bool          false
//	RefreshTokenRotation.Feature             enum string   ""
//
// What round-trips, then:
//
//   - SDK → ours → SDK is the identity, for every value.
//   - Ours → SDK → ours is the identity, except that a present member from the
//     list above holding its zero value (GenerateSecret: false,
//     RefreshTokenValidity: 0, PreventUserExistenceErrors: "", …) comes back
//     absent. For the bool and integer members that changes nothing: false
//     is each bool's default, and a RefreshTokenValidity of 0 is AWS's
//     default of 30 days. An empty enum string is not a valid value, and the
//     SDK would not send it.
//
// Preflight checks what the SDK would send, which is FromCreateInput or
// FromUpdateInput of the input: RefreshTokenRotation{} with an empty Feature
// is reported as missing its required Feature, because the SDK sends "{}".
package sdkv2
