package client

import (
	"github.com/cognitokit/appclient/internal/spec"
	"github.com/cognitokit/appclient/units"
)

// Rule IDs of the tokens family: token lifetimes, as value × unit.
const (
	RuleTokensAccessRange    RuleID = "tokens.access-range"
	RuleTokensIDRange        RuleID = "tokens.id-range"
	RuleTokensRefreshRange   RuleID = "tokens.refresh-range"
	RuleTokensExceedsRefresh RuleID = "tokens.exceeds-refresh"
)

const (
	srcUnits  = "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_TokenValidityUnitsType.html"
	srcTokens = "https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-with-identity-providers.html"
)

// tokensRules is the tokens family, in catalogue order.
var tokensRules = []Rule{
	{
		ID: RuleTokensAccessRange, Severity: Error,
		Doc:       "AccessTokenValidity, in its TokenValidityUnits unit (hours when absent), must be 5 minutes to 1 day (TokenValidityUnitsType.AccessToken).",
		Source:    srcUnits,
		Exception: "InvalidParameterException (Invalid range for token validity)",
		Members:   []string{"AccessTokenValidity", "TokenValidityUnits.AccessToken"},
		check:     func(p *pass) { p.tokenRange(units.AccessToken, spec.AccessTokenValidityType) },
	},
	{
		ID: RuleTokensIDRange, Severity: Error,
		Doc:       "IdTokenValidity, in its TokenValidityUnits unit (hours when absent), must be 5 minutes to 1 day (TokenValidityUnitsType.IdToken).",
		Source:    srcUnits,
		Exception: "InvalidParameterException (Invalid range for token validity)",
		Members:   []string{"IdTokenValidity", "TokenValidityUnits.IdToken"},
		check:     func(p *pass) { p.tokenRange(units.IDToken, spec.IDTokenValidityType) },
	},
	{
		ID: RuleTokensRefreshRange, Severity: Error,
		Doc:       "RefreshTokenValidity, in its TokenValidityUnits unit (days when absent), must be 60 minutes to 3650 days; 0 is accepted and means 30 days (TokenValidityUnitsType.RefreshToken).",
		Source:    srcUnits,
		Exception: "InvalidParameterException (Invalid range for token validity)",
		Members:   []string{"RefreshTokenValidity", "TokenValidityUnits.RefreshToken"},
		check:     func(p *pass) { p.tokenRange(units.RefreshToken, spec.RefreshTokenValidityType) },
	},
	{
		ID: RuleTokensExceedsRefresh, Severity: Warning,
		Doc:       "Warning, as no AWS error is on record: an access or ID token that outlives the refresh token ends sessions before their tokens do (older AWS text: \"cannot be greater than refresh token expiration\").",
		Source:    srcTokens,
		Exception: "none on record",
		Members: []string{
			"AccessTokenValidity", "IdTokenValidity", "RefreshTokenValidity",
			"TokenValidityUnits.AccessToken", "TokenValidityUnits.IdToken", "TokenValidityUnits.RefreshToken",
		},
		check: checkExceedsRefresh,
	},
}

// tokenRange reports token t's lifetime, value × unit, outside the service
// bounds. A value outside the model's range (model) is model.range's, an
// unknown unit model.enum's.
func (p *pass) tokenRange(t units.Token, model *spec.Shape) {
	v, u := tokenFields(&p.Settings, t)
	if v == nil || (t == units.RefreshToken && *v == 0) {
		return
	}
	unit, defaulted := t.DefaultUnit(), true
	if u != nil {
		unit, defaulted = *u, false
	}
	n := int64(*v)
	if n < model.Min || n > model.Max {
		return // model.range already reported it
	}
	secs, ok := units.Lifetime(n, unit)
	if !ok {
		return // model.enum already reported the unit
	}
	lo, hi := t.Bounds()
	if secs >= lo && secs <= hi {
		return
	}
	got := units.Format(n, unit)
	if defaulted {
		got += " (" + unit + " is the default unit when TokenValidityUnits." + t.UnitMember() + " is absent)"
	}
	if secs < lo {
		p.report(t.Member(), got+" is less than the "+units.FormatSeconds(lo)+" minimum for "+t.String()+"s (allowed: "+
			units.FormatSeconds(lo)+" to "+units.FormatSeconds(hi)+")")
		return
	}
	p.report(t.Member(), got+" is more than the "+units.FormatSeconds(hi)+" maximum for "+t.String()+"s (allowed: "+
		units.FormatSeconds(lo)+" to "+units.FormatSeconds(hi)+")")
}

// checkExceedsRefresh compares lifetimes that are each within their bounds;
// an out-of-range lifetime is already an error.
func checkExceedsRefresh(p *pass) {
	if p.AccessTokenValidity == nil && p.IDTokenValidity == nil && p.RefreshTokenValidity == nil {
		return // the defaults, 1 hour and 30 days, are in order
	}
	refresh, ok := effective(&p.Settings, units.RefreshToken)
	if lo, hi := units.RefreshToken.Bounds(); !ok || refresh < lo || refresh > hi {
		return
	}
	for _, t := range [...]units.Token{units.AccessToken, units.IDToken} {
		secs, ok := effective(&p.Settings, t)
		lo, hi := t.Bounds()
		if ok && secs >= lo && secs <= hi && secs > refresh {
			p.report(t.Member(), "the "+t.String()+" lifetime ("+units.FormatSeconds(secs)+
				") is longer than the refresh token lifetime ("+units.FormatSeconds(refresh)+")")
		}
	}
}

// unitOf returns the unit a token's validity is counted in, and whether it is
// the default because TokenValidityUnits or its member is absent.
func unitOf(s *Settings, t units.Token) (unit string, defaulted bool) {
	if _, u := tokenFields(s, t); u != nil {
		return *u, false
	}
	return t.DefaultUnit(), true
}

// effective returns a token's lifetime in seconds as AWS applies it: the
// default when the validity is absent (or, for the refresh token, 0). ok is
// false when the unit is unknown.
func effective(s *Settings, t units.Token) (seconds int64, ok bool) {
	v, _ := tokenFields(s, t)
	if v == nil || (t == units.RefreshToken && *v == 0) {
		return t.Default(), true
	}
	unit, _ := unitOf(s, t)
	return units.Lifetime(int64(*v), unit)
}
