package sdkv2_test

import (
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider/types"
	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/clienttest"
	"github.com/cognitokit/appclient/client/sdkv2"
)

// The properties, on valid shapes (clienttest) and on arbitrary ones (below,
// with empty strings, zeros, unknown enum values, nil and empty lists):
//
//	ours → SDK → ours = canonical(ours)
//	SDK → ours → SDK  = the identity
//
// canonical makes absent the present members that the SDK holds as plain
// values and that hold the zero value (see the package documentation); it is
// the identity on everything else.

func TestRoundTripValid(t *testing.T) {
	t.Run("CreateRequest", rapid.MakeCheck(func(t *rapid.T) {
		r := clienttest.Create().Draw(t, "CreateRequest")
		if diff := cmp.Diff(canonicalCreate(r), sdkv2.FromCreateInput(sdkv2.ToCreateInput(r))); diff != "" {
			t.Fatalf("ours → SDK → ours (-want +got):\n%s", diff)
		}
	}))
	t.Run("UpdateRequest", rapid.MakeCheck(func(t *rapid.T) {
		r := clienttest.Update().Draw(t, "UpdateRequest")
		if diff := cmp.Diff(canonicalUpdate(r), sdkv2.FromUpdateInput(sdkv2.ToUpdateInput(r))); diff != "" {
			t.Fatalf("ours → SDK → ours (-want +got):\n%s", diff)
		}
	}))
	t.Run("UserPoolClient", rapid.MakeCheck(func(t *rapid.T) {
		r := clienttest.UserPoolClient().Draw(t, "UserPoolClient")
		if diff := cmp.Diff(canonicalClient(r), sdkv2.FromUserPoolClient(sdkv2.ToUserPoolClient(r))); diff != "" {
			t.Fatalf("ours → SDK → ours (-want +got):\n%s", diff)
		}
	}))
}

// TestRoundTripVerdict: on valid shapes the conversions keep Check's verdict
// exactly; the preflight middleware sees what the caller built.
func TestRoundTripVerdict(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := clienttest.Create().Draw(t, "CreateRequest")
		back := sdkv2.FromCreateInput(sdkv2.ToCreateInput(r))
		if diff := cmp.Diff(r.Check(), back.Check()); diff != "" {
			t.Fatalf("Check after the round trip (-want +got):\n%s", diff)
		}
	})
}

func TestRoundTripOurs(t *testing.T) {
	t.Run("CreateRequest", rapid.MakeCheck(func(t *rapid.T) {
		r := anyCreate().Draw(t, "CreateRequest")
		if diff := cmp.Diff(canonicalCreate(r), sdkv2.FromCreateInput(sdkv2.ToCreateInput(r))); diff != "" {
			t.Fatalf("ours → SDK → ours (-want +got):\n%s", diff)
		}
	}))
	t.Run("UpdateRequest", rapid.MakeCheck(func(t *rapid.T) {
		r := anyUpdate().Draw(t, "UpdateRequest")
		if diff := cmp.Diff(canonicalUpdate(r), sdkv2.FromUpdateInput(sdkv2.ToUpdateInput(r))); diff != "" {
			t.Fatalf("ours → SDK → ours (-want +got):\n%s", diff)
		}
	}))
	t.Run("UserPoolClient", rapid.MakeCheck(func(t *rapid.T) {
		r := anyClient().Draw(t, "UserPoolClient")
		if diff := cmp.Diff(canonicalClient(r), sdkv2.FromUserPoolClient(sdkv2.ToUserPoolClient(r))); diff != "" {
			t.Fatalf("ours → SDK → ours (-want +got):\n%s", diff)
		}
	}))
}

func TestRoundTripSDK(t *testing.T) {
	// The SDK shapes are built from ours, which reaches every SDK value: each
	// pointer nil or not, each plain value zero or not, lists nil, empty or
	// not, enum values known, unknown or empty.
	t.Run("CreateUserPoolClientInput", rapid.MakeCheck(func(t *rapid.T) {
		in := sdkv2.ToCreateInput(anyCreate().Draw(t, "CreateRequest"))
		if diff := cmp.Diff(in, sdkv2.ToCreateInput(sdkv2.FromCreateInput(in)), sdkOpts); diff != "" {
			t.Fatalf("SDK → ours → SDK (-want +got):\n%s", diff)
		}
	}))
	t.Run("UpdateUserPoolClientInput", rapid.MakeCheck(func(t *rapid.T) {
		in := sdkv2.ToUpdateInput(anyUpdate().Draw(t, "UpdateRequest"))
		if diff := cmp.Diff(in, sdkv2.ToUpdateInput(sdkv2.FromUpdateInput(in)), sdkOpts); diff != "" {
			t.Fatalf("SDK → ours → SDK (-want +got):\n%s", diff)
		}
	}))
	t.Run("UserPoolClientType", rapid.MakeCheck(func(t *rapid.T) {
		c := sdkv2.ToUserPoolClient(anyClient().Draw(t, "UserPoolClient"))
		if diff := cmp.Diff(c, sdkv2.ToUserPoolClient(sdkv2.FromUserPoolClient(c)), sdkOpts); diff != "" {
			t.Fatalf("SDK → ours → SDK (-want +got):\n%s", diff)
		}
	}))
}

// canonical* map the members the SDK holds as plain values to absent when
// they hold the zero value: exactly the loss documented in the package
// documentation.
func canonicalCreate(r client.CreateRequest) client.CreateRequest {
	r.Settings = canonicalSettings(r.Settings, true)
	r.GenerateSecret = canonicalPtr(r.GenerateSecret)
	return r
}

func canonicalUpdate(r client.UpdateRequest) client.UpdateRequest {
	r.Settings = canonicalSettings(r.Settings, true)
	return r
}

func canonicalClient(r client.UserPoolClient) client.UserPoolClient {
	r.Settings = canonicalSettings(r.Settings, false)
	return r
}

func canonicalSettings(s client.Settings, request bool) client.Settings {
	s.RefreshTokenValidity = canonicalPtr(s.RefreshTokenValidity)
	s.PreventUserExistenceErrors = canonicalPtr(s.PreventUserExistenceErrors)
	if request {
		s.AllowedOAuthFlowsUserPoolClient = canonicalPtr(s.AllowedOAuthFlowsUserPoolClient)
	}
	if u := s.TokenValidityUnits; u != nil {
		s.TokenValidityUnits = &client.TokenValidityUnits{
			AccessToken:  canonicalPtr(u.AccessToken),
			IDToken:      canonicalPtr(u.IDToken),
			RefreshToken: canonicalPtr(u.RefreshToken),
		}
	}
	if a := s.AnalyticsConfiguration; a != nil {
		c := *a
		c.UserDataShared = canonicalPtr(a.UserDataShared)
		s.AnalyticsConfiguration = &c
	}
	if r := s.RefreshTokenRotation; r != nil {
		c := *r
		c.Feature = canonicalPtr(r.Feature)
		s.RefreshTokenRotation = &c
	}
	return s
}

func canonicalPtr[T comparable](p *T) *T {
	var zero T
	if p == nil || *p == zero {
		return nil
	}
	return p
}

// Arbitrary shapes: not valid, but reaching every corner of the conversions.

func anyCreate() *rapid.Generator[client.CreateRequest] {
	return rapid.Custom(func(t *rapid.T) client.CreateRequest {
		return client.CreateRequest{
			Settings:       anySettings(t),
			GenerateSecret: anyBool().Draw(t, "GenerateSecret"),
			ClientSecret:   anyString(nil).Draw(t, "ClientSecret"),
		}
	})
}

func anyUpdate() *rapid.Generator[client.UpdateRequest] {
	return rapid.Custom(func(t *rapid.T) client.UpdateRequest {
		return client.UpdateRequest{
			Settings: anySettings(t),
			ClientID: anyString(nil).Draw(t, "ClientId"),
		}
	})
}

func anyClient() *rapid.Generator[client.UserPoolClient] {
	return rapid.Custom(func(t *rapid.T) client.UserPoolClient {
		return client.UserPoolClient{
			Settings:         anySettings(t),
			ClientID:         anyString(nil).Draw(t, "ClientId"),
			ClientSecret:     anyString(nil).Draw(t, "ClientSecret"),
			LastModifiedDate: anyTime().Draw(t, "LastModifiedDate"),
			CreationDate:     anyTime().Draw(t, "CreationDate"),
		}
	})
}

func anySettings(t *rapid.T) client.Settings {
	authFlows := enumValues(types.ExplicitAuthFlowsType("").Values())
	oauthFlows := enumValues(types.OAuthFlowType("").Values())
	units := enumValues(types.TimeUnitsType("").Values())
	return client.Settings{
		UserPoolID:                               anyString(nil).Draw(t, "UserPoolId"),
		ClientName:                               anyString(nil).Draw(t, "ClientName"),
		RefreshTokenValidity:                     anyInt32().Draw(t, "RefreshTokenValidity"),
		AccessTokenValidity:                      anyInt32().Draw(t, "AccessTokenValidity"),
		IDTokenValidity:                          anyInt32().Draw(t, "IdTokenValidity"),
		TokenValidityUnits:                       anyUnits(units).Draw(t, "TokenValidityUnits"),
		ReadAttributes:                           anyList(nil).Draw(t, "ReadAttributes"),
		WriteAttributes:                          anyList(nil).Draw(t, "WriteAttributes"),
		ExplicitAuthFlows:                        anyList(authFlows).Draw(t, "ExplicitAuthFlows"),
		SupportedIdentityProviders:               anyList(nil).Draw(t, "SupportedIdentityProviders"),
		CallbackURLs:                             anyList(nil).Draw(t, "CallbackURLs"),
		LogoutURLs:                               anyList(nil).Draw(t, "LogoutURLs"),
		DefaultRedirectURI:                       anyString(nil).Draw(t, "DefaultRedirectURI"),
		AllowedOAuthFlows:                        anyList(oauthFlows).Draw(t, "AllowedOAuthFlows"),
		AllowedOAuthScopes:                       anyList(nil).Draw(t, "AllowedOAuthScopes"),
		AllowedOAuthFlowsUserPoolClient:          anyBool().Draw(t, "AllowedOAuthFlowsUserPoolClient"),
		AnalyticsConfiguration:                   anyAnalytics().Draw(t, "AnalyticsConfiguration"),
		PreventUserExistenceErrors:               anyString(enumValues(types.PreventUserExistenceErrorTypes("").Values())).Draw(t, "PreventUserExistenceErrors"),
		EnableTokenRevocation:                    anyBool().Draw(t, "EnableTokenRevocation"),
		EnablePropagateAdditionalUserContextData: anyBool().Draw(t, "EnablePropagateAdditionalUserContextData"),
		AuthSessionValidity:                      anyInt32().Draw(t, "AuthSessionValidity"),
		RefreshTokenRotation:                     anyRotation().Draw(t, "RefreshTokenRotation"),
	}
}

func anyUnits(units []string) *rapid.Generator[*client.TokenValidityUnits] {
	return rapid.Ptr(rapid.Custom(func(t *rapid.T) client.TokenValidityUnits {
		return client.TokenValidityUnits{
			AccessToken:  anyString(units).Draw(t, "AccessToken"),
			IDToken:      anyString(units).Draw(t, "IdToken"),
			RefreshToken: anyString(units).Draw(t, "RefreshToken"),
		}
	}), true)
}

func anyAnalytics() *rapid.Generator[*client.AnalyticsConfiguration] {
	return rapid.Ptr(rapid.Custom(func(t *rapid.T) client.AnalyticsConfiguration {
		return client.AnalyticsConfiguration{
			ApplicationID:  anyString(nil).Draw(t, "ApplicationId"),
			ApplicationARN: anyString(nil).Draw(t, "ApplicationArn"),
			RoleARN:        anyString(nil).Draw(t, "RoleArn"),
			ExternalID:     anyString(nil).Draw(t, "ExternalId"),
			UserDataShared: anyBool().Draw(t, "UserDataShared"),
		}
	}), true)
}

func anyRotation() *rapid.Generator[*client.RefreshTokenRotation] {
	features := enumValues(types.FeatureType("").Values())
	return rapid.Ptr(rapid.Custom(func(t *rapid.T) client.RefreshTokenRotation {
		return client.RefreshTokenRotation{
			Feature:                 anyString(features).Draw(t, "Feature"),
			RetryGracePeriodSeconds: anyInt32().Draw(t, "RetryGracePeriodSeconds"),
		}
	}), true)
}

// anyString draws nil, "", one of known (the SDK's enum values, if any) or
// any string.
func anyString(known []string) *rapid.Generator[*string] {
	gens := []*rapid.Generator[string]{rapid.Just(""), rapid.String()}
	if len(known) > 0 {
		gens = append(gens, rapid.SampledFrom(known))
	}
	return rapid.Ptr(rapid.OneOf(gens...), true)
}

// anyList draws nil, an empty list or a list of up to four strings from
// anyString's values.
func anyList(known []string) *rapid.Generator[[]string] {
	item := rapid.Custom(func(t *rapid.T) string {
		if p := anyString(known).Draw(t, "item"); p != nil {
			return *p
		}
		return ""
	})
	return rapid.OneOf(rapid.Just([]string(nil)), rapid.Just([]string{}), rapid.SliceOfN(item, 1, 4))
}

func anyInt32() *rapid.Generator[*int32] {
	return rapid.Ptr(rapid.OneOf(rapid.Just[int32](0), rapid.Int32()), true)
}

func anyBool() *rapid.Generator[*bool] { return rapid.Ptr(rapid.Bool(), true) }

func anyTime() *rapid.Generator[*time.Time] {
	return rapid.Ptr(rapid.Custom(func(t *rapid.T) time.Time {
		sec := rapid.Int64Range(-1<<40, 1<<40).Draw(t, "seconds")
		nsec := rapid.Int64Range(0, 999_999_999).Draw(t, "nanoseconds")
		zone := rapid.SampledFrom([]*time.Location{time.UTC, time.Local, time.FixedZone("X", 3600)}).Draw(t, "zone")
		return time.Unix(sec, nsec).In(zone)
	}), true)
}

func enumValues[E ~string](values []E) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = string(v)
	}
	return out
}
