package client_test

import (
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/clienttest"
	"github.com/cognitokit/appclient/units"
)

var (
	p32   = client.Ptr[int32]
	pbool = client.Ptr[bool]
)

// described is a DescribeUserPoolClient output with lifetimes in small
// units, lists in AWS's order and a secret.
func described() client.UserPoolClient {
	created := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	return client.UserPoolClient{
		Settings: client.Settings{
			UserPoolID:                      p("us-east-1_Ab12Cd34E"),
			ClientName:                      p("web"),
			AccessTokenValidity:             p32(60),
			IDTokenValidity:                 p32(90),
			TokenValidityUnits:              &client.TokenValidityUnits{AccessToken: p("minutes"), IDToken: p("minutes")},
			ExplicitAuthFlows:               []string{"ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"},
			CallbackURLs:                    []string{"https://b.example.com/cb", "https://a.example.com/cb"},
			AllowedOAuthFlows:               []string{"code"},
			AllowedOAuthScopes:              []string{"openid"},
			AllowedOAuthFlowsUserPoolClient: pbool(true),
			PreventUserExistenceErrors:      p("ENABLED"),
			RefreshTokenRotation:            &client.RefreshTokenRotation{Feature: p("DISABLED")},
		},
		ClientID:     p("4k9n2q7r1s5t8v3w6x0y2z4a6b"),
		ClientSecret: p("EXAMPLEsecret0do0not0use0q8w2e4r6t8y0u2i4o6p8"),
		CreationDate: &created,
	}
}

func units3(access, id, refresh string) *client.TokenValidityUnits {
	return &client.TokenValidityUnits{AccessToken: p(access), IDToken: p(id), RefreshToken: p(refresh)}
}

func TestUpdateFrom(t *testing.T) {
	tests := []struct {
		name    string
		current client.UserPoolClient
		want    client.UpdateRequest
	}{
		{
			name:    "describe output",
			current: described(),
			want: client.UpdateRequest{
				Settings: client.Settings{
					UserPoolID:                      p("us-east-1_Ab12Cd34E"),
					ClientName:                      p("web"),
					RefreshTokenValidity:            p32(30),
					AccessTokenValidity:             p32(1),
					IDTokenValidity:                 p32(90),
					TokenValidityUnits:              units3("hours", "minutes", "days"),
					ExplicitAuthFlows:               []string{"ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"},
					CallbackURLs:                    []string{"https://b.example.com/cb", "https://a.example.com/cb"},
					AllowedOAuthFlows:               []string{"code"},
					AllowedOAuthScopes:              []string{"openid"},
					AllowedOAuthFlowsUserPoolClient: pbool(true),
					PreventUserExistenceErrors:      p("ENABLED"),
					RefreshTokenRotation:            &client.RefreshTokenRotation{Feature: p("DISABLED")},
				},
				ClientID: p("4k9n2q7r1s5t8v3w6x0y2z4a6b"),
			},
		},
		{
			name:    "empty client: only the lifetimes are written",
			current: client.UserPoolClient{},
			want: client.UpdateRequest{Settings: client.Settings{
				RefreshTokenValidity: p32(30), AccessTokenValidity: p32(1), IDTokenValidity: p32(1),
				TokenValidityUnits: units3("hours", "hours", "days"),
			}},
		},
		{
			name: "empty lists stay empty, RefreshTokenValidity 0 is 30 days",
			current: client.UserPoolClient{Settings: client.Settings{
				RefreshTokenValidity: p32(0), ExplicitAuthFlows: []string{}, ReadAttributes: []string{},
			}},
			want: client.UpdateRequest{Settings: client.Settings{
				RefreshTokenValidity: p32(30), AccessTokenValidity: p32(1), IDTokenValidity: p32(1),
				TokenValidityUnits: units3("hours", "hours", "days"),
				ExplicitAuthFlows:  []string{}, ReadAttributes: []string{},
			}},
		},
		{
			name: "a lifetime AWS rejects is kept, with its default unit written",
			current: client.UserPoolClient{Settings: client.Settings{
				AccessTokenValidity: p32(48),
				TokenValidityUnits:  &client.TokenValidityUnits{IDToken: p("weeks")},
			}},
			want: client.UpdateRequest{Settings: client.Settings{
				RefreshTokenValidity: p32(30), AccessTokenValidity: p32(48),
				TokenValidityUnits: units3("hours", "weeks", "days"),
			}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := client.UpdateFrom(tt.current)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("UpdateFrom (-want +got):\n%s", diff)
			}
		})
	}
}

func TestWithChanges(t *testing.T) {
	base := client.UpdateFrom(described()) // 1 hour, 90 minutes, 30 days
	with := func(f func(s *client.Settings)) client.UpdateRequest {
		u := client.UpdateFrom(described())
		f(&u.Settings)
		return u
	}
	tests := []struct {
		name    string
		changes client.Settings
		want    client.UpdateRequest
		err     string
	}{
		{name: "no change", want: base},
		{
			name:    "value with its unit",
			changes: client.Settings{AccessTokenValidity: p32(30), TokenValidityUnits: &client.TokenValidityUnits{AccessToken: p("minutes")}},
			want: with(func(s *client.Settings) {
				s.AccessTokenValidity, s.TokenValidityUnits.AccessToken = p32(30), p("minutes")
			}),
		},
		{
			name:    "value without a unit is read in the default unit, as AWS would",
			changes: client.Settings{IDTokenValidity: p32(2), RefreshTokenValidity: p32(7)},
			want: with(func(s *client.Settings) {
				s.IDTokenValidity, s.TokenValidityUnits.IDToken = p32(2), p("hours")
				s.RefreshTokenValidity = p32(7)
			}),
		},
		{
			name:    "unit without a value keeps the duration",
			changes: client.Settings{TokenValidityUnits: &client.TokenValidityUnits{AccessToken: p("seconds"), RefreshToken: p("hours")}},
			want: with(func(s *client.Settings) {
				s.AccessTokenValidity, s.TokenValidityUnits.AccessToken = p32(3600), p("seconds")
				s.RefreshTokenValidity, s.TokenValidityUnits.RefreshToken = p32(720), p("hours")
			}),
		},
		{
			name:    "unit that cannot express the duration",
			changes: client.Settings{TokenValidityUnits: &client.TokenValidityUnits{IDToken: p("hours")}},
			err:     "client: IdTokenValidity: 90 minutes cannot be written in hours; give the value with the unit",
		},
		{
			name:    "unknown unit",
			changes: client.Settings{TokenValidityUnits: &client.TokenValidityUnits{IDToken: p("Hours")}},
			err:     `client: TokenValidityUnits.IdToken: "Hours" is not a unit: use seconds, minutes, hours or days`,
		},
		{
			name:    "another pool",
			changes: client.Settings{UserPoolID: p("us-east-1_Other")},
			err:     "client: UserPoolId names the user pool of the client being updated; an update cannot change it",
		},
		{
			name:    "the same pool",
			changes: client.Settings{UserPoolID: p("us-east-1_Ab12Cd34E")},
			want:    base,
		},
		{
			name: "members replace, empty lists clear, structures replace whole",
			changes: client.Settings{
				ClientName:             p("web-v2"),
				CallbackURLs:           []string{"https://c.example.com/cb"},
				ExplicitAuthFlows:      []string{},
				EnableTokenRevocation:  pbool(false),
				AnalyticsConfiguration: &client.AnalyticsConfiguration{ApplicationARN: p("arn:aws:mobiletargeting:us-east-1:123456789012:apps/x")},
				RefreshTokenRotation:   &client.RefreshTokenRotation{Feature: p("ENABLED"), RetryGracePeriodSeconds: p32(10)},
			},
			want: with(func(s *client.Settings) {
				s.ClientName = p("web-v2")
				s.CallbackURLs = []string{"https://c.example.com/cb"}
				s.ExplicitAuthFlows = []string{}
				s.EnableTokenRevocation = pbool(false)
				s.AnalyticsConfiguration = &client.AnalyticsConfiguration{ApplicationARN: p("arn:aws:mobiletargeting:us-east-1:123456789012:apps/x")}
				s.RefreshTokenRotation = &client.RefreshTokenRotation{Feature: p("ENABLED"), RetryGracePeriodSeconds: p32(10)}
			}),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := base.WithChanges(tt.changes)
			gotErr := ""
			if err != nil {
				gotErr = err.Error()
			}
			if diff := cmp.Diff(tt.err, gotErr); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("WithChanges (-want +got):\n%s", diff)
			}
		})
	}
}

// TestApplyUnitTrap is the trap of UpdateUserPoolClient, which resets a
// member left out and reads the validities under the TokenValidityUnits sent
// in the same request:
// https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserPoolClient.html
// and
// https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_TokenValidityUnitsType.html.
// A client stores AccessTokenValidity 60 in minutes; a change of the value
// alone is read in hours, and the result says so explicitly.
func TestApplyUnitTrap(t *testing.T) {
	current := client.UserPoolClient{Settings: client.Settings{
		UserPoolID:          p("us-east-1_Ab12Cd34E"),
		AccessTokenValidity: p32(60), TokenValidityUnits: &client.TokenValidityUnits{AccessToken: p("minutes")},
	}, ClientID: p("abc")}
	u, err := client.UpdateFrom(current).WithChanges(client.Settings{AccessTokenValidity: p32(60)})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"60", "hours"}, []string{fmtInt(u.AccessTokenValidity), *u.TokenValidityUnits.AccessToken}); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	var ids []client.RuleID
	for _, v := range u.Check().OnlyErrors() {
		ids = append(ids, v.Rule)
	}
	if diff := cmp.Diff([]client.RuleID{client.RuleTokensAccessRange}, ids); diff != "" {
		t.Errorf("Check errors (-want +got):\n%s", diff)
	}
}

func fmtInt(v *int32) string {
	if v == nil {
		return "nil"
	}
	return strconv.Itoa(int(*v))
}

func TestPropUpdateFromKeepsTheClient(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := clienttest.UserPoolClient().Draw(t, "current")
		if c.UserPoolID == nil || c.ClientID == nil {
			// DescribeUserPoolClient always returns both; the generator
			// may leave them out.
			c.UserPoolID, c.ClientID = p("us-east-1_Ab12Cd34E"), p("abc")
		}
		u := client.UpdateFrom(c)
		if diff := cmp.Diff(c.Settings.Normalize(), u.Settings.Normalize()); diff != "" {
			t.Fatalf("normalized settings differ (-current +update):\n%s", diff)
		}
		if diff := cmp.Diff(c.ClientID, u.ClientID); diff != "" {
			t.Fatalf("ClientId differs:\n%s", diff)
		}
		if len(client.Diff(c, u.UpdatedClient(c))) != 0 {
			t.Fatalf("Diff is not empty: %v", client.Diff(c, u.UpdatedClient(c)))
		}
		tv := u.TokenValidityUnits
		if tv == nil || tv.AccessToken == nil || tv.IDToken == nil || tv.RefreshToken == nil ||
			u.AccessTokenValidity == nil || u.IDTokenValidity == nil || u.RefreshTokenValidity == nil {
			t.Fatalf("lifetimes or units not explicit: %+v", u.Settings)
		}
		if errs := u.Check().OnlyErrors(); len(errs) != 0 {
			t.Fatalf("the update has errors:\n%v", errs)
		}
	})
}

func TestPropApplyNothingIsIdentity(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		u := client.UpdateFrom(clienttest.UserPoolClient().Draw(t, "current"))
		got, err := u.WithChanges(client.Settings{})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(u, got); diff != "" {
			t.Fatalf("WithChanges(empty) (-want +got):\n%s", diff)
		}
		// Any update, explicit or not, keeps its meaning.
		r := clienttest.Update().Draw(t, "update")
		got, err = r.WithChanges(client.Settings{})
		if err != nil {
			t.Fatal(err)
		}
		if !r.Equivalent(got) {
			t.Fatalf("WithChanges(empty) changed the meaning:\n%+v\n%+v", r.Normalize(), got.Normalize())
		}
	})
}

// lifetimeChange draws a change of one token's lifetime: a value within its
// bounds in a drawn unit, the unit sometimes left to its default.
func lifetimeChange(t *rapid.T, tok units.Token, c *client.Settings) {
	if !rapid.Bool().Draw(t, tok.Member()+" changed") {
		return
	}
	unit := tok.DefaultUnit()
	var unitPtr *string
	if rapid.Bool().Draw(t, "TokenValidityUnits."+tok.UnitMember()+" given") {
		unit = clienttest.Unit().Draw(t, "TokenValidityUnits."+tok.UnitMember())
		unitPtr = p(unit)
	}
	v := p32(clienttest.Validity(tok, unit).Draw(t, tok.Member()))
	if c.TokenValidityUnits == nil {
		c.TokenValidityUnits = &client.TokenValidityUnits{}
	}
	switch tok {
	case units.AccessToken:
		c.AccessTokenValidity, c.TokenValidityUnits.AccessToken = v, unitPtr
	case units.IDToken:
		c.IDTokenValidity, c.TokenValidityUnits.IDToken = v, unitPtr
	case units.RefreshToken:
		c.RefreshTokenValidity, c.TokenValidityUnits.RefreshToken = v, unitPtr
	}
}

func TestPropApplyGivesTheChangedLifetimes(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := clienttest.UserPoolClient().Draw(t, "current")
		var changes client.Settings
		for _, tok := range []units.Token{units.AccessToken, units.IDToken, units.RefreshToken} {
			lifetimeChange(t, tok, &changes)
		}
		got, err := client.UpdateFrom(c).WithChanges(changes)
		if err != nil {
			t.Fatal(err)
		}
		before, err := c.Lifetimes()
		if err != nil {
			t.Fatal(err)
		}
		// What AWS would make of the change alone, with defaults for the
		// rest.
		alone, err := changes.Lifetimes()
		if err != nil {
			t.Fatal(err)
		}
		want := before
		if changes.AccessTokenValidity != nil {
			want.Access = alone.Access
		}
		if changes.IDTokenValidity != nil {
			want.ID = alone.ID
		}
		if changes.RefreshTokenValidity != nil {
			want.Refresh = alone.Refresh
		}
		after, err := got.Lifetimes()
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, after); diff != "" {
			t.Fatalf("lifetimes (-want +got):\n%s", diff)
		}
	})
}

func TestPropApplyUnitKeepsDuration(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := clienttest.UserPoolClient().Draw(t, "current")
		unit := clienttest.Unit().Draw(t, "TokenValidityUnits.RefreshToken")
		got, err := client.UpdateFrom(c).WithChanges(client.Settings{TokenValidityUnits: &client.TokenValidityUnits{RefreshToken: p(unit)}})
		before, _ := c.Lifetimes()
		size, _ := units.Size(unit)
		if exact := int64(before.Refresh/time.Second)%size == 0; exact != (err == nil) {
			t.Fatalf("%v in %s: error %v", before.Refresh, unit, err)
		}
		if err != nil {
			return
		}
		after, _ := got.Lifetimes()
		if diff := cmp.Diff(before, after); diff != "" {
			t.Fatalf("lifetimes (-want +got):\n%s", diff)
		}
		if *got.TokenValidityUnits.RefreshToken != unit {
			t.Fatalf("unit %q, want %q", *got.TokenValidityUnits.RefreshToken, unit)
		}
	})
}

func TestPropUpdateNoAliasing(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := clienttest.UserPoolClient().Draw(t, "current")
		changes := clienttest.Update().Draw(t, "changes").Settings
		changes.UserPoolID = nil
		changes.AccessTokenValidity, changes.IDTokenValidity, changes.RefreshTokenValidity, changes.TokenValidityUnits = nil, nil, nil, nil
		cBefore, _ := c.MarshalJSON()
		chBefore, _ := client.UpdateRequest{Settings: changes}.MarshalJSON()

		u := client.UpdateFrom(c)
		uBefore, _ := u.MarshalJSON()
		got, err := u.WithChanges(changes)
		if err != nil {
			t.Fatal(err)
		}
		scribble(&got.Settings)
		if got.ClientID != nil {
			*got.ClientID = "scribbled"
		}
		uAfter, _ := u.MarshalJSON()
		if diff := cmp.Diff(string(uBefore), string(uAfter)); diff != "" {
			t.Fatalf("WithChanges's result aliases its receiver:\n%s", diff)
		}
		chAfter, _ := client.UpdateRequest{Settings: changes}.MarshalJSON()
		if diff := cmp.Diff(string(chBefore), string(chAfter)); diff != "" {
			t.Fatalf("WithChanges's result aliases the changes:\n%s", diff)
		}
		scribble(&u.Settings)
		if u.ClientID != nil {
			*u.ClientID = "scribbled"
		}
		cAfter, _ := c.MarshalJSON()
		if diff := cmp.Diff(string(cBefore), string(cAfter)); diff != "" {
			t.Fatalf("UpdateFrom's result aliases current:\n%s", diff)
		}
	})
}
