package client_test

import (
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
