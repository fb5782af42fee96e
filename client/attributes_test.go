package client_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cognitokit/appclient/client"
)

const msgEmailVerified = `Invalid write attributes specified: app clients cannot write "email_verified" (Amazon Cognito sets it when the user verifies the address), although the pool's schema lists it as mutable`

// TestWriteEmailVerified: email_verified in WriteAttributes is an error on
// every op, without pool facts and with a pool that lists it as mutable;
// its neighbours are accepted.
func TestWriteEmailVerified(t *testing.T) {
	mutable := &client.Pool{Attributes: []client.Attribute{
		{Name: "email", Mutable: true}, {Name: "email_verified", Mutable: true}, {Name: "phone_number_verified", Mutable: true},
		{Name: "Email_verified", Mutable: true}, {Name: "email_verified ", Mutable: true},
	}}
	tests := []struct {
		name  string
		read  []string
		write []string
		want  client.Violations
	}{
		{"write email_verified", nil, []string{"email", "email_verified"}, vs(v("WriteAttributes[1]", client.RuleAttributesWriteEmailVerified, msgEmailVerified))},
		{"write only email_verified", nil, []string{"email_verified"}, vs(v("WriteAttributes[0]", client.RuleAttributesWriteEmailVerified, msgEmailVerified))},
		{"read email_verified", []string{"email", "email_verified"}, []string{"email"}, nil},
		{"write phone_number_verified", nil, []string{"phone_number_verified"}, nil},
		{"names are case-sensitive", nil, []string{"Email_verified", "email_verified "}, nil},
		{"write email", nil, []string{"email"}, nil},
		{"empty WriteAttributes", nil, []string{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := validCreate()
			c.ReadAttributes, c.WriteAttributes = tt.read, tt.write
			u := client.UpdateRequest{Settings: c.Settings, ClientID: p("1example23456789")}
			d := client.UserPoolClient{Settings: c.Settings}
			for _, got := range []struct {
				op string
				vs client.Violations
			}{
				{"create", c.Check()}, {"update", u.Check()}, {"describe", d.Check()},
				{"create with a pool that lists it as mutable", c.CheckPool(mutable)},
			} {
				if diff := cmp.Diff(tt.want, got.vs); diff != "" {
					t.Errorf("%s (-want +got):\n%s", got.op, diff)
				}
			}
		})
	}
}
