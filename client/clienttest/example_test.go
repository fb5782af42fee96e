package clienttest_test

import (
	"fmt"
	"testing"

	"pgregory.net/rapid"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/clienttest"
)

// Example draws a valid request and one that breaks a named rule. In a test,
// draw from the generators inside rapid.Check, as checkEquivalent does below.
func Example() {
	valid := clienttest.Create().Example(1)
	fmt.Println("valid has errors:", valid.Check().HasErrors())

	broken := clienttest.Breaking(client.RuleURLsHTTPS).Example(1)
	for _, v := range broken.Check().OnlyErrors() {
		fmt.Println("broken:", v.Rule)
	}
	// Output:
	// valid has errors: false
	// broken: urls.https
}

// checkEquivalent is the shape of a property test with these generators.
func checkEquivalent(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := clienttest.Update().Draw(t, "request")
		n := r.Normalize()
		if !n.Equivalent(r) {
			t.Fatalf("%v is not Equivalent to its canonical form", r)
		}
	})
}

func TestCheckEquivalent(t *testing.T) { checkEquivalent(t) }
