package flows_test

import (
	"fmt"

	"github.com/cognitokit/appclient/flows"
)

func Example() {
	for _, f := range []string{"USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "allow_user_srp_auth"} {
		if !flows.KnownAuthFlow(f) {
			fmt.Printf("%s: unknown\n", f)
			continue
		}
		if m, ok := flows.Modern(f); ok {
			fmt.Printf("%s: legacy, use %s\n", f, m)
			continue
		}
		fmt.Printf("%s: ok\n", f)
	}
	// Output:
	// USER_PASSWORD_AUTH: legacy, use ALLOW_USER_PASSWORD_AUTH
	// ALLOW_USER_SRP_AUTH: ok
	// allow_user_srp_auth: unknown
}
