package urls_test

import (
	"fmt"

	"github.com/cognitokit/appclient/urls"
)

func ExampleRedirect() {
	for _, s := range []string{
		"https://app.example.com/callback",
		"http://localhost:3000/callback",
		"http://app.example.com/callback",
		"https://app.example.com/callback#done",
		"myapp://callback",
	} {
		info, p := urls.Redirect(s)
		if p != urls.OK {
			fmt.Printf("%s %s\n", s, p)
			continue
		}
		fmt.Printf("%s ok (host %q, loopback %v, app scheme %v)\n", s, info.Host, info.Loopback(), info.AppScheme())
	}
	// Output:
	// https://app.example.com/callback ok (host "app.example.com", loopback false, app scheme false)
	// http://localhost:3000/callback ok (host "localhost", loopback true, app scheme false)
	// http://app.example.com/callback must use HTTPS (plain HTTP is allowed only for localhost, 127.0.0.1 and [::1])
	// https://app.example.com/callback#done must not include a fragment (#)
	// myapp://callback ok (host "callback", loopback false, app scheme true)
}
