package units_test

import (
	"fmt"

	"github.com/cognitokit/appclient/units"
)

func Example() {
	tok := units.AccessToken
	for _, v := range []struct {
		value int64
		unit  string
	}{{60, "minutes"}, {60, "hours"}, {2147483647, "days"}} {
		s, _ := units.Lifetime(v.value, v.unit)
		lo, hi := tok.Bounds()
		fmt.Printf("%s %s: in range %v (%s..%s)\n",
			tok, units.Format(v.value, v.unit), s >= lo && s <= hi,
			units.FormatSeconds(lo), units.FormatSeconds(hi))
	}
	// Output:
	// access token 60 minutes: in range true (5 minutes..1 day)
	// access token 60 hours: in range false (5 minutes..1 day)
	// access token 2147483647 days: in range false (5 minutes..1 day)
}
