package client_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/cognitokit/appclient/client"
)

// Helpers for the decoding tables; the names avoid those of check_test.go.
var dStr = client.Ptr[string]

func dInt(v int32) *int32 { return &v }
func dBool(v bool) *bool  { return &v }

func dTime(t *testing.T, s string) *time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		t.Fatal(err)
	}
	return &v
}

// bad builds a violation of an error rule.
func bad(path string, rule client.RuleID, msg string) client.Violation {
	return client.Violation{Path: path, Rule: rule, Severity: client.Error, Message: msg}
}

// dup is the warning for a member that appears more than once.
func dup(path string) client.Violation {
	return client.Violation{Path: path, Rule: client.RuleJSONDuplicateMember, Severity: client.Warning,
		Message: "appears more than once in the object: the AWS CLI keeps the last value, which is the one checked; keep only one"}
}

func syntax(path, msg string) client.Violation { return bad(path, client.RuleJSONSyntax, msg) }

func nullType(path, want string) client.Violation {
	return typ(path, "must be "+want+", not null: the AWS CLI refuses null before sending anything "+
		"(\"Invalid type for parameter\"), although AWS's JSON protocol itself would read it as absent; leave the member out")
}

// nullItem is the type error at a null list item in a request.
func nullItem(path string) client.Violation {
	return typ(path, "must be a string, not null: the AWS CLI refuses null before sending anything "+
		"(\"Invalid type for parameter\"), although AWS's JSON protocol itself would read it as absent")
}

func typ(path, msg string) client.Violation { return bad(path, client.RuleJSONType, msg) }

type decoded[T any] struct {
	Value      T
	Violations client.Violations
}

func runDecode[T any](t *testing.T, name, in string, decode func([]byte) (T, client.Violations), want T, wantVs client.Violations) {
	t.Helper()
	t.Run(name, func(t *testing.T) {
		t.Helper()
		v, vs := decode([]byte(in))
		if diff := cmp.Diff(decoded[T]{want, wantVs}, decoded[T]{v, vs}); diff != "" {
			t.Errorf("decoding %q (-want +got):\n%s", in, diff)
		}
	})
}

// Inputs that every decoder treats alike (the violation messages name the
// root shape, so each decoder's table repeats them).
const (
	deepUnknown = `{"X":` // followed by more nesting than MaxDepth
)

func TestDecodeCreate(t *testing.T) {
	type R = client.CreateRequest
	type S = client.Settings
	const shape = "CreateUserPoolClientRequest"
	tests := []struct {
		name, in string
		want     R
		vs       client.Violations
	}{
		// The document as a whole.
		{"empty input", ``, R{}, client.Violations{syntax("", "the input is empty: expected a JSON object")}},
		{"white space only", " \n\t\r ", R{}, client.Violations{syntax("", "the input is empty: expected a JSON object")}},
		{"top-level list", `[{"ClientName": "x"}]`, R{}, client.Violations{typ("", "the document must be a JSON object ("+shape+"), not a list")}},
		{"top-level null", `null`, R{}, client.Violations{typ("", "the document must be a JSON object ("+shape+"), not null")}},
		{"top-level string", `"x"`, R{}, client.Violations{typ("", "the document must be a JSON object ("+shape+"), not a string")}},
		{"top-level garbage", `x`, R{}, client.Violations{syntax("", "malformed JSON at line 1, column 1: invalid character 'x' looking for the beginning of a value")}},
		{"top-level list, malformed", `[1,`, R{}, client.Violations{
			typ("", "the document must be a JSON object ("+shape+"), not a list"),
			syntax("", "malformed JSON at line 1, column 4: unexpected end of input: expected a value"),
		}},
		{"empty object", ` {} `, R{}, nil},
		{"trailing data", `{} {}`, R{}, client.Violations{syntax("", "malformed JSON at line 1, column 4: invalid character '{' after the end of the document")}},
		{"byte order mark", "\xef\xbb\xbf{}", R{}, client.Violations{syntax("", "malformed JSON at line 1, column 1: the input starts with a UTF-8 byte order mark (U+FEFF), which JSON does not allow: save the file without it")}},

		// Member names.
		{"unknown member, case", `{"CallbackUrls": ["https://a.example/cb"]}`, R{}, client.Violations{
			bad("CallbackUrls", client.RuleJSONUnknownMember, `is not a member of `+shape+`: did you mean "CallbackURLs"? (member names are case-sensitive)`),
		}},
		{"unknown member, lower case", `{"clientname": "x"}`, R{}, client.Violations{
			bad("clientname", client.RuleJSONUnknownMember, `is not a member of `+shape+`: did you mean "ClientName"? (member names are case-sensitive)`),
		}},
		{"unknown member, misspelt", `{"ClientNam": "x", "AccesTokenValidity": 1}`, R{}, client.Violations{
			bad("ClientNam", client.RuleJSONUnknownMember, `is not a member of `+shape+`: did you mean "ClientName"? (member names are case-sensitive)`),
			bad("AccesTokenValidity", client.RuleJSONUnknownMember, `is not a member of `+shape+`: did you mean "AccessTokenValidity"? (member names are case-sensitive)`),
		}},
		{"unknown member, far", `{"Foo": {"ClientName": "x"}}`, R{}, client.Violations{
			bad("Foo", client.RuleJSONUnknownMember, "is not a member of "+shape),
		}},
		{"unknown member, unprintable name", `{"\t": 1, "": 2}`, R{}, client.Violations{
			bad(`"\t"`, client.RuleJSONUnknownMember, "is not a member of "+shape),
			bad(`""`, client.RuleJSONUnknownMember, "is not a member of "+shape),
		}},
		{"unknown nested member", `{"TokenValidityUnits": {"Accesstoken": "hours", "Other": 1}}`,
			R{Settings: S{TokenValidityUnits: &client.TokenValidityUnits{}}}, client.Violations{
				bad("TokenValidityUnits.Accesstoken", client.RuleJSONUnknownMember, `is not a member of TokenValidityUnitsType: did you mean "AccessToken"? (member names are case-sensitive)`),
				bad("TokenValidityUnits.Other", client.RuleJSONUnknownMember, "is not a member of TokenValidityUnitsType"),
			}},
		{"other operation's member nested is unknown", `{"AnalyticsConfiguration": {"ClientId": "x"}}`,
			R{Settings: S{AnalyticsConfiguration: &client.AnalyticsConfiguration{}}}, client.Violations{
				bad("AnalyticsConfiguration.ClientId", client.RuleJSONUnknownMember, "is not a member of AnalyticsConfigurationType"),
			}},
		{"escaped member name", `{"Client\u004eame": "x", "\u0043allbackURLs": []}`,
			R{Settings: S{ClientName: dStr("x"), CallbackURLs: []string{}}}, nil},
		{"duplicate member: the last one counts", `{"ClientName": "a", "ClientName": "b"}`, R{Settings: S{ClientName: dStr("b")}}, client.Violations{
			dup("ClientName"),
		}},
		{"duplicate member, escaped, last null", `{"ClientName": "a", "Client\u004eame": "b", "ClientName": null}`, R{}, client.Violations{
			dup("ClientName"),
			dup("ClientName"),
			nullType("ClientName", "a string"),
		}},
		{"duplicate nested member", `{"TokenValidityUnits": {"AccessToken": "hours", "AccessToken": "days"}}`,
			R{Settings: S{TokenValidityUnits: &client.TokenValidityUnits{AccessToken: dStr("days")}}}, client.Violations{
				dup("TokenValidityUnits.AccessToken"),
			}},
		{"duplicate object member, last null", `{"TokenValidityUnits": {"AccessToken": "hours"}, "TokenValidityUnits": null}`,
			R{}, client.Violations{dup("TokenValidityUnits"), nullType("TokenValidityUnits", "an object")}},
		{"duplicate object member", `{"RefreshTokenRotation": {"Feature": "ENABLED"}, "RefreshTokenRotation": {}}`,
			R{Settings: S{RefreshTokenRotation: &client.RefreshTokenRotation{}}}, client.Violations{
				dup("RefreshTokenRotation"),
			}},
		{"members of other operations", `{"ClientId": "abc", "CreationDate": 1, "LastModifiedDate": "x"}`, R{}, client.Violations{
			bad("ClientId", client.RuleModelOperation, "is not a member of "+shape+": AWS assigns the ClientId of a new client; send it only to UpdateUserPoolClient"),
			bad("CreationDate", client.RuleModelOperation, "is not a member of "+shape+": AWS sets it, and it appears only in UserPoolClientType (DescribeUserPoolClient output)"),
			bad("LastModifiedDate", client.RuleModelOperation, "is not a member of "+shape+": AWS sets it, and it appears only in UserPoolClientType (DescribeUserPoolClient output)"),
		}},
		{"ClientType is output only", `{"ClientType": "REGULAR"}`, R{}, client.Violations{
			bad("ClientType", client.RuleModelOperation, "is not a member of "+shape+": AWS sets it, and it appears only in UserPoolClientType (DescribeUserPoolClient output)"),
		}},
		{"describe wrapper given to create", `{"UserPoolClient": {}}`, R{}, client.Violations{
			bad("UserPoolClient", client.RuleJSONUnknownMember, "is not a member of "+shape),
		}},

		// Integers.
		{"integers at the int32 limits", `{"AccessTokenValidity": 2147483647, "IdTokenValidity": -2147483648, "RefreshTokenValidity": -0, "AuthSessionValidity": 0}`,
			R{Settings: S{AccessTokenValidity: dInt(2147483647), IDTokenValidity: dInt(-2147483648), RefreshTokenValidity: dInt(0), AuthSessionValidity: dInt(0)}}, nil},
		{"integer as a string", `{"AccessTokenValidity": "60"}`, R{}, client.Violations{typ("AccessTokenValidity", "must be an integer, not a string")}},
		{"integer with a fraction", `{"AccessTokenValidity": 1.5}`, R{}, client.Violations{typ("AccessTokenValidity", "must be an integer without a fraction or exponent (got 1.5)")}},
		{"integer with a zero fraction", `{"AccessTokenValidity": 60.0}`, R{}, client.Violations{typ("AccessTokenValidity", "must be an integer without a fraction or exponent (got 60.0)")}},
		{"integer with an exponent", `{"AccessTokenValidity": 1e2}`, R{}, client.Violations{typ("AccessTokenValidity", "must be an integer without a fraction or exponent (got 1e2)")}},
		{"integer too large", `{"AccessTokenValidity": 2147483648}`, R{}, client.Violations{typ("AccessTokenValidity", "must be a 32-bit integer (got 2147483648)")}},
		{"integer too small", `{"AccessTokenValidity": -2147483649}`, R{}, client.Violations{typ("AccessTokenValidity", "must be a 32-bit integer (got -2147483649)")}},
		{"integer far too large", `{"AccessTokenValidity": 99999999999999999999999999999999999999999999}`, R{}, client.Violations{
			typ("AccessTokenValidity", "must be a 32-bit integer (got 9999999999999999999999999999999999999999…)"),
		}},
		{"integer as a boolean", `{"RefreshTokenRotation": {"RetryGracePeriodSeconds": true}}`,
			R{Settings: S{RefreshTokenRotation: &client.RefreshTokenRotation{}}}, client.Violations{
				typ("RefreshTokenRotation.RetryGracePeriodSeconds", "must be an integer, not a boolean"),
			}},
		// The number 0 is complete before the 6, so the error is between members.
		{"integer with a leading zero", `{"AccessTokenValidity": 060}`, R{Settings: S{AccessTokenValidity: dInt(0)}}, client.Violations{
			syntax("", "malformed JSON at line 1, column 26: invalid character '6' after an object member: expected ',' or '}'"),
		}},

		// Strings, booleans, objects.
		{"string as a number", `{"ClientName": 5}`, R{}, client.Violations{typ("ClientName", "must be a string, not a number")}},
		{"string as an object", `{"ClientName": {"a": [1]}}`, R{}, client.Violations{typ("ClientName", "must be a string, not an object")}},
		{"boolean as a string", `{"GenerateSecret": "true"}`, R{}, client.Violations{typ("GenerateSecret", "must be a boolean, not a string")}},
		{"boolean as a number", `{"AnalyticsConfiguration": {"UserDataShared": 1}}`,
			R{Settings: S{AnalyticsConfiguration: &client.AnalyticsConfiguration{}}}, client.Violations{
				typ("AnalyticsConfiguration.UserDataShared", "must be a boolean, not a number"),
			}},
		{"object as a list", `{"TokenValidityUnits": []}`, R{}, client.Violations{typ("TokenValidityUnits", "must be an object, not a list")}},
		{"object as a string", `{"RefreshTokenRotation": "ENABLED"}`, R{}, client.Violations{typ("RefreshTokenRotation", "must be an object, not a string")}},
		{"nested string as a number", `{"TokenValidityUnits": {"AccessToken": 5}}`,
			R{Settings: S{TokenValidityUnits: &client.TokenValidityUnits{}}}, client.Violations{
				typ("TokenValidityUnits.AccessToken", "must be a string, not a number"),
			}},

		// Lists.
		{"list as a string", `{"CallbackURLs": "https://a.example/cb"}`, R{}, client.Violations{typ("CallbackURLs", "must be a list, not a string")}},
		{"list as an object", `{"AllowedOAuthScopes": {}}`, R{}, client.Violations{typ("AllowedOAuthScopes", "must be a list, not an object")}},
		{"items of the wrong type keep their index", `{"CallbackURLs": ["a", null, 5, ["x"], "b"]}`,
			R{Settings: S{CallbackURLs: []string{"a", "", "", "", "b"}}}, client.Violations{
				nullItem("CallbackURLs[1]"),
				typ("CallbackURLs[2]", "must be a string, not a number"),
				typ("CallbackURLs[3]", "must be a string, not a list"),
			}},

		// Presence: null is absent; empty is present.
		// The AWS CLI refuses null in --cli-input-json: "Invalid type for
		// parameter AccessTokenValidity, value: None" (also nested).
		{"null members are type errors", `{"ClientName": null, "AccessTokenValidity": null, "GenerateSecret": null, "CallbackURLs": null,
			"TokenValidityUnits": null, "AnalyticsConfiguration": null, "RefreshTokenRotation": null}`, R{}, client.Violations{
			nullType("ClientName", "a string"),
			nullType("AccessTokenValidity", "an integer"),
			nullType("GenerateSecret", "a boolean"),
			nullType("CallbackURLs", "a list"),
			nullType("TokenValidityUnits", "an object"),
			nullType("AnalyticsConfiguration", "an object"),
			nullType("RefreshTokenRotation", "an object"),
		}},
		{"null nested members are type errors", `{"TokenValidityUnits": {"AccessToken": null}}`,
			R{Settings: S{TokenValidityUnits: &client.TokenValidityUnits{}}}, client.Violations{nullType("TokenValidityUnits.AccessToken", "a string")}},
		{"empty objects are present", `{"TokenValidityUnits": {}, "AnalyticsConfiguration": { }, "RefreshTokenRotation": {
}}`, R{Settings: S{TokenValidityUnits: &client.TokenValidityUnits{}, AnalyticsConfiguration: &client.AnalyticsConfiguration{},
			RefreshTokenRotation: &client.RefreshTokenRotation{}}}, nil},
		{"empty lists are present", `{"CallbackURLs": [], "LogoutURLs": [ ]}`,
			R{Settings: S{CallbackURLs: []string{}, LogoutURLs: []string{}}}, nil},
		{"empty string is present", `{"ClientName": ""}`, R{Settings: S{ClientName: dStr("")}}, nil},
		{"false is present", `{"GenerateSecret": false}`, R{GenerateSecret: dBool(false)}, nil},

		// UTF-8.
		{"invalid UTF-8", "{\"ClientName\": \"a\xffb\"}", R{Settings: S{ClientName: dStr("a\xffb")}}, client.Violations{
			bad("ClientName", client.RuleJSONUTF8, "must be valid UTF-8"),
		}},
		{"lone surrogate", `{"ClientName": "a\ud800"}`, R{Settings: S{ClientName: dStr("a\uFFFD")}}, client.Violations{
			bad("ClientName", client.RuleJSONUTF8, `must not contain a lone UTF-16 surrogate escape (\uD800 to \uDFFF without its pair)`),
		}},
		{"surrogate pair", `{"ClientName": "\ud83d\ude42"}`, R{Settings: S{ClientName: dStr("🙂")}}, nil},
		{"invalid UTF-8 in a list", "{\"CallbackURLs\": [\"ok\", \"\xc3\", \"\\udfff\"]}", R{Settings: S{CallbackURLs: []string{"ok", "\xc3", "\uFFFD"}}}, client.Violations{
			bad("CallbackURLs[1]", client.RuleJSONUTF8, "must be valid UTF-8"),
			bad("CallbackURLs[2]", client.RuleJSONUTF8, `must not contain a lone UTF-16 surrogate escape (\uD800 to \uDFFF without its pair)`),
		}},
		{"invalid UTF-8 nested", "{\"TokenValidityUnits\": {\"IdToken\": \"\xff\"}}",
			R{Settings: S{TokenValidityUnits: &client.TokenValidityUnits{IDToken: dStr("\xff")}}}, client.Violations{
				bad("TokenValidityUnits.IdToken", client.RuleJSONUTF8, "must be valid UTF-8"),
			}},
		{"invalid UTF-8 in an unknown name", "{\"\xff\": 1}", R{}, client.Violations{
			bad(`"\xff"`, client.RuleJSONUnknownMember, "is not a member of "+shape),
		}},

		// Malformed JSON: the path is the member whose value holds the error,
		// or the object when the error is between members.
		{"trailing comma", `{"ClientName": "x",}`, R{Settings: S{ClientName: dStr("x")}}, client.Violations{
			syntax("", "malformed JSON at line 1, column 20: trailing comma before '}'"),
		}},
		{"trailing comma in a list", `{"CallbackURLs": ["a",]}`, R{Settings: S{CallbackURLs: []string{"a"}}}, client.Violations{
			syntax("CallbackURLs", "malformed JSON at line 1, column 23: trailing comma before ']'"),
		}},
		{"missing comma between members", `{"ClientName": "x" "Foo": 1}`, R{Settings: S{ClientName: dStr("x")}}, client.Violations{
			syntax("", `malformed JSON at line 1, column 20: invalid character '"' after an object member: expected ',' or '}'`),
		}},
		{"missing comma in a list, line and column", "{\n  \"ClientName\": \"x\",\n  \"CallbackURLs\": [\"a\" \"b\"]\n}",
			R{Settings: S{ClientName: dStr("x"), CallbackURLs: []string{"a"}}}, client.Violations{
				syntax("CallbackURLs", `malformed JSON at line 3, column 24: invalid character '"' after a list element: expected ',' or ']'`),
			}},
		{"column counts characters", `{"ClientName": "héllo wörld" x}`, R{Settings: S{ClientName: dStr("héllo wörld")}}, client.Violations{
			syntax("", `malformed JSON at line 1, column 30: invalid character 'x' after an object member: expected ',' or '}'`),
		}},
		{"error inside an unknown member", `{"ClientName": "x", "Bogus": [1,}`, R{Settings: S{ClientName: dStr("x")}}, client.Violations{
			bad("Bogus", client.RuleJSONUnknownMember, "is not a member of "+shape),
			syntax("Bogus", "malformed JSON at line 1, column 33: invalid character '}' looking for the beginning of a value"),
		}},
		{"error inside a duplicate member", `{"ClientName": "x", "ClientName": tru}`, R{}, client.Violations{
			dup("ClientName"),
			syntax("ClientName", "malformed JSON at line 1, column 35: invalid character 't': expected true or false"),
		}},
		{"error inside a nested object", `{"TokenValidityUnits": {"AccessToken": "hours" "IdToken": "days"}}`,
			R{Settings: S{TokenValidityUnits: &client.TokenValidityUnits{AccessToken: dStr("hours")}}}, client.Violations{
				syntax("TokenValidityUnits", `malformed JSON at line 1, column 48: invalid character '"' after an object member: expected ',' or '}'`),
			}},
		{"error inside a nested member", `{"TokenValidityUnits": {"AccessToken": "hours}}`,
			R{Settings: S{TokenValidityUnits: &client.TokenValidityUnits{}}}, client.Violations{
				syntax("TokenValidityUnits.AccessToken", "malformed JSON at line 1, column 48: unexpected end of input inside a string"),
			}},
		{"error after a nested object", `{"TokenValidityUnits": {}`,
			R{Settings: S{TokenValidityUnits: &client.TokenValidityUnits{}}}, client.Violations{
				syntax("", "malformed JSON at line 1, column 26: unexpected end of input: missing '}'"),
			}},
		{"unterminated string", `{"ClientName": "x`, R{}, client.Violations{
			syntax("ClientName", "malformed JSON at line 1, column 18: unexpected end of input inside a string"),
		}},
		{"control character in a string", "{\"ClientName\": \"a\nb\"}", R{}, client.Violations{
			syntax("ClientName", "malformed JSON at line 1, column 18: control character 0xa in a string: escape it"),
		}},
		{"bad literal", `{"GenerateSecret": tru}`, R{}, client.Violations{
			syntax("GenerateSecret", "malformed JSON at line 1, column 20: invalid character 't': expected true or false"),
		}},
		{"literal with trailing letters", `{"ClientName": nulls}`, R{}, client.Violations{
			syntax("ClientName", "malformed JSON at line 1, column 16: invalid character 'n': expected null"),
		}},
		{"bad number", `{"AccessTokenValidity": -}`, R{}, client.Violations{
			syntax("AccessTokenValidity", "malformed JSON at line 1, column 26: invalid number"),
		}},
		{"single quotes", `{'ClientName': 'x'}`, R{}, client.Violations{
			syntax("", `malformed JSON at line 1, column 2: invalid character '\'': expected a member name in double quotes`),
		}},
		{"bad name after a member", `{"ClientName": "x", 5: 1}`, R{Settings: S{ClientName: dStr("x")}}, client.Violations{
			syntax("", `malformed JSON at line 1, column 21: invalid character '5': expected a member name in double quotes`),
		}},
		{"missing colon", `{"ClientName" "x"}`, R{}, client.Violations{
			syntax("", `malformed JSON at line 1, column 15: invalid character '"': expected ':' after the member name`),
		}},
		{"unclosed", `{"ClientName": "x"`, R{Settings: S{ClientName: dStr("x")}}, client.Violations{
			syntax("", "malformed JSON at line 1, column 19: unexpected end of input: missing '}'"),
		}},
		{"unclosed list", `{"CallbackURLs": ["a"`, R{Settings: S{CallbackURLs: []string{"a"}}}, client.Violations{
			syntax("CallbackURLs", "malformed JSON at line 1, column 22: unexpected end of input: missing ']'"),
		}},
		{"error in a list item", `{"CallbackURLs": ["a", x]}`, R{Settings: S{CallbackURLs: []string{"a"}}}, client.Violations{
			syntax("CallbackURLs", "malformed JSON at line 1, column 24: invalid character 'x' looking for the beginning of a value"),
		}},
		// The root object is the first of MaxDepth levels.
		{"nesting deeper than MaxDepth in an unknown member", deepUnknown + strings.Repeat("[", 600), R{}, client.Violations{
			bad("X", client.RuleJSONUnknownMember, "is not a member of "+shape),
			syntax("X", "malformed JSON at line 1, column 517: nesting deeper than 512 levels"),
		}},
		{"nesting deeper than MaxDepth in a list", `{"CallbackURLs": [` + strings.Repeat("[", 600), R{Settings: S{CallbackURLs: []string{""}}}, client.Violations{
			syntax("CallbackURLs", "malformed JSON at line 1, column 529: nesting deeper than 512 levels"),
		}},
		{"year-0 date crasher is another operation's member", `{"CreationDate": "0000-01-01T00:00:00Z"}`, R{}, client.Violations{
			bad("CreationDate", client.RuleModelOperation, "is not a member of "+shape+": AWS sets it, and it appears only in UserPoolClientType (DescribeUserPoolClient output)"),
		}},
		{"ClientType is output only", `{"ClientType": "DCR"}`, R{}, client.Violations{
			bad("ClientType", client.RuleModelOperation, "is not a member of "+shape+": AWS sets it, and it appears only in UserPoolClientType (DescribeUserPoolClient output)"),
		}},

		// Every member of the operation.
		{"secrets", `{"GenerateSecret": true, "ClientSecret": "s3cr3t"}`, R{GenerateSecret: dBool(true), ClientSecret: dStr("s3cr3t")}, nil},
	}
	for _, tt := range tests {
		runDecode(t, tt.name, tt.in, client.DecodeCreate, tt.want, tt.vs)
	}
}

func TestDecodeUpdate(t *testing.T) {
	type R = client.UpdateRequest
	type S = client.Settings
	const shape = "UpdateUserPoolClientRequest"
	tests := []struct {
		name, in string
		want     R
		vs       client.Violations
	}{
		{"empty input", ``, R{}, client.Violations{syntax("", "the input is empty: expected a JSON object")}},
		{"white space only", "\n\n", R{}, client.Violations{syntax("", "the input is empty: expected a JSON object")}},
		{"top-level list", `[]`, R{}, client.Violations{typ("", "the document must be a JSON object ("+shape+"), not a list")}},
		{"client id", `{"UserPoolId": "us-east-1_Ab12Cd34E", "ClientId": "abc123", "ClientName": "x"}`,
			R{Settings: S{UserPoolID: dStr("us-east-1_Ab12Cd34E"), ClientName: dStr("x")}, ClientID: dStr("abc123")}, nil},
		{"client id as a number", `{"ClientId": 123}`, R{}, client.Violations{typ("ClientId", "must be a string, not a number")}},
		{"create-only members", `{"GenerateSecret": true, "ClientSecret": "s3cr3t-value", "CreationDate": 5}`, R{}, client.Violations{
			bad("GenerateSecret", client.RuleModelOperation, "is not a member of "+shape+": it exists only on CreateUserPoolClient; "+
				"add or remove the secrets of an existing client with AddUserPoolClientSecret and DeleteUserPoolClientSecret"),
			bad("ClientSecret", client.RuleModelOperation, "is not a member of "+shape+": a custom secret can be set only on CreateUserPoolClient; "+
				"add one to an existing client with AddUserPoolClientSecret"),
			bad("CreationDate", client.RuleModelOperation, "is not a member of "+shape+": AWS sets it, and it appears only in UserPoolClientType (DescribeUserPoolClient output)"),
		}},
		{"unknown member", `{"Callbackurls": []}`, R{}, client.Violations{
			bad("Callbackurls", client.RuleJSONUnknownMember, `is not a member of `+shape+`: did you mean "CallbackURLs"? (member names are case-sensitive)`),
		}},
		{"duplicate client id", `{"ClientId": "a", "ClientId": "b"}`, R{ClientID: dStr("b")}, client.Violations{
			dup("ClientId"),
		}},
		{"wrong types", `{"AccessTokenValidity": "60", "IdTokenValidity": 1e2, "LogoutURLs": [null], "EnableTokenRevocation": "yes"}`,
			R{Settings: S{LogoutURLs: []string{""}}}, client.Violations{
				typ("AccessTokenValidity", "must be an integer, not a string"),
				typ("IdTokenValidity", "must be an integer without a fraction or exponent (got 1e2)"),
				nullItem("LogoutURLs[0]"),
				typ("EnableTokenRevocation", "must be a boolean, not a string"),
			}},
		{"presence", `{"TokenValidityUnits": {}, "CallbackURLs": []}`,
			R{Settings: S{TokenValidityUnits: &client.TokenValidityUnits{}, CallbackURLs: []string{}}}, nil},
		{"null is a type error", `{"ClientId": "a", "LogoutURLs": null}`, R{ClientID: dStr("a")}, client.Violations{nullType("LogoutURLs", "a list")}},
		{"lone surrogate in client id", `{"ClientId": "\udc00"}`, R{ClientID: dStr("\uFFFD")}, client.Violations{
			bad("ClientId", client.RuleJSONUTF8, `must not contain a lone UTF-16 surrogate escape (\uD800 to \uDFFF without its pair)`),
		}},
		{"malformed", `{"ClientId": "a",, }`, R{ClientID: dStr("a")}, client.Violations{
			syntax("", "malformed JSON at line 1, column 18: invalid character ',': expected a member name in double quotes"),
		}},
	}
	for _, tt := range tests {
		runDecode(t, tt.name, tt.in, client.DecodeUpdate, tt.want, tt.vs)
	}
}

func TestDecodeUserPoolClient(t *testing.T) {
	type R = client.UserPoolClient
	type S = client.Settings
	const shape = "UserPoolClientType"
	const dateMsg = "must be a timestamp in epoch seconds between the years 1 and 9999, with at most nine fraction digits (got "
	const isoMsg = "must be a timestamp: epoch seconds or an ISO-8601 date-time such as 2026-01-02T15:04:05Z (got "
	tests := []struct {
		name, in string
		want     R
		vs       client.Violations
	}{
		{"empty input", ``, R{}, client.Violations{syntax("", "the input is empty: expected a JSON object")}},
		{"white space only", "\t", R{}, client.Violations{syntax("", "the input is empty: expected a JSON object")}},
		{"top-level list", `[{"UserPoolClient": {}}]`, R{}, client.Violations{typ("", "the document must be a JSON object ("+shape+"), not a list")}},
		{"wrapper", `{"UserPoolClient": {"ClientName": "x", "ClientId": "abc"}}`, R{Settings: S{ClientName: dStr("x")}, ClientID: dStr("abc")}, nil},
		{"bare object", `{"ClientName": "x", "ClientId": "abc", "ClientSecret": "s"}`,
			R{Settings: S{ClientName: dStr("x")}, ClientID: dStr("abc"), ClientSecret: dStr("s")}, nil},
		{"empty wrapper", `{"UserPoolClient": {}}`, R{}, nil},
		{"client type", `{"UserPoolClient": {"ClientType": "DCR"}}`, R{ClientType: dStr("DCR")}, nil},
		{"client type as a number", `{"ClientType": 1}`, R{}, client.Violations{typ("ClientType", "must be a string, not a number")}},
		{"null wrapper", `{"UserPoolClient": null}`, R{}, nil},
		// DescribeUserPoolClient output never has null; where it does, it is absent.
		{"null members are absent", `{"UserPoolClient": {"ClientName": null, "CallbackURLs": null, "TokenValidityUnits": {"AccessToken": null}}}`,
			R{Settings: S{TokenValidityUnits: &client.TokenValidityUnits{}}}, nil},
		{"a null list item is no string, but the AWS CLI is not involved", `{"UserPoolClient": {"CallbackURLs": [null]}}`,
			R{Settings: S{CallbackURLs: []string{""}}}, client.Violations{typ("UserPoolClient.CallbackURLs[0]", "must be a string, not null")}},
		{"wrapper is a number", `{"UserPoolClient": 5}`, R{}, client.Violations{typ("UserPoolClient", "must be an object, not a number")}},
		{"wrapper is a list", `{"UserPoolClient": [{}]}`, R{}, client.Violations{typ("UserPoolClient", "must be an object, not a list")}},
		{"boto3's ResponseMetadata is ignored", `{"UserPoolClient": {"ClientName": "x"}, "ResponseMetadata": {"RequestId": "1", "HTTPStatusCode": 200}}`,
			R{Settings: S{ClientName: dStr("x")}}, nil},
		{"ResponseMetadata first", `{"ResponseMetadata": [1, {"a": null}], "UserPoolClient": {"ClientName": "x"}}`,
			R{Settings: S{ClientName: dStr("x")}}, nil},
		{"unknown top-level member", `{"UserPoolClient": {"ClientName": "x"}, "Metadata": {"RequestId": "1"}}`, R{Settings: S{ClientName: dStr("x")}}, client.Violations{
			bad("Metadata", client.RuleJSONUnknownMember, "is not a member of DescribeUserPoolClientResponse"),
		}},
		{"unknown top-level member first", `{"ClientName": "x", "UserPoolClient": {}}`, R{}, client.Violations{
			bad("ClientName", client.RuleJSONUnknownMember, "is not a member of DescribeUserPoolClientResponse"),
		}},
		{"duplicate wrapper: the last one replaces the first whole", `{"UserPoolClient": {"ClientName": "a", "ClientId": "x"}, "UserPoolClient": {"ClientName": "b"}}`, R{Settings: S{ClientName: dStr("b")}}, client.Violations{
			dup("UserPoolClient"),
		}},
		{"paths inside the wrapper", `{"UserPoolClient": {"CallbackUrls": [], "CallbackURLs": [1], "TokenValidityUnits": {"Bogus": 1, "AccessToken": 5, "IdToken": "a", "IdToken": "b"}}}`,
			R{Settings: S{CallbackURLs: []string{""}, TokenValidityUnits: &client.TokenValidityUnits{IDToken: dStr("b")}}}, client.Violations{
				bad("UserPoolClient.CallbackUrls", client.RuleJSONUnknownMember, `is not a member of `+shape+`: did you mean "CallbackURLs"? (member names are case-sensitive)`),
				typ("UserPoolClient.CallbackURLs[0]", "must be a string, not a number"),
				client.Violation{Path: "UserPoolClient.TokenValidityUnits.Bogus", Rule: client.RuleJSONNewerMember, Severity: client.Warning,
					Message: "is not a member of TokenValidityUnitsType in the AWS model this version of appclient knows: AWS has added it since, and its value is not checked; upgrade appclient"},
				typ("UserPoolClient.TokenValidityUnits.AccessToken", "must be a string, not a number"),
				dup("UserPoolClient.TokenValidityUnits.IdToken"),
			}},
		{"create-only member inside the wrapper", `{"UserPoolClient": {"GenerateSecret": true}}`, R{}, client.Violations{
			bad("UserPoolClient.GenerateSecret", client.RuleModelOperation, "is not a member of "+shape+": it exists only on CreateUserPoolClient; "+
				"add or remove the secrets of an existing client with AddUserPoolClientSecret and DeleteUserPoolClientSecret"),
		}},
		{"malformed inside the wrapper", "{\"UserPoolClient\": {\n\"ClientName\": \"x\",\n}}", R{Settings: S{ClientName: dStr("x")}}, client.Violations{
			syntax("UserPoolClient", "malformed JSON at line 3, column 1: trailing comma before '}'"),
		}},
		{"wrapper not closed", `{"UserPoolClient": {"ClientName": "a"}`, R{Settings: S{ClientName: dStr("a")}}, client.Violations{
			syntax("", "malformed JSON at line 1, column 39: unexpected end of input: missing '}'"),
		}},

		// Dates.
		{"epoch dates", `{"CreationDate": 1767225600, "LastModifiedDate": 0}`,
			R{CreationDate: dTime(t, "2026-01-01T00:00:00Z"), LastModifiedDate: dTime(t, "1970-01-01T00:00:00Z")}, nil},
		{"epoch dates with fractions", `{"UserPoolClient": {"CreationDate": 1767225600.123, "LastModifiedDate": 1767225600.123456789}}`,
			R{CreationDate: dTime(t, "2026-01-01T00:00:00.123Z"), LastModifiedDate: dTime(t, "2026-01-01T00:00:00.123456789Z")}, nil},
		{"negative epoch dates", `{"CreationDate": -1.5, "LastModifiedDate": -86400}`,
			R{CreationDate: dTime(t, "1969-12-31T23:59:58.5Z"), LastModifiedDate: dTime(t, "1969-12-31T00:00:00Z")}, nil},
		{"negative epoch below one second", `{"CreationDate": -0.25, "LastModifiedDate": -0}`,
			R{CreationDate: dTime(t, "1969-12-31T23:59:59.75Z"), LastModifiedDate: dTime(t, "1970-01-01T00:00:00Z")}, nil},
		{"epoch limits", `{"CreationDate": -62135596800, "LastModifiedDate": 253402300799.999999999}`,
			R{CreationDate: dTime(t, "0001-01-01T00:00:00Z"), LastModifiedDate: dTime(t, "9999-12-31T23:59:59.999999999Z")}, nil},
		{"epoch out of range", `{"CreationDate": -62135596801, "LastModifiedDate": 253402300800}`, R{}, client.Violations{
			typ("CreationDate", dateMsg+"-62135596801)"),
			typ("LastModifiedDate", dateMsg+"253402300800)"),
		}},
		{"epoch with ten fraction digits", `{"CreationDate": 1.0000000001}`, R{}, client.Violations{typ("CreationDate", dateMsg+"1.0000000001)")}},
		{"epoch with an exponent", `{"CreationDate": 1.7e9}`, R{}, client.Violations{typ("CreationDate", dateMsg+"1.7e9)")}},
		{"ISO dates", `{"CreationDate": "2026-01-02T15:04:05Z", "LastModifiedDate": "2026-01-02T15:04:05.123456+05:30"}`,
			R{CreationDate: dTime(t, "2026-01-02T15:04:05Z"), LastModifiedDate: dTime(t, "2026-01-02T09:34:05.123456Z")}, nil},
		{"ISO date with a negative offset", `{"UserPoolClient": {"CreationDate": "2025-12-31T23:00:00-08:00"}}`,
			R{CreationDate: dTime(t, "2026-01-01T07:00:00Z")}, nil},
		{"garbage date strings", `{"CreationDate": "yesterday", "LastModifiedDate": "2026-01-02"}`, R{}, client.Violations{
			typ("CreationDate", isoMsg+`"yesterday")`),
			typ("LastModifiedDate", isoMsg+`"2026-01-02")`),
		}},
		{"empty date string", `{"CreationDate": ""}`, R{}, client.Violations{typ("CreationDate", isoMsg+`"")`)}},
		// Found by FuzzDecodeCheck: year 0 parsed as ISO-8601 but could not be
		// written back as epoch seconds, so decode→encode→decode failed.
		{"ISO date in year 0", `{"CreationDate": "0000-01-01T00:00:00Z"}`, R{}, client.Violations{typ("CreationDate", isoMsg+`"0000-01-01T00:00:00Z")`)}},
		{"ISO date in year 10000 UTC", `{"CreationDate": "9999-12-31T23:59:59-01:00"}`, R{}, client.Violations{typ("CreationDate", isoMsg+`"9999-12-31T23:59:59-01:00")`)}},
		{"date as a boolean", `{"CreationDate": true}`, R{}, client.Violations{typ("CreationDate", "must be a timestamp (epoch seconds or an ISO-8601 string), not a boolean")}},
		{"null date", `{"CreationDate": null}`, R{}, nil},
		{"date with invalid UTF-8", "{\"CreationDate\": \"\xff\"}", R{}, client.Violations{
			bad("CreationDate", client.RuleJSONUTF8, "must be valid UTF-8"),
			typ("CreationDate", isoMsg+`"\xff")`),
		}},
		{"malformed date", `{"CreationDate": 1.}`, R{}, client.Violations{
			syntax("CreationDate", "malformed JSON at line 1, column 20: invalid number: a digit must follow '.'"),
		}},
	}
	for _, tt := range tests {
		runDecode(t, tt.name, tt.in, client.DecodeUserPoolClient, tt.want, tt.vs)
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		in      string
		want    client.Op
		wrapped bool
	}{
		{``, client.Create, false},
		{`[]`, client.Create, false},
		{`{}`, client.Create, false},
		{`{"ClientName": "x"}`, client.Create, false},
		{`{"ClientId": "x"}`, client.Update, false},
		{`{"ClientName": "x", "ClientId": null}`, client.Update, false},
		{`{"TokenValidityUnits": {"ClientId": 1}}`, client.Create, false},
		{`{"UserPoolClient": {}}`, client.Describe, true},
		{`{"ClientId": "x", "UserPoolClient": 5}`, client.Describe, true},
		// A bare UserPoolClientType, as "--query UserPoolClient" saves it:
		// AWS's output always has both dates, and no request has either.
		{`{"ClientId": "x", "ClientName": "a", "LastModifiedDate": 1, "CreationDate": 1}`, client.Describe, false},
		{`{"CreationDate": 1, "LastModifiedDate": 1, "UserPoolClient": {}}`, client.Describe, true},
		{`{"ClientId": "x", "CreationDate": 1}`, client.Update, false},
		{`{"ClientName": "x", "LastModifiedDate": 1, "ClientType": "REGULAR"}`, client.Create, false},
		{`{"clientid": "x"}`, client.Create, false},
		{`{"Client\u0049d": "x"}`, client.Update, false},
		{`{"A": [}, "UserPoolClient": {}}`, client.Create, false},
		{`{"ClientId": "x", `, client.Update, false},
	}
	for _, tt := range tests {
		if got := client.Detect([]byte(tt.in)); got != tt.want {
			t.Errorf("Detect(%s) = %v; want %v", tt.in, got, tt.want)
		}
		if got := client.Wrapped([]byte(tt.in)); got != tt.wrapped {
			t.Errorf("Wrapped(%s) = %v; want %v", tt.in, got, tt.wrapped)
		}
	}
}

// decModelOnly keeps the violations of the json and model families, which the
// decoder and the model rules own; service rules may add others.
func decModelOnly(vs client.Violations) client.Violations {
	var out client.Violations
	for _, v := range vs {
		if strings.HasPrefix(string(v.Rule), "json.") || strings.HasPrefix(string(v.Rule), "model.") {
			out = append(out, v)
		}
	}
	return out
}

func TestDecodeCheck(t *testing.T) {
	tests := []struct {
		name   string
		op     client.Op
		in     string
		wantOp client.Op
		want   client.Violations
	}{
		{"decode violations first, no repeats", client.Auto,
			`{"UserPoolId": "us-east-1_Ab12Cd34E", "ClientName": 5, "AccessTokenValidity": 0, "TokenValidityUnits": {"AccessToken": 5}}`,
			client.Create, client.Violations{
				typ("ClientName", "must be a string, not a number"),
				typ("TokenValidityUnits.AccessToken", "must be a string, not a number"),
				// model.required for ClientName is left out: it failed to decode.
				bad("AccessTokenValidity", client.RuleModelRange, "must be between 1 and 86400 (got 0)"),
			}},
		{"a list item that failed to decode is not checked again", client.Create,
			`{"UserPoolId": "us-east-1_Ab12Cd34E", "ClientName": "x", "AllowedOAuthFlows": ["code", 5, "code", "nope"]}`,
			client.Create, client.Violations{
				typ("AllowedOAuthFlows[1]", "must be a string, not a number"),
				bad("AllowedOAuthFlows", client.RuleModelItems, "must have at most 3 items (got 4)"),
				bad("AllowedOAuthFlows[3]", client.RuleModelEnum, `"nope" is not a valid value: must be one of code, implicit, client_credentials`),
			}},
		{"malformed JSON is not checked", client.Auto, `{"ClientName": 5,`, client.Create, client.Violations{
			typ("ClientName", "must be a string, not a number"),
			syntax("", "malformed JSON at line 1, column 18: unexpected end of input: expected a member name in double quotes"),
		}},
		{"update detected", client.Auto, `{"UserPoolId": "us-east-1_Ab12Cd34E", "ClientId": "abc", "GenerateSecret": true}`, client.Update, client.Violations{
			bad("GenerateSecret", client.RuleModelOperation, "is not a member of UpdateUserPoolClientRequest: it exists only on CreateUserPoolClient; "+
				"add or remove the secrets of an existing client with AddUserPoolClientSecret and DeleteUserPoolClientSecret"),
		}},
		{"describe paths carry the wrapper", client.Auto, `{"UserPoolClient": {"ClientName": "", "IdTokenValidity": "1", "AccessTokenValidity": 0}}`,
			client.Describe, client.Violations{
				typ("UserPoolClient.IdTokenValidity", "must be an integer, not a string"),
				bad("UserPoolClient.ClientName", client.RuleModelLength, "must not be empty"),
				bad("UserPoolClient.AccessTokenValidity", client.RuleModelRange, "must be between 1 and 86400 (got 0)"),
			}},
		{"describe, bare object", client.Describe, `{"AccessTokenValidity": 0}`, client.Describe, client.Violations{
			bad("AccessTokenValidity", client.RuleModelRange, "must be between 1 and 86400 (got 0)"),
		}},
		{"invalid UTF-8 is reported once", client.Create, "{\"UserPoolId\": \"us-east-1_Ab12Cd34E\", \"ClientName\": \"\xff\"}", client.Create, client.Violations{
			bad("ClientName", client.RuleJSONUTF8, "must be valid UTF-8"),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			op, vs := client.DecodeCheck([]byte(tt.in), tt.op)
			if op != tt.wantOp {
				t.Errorf("op = %v; want %v", op, tt.wantOp)
			}
			if diff := cmp.Diff(tt.want, decModelOnly(vs)); diff != "" {
				t.Errorf("DecodeCheck(%s) (-want +got):\n%s", tt.in, diff)
			}
			// Decoding violations come first.
			seenCheck := false
			for _, v := range vs {
				decodeRule := strings.HasPrefix(string(v.Rule), "json.") || v.Rule == client.RuleModelOperation
				if seenCheck && decodeRule && v.Rule != client.RuleJSONUTF8 {
					t.Errorf("decoding violation %v after a Check violation", v)
				}
				if !decodeRule {
					seenCheck = true
				}
			}
		})
	}
}

// Describe output saved with "--query UserPoolClient" has no wrapper: Auto
// reads it as describe output, by its two dates, instead of as an update
// with three members of another operation.
func TestDecodeCheckBareDescribe(t *testing.T) {
	doc := `{"UserPoolId": "us-east-1_Ab12", "ClientName": "web", "ClientId": "abc123", "ClientSecret": "` +
		strings.Repeat("s", 30) + `", "LastModifiedDate": 1767225600, "CreationDate": 1767225600, "ClientType": "REGULAR",
		"PreventUserExistenceErrors": "ENABLED"}`
	op, vs := client.DecodeCheck([]byte(doc), client.Auto)
	if op != client.Describe {
		t.Errorf("op = %v; want describe", op)
	}
	if len(vs) != 0 {
		t.Errorf("violations: %v", vs)
	}
	op, vs = client.DecodeCheck([]byte(doc), client.Update)
	if op != client.Update || len(decModelOnly(vs)) != 4 {
		t.Errorf("--op update: %v %v; want four model.operation errors (ClientSecret and the three members AWS sets)", op, vs)
	}
}
