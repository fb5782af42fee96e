package cfn

import (
	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/cfn/internal/node"
)

// standardAttributes are the attributes every user pool has, as
// describe-user-pool lists them in SchemaAttributes: all mutable and not
// required, but sub, which is immutable and required.
// https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html
var standardAttributes = []string{
	"sub", "name", "given_name", "family_name", "middle_name", "nickname", "preferred_username",
	"profile", "picture", "website", "email", "email_verified", "gender", "birthdate", "zoneinfo",
	"locale", "phone_number", "phone_number_verified", "address", "updated_at", "identities",
}

// pool returns the facts the template gives about the client's pool, when
// UserPoolId is a Ref to an AWS::Cognito::UserPool of the template; nil
// otherwise. A fact the template does not write literally stays unknown.
func (t *tmpl) pool(res *node.Node) *client.Pool {
	poolID := refTarget(res.Get("Properties").Get("UserPoolId"))
	pn := t.resource(poolID)
	if pn == nil || typeOf(pn) != "AWS::Cognito::UserPool" {
		return nil
	}
	p := &client.Pool{}
	props := pn.Get("Properties")
	if tier := props.Get("UserPoolTier"); tier != nil && tier.Kind == node.String {
		p.Tier = tier.Text
	}
	p.Attributes = poolAttributes(props.Get("Schema"))
	p.IdentityProviders, p.Providers = t.providers(poolID)
	p.ResourceServers = t.resourceServers(poolID)
	return p
}

// refTarget returns the name a literal Ref names, or "".
func refTarget(n *node.Node) string {
	if fn, arg := function(n); fn == "Ref" && arg.Kind == node.String {
		return arg.Text
	}
	return ""
}

// literalBool reads a literal boolean (or a string of one); ok is false
// for anything else.
func literalBool(n *node.Node, def bool) (v, ok bool) {
	if n == nil {
		return def, true
	}
	if n.Kind == node.Bool || n.Kind == node.String {
		switch n.Text {
		case "true", "True", "TRUE":
			return true, true
		case "false", "False", "FALSE":
			return false, true
		}
	}
	return false, false
}

// poolAttributes builds the schema as describe-user-pool shows it: the
// standard attributes, with what the template's Schema says of them, then
// its custom attributes. It returns nil when the Schema is not literal.
func poolAttributes(schema *node.Node) []client.Attribute {
	attrs := make([]client.Attribute, 0, len(standardAttributes))
	for _, name := range standardAttributes {
		attrs = append(attrs, client.Attribute{Name: name, Mutable: name != "sub", Required: name == "sub"})
	}
	if schema == nil {
		return attrs
	}
	if schema.Kind != node.List {
		return nil
	}
	for _, it := range schema.Items {
		name := it.Get("Name")
		if it.Kind != node.Map || name == nil || name.Kind != node.String {
			return nil
		}
		mutable, ok1 := literalBool(it.Get("Mutable"), true)
		required, ok2 := literalBool(it.Get("Required"), false)
		dev, ok3 := literalBool(it.Get("DeveloperOnlyAttribute"), false)
		if !ok1 || !ok2 || !ok3 {
			return nil
		}
		std := -1
		for i, s := range standardAttributes {
			if s == name.Text {
				std = i
			}
		}
		if std >= 0 {
			attrs[std] = client.Attribute{Name: name.Text, Mutable: mutable, Required: required, DeveloperOnly: dev}
			continue
		}
		full := "custom:" + name.Text
		if dev {
			full = "dev:" + full
		}
		attrs = append(attrs, client.Attribute{Name: full, Mutable: mutable, Required: required, DeveloperOnly: dev})
	}
	return attrs
}

// providers returns the names of the identity providers of the pool
// poolID, and the details of those whose attribute mapping is literal.
// The names are nil (unknown) when one of them is not literal or a
// provider exists only under a condition.
func (t *tmpl) providers(poolID string) (names []string, details []client.Provider) {
	names = []string{}
	known := true
	for _, pair := range t.resources.Pairs {
		r := pair.Value
		if typeOf(r) != "AWS::Cognito::UserPoolIdentityProvider" {
			continue
		}
		props := r.Get("Properties")
		if refTarget(props.Get("UserPoolId")) != poolID {
			if props.Get("UserPoolId") != nil && refTarget(props.Get("UserPoolId")) == "" {
				known = false // may be this pool
			}
			continue
		}
		name := props.Get("ProviderName")
		if name == nil || name.Kind != node.String || r.Get("Condition") != nil {
			known = false
			continue
		}
		names = append(names, name.Text)
		typ := scalarText(props.Get("ProviderType"))
		am := props.Get("AttributeMapping")
		if am == nil {
			details = append(details, client.Provider{Name: name.Text, Type: typ, AttributeMapping: map[string]string{}})
			continue
		}
		if am.Kind != node.Map {
			continue
		}
		m := map[string]string{}
		literal := true
		for _, kv := range am.Pairs {
			if kv.Value.Kind != node.String {
				literal = false
				break
			}
			m[kv.Key] = kv.Value.Text
		}
		if literal {
			details = append(details, client.Provider{Name: name.Text, Type: typ, AttributeMapping: m})
		}
	}
	if !known {
		return nil, details
	}
	return names, details
}

// resourceServers returns the pool's resource servers, or nil when one of
// them is not literal.
func (t *tmpl) resourceServers(poolID string) []client.ResourceServer {
	out := []client.ResourceServer{}
	for _, pair := range t.resources.Pairs {
		r := pair.Value
		if typeOf(r) != "AWS::Cognito::UserPoolResourceServer" {
			continue
		}
		props := r.Get("Properties")
		if refTarget(props.Get("UserPoolId")) != poolID {
			if props.Get("UserPoolId") != nil && refTarget(props.Get("UserPoolId")) == "" {
				return nil
			}
			continue
		}
		id := props.Get("Identifier")
		if id == nil || id.Kind != node.String || r.Get("Condition") != nil {
			return nil
		}
		rs := client.ResourceServer{Identifier: id.Text}
		if sc := props.Get("Scopes"); sc != nil {
			if sc.Kind != node.List {
				return nil
			}
			for _, s := range sc.Items {
				n := s.Get("ScopeName")
				if n == nil || n.Kind != node.String {
					return nil
				}
				rs.Scopes = append(rs.Scopes, n.Text)
			}
		}
		out = append(out, rs)
	}
	return out
}
