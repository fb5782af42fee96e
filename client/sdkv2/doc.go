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
// Every member that the SDK can hold converts, in both directions, with enum
// values carried over unchanged (unknown ones included), nil and empty lists
// kept apart, and times copied. The results share no memory with the
// arguments. The conversions are generated member by member from the model
// rows and the SDK's types (convert_gen.go), so a member that AWS adds needs
// no hand edit here, only go generate.
//
// A member that the SDK version go.mod requires has no field for (AWS adds
// members before the SDK is bumped) is dropped by the conversions; [NotInSDK]
// lists them.
//
// Our shapes mark presence with nil pointers and nil lists. How a member
// converts depends on how the SDK holds it, which can differ between the
// inputs and UserPoolClientType:
//
//   - A pointer (a string, integer, boolean or time), a list (of strings or
//     of an enum string type) or a pointer to a nested structure: presence
//     carries over as it is, and a nested structure converts member by
//     member by these same rules.
//   - A plain value (a bool, an int32, or an enum string type) that the SDK
//     does not send when it is zero. For such a member the zero value and
//     absence are one and the same on the wire, and the conversions say so:
//     an SDK zero value becomes absent (nil), and absent becomes the SDK zero
//     value. The comment at the top of convert_gen.go lists these members
//     for the SDK version in go.mod.
//
// What round-trips, then:
//
//   - SDK → ours → SDK is the identity, for every value.
//   - Ours → SDK → ours is the identity, except that a present member that the
//     SDK holds as a plain value, holding that value's zero (false, 0 or ""),
//     comes back absent, and that a member the SDK has no field for comes back
//     absent. The first changes nothing that AWS receives, since the SDK does
//     not send the zero value either way; an empty enum string is not a valid
//     value in any case.
//
// Preflight checks what the SDK would send, which is FromCreateInput or
// FromUpdateInput of the input. A nested structure whose required member the
// SDK holds as a plain value is reported as missing it when that value is
// zero: RefreshTokenRotation{} with an empty Feature, for example, because the
// SDK sends "{}".
package sdkv2
