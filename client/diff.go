package client

import (
	"strconv"

	"github.com/cognitokit/appclient/units"
)

// Change is one member whose effective value differs between a desired and
// a current app client: an entry of [Diff].
type Change struct {
	// Path is the member in AWS wire names, as in a Violation:
	// "AccessTokenValidity", "CallbackURLs", "AnalyticsConfiguration.RoleArn".
	Path string
	// Desired and Current render the two values (see Diff for how). They
	// never contain a ClientSecret or a ClientId.
	Desired, Current string
}

// Rendered values of Change that are not JSON.
const (
	absentText    = "absent"
	presentText   = "present"
	differentText = "present (a different value)"
)

// Diff lists the members whose effective values differ between desired and
// current: what an update would change, or how a live client drifted from
// its configuration. It returns nil when there is no difference.
//
// Both sides are normalized first ([UserPoolClient.Normalize]), so what
// Cognito stores the same way is no difference: a default written out or
// left out, a lifetime written in other units (60 minutes and 1 hours), a
// set-like list in another order or with repeats. An absent list and an
// empty one still differ, as Normalize keeps them apart.
//
// Changes come in the member order of UserPoolClientType. The members are
// compared as follows:
//
//   - Token lifetimes are compared as effective durations, and reported at
//     AccessTokenValidity, IdTokenValidity and RefreshTokenValidity with the
//     duration rendered in its largest exact unit ("1 hour", "90 minutes",
//     "30 days"): TokenValidityUnits is folded into them and never reported
//     on its own.
//   - AnalyticsConfiguration and RefreshTokenRotation are compared member by
//     member ("RefreshTokenRotation.Feature") when both sides have them, and
//     as a whole when one side lacks them.
//   - ClientSecret is compared by presence only, and rendered as "present"
//     or "absent": its value is never shown, and a secret that AWS will
//     generate has no value yet (see [CreateRequest.Client]).
//   - ClientId is compared only when both sides have one (a create request
//     has none: AWS assigns it), and rendered as "present" and
//     "present (a different value)": its value is never shown either.
//   - CreationDate and LastModifiedDate are not compared: AWS sets them.
//
// Every other value is rendered as compact JSON text, as the AWS CLI would
// send it: "ENABLED" with its quotes, true, 3, ["code","implicit"],
// {"Feature":"ENABLED"}. A member absent after normalization is rendered as
// absent, without quotes.
//
// For configurations that Check finds no error in, Diff(a, b) is empty
// exactly when a and b are Equivalent apart from dates, secret values and a
// ClientId missing on one side.
func Diff(desired, current UserPoolClient) []Change {
	a, b := desired.Normalize(), current.Normalize()
	d := differ{}
	d.str("UserPoolId", a.UserPoolID, b.UserPoolID)
	d.str("ClientName", a.ClientName, b.ClientName)
	if a.ClientID != nil && b.ClientID != nil && *a.ClientID != *b.ClientID {
		d.add("ClientId", presentText, differentText)
	}
	if (a.ClientSecret == nil) != (b.ClientSecret == nil) {
		d.add("ClientSecret", presence(a.ClientSecret), presence(b.ClientSecret))
	}
	for _, t := range [...]units.Token{units.RefreshToken, units.AccessToken, units.IDToken} {
		av, au := lifetime(&a.Settings, t)
		bv, bu := lifetime(&b.Settings, t)
		if !eq(av, bv) || au != bu {
			d.add(t.Member(), lifetimeText(av, au), lifetimeText(bv, bu))
		}
	}
	d.list("ReadAttributes", a.ReadAttributes, b.ReadAttributes)
	d.list("WriteAttributes", a.WriteAttributes, b.WriteAttributes)
	d.list("ExplicitAuthFlows", a.ExplicitAuthFlows, b.ExplicitAuthFlows)
	d.list("SupportedIdentityProviders", a.SupportedIdentityProviders, b.SupportedIdentityProviders)
	d.list("CallbackURLs", a.CallbackURLs, b.CallbackURLs)
	d.list("LogoutURLs", a.LogoutURLs, b.LogoutURLs)
	d.str("DefaultRedirectURI", a.DefaultRedirectURI, b.DefaultRedirectURI)
	d.list("AllowedOAuthFlows", a.AllowedOAuthFlows, b.AllowedOAuthFlows)
	d.list("AllowedOAuthScopes", a.AllowedOAuthScopes, b.AllowedOAuthScopes)
	d.boolean("AllowedOAuthFlowsUserPoolClient", a.AllowedOAuthFlowsUserPoolClient, b.AllowedOAuthFlowsUserPoolClient)
	switch x, y := a.AnalyticsConfiguration, b.AnalyticsConfiguration; {
	case x != nil && y != nil:
		d.str("AnalyticsConfiguration.ApplicationId", x.ApplicationID, y.ApplicationID)
		d.str("AnalyticsConfiguration.ApplicationArn", x.ApplicationARN, y.ApplicationARN)
		d.str("AnalyticsConfiguration.RoleArn", x.RoleARN, y.RoleARN)
		d.str("AnalyticsConfiguration.ExternalId", x.ExternalID, y.ExternalID)
		d.boolean("AnalyticsConfiguration.UserDataShared", x.UserDataShared, y.UserDataShared)
	case x != nil || y != nil:
		d.add("AnalyticsConfiguration", analyticsText(x), analyticsText(y))
	}
	d.str("PreventUserExistenceErrors", a.PreventUserExistenceErrors, b.PreventUserExistenceErrors)
	d.boolean("EnableTokenRevocation", a.EnableTokenRevocation, b.EnableTokenRevocation)
	d.boolean("EnablePropagateAdditionalUserContextData", a.EnablePropagateAdditionalUserContextData, b.EnablePropagateAdditionalUserContextData)
	d.int("AuthSessionValidity", a.AuthSessionValidity, b.AuthSessionValidity)
	switch x, y := a.RefreshTokenRotation, b.RefreshTokenRotation; {
	case x != nil && y != nil:
		d.str("RefreshTokenRotation.Feature", x.Feature, y.Feature)
		d.int("RefreshTokenRotation.RetryGracePeriodSeconds", x.RetryGracePeriodSeconds, y.RetryGracePeriodSeconds)
	case x != nil || y != nil:
		d.add("RefreshTokenRotation", rotationText(x), rotationText(y))
	}
	return d.out
}

// CreatedClient returns the app client that CreateUserPoolClient would create for
// r, as a UserPoolClient to compare with [Diff]: r's settings (deep-copied),
// no ClientId (AWS assigns it) and no dates. ClientSecret is r's ClientSecret
// when r sends one; when GenerateSecret is true it is a pointer to the empty
// string, which stands for a secret that AWS will generate: present, with a
// value not yet known. Otherwise it is nil: the client has no secret.
func (r CreateRequest) CreatedClient() UserPoolClient {
	out := UserPoolClient{Settings: r.Settings.clone(), ClientSecret: clonePtr(r.ClientSecret)}
	if out.ClientSecret == nil && isTrue(r.GenerateSecret) {
		out.ClientSecret = Ptr("")
	}
	return out
}

// UpdatedClient returns the app client that UpdateUserPoolClient would leave
// when it applies r to current, as a UserPoolClient to compare with [Diff].
// The settings and ClientId are r's (deep-copied): an update replaces every
// setting, and one that r leaves out takes its default. ClientSecret,
// CreationDate and LastModifiedDate are current's, which an update does not
// change; LastModifiedDate is not advanced. Pass a zero UserPoolClient when
// current is unknown: the result then has no secret.
func (r UpdateRequest) UpdatedClient(current UserPoolClient) UserPoolClient {
	return UserPoolClient{
		Settings:         r.Settings.clone(),
		ClientID:         clonePtr(r.ClientID),
		ClientSecret:     clonePtr(current.ClientSecret),
		LastModifiedDate: clonePtr(current.LastModifiedDate),
		CreationDate:     clonePtr(current.CreationDate),
	}
}

// differ gathers the changes of Diff.
type differ struct{ out []Change }

func (d *differ) add(path, desired, current string) {
	d.out = append(d.out, Change{Path: path, Desired: desired, Current: current})
}

func (d *differ) str(path string, a, b *string) {
	if !eq(a, b) {
		d.add(path, strText(a), strText(b))
	}
}

func (d *differ) boolean(path string, a, b *bool) {
	if !eq(a, b) {
		d.add(path, boolText(a), boolText(b))
	}
}

func (d *differ) int(path string, a, b *int32) {
	if !eq(a, b) {
		d.add(path, intText(a), intText(b))
	}
}

func (d *differ) list(path string, a, b []string) {
	if (a == nil) != (b == nil) || len(a) != len(b) {
		d.add(path, listText(a), listText(b))
		return
	}
	for i := range a {
		if a[i] != b[i] {
			d.add(path, listText(a), listText(b))
			return
		}
	}
}

// lifetime returns a normalized token lifetime: its value and the unit it
// is counted in (the default unit when none is given).
func lifetime(s *Settings, t units.Token) (*int32, string) {
	v, _ := tokenFields(s, t)
	u, _ := unitOf(s, t)
	return v, u
}

func lifetimeText(v *int32, unit string) string {
	if v == nil {
		if units.Known(unit) {
			return absentText
		}
		return absentText + " (unit " + strconv.Quote(unit) + ")"
	}
	return units.Format(int64(*v), unit)
}

func presence(p *string) string {
	if p == nil {
		return absentText
	}
	return presentText
}

func strText(p *string) string {
	if p == nil {
		return absentText
	}
	return string(appendString(nil, *p))
}

func boolText(p *bool) string {
	if p == nil {
		return absentText
	}
	return strconv.FormatBool(*p)
}

func intText(p *int32) string {
	if p == nil {
		return absentText
	}
	return strconv.FormatInt(int64(*p), 10)
}

func listText(list []string) string {
	if list == nil {
		return absentText
	}
	b := []byte{'['}
	for i, v := range list {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, v)
	}
	return string(append(b, ']'))
}

func analyticsText(a *AnalyticsConfiguration) string {
	if a == nil {
		return absentText
	}
	var e encoder
	e.analytics(a)
	return string(e.buf)
}

func rotationText(r *RefreshTokenRotation) string {
	if r == nil {
		return absentText
	}
	var e encoder
	e.rotation(r)
	return string(e.buf)
}
