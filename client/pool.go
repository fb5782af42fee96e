package client

import (
	"encoding/json"
	"errors"
	"strings"

	"github.com/cognitokit/appclient/flows"
	"github.com/cognitokit/appclient/internal/jsonlex"
	"github.com/cognitokit/appclient/scopes"
)

// Pool holds facts about the user pool an app client belongs to: what an
// offline check cannot see. Each fact is optional: a nil list or an empty
// Tier means "not known", and the rules that need it are not applied. With a
// fact known, the corresponding check is an error with the message AWS gives.
type Pool struct {
	// ID is the user pool ID, such as us-east-1_Ab12Cd34E.
	ID string
	// Tier is the feature plan: LITE, ESSENTIALS or PLUS.
	Tier string
	// IdentityProviders are the names of the pool's identity providers
	// (Google, Facebook, SignInWithApple, LoginWithAmazon, SAML and OIDC
	// provider names). COGNITO is always allowed and need not be listed.
	IdentityProviders []string
	// ResourceServers are the pool's resource servers and their scopes.
	ResourceServers []ResourceServer
	// Attributes is the pool's attribute schema.
	Attributes []Attribute
}

// ResourceServer is a resource server: its identifier and scope names.
type ResourceServer struct {
	Identifier string
	Scopes     []string
}

// Attribute is one attribute of the pool's schema. Custom attributes are
// named custom:name, developer-only ones dev:name.
type Attribute struct {
	Name          string
	Mutable       bool
	DeveloperOnly bool
}

// CheckPool is Check with the pool rules applied for every fact p knows. A
// nil p makes it Check.
func (r *CreateRequest) CheckPool(p *Pool) Violations {
	c := checker{pool: p}
	return r.check(&c)
}

// CheckPool is Check with the pool rules applied for every fact p knows.
func (r *UpdateRequest) CheckPool(p *Pool) Violations {
	c := checker{pool: p}
	return r.check(&c)
}

// CheckPool is Check with the pool rules applied for every fact p knows.
func (r *UserPoolClient) CheckPool(p *Pool) Violations {
	c := checker{pool: p}
	return r.check(&c)
}

// poolRules applies the pool rules, in catalogue order.
func (c *checker) poolRules(s *Settings) {
	p := c.pool
	if p == nil {
		return
	}
	if p.ID != "" && s.UserPoolID != nil && *s.UserPoolID != p.ID {
		c.add("UserPoolId", RulePoolMismatch, "the pool facts describe user pool "+quote(p.ID)+", not this one: the pool rules may not apply")
	}
	poolName := p.ID
	if poolName == "" && s.UserPoolID != nil {
		poolName = *s.UserPoolID
	}
	if p.IdentityProviders != nil {
		for i, name := range s.SupportedIdentityProviders {
			if name != "COGNITO" && !contains(p.IdentityProviders, name) && c.item("SupportedIdentityProviders", i, RulePoolIdentityProvider) {
				c.add(itemPath("SupportedIdentityProviders", i), RulePoolIdentityProvider,
					"The provider "+name+" does not exist for User Pool "+poolName)
			}
		}
	}
	if p.ResourceServers != nil {
		for i, sc := range s.AllowedOAuthScopes {
			kind, server, name := scopes.Parse(sc)
			if kind == scopes.CustomScope && !p.hasScope(server, name) && c.item("AllowedOAuthScopes", i, RulePoolScope) {
				c.add(itemPath("AllowedOAuthScopes", i), RulePoolScope,
					"Invalid scope requested: "+quote(sc)+" is not a scope of any resource server of the pool")
			}
		}
	}
	if p.Attributes != nil {
		for i, a := range s.ReadAttributes {
			if _, ok := p.attribute(a); !ok && c.item("ReadAttributes", i, RulePoolReadAttributes) {
				c.add(itemPath("ReadAttributes", i), RulePoolReadAttributes,
					"Invalid read attributes specified: "+quote(a)+" is not an attribute of the pool")
			}
		}
		for i, a := range s.WriteAttributes {
			attr, ok := p.attribute(a)
			msg := ""
			switch {
			case !ok:
				msg = "Invalid write attributes specified: " + quote(a) + " is not an attribute of the pool"
			case attr.DeveloperOnly:
				msg = "Invalid write attributes specified: " + quote(a) + " is a developer-only attribute, read-only to app clients"
			case !attr.Mutable:
				msg = "Invalid write attributes specified: " + quote(a) + " is immutable"
			}
			if msg != "" && c.item("WriteAttributes", i, RulePoolWriteAttributes) {
				c.add(itemPath("WriteAttributes", i), RulePoolWriteAttributes, msg)
			}
		}
	}
	if strings.EqualFold(p.Tier, "LITE") {
		for i, f := range s.ExplicitAuthFlows {
			if f == flows.AllowUserAuth && c.item("ExplicitAuthFlows", i, RulePoolFeaturePlan) {
				c.add(itemPath("ExplicitAuthFlows", i), RulePoolFeaturePlan,
					"ALLOW_USER_AUTH is not available on the pool's Lite feature plan: upgrade to Essentials or Plus")
			}
		}
	}
}

// tierKnown reports whether the pool's feature plan is known, so that the
// offline feature-plan warning gives way to the pool rule.
func (p *Pool) tierKnown() bool { return p != nil && p.Tier != "" }

func (p *Pool) hasScope(server, name string) bool {
	for _, rs := range p.ResourceServers {
		if rs.Identifier == server && contains(rs.Scopes, name) {
			return true
		}
	}
	return false
}

// attribute finds a schema attribute by the name an app client uses. A
// custom attribute is custom:name; a schema that lists it without the
// prefix is matched too.
func (p *Pool) attribute(name string) (Attribute, bool) {
	for _, a := range p.Attributes {
		if a.Name == name {
			return a, true
		}
	}
	if bare, ok := strings.CutPrefix(name, "custom:"); ok {
		for _, a := range p.Attributes {
			if a.Name == bare {
				return a, true
			}
		}
	}
	return Attribute{}, false
}

// AddJSON adds the facts in one AWS CLI output to p: the JSON that
// "aws cognito-idp describe-user-pool", "list-identity-providers" or
// "list-resource-servers" prints. Facts from several outputs accumulate.
func (p *Pool) AddJSON(data []byte) error {
	var doc struct {
		UserPool *struct {
			ID               string `json:"Id"`
			UserPoolTier     string
			SchemaAttributes []struct {
				Name                   string
				Mutable                *bool
				DeveloperOnlyAttribute bool
			}
		}
		Providers *[]struct {
			ProviderName string
		}
		ResourceServers *[]struct {
			UserPoolID string `json:"UserPoolId"`
			Identifier string
			Scopes     []struct{ ScopeName string }
		}
	}
	if e := jsonlex.ByteOrderMark(data); e != nil {
		return errors.New("pool facts: " + e.Msg)
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return errors.New("pool facts: " + err.Error())
	}
	found := false
	if u := doc.UserPool; u != nil {
		found = true
		p.setID(u.ID)
		if u.UserPoolTier != "" {
			p.Tier = u.UserPoolTier
		}
		if p.Attributes == nil {
			p.Attributes = []Attribute{}
		}
		for _, a := range u.SchemaAttributes {
			// Mutable defaults to true in the API when absent.
			p.Attributes = append(p.Attributes, Attribute{Name: a.Name, Mutable: a.Mutable == nil || *a.Mutable, DeveloperOnly: a.DeveloperOnlyAttribute})
		}
	}
	if doc.Providers != nil {
		found = true
		if p.IdentityProviders == nil {
			p.IdentityProviders = []string{}
		}
		for _, prov := range *doc.Providers {
			p.IdentityProviders = append(p.IdentityProviders, prov.ProviderName)
		}
	}
	if doc.ResourceServers != nil {
		found = true
		if p.ResourceServers == nil {
			p.ResourceServers = []ResourceServer{}
		}
		for _, rs := range *doc.ResourceServers {
			p.setID(rs.UserPoolID)
			server := ResourceServer{Identifier: rs.Identifier}
			for _, s := range rs.Scopes {
				server.Scopes = append(server.Scopes, s.ScopeName)
			}
			p.ResourceServers = append(p.ResourceServers, server)
		}
	}
	if !found {
		return errors.New("pool facts: expected the output of describe-user-pool ({\"UserPool\": ...}), list-identity-providers ({\"Providers\": [...]}) or list-resource-servers ({\"ResourceServers\": [...]})")
	}
	return nil
}

func (p *Pool) setID(id string) {
	if p.ID == "" {
		p.ID = id
	}
}
