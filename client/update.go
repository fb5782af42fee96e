package client

import (
	"errors"
	"math"

	"github.com/cognitokit/appclient/units"
)

// UpdateFrom returns the UpdateUserPoolClient request that keeps the client
// current exactly as it is.
//
// UpdateUserPoolClient replaces the whole client: "If you don't provide a
// value for an attribute, Amazon Cognito sets it to its default value"
// (UpdateUserPoolClient API reference,
// https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserPoolClient.html). An update
// built from scratch therefore resets every setting it leaves out. Start from
// UpdateFrom(current) instead, and change what must change with
// [UpdateRequest.WithChanges].
//
// The request holds UserPoolId, ClientId, ClientName and every setting of
// current, deep-copied: it shares no pointer or slice with current. Lists
// keep their order and an absent member stays absent, so nothing is read
// into current that DescribeUserPoolClient did not say.
//
// The token lifetimes are the exception: each of AccessTokenValidity,
// IdTokenValidity and RefreshTokenValidity is written explicitly, and
// TokenValidityUnits always carries all three units, because AWS reads the
// integers of an update under the units sent in the same request
// (UpdateUserPoolClient, TokenValidityUnits). Each lifetime is the one
// [Settings.Normalize] writes: the effective duration, defaults applied, in
// its largest exact unit (60 minutes becomes 1 hours). A lifetime AWS would
// reject is left as it is, with its unit made explicit when it was the
// default.
//
// The read-only members of UserPoolClientType are not part of an update:
// CreationDate and LastModifiedDate are set by AWS, and ClientSecret cannot
// be changed by UpdateUserPoolClient (manage secrets with
// AddUserPoolClientSecret and DeleteUserPoolClientSecret). Check reports
// model.required for a current without UserPoolId or ClientId.
func UpdateFrom(current UserPoolClient) UpdateRequest {
	out := UpdateRequest{
		Settings: current.Settings.clone(),
		ClientID: clonePtr(current.ClientID),
	}
	explicitLifetimes(&out.Settings)
	return out
}

// WithChanges returns the update u with changes made on top of it; u is not
// modified and the result shares no pointer or slice with u or changes.
//
// Each non-nil pointer or slice of changes replaces that member: a non-nil
// empty slice clears a list, and AnalyticsConfiguration and
// RefreshTokenRotation replace the whole structure. A nil member of changes
// keeps u's. UserPoolId names the client being updated, so a change to
// another UserPoolId is an error.
//
// TokenValidityUnits is not replaced whole: each of its members gives the
// unit of the matching lifetime change. For each token:
//
//   - A changed validity (AccessTokenValidity, IdTokenValidity or
//     RefreshTokenValidity non-nil) is read in the unit changes gives for it,
//     or, when changes gives none, in AWS's default unit: hours for access
//     and ID tokens, days for refresh tokens. That is what AWS would do with
//     a request that sent only that change. So {AccessTokenValidity: 30} is
//     30 hours, whatever unit u had; give the unit with the value.
//   - A changed unit without a value keeps the current duration, rewritten
//     in the new unit: 2 hours become 120 minutes. When the duration cannot
//     be written exactly in the new unit (90 minutes in hours), or the unit
//     is not seconds, minutes, hours or days, or u's lifetime is not one AWS
//     accepts, WithChanges returns an error and the zero UpdateRequest.
//   - An unchanged lifetime keeps its duration; as in [UpdateFrom], it is
//     written explicitly in its largest exact unit.
//
// The result always carries explicit units with its values, so that AWS
// reads each value in the unit meant (UpdateUserPoolClient, TokenValidityUnits). WithChanges does not check the result against
// AWS's bounds: call Check on it.
func (u UpdateRequest) WithChanges(changes Settings) (UpdateRequest, error) {
	if changes.UserPoolID != nil && (u.UserPoolID == nil || *changes.UserPoolID != *u.UserPoolID) {
		return UpdateRequest{}, errors.New("client: UserPoolId names the user pool of the client being updated; an update cannot change it")
	}
	out := UpdateRequest{Settings: u.Settings.clone(), ClientID: clonePtr(u.ClientID)}
	explicitLifetimes(&out.Settings)
	s, c := &out.Settings, &changes
	s.overlay(c)
	for _, t := range [...]units.Token{units.AccessToken, units.IDToken, units.RefreshToken} {
		value, unit := tokenFields(c, t)
		switch {
		case value != nil:
			name := t.DefaultUnit()
			if unit != nil {
				name = *unit
			}
			setToken(s, t, Ptr(*value), Ptr(name))
		case unit != nil:
			v, err := convert(s, t, *unit)
			if err != nil {
				return UpdateRequest{}, err
			}
			setToken(s, t, Ptr(v), Ptr(*unit))
		}
	}
	return out, nil
}

// convert returns token t's current lifetime in s written in unit.
func convert(s *Settings, t units.Token, unit string) (int32, error) {
	size, ok := units.Size(unit)
	if !ok {
		return 0, errors.New("client: TokenValidityUnits." + t.UnitMember() + ": " + quote(unit) +
			" is not a unit: use seconds, minutes, hours or days")
	}
	secs, ok := acceptedLifetime(s, t)
	if !ok {
		return 0, errors.New("client: " + t.Member() + ": the current " + t.String() +
			" lifetime is not one AWS accepts, so it cannot be converted to " + unit + "; give the value with the unit")
	}
	if secs%size != 0 {
		return 0, errors.New("client: " + t.Member() + ": " + units.FormatSeconds(secs) + " cannot be written in " + unit +
			"; give the value with the unit")
	}
	v := secs / size
	if v > math.MaxInt32 {
		return 0, errors.New("client: " + t.Member() + ": " + units.FormatSeconds(secs) + " is too many " + unit)
	}
	return int32(v), nil
}

// explicitLifetimes writes the three lifetimes of s as Normalize does, and
// every unit explicitly.
func explicitLifetimes(s *Settings) {
	var n Settings
	normalizeTokens(s, &n)
	u := TokenValidityUnits{}
	if n.TokenValidityUnits != nil {
		u = *n.TokenValidityUnits
	}
	if u.AccessToken == nil {
		u.AccessToken = Ptr(units.AccessToken.DefaultUnit())
	}
	if u.IDToken == nil {
		u.IDToken = Ptr(units.IDToken.DefaultUnit())
	}
	if u.RefreshToken == nil {
		u.RefreshToken = Ptr(units.RefreshToken.DefaultUnit())
	}
	s.AccessTokenValidity, s.IDTokenValidity, s.RefreshTokenValidity = n.AccessTokenValidity, n.IDTokenValidity, n.RefreshTokenValidity
	s.TokenValidityUnits = &u
}

// setToken sets token t's validity and unit in s, whose TokenValidityUnits
// is not nil.
func setToken(s *Settings, t units.Token, value *int32, unit *string) {
	switch t {
	case units.AccessToken:
		s.AccessTokenValidity, s.TokenValidityUnits.AccessToken = value, unit
	case units.IDToken:
		s.IDTokenValidity, s.TokenValidityUnits.IDToken = value, unit
	case units.RefreshToken:
		s.RefreshTokenValidity, s.TokenValidityUnits.RefreshToken = value, unit
	}
}

// cloneList copies a list; nil stays nil and empty stays empty.
func cloneList(list []string) []string {
	if list == nil {
		return nil
	}
	return append(make([]string, 0, len(list)), list...)
}
