package charclass_test

import (
	"testing"
	"unicode/utf8"

	"pgregory.net/rapid"

	"github.com/cognitokit/appclient/internal/charclass"
)

// Scan must agree with Match and with utf8.RuneCountInString.
func TestScanAgreesWithMatch(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.OneOf(rapid.String(), rapid.StringMatching(`[a-zA-Z0-9_:+=/,.@ -]{0,40}`),
			rapid.Just("us-east-1_Ab12"), rapid.Just("arn:aws:iam::1:role/x"), rapid.Just("a\xffb")).Draw(t, "s")
		for _, c := range allClasses {
			n, ok := c.Scan(s)
			want := c.Match(s)
			if c == charclass.None {
				want = utf8.ValidString(s)
			}
			if ok != want {
				t.Fatalf("%v.Scan(%q) ok = %v, want %v", c, s, ok, want)
			}
			if ok && n != utf8.RuneCountInString(s) {
				t.Fatalf("%v.Scan(%q) n = %d, want %d", c, s, n, utf8.RuneCountInString(s))
			}
		}
	})
}

func TestScanAllocatesNothing(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { charclass.RedirectURL.Scan("https://bücher.example/cb") }); n != 0 {
		t.Errorf("Scan allocates %v times", n)
	}
}
