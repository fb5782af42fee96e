// Package tfplan reads a Terraform or OpenTofu plan, as terraform show -json
// PLANFILE (or tofu show -json) writes it, and checks each
// aws_cognito_user_pool_client and aws_cognito_managed_user_pool_client the
// plan creates, updates or replaces, in every module, with the core's rules
// and partial knowledge (client.CheckCases).
//
// The plan format is
// https://developer.hashicorp.com/terraform/internals/json-format; any
// format_version 1.x is read, properties the reader does not know are
// ignored, and another major version is refused (tfplan.version). Each
// entry of resource_changes of those types whose change.actions include
// "create" or "update" is one Result: a create (or a replacement, delete and
// create in either order) is checked as the CreateUserPoolClient request, an
// update as the UpdateUserPoolClient request the provider sends (the whole
// configuration). aws_cognito_managed_user_pool_client adopts a client that
// exists, so it is always an update, and only the attributes its
// configuration sets are known.
//
// # Unknown and absent
//
// change.after holds the planned values. An attribute that after_unknown
// marks (Terraform's "known after apply") is unknown: the rules that read it
// are not applied, and are listed in the result's Skipped, never reported.
// An unknown item of a set keeps its place, so that the items around it are
// still checked. A null attribute, an empty nested block, or one that is
// missing, is absent from the request, and AWS's default applies. On
// create, the provider also marks unknown every optional attribute it
// computes that the configuration leaves unset: one that the plan's
// configuration section does not set is absent (AWS's default applies), as
// the provider sends nothing for it; one it sets from an expression is
// unknown. Without a configuration section for the resource, every unknown
// attribute stays unknown. For a managed client, an attribute the
// configuration does not set keeps the value the client has, which the plan
// does not know: it is unknown.
//
// # Sets
//
// Set attributes (callback_urls, allowed_oauth_scopes, explicit_auth_flows,
// ...) are in Terraform's order, not the configuration's: a finding about an
// item names its value in the message (CallbackURLs "http://...": ...)
// besides its index in the field.
//
// # Secrets
//
// A plan holds the client's secret in plain text, and the values of its
// variables. No value at a path that before_sensitive or after_sensitive
// marks, no client_secret, and no variable value ever reaches a finding:
// messages name such a value "(a value not shown)". A value shorter than
// four characters (a variable's value: eight) is hidden where a message
// quotes it whole, as hiding "prod" or "code" everywhere would garble the
// message's own words ("production"). In a message about a sensitive value,
// its parts (between its characters that are no letter or digit, such as
// the host of a URL) are hidden too where the message quotes them. The
// reader never reads prior_state, resource_drift or an identity provider's
// provider_details. The client ID of an update is not read either: a
// placeholder stands for it, and the ID is hidden too.
//
// # Pool facts
//
// The aws_cognito_user_pool a client's user_pool_id refers to (by a
// reference in the configuration, or by its ID when both are known), if the
// plan has it, gives the pool facts that --pool gives: its schema and feature
// plan (user_pool_tier), and the aws_cognito_resource_server and
// aws_cognito_identity_provider resources of the plan that belong to it are
// taken to be all of the pool's, as far as their values are known.
package tfplan

import (
	"github.com/cognitokit/appclient/client"
)

// Report is what Check finds in one plan.
type Report struct {
	// Results holds one result per resource instance checked, in the
	// plan's order of resource_changes.
	Results []Result
	// Plan holds the findings about the plan as a whole: a syntax error, a
	// format version it cannot read, a part of the wrong type.
	Plan []Finding
	// NotChanged holds the addresses of the clients the plan has but
	// neither creates nor updates (no-op, delete, read, forget), which are
	// not checked.
	NotChanged []string
	// Deferred holds the addresses of the clients whose changes Terraform
	// defers to a later plan (deferred_changes), which are not checked.
	Deferred []string
	// FormatVersion is the plan's format_version, as written.
	FormatVersion string
}

// Result is the check of one resource instance.
type Result struct {
	// Address is the instance's address:
	// module.auth.aws_cognito_user_pool_client.web["spa"].
	Address string
	// Type is aws_cognito_user_pool_client or
	// aws_cognito_managed_user_pool_client.
	Type string
	// Action is "create", "update" or "replace".
	Action string
	// Op is the request checked: client.Create or client.Update.
	Op client.Op
	// Findings are the reader's findings (tfplan rules) first, then the
	// core's merged violations.
	Findings []Finding
	// Skipped is what was not checked, and why.
	Skipped []Skip
	// Pool says whether pool facts came from the plan.
	Pool bool
}

// Finding is one violation, with the resource attribute it is about.
type Finding struct {
	// Violation is the finding. Its Path is the API member path
	// ("CallbackURLs[1]"), or "" for a finding about the plan or the
	// resource as a whole. Its Message names the member (and, for an item
	// of a set, its value).
	client.Violation
	// Field is the instance address followed by the Terraform attribute
	// path: aws_cognito_user_pool_client.web.callback_urls[1], or the
	// address alone, or "" for a finding about the whole plan.
	Field string
}

// Skip is one member or list item not checked.
type Skip struct {
	client.Skipped
	Field string // as in Finding
}

// Types of the resources the reader checks, and of those it reads pool
// facts from.
const (
	ClientType        = "aws_cognito_user_pool_client"
	ManagedClientType = "aws_cognito_managed_user_pool_client"
	poolType          = "aws_cognito_user_pool"
	serverType        = "aws_cognito_resource_server"
	providerType      = "aws_cognito_identity_provider"
)

// secretShown stands for a secret's value in a message.
const secretShown = "(a value not shown)"
