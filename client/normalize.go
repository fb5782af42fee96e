package client

import (
	"errors"
	"slices"
	"time"

	"github.com/cognitokit/appclient/flows"
	"github.com/cognitokit/appclient/internal/spec"
	"github.com/cognitokit/appclient/units"
)

// Normalize returns the canonical form of the request: what Cognito stores
// for it, written one way only. See [Settings.Normalize] for the shared
// members. A GenerateSecret that is absent becomes false, the model's
// default for the GenerateSecret shape (CreateUserPoolClient, GenerateSecret:
// "Boolean to specify whether you want to generate a secret for the user pool
// client being created"; model default false). ClientSecret is kept as it is.
//
// Normalize is pure and idempotent, never changes what the request means and
// never repairs an invalid value: Check reports the same error rules for the
// result as for r. The result shares no slice or pointer with r.
func (r CreateRequest) Normalize() CreateRequest {
	out := r.clone()
	out.Settings = r.Settings.Normalize()
	out.GenerateSecret = orDefault(r.GenerateSecret, false)
	return out
}

// Normalize returns the canonical form of the request, as
// [CreateRequest.Normalize] does. ClientId is kept as it is.
//
// UpdateUserPoolClient replaces the whole client ("If you don't provide a
// value for an attribute, Amazon Cognito sets it to its default value"), so
// the defaults that Normalize writes are the values an absent member would
// get: the canonical form of an update sends them explicitly.
func (r UpdateRequest) Normalize() UpdateRequest {
	out := r.clone()
	out.Settings = r.Settings.Normalize()
	return out
}

// Normalize returns the canonical form of the description, as
// [CreateRequest.Normalize] does. The members outside Settings (ClientId,
// ClientSecret, and those AWS sets: CreationDate, LastModifiedDate,
// ClientType) are kept as they are.
func (r UserPoolClient) Normalize() UserPoolClient {
	out := r.clone()
	out.Settings = r.Settings.Normalize()
	return out
}

// Normalize returns the canonical form of the shared members. It is what the
// three shapes' Normalize methods apply; it is exported for callers that
// build Settings alone.
//
// What it does, member by member, and where AWS documents each default (the
// member docs of the CreateUserPoolClient API reference, "CUPC" below,
// https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html,
// and TokenValidityUnitsType,
// https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_TokenValidityUnitsType.html):
//
//   - Token lifetimes. Each of AccessTokenValidity, IdTokenValidity and
//     RefreshTokenValidity is written explicitly, with its unit in
//     TokenValidityUnits, in the largest unit that expresses it exactly
//     (60 minutes becomes 1 hours, 86400 seconds becomes 1 days, 90 minutes
//     stays). An absent validity is its default: 1 hour for access and ID
//     tokens, 30 days for refresh tokens (CUPC, AccessTokenValidity,
//     IdTokenValidity, RefreshTokenValidity). A
//     RefreshTokenValidity of 0 is 30 days: "You can't set
//     RefreshTokenValidity to 0. If you do, Amazon Cognito overrides the
//     value with the default value of 30 days." (CUPC). An absent unit is the default unit, hours for
//     access and ID tokens and days for refresh tokens
//     (TokenValidityUnitsType). Always sending
//     the units with the values also avoids the update trap where AWS
//     reinterprets stored values under the units sent with them
//     (UpdateUserPoolClient, TokenValidityUnits; seen failing as "Invalid
//     range for token validity" in hashicorp/terraform-provider-aws#32504).
//   - A lifetime that AWS would reject (an unknown unit, a value outside the
//     model range, or a duration outside the service bounds) is left exactly
//     as it is, value and unit member alike: Normalize never repairs an
//     invalid value. The other lifetimes are still made canonical.
//   - AuthSessionValidity absent becomes 3 (minutes): CUPC, AuthSessionValidity,
//     and the model's example output.
//   - ExplicitAuthFlows absent becomes ALLOW_CUSTOM_AUTH,
//     ALLOW_REFRESH_TOKEN_AUTH, ALLOW_USER_SRP_AUTH: "If you don't specify a
//     value for ExplicitAuthFlows, your app client supports
//     ALLOW_REFRESH_TOKEN_AUTH, ALLOW_USER_SRP_AUTH, and ALLOW_CUSTOM_AUTH"
//     (CUPC; flows.DefaultAuthFlows). An explicit
//     empty list stays empty: it is not "unspecified", AWS accepts it and
//     stores it as given (the Terraform provider's acceptance test
//     TestAccCognitoIDPUserPoolClient_emptySets creates a client with
//     explicit_auth_flows = [] against AWS), and it means that no
//     ExplicitAuthFlows flow is allowed, which is not what the default means.
//   - Legacy flow names stay as they are; replacing them changes meaning
//     slightly, so it is the separate [UpgradeLegacyFlows].
//   - AllowedOAuthFlowsUserPoolClient absent becomes false: the model's
//     default for BooleanType on both requests (CUPC,
//     AllowedOAuthFlowsUserPoolClient: it "must have a value of true before
//     you can configure" the OAuth settings).
//   - EnableTokenRevocation absent becomes true: "When you create a new user
//     pool client, token revocation is automatically activated" (CUPC,
//     operation description and EnableTokenRevocation).
//   - EnablePropagateAdditionalUserContextData absent becomes false (CUPC,
//     EnablePropagateAdditionalUserContextData).
//   - PreventUserExistenceErrors absent becomes LEGACY: "When you create a
//     new app client with the Amazon Cognito user pools API,
//     PreventUserExistenceErrors is LEGACY, or disabled, by default"
//     (developer guide, Managing user existence error responses; CUPC,
//     PreventUserExistenceErrors). DescribeUserPoolClient
//     may return it absent; the behaviour is LEGACY either way.
//   - AnalyticsConfiguration.UserDataShared absent becomes false when
//     AnalyticsConfiguration is present (model default false of BooleanType;
//     AnalyticsConfigurationType).
//   - RefreshTokenRotation with Feature DISABLED and RetryGracePeriodSeconds
//     absent or 0 becomes absent: that is how DescribeUserPoolClient shows a
//     client without rotation ({"Feature": "DISABLED",
//     "RetryGracePeriodSeconds": 0}), and it means what an absent
//     RefreshTokenRotation means. Otherwise RefreshTokenRotation and its
//     RetryGracePeriodSeconds stay as they are: the API reference
//     (RefreshTokenRotationType) documents no stored default for them, so
//     Normalize does not invent one.
//   - ReadAttributes and WriteAttributes absent stay absent: AWS then applies
//     defaults that depend on the user pool's schema (the standard
//     attributes, plus email_verified and phone_number_verified for reading)
//     and returns no list (CUPC, ReadAttributes),
//     so no list written offline would be the same.
//   - The set-like lists (ReadAttributes, WriteAttributes,
//     ExplicitAuthFlows, SupportedIdentityProviders, CallbackURLs,
//     LogoutURLs, AllowedOAuthFlows, AllowedOAuthScopes), whose order
//     carries no meaning at AWS, are sorted in byte order and
//     deduplicated. A list longer than its model maximum (100 CallbackURLs
//     or LogoutURLs, 3 AllowedOAuthFlows, 50 AllowedOAuthScopes) is sorted
//     but not deduplicated, since dropping duplicates could bring it under
//     the maximum and so repair it. An absent list stays absent and an empty
//     list stays empty (except ExplicitAuthFlows, above): AWS documents no
//     difference for the other lists, so Normalize keeps the difference.
//   - Strings are never rewritten: not trimmed, case-folded or
//     URL-normalized. Cognito matches redirect URIs exactly (CUPC,
//     DefaultRedirectURI; RFC 9700 §4.1.3).
func (s Settings) Normalize() Settings {
	// Members without a rule below are copied as they are.
	out := s.clone()
	out.ReadAttributes = set(s.ReadAttributes, spec.ClientPermissionListType)
	out.WriteAttributes = set(s.WriteAttributes, spec.ClientPermissionListType)
	out.SupportedIdentityProviders = set(s.SupportedIdentityProviders, spec.SupportedIdentityProvidersListType)
	out.CallbackURLs = set(s.CallbackURLs, spec.CallbackURLsListType)
	out.LogoutURLs = set(s.LogoutURLs, spec.LogoutURLsListType)
	out.AllowedOAuthFlows = set(s.AllowedOAuthFlows, spec.OAuthFlowsType)
	out.AllowedOAuthScopes = set(s.AllowedOAuthScopes, spec.ScopeListType)
	out.AllowedOAuthFlowsUserPoolClient = orDefault(s.AllowedOAuthFlowsUserPoolClient, false)
	out.PreventUserExistenceErrors = orDefault(s.PreventUserExistenceErrors, "LEGACY")
	out.EnableTokenRevocation = orDefault(s.EnableTokenRevocation, true)
	out.EnablePropagateAdditionalUserContextData = orDefault(s.EnablePropagateAdditionalUserContextData, false)
	out.AuthSessionValidity = orDefault(s.AuthSessionValidity, int32(units.AuthSessionDefault))
	if s.ExplicitAuthFlows == nil {
		out.ExplicitAuthFlows = set(flows.DefaultAuthFlows(), spec.ExplicitAuthFlowsListType)
	} else {
		out.ExplicitAuthFlows = set(s.ExplicitAuthFlows, spec.ExplicitAuthFlowsListType)
	}
	if a := out.AnalyticsConfiguration; a != nil {
		a.UserDataShared = orDefault(a.UserDataShared, false)
	}
	if t := out.RefreshTokenRotation; t != nil && t.Feature != nil && *t.Feature == "DISABLED" &&
		(t.RetryGracePeriodSeconds == nil || *t.RetryGracePeriodSeconds == 0) {
		out.RefreshTokenRotation = nil
	}
	normalizeTokens(&s, &out)
	return out
}

// normalizeTokens writes the three validities and their units into out.
func normalizeTokens(s, out *Settings) {
	var u TokenValidityUnits
	anyUnit := false
	for _, t := range [...]units.Token{units.AccessToken, units.IDToken, units.RefreshToken} {
		value, unit := tokenFields(s, t)
		if secs, ok := acceptedLifetime(s, t); ok {
			v, name := units.Largest(secs)
			value, unit = Ptr(int32(v)), Ptr(name)
		} else {
			value, unit = clonePtr(value), clonePtr(unit)
		}
		anyUnit = anyUnit || unit != nil
		switch t {
		case units.AccessToken:
			out.AccessTokenValidity, u.AccessToken = value, unit
		case units.IDToken:
			out.IDTokenValidity, u.IDToken = value, unit
		case units.RefreshToken:
			out.RefreshTokenValidity, u.RefreshToken = value, unit
		}
	}
	if anyUnit || s.TokenValidityUnits != nil {
		out.TokenValidityUnits = &u
	}
}

// tokenFields returns the validity member of token t and its unit member.
func tokenFields(s *Settings, t units.Token) (value *int32, unit *string) {
	u := s.TokenValidityUnits
	if u == nil {
		u = &TokenValidityUnits{}
	}
	switch t {
	case units.AccessToken:
		return s.AccessTokenValidity, u.AccessToken
	case units.IDToken:
		return s.IDTokenValidity, u.IDToken
	}
	return s.RefreshTokenValidity, u.RefreshToken
}

// acceptedLifetime returns token t's lifetime in seconds, defaults applied,
// and whether AWS accepts it: the unit (even one that applies to an absent
// validity) must be known, the raw value within the model range, and the
// duration within the service bounds.
func acceptedLifetime(s *Settings, t units.Token) (int64, bool) {
	unit, _ := unitOf(s, t)
	if !units.Known(unit) {
		return 0, false
	}
	value, _ := tokenFields(s, t)
	if value != nil {
		model := spec.AccessTokenValidityType
		switch t {
		case units.IDToken:
			model = spec.IDTokenValidityType
		case units.RefreshToken:
			model = spec.RefreshTokenValidityType
		}
		if n := int64(*value); n < model.Min || n > model.Max {
			return 0, false
		}
	}
	secs, ok := effective(s, t)
	lo, hi := t.Bounds()
	return secs, ok && secs >= lo && secs <= hi
}

// UpgradeLegacyFlows returns a copy of an ExplicitAuthFlows list with each
// legacy name replaced by the ALLOW_ name that supersedes it
// (flows.Modern): ADMIN_NO_SRP_AUTH becomes ALLOW_ADMIN_USER_PASSWORD_AUTH,
// CUSTOM_AUTH_FLOW_ONLY becomes ALLOW_CUSTOM_AUTH and USER_PASSWORD_AUTH
// becomes ALLOW_USER_PASSWORD_AUTH. Other values are kept; nil stays nil.
//
// Normalize never does this, because it changes what the configuration means
// slightly: AWS reads a legacy list and an ALLOW_ list differently. A legacy
// value adds to flows the client always had (SRP and refresh-token sign-in,
// and CUSTOM_AUTH_FLOW_ONLY limits the client to custom authentication),
// while an ALLOW_ list names every flow the client gets. After the upgrade,
// add ALLOW_USER_SRP_AUTH and ALLOW_REFRESH_TOKEN_AUTH if the client needs
// them (Check warns with flows.refresh-auth-missing when refresh is gone).
// The CreateUserPoolClient API reference, ExplicitAuthFlows, calls the
// legacy values deprecated and says ALLOW_ADMIN_USER_PASSWORD_AUTH "replaces
// the ADMIN_NO_SRP_AUTH setting".
func UpgradeLegacyFlows(list []string) []string {
	if list == nil {
		return nil
	}
	out := make([]string, len(list))
	for i, f := range list {
		if m, ok := flows.Modern(f); ok {
			f = m
		}
		out[i] = f
	}
	return out
}

// Lifetimes are the lifetimes of an app client's tokens and of its
// authentication session, with AWS's defaults applied.
type Lifetimes struct {
	Access, ID, Refresh time.Duration // AccessTokenValidity, IdTokenValidity, RefreshTokenValidity
	AuthSession         time.Duration // AuthSessionValidity
}

// Lifetimes returns the effective lifetimes: each validity times its unit,
// with the defaults that [Settings.Normalize] documents (1 hour, 1 hour and
// 30 days; RefreshTokenValidity 0 is 30 days; AuthSessionValidity 3
// minutes). It returns an error, and zero Lifetimes, when some lifetime is
// one AWS would reject: an unknown unit, a value outside the model range, or
// a duration outside the service bounds. Check says why in detail.
func (s Settings) Lifetimes() (Lifetimes, error) {
	var out Lifetimes
	for _, t := range [...]units.Token{units.AccessToken, units.IDToken, units.RefreshToken} {
		secs, ok := acceptedLifetime(&s, t)
		if !ok {
			return Lifetimes{}, errors.New("client: " + t.Member() + ": the " + t.String() +
				" lifetime is not one AWS accepts (unknown unit, or out of range); see Check")
		}
		d := time.Duration(secs) * time.Second
		switch t {
		case units.AccessToken:
			out.Access = d
		case units.IDToken:
			out.ID = d
		case units.RefreshToken:
			out.Refresh = d
		}
	}
	minutes := int32(units.AuthSessionDefault)
	if s.AuthSessionValidity != nil {
		minutes = *s.AuthSessionValidity
	}
	if minutes < units.AuthSessionMin || minutes > units.AuthSessionMax {
		return Lifetimes{}, errors.New("client: AuthSessionValidity: must be 3 to 15 minutes; see Check")
	}
	out.AuthSession = time.Duration(minutes) * time.Minute
	return out, nil
}

// Equivalent reports whether r and o have the same canonical form
// (r.Normalize() and o.Normalize() are equal): whether Cognito would store the
// same client for both. Strings are compared exactly.
func (r CreateRequest) Equivalent(o CreateRequest) bool {
	a, b := r.Normalize(), o.Normalize()
	return a.equal(&b)
}

// Equivalent reports whether r and o have the same canonical form, as
// [CreateRequest.Equivalent] does.
func (r UpdateRequest) Equivalent(o UpdateRequest) bool {
	a, b := r.Normalize(), o.Normalize()
	return a.equal(&b)
}

// Equivalent reports whether r and o have the same canonical form, as
// [CreateRequest.Equivalent] does. Dates are equal when they are the same
// instant, whatever their time zones.
func (r UserPoolClient) Equivalent(o UserPoolClient) bool {
	a, b := r.Normalize(), o.Normalize()
	return a.equal(&b)
}

// eq reports whether two optional values are both absent, or both present
// and equal.
func eq[T comparable](a, b *T) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

func eqList(a, b []string) bool { return (a == nil) == (b == nil) && slices.Equal(a, b) }

func sameTime(a, b *time.Time) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Equal(*b)
}

// set returns a sorted, deduplicated copy of a set-like list; nil stays nil
// and empty stays empty. A list longer than the model's maximum is only
// sorted (see Settings.Normalize).
func set(list []string, shape *spec.Shape) []string {
	if list == nil {
		return nil
	}
	out := slices.Clone(list)
	if out == nil { // slices.Clone of an empty slice may return nil
		out = []string{}
	}
	slices.Sort(out)
	if shape.Max == spec.NoLimit || int64(len(out)) <= shape.Max {
		out = slices.Clip(slices.Compact(out))
	}
	return out
}

func clonePtr[T any](p *T) *T {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}

func orDefault[T any](p *T, def T) *T {
	if p == nil {
		return &def
	}
	v := *p
	return &v
}
