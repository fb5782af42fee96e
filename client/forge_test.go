package client_test

import (
	"encoding/json"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/cognitokit/appclient/client"
)

// forging are the runes that let a value forge or disguise output: line
// ends (C0 controls, NEL, U+2028/2029), ESC for terminal sequences, DEL and
// the C1 controls, and the bidi controls of Trojan Source.
func forging(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0:
		return true
	case r == 0x2028, r == 0x2029, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// hostile generates text with forging runes in it, after a prefix that
// makes rules look at it (an ALLOW_ flow, a custom attribute, a URL, a
// resource-server scope).
func hostile() *rapid.Generator[string] {
	bad := []string{"\n", "\r", "\r\n", "\u2028", "\u2029", "\x00", "\x1b[31m", "\x1b]8;;", "\u0085",
		"\u202e", "\u202a", "\u2066", "\u2067", "\u2068", "\u2069", "\u200f", "\t", "\x7f"}
	return rapid.Custom(func(t *rapid.T) string {
		s := rapid.SampledFrom([]string{"", "ALLOW_", "custom:", "https://app.example.com/", "api/", "Google", "email"}).Draw(t, "prefix")
		for range rapid.IntRange(1, 4).Draw(t, "parts") {
			s += rapid.SampledFrom(bad).Draw(t, "forging") + rapid.SampledFrom([]string{"", "x", "forged: line [rule]", "é"}).Draw(t, "text")
		}
		return s
	})
}

// forgeTemplate has every string member and list of the three shapes.
const forgeTemplate = `{
  "UserPoolId": "us-east-1_Ab12Cd34E", "ClientName": "app", "ClientId": "1example23456789", "ClientSecret": "s",
  "DefaultRedirectURI": "https://app.example.com/cb", "PreventUserExistenceErrors": "ENABLED",
  "TokenValidityUnits": {"AccessToken": "minutes", "IdToken": "minutes", "RefreshToken": "days"},
  "AnalyticsConfiguration": {"ApplicationId": "ab", "ApplicationArn": "arn:aws:mobiletargeting:us-east-1:1:apps/a", "RoleArn": "arn:aws:iam::1:role/r", "ExternalId": "e"},
  "RefreshTokenRotation": {"Feature": "ENABLED", "RetryGracePeriodSeconds": 10},
  "ClientType": "REGULAR",
  "ReadAttributes": ["email", "custom:a"], "WriteAttributes": ["email", "name"],
  "ExplicitAuthFlows": ["ALLOW_USER_AUTH", "USER_PASSWORD_AUTH"], "SupportedIdentityProviders": ["COGNITO", "Google"],
  "CallbackURLs": ["https://app.example.com/cb"], "LogoutURLs": ["https://app.example.com/out"],
  "AllowedOAuthFlows": ["code", "implicit"], "AllowedOAuthScopes": ["openid", "api/read"],
  "AllowedOAuthFlowsUserPoolClient": true
}`

// TestPropValuesCannotForgeOutput: hostile text in any string member or
// list item of an input, and in the pool facts, never reaches a violation's
// message or path raw: every value a message repeats is quoted.
func TestPropValuesCannotForgeOutput(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var doc map[string]any
		if err := json.Unmarshal([]byte(forgeTemplate), &doc); err != nil {
			t.Fatal(err)
		}
		var seen []string // the hostile strings used, for the pool facts
		var poison func(v any, label string) any
		poison = func(v any, label string) any {
			switch x := v.(type) {
			case string:
				if rapid.Bool().Draw(t, label+" hostile") {
					h := hostile().Draw(t, label)
					seen = append(seen, h)
					return h
				}
			case []any:
				for i := range x {
					x[i] = poison(x[i], label+"[]")
				}
				if rapid.Bool().Draw(t, label+" extra item") {
					h := hostile().Draw(t, label+" item")
					seen = append(seen, h)
					x = append(x, h)
				}
				return x
			case map[string]any:
				for k, e := range x {
					x[k] = poison(e, k)
				}
			}
			return v
		}
		doc = poison(doc, "").(map[string]any)
		if rapid.Bool().Draw(t, "wrapped") {
			doc = map[string]any{"UserPoolClient": doc}
		}
		data, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		pick := func(label string) string {
			if len(seen) == 0 || rapid.Bool().Draw(t, label+" plain") {
				return hostile().Draw(t, label)
			}
			return rapid.SampledFrom(seen).Draw(t, label)
		}
		pool := &client.Pool{
			ID: pick("Pool.ID"), Tier: rapid.SampledFrom([]string{"LITE", "PLUS"}).Draw(t, "Pool.Tier"),
			IdentityProviders: []string{pick("Pool.IdentityProviders")},
			ResourceServers:   []client.ResourceServer{{Identifier: pick("Identifier"), Scopes: []string{pick("Scopes")}}},
			Attributes: []client.Attribute{
				{Name: pick("Attribute"), Mutable: true, Required: true},
				{Name: pick("Attribute"), Mutable: rapid.Bool().Draw(t, "Mutable"), DeveloperOnly: rapid.Bool().Draw(t, "DeveloperOnly")},
			},
			Providers: []client.Provider{{Name: pick("Provider"), AttributeMapping: map[string]string{pick("Mapped"): "x", "email": pick("Mapped to")}}},
		}
		op := rapid.SampledFrom([]client.Op{client.Auto, client.Create, client.Update, client.Describe}).Draw(t, "op")
		_, vs := client.DecodeCheckPool(data, op, pool)
		if rapid.Bool().Draw(t, "no pool") {
			_, vs = client.DecodeCheck(data, op)
		}
		for _, v := range vs {
			for _, field := range []struct{ name, text string }{{"message", v.Message}, {"path", v.Path}} {
				if i := strings.IndexFunc(field.text, forging); i >= 0 {
					t.Fatalf("%s %s has a raw %U: %+q\ninput: %s", v.Rule, field.name, []rune(field.text[i:])[0], field.text, data)
				}
			}
		}
	})
}
