package client

import (
	"encoding/json"
	"errors"
	"slices"
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
	// Providers are the identity providers whose details are known
	// (describe-identity-provider), with their attribute mappings. Knowing
	// some providers' details does not make IdentityProviders known.
	Providers []Provider
}

// Provider is one identity provider of the pool, as describe-identity-provider
// shows it.
type Provider struct {
	Name string // ProviderName
	Type string // ProviderType: Google, Facebook, SAML, OIDC, ...
	// AttributeMapping maps user pool attributes (the keys) to the
	// provider's attributes. Amazon Cognito writes the mapped user pool
	// attributes at each sign-in through the provider.
	AttributeMapping map[string]string
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
	// Required is the schema's Required: every user must have a value, so
	// an app client that lists WriteAttributes must be able to write it.
	Required bool
}

// describes reports whether p may be facts about the pool of the client
// whose settings are s: unless both name a pool, and not the same one.
// Facts about another pool say nothing of this one.
func (p *Pool) describes(s *Settings) bool {
	return p.ID == "" || s.UserPoolID == nil || *s.UserPoolID == p.ID
}

// CheckPool is Check with the pool rules applied for every fact p knows. A
// nil p makes it Check. Facts apply only to the pool they describe: when
// p.ID and the request's UserPoolId are both known and differ, no pool rule
// but pool.mismatch is applied.
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

// Rule IDs of the pool family: what the user pool's facts decide. The pool
// rules apply only when the caller supplies facts (CheckPool, or the
// command's --pool), and each only for the facts given.
const (
	RulePoolMismatch           RuleID = "pool.mismatch"
	RulePoolIdentityProvider   RuleID = "pool.identity-provider"
	RulePoolScope              RuleID = "pool.scope"
	RulePoolReadAttributes     RuleID = "pool.read-attributes"
	RulePoolWriteAttributes    RuleID = "pool.write-attributes"
	RulePoolRequiredAttributes RuleID = "pool.required-attributes"
	RulePoolMappedAttributes   RuleID = "pool.mapped-attributes"
	RulePoolFeaturePlan        RuleID = "pool.feature-plan"
)

const (
	srcAttributes = "https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html"
	srcResources  = "https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-define-resource-servers.html"
)

// poolRules is the pool family, in catalogue order. Their checks run only
// with pool facts.
var poolRules = []Rule{
	{
		ID: RulePoolMismatch, Severity: Warning,
		Doc:       "Warning: CheckPool was given facts about another user pool than the request's UserPoolId, so it applied no other pool rule (DecodeCheckPools and the command pick each client's own pool's facts, and never report it).",
		Source:    srcCreate,
		Exception: "none",
		Members:   []string{"UserPoolId"},
		check: func(p *pass) {
			if id := p.pool.ID; id != "" && p.UserPoolID != nil && *p.UserPoolID != id {
				p.report("UserPoolId", "the pool facts describe user pool "+quote(id)+", not this one: no pool rule was applied")
			}
		},
	},
	{
		ID: RulePoolIdentityProvider, Severity: Error,
		Doc:       "Each SupportedIdentityProviders entry must be COGNITO or an identity provider of the pool (CreateUserPoolClient, SupportedIdentityProviders; seen failing as \"The provider X does not exist for User Pool Y\").",
		Source:    srcCreate,
		Exception: "InvalidParameterException",
		Members:   []string{"SupportedIdentityProviders"},
		itemwise:  true,
		check: func(p *pass) {
			if p.pool.IdentityProviders == nil {
				return
			}
			// AWS names the pool; the facts may not know its ID.
			pool := "the user pool"
			if p.pool.ID != "" {
				pool = "User Pool " + quote(p.pool.ID)
			}
			for i, name := range p.SupportedIdentityProviders {
				if name != "COGNITO" && !contains(p.pool.IdentityProviders, name) && p.allow("SupportedIdentityProviders", i) {
					p.report(itemPath("SupportedIdentityProviders", i), "The provider "+quote(name)+" does not exist for "+pool)
				}
			}
		},
	},
	{
		ID: RulePoolScope, Severity: Error,
		Doc:       "Each resource-server scope must exist in one of the pool's resource servers (Resource servers; seen failing as \"Invalid scope requested\").",
		Source:    srcResources,
		Exception: "ScopeDoesNotExistException",
		Members:   []string{"AllowedOAuthScopes"},
		itemwise:  true,
		check: func(p *pass) {
			if p.pool.ResourceServers == nil {
				return
			}
			for i, sc := range p.AllowedOAuthScopes {
				kind, server, name := scopes.Parse(sc)
				if kind == scopes.CustomScope && !p.pool.hasScope(server, name) && p.allow("AllowedOAuthScopes", i) {
					p.report(itemPath("AllowedOAuthScopes", i),
						"Invalid scope requested: "+quote(sc)+" is not a scope of any resource server of the pool")
				}
			}
		},
	},
	{
		ID: RulePoolReadAttributes, Severity: Error,
		Doc:       "Each ReadAttributes entry must be an attribute of the pool's schema, custom ones written custom:name (User pool attributes; seen failing as \"Invalid read attributes specified\").",
		Source:    srcAttributes,
		Exception: "InvalidParameterException",
		Members:   []string{"ReadAttributes"},
		itemwise:  true,
		check: func(p *pass) {
			if p.pool.Attributes == nil {
				return
			}
			for i, a := range p.ReadAttributes {
				if _, ok := p.pool.attribute(a); !ok && p.allow("ReadAttributes", i) {
					p.report(itemPath("ReadAttributes", i),
						"Invalid read attributes specified: "+quote(a)+" is not an attribute of the pool")
				}
			}
		},
	},
	{
		ID: RulePoolWriteAttributes, Severity: Error,
		Doc:       "Each WriteAttributes entry must be a mutable, non-developer attribute of the pool's schema (User pool attributes; seen failing as \"Invalid write attributes specified\").",
		Source:    srcAttributes,
		Exception: "InvalidParameterException",
		Members:   []string{"WriteAttributes"},
		itemwise:  true,
		check: func(p *pass) {
			if p.pool.Attributes == nil {
				return
			}
			for i, a := range p.WriteAttributes {
				attr, ok := p.pool.attribute(a)
				msg := ""
				switch {
				case !ok:
					msg = "Invalid write attributes specified: " + quote(a) + " is not an attribute of the pool"
				case attr.DeveloperOnly:
					msg = "Invalid write attributes specified: " + quote(a) + " is a developer-only attribute, read-only to app clients"
				case !attr.Mutable:
					msg = "Invalid write attributes specified: " + quote(a) + " is immutable"
				}
				if msg != "" && p.allow("WriteAttributes", i) {
					p.report(itemPath("WriteAttributes", i), msg)
				}
			}
		},
	},
	{
		ID: RulePoolRequiredAttributes, Severity: Error,
		Doc:       "WriteAttributes, when given, must include every mutable attribute the pool's schema marks required (User pool attributes; seen failing as \"Invalid write attributes specified while creating a client\" for a pool requiring email and WriteAttributes [\"name\"]).",
		Source:    srcAttributes,
		Exception: "InvalidParameterException",
		Members:   []string{"WriteAttributes"},
		check: func(p *pass) {
			if p.pool.Attributes == nil || p.WriteAttributes == nil {
				return
			}
			for _, a := range p.pool.Attributes {
				// A required attribute that is immutable (sub) or
				// developer-only is written by Cognito or the admin API,
				// never by an app client. (Custom attributes cannot be
				// required, so no custom: prefix needs matching.)
				if a.Required && a.Mutable && !a.DeveloperOnly && !contains(p.WriteAttributes, a.Name) {
					p.report("WriteAttributes",
						"Invalid write attributes specified: must include "+quote(a.Name)+", which the pool's schema marks required")
				}
			}
		},
	},
	{
		ID: RulePoolMappedAttributes, Severity: Warning,
		Doc:       "Warning, as AWS accepts the client and fails only at sign-in: WriteAttributes, when given, must include every user pool attribute that a provider in SupportedIdentityProviders maps, as Cognito updates mapped attributes at each sign-in through it and fails when it cannot (CreateUserPoolClient, WriteAttributes).",
		Source:    srcCreate,
		Exception: "none (accepted; sign-in through the provider fails)",
		Members:   []string{"WriteAttributes", "SupportedIdentityProviders"},
		check: func(p *pass) {
			if p.pool.Providers == nil || p.WriteAttributes == nil {
				return
			}
			for i, name := range p.SupportedIdentityProviders {
				prov := p.pool.provider(name)
				if prov == nil || slices.Contains(p.SupportedIdentityProviders[:i], name) {
					continue
				}
				if missing := p.unmapped(prov); missing != nil {
					p.report("WriteAttributes", mappedMessage(prov.Name, missing))
				}
			}
		},
	},
	{
		ID: RulePoolFeaturePlan, Severity: Error,
		Doc:       "ALLOW_USER_AUTH needs the Essentials or Plus feature plan; on a Lite pool AWS refuses it (Feature plans).",
		Source:    srcPlans,
		Exception: "FeatureUnavailableInTierException",
		Members:   []string{"ExplicitAuthFlows"},
		itemwise:  true,
		check: func(p *pass) {
			if !strings.EqualFold(p.pool.Tier, "LITE") {
				return
			}
			for i, f := range p.ExplicitAuthFlows {
				if f == flows.AllowUserAuth {
					p.reportAt("ExplicitAuthFlows", i,
						"ALLOW_USER_AUTH is not available on the pool's Lite feature plan: upgrade to Essentials or Plus")
				}
			}
		},
	},
}

// notWritable are the AttributeMapping keys that WriteAttributes never
// lists: username names the user, not an attribute, and email_verified
// cannot be written by an app client (attributes.write-email-verified), so
// Cognito writes it on its own.
var notWritable = []string{"username", emailVerified}

// unmapped returns the user pool attributes that prov maps and that
// WriteAttributes does not list, sorted; nil when there is none.
func (p *pass) unmapped(prov *Provider) []string {
	var missing []string
	for attr := range prov.AttributeMapping {
		if !contains(p.WriteAttributes, attr) && !contains(notWritable, attr) {
			missing = append(missing, attr)
		}
	}
	slices.Sort(missing)
	return missing
}

func mappedMessage(provider string, missing []string) string {
	var b strings.Builder
	b.WriteString("does not include ")
	for i, a := range missing {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(quote(a))
	}
	b.WriteString(", which identity provider ")
	b.WriteString(quote(provider))
	b.WriteString(" maps: sign-in through it fails when Amazon Cognito cannot update a mapped attribute")
	return b.String()
}

// provider returns the provider named name, or nil.
func (p *Pool) provider(name string) *Provider {
	for i := range p.Providers {
		if p.Providers[i].Name == name {
			return &p.Providers[i]
		}
	}
	return nil
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
// "aws cognito-idp describe-user-pool", "list-identity-providers",
// "describe-identity-provider" or "list-resource-servers" prints. Facts from several outputs accumulate.
func (p *Pool) AddJSON(data []byte) error {
	var doc struct {
		UserPool *struct {
			ID               string `json:"Id"`
			UserPoolTier     string
			SchemaAttributes []struct {
				Name                   string
				Mutable                *bool
				DeveloperOnlyAttribute bool
				Required               bool
			}
		}
		Providers *[]struct {
			ProviderName string
		}
		IdentityProvider *struct {
			UserPoolID       string `json:"UserPoolId"`
			ProviderName     string
			ProviderType     string
			AttributeMapping map[string]string
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
			p.Attributes = append(p.Attributes, Attribute{Name: a.Name, Mutable: a.Mutable == nil || *a.Mutable, DeveloperOnly: a.DeveloperOnlyAttribute, Required: a.Required})
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
	if ip := doc.IdentityProvider; ip != nil {
		found = true
		p.setID(ip.UserPoolID)
		p.addProvider(Provider{Name: ip.ProviderName, Type: ip.ProviderType, AttributeMapping: ip.AttributeMapping})
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
		return errors.New("pool facts: expected the output of describe-user-pool ({\"UserPool\": ...}), list-identity-providers ({\"Providers\": [...]}), describe-identity-provider ({\"IdentityProvider\": ...}) or list-resource-servers ({\"ResourceServers\": [...]})")
	}
	return nil
}

func (p *Pool) setID(id string) {
	if p.ID == "" {
		p.ID = id
	}
}
