package client

import (
	"hash/maphash"
	"slices"
	"unicode/utf8"

	"github.com/cognitokit/appclient/flows"
	"github.com/cognitokit/appclient/internal/spec"
	"github.com/cognitokit/appclient/scopes"
	"github.com/cognitokit/appclient/units"
	"github.com/cognitokit/appclient/urls"
)

// secret says what a shape tells about the client's secret.
type secret uint8

const (
	secretUnknown secret = iota // an update, or a description without ClientSecret
	secretNone                  // a create request with neither GenerateSecret true nor ClientSecret
	secretPresent
)

func createSecret(r *CreateRequest) secret {
	if (r.GenerateSecret != nil && *r.GenerateSecret) || r.ClientSecret != nil {
		return secretPresent
	}
	return secretNone
}

// service applies the service rules to the shared members, in catalogue order.
func (c *checker) service(s *Settings, sec secret) {
	c.tokenRange(s, units.AccessToken, RuleTokensAccessRange, spec.AccessTokenValid)
	c.tokenRange(s, units.IDToken, RuleTokensIDRange, spec.IDTokenValid)
	c.tokenRange(s, units.RefreshToken, RuleTokensRefreshRange, spec.RefreshTokenValid)
	c.legacyMix(s.ExplicitAuthFlows)

	cc := contains(s.AllowedOAuthFlows, flows.ClientCredentials)
	if cc && len(s.AllowedOAuthFlows) > 1 {
		for _, f := range s.AllowedOAuthFlows {
			if f != flows.ClientCredentials {
				c.add("AllowedOAuthFlows", RuleOAuthClientCredentialsAlone,
					"client_credentials must be the only OAuth flow: remove "+quote(f)+" or move it to another app client")
				break
			}
		}
	}
	if cc && sec == secretNone {
		c.add("AllowedOAuthFlows", RuleOAuthClientCredentialsSecret,
			"client_credentials needs a client secret: set GenerateSecret to true or send a ClientSecret")
	}
	if cc {
		for i, sc := range s.AllowedOAuthScopes {
			if scopes.IsStandard(sc) {
				if c.item("AllowedOAuthScopes", i, RuleOAuthClientCredentialsScopes) {
					c.add(itemPath("AllowedOAuthScopes", i), RuleOAuthClientCredentialsScopes,
						quote(sc)+" is not supported with the client_credentials flow: use resource-server scopes (server/name) only")
				}
			}
		}
	}
	if (contains(s.AllowedOAuthFlows, flows.Code) || contains(s.AllowedOAuthFlows, flows.Implicit)) && len(s.CallbackURLs) == 0 {
		c.add("CallbackURLs", RuleOAuthCallbacksRequired, "must list at least one URL when AllowedOAuthFlows includes code or implicit")
	}
	if isTrue(s.AllowedOAuthFlowsUserPoolClient) {
		if len(s.AllowedOAuthFlows) == 0 {
			c.add("AllowedOAuthFlows", RuleOAuthFlowsAndScopesRequired, "must not be empty when AllowedOAuthFlowsUserPoolClient is true")
		}
		if len(s.AllowedOAuthScopes) == 0 {
			c.add("AllowedOAuthScopes", RuleOAuthFlowsAndScopesRequired, "must not be empty when AllowedOAuthFlowsUserPoolClient is true")
		}
	}
	for i, u := range s.CallbackURLs {
		c.redirect("CallbackURLs", i, u)
	}
	if s.DefaultRedirectURI != nil {
		c.redirect("DefaultRedirectURI", -1, *s.DefaultRedirectURI)
		if !contains(s.CallbackURLs, *s.DefaultRedirectURI) {
			c.add("DefaultRedirectURI", RuleURLsDefaultInCallbacks, "must be one of CallbackURLs, exactly as written (no case folding or normalization)")
		}
	}
	for i, sc := range s.AllowedOAuthScopes {
		// A scope the model rules already reported is not reported again;
		// the pattern is matched only for the rare invalid scope.
		if k, _, _ := scopes.Parse(sc); k == scopes.Invalid && modelValid(sc, spec.ScopeType) {
			if c.item("AllowedOAuthScopes", i, RuleScopesUnknown) {
				c.add(itemPath("AllowedOAuthScopes", i), RuleScopesUnknown, quote(sc)+
					" is not a scope: use openid, email, phone, profile, aws.cognito.signin.user.admin, or a resource-server scope written server/name")
			}
		}
	}
	if isTrue(s.EnablePropagateAdditionalUserContextData) && sec == secretNone {
		c.add("EnablePropagateAdditionalUserContextData", RuleSecretsPropagateNeedsSecret,
			"can be true only for an app client with a client secret: set GenerateSecret to true or send a ClientSecret")
	}

	// Warnings.
	c.exceedsRefresh(s)
	c.authFlowWarnings(s)
	for i, f := range s.AllowedOAuthFlows {
		if f == flows.Implicit {
			if c.item("AllowedOAuthFlows", i, RuleOAuthImplicit) {
				c.add(itemPath("AllowedOAuthFlows", i), RuleOAuthImplicit,
					"the implicit grant returns tokens in the redirect URL: use code (with PKCE) instead (RFC 9700)")
			}
		}
	}
	if !isTrue(s.AllowedOAuthFlowsUserPoolClient) {
		c.oauthDisabled("AllowedOAuthFlows", len(s.AllowedOAuthFlows) > 0)
		c.oauthDisabled("AllowedOAuthScopes", len(s.AllowedOAuthScopes) > 0)
		c.oauthDisabled("CallbackURLs", len(s.CallbackURLs) > 0)
		c.oauthDisabled("LogoutURLs", len(s.LogoutURLs) > 0)
		c.oauthDisabled("DefaultRedirectURI", s.DefaultRedirectURI != nil)
	}
	if !cc && !contains(s.AllowedOAuthScopes, scopes.OpenID) {
		for i, sc := range s.AllowedOAuthScopes {
			if scopes.OIDC(sc) {
				if c.item("AllowedOAuthScopes", i, RuleScopesOpenIDMissing) {
					c.add(itemPath("AllowedOAuthScopes", i), RuleScopesOpenIDMissing,
						quote(sc)+" is an OpenID Connect scope that needs openid: add openid to AllowedOAuthScopes")
				}
			}
		}
	}
	if s.PreventUserExistenceErrors == nil {
		c.add("PreventUserExistenceErrors", RuleSecurityUserExistenceErrors,
			"is absent, so it is LEGACY: sign-in errors reveal whether a user exists; set it to ENABLED")
	} else if *s.PreventUserExistenceErrors == "LEGACY" {
		c.add("PreventUserExistenceErrors", RuleSecurityUserExistenceErrors,
			"is LEGACY: sign-in errors reveal whether a user exists; set it to ENABLED")
	}
	if s.EnableTokenRevocation != nil && !*s.EnableTokenRevocation {
		c.add("EnableTokenRevocation", RuleSecurityTokenRevocationOff, "is false: refresh tokens issued to this client cannot be revoked")
	}
	for i, u := range s.LogoutURLs {
		c.logout(i, u)
	}
	c.duplicates("ReadAttributes", s.ReadAttributes)
	c.duplicates("WriteAttributes", s.WriteAttributes)
	c.duplicates("ExplicitAuthFlows", s.ExplicitAuthFlows)
	c.duplicates("SupportedIdentityProviders", s.SupportedIdentityProviders)
	c.duplicates("CallbackURLs", s.CallbackURLs)
	c.duplicates("LogoutURLs", s.LogoutURLs)
	c.duplicates("AllowedOAuthFlows", s.AllowedOAuthFlows)
	c.duplicates("AllowedOAuthScopes", s.AllowedOAuthScopes)
	if a := s.AnalyticsConfiguration; a != nil {
		arnAlone := a.ApplicationARN != nil && a.ApplicationID == nil && a.RoleARN == nil && a.ExternalID == nil
		idTriple := a.ApplicationARN == nil && a.ApplicationID != nil && a.RoleARN != nil && a.ExternalID != nil
		if !arnAlone && !idTriple {
			c.add("AnalyticsConfiguration", RuleAnalyticsShape,
				"must set either ApplicationArn alone, or ApplicationId together with RoleArn and ExternalId")
		}
	}
}

func isTrue(b *bool) bool { return b != nil && *b }

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

func (c *checker) tokenRange(s *Settings, t units.Token, id RuleID, model *spec.Shape) {
	v, _ := tokenFields(s, t)
	unit, defaulted := unitOf(s, t)
	if v == nil || (t == units.RefreshToken && *v == 0) {
		return
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
		c.add(t.Member(), id, got+" is less than the "+units.FormatSeconds(lo)+" minimum for "+t.String()+"s (allowed: "+
			units.FormatSeconds(lo)+" to "+units.FormatSeconds(hi)+")")
		return
	}
	c.add(t.Member(), id, got+" is more than the "+units.FormatSeconds(hi)+" maximum for "+t.String()+"s (allowed: "+
		units.FormatSeconds(lo)+" to "+units.FormatSeconds(hi)+")")
}

func (c *checker) legacyMix(list []string) {
	legacy, modern := "", ""
	for _, f := range list {
		if flows.Legacy(f) {
			if legacy == "" {
				legacy = f
			}
		} else if len(f) > 6 && f[:6] == "ALLOW_" && modern == "" {
			modern = f
		}
	}
	if legacy != "" && modern != "" {
		c.add("ExplicitAuthFlows", RuleFlowsLegacyMix, "must not combine legacy values ("+legacy+") with ALLOW_ values ("+modern+
			"): use only ALLOW_ values")
	}
}

// modelValid reports whether a string passes its shape's length and pattern,
// so that a service rule does not report again what the model rule did.
func modelValid(v string, s *spec.Shape) bool {
	return v != "" && s.Pattern.Match(v) && int64(utf8.RuneCountInString(v)) <= s.Max
}

// redirect applies the redirect URL rules to one CallbackURLs entry or the
// DefaultRedirectURI, parsing it once: the errors AWS returns and the
// warnings about URLs it accepts.
func (c *checker) redirect(member string, i int, u string) {
	info, problem, ok := parseRedirect(u)
	if !ok {
		return // model.length or model.pattern already reported it
	}
	switch {
	case problem == urls.NotAbsolute:
		if c.item(member, i, RuleURLsAbsolute) {
			c.add(itemPath(member, i), RuleURLsAbsolute, "must be an absolute URI with a scheme, such as https://app.example.com/callback or myapp://callback")
		}
	case problem == urls.Fragment:
		if c.item(member, i, RuleURLsFragment) {
			c.add(itemPath(member, i), RuleURLsFragment, "must not include a fragment (#), not even an empty one")
		}
	case problem == urls.InsecureHTTP:
		if c.item(member, i, RuleURLsHTTPS) {
			c.add(itemPath(member, i), RuleURLsHTTPS, "must use HTTPS: plain HTTP is allowed only to exactly localhost, 127.0.0.1 or [::1]")
		}
	case problem == urls.MissingHost || problem == urls.Malformed:
		if c.item(member, i, RuleURLsMalformed) {
			c.add(itemPath(member, i), RuleURLsMalformed, problem.String()+": browsers and servers may read this URL differently")
		}
	case info.HTTP() && info.Loopback():
		if c.item(member, i, RuleURLsLoopbackHTTP) {
			c.add(itemPath(member, i), RuleURLsLoopbackHTTP, "uses plain HTTP to a loopback address: fine for local testing, not for production")
		}
	case info.Dangerous():
		if c.item(member, i, RuleURLsDangerousScheme) {
			c.add(itemPath(member, i), RuleURLsDangerousScheme, "uses the "+quote(info.Scheme)+" scheme, which runs code or reads local data when a browser follows it")
		}
	}
}

// parseRedirect parses a redirect URL once. ok is false when the URL breaks
// its model length or pattern, which the model rules report. A URL that
// urls.Redirect finds OK has only characters of the model pattern, so only
// its length remains to check.
func parseRedirect(u string) (urls.Info, urls.Problem, bool) {
	if u == "" {
		return urls.Info{}, urls.OK, false
	}
	info, problem := urls.Redirect(u)
	if problem == urls.OK {
		return info, problem, len(u) <= 1024 || utf8.RuneCountInString(u) <= 1024
	}
	return info, problem, modelValid(u, spec.RedirectURLType)
}

func (c *checker) logout(i int, u string) {
	info, problem, ok := parseRedirect(u)
	if !ok {
		return
	}
	switch {
	case problem != urls.OK:
		if c.item("LogoutURLs", i, RuleURLsLogout) {
			c.add(itemPath("LogoutURLs", i), RuleURLsLogout, problem.String()+" (the CallbackURLs rules, applied to a sign-out redirect)")
		}
	case info.Dangerous():
		if c.item("LogoutURLs", i, RuleURLsDangerousScheme) {
			c.add(itemPath("LogoutURLs", i), RuleURLsDangerousScheme, "uses the "+quote(info.Scheme)+" scheme, which runs code or reads local data when a browser follows it")
		}
	}
}

// exceedsRefresh compares lifetimes that are each within their bounds; an
// out-of-range lifetime is already an error.
func (c *checker) exceedsRefresh(s *Settings) {
	refresh, ok := effective(s, units.RefreshToken)
	if lo, hi := units.RefreshToken.Bounds(); !ok || refresh < lo || refresh > hi {
		return
	}
	for _, t := range [...]units.Token{units.AccessToken, units.IDToken} {
		secs, ok := effective(s, t)
		lo, hi := t.Bounds()
		if ok && secs >= lo && secs <= hi && secs > refresh {
			c.add(t.Member(), RuleTokensExceedsRefresh, "the "+t.String()+" lifetime ("+units.FormatSeconds(secs)+
				") is longer than the refresh token lifetime ("+units.FormatSeconds(refresh)+")")
		}
	}
}

func (c *checker) authFlowWarnings(s *Settings) {
	list := s.ExplicitAuthFlows
	rotation := s.RefreshTokenRotation != nil && s.RefreshTokenRotation.Feature != nil && *s.RefreshTokenRotation.Feature == "ENABLED"
	anyAllow := false
	for _, f := range list {
		if len(f) > 6 && f[:6] == "ALLOW_" && f != "ALLOW_CLIENT_TOKEN_AUTH" {
			anyAllow = true
		}
	}
	hasRefresh := contains(list, flows.AllowRefreshTokenAuth)
	if anyAllow && !hasRefresh && !rotation {
		c.add("ExplicitAuthFlows", RuleFlowsRefreshAuthMissing,
			"does not include ALLOW_REFRESH_TOKEN_AUTH while refresh token rotation is off: users cannot refresh their sessions")
	}
	if rotation && hasRefresh {
		c.add("ExplicitAuthFlows", RuleFlowsRotationWithRefreshAuth,
			"includes ALLOW_REFRESH_TOKEN_AUTH while RefreshTokenRotation is ENABLED: AWS says to deactivate it, as rotated tokens are redeemed with GetTokensFromRefreshToken")
	}
	for i, f := range list {
		switch f {
		case flows.AllowUserAuth:
			if !c.pool.tierKnown() && c.item("ExplicitAuthFlows", i, RuleFlowsUserAuthTier) {
				c.add(itemPath("ExplicitAuthFlows", i), RuleFlowsUserAuthTier,
					"ALLOW_USER_AUTH needs the user pool's Essentials or Plus feature plan; on Lite, AWS answers FeatureUnavailableInTierException")
			}
		case clientTokenAuth:
			if c.item("ExplicitAuthFlows", i, RuleFlowsClientTokenAuth) {
				c.add(itemPath("ExplicitAuthFlows", i), RuleFlowsClientTokenAuth,
					"ALLOW_CLIENT_TOKEN_AUTH is documented for GetClientToken but is not in the API model: SDKs and older endpoints may refuse it")
			}
		}
		if msg := legacyMessage(f); msg != "" {
			if c.item("ExplicitAuthFlows", i, RuleFlowsLegacy) {
				c.add(itemPath("ExplicitAuthFlows", i), RuleFlowsLegacy, msg)
			}
		}
		if msg := passwordMessage(f); msg != "" {
			if c.item("ExplicitAuthFlows", i, RuleFlowsPassword) {
				c.add(itemPath("ExplicitAuthFlows", i), RuleFlowsPassword, msg)
			}
		}
	}
}

// legacyMessage names the ALLOW_ replacement of a legacy flow. The messages
// are constants so that reporting them allocates nothing.
func legacyMessage(f string) string {
	switch f {
	case flows.AdminNoSRPAuth:
		return "ADMIN_NO_SRP_AUTH is a deprecated legacy name: use ALLOW_ADMIN_USER_PASSWORD_AUTH"
	case flows.CustomAuthFlowOnly:
		return "CUSTOM_AUTH_FLOW_ONLY is a deprecated legacy name: use ALLOW_CUSTOM_AUTH"
	case flows.UserPasswordAuth:
		return "USER_PASSWORD_AUTH is a deprecated legacy name: use ALLOW_USER_PASSWORD_AUTH"
	}
	return ""
}

// passwordMessage explains a flow that sends the password itself.
func passwordMessage(f string) string {
	const tail = " sends the user's password itself to Cognito: prefer ALLOW_USER_SRP_AUTH or ALLOW_USER_AUTH"
	switch f {
	case flows.AllowUserPasswordAuth:
		return flows.AllowUserPasswordAuth + tail
	case flows.AllowAdminUserPasswordAuth:
		return flows.AllowAdminUserPasswordAuth + tail
	case flows.UserPasswordAuth:
		return flows.UserPasswordAuth + tail
	case flows.AdminNoSRPAuth:
		return flows.AdminNoSRPAuth + tail
	}
	return ""
}

// clientTokenAuth is documented for GetClientToken but absent from the model's
// enum; Check warns about it instead of calling it invalid.
const clientTokenAuth = "ALLOW_CLIENT_TOKEN_AUTH"

func (c *checker) oauthDisabled(member string, set bool) {
	if set {
		c.add(member, RuleOAuthDisabledSettings, "is set, but AllowedOAuthFlowsUserPoolClient is not true: the OAuth settings have no effect until it is")
	}
}

// duplicates warns about every entry that repeats an earlier one. A short
// list is compared pairwise. A longer one is hashed once per entry, with the
// hashes sorted on the stack, and only a list with a repeated hash is
// compared pairwise to report. Lists longer than the stack buffer (only
// unbounded ones, or an invalid one) use a map. The cost stays linear in the
// list's bytes.
func (c *checker) duplicates(member string, list []string) {
	if len(list) < 2 {
		return
	}
	if len(list) > cachedItems {
		first := make(map[string]int, len(list))
		for i, v := range list {
			if j, seen := first[v]; seen {
				if c.item(member, i, RuleListsDuplicate) {
					c.add(itemPath(member, i), RuleListsDuplicate, "repeats "+itemPath(member, j))
				}
				continue
			}
			first[v] = i
		}
		return
	}
	if len(list) > 16 && !repeatedHash(list) {
		return
	}
	for i := 1; i < len(list); i++ {
		for j := 0; j < i; j++ {
			if list[i] == list[j] {
				if c.item(member, i, RuleListsDuplicate) {
					c.add(itemPath(member, i), RuleListsDuplicate, "repeats "+itemPath(member, j))
				}
				break
			}
		}
	}
}

// repeatedHash reports whether two entries of list (at most cachedItems) have
// the same hash: whether list may have a duplicate.
func repeatedHash(list []string) bool {
	var buf [cachedItems]uint64
	hashes := buf[:len(list)]
	for i, v := range list {
		hashes[i] = maphash.String(hashSeed, v)
	}
	slices.Sort(hashes)
	for i := 1; i < len(hashes); i++ {
		if hashes[i] == hashes[i-1] {
			return true
		}
	}
	return false
}

// hashSeed seeds the hashes duplicates compares; it only has to be the same
// within one process.
var hashSeed = maphash.MakeSeed()
