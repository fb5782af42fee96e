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
	// DesiredJSON and CurrentJSON report whether Desired and Current are
	// JSON text (true, 3, "ENABLED", ["code"], {"Feature":"ENABLED"}), to
	// be written as a JSON value, rather than words (absent, present,
	// present (a different value), a lifetime such as 1 hour), which are
	// not JSON.
	DesiredJSON, CurrentJSON bool
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
//   - The members that AWS sets and no request has (CreationDate,
//     LastModifiedDate, ClientType) are not compared.
//
// Every other value is rendered as compact JSON text, as the AWS CLI would
// send it: "ENABLED" with its quotes, true, 3, ["code","implicit"],
// {"Feature":"ENABLED"}. A member absent after normalization is rendered as
// absent, without quotes. [Change.DesiredJSON] and [Change.CurrentJSON] say
// which values are JSON text and which are words.
//
// For configurations that Check finds no error in, Diff(a, b) is empty
// exactly when a and b are Equivalent apart from dates, secret values and a
// ClientId missing on one side.
func Diff(desired, current UserPoolClient) []Change {
	a, b := desired.Normalize(), current.Normalize()
	d := differ{}
	d.members(&a, &b)
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
// setting, and one that r leaves out takes its default. ClientSecret and the
// members AWS sets (CreationDate, LastModifiedDate, ClientType) are
// current's, which an update does not change; LastModifiedDate is not
// advanced. Pass a zero UserPoolClient when
// current is unknown: the result then has no secret.
func (r UpdateRequest) UpdatedClient(current UserPoolClient) UserPoolClient {
	out := current.clone()
	out.Settings = r.Settings.clone()
	out.ClientID = clonePtr(r.ClientID)
	return out
}

// differ gathers the changes of Diff.
type differ struct{ out []Change }

// add records a change of a value rendered as JSON text, or as absentText
// when it is absent.
func (d *differ) add(path, desired, current string) {
	d.out = append(d.out, Change{Path: path, Desired: desired, Current: current,
		DesiredJSON: desired != absentText, CurrentJSON: current != absentText})
}

// addWords records a change of a value rendered in words, never as JSON: a
// lifetime, or a secret or client ID shown by its presence.
func (d *differ) addWords(path, desired, current string) {
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

// clientID compares ClientIds only when both sides have one, and never shows
// them.
func (d *differ) clientID(a, b *string) {
	if a != nil && b != nil && *a != *b {
		d.addWords("ClientId", presentText, differentText)
	}
}

// secret compares ClientSecrets by presence only.
func (d *differ) secret(a, b *string) {
	if (a == nil) != (b == nil) {
		d.addWords("ClientSecret", presence(a), presence(b))
	}
}

// lifetime compares token t's lifetime: value and unit together.
func (d *differ) lifetime(a, b *Settings, t units.Token) {
	av, au := lifetime(a, t)
	bv, bu := lifetime(b, t)
	if !eq(av, bv) || au != bu {
		d.addWords(t.Member(), lifetimeText(av, au), lifetimeText(bv, bu))
	}
}
