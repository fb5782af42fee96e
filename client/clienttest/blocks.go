package clienttest

import (
	"strconv"
	"strings"

	"pgregory.net/rapid"

	"github.com/cognitokit/appclient/flows"
	"github.com/cognitokit/appclient/internal/spec"
	"github.com/cognitokit/appclient/scopes"
	"github.com/cognitokit/appclient/units"
)

// Alphabets of the model patterns, as the server reads them (see
// internal/charclass): \w is ASCII, \s is [\t\n\v\f\r ].
const (
	lower    = "abcdefghijklmnopqrstuvwxyz"
	upper    = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	digits   = "0123456789"
	alnum    = lower + upper + digits
	word     = alnum + "_"
	hexChars = digits + "abcdefABCDEF"
	// ClientNameType ^[\w\s+=,.@-]+$
	clientNameChars = word + "\t\n\v\f\r +=,.@-"
	// ClientIdType and ClientSecretType ^[\w+]+$
	wordPlusChars = word + "+"
	// The fields of ArnType: [\w+=/,.@-]
	arnFieldChars = word + "+=/,.@-"
	// ScopeType ^[\x21\x23-\x5B\x5D-\x7E]+$: printable ASCII but space, " and \.
	scopeChars = "!#$%&'()*+,-./" + digits + ":;<=>?@" + upper + "[]^_`" + lower + "{|}~"
)

// Non-ASCII runes that some patterns allow: letters, a combining mark, a
// currency symbol, an emoji, punctuation, and a no-break space (\p{Z}).
const (
	letterRunes = "éüßжあ日"
	markRune    = "\u0301"
	symbolRunes = "€©😀"
	punctRunes  = "¿·"
	spaceRunes  = " \u00a0\u3000"
)

// edge draws an integer in [min, max], choosing the bounds and their
// neighbours about one time in four, so that every generator reaches the
// edges of the model; otherwise rapid's IntRange, which favours small values.
func edge(min, max int) *rapid.Generator[int] {
	cands := []int{min, max}
	if min < max {
		cands = append(cands, min+1, max-1)
	}
	r := rapid.IntRange(min, max)
	return rapid.OneOf(rapid.SampledFrom(cands), r, r, r)
}

// text draws strings of min to max runes from alphabet. Long strings are a
// short random head followed by one drawn rune repeated: cheap to draw and
// to shrink, and still at the exact length edges.
func text(alphabet string, min, max int) *rapid.Generator[string] {
	runes := []rune(alphabet)
	return rapid.Custom(func(t *rapid.T) string {
		n := edge(min, max).Draw(t, "length")
		var b strings.Builder
		head := n
		if head > 12 {
			head = 12
		}
		for i := 0; i < head; i++ {
			b.WriteRune(rapid.SampledFrom(runes).Draw(t, "rune"))
		}
		if n > head {
			b.WriteString(strings.Repeat(string(rapid.SampledFrom(runes).Draw(t, "fill")), n-head))
		}
		return b.String()
	})
}

// UserPoolID generates UserPoolId values (UserPoolIdType: 1 to 55
// characters, ^[\w-]+_[0-9a-zA-Z]+$), from real-looking region IDs to the
// 55-character edge.
func UserPoolID() *rapid.Generator[string] {
	return rapid.OneOf(
		rapid.Custom(func(t *rapid.T) string {
			region := rapid.SampledFrom([]string{"us-east-1", "eu-west-1", "ap-southeast-2", "us-gov-west-1"}).Draw(t, "region")
			return region + "_" + text(alnum, 1, 12).Draw(t, "suffix")
		}),
		rapid.Custom(func(t *rapid.T) string {
			n := edge(3, int(spec.UserPoolIDType.Max)).Draw(t, "length")
			prefix := rapid.IntRange(1, n-2).Draw(t, "prefix length")
			return text(word+"-", prefix, prefix).Draw(t, "prefix") + "_" + text(alnum, n-prefix-1, n-prefix-1).Draw(t, "suffix")
		}),
	)
}

// ClientName generates ClientName values (ClientNameType: 1 to 128
// characters, ^[\w\s+=,.@-]+$, where \s includes the vertical tab).
func ClientName() *rapid.Generator[string] {
	return rapid.OneOf(
		rapid.SampledFrom([]string{"web-app", "acme portal", "m2m_client", "a", "mobile@ios.v2"}),
		text(clientNameChars, 1, int(spec.ClientNameType.Max)),
	)
}

// ClientID generates ClientId values (ClientIdType: 1 to 128 characters,
// ^[\w+]+$).
func ClientID() *rapid.Generator[string] {
	return rapid.OneOf(
		text(lower+digits, 26, 26),
		text(wordPlusChars, 1, int(spec.ClientIDType.Max)),
	)
}

// ClientSecret generates ClientSecret values (ClientSecretType: 24 to 64
// characters, ^[\w+]+$: no base64 '/', '=' or '-').
func ClientSecret() *rapid.Generator[string] {
	return text(wordPlusChars, int(spec.ClientSecretType.Min), int(spec.ClientSecretType.Max))
}

// Attribute generates ReadAttributes and WriteAttributes entries
// (ClientPermissionType: 1 to 2048 characters, no pattern): standard
// attributes, custom:… attributes, and arbitrary text up to the edge.
func Attribute() *rapid.Generator[string] {
	return rapid.OneOf(
		rapid.SampledFrom([]string{"email", "email_verified", "name", "phone_number", "phone_number_verified", "address", "zoneinfo"}),
		rapid.Map(text(word, 1, 20), func(s string) string { return "custom:" + s }),
		text(alnum+letterRunes+markRune+symbolRunes+punctRunes+spaceRunes+"\t\x00:_-", 1, int(spec.ClientPermissionType.Max)),
	)
}

// WriteAttribute generates WriteAttributes entries: Attribute's, but not
// email_verified, which app clients can never write.
func WriteAttribute() *rapid.Generator[string] {
	return Attribute().Filter(func(a string) bool { return a != "email_verified" })
}

// ProviderName generates SupportedIdentityProviders entries
// (ProviderNameType: 1 to 32 characters, ^[\p{L}\p{M}\p{S}\p{N}\p{P}\p{Z}]+$,
// spaces allowed).
func ProviderName() *rapid.Generator[string] {
	return rapid.OneOf(
		rapid.SampledFrom([]string{"COGNITO", "Google", "Facebook", "SignInWithApple", "LoginWithAmazon"}),
		text(alnum+letterRunes+markRune+symbolRunes+punctRunes+spaceRunes+"-_.", 1, int(spec.ProviderNameType.Max)),
	)
}

// RedirectURL generates CallbackURLs entries that AWS accepts
// (RedirectUrlType: 1 to 1024 characters, letters, marks, symbols, numbers
// and punctuation; absolute, without a fragment, HTTPS except plain HTTP to
// localhost, 127.0.0.1 or [::1]; app schemes allowed), up to the
// 1024-character edge.
func RedirectURL() *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		var base string
		switch rapid.IntRange(0, 3).Draw(t, "kind") {
		case 0:
			host := rapid.SampledFrom([]string{"app.example.com", "example.org", "xn--bcher-kva.example", "a.b.c.example.net"}).Draw(t, "host")
			base = "https://" + host + port(t)
		case 1:
			host := rapid.SampledFrom([]string{"localhost", "127.0.0.1", "[::1]"}).Draw(t, "host")
			base = rapid.SampledFrom([]string{"http", "https"}).Draw(t, "scheme") + "://" + host + port(t)
		case 2:
			base = rapid.SampledFrom([]string{"myapp://callback", "com.example.app:", "exp+app://expo-development-client"}).Draw(t, "scheme")
		default:
			base = "https://" + text(lower+digits, 1, 20).Draw(t, "host") + ".example"
		}
		max := int(spec.RedirectURLType.Max) - len(base) - 1
		path := "/" + text(alnum+"-._~/"+letterRunes, 0, max).Draw(t, "path")
		if rapid.Bool().Draw(t, "query") && len([]rune(base+path)) < 1000 {
			path += "?" + text(alnum+"=&", 1, 20).Draw(t, "query")
		}
		return base + path
	})
}

func port(t *rapid.T) string {
	if rapid.Bool().Draw(t, "port") {
		return ":" + strconv.Itoa(rapid.IntRange(1, 65535).Draw(t, "port number"))
	}
	return ""
}

// CustomScope generates resource-server scopes, resourceServerIdentifier/
// scopeName, within ScopeType (1 to 256 printable ASCII characters but
// space, '"' and '\'). The identifier may contain '/'; the name cannot.
func CustomScope() *rapid.Generator[string] {
	return rapid.OneOf(
		rapid.SampledFrom([]string{"api/read", "https://api.example.com/v1/write", "orders/admin"}),
		rapid.Custom(func(t *rapid.T) string {
			n := edge(3, int(spec.ScopeType.Max)).Draw(t, "length")
			server := rapid.IntRange(1, n-2).Draw(t, "server length")
			return text(scopeChars, server, server).Draw(t, "server") + "/" +
				text(strings.ReplaceAll(scopeChars, "/", ""), n-server-1, n-server-1).Draw(t, "name")
		}),
	)
}

// Scope generates AllowedOAuthScopes entries: a standard scope (openid,
// email, phone, profile, aws.cognito.signin.user.admin) or a custom one.
func Scope() *rapid.Generator[string] {
	return rapid.OneOf(rapid.SampledFrom(scopes.Standard()), CustomScope())
}

// Unit generates TimeUnitsType values: seconds, minutes, hours, days.
func Unit() *rapid.Generator[string] {
	return rapid.SampledFrom(units.Units())
}

// Validity generates a validity for token t that AWS accepts in unit
// (seconds, minutes, hours or days): a value whose duration is within the
// token's bounds (5 minutes to 1 day for access and ID tokens, 60 minutes to
// 3650 days for refresh tokens), often at the bounds. For the refresh token
// it sometimes gives 0, which AWS reads as 30 days.
func Validity(t units.Token, unit string) *rapid.Generator[int32] {
	size, ok := units.Size(unit)
	if !ok {
		panic("clienttest: Validity: unknown unit " + strconv.Quote(unit))
	}
	lo, hi := t.Bounds()
	min, max := (lo+size-1)/size, hi/size
	g := edge(int(min), int(max))
	if t == units.RefreshToken {
		g = rapid.OneOf(g, rapid.Just(0))
	}
	return rapid.Map(g, func(v int) int32 { return int32(v) })
}

// AuthFlows generates ExplicitAuthFlows lists that AWS accepts: legacy names
// only, or ALLOW_ names only (never mixed), possibly empty, possibly with
// duplicates, sometimes with ALLOW_CLIENT_TOKEN_AUTH.
func AuthFlows() *rapid.Generator[[]string] {
	legacy := []string{flows.AdminNoSRPAuth, flows.CustomAuthFlowOnly, flows.UserPasswordAuth}
	modern := []string{flows.AllowAdminUserPasswordAuth, flows.AllowCustomAuth, flows.AllowUserPasswordAuth,
		flows.AllowUserSRPAuth, flows.AllowRefreshTokenAuth, flows.AllowUserAuth, "ALLOW_CLIENT_TOKEN_AUTH"}
	return rapid.OneOf(
		rapid.SliceOfN(rapid.SampledFrom(legacy), 0, 4),
		rapid.SliceOfN(rapid.SampledFrom(modern), 0, 9),
		rapid.Just(flows.DefaultAuthFlows()),
	)
}

// ARN generates ArnType values (20 to 2048 characters, arn:partition:
// service:region:account:resource) for AnalyticsConfiguration.
func ARN() *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		partition := rapid.SampledFrom([]string{"aws", "aws-cn", "aws-us-gov"}).Draw(t, "partition")
		service, region, resource := "mobiletargeting", "us-east-1", "apps/"
		if rapid.Bool().Draw(t, "role") {
			service, region, resource = "iam", "", "role/"
		}
		head := "arn:" + partition + ":" + service + ":" + region + ":" + text(digits, 12, 12).Draw(t, "account") + ":" + resource
		return head + text(arnFieldChars, 1, int(spec.ARNType.Max)-len(head)).Draw(t, "resource")
	})
}

// list draws a list of min to max items, with the count often at its edges.
func list(elem *rapid.Generator[string], min, max int) *rapid.Generator[[]string] {
	return rapid.Custom(func(t *rapid.T) []string {
		n := edge(min, max).Draw(t, "items")
		out := make([]string, n)
		for i := range out {
			// Repeat an earlier item now and then: AWS accepts duplicates.
			if i > 0 && rapid.IntRange(0, 7).Draw(t, "repeat") == 0 {
				out[i] = out[rapid.IntRange(0, i-1).Draw(t, "repeat index")]
				continue
			}
			out[i] = elem.Draw(t, "item")
		}
		return out
	})
}

// optional draws nil or a value of g.
func optional[V any](g *rapid.Generator[V]) *rapid.Generator[*V] {
	return rapid.OneOf(rapid.Just[*V](nil), rapid.Map(g, ptr[V]))
}

// optionalList draws nil, an empty list, or a list from g.
func optionalList(g *rapid.Generator[[]string]) *rapid.Generator[[]string] {
	return rapid.OneOf(rapid.Just[[]string](nil), rapid.Just([]string{}), g)
}

func ptr[V any](v V) *V { return &v }
