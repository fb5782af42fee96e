package client

import (
	"testing"

	"github.com/cognitokit/appclient/internal/spec"
)

// TestEmptyStringBreaksEveryPattern audits every string shape of the model:
// when its pattern needs a character, "" is an error, reported once, by
// model.length when the shape has a minimum length and by model.pattern
// otherwise (HexStringType has no minimum).
func TestEmptyStringBreaksEveryPattern(t *testing.T) {
	for _, s := range spec.Shapes() {
		if s.Kind != spec.String || s.Pattern.Match("") {
			continue
		}
		c := checker{}
		c.value("M", -1, "", s)
		want := RuleModelPattern
		if s.Min > 0 {
			want = RuleModelLength
		}
		if len(c.out) != 1 || c.out[0].Rule != want {
			t.Errorf("%s: \"\" gives %v; want one %s", s.Name, c.out, want)
		}
	}
}
