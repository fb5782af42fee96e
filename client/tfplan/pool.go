package tfplan

import (
	"strings"

	"github.com/cognitokit/appclient/client"
)

// moduleCalls returns the module call names of a module address:
// module.auth["spa"].module.inner is [auth inner].
func moduleCalls(addr string) []string {
	var parts []string
	var cur strings.Builder
	depth, quoted := 0, false
	for i := 0; i < len(addr); i++ {
		c := addr[i]
		switch {
		case quoted:
			if c == '\\' {
				i++
			} else if c == '"' {
				quoted = false
			}
		case c == '"' && depth > 0:
			quoted = true
		case c == '[':
			depth++
		case c == ']':
			if depth > 0 {
				depth--
			}
		case depth > 0:
		case c == '.':
			parts = append(parts, cur.String())
			cur.Reset()
		default:
			cur.WriteByte(c)
		}
	}
	if addr != "" {
		parts = append(parts, cur.String())
	}
	var calls []string
	for i := 0; i+1 < len(parts); i += 2 {
		if parts[i] != "module" {
			return nil
		}
		calls = append(calls, parts[i+1])
	}
	return calls
}

// expressions returns the configuration expressions of the resource c is
// an instance of, or nil when the plan's configuration does not have it.
func (p *plan) expressions(c *change) obj {
	if p.confIndex == nil {
		p.confIndex = map[string]obj{}
		root, _ := p.config["root_module"].(obj)
		p.indexModule(root, "", 0)
	}
	return p.confIndex[strings.Join(moduleCalls(c.module), ".")+"|"+c.typ+"."+c.name]
}

// indexModule adds the resources of the configuration module mod, at the
// module path path, and of its module calls, to confIndex.
func (p *plan) indexModule(mod obj, path string, depth int) {
	if mod == nil || depth > maxDepth {
		return
	}
	for _, r := range asList(mod["resources"]) {
		ro, _ := r.(obj)
		mode, _ := ro["mode"].(string)
		typ, _ := ro["type"].(string)
		name, _ := ro["name"].(string)
		if ro == nil || (mode != "managed" && mode != "") {
			continue
		}
		key := path + "|" + typ + "." + name
		if _, dup := p.confIndex[key]; dup {
			continue
		}
		e, ok := ro["expressions"].(obj)
		if !ok {
			e = obj{}
		}
		p.confIndex[key] = e
	}
	calls, _ := mod["module_calls"].(obj)
	for name, mc := range calls {
		mco, _ := mc.(obj)
		child, _ := mco["module"].(obj)
		sub := name
		if path != "" {
			sub = path + "." + name
		}
		p.indexModule(child, sub, depth+1)
	}
}

// poolFacts is what the plan says of one user pool.
type poolFacts struct {
	pool client.Pool
}

func (f *poolFacts) facts() *client.Pool {
	p := f.pool
	return &p
}

// poolRef returns the key of the pool that the user_pool_id expression of
// c's configuration refers to, in c's module instance, or "".
func poolRef(c *change, conf obj) string {
	e, _ := conf["user_pool_id"].(obj)
	for _, r := range asList(e["references"]) {
		s, _ := r.(string)
		if !strings.HasPrefix(s, poolType+".") {
			continue
		}
		name := strings.TrimPrefix(s, poolType+".")
		if i := strings.IndexAny(name, ".["); i >= 0 {
			name = name[:i]
		}
		return c.module + "|" + poolType + "." + name
	}
	return ""
}

// exists reports whether the resource exists after the plan is applied.
func (c *change) exists() bool {
	for _, a := range c.actions {
		if a == "create" || a == "update" || a == "no-op" {
			return true
		}
	}
	return false
}

// findPool finds the pool of c; known is false when c's pool cannot be
// told (its user_pool_id is unknown and refers to no pool of the plan).
func (p *plan) findPool(c *change, after obj, conf obj) (pf *poolFacts, known bool) {
	if id, ok := after["user_pool_id"].(string); ok {
		return p.byID[id], true
	}
	if key := poolRef(c, conf); key != "" {
		pf := p.byAddr[key]
		return pf, pf != nil
	}
	return nil, false
}

// pools reads the facts of the plan's user pools, resource servers and
// identity providers.
func (p *plan) pools() {
	p.byAddr, p.byID = map[string]*poolFacts{}, map[string]*poolFacts{}
	var all []*poolFacts
	for _, c := range p.changes {
		if c.mode != "managed" || c.typ != poolType || !c.exists() {
			continue
		}
		after, _ := c.after.(obj)
		unk := c.afterUnknown
		pf := &poolFacts{pool: client.Pool{IdentityProviders: []string{}, ResourceServers: []client.ResourceServer{}}}
		if t, ok := after["user_pool_tier"].(string); ok && !isTrue(member(unk, "user_pool_tier")) {
			pf.pool.Tier = t
		}
		if !schemaUnknown(after["schema"], member(unk, "schema")) {
			pf.pool.Attributes = poolAttributes(after["schema"])
		}
		key := c.module + "|" + c.typ + "." + c.name
		if _, dup := p.byAddr[key]; dup {
			p.byAddr[key] = nil // several instances: a reference does not tell which
		} else {
			p.byAddr[key] = pf
		}
		if id, ok := after["id"].(string); ok && id != "" {
			p.byID[id] = pf
		}
		all = append(all, pf)
	}
	if len(all) == 0 {
		return
	}
	for _, c := range p.changes {
		if c.mode != "managed" || (c.typ != serverType && c.typ != providerType) || !c.exists() {
			continue
		}
		after, _ := c.after.(obj)
		unk := c.afterUnknown
		pf, known := p.findPool(c, after, p.expressions(c))
		if !known {
			// It may belong to any pool of the plan.
			for _, f := range all {
				if c.typ == serverType {
					f.pool.ResourceServers = nil
				} else {
					f.pool.IdentityProviders = nil
				}
			}
			continue
		}
		if pf == nil {
			continue // another pool's
		}
		if c.typ == serverType {
			id, ok := after["identifier"].(string)
			scopes, sok := scopeNames(after["scope"])
			if !ok || !sok || containsTrue(member(unk, "identifier"), 0) || containsTrue(member(unk, "scope"), 0) {
				pf.pool.ResourceServers = nil
				continue
			}
			if pf.pool.ResourceServers != nil {
				pf.pool.ResourceServers = append(pf.pool.ResourceServers, client.ResourceServer{Identifier: id, Scopes: scopes})
			}
			continue
		}
		name, ok := after["provider_name"].(string)
		if !ok || isTrue(member(unk, "provider_name")) {
			pf.pool.IdentityProviders = nil
			continue
		}
		if pf.pool.IdentityProviders != nil {
			pf.pool.IdentityProviders = append(pf.pool.IdentityProviders, name)
		}
		typ, _ := after["provider_type"].(string)
		if m, ok := stringMap(after["attribute_mapping"]); ok && !containsTrue(member(unk, "attribute_mapping"), 0) {
			pf.pool.Providers = append(pf.pool.Providers, client.Provider{Name: name, Type: typ, AttributeMapping: m})
		}
	}
}

// schemaUnknown reports whether a pool's schema blocks have an unknown
// name, mutable, required or developer_only_attribute (the constraints,
// which the provider may compute, do not matter here).
func schemaUnknown(schema, marks any) bool {
	if isTrue(marks) {
		return true
	}
	for i := range asList(schema) {
		m := item(marks, i)
		if isTrue(m) {
			return true
		}
		for _, k := range []string{"name", "mutable", "required", "developer_only_attribute"} {
			if containsTrue(member(m, k), 0) {
				return true
			}
		}
	}
	return false
}

// containsTrue reports whether after_unknown marks hold a true anywhere.
func containsTrue(marks any, depth int) bool {
	if depth > maxDepth {
		return true
	}
	switch m := marks.(type) {
	case bool:
		return m
	case []any:
		for _, x := range m {
			if containsTrue(x, depth+1) {
				return true
			}
		}
	case obj:
		for _, x := range m {
			if containsTrue(x, depth+1) {
				return true
			}
		}
	}
	return false
}

// scopeNames reads a resource server's scope blocks.
func scopeNames(v any) ([]string, bool) {
	var out []string
	if v == nil {
		return out, true
	}
	list, ok := v.([]any)
	if !ok {
		return nil, false
	}
	for _, it := range list {
		o, _ := it.(obj)
		n, ok := o["scope_name"].(string)
		if !ok {
			return nil, false
		}
		out = append(out, n)
	}
	return out, true
}

// stringMap reads a map of strings; a null one is empty.
func stringMap(v any) (map[string]string, bool) {
	out := map[string]string{}
	if v == nil {
		return out, true
	}
	m, ok := v.(obj)
	if !ok {
		return nil, false
	}
	for k, x := range m {
		s, ok := x.(string)
		if !ok {
			return nil, false
		}
		out[k] = s
	}
	return out, true
}

// standardAttributes are the attributes every user pool has, as
// describe-user-pool lists them in SchemaAttributes: all mutable and not
// required, but sub, which is immutable and required.
// https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html
var standardAttributes = []string{
	"sub", "name", "given_name", "family_name", "middle_name", "nickname", "preferred_username",
	"profile", "picture", "website", "email", "email_verified", "gender", "birthdate", "zoneinfo",
	"locale", "phone_number", "phone_number_verified", "address", "updated_at", "identities",
}

// poolAttributes builds the schema as describe-user-pool shows it: the
// standard attributes, with what the pool's schema blocks say of them,
// then its custom attributes. It returns nil when a block is not known.
func poolAttributes(schema any) []client.Attribute {
	attrs := make([]client.Attribute, 0, len(standardAttributes))
	for _, name := range standardAttributes {
		attrs = append(attrs, client.Attribute{Name: name, Mutable: name != "sub", Required: name == "sub"})
	}
	if schema == nil {
		return attrs
	}
	list, ok := schema.([]any)
	if !ok {
		return nil
	}
	for _, it := range list {
		o, _ := it.(obj)
		name, ok := o["name"].(string)
		if !ok {
			return nil
		}
		mutable, ok1 := boolOr(o["mutable"], true)
		required, ok2 := boolOr(o["required"], false)
		dev, ok3 := boolOr(o["developer_only_attribute"], false)
		if !ok1 || !ok2 || !ok3 {
			return nil
		}
		std := -1
		for i, s := range standardAttributes {
			if s == name {
				std = i
			}
		}
		if std >= 0 {
			attrs[std] = client.Attribute{Name: name, Mutable: mutable, Required: required, DeveloperOnly: dev}
			continue
		}
		full := "custom:" + name
		if dev {
			full = "dev:" + full
		}
		attrs = append(attrs, client.Attribute{Name: full, Mutable: mutable, Required: required, DeveloperOnly: dev})
	}
	return attrs
}

func boolOr(v any, def bool) (bool, bool) {
	if v == nil {
		return def, true
	}
	b, ok := v.(bool)
	return b, ok
}
