// Package units answers questions about the time units and token lifetimes
// of an Amazon Cognito user pool app client. All durations are int64 seconds.
//
// It knows nothing of member paths or rule IDs; package client turns its
// answers into violations.
//
// Sources (Amazon Cognito API reference, model 2016-04-18):
//
//   - TimeUnitsType: the wire values seconds, minutes, hours and days,
//     case-sensitive (enum member names SECONDS…DAYS are not wire values).
//   - TokenValidityUnitsType
//     (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_TokenValidityUnitsType.html):
//     AccessToken and IdToken default to hours, RefreshToken to days;
//     "AccessTokenValidity duration can range from five minutes to one day",
//     the same for IdTokenValidity, and "RefreshTokenValidity duration can
//     range from 60 minutes to 10 years".
//   - The AccessTokenValidity, IdTokenValidity, RefreshTokenValidity and
//     AuthSessionValidity members of CreateUserPoolClient
//     (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html):
//     access and ID tokens are valid for one hour and refresh tokens for
//     30 days when not configured; "You can't set RefreshTokenValidity to 0.
//     If you do, Amazon Cognito overrides the value with the default value
//     of 30 days."; AuthSessionValidity is in minutes, range 3..15.
//
// The model ranges on the raw integers (1..86400 for access and ID tokens,
// 0..315360000 for refresh tokens) apply whatever the unit and are much
// looser than the bounds above; they are not this package's concern. The
// service reports an out-of-bounds duration as "Invalid range for token
// validity." (TokenValidityUnitsType,
// https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_TokenValidityUnitsType.html).
package units

import (
	"math"
	"strconv"
)

// TimeUnitsType wire values. Matching is case-sensitive: "Hours" is not a unit.
const (
	Seconds = "seconds"
	Minutes = "minutes"
	Hours   = "hours"
	Days    = "days"
)

// Known reports whether unit is a TimeUnitsType wire value.
func Known(unit string) bool {
	_, ok := Size(unit)
	return ok
}

// Size returns the length of unit in seconds: 1, 60, 3600 or 86400.
// ok is false for an unknown unit.
func Size(unit string) (seconds int64, ok bool) {
	switch unit {
	case Seconds:
		return 1, true
	case Minutes:
		return 60, true
	case Hours:
		return 3600, true
	case Days:
		return 86400, true
	}
	return 0, false
}

// Units returns the TimeUnitsType values in model order in a fresh slice.
func Units() []string {
	return []string{Seconds, Minutes, Hours, Days}
}

// Token names one of the three tokens whose lifetime an app client sets.
// The zero value and values above RefreshToken are not tokens: their
// methods return zero values ("" and 0), and String returns "Token(n)".
type Token uint8

// The tokens, in the order of the TokenValidityUnitsType members.
const (
	AccessToken Token = iota + 1
	IDToken
	RefreshToken
)

// String returns the token's name for messages: "access token", "ID token"
// or "refresh token".
func (t Token) String() string {
	switch t {
	case AccessToken:
		return "access token"
	case IDToken:
		return "ID token"
	case RefreshToken:
		return "refresh token"
	}
	return "Token(" + strconv.Itoa(int(t)) + ")"
}

// Member returns the request member that holds the token's validity:
// "AccessTokenValidity", "IdTokenValidity" or "RefreshTokenValidity".
func (t Token) Member() string {
	switch t {
	case AccessToken:
		return "AccessTokenValidity"
	case IDToken:
		return "IdTokenValidity"
	case RefreshToken:
		return "RefreshTokenValidity"
	}
	return ""
}

// UnitMember returns the TokenValidityUnits member that holds the token's
// unit: "AccessToken", "IdToken" or "RefreshToken".
func (t Token) UnitMember() string {
	switch t {
	case AccessToken:
		return "AccessToken"
	case IDToken:
		return "IdToken"
	case RefreshToken:
		return "RefreshToken"
	}
	return ""
}

// DefaultUnit returns the unit AWS applies when TokenValidityUnits, or the
// token's member of it, is absent: hours for access and ID tokens, days for
// refresh tokens.
func (t Token) DefaultUnit() string {
	switch t {
	case AccessToken, IDToken:
		return Hours
	case RefreshToken:
		return Days
	}
	return ""
}

// Default returns the lifetime in seconds that AWS uses when the token's
// validity is omitted: 3600 (one hour) for access and ID tokens, 2592000
// (30 days) for refresh tokens. For refresh tokens it is also the value AWS
// substitutes for RefreshTokenValidity 0 (see RefreshZeroMeansDefault).
func (t Token) Default() int64 {
	switch t {
	case AccessToken, IDToken:
		return 3600
	case RefreshToken:
		return 30 * 86400
	}
	return 0
}

// Bounds returns the inclusive range of lifetimes in seconds that AWS
// accepts: 300..86400 (5 minutes to 1 day) for access and ID tokens,
// 3600..315360000 (60 minutes to 3650 days) for refresh tokens.
func (t Token) Bounds() (min, max int64) {
	switch t {
	case AccessToken, IDToken:
		return 5 * 60, 86400
	case RefreshToken:
		return 3600, 3650 * 86400
	}
	return 0, 0
}

// Lifetime returns value × unit in seconds; ok is false for an unknown unit.
//
// The product saturates instead of overflowing: a result that does not fit
// in an int64 is reported as math.MaxInt64 (or math.MinInt64 for negative
// values), with ok true. Both are far outside every Token's Bounds, so an
// out-of-range value never wraps into range, and Lifetime is monotone
// (non-decreasing) in value for every unit.
func Lifetime(value int64, unit string) (seconds int64, ok bool) {
	size, ok := Size(unit)
	if !ok {
		return 0, false
	}
	switch {
	case value > math.MaxInt64/size:
		return math.MaxInt64, true
	case value < math.MinInt64/size:
		return math.MinInt64, true
	}
	return value * size, true
}

// Largest returns the largest unit that expresses seconds exactly, and the
// value in that unit: 3600 gives (1, "hours"), 5400 gives (90, "minutes"),
// 86400 gives (1, "days"). Negative durations are handled the same way
// (-7200 gives (-2, "hours")). Zero is expressible in every unit; Largest
// reports it as (0, "seconds"). For every s, Lifetime(Largest(s)) == s.
func Largest(seconds int64) (value int64, unit string) {
	switch {
	case seconds == 0:
		return 0, Seconds
	case seconds%86400 == 0:
		return seconds / 86400, Days
	case seconds%3600 == 0:
		return seconds / 3600, Hours
	case seconds%60 == 0:
		return seconds / 60, Minutes
	}
	return seconds, Seconds
}

// Format renders value and unit for humans: "60 hours", "1 hour", "1 day",
// "90 minutes", "0 days". The unit is singular when value is 1 or -1. An
// unknown unit is rendered quoted and verbatim, as in `5 "Hours"`.
// Format allocates; it is meant for messages.
func Format(value int64, unit string) string {
	n := strconv.FormatInt(value, 10)
	if !Known(unit) {
		return n + " " + strconv.Quote(unit)
	}
	if value == 1 || value == -1 {
		unit = unit[:len(unit)-1]
	}
	return n + " " + unit
}

// FormatSeconds renders a duration in the largest unit that expresses it
// exactly (see Largest): 86400 gives "1 day", 5400 gives "90 minutes",
// 315360000 gives "3650 days", 0 gives "0 seconds".
// FormatSeconds allocates; it is meant for messages.
func FormatSeconds(seconds int64) string {
	return Format(Largest(seconds))
}

// AuthSessionValidity (the session token lifetime, in minutes): model range
// 3..15, default 3 when omitted.
const (
	AuthSessionMin     = 3
	AuthSessionMax     = 15
	AuthSessionDefault = 3
)

// RefreshZeroMeansDefault records that RefreshTokenValidity 0 is accepted:
// the model range starts at 0 (and 0 is its shape default, so "absent" and
// 0 cannot be told apart), and AWS replaces it with the default of 30 days
// (RefreshToken.Default()) instead of rejecting it. Callers should check
// RefreshToken.Bounds only for non-zero values.
const RefreshZeroMeansDefault = true
