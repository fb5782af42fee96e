package clienttest

import (
	"slices"
	"strconv"
	"strings"

	"pgregory.net/rapid"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/flows"
	"github.com/cognitokit/appclient/internal/spec"
)

// PoolCase is a create request and the user pool facts it is checked
// against: Request.CheckPool(Pool).
type PoolCase struct {
	Request client.CreateRequest
	Pool    *client.Pool
}

// BreakingPool generates requests and pool facts that break exactly the
// pool rule id (pool.identity-provider, pool.scope, pool.read-attributes,
// pool.write-attributes, pool.required-attributes or pool.feature-plan): Request.CheckPool(Pool)
// reports id and no other error rule. The pool knows only the facts the
// rule needs, so that no other pool rule applies; Pool.ID is absent or the
// request's UserPoolId (facts about another pool apply no pool rule).
// BreakingPool panics for any other rule.
func BreakingPool(id client.RuleID) *rapid.Generator[PoolCase] {
	b, ok := poolBreakers[id]
	if !ok {
		panic("clienttest: BreakingPool: " + strconv.Quote(string(id)) + " is not an error rule about pool facts")
	}
	return rapid.Custom(func(t *rapid.T) PoolCase {
		c := PoolCase{Request: Create().Draw(t, "valid"), Pool: &client.Pool{}}
		c.Pool.ID = rapid.SampledFrom([]string{"", *c.Request.UserPoolID}).Draw(t, "Pool.ID")
		b(t, &c)
		return c
	})
}

var poolBreakers = map[client.RuleID]func(t *rapid.T, c *PoolCase){
	client.RulePoolIdentityProvider: func(t *rapid.T, c *PoolCase) {
		known := rapid.SliceOfN(rapid.SampledFrom([]string{"Google", "Facebook", "CorpSAML"}), 0, 3).Draw(t, "Pool.IdentityProviders")
		c.Pool.IdentityProviders = append([]string{}, known...)
		missing := "Missing" + text(alnum, 1, 20).Draw(t, "SupportedIdentityProviders")
		c.Request.SupportedIdentityProviders = append(slices.Clone(c.Request.SupportedIdentityProviders), missing)
	},
	client.RulePoolScope: func(t *rapid.T, c *PoolCase) {
		c.Pool.ResourceServers = []client.ResourceServer{{Identifier: "api", Scopes: []string{"read"}}}
		if rapid.Bool().Draw(t, "Pool.ResourceServers empty") {
			c.Pool.ResourceServers = []client.ResourceServer{}
		}
		c.Request.AllowedOAuthScopes = add(c.Request.AllowedOAuthScopes, "missing/"+text(alnum, 1, 20).Draw(t, "AllowedOAuthScopes"), spec.ScopeListType, nil)
	},
	client.RulePoolReadAttributes: func(t *rapid.T, c *PoolCase) {
		c.Pool.Attributes = schema(c.Request.WriteAttributes)
		missing := "custom:missing" + text(alnum, 1, 20).Draw(t, "ReadAttributes")
		for inSchema(c.Request.WriteAttributes, missing) {
			missing += "x"
		}
		c.Request.ReadAttributes = append(slices.Clone(c.Request.ReadAttributes), missing)
	},
	client.RulePoolWriteAttributes: func(t *rapid.T, c *PoolCase) {
		c.Pool.Attributes = schema(c.Request.ReadAttributes)
		bad := "custom:bad" + text(alnum, 1, 20).Draw(t, "WriteAttributes")
		for inSchema(c.Request.ReadAttributes, bad) {
			bad += "x"
		}
		switch rapid.IntRange(0, 2).Draw(t, "why") {
		case 0: // not in the schema
		case 1:
			c.Pool.Attributes = append(c.Pool.Attributes, client.Attribute{Name: bad, Mutable: false})
		default:
			c.Pool.Attributes = append(c.Pool.Attributes, client.Attribute{Name: bad, Mutable: true, DeveloperOnly: true})
		}
		c.Request.WriteAttributes = append(slices.Clone(c.Request.WriteAttributes), bad)
	},
	client.RulePoolRequiredAttributes: func(t *rapid.T, c *PoolCase) {
		written := slices.Clone(c.Request.WriteAttributes)
		if written == nil {
			written = []string{}
		}
		c.Request.WriteAttributes = written
		c.Pool.Attributes = schema(slices.Concat(c.Request.ReadAttributes, written))
		required := rapid.SampledFrom([]string{"email", "phone_number", "name", "given_name", "birthdate"}).Draw(t, "required attribute")
		for slices.Contains(written, required) {
			required += "x"
		}
		c.Pool.Attributes = append(c.Pool.Attributes, client.Attribute{Name: required, Mutable: true, Required: true})
	},
	client.RulePoolFeaturePlan: func(t *rapid.T, c *PoolCase) {
		c.Pool.Tier = rapid.SampledFrom([]string{"LITE", "Lite"}).Draw(t, "Pool.Tier")
		c.Request.ExplicitAuthFlows = rapid.Permutation([]string{flows.AllowUserAuth, flows.AllowRefreshTokenAuth}).Draw(t, "ExplicitAuthFlows")
	},
}

// inSchema reports whether the custom attribute name matches one of names,
// with or without its custom: prefix.
func inSchema(names []string, name string) bool {
	return slices.Contains(names, name) || slices.Contains(names, strings.TrimPrefix(name, "custom:"))
}

// schema returns a pool schema in which every name is a mutable attribute.
func schema(names []string) []client.Attribute {
	out := []client.Attribute{}
	for _, n := range names {
		out = append(out, client.Attribute{Name: n, Mutable: true})
	}
	return out
}
