package clienttest

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"

	"pgregory.net/rapid"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/flows"
	"github.com/cognitokit/appclient/internal/spec"
	"github.com/cognitokit/appclient/scopes"
	"github.com/cognitokit/appclient/units"
)

// breaker changes a valid request so that it breaks one rule.
type breaker func(t *rapid.T, r *client.CreateRequest)

// Breaking generates CreateUserPoolClient requests that break exactly the
// error rule id: a value of Create, changed (and, where another rule would
// otherwise break too, adjusted) so that the only error rule Check reports
// is id. Warnings may come along.
//
// Breaking covers every error rule that a Go value can break. A
// CreateRequest is enough for all of them, including the rules that need
// the create-only GenerateSecret and ClientSecret members. The rules about
// the JSON document itself (json.syntax, json.utf8, json.type,
// json.unknown-member) and model.operation (a member of another
// operation) cannot be broken by a Go value, which has no such member: use
// BreakingJSON for them. The pool rules (pool.*) need facts about the user
// pool, which Check does not have: use BreakingPool for them. Breaking
// panics for all those, for warnings and for unknown rule IDs.
func Breaking(id client.RuleID) *rapid.Generator[client.CreateRequest] {
	b, ok := breakers[id]
	if !ok {
		panic("clienttest: Breaking: no Go value breaks rule " + strconv.Quote(string(id)) + jsonHint(id))
	}
	return rapid.Custom(func(t *rapid.T) client.CreateRequest {
		r := Create().Draw(t, "valid")
		b(t, &r)
		return r
	})
}

func jsonHint(id client.RuleID) string {
	if _, ok := documentBreakers[id]; ok {
		return ": use BreakingJSON"
	}
	if _, ok := poolBreakers[id]; ok {
		return ": it needs pool facts, use BreakingPool"
	}
	return " (it is a warning, or not a rule)"
}

// BreakingJSON generates CreateUserPoolClient documents that break exactly
// the error rule id: client.DecodeCheck(data, client.Auto) (or client.Create)
// reports id and no other error rule. It covers every error rule: the
// document rules by editing the JSON of a valid request, the others by
// encoding a value of Breaking(id) (json.utf8 is written as raw bytes, as
// no Go string that encodes to JSON can carry invalid UTF-8). It panics for
// the pool rules (see BreakingPool), warnings and unknown rule IDs.
func BreakingJSON(id client.RuleID) *rapid.Generator[[]byte] {
	if b, ok := documentBreakers[id]; ok {
		return rapid.Custom(func(t *rapid.T) []byte {
			return b(t, Create().Draw(t, "valid"))
		})
	}
	if _, ok := breakers[id]; !ok {
		panic("clienttest: BreakingJSON: no document breaks rule " + strconv.Quote(string(id)) + " (it is a warning, or not a rule)")
	}
	return rapid.Map(Breaking(id), func(r client.CreateRequest) []byte {
		data, _ := r.MarshalJSON()
		return data
	})
}

var breakers = map[client.RuleID]breaker{
	client.RuleJSONUTF8: func(t *rapid.T, r *client.CreateRequest) {
		bad := rapid.SampledFrom([]string{"\xff", "\xc3", "\xed\xa0\x80", "\x80abc"}).Draw(t, "invalid UTF-8")
		switch rapid.IntRange(0, 2).Draw(t, "member") {
		case 0:
			r.ClientName = ptr("app" + bad)
		case 1:
			r.ReadAttributes = append(slices.Clone(r.ReadAttributes), "email"+bad)
		default:
			r.SupportedIdentityProviders = append(slices.Clone(r.SupportedIdentityProviders), bad)
		}
	},
	client.RuleModelRequired: func(t *rapid.T, r *client.CreateRequest) {
		switch rapid.IntRange(0, 2).Draw(t, "member") {
		case 0:
			r.UserPoolID = nil
		case 1:
			r.ClientName = nil
		default:
			r.RefreshTokenRotation = &client.RefreshTokenRotation{
				RetryGracePeriodSeconds: optional(rapid.Map(edge(0, 60), toInt32)).Draw(t, "RefreshTokenRotation.RetryGracePeriodSeconds"),
			}
		}
	},
	client.RuleModelLength: func(t *rapid.T, r *client.CreateRequest) {
		switch rapid.IntRange(0, 5).Draw(t, "member") {
		case 0:
			r.ClientName = ptr("")
		case 1:
			r.ClientName = ptr(text(clientNameChars, 129, 300).Draw(t, "ClientName"))
		case 2:
			n := rapid.IntRange(57, 120).Draw(t, "UserPoolId length")
			r.UserPoolID = ptr(text(word, n-5, n-5).Draw(t, "UserPoolId") + "_" + "Ab12")
		case 3:
			r.GenerateSecret = optional(rapid.Just(false)).Draw(t, "GenerateSecret")
			r.ClientSecret = ptr(rapid.OneOf(text(wordPlusChars, 1, 23), text(wordPlusChars, 65, 200)).Draw(t, "ClientSecret"))
		case 4:
			r.ReadAttributes = append(slices.Clone(r.ReadAttributes),
				rapid.OneOf(rapid.Just(""), text(alnum, 2049, 3000)).Draw(t, "ReadAttributes"))
		default:
			long := text(strings.ReplaceAll(scopeChars, "/", ""), 253, 300).Draw(t, "AllowedOAuthScopes") + "/read"
			r.AllowedOAuthScopes = add(r.AllowedOAuthScopes, long, spec.ScopeListType, nil)
		}
	},
	client.RuleModelPattern: func(t *rapid.T, r *client.CreateRequest) {
		switch rapid.IntRange(0, 4).Draw(t, "member") {
		case 0:
			bad := rapid.SampledFrom([]string{"!", "é", "/", "#", "\u00a0", "😀"}).Draw(t, "character")
			r.ClientName = ptr("app" + bad + text(word, 0, 20).Draw(t, "ClientName"))
		case 1:
			r.UserPoolID = ptr(text(alnum+"-", 1, 55).Draw(t, "UserPoolId")) // no '_'
		case 2:
			r.GenerateSecret = optional(rapid.Just(false)).Draw(t, "GenerateSecret")
			bad := rapid.SampledFrom([]string{"/", "=", "-", "."}).Draw(t, "character")
			r.ClientSecret = ptr(text(wordPlusChars, 23, 40).Draw(t, "ClientSecret") + bad)
		case 3:
			bad := rapid.SampledFrom([]string{" ", "\t", "\u00a0", "\x7f"}).Draw(t, "character")
			r.CallbackURLs = add(r.CallbackURLs, "https://app.example.com/a"+bad+"b", spec.CallbackURLsListType, r.DefaultRedirectURI)
		default:
			bad := rapid.SampledFrom([]string{" ", `"`, `\`, "é"}).Draw(t, "character")
			r.AllowedOAuthScopes = add(r.AllowedOAuthScopes, "api/re"+bad+"ad", spec.ScopeListType, nil)
		}
	},
	client.RuleModelEnum: func(t *rapid.T, r *client.CreateRequest) {
		switch rapid.IntRange(0, 3).Draw(t, "member") {
		case 0:
			bad := rapid.SampledFrom([]string{"Hours", "weeks", "SECONDS", "", "day"}).Draw(t, "TokenValidityUnits")
			u := unitsOf(r)
			switch rapid.IntRange(0, 2).Draw(t, "token") {
			case 0:
				u.AccessToken = ptr(bad)
			case 1:
				u.IDToken = ptr(bad)
			default:
				u.RefreshToken = ptr(bad)
			}
		case 1:
			r.PreventUserExistenceErrors = ptr(rapid.SampledFrom([]string{"DISABLED", "legacy", "", "Enabled"}).Draw(t, "PreventUserExistenceErrors"))
		case 2:
			r.RefreshTokenRotation = &client.RefreshTokenRotation{
				Feature: ptr(rapid.SampledFrom([]string{"enabled", "ON", "", "TRUE"}).Draw(t, "RefreshTokenRotation.Feature")),
			}
		default:
			bad := rapid.SampledFrom([]string{"ALLOW_ADMIN_NO_SRP_AUTH", "allow_user_srp_auth", "ALLOW_PASSWORD_AUTH"}).Draw(t, "ExplicitAuthFlows")
			r.ExplicitAuthFlows = []string{flows.AllowRefreshTokenAuth, bad}
		}
	},
	client.RuleModelRange: func(t *rapid.T, r *client.CreateRequest) {
		outside := func(min, max int) int {
			return rapid.OneOf(rapid.IntRange(-1000, min-1), rapid.IntRange(max+1, max+1000)).Draw(t, "value")
		}
		switch rapid.IntRange(0, 3).Draw(t, "member") {
		case 0:
			r.AuthSessionValidity = ptr(int32(outside(units.AuthSessionMin, units.AuthSessionMax)))
		case 1:
			r.RefreshTokenRotation = &client.RefreshTokenRotation{
				Feature:                 ptr("DISABLED"),
				RetryGracePeriodSeconds: ptr(int32(outside(0, 60))),
			}
		case 2:
			r.AccessTokenValidity = ptr(int32(outside(1, 86400)))
		default:
			r.RefreshTokenValidity = ptr(int32(outside(0, 315360000)))
		}
	},
	client.RuleModelItems: func(t *rapid.T, r *client.CreateRequest) {
		switch rapid.IntRange(0, 2).Draw(t, "member") {
		case 0:
			n := rapid.IntRange(101, 110).Draw(t, "CallbackURLs items")
			r.CallbackURLs = grow(r.CallbackURLs, n, func(i int) string { return "https://app.example.com/cb" + strconv.Itoa(i) })
		case 1:
			n := rapid.IntRange(51, 60).Draw(t, "AllowedOAuthScopes items")
			r.AllowedOAuthScopes = grow(r.AllowedOAuthScopes, n, func(i int) string { return "api/s" + strconv.Itoa(i) })
		default:
			n := rapid.IntRange(4, 6).Draw(t, "AllowedOAuthFlows items")
			r.AllowedOAuthFlows = slices.Repeat([]string{flows.Code}, n)
			ensureCallbacks(t, r)
		}
	},
	client.RuleTokensAccessRange:  tokenOutOfRange(units.AccessToken),
	client.RuleTokensIDRange:      tokenOutOfRange(units.IDToken),
	client.RuleTokensRefreshRange: tokenOutOfRange(units.RefreshToken),
	client.RuleFlowsLegacyMix: func(t *rapid.T, r *client.CreateRequest) {
		legacy := rapid.SliceOfN(rapid.SampledFrom([]string{flows.AdminNoSRPAuth, flows.CustomAuthFlowOnly, flows.UserPasswordAuth}), 1, 3).Draw(t, "ExplicitAuthFlows legacy")
		modern := rapid.SliceOfN(rapid.SampledFrom([]string{flows.AllowUserSRPAuth, flows.AllowRefreshTokenAuth, flows.AllowCustomAuth, flows.AllowUserAuth}), 1, 4).Draw(t, "ExplicitAuthFlows ALLOW_")
		r.ExplicitAuthFlows = rapid.Permutation(append(legacy, modern...)).Draw(t, "ExplicitAuthFlows")
	},
	client.RuleOAuthClientCredentialsAlone: func(t *rapid.T, r *client.CreateRequest) {
		withSecret(r)
		other := rapid.SampledFrom([]string{flows.Code, flows.Implicit}).Draw(t, "AllowedOAuthFlows")
		r.AllowedOAuthFlows = rapid.Permutation([]string{flows.ClientCredentials, other}).Draw(t, "AllowedOAuthFlows")
		r.AllowedOAuthScopes = rapid.SliceOfN(CustomScope(), 1, 5).Draw(t, "AllowedOAuthScopes")
		ensureCallbacks(t, r)
	},
	client.RuleOAuthClientCredentialsSecret: func(t *rapid.T, r *client.CreateRequest) {
		withoutSecret(t, r)
		r.AllowedOAuthFlows = slices.Repeat([]string{flows.ClientCredentials}, rapid.IntRange(1, 3).Draw(t, "AllowedOAuthFlows items"))
		r.AllowedOAuthScopes = rapid.SliceOfN(CustomScope(), 1, 5).Draw(t, "AllowedOAuthScopes")
	},
	client.RuleOAuthClientCredentialsScopes: func(t *rapid.T, r *client.CreateRequest) {
		withSecret(r)
		r.AllowedOAuthFlows = []string{flows.ClientCredentials}
		custom := rapid.SliceOfN(CustomScope(), 0, 4).Draw(t, "AllowedOAuthScopes custom")
		std := rapid.SliceOfN(rapid.SampledFrom(scopes.Standard()), 1, 3).Draw(t, "AllowedOAuthScopes standard")
		r.AllowedOAuthScopes = rapid.Permutation(append(custom, std...)).Draw(t, "AllowedOAuthScopes")
	},
	client.RuleOAuthCallbacksRequired: func(t *rapid.T, r *client.CreateRequest) {
		r.AllowedOAuthFlows = rapid.SampledFrom([][]string{{flows.Code}, {flows.Implicit}, {flows.Implicit, flows.Code}}).Draw(t, "AllowedOAuthFlows")
		r.CallbackURLs = optionalList(rapid.Just([]string{})).Draw(t, "CallbackURLs")
		r.DefaultRedirectURI = nil
		if len(r.AllowedOAuthScopes) == 0 {
			r.AllowedOAuthScopes = []string{scopes.OpenID}
		}
	},
	client.RuleOAuthFlowsAndScopesRequired: func(t *rapid.T, r *client.CreateRequest) {
		r.AllowedOAuthFlowsUserPoolClient = ptr(true)
		empty := optionalList(rapid.Just([]string{})).Draw(t, "empty list")
		if rapid.Bool().Draw(t, "AllowedOAuthFlows") {
			r.AllowedOAuthFlows = empty
		} else {
			r.AllowedOAuthScopes = empty
		}
	},
	client.RuleURLsAbsolute: func(t *rapid.T, r *client.CreateRequest) {
		bad := rapid.SampledFrom([]string{"app.example.com/callback", "/callback", "//app.example.com/cb", "callback", "1app://x", "_x:y"}).Draw(t, "CallbackURLs")
		r.CallbackURLs = add(r.CallbackURLs, bad, spec.CallbackURLsListType, r.DefaultRedirectURI)
	},
	client.RuleURLsFragment: func(t *rapid.T, r *client.CreateRequest) {
		frag := rapid.SampledFrom([]string{"#", "#x", "#/route?a=b", "#%20"}).Draw(t, "fragment")
		r.CallbackURLs = add(r.CallbackURLs, shortURL().Draw(t, "CallbackURLs")+frag, spec.CallbackURLsListType, r.DefaultRedirectURI)
	},
	client.RuleURLsHTTPS: func(t *rapid.T, r *client.CreateRequest) {
		host := rapid.SampledFrom([]string{"app.example.com", "localhost.example.com", "127.0.0.2", "[::2]", "10.0.0.1", "LOCALHOST.evil", ""}).Draw(t, "host")
		scheme := rapid.SampledFrom([]string{"http", "HTTP", "Http"}).Draw(t, "scheme")
		r.CallbackURLs = add(r.CallbackURLs, scheme+"://"+host+"/cb", spec.CallbackURLsListType, r.DefaultRedirectURI)
	},
	client.RuleURLsDefaultInCallbacks: func(t *rapid.T, r *client.CreateRequest) {
		u := shortURL().Draw(t, "DefaultRedirectURI")
		if len(r.CallbackURLs) > 0 && rapid.Bool().Draw(t, "case variant") {
			if rest, ok := strings.CutPrefix(r.CallbackURLs[0], "https://"); ok {
				u = "HTTPS://" + rest // the same URL to a browser, not to Cognito
			}
		}
		for slices.Contains(r.CallbackURLs, u) {
			u += "x"
		}
		r.DefaultRedirectURI = &u
	},
	client.RuleScopesUnknown: func(t *rapid.T, r *client.CreateRequest) {
		bad := rapid.OneOf(
			rapid.SampledFrom([]string{"offline_access", "OpenID", "api/", "/read", "Cognito", "a/b/", "openids"}),
			text(strings.ReplaceAll(alnum+"._-:", "/", ""), 1, 30).Filter(func(s string) bool { return !scopes.IsStandard(s) }),
		).Draw(t, "AllowedOAuthScopes")
		r.AllowedOAuthScopes = add(r.AllowedOAuthScopes, bad, spec.ScopeListType, nil)
	},
	client.RuleSecretsExclusive: func(t *rapid.T, r *client.CreateRequest) {
		r.GenerateSecret = ptr(true)
		r.ClientSecret = ptr(ClientSecret().Draw(t, "ClientSecret"))
	},
	client.RuleSecretsPropagateNeedsSecret: func(t *rapid.T, r *client.CreateRequest) {
		withoutSecret(t, r)
		r.EnablePropagateAdditionalUserContextData = ptr(true)
	},
	client.RuleAttributesWriteEmailVerified: func(t *rapid.T, r *client.CreateRequest) {
		at := rapid.IntRange(0, len(r.WriteAttributes)).Draw(t, "WriteAttributes index")
		r.WriteAttributes = slices.Insert(slices.Clone(r.WriteAttributes), at, "email_verified")
	},
}

// tokenOutOfRange sets token tok's validity to a value within the model's
// raw range whose duration, in a drawn unit, is outside the service bounds.
func tokenOutOfRange(tok units.Token) breaker {
	return func(t *rapid.T, r *client.CreateRequest) {
		modelMin, modelMax := int64(1), int64(spec.AccessTokenValidityType.Max)
		if tok == units.RefreshToken {
			modelMax = spec.RefreshTokenValidityType.Max // 0 is the default, not out of range
		}
		lo, hi := tok.Bounds()
		var gens []*rapid.Generator[value]
		for _, unit := range units.Units() {
			size, _ := units.Size(unit)
			if below := (lo+size-1)/size - 1; below >= modelMin {
				gens = append(gens, valueIn(unit, modelMin, below))
			}
			if above := hi/size + 1; above <= modelMax {
				gens = append(gens, valueIn(unit, above, modelMax))
			}
		}
		v := rapid.OneOf(gens...).Draw(t, tok.Member())
		u := unitsOf(r)
		n := ptr(int32(v.n))
		switch tok {
		case units.AccessToken:
			r.AccessTokenValidity, u.AccessToken = n, ptr(v.unit)
		case units.IDToken:
			r.IDTokenValidity, u.IDToken = n, ptr(v.unit)
		default:
			r.RefreshTokenValidity, u.RefreshToken = n, ptr(v.unit)
		}
	}
}

type value struct {
	n    int64
	unit string
}

func valueIn(unit string, min, max int64) *rapid.Generator[value] {
	return rapid.Map(rapid.OneOf(rapid.SampledFrom([]int64{min, max}), rapid.Int64Range(min, max)),
		func(n int64) value { return value{n, unit} })
}

// unitsOf returns r's TokenValidityUnits, adding one whose members are the
// defaults written out when r has none (which keeps every lifetime as it was).
func unitsOf(r *client.CreateRequest) *client.TokenValidityUnits {
	if r.TokenValidityUnits == nil {
		r.TokenValidityUnits = &client.TokenValidityUnits{}
	}
	u := *r.TokenValidityUnits
	r.TokenValidityUnits = &u
	return &u
}

// withSecret gives r a generated secret, so that client_credentials is allowed.
func withSecret(r *client.CreateRequest) {
	r.GenerateSecret = ptr(true)
	r.ClientSecret = nil
}

// withoutSecret removes r's secret, and with it what needs one.
func withoutSecret(t *rapid.T, r *client.CreateRequest) {
	r.GenerateSecret = optional(rapid.Just(false)).Draw(t, "GenerateSecret")
	r.ClientSecret = nil
	r.EnablePropagateAdditionalUserContextData = nil
	if slices.Contains(r.AllowedOAuthFlows, flows.ClientCredentials) {
		r.AllowedOAuthFlows = []string{flows.Code}
		ensureCallbacks(t, r)
	}
}

// ensureCallbacks gives r a callback URL if it has none (code and implicit
// need one).
func ensureCallbacks(t *rapid.T, r *client.CreateRequest) {
	if len(r.CallbackURLs) == 0 {
		r.CallbackURLs = []string{shortURL().Draw(t, "CallbackURLs")}
	}
}

// shortURL draws a valid callback URL well under the length limit, so that a
// suffix can be added.
func shortURL() *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		base := rapid.SampledFrom([]string{"https://app.example.com", "http://localhost:8080", "myapp://callback", "https://[::1]"}).Draw(t, "base")
		return base + "/" + text(alnum+"-._", 0, 20).Draw(t, "path")
	})
}

// add returns a copy of list with item appended. When list is already at the
// model's maximum, it first drops items (keeping keep, the
// DefaultRedirectURI) so that only the intended rule breaks.
func add(list []string, item string, shape *spec.Shape, keep *string) []string {
	out := slices.Clone(list)
	if max := int(shape.Max); shape.Max != spec.NoLimit && len(out) >= max {
		out = out[:max-1]
		if keep != nil && !slices.Contains(out, *keep) {
			out[0] = *keep
		}
	}
	return append(out, item)
}

// grow returns a copy of list extended with distinct items to n items.
func grow(list []string, n int, item func(int) string) []string {
	out := slices.Clone(list)
	for i := 0; len(out) < n; i++ {
		out = append(out, item(i))
	}
	return out
}

// documentBreakers break the rules about the JSON document itself, which
// no Go value can break.
var documentBreakers = map[client.RuleID]func(t *rapid.T, r client.CreateRequest) []byte{
	client.RuleJSONSyntax: func(t *rapid.T, r client.CreateRequest) []byte {
		data, _ := r.MarshalJSON()
		switch rapid.IntRange(0, 2).Draw(t, "how") {
		case 0: // every proper prefix of an object is incomplete
			return data[:rapid.IntRange(0, len(data)-1).Draw(t, "cut")]
		case 1:
			return append(data[:len(data)-1], ",}"...)
		default:
			return append(data, rapid.SampledFrom([]string{"}", "x", ",{}", "\x00"}).Draw(t, "trailing")...)
		}
	},
	client.RuleJSONUTF8: func(t *rapid.T, r client.CreateRequest) []byte {
		bad := rapid.SampledFrom([]string{"\xff", "\xc3(", `\ud800`, `\udc00x`, "\xed\xa0\x80"}).Draw(t, "invalid UTF-8")
		if rapid.Bool().Draw(t, "member") {
			r.ReadAttributes = nil
			return splice(r, `"ReadAttributes":["email","a`+bad+`"]`)
		}
		r.SupportedIdentityProviders = nil
		return splice(r, `"SupportedIdentityProviders":["`+bad+`"]`)
	},
	client.RuleJSONType: func(t *rapid.T, r client.CreateRequest) []byte {
		switch rapid.IntRange(0, 4).Draw(t, "member") {
		case 0:
			r.AuthSessionValidity = nil
			return splice(r, `"AuthSessionValidity":`+rapid.SampledFrom([]string{`"3"`, `3.5`, `3e0`, `true`, `2147483648`}).Draw(t, "AuthSessionValidity"))
		case 1:
			r.EnableTokenRevocation = nil
			return splice(r, `"EnableTokenRevocation":`+rapid.SampledFrom([]string{`"true"`, `1`, `[]`}).Draw(t, "EnableTokenRevocation"))
		case 2:
			r.ReadAttributes = nil
			return splice(r, `"ReadAttributes":`+rapid.SampledFrom([]string{`"email"`, `{}`, `[1]`, `[null]`}).Draw(t, "ReadAttributes"))
		case 3:
			r.AccessTokenValidity = nil
			return splice(r, `"AccessTokenValidity":`+rapid.SampledFrom([]string{`"60"`, `60.0`, `false`}).Draw(t, "AccessTokenValidity"))
		default:
			r.RefreshTokenRotation = nil
			return splice(r, `"RefreshTokenRotation":`+rapid.SampledFrom([]string{`"ENABLED"`, `[]`, `7`}).Draw(t, "RefreshTokenRotation"))
		}
	},
	client.RuleJSONUnknownMember: func(t *rapid.T, r client.CreateRequest) []byte {
		name := rapid.SampledFrom([]string{"CallbackUrls", "clientName", "AccessTokenValidty", "Tags", "AllowedOauthFlows", "Description"}).Draw(t, "member")
		return splice(r, jsonString(name)+`:[]`)
	},
	client.RuleModelOperation: func(t *rapid.T, r client.CreateRequest) []byte {
		name := rapid.SampledFrom([]string{"CreationDate", "LastModifiedDate"}).Draw(t, "member")
		return splice(r, jsonString(name)+`:1700000000`)
	},
}

// jsonString returns s as a JSON string.
func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// splice appends a raw member to the JSON object of r. r always has
// UserPoolId, so the object is not empty.
func splice(r client.CreateRequest, member string) []byte {
	data, _ := r.MarshalJSON()
	data = append(data[:len(data)-1], ',')
	data = append(data, member...)
	return append(data, '}')
}
