package tfplan

import (
	"strings"

	"github.com/cognitokit/appclient/internal/spec"
)

// Kind is the Terraform type of an attribute, as the provider's schema
// declares it.
type Kind uint8

const (
	String Kind = iota + 1
	Number      // an integer
	Bool
	Set   // a set of strings: unordered, in Terraform's own order in a plan
	Block // a nested block of at most one object: a list of zero or one
)

// String returns the kind's name, as a message uses it.
func (k Kind) String() string {
	switch k {
	case String:
		return "a string"
	case Number:
		return "a whole number"
	case Bool:
		return "a boolean"
	case Set:
		return "a set of strings"
	case Block:
		return "a list of at most one block"
	}
	return "a value"
}

// Attribute is one attribute of aws_cognito_user_pool_client (and of
// aws_cognito_managed_user_pool_client) and the API member it becomes.
type Attribute struct {
	// TF is the attribute's path in Terraform's notation: "name",
	// "token_validity_units", "token_validity_units[0].access_token".
	TF string
	// API is the member's path in the API's wire names, as in
	// client.Violation: "ClientName", "TokenValidityUnits",
	// "TokenValidityUnits.AccessToken". It is empty for an attribute that
	// is no member of the request (id, client_secret, region).
	API  string
	Kind Kind
	// CreateOnly says the member is sent by CreateUserPoolClient only
	// (GenerateSecret): the provider's update leaves it out.
	CreateOnly bool
	// NotManaged says aws_cognito_managed_user_pool_client has no such
	// attribute; ManagedOnly that only it has.
	NotManaged, ManagedOnly bool
}

// attributes is the mapping, one row per attribute, in the order of the
// provider's schema (terraform-provider-aws, internal/service/cognitoidp,
// user_pool_client.go and managed_user_pool_client.go). The provider expands
// the plan into the request by name (fwflex.Expand with the field name
// prefix "Client"), so a row names only the attribute: its member and kind
// come from the AWS model (fromModel). When the provider adds an attribute,
// add its row; Check warns of an attribute it does not know
// (tfplan.unknown-attribute).
var attributes = fromModel([]Attribute{
	{TF: "id", Kind: String},
	{TF: "client_secret", Kind: String},
	{TF: "region", Kind: String},
	{TF: "name"},
	{TF: "name_pattern", Kind: String, ManagedOnly: true},
	{TF: "name_prefix", Kind: String, ManagedOnly: true},
	{TF: "user_pool_id"},
	{TF: "generate_secret", CreateOnly: true, NotManaged: true},
	{TF: "access_token_validity"},
	{TF: "id_token_validity"},
	{TF: "refresh_token_validity"},
	{TF: "token_validity_units"},
	{TF: "token_validity_units[0].access_token"},
	{TF: "token_validity_units[0].id_token"},
	{TF: "token_validity_units[0].refresh_token"},
	{TF: "auth_session_validity"},
	{TF: "allowed_oauth_flows"},
	{TF: "allowed_oauth_flows_user_pool_client"},
	{TF: "allowed_oauth_scopes"},
	{TF: "callback_urls"},
	{TF: "default_redirect_uri"},
	{TF: "logout_urls"},
	{TF: "explicit_auth_flows"},
	{TF: "supported_identity_providers"},
	{TF: "read_attributes"},
	{TF: "write_attributes"},
	{TF: "prevent_user_existence_errors"},
	{TF: "enable_token_revocation"},
	{TF: "enable_propagate_additional_user_context_data"},
	{TF: "analytics_configuration"},
	{TF: "analytics_configuration[0].application_arn"},
	{TF: "analytics_configuration[0].application_id"},
	{TF: "analytics_configuration[0].external_id"},
	{TF: "analytics_configuration[0].role_arn"},
	{TF: "analytics_configuration[0].user_data_shared"},
	{TF: "refresh_token_rotation"},
	{TF: "refresh_token_rotation[0].feature"},
	{TF: "refresh_token_rotation[0].retry_grace_period_seconds"},
})

// fromModel fills in the member and kind of every row that has no kind
// yet, as the provider's expansion does: the attribute's name without its
// underscores is the member's name, compared without regard to case
// ("callback_urls" is CallbackURLs), and "name" is ClientName. A row
// whose name matches no member of CreateUserPoolClient is a mistake in the
// table, and panics when the package loads, which every test sees.
func fromModel(rows []Attribute) []Attribute {
	for i := range rows {
		a := &rows[i]
		if a.Kind != 0 {
			continue
		}
		shape, api := spec.CreateUserPoolClientRequest, ""
		block, member, inner := blockOf(a.TF)
		if !inner {
			member = block
		} else {
			m, ok := byName(shape, block)
			if !ok || m.Shape.Kind != spec.Structure {
				panic("tfplan: no block member for " + a.TF)
			}
			shape, api = m.Shape, m.Name+"."
		}
		m, ok := byName(shape, member)
		if !ok && !inner {
			m, ok = byName(shape, "client_"+member)
		}
		if !ok {
			panic("tfplan: no member for " + a.TF)
		}
		a.API = api + m.Name
		switch m.Shape.Kind {
		case spec.String, spec.Enum:
			a.Kind = String
		case spec.Integer:
			a.Kind = Number
		case spec.Boolean:
			a.Kind = Bool
		case spec.List:
			a.Kind = Set
		case spec.Structure:
			a.Kind = Block
		default:
			panic("tfplan: no kind for " + a.TF)
		}
	}
	return rows
}

// byName finds the member of s whose name is tf's without underscores, in
// any case.
func byName(s *spec.Shape, tf string) (spec.Member, bool) {
	want := strings.ReplaceAll(tf, "_", "")
	for _, m := range s.Members {
		if strings.EqualFold(m.Name, want) {
			return m, true
		}
	}
	return spec.Member{}, false
}

// Mapping returns the attribute ↔ member table, one row per attribute (block
// members after their block), as data: the plan reader builds requests from
// it, and any other reader of Terraform configurations can share it.
func Mapping() []Attribute {
	return append([]Attribute(nil), attributes...)
}

// lookupTF returns the row of the Terraform attribute path tf for the
// resource type (managed or not), or nil.
func lookupTF(tf string, managed bool) *Attribute {
	for i := range attributes {
		a := &attributes[i]
		if a.TF == tf && !(managed && a.NotManaged) && !(!managed && a.ManagedOnly) {
			return a
		}
	}
	return nil
}

// blockOf splits a block member's path "token_validity_units[0].access_token"
// into the block and the member; ok is false for a top-level attribute.
func blockOf(tf string) (block, member string, ok bool) {
	block, member, ok = strings.Cut(tf, "[0].")
	return
}

// tfPath returns the Terraform attribute path of an API path: the path of
// the longest row whose member holds it, followed by the rest of the path
// ("CallbackURLs[1]" is "callback_urls[1]"); "" when no row holds it.
func tfPath(api string) string {
	best := -1
	for i, a := range attributes {
		if a.API == "" || !within(api, a.API) {
			continue
		}
		if best < 0 || len(a.API) > len(attributes[best].API) {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return attributes[best].TF + api[len(attributes[best].API):]
}

// within reports whether path is at or inside outer.
func within(path, outer string) bool {
	if !strings.HasPrefix(path, outer) {
		return false
	}
	return len(path) == len(outer) || path[len(outer)] == '.' || path[len(outer)] == '['
}
