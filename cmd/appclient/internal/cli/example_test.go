package cli_test

import (
	"fmt"
	"os"

	"github.com/cognitokit/appclient/cmd/appclient/internal/cli"
)

// ExampleRun validates a create request with several mistakes. It runs from
// the repository root (see TestMain).
func ExampleRun() {
	code := cli.Run([]string{"validate", "testdata/examples/broken.json"}, nil, os.Stdout, os.Stdout)
	fmt.Println("exit", code)
	// Output:
	// testdata/examples/broken.json: AccessTokenValidity: must be an integer, not a string [json.type]
	// testdata/examples/broken.json: CallbackUrls: is not a member of CreateUserPoolClientRequest: did you mean "CallbackURLs"? (member names are case-sensitive) [json.unknown-member]
	// testdata/examples/broken.json: ClientName: contains 'é' (U+00E9) at character 4, which is not allowed; must match the ClientNameType pattern ^[\w\s+=,.@-]+$: ASCII letters, digits, spaces, tabs, line breaks and the characters _+=,.@- [model.pattern]
	// testdata/examples/broken.json: TokenValidityUnits.AccessToken: "Hours" is not a valid value: must be one of seconds, minutes, hours, days (values are case-sensitive: did you mean "hours"?) [model.enum]
	// testdata/examples/broken.json: AllowedOAuthFlows: must have at most 3 items (got 4) [model.items]
	// testdata/examples/broken.json: AllowedOAuthScopes[1]: contains U+0020 at character 6, which is not allowed; must match the ScopeType pattern ^[\x21\x23-\x5B\x5D-\x7E]+$: printable ASCII characters except space, " and \ [model.pattern]
	// testdata/examples/broken.json: AllowedOAuthFlows: client_credentials must be the only OAuth flow: remove "code" and "implicit" or move them to another app client [oauth.client-credentials-alone]
	// testdata/examples/broken.json: AllowedOAuthScopes[0]: "openid" is not supported with the client_credentials flow: use resource-server scopes (server/name) only [oauth.client-credentials-scopes]
	// testdata/examples/broken.json: CallbackURLs: must list at least one URL when AllowedOAuthFlows includes code or implicit [oauth.callbacks-required]
	// testdata/examples/broken.json: AllowedOAuthFlows[1]: warning: the implicit grant returns tokens in the redirect URL: use code (with PKCE) instead (RFC 9700) [oauth.implicit]
	// testdata/examples/broken.json: PreventUserExistenceErrors: warning: is absent, so it is LEGACY: sign-in errors reveal whether a user exists; set it to ENABLED [security.user-existence-errors]
	// testdata/examples/broken.json: AllowedOAuthFlows[3]: warning: repeats AllowedOAuthFlows[0] [lists.duplicate]
	// exit 1
}
