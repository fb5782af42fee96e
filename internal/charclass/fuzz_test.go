package charclass_test

import (
	"testing"
	"unicode/utf8"

	"github.com/cognitokit/appclient/internal/charclass"
)

func FuzzMatch(f *testing.F) {
	for _, tc := range matchCases {
		f.Add(uint8(tc.class), tc.in)
	}
	f.Fuzz(func(t *testing.T, class uint8, s string) {
		c := charclass.Class(class % uint8(len(allClasses)))
		got := c.Match(s) // must not panic
		if c == charclass.None {
			if !got {
				t.Fatalf("None.Match(%q) = false", s)
			}
			if _, _, ok := c.BadRune(s); ok {
				t.Fatalf("None.BadRune(%q) ok", s)
			}
			return
		}
		if !utf8.ValidString(s) {
			if got {
				t.Fatalf("%v.Match(%q) = true for invalid UTF-8", c, s)
			}
		} else if want := compiled[c].MatchString(s); got != want {
			t.Fatalf("%v.Match(%q) = %v, RE2 %v", c, s, got, want)
		}
		checkBadRune(t, c, s)
	})
}
