package scopes_test

import (
	"fmt"

	"github.com/cognitokit/appclient/scopes"
)

func Example() {
	for _, s := range []string{"openid", "https://api.example.com/v1/read", "offline_access", "api/"} {
		switch kind, server, name := scopes.Parse(s); kind {
		case scopes.StandardScope:
			fmt.Printf("%s: standard\n", name)
		case scopes.CustomScope:
			fmt.Printf("%s: scope %q of resource server %q\n", s, name, server)
		default:
			fmt.Printf("%s: cannot exist in any pool\n", s)
		}
	}
	// Output:
	// openid: standard
	// https://api.example.com/v1/read: scope "read" of resource server "https://api.example.com/v1"
	// offline_access: cannot exist in any pool
	// api/: cannot exist in any pool
}
