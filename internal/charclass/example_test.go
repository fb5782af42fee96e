package charclass_test

import (
	"fmt"

	"github.com/cognitokit/appclient/internal/charclass"
)

func Example() {
	fmt.Println(charclass.ClientName.Match("My App"))
	fmt.Println(charclass.ClientName.Match("café"))

	r, at, ok := charclass.ClientName.BadRune("café")
	fmt.Printf("%v: %q at byte %d (%v); allowed: %s\n", charclass.ClientName, r, at, ok, charclass.ClientName.Allowed())

	// All runes are allowed, but the structure is wrong.
	fmt.Println(charclass.UserPoolID.Match("us-east-1"))
	fmt.Println(charclass.UserPoolID.BadRune("us-east-1"))
	// Output:
	// true
	// false
	// ClientNameType: 'é' at byte 3 (true); allowed: ASCII letters, digits, spaces, tabs, line breaks and the characters _+=,.@-
	// false
	// 0 0 false
}
