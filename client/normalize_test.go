package client_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/cognitokit/appclient/client"
)

// canonicalDefaults is the canonical form of a create request that sends
// only UserPoolId and ClientName: every documented default written out.
func canonicalDefaults() client.CreateRequest {
	return client.CreateRequest{
		Settings: client.Settings{
			UserPoolID:           p("eu-west-1_x"),
			ClientName:           p("a"),
			RefreshTokenValidity: i32(30),
			AccessTokenValidity:  i32(1),
			IDTokenValidity:      i32(1),
			TokenValidityUnits: &client.TokenValidityUnits{
				AccessToken: p("hours"), IDToken: p("hours"), RefreshToken: p("days"),
			},
			ExplicitAuthFlows:                        []string{"ALLOW_CUSTOM_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH"},
			AllowedOAuthFlowsUserPoolClient:          client.Ptr(false),
			PreventUserExistenceErrors:               p("LEGACY"),
			EnableTokenRevocation:                    client.Ptr(true),
			EnablePropagateAdditionalUserContextData: client.Ptr(false),
			AuthSessionValidity:                      i32(3),
		},
		GenerateSecret: client.Ptr(false),
	}
}

func TestNormalizeCreate(t *testing.T) {
	minimal := func() client.CreateRequest {
		return client.CreateRequest{Settings: client.Settings{UserPoolID: p("eu-west-1_x"), ClientName: p("a")}}
	}
	tests := []struct {
		name   string
		mutate func(r *client.CreateRequest) // applied to minimal()
		want   func(r *client.CreateRequest) // applied to canonicalDefaults()
	}{
		{"defaults", func(r *client.CreateRequest) {}, func(r *client.CreateRequest) {}},
		{"60 minutes is 1 hours", func(r *client.CreateRequest) {
			r.AccessTokenValidity = i32(60)
			r.TokenValidityUnits = &client.TokenValidityUnits{AccessToken: p("minutes")}
		}, func(r *client.CreateRequest) {}},
		{"90 minutes stays", func(r *client.CreateRequest) {
			r.IDTokenValidity = i32(5400)
			r.TokenValidityUnits = &client.TokenValidityUnits{IDToken: p("seconds")}
		}, func(r *client.CreateRequest) {
			r.IDTokenValidity, r.TokenValidityUnits.IDToken = i32(90), p("minutes")
		}},
		{"86400 seconds is 1 days", func(r *client.CreateRequest) {
			r.AccessTokenValidity = i32(86400)
			r.TokenValidityUnits = &client.TokenValidityUnits{AccessToken: p("seconds")}
		}, func(r *client.CreateRequest) {
			r.AccessTokenValidity, r.TokenValidityUnits.AccessToken = i32(1), p("days")
		}},
		{"24 hours is 1 days", func(r *client.CreateRequest) { r.IDTokenValidity = i32(24) }, func(r *client.CreateRequest) {
			r.IDTokenValidity, r.TokenValidityUnits.IDToken = i32(1), p("days")
		}},
		{"refresh 0 is 30 days", func(r *client.CreateRequest) { r.RefreshTokenValidity = i32(0) }, func(r *client.CreateRequest) {}},
		{"refresh 0 in seconds is 30 days", func(r *client.CreateRequest) {
			r.RefreshTokenValidity = i32(0)
			r.TokenValidityUnits = &client.TokenValidityUnits{RefreshToken: p("seconds")}
		}, func(r *client.CreateRequest) {}},
		{"refresh 720 hours is 30 days", func(r *client.CreateRequest) {
			r.RefreshTokenValidity = i32(720)
			r.TokenValidityUnits = &client.TokenValidityUnits{RefreshToken: p("hours")}
		}, func(r *client.CreateRequest) {}},
		{"an unknown unit is left as it is", func(r *client.CreateRequest) {
			r.AccessTokenValidity = i32(60)
			r.TokenValidityUnits = &client.TokenValidityUnits{AccessToken: p("Hours")}
		}, func(r *client.CreateRequest) {
			r.AccessTokenValidity, r.TokenValidityUnits.AccessToken = i32(60), p("Hours")
		}},
		{"an unknown unit of an absent validity is left as it is", func(r *client.CreateRequest) {
			r.TokenValidityUnits = &client.TokenValidityUnits{IDToken: p("weeks")}
		}, func(r *client.CreateRequest) {
			r.IDTokenValidity, r.TokenValidityUnits.IDToken = nil, p("weeks")
		}},
		{"an out-of-range lifetime is left as it is, unit absent", func(r *client.CreateRequest) {
			r.AccessTokenValidity = i32(60) // 60 hours
		}, func(r *client.CreateRequest) {
			r.AccessTokenValidity, r.TokenValidityUnits.AccessToken = i32(60), nil
		}},
		{"a lifetime outside the model range is left as it is", func(r *client.CreateRequest) {
			r.RefreshTokenValidity = i32(-1)
			r.TokenValidityUnits = &client.TokenValidityUnits{RefreshToken: p("minutes")}
		}, func(r *client.CreateRequest) {
			r.RefreshTokenValidity, r.TokenValidityUnits.RefreshToken = i32(-1), p("minutes")
		}},
		{"lists sorted and deduplicated, strings kept", func(r *client.CreateRequest) {
			r.CallbackURLs = []string{"https://b.example/CB", "https://a.example/cb/", "https://b.example/CB"}
			r.AllowedOAuthScopes = []string{"openid", "email", "openid"}
			r.ReadAttributes = []string{"name", "email"}
			r.WriteAttributes = []string{}
			r.SupportedIdentityProviders = []string{"COGNITO", "Google", "COGNITO"}
			r.LogoutURLs = []string{"https://z.example", "https://a.example"}
			r.AllowedOAuthFlows = []string{"implicit", "code", "code"}
		}, func(r *client.CreateRequest) {
			r.CallbackURLs = []string{"https://a.example/cb/", "https://b.example/CB"}
			r.AllowedOAuthScopes = []string{"email", "openid"}
			r.ReadAttributes = []string{"email", "name"}
			r.WriteAttributes = []string{}
			r.SupportedIdentityProviders = []string{"COGNITO", "Google"}
			r.LogoutURLs = []string{"https://a.example", "https://z.example"}
			r.AllowedOAuthFlows = []string{"code", "implicit"}
		}},
		{"a list over its maximum is sorted, not deduplicated", func(r *client.CreateRequest) {
			r.AllowedOAuthFlows = []string{"code", "implicit", "code", "code"}
		}, func(r *client.CreateRequest) {
			r.AllowedOAuthFlows = []string{"code", "code", "code", "implicit"}
		}},
		{"explicit empty ExplicitAuthFlows stays empty", func(r *client.CreateRequest) {
			r.ExplicitAuthFlows = []string{}
		}, func(r *client.CreateRequest) { r.ExplicitAuthFlows = []string{} }},
		{"legacy flows are not upgraded", func(r *client.CreateRequest) {
			r.ExplicitAuthFlows = []string{"USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH"}
		}, func(r *client.CreateRequest) {
			r.ExplicitAuthFlows = []string{"ADMIN_NO_SRP_AUTH", "USER_PASSWORD_AUTH"}
		}},
		{"explicit values are kept", func(r *client.CreateRequest) {
			r.GenerateSecret = client.Ptr(true)
			r.PreventUserExistenceErrors = p("ENABLED")
			r.EnableTokenRevocation = client.Ptr(false)
			r.AuthSessionValidity = i32(15)
			r.AllowedOAuthFlowsUserPoolClient = client.Ptr(true)
		}, func(r *client.CreateRequest) {
			r.GenerateSecret = client.Ptr(true)
			r.PreventUserExistenceErrors = p("ENABLED")
			r.EnableTokenRevocation = client.Ptr(false)
			r.AuthSessionValidity = i32(15)
			r.AllowedOAuthFlowsUserPoolClient = client.Ptr(true)
		}},
		{"analytics and rotation", func(r *client.CreateRequest) {
			r.AnalyticsConfiguration = &client.AnalyticsConfiguration{ApplicationARN: p("arn:aws:mobiletargeting:us-east-1:123456789012:apps/ab")}
			r.RefreshTokenRotation = &client.RefreshTokenRotation{Feature: p("ENABLED")}
		}, func(r *client.CreateRequest) {
			r.AnalyticsConfiguration = &client.AnalyticsConfiguration{
				ApplicationARN: p("arn:aws:mobiletargeting:us-east-1:123456789012:apps/ab"), UserDataShared: client.Ptr(false)}
			r.RefreshTokenRotation = &client.RefreshTokenRotation{Feature: p("ENABLED")}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := minimal()
			tt.mutate(&in)
			want := canonicalDefaults()
			tt.want(&want)
			if diff := cmp.Diff(want, in.Normalize()); diff != "" {
				t.Errorf("Normalize (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNormalizeUpdateAndDescribe(t *testing.T) {
	u := client.UpdateRequest{Settings: client.Settings{UserPoolID: p("eu-west-1_x"), ClientName: p("a")}, ClientID: p("abc")}
	wantU := client.UpdateRequest{Settings: canonicalDefaults().Settings, ClientID: p("abc")}
	if diff := cmp.Diff(wantU, u.Normalize()); diff != "" {
		t.Errorf("UpdateRequest.Normalize (-want +got):\n%s", diff)
	}
	created := time.Date(2024, 5, 1, 12, 0, 0, 5, time.FixedZone("x", 3600))
	d := client.UserPoolClient{Settings: client.Settings{UserPoolID: p("eu-west-1_x"), ClientName: p("a")},
		ClientID: p("abc"), ClientSecret: p("s"), CreationDate: &created}
	wantD := client.UserPoolClient{Settings: canonicalDefaults().Settings, ClientID: p("abc"), ClientSecret: p("s"), CreationDate: &created}
	if diff := cmp.Diff(wantD, d.Normalize()); diff != "" {
		t.Errorf("UserPoolClient.Normalize (-want +got):\n%s", diff)
	}
}

func TestUpgradeLegacyFlows(t *testing.T) {
	tests := []struct{ in, want []string }{
		{nil, nil},
		{[]string{}, []string{}},
		{[]string{"ADMIN_NO_SRP_AUTH", "CUSTOM_AUTH_FLOW_ONLY", "USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "bogus"},
			[]string{"ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_CUSTOM_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "bogus"}},
	}
	for _, tt := range tests {
		in := append([]string(nil), tt.in...)
		if tt.in != nil && len(tt.in) == 0 {
			in = []string{}
		}
		if diff := cmp.Diff(tt.want, client.UpgradeLegacyFlows(in)); diff != "" {
			t.Errorf("UpgradeLegacyFlows(%q) (-want +got):\n%s", tt.in, diff)
		}
		if diff := cmp.Diff(tt.in, in); diff != "" {
			t.Errorf("UpgradeLegacyFlows changed its input (-before +after):\n%s", diff)
		}
	}
}

func TestLifetimes(t *testing.T) {
	tests := []struct {
		name    string
		s       client.Settings
		want    client.Lifetimes
		wantErr bool
	}{
		{"defaults", client.Settings{}, client.Lifetimes{Access: time.Hour, ID: time.Hour, Refresh: 30 * 24 * time.Hour, AuthSession: 3 * time.Minute}, false},
		{"units", client.Settings{
			AccessTokenValidity: i32(5), IDTokenValidity: i32(86400), RefreshTokenValidity: i32(0), AuthSessionValidity: i32(15),
			TokenValidityUnits: &client.TokenValidityUnits{AccessToken: p("minutes"), IDToken: p("seconds"), RefreshToken: p("hours")},
		}, client.Lifetimes{Access: 5 * time.Minute, ID: 24 * time.Hour, Refresh: 30 * 24 * time.Hour, AuthSession: 15 * time.Minute}, false},
		{"refresh 3650 days", client.Settings{RefreshTokenValidity: i32(3650)},
			client.Lifetimes{Access: time.Hour, ID: time.Hour, Refresh: 3650 * 24 * time.Hour, AuthSession: 3 * time.Minute}, false},
		{"unknown unit", client.Settings{TokenValidityUnits: &client.TokenValidityUnits{AccessToken: p("Hours")}}, client.Lifetimes{}, true},
		{"out of bounds", client.Settings{AccessTokenValidity: i32(25)}, client.Lifetimes{}, true},
		{"int32 max days", client.Settings{RefreshTokenValidity: i32(2147483647)}, client.Lifetimes{}, true},
		{"auth session 2", client.Settings{AuthSessionValidity: i32(2)}, client.Lifetimes{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.s.Lifetimes()
			if (err != nil) != tt.wantErr {
				t.Fatalf("error %v, want error %v", err, tt.wantErr)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Lifetimes (-want +got):\n%s", diff)
			}
		})
	}
}

func TestEquivalent(t *testing.T) {
	a := client.UserPoolClient{Settings: client.Settings{ClientName: p("a")}, CreationDate: client.Ptr(time.Unix(1700000000, 0).UTC())}
	b := client.UserPoolClient{Settings: client.Settings{ClientName: p("a")}, CreationDate: client.Ptr(time.Unix(1700000000, 0).In(time.FixedZone("x", 7200)))}
	if !a.Equivalent(b) {
		t.Error("the same instant in two time zones is not Equivalent")
	}
	b.CreationDate = client.Ptr(time.Unix(1700000001, 0))
	if a.Equivalent(b) {
		t.Error("different CreationDates are Equivalent")
	}
	u1 := client.UpdateRequest{ClientID: p("x"), Settings: client.Settings{AuthSessionValidity: i32(3)}}
	u2 := client.UpdateRequest{ClientID: p("x")}
	if !u1.Equivalent(u2) {
		t.Error("AuthSessionValidity 3 and absent are not Equivalent")
	}
	u2.ClientID = p("y")
	if u1.Equivalent(u2) {
		t.Error("different ClientIds are Equivalent")
	}
}
