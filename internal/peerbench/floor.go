package peerbench

import "github.com/cognitokit/appclient/client"

// Floor is the least work any check of a decoded request can do: it visits
// every rune of every string once (decoding UTF-8, one comparison per rune)
// and compares every integer once. It allocates nothing, builds no paths and
// knows no rule. Check's ratio to Floor is its overhead over reading the data.
func Floor(r *client.CreateRequest) int {
	n := runesP(r.UserPoolID) + runesP(r.ClientName) + runesP(r.ClientSecret)
	n += flag(r.GenerateSecret)
	s := &r.Settings
	n += ints(s.RefreshTokenValidity, 315360000) + ints(s.AccessTokenValidity, 86400) +
		ints(s.IDTokenValidity, 86400) + ints(s.AuthSessionValidity, 15)
	if u := s.TokenValidityUnits; u != nil {
		n += runesP(u.AccessToken) + runesP(u.IDToken) + runesP(u.RefreshToken)
	}
	n += runesL(s.ReadAttributes) + runesL(s.WriteAttributes) + runesL(s.ExplicitAuthFlows) +
		runesL(s.SupportedIdentityProviders) + runesL(s.CallbackURLs) + runesL(s.LogoutURLs) +
		runesP(s.DefaultRedirectURI) + runesL(s.AllowedOAuthFlows) + runesL(s.AllowedOAuthScopes)
	n += flag(s.AllowedOAuthFlowsUserPoolClient) + flag(s.EnableTokenRevocation) +
		flag(s.EnablePropagateAdditionalUserContextData)
	if a := s.AnalyticsConfiguration; a != nil {
		n += runesP(a.ApplicationID) + runesP(a.ApplicationARN) + runesP(a.RoleARN) +
			runesP(a.ExternalID) + flag(a.UserDataShared)
	}
	n += runesP(s.PreventUserExistenceErrors)
	if t := s.RefreshTokenRotation; t != nil {
		n += runesP(t.Feature) + ints(t.RetryGracePeriodSeconds, 60)
	}
	return n
}

func runes(s string) int {
	n := 0
	for _, r := range s {
		if r < 0x21 {
			n++
		}
	}
	return n
}

func runesP(p *string) int {
	if p == nil {
		return 0
	}
	return runes(*p)
}

func runesL(l []string) int {
	n := 0
	for _, s := range l {
		n += runes(s)
	}
	return n
}

func ints(p *int32, limit int32) int {
	if p != nil && *p > limit {
		return 1
	}
	return 0
}

func flag(p *bool) int {
	if p != nil && *p {
		return 1
	}
	return 0
}

// FloorBytes is the least work any decoder can do: one comparison per input
// byte, with no tokenizing, no unescaping and no allocation. It is the floor
// for the bytes-to-verdict comparisons (appclient's DecodeCheck, the peers'
// decode-and-validate, encoding/json's Unmarshal). The loop is written out so
// that it stays one byte at a time, as a decoder's scanner is; bytes.Count
// would use SIMD and measure something no decoder here does.
func FloorBytes(data []byte) int {
	n := 0
	for _, b := range data {
		if b == '"' {
			n++
		}
	}
	return n
}
