package clienttest

import (
	"time"

	"pgregory.net/rapid"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/flows"
	"github.com/cognitokit/appclient/internal/spec"
	"github.com/cognitokit/appclient/units"
)

// secret says what the generated shape knows about the client's secret,
// which decides whether client_credentials and
// EnablePropagateAdditionalUserContextData true are allowed.
type secret uint8

const (
	secretNone    secret = iota // a create request without GenerateSecret true or ClientSecret
	secretPresent               // GenerateSecret true or a ClientSecret
	secretUnknown               // an update request: the secret is not part of it
)

// Create generates CreateUserPoolClient requests that AWS accepts: Check
// reports no error for any of them (warnings are allowed). Every member is
// drawn, each sometimes absent, with values at and near the model and
// service bounds: 1- and 128-character names, 100 CallbackURLs, 50 scopes,
// 3 OAuth flows, lifetimes at their bounds in every unit, and so on.
func Create() *rapid.Generator[client.CreateRequest] {
	return rapid.Custom(func(t *rapid.T) client.CreateRequest {
		var r client.CreateRequest
		r.UserPoolID = ptr(UserPoolID().Draw(t, "UserPoolId"))
		r.ClientName = ptr(ClientName().Draw(t, "ClientName"))
		r.GenerateSecret = optional(rapid.Bool()).Draw(t, "GenerateSecret")
		if r.GenerateSecret == nil || !*r.GenerateSecret {
			r.ClientSecret = optional(ClientSecret()).Draw(t, "ClientSecret")
		}
		sec := secretNone
		if r.ClientSecret != nil || (r.GenerateSecret != nil && *r.GenerateSecret) {
			sec = secretPresent
		}
		settingsTail(t, &r.Settings, sec)
		return r
	})
}

// Update generates UpdateUserPoolClient requests that AWS accepts, as Create
// does. UserPoolId and ClientId are always present; ClientName is optional.
func Update() *rapid.Generator[client.UpdateRequest] {
	return rapid.Custom(func(t *rapid.T) client.UpdateRequest {
		var r client.UpdateRequest
		r.UserPoolID = ptr(UserPoolID().Draw(t, "UserPoolId"))
		r.ClientID = ptr(ClientID().Draw(t, "ClientId"))
		r.ClientName = optional(ClientName()).Draw(t, "ClientName")
		settingsTail(t, &r.Settings, secretUnknown)
		return r
	})
}

// UserPoolClient generates UserPoolClientType values (DescribeUserPoolClient
// output) without errors, as Create does. No member is required; dates are
// UTC instants between 2000 and 2100 with nanoseconds.
func UserPoolClient() *rapid.Generator[client.UserPoolClient] {
	return rapid.Custom(func(t *rapid.T) client.UserPoolClient {
		var r client.UserPoolClient
		r.UserPoolID = optional(UserPoolID()).Draw(t, "UserPoolId")
		r.ClientName = optional(ClientName()).Draw(t, "ClientName")
		r.ClientID = optional(ClientID()).Draw(t, "ClientId")
		r.ClientSecret = optional(ClientSecret()).Draw(t, "ClientSecret")
		r.LastModifiedDate = optional(date()).Draw(t, "LastModifiedDate")
		r.CreationDate = optional(date()).Draw(t, "CreationDate")
		r.ClientType = optional(rapid.SampledFrom(spec.ClientTypeType.Enum)).Draw(t, "ClientType")
		settingsTail(t, &r.Settings, secretUnknown)
		return r
	})
}

func date() *rapid.Generator[time.Time] {
	return rapid.Custom(func(t *rapid.T) time.Time {
		sec := rapid.Int64Range(946684800, 4102444800).Draw(t, "seconds")
		nsec := rapid.OneOf(rapid.Just[int64](0), rapid.Int64Range(0, 999999999)).Draw(t, "nanoseconds")
		return time.Unix(sec, nsec).UTC()
	})
}

// settingsTail draws the twenty members that end the three shapes.
func settingsTail(t *rapid.T, s *client.Settings, sec secret) {
	tokens(t, s)
	s.ReadAttributes = optionalList(list(Attribute(), 0, 8)).Draw(t, "ReadAttributes")
	s.WriteAttributes = optionalList(list(WriteAttribute(), 0, 8)).Draw(t, "WriteAttributes")
	s.ExplicitAuthFlows = rapid.OneOf(rapid.Just[[]string](nil), AuthFlows()).Draw(t, "ExplicitAuthFlows")
	s.SupportedIdentityProviders = optionalList(list(ProviderName(), 0, 6)).Draw(t, "SupportedIdentityProviders")

	s.AllowedOAuthFlowsUserPoolClient = optional(rapid.Bool()).Draw(t, "AllowedOAuthFlowsUserPoolClient")
	on := s.AllowedOAuthFlowsUserPoolClient != nil && *s.AllowedOAuthFlowsUserPoolClient
	s.AllowedOAuthFlows = oauthFlows(on, sec != secretNone).Draw(t, "AllowedOAuthFlows")
	cc, browser := false, false
	for _, f := range s.AllowedOAuthFlows {
		cc = cc || f == flows.ClientCredentials
		browser = browser || f == flows.Code || f == flows.Implicit
	}
	scope := Scope()
	if cc {
		scope = CustomScope() // client_credentials takes resource-server scopes only
	}
	maxScopes := int(spec.ScopeListType.Max)
	if on {
		s.AllowedOAuthScopes = list(scope, 1, maxScopes).Draw(t, "AllowedOAuthScopes")
	} else {
		s.AllowedOAuthScopes = optionalList(list(scope, 0, maxScopes)).Draw(t, "AllowedOAuthScopes")
	}
	maxURLs := int(spec.CallbackURLsListType.Max)
	if browser {
		s.CallbackURLs = list(RedirectURL(), 1, maxURLs).Draw(t, "CallbackURLs")
	} else {
		s.CallbackURLs = optionalList(list(RedirectURL(), 0, maxURLs)).Draw(t, "CallbackURLs")
	}
	s.LogoutURLs = optionalList(list(RedirectURL(), 0, int(spec.LogoutURLsListType.Max))).Draw(t, "LogoutURLs")
	if len(s.CallbackURLs) > 0 {
		s.DefaultRedirectURI = optional(rapid.SampledFrom(s.CallbackURLs)).Draw(t, "DefaultRedirectURI")
	}

	s.AnalyticsConfiguration = optional(analytics()).Draw(t, "AnalyticsConfiguration")
	s.PreventUserExistenceErrors = optional(rapid.SampledFrom(spec.PreventUserExistenceErrorTypes.Enum)).Draw(t, "PreventUserExistenceErrors")
	s.EnableTokenRevocation = optional(rapid.Bool()).Draw(t, "EnableTokenRevocation")
	propagate := rapid.Bool()
	if sec == secretNone {
		propagate = rapid.Just(false) // true needs a client secret
	}
	s.EnablePropagateAdditionalUserContextData = optional(propagate).Draw(t, "EnablePropagateAdditionalUserContextData")
	s.AuthSessionValidity = optional(rapid.Map(edge(units.AuthSessionMin, units.AuthSessionMax), toInt32)).Draw(t, "AuthSessionValidity")
	s.RefreshTokenRotation = optional(rotation()).Draw(t, "RefreshTokenRotation")
}

// tokens draws the three validities and TokenValidityUnits: each validity
// within its bounds in its unit (the default unit when the unit is absent).
func tokens(t *rapid.T, s *client.Settings) {
	var u *client.TokenValidityUnits
	if rapid.Bool().Draw(t, "TokenValidityUnits") {
		u = &client.TokenValidityUnits{
			AccessToken:  optional(Unit()).Draw(t, "TokenValidityUnits.AccessToken"),
			IDToken:      optional(Unit()).Draw(t, "TokenValidityUnits.IdToken"),
			RefreshToken: optional(Unit()).Draw(t, "TokenValidityUnits.RefreshToken"),
		}
	}
	s.TokenValidityUnits = u
	unit := func(p *string, tok units.Token) string {
		if p == nil {
			return tok.DefaultUnit()
		}
		return *p
	}
	var access, id, refresh *string
	if u != nil {
		access, id, refresh = u.AccessToken, u.IDToken, u.RefreshToken
	}
	s.AccessTokenValidity = optional(Validity(units.AccessToken, unit(access, units.AccessToken))).Draw(t, "AccessTokenValidity")
	s.IDTokenValidity = optional(Validity(units.IDToken, unit(id, units.IDToken))).Draw(t, "IdTokenValidity")
	s.RefreshTokenValidity = optional(Validity(units.RefreshToken, unit(refresh, units.RefreshToken))).Draw(t, "RefreshTokenValidity")
}

// oauthFlows draws AllowedOAuthFlows: non-empty when the OAuth switch is on;
// client_credentials only when cc is allowed (a secret may exist), and then
// alone.
func oauthFlows(on, cc bool) *rapid.Generator[[]string] {
	browser := rapid.SliceOfN(rapid.SampledFrom([]string{flows.Code, flows.Implicit}), 1, int(spec.OAuthFlowsType.Max))
	gens := []*rapid.Generator[[]string]{browser, rapid.Just([]string{flows.Code})}
	if cc {
		gens = append(gens, rapid.SliceOfN(rapid.Just(flows.ClientCredentials), 1, int(spec.OAuthFlowsType.Max)))
	}
	if !on {
		gens = append(gens, rapid.Just[[]string](nil), rapid.Just([]string{}))
	}
	return rapid.OneOf(gens...)
}

// analytics draws an AnalyticsConfiguration: ApplicationArn alone,
// ApplicationId with RoleArn and ExternalId, or any other combination (only a
// warning), each with or without UserDataShared.
func analytics() *rapid.Generator[client.AnalyticsConfiguration] {
	id := text(hexChars, 1, 64)
	external := text(alnum+letterRunes+"-_", 0, int(spec.StringType.Max))
	return rapid.Custom(func(t *rapid.T) client.AnalyticsConfiguration {
		var a client.AnalyticsConfiguration
		switch rapid.IntRange(0, 2).Draw(t, "form") {
		case 0:
			a.ApplicationARN = ptr(ARN().Draw(t, "ApplicationArn"))
		case 1:
			a.ApplicationID = ptr(id.Draw(t, "ApplicationId"))
			a.RoleARN = ptr(ARN().Draw(t, "RoleArn"))
			a.ExternalID = ptr(external.Draw(t, "ExternalId"))
		default:
			a.ApplicationID = optional(id).Draw(t, "ApplicationId")
			a.ApplicationARN = optional(ARN()).Draw(t, "ApplicationArn")
			a.RoleARN = optional(ARN()).Draw(t, "RoleArn")
			a.ExternalID = optional(external).Draw(t, "ExternalId")
		}
		a.UserDataShared = optional(rapid.Bool()).Draw(t, "UserDataShared")
		return a
	})
}

// rotation draws a RefreshTokenRotation: Feature is required.
func rotation() *rapid.Generator[client.RefreshTokenRotation] {
	return rapid.Custom(func(t *rapid.T) client.RefreshTokenRotation {
		return client.RefreshTokenRotation{
			Feature:                 ptr(rapid.SampledFrom(spec.FeatureType.Enum).Draw(t, "Feature")),
			RetryGracePeriodSeconds: optional(rapid.Map(edge(0, int(spec.RetryGracePeriodSecondsType.Max)), toInt32)).Draw(t, "RetryGracePeriodSeconds"),
		}
	})
}

func toInt32(v int) int32 { return int32(v) }
