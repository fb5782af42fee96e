package client

import (
	"testing"

	"github.com/cognitokit/appclient/internal/spec"
)

// TestPresentSetsEachMembersBit: a create request with one member sets that
// member's bit in present, and only it (and always), for every member that
// has a bit.
func TestPresentSetsEachMembersBit(t *testing.T) {
	samples := map[spec.Kind]string{
		spec.String: `"x"`, spec.Enum: `"x"`, spec.Integer: `1`, spec.Boolean: `true`,
		spec.List: `["x"]`, spec.Structure: `{}`,
	}
	for name, bit := range memberBits {
		m, ok := spec.CreateUserPoolClientRequest.Lookup(name)
		if !ok {
			t.Errorf("%s has a bit but is not a member of CreateUserPoolClientRequest", name)
			continue
		}
		r, vs := DecodeCreate([]byte(`{"` + name + `":` + samples[m.Shape.Kind] + `}`))
		if len(vs) != 0 {
			t.Fatalf("%s: %v", name, vs)
		}
		p := pass{Settings: r.Settings, op: Create, generateSecret: r.GenerateSecret, clientSecret: r.ClientSecret}
		if got := p.present(); got != bit|always {
			t.Errorf("present() with only %s = %b, want %b", name, got, bit|always)
		}
	}
	var none pass
	if got := none.present(); got != always {
		t.Errorf("present() with no member = %b, want only always", got)
	}
}
