package client_test

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/clienttest"
)

// TestPropItemwiseRulesJudgeEachValueAlone: a rule that claims to judge each
// value on its own (CheckCases relies on it to keep checking the known items
// of a partly known list) reports the same findings at every other path when
// one value changes, whatever the new value is.
func TestPropItemwiseRulesJudgeEachValueAlone(t *testing.T) {
	values := []string{"", "https://app.example.com/cb", "http://example.com/cb", "http://localhost/cb",
		"javascript:alert(1)", "https://a/cb#", "cb", "openid", "server/scope", "bad scope",
		"ALLOW_USER_AUTH", "USER_PASSWORD_AUTH", "ALLOW_CLIENT_TOKEN_AUTH", "email_verified", "custom:x", "Google"}
	pool := &client.Pool{Tier: "LITE", IdentityProviders: []string{"Google"},
		ResourceServers: []client.ResourceServer{{Identifier: "server", Scopes: []string{"scope"}}},
		Attributes:      []client.Attribute{{Name: "email", Mutable: true}, {Name: "custom:x"}}}
	n := 0
	for _, rule := range client.Rules() {
		if !client.Itemwise(rule.ID) {
			continue
		}
		n++
		t.Run(string(rule.ID), func(t *testing.T) {
			gen := clienttest.Create()
			if rule.Severity == client.Error && rule.Family() != "pool" {
				gen = clienttest.Breaking(rule.ID)
			}
			rapid.Check(t, func(t *rapid.T) {
				r := gen.Draw(t, "request")
				// New values: interesting ones, and the input's own (a
				// DefaultRedirectURI copied into CallbackURLs, say).
				choices := slices.Clone(values)
				if r.DefaultRedirectURI != nil {
					choices = append(choices, *r.DefaultRedirectURI)
				}
				choices = append(choices, r.CallbackURLs...)
				choices = append(choices, r.AllowedOAuthScopes...)
				choices = append(choices, r.ExplicitAuthFlows...)
				// Set one value first, so that the rule has something to
				// report, then change another.
				if targets := valueSetters(&r, rule.Members); len(targets) > 0 {
					target := targets[rapid.IntRange(0, len(targets)-1).Draw(t, "first")]
					target.set(&r, rapid.SampledFrom(choices).Draw(t, "first value"))
				}
				targets := valueSetters(&r, rule.Members)
				if len(targets) == 0 || len(targets) > 10 {
					return // past 10 findings a rule counts the rest in one line
				}
				target := targets[rapid.IntRange(0, len(targets)-1).Draw(t, "value")]
				changed := r
				target.set(&changed, rapid.SampledFrom(choices).Draw(t, "new"))
				before := elsewhere(client.CheckRule(rule.ID, &r, pool), target.path)
				after := elsewhere(client.CheckRule(rule.ID, &changed, pool), target.path)
				if diff := cmp.Diff(before, after); diff != "" {
					t.Fatalf("changing %s changed findings elsewhere (-before +after):\n%s", target.path, diff)
				}
			})
		})
	}
	if n < 10 {
		t.Fatalf("only %d rules are itemwise", n)
	}
}

// elsewhere returns the violations not at or inside path.
func elsewhere(vs client.Violations, path string) client.Violations {
	var out client.Violations
	for _, v := range vs {
		if v.Path != path {
			out = append(out, v)
		}
	}
	return out
}

type setter struct {
	path string
	set  func(r *client.CreateRequest, v string)
}

// valueSetters returns a setter for each string value of members that r has.
func valueSetters(r *client.CreateRequest, members []string) []setter {
	var out []setter
	lists := map[string]func(s *client.Settings) *[]string{
		"CallbackURLs":               func(s *client.Settings) *[]string { return &s.CallbackURLs },
		"LogoutURLs":                 func(s *client.Settings) *[]string { return &s.LogoutURLs },
		"AllowedOAuthScopes":         func(s *client.Settings) *[]string { return &s.AllowedOAuthScopes },
		"ExplicitAuthFlows":          func(s *client.Settings) *[]string { return &s.ExplicitAuthFlows },
		"SupportedIdentityProviders": func(s *client.Settings) *[]string { return &s.SupportedIdentityProviders },
		"ReadAttributes":             func(s *client.Settings) *[]string { return &s.ReadAttributes },
		"WriteAttributes":            func(s *client.Settings) *[]string { return &s.WriteAttributes },
	}
	for _, m := range members {
		if m == "DefaultRedirectURI" && r.DefaultRedirectURI != nil {
			out = append(out, setter{m, func(r *client.CreateRequest, v string) { r.DefaultRedirectURI = &v }})
		}
		list, ok := lists[m]
		if !ok {
			continue
		}
		for i := range *list(&r.Settings) {
			out = append(out, setter{client.ItemPath(m, i), func(r *client.CreateRequest, v string) {
				l := list(&r.Settings)
				*l = slices.Clone(*l)
				(*l)[i] = v
			}})
		}
	}
	return out
}
