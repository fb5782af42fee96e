package client_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/clienttest"
)

func TestDiff(t *testing.T) {
	secret := "EXAMPLEsecret0do0not0use0q8w2e4r6t8y0u2i4o6p8"
	with := func(f func(c *client.UserPoolClient)) client.UserPoolClient {
		c := described()
		f(&c)
		return c
	}
	tests := []struct {
		name             string
		desired, current client.UserPoolClient
		want             []client.Change
	}{
		{name: "same client", desired: described(), current: described()},
		{
			name:    "same meaning, written differently",
			desired: described(),
			current: with(func(c *client.UserPoolClient) {
				c.AccessTokenValidity, c.TokenValidityUnits.AccessToken = p32(3600), p("seconds")
				c.IDTokenValidity, c.TokenValidityUnits.IDToken = p32(5400), p("seconds")
				c.RefreshTokenValidity = p32(0)
				c.CallbackURLs = []string{"https://a.example.com/cb", "https://b.example.com/cb", "https://a.example.com/cb"}
				c.ExplicitAuthFlows = []string{"ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH"}
				c.EnableTokenRevocation = pbool(true)
				c.AuthSessionValidity = p32(3)
				c.CreationDate = nil
				c.ClientSecret = p("another0secret0value0of0enough0length")
			}),
		},
		{
			name:    "drift, in member order",
			desired: described(),
			current: with(func(c *client.UserPoolClient) {
				c.ClientName = p("web \"v2\"")
				c.AccessTokenValidity = p32(30)
				c.CallbackURLs = append(c.CallbackURLs, "https://c.example.com/cb")
				c.DefaultRedirectURI = p("https://a.example.com/cb")
				c.PreventUserExistenceErrors = nil
				c.RefreshTokenRotation.RetryGracePeriodSeconds = p32(10)
				c.AnalyticsConfiguration = &client.AnalyticsConfiguration{ApplicationARN: p("arn:x")}
			}),
			want: []client.Change{
				{Path: "ClientName", Desired: `"web"`, Current: `"web \"v2\""`, DesiredJSON: true, CurrentJSON: true},
				{Path: "AccessTokenValidity", Desired: "1 hour", Current: "30 minutes"},
				{Path: "CallbackURLs", Desired: `["https://a.example.com/cb","https://b.example.com/cb"]`,
					Current: `["https://a.example.com/cb","https://b.example.com/cb","https://c.example.com/cb"]`, DesiredJSON: true, CurrentJSON: true},
				{Path: "DefaultRedirectURI", Desired: "absent", Current: `"https://a.example.com/cb"`, CurrentJSON: true},
				{Path: "AnalyticsConfiguration", Desired: "absent", Current: `{"ApplicationArn":"arn:x","UserDataShared":false}`, CurrentJSON: true},
				{Path: "PreventUserExistenceErrors", Desired: `"ENABLED"`, Current: `"LEGACY"`, DesiredJSON: true, CurrentJSON: true},
				// {DISABLED} is no rotation, as an absent member is; {DISABLED, 10} is kept.
				{Path: "RefreshTokenRotation", Desired: "absent", Current: `{"Feature":"DISABLED","RetryGracePeriodSeconds":10}`, CurrentJSON: true},
			},
		},
		{
			name:    "secrets and client IDs are never shown",
			desired: with(func(c *client.UserPoolClient) { c.ClientSecret = nil }),
			current: with(func(c *client.UserPoolClient) { c.ClientID = p("another0client0id") }),
			want: []client.Change{
				{Path: "ClientId", Desired: "present", Current: "present (a different value)"},
				{Path: "ClientSecret", Desired: "absent", Current: "present"},
			},
		},
		{
			name:    "a ClientId on one side only is no difference",
			desired: with(func(c *client.UserPoolClient) { c.ClientID = nil }),
			current: described(),
		},
		{
			name: "an empty list is not an absent one; nested members compared one by one",
			desired: with(func(c *client.UserPoolClient) {
				c.LogoutURLs = []string{}
				c.AnalyticsConfiguration = &client.AnalyticsConfiguration{ApplicationARN: p("arn:x"), UserDataShared: pbool(true)}
			}),
			current: with(func(c *client.UserPoolClient) {
				c.AnalyticsConfiguration = &client.AnalyticsConfiguration{ApplicationARN: p("arn:y")}
				c.RefreshTokenRotation = nil
			}),
			want: []client.Change{
				{Path: "LogoutURLs", Desired: "[]", Current: "absent", DesiredJSON: true},
				{Path: "AnalyticsConfiguration.ApplicationArn", Desired: `"arn:x"`, Current: `"arn:y"`, DesiredJSON: true, CurrentJSON: true},
				{Path: "AnalyticsConfiguration.UserDataShared", Desired: "true", Current: "false", DesiredJSON: true, CurrentJSON: true},
			},
		},
		{
			name:    "a string that reads absent is JSON text; an absent member is not",
			desired: with(func(c *client.UserPoolClient) { c.ClientName = p("absent") }),
			current: with(func(c *client.UserPoolClient) { c.ClientName = nil }),
			want:    []client.Change{{Path: "ClientName", Desired: `"absent"`, Current: "absent", DesiredJSON: true}},
		},
		{
			name:    "lifetimes AWS rejects are compared as written",
			desired: with(func(c *client.UserPoolClient) { c.TokenValidityUnits.AccessToken = p("weeks") }),
			current: with(func(c *client.UserPoolClient) { c.AccessTokenValidity = p32(2); c.TokenValidityUnits.AccessToken = nil }),
			want:    []client.Change{{Path: "AccessTokenValidity", Desired: `60 "weeks"`, Current: "2 hours"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := client.Diff(tt.desired, tt.current)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Diff (-want +got):\n%s", diff)
			}
			for _, c := range got {
				if strings.Contains(c.Desired+c.Current, secret) || strings.Contains(c.Desired+c.Current, "4k9n2q7r1s5t8v3w6x0y2z4a6b") {
					t.Errorf("%s shows a secret or a ClientId: %+v", c.Path, c)
				}
			}
		})
	}
}

func TestCreateRequestClient(t *testing.T) {
	r := client.CreateRequest{Settings: client.Settings{ClientName: p("web")}, GenerateSecret: pbool(true)}
	want := client.UserPoolClient{Settings: client.Settings{ClientName: p("web")}, ClientSecret: p("")}
	if diff := cmp.Diff(want, r.CreatedClient()); diff != "" {
		t.Errorf("GenerateSecret true (-want +got):\n%s", diff)
	}
	r.GenerateSecret = pbool(false)
	want.ClientSecret = nil
	if diff := cmp.Diff(want, r.CreatedClient()); diff != "" {
		t.Errorf("GenerateSecret false (-want +got):\n%s", diff)
	}
	// A create request compared with the client it created: no difference,
	// since AWS assigns the ClientId and generates the secret.
	c := described()
	created := client.CreateRequest{Settings: c.Settings, GenerateSecret: pbool(true)}
	if diff := cmp.Diff([]client.Change(nil), client.Diff(created.CreatedClient(), c)); diff != "" {
		t.Errorf("Diff(create, described) (-want +got):\n%s", diff)
	}
}

func TestUpdateRequestAppliedTo(t *testing.T) {
	c := described()
	u := client.UpdateRequest{Settings: client.Settings{UserPoolID: c.UserPoolID, ClientName: p("web")}, ClientID: c.ClientID}
	// An update from scratch resets every setting it leaves out.
	got := client.Diff(u.UpdatedClient(c), c)
	var paths []string
	for _, ch := range got {
		paths = append(paths, ch.Path)
	}
	want := []string{"IdTokenValidity", "ExplicitAuthFlows", "CallbackURLs", "AllowedOAuthFlows", "AllowedOAuthScopes",
		"AllowedOAuthFlowsUserPoolClient", "PreventUserExistenceErrors"} // RefreshTokenRotation DISABLED is what an absent one means
	if diff := cmp.Diff(want, paths); diff != "" {
		t.Errorf("paths (-want +got):\n%s", diff)
	}
	// The secret and dates are current's.
	a := u.UpdatedClient(c)
	if a.ClientSecret == nil || *a.ClientSecret != *c.ClientSecret || a.CreationDate == nil || !a.CreationDate.Equal(*c.CreationDate) {
		t.Errorf("UpdatedClient lost the secret or dates: %+v", a)
	}
}

// strip makes Equivalent compare what Diff compares: no dates, secrets by
// presence, and a ClientId only when both sides have one.
func strip(a, b client.UserPoolClient) (client.UserPoolClient, client.UserPoolClient) {
	for _, c := range []*client.UserPoolClient{&a, &b} {
		c.CreationDate, c.LastModifiedDate = nil, nil
		if c.ClientSecret != nil {
			c.ClientSecret = p("secret")
		}
	}
	if a.ClientID == nil || b.ClientID == nil {
		a.ClientID, b.ClientID = nil, nil
	}
	return a, b
}

// rewritten returns c written another way with the same meaning: lists
// reversed with a repeat, defaults written out.
func rewritten(t *rapid.T, c client.UserPoolClient) client.UserPoolClient {
	out := c.Normalize()
	for _, l := range []*[]string{&out.ReadAttributes, &out.CallbackURLs, &out.AllowedOAuthScopes, &out.ExplicitAuthFlows} {
		if len(*l) > 0 && len(*l) < 50 {
			*l = append(*l, (*l)[0])
			slices.Reverse(*l)
		}
	}
	if rapid.Bool().Draw(t, "UpdateFrom") {
		out = client.UpdateFrom(out).UpdatedClient(out)
	}
	return out
}

func TestPropDiff(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := clienttest.UserPoolClient().Draw(t, "desired")
		if d := client.Diff(a, a); len(d) != 0 {
			t.Fatalf("Diff(x, x) = %v", d)
		}
		if d := client.Diff(a, a.Normalize()); len(d) != 0 {
			t.Fatalf("Diff(x, Normalize(x)) = %v", d)
		}
		var b client.UserPoolClient
		switch rapid.IntRange(0, 2).Draw(t, "current is") {
		case 0:
			b = rewritten(t, a)
		case 1:
			b = rewritten(t, a)
			changes := clienttest.Update().Draw(t, "changes").Settings
			changes.UserPoolID = b.UserPoolID
			if u := changes.TokenValidityUnits; u != nil {
				// A unit without a value converts the current lifetime,
				// which may not be exact: TestWithChanges covers that.
				if changes.AccessTokenValidity == nil {
					u.AccessToken = nil
				}
				if changes.IDTokenValidity == nil {
					u.IDToken = nil
				}
				if changes.RefreshTokenValidity == nil {
					u.RefreshToken = nil
				}
			}
			u, err := client.UpdateFrom(b).WithChanges(changes)
			if err != nil {
				t.Fatal(err)
			}
			b = u.UpdatedClient(b)
		default:
			b = clienttest.UserPoolClient().Draw(t, "current")
		}
		d := client.Diff(a, b)
		sa, sb := strip(a, b)
		if eq := sa.Equivalent(sb); eq != (len(d) == 0) {
			t.Fatalf("Equivalent %v, but Diff = %v", eq, d)
		}
		if back := client.Diff(b, a); len(back) != len(d) {
			t.Fatalf("Diff(a, b) has %d changes, Diff(b, a) %d", len(d), len(back))
		}
		for i, c := range d {
			if c.Desired == c.Current {
				t.Fatalf("change %d shows equal values: %+v", i, c)
			}
			// Words (absent, present, 1 hour) are never valid JSON, so
			// the flags can be checked against the text.
			if c.DesiredJSON != json.Valid([]byte(c.Desired)) || c.CurrentJSON != json.Valid([]byte(c.Current)) {
				t.Fatalf("change %d: DesiredJSON or CurrentJSON does not say whether the value is JSON: %+v", i, c)
			}
			for _, s := range []*string{a.ClientSecret, b.ClientSecret, a.ClientID, b.ClientID} {
				if s != nil && len(*s) > 3 && strings.Contains(c.Desired+c.Current, *s) {
					t.Fatalf("change %+v shows a secret or a ClientId", c)
				}
			}
		}
	})
}

// DescribeUserPoolClient shows a client without rotation as
// {"Feature": "DISABLED", "RetryGracePeriodSeconds": 0}: Normalize,
// Equivalent and Diff all take it to mean an absent RefreshTokenRotation.
func TestRotationDisabledIsAbsent(t *testing.T) {
	absent := client.UserPoolClient{Settings: client.Settings{ClientName: p("web")}}
	for _, r := range []*client.RefreshTokenRotation{
		{Feature: p("DISABLED"), RetryGracePeriodSeconds: p32(0)},
		{Feature: p("DISABLED")},
	} {
		shown := client.UserPoolClient{Settings: client.Settings{ClientName: p("web"), RefreshTokenRotation: r}}
		if got := shown.Normalize().RefreshTokenRotation; got != nil {
			t.Errorf("Normalize kept %+v", got)
		}
		if !shown.Equivalent(absent) || !absent.Equivalent(shown) {
			t.Errorf("Equivalent(%+v, absent) is false", r)
		}
		if got := client.Diff(shown, absent); got != nil {
			t.Errorf("Diff = %v; want none", got)
		}
	}
	for _, r := range []*client.RefreshTokenRotation{
		{Feature: p("ENABLED"), RetryGracePeriodSeconds: p32(0)},
		{Feature: p("DISABLED"), RetryGracePeriodSeconds: p32(10)},
	} {
		kept := client.UserPoolClient{Settings: client.Settings{ClientName: p("web"), RefreshTokenRotation: r}}
		if kept.Normalize().RefreshTokenRotation == nil || kept.Equivalent(absent) || client.Diff(kept, absent) == nil {
			t.Errorf("%+v: Normalize, Equivalent or Diff took it for absent", r)
		}
	}
}
