package client_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cognitokit/appclient/client"
)

// TestSyntaxErrorLineEnds: the text of a syntax error counts lines as SARIF
// and editors do, whatever ends them.
func TestSyntaxErrorLineEnds(t *testing.T) {
	for _, nl := range []string{"\n", "\r\n", "\r"} {
		in := strings.ReplaceAll("{\n  \"ClientName\": \"café\",\n  \"UserPoolId\": tru\n}", "\n", nl)
		_, vs := client.DecodeCheck([]byte(in), client.Create)
		want := client.Violations{syntax("UserPoolId", "malformed JSON at line 3, column 17: invalid character 't': expected true or false")}
		if diff := cmp.Diff(want, vs); diff != "" {
			t.Errorf("%q (-want +got):\n%s", nl, diff)
		}
	}
}

// TestDecodeCheckLeavesOutRepeats: Check's findings at a value that failed
// to decode, or inside it, are left out; the rest are kept.
func TestDecodeCheckLeavesOutRepeats(t *testing.T) {
	const head = `"UserPoolId": "us-east-1_Ab12Cd34E", "ClientName": "web", "PreventUserExistenceErrors": "ENABLED", `
	unknown := strings.Repeat(`"x": 1, `, 11) // one more than are listed: a count line
	tests := []struct {
		name string
		in   string
		want []string // "RULE PATH"
	}{
		{"an item of the wrong type, not its siblings",
			`{` + head + `"AllowedOAuthFlowsUserPoolClient": true, "AllowedOAuthFlows": ["code"], "AllowedOAuthScopes": ["openid"], "CallbackURLs": [5, "http://a.example.com/cb"]}`,
			[]string{"json.type CallbackURLs[0]", "urls.https CallbackURLs[1]"}},
		{"a list whose failed items are counted: everything in it",
			`{` + head + `"CallbackURLs": [` + strings.Repeat(`1, `, 11) + `"http://a.example.com/cb"]}`,
			append(each(10, func(i int) string { return "json.type CallbackURLs[" + strconv.Itoa(i) + "]" }), "json.type CallbackURLs")},
		{"a list of the wrong type, then repeated",
			`{` + head + `"CallbackURLs": 5, "CallbackURLs": ["http://a.example.com/cb"]}`,
			[]string{"json.type CallbackURLs", "json.duplicate-member CallbackURLs"}},
		{"an object of the wrong type, then repeated",
			`{` + head + `"TokenValidityUnits": 5, "TokenValidityUnits": {"AccessToken": "weeks"}}`,
			[]string{"json.type TokenValidityUnits", "json.duplicate-member TokenValidityUnits"}},
		{"an object whose unknown members are counted: everything in it",
			`{` + head + `"TokenValidityUnits": {` + unknown + `"AccessToken": "weeks"}}`,
			append(each(10, func(int) string { return "json.unknown-member TokenValidityUnits.x" }), "json.unknown-member TokenValidityUnits")},
		{"unknown members counted at the top: Check's findings stay",
			`{` + head + unknown + `"AccessTokenValidity": 0}`,
			append(each(10, func(int) string { return "json.unknown-member x" }), "json.unknown-member ", "model.range AccessTokenValidity")},
		{"a describe document whose UserPoolClient is not an object: nothing of Check's",
			`{"UserPoolClient": 5}`,
			[]string{"json.type UserPoolClient"}},
		{"an unknown member named like a path hides nothing",
			`{` + head + `"TokenValidityUnits.AccessToken": 1, "TokenValidityUnits": {"AccessToken": "weeks"}}`,
			[]string{"json.unknown-member TokenValidityUnits.AccessToken", "model.enum TokenValidityUnits.AccessToken"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, vs := client.DecodeCheck([]byte(tt.in), client.Auto)
			var got []string
			for _, v := range vs {
				got = append(got, string(v.Rule)+" "+v.Path)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("DecodeCheck(%s) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func each(n int, f func(int) string) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = f(i)
	}
	return out
}
