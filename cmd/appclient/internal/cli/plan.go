package cli

import (
	"strconv"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/tfplan"
)

// Plans: validate reads a Terraform or OpenTofu plan, as terraform show
// -json PLANFILE writes it (an object with format_version and
// resource_changes or planned_values), as what it is. The reader,
// client/tfplan, checks each app client the plan creates or updates; this
// file only writes what it finds: one result per resource instance, each
// finding at the instance's address and Terraform attribute path.

// noClients is the note for a plan that creates or updates no client.
const noClients = "no aws_cognito_user_pool_client or aws_cognito_managed_user_pool_client that the plan creates or updates"

// plan writes what the reader finds in the plan data, the i-th result of
// the call, read from the file name.
func (v *validator) plan(i int, name string, data []byte) {
	rep := tfplan.Check(data)
	for _, f := range rep.Plan {
		if f.Rule == tfplan.RuleVersion {
			// Another major version: refused, as a file that cannot be
			// read is.
			v.unreadable(i, name, "Terraform plan: "+f.Message)
			return
		}
	}
	var items []iacItem
	if len(rep.Plan) > 0 || len(rep.Results) == 0 || len(rep.Deferred) > 0 {
		it := iacItem{op: client.Create}
		for _, f := range rep.Plan {
			it.finds = append(it.finds, iacFinding{Violation: f.Violation, field: f.Field})
		}
		if len(it.finds) == 0 || len(rep.Deferred) > 0 {
			it.note = planNote(rep)
		}
		items = append(items, it)
	}
	for _, r := range rep.Results {
		it := iacItem{res: true, label: r.Address, resource: r.Address, action: r.Action, op: r.Op}
		for _, f := range r.Findings {
			it.finds = append(it.finds, iacFinding{Violation: f.Violation, field: f.Field})
		}
		for _, s := range r.Skipped {
			it.skipped = append(it.skipped, iacSkip{Skipped: s.Skipped, field: s.Field})
		}
		items = append(items, it)
	}
	v.iac(i, name, data, iacInput{later: "after apply", logical: true}, items)
}

// planNote is what is said of a plan besides its findings: that it changes
// no client, and what it defers.
func planNote(rep *tfplan.Report) string {
	note := noClients
	if n := len(rep.NotChanged); n > 0 {
		note += " (" + strconv.Itoa(n) + " unchanged or deleted, not checked)"
	}
	if len(rep.Results) > 0 {
		note = ""
	}
	if n := len(rep.Deferred); n > 0 {
		// Always said: a deferred client is one a later plan changes.
		deferred := strconv.Itoa(n) + " app client deferred to a later plan (deferred_changes), not checked"
		if note != "" {
			note += "; "
		}
		note += deferred
	}
	return note
}
