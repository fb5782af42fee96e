package cli

import (
	"bufio"
	"strconv"
	"strings"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/tfplan"
	"github.com/cognitokit/appclient/internal/pathname"
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
			reason := "Terraform plan: " + f.Message
			w := bufio.NewWriter(v.stderr)
			w.WriteString("appclient: " + pathname.Text(name) + ": " + reason + "\n")
			w.Flush()
			v.code = exitUsage
			if v.json {
				v.result(i, jsonResult{File: name, Violations: []jsonViolation{}, Error: reason})
			}
			if v.sarif != nil {
				v.sarif.unreadable(name, reason)
			}
			return
		}
	}
	type item struct {
		res   *tfplan.Result // nil for the plan's own findings
		finds []tfplan.Finding
	}
	var items []item
	if len(rep.Plan) > 0 || len(rep.Results) == 0 || len(rep.Deferred) > 0 {
		items = append(items, item{finds: rep.Plan})
	}
	for j := range rep.Results {
		items = append(items, item{res: &rep.Results[j], finds: rep.Results[j].Findings})
	}
	for _, it := range items {
		vs := make(client.Violations, len(it.finds))
		for k, f := range it.finds {
			vs[k] = f.Violation
		}
		v.invalid(vs)
	}
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
	switch {
	case v.sarif != nil:
		for _, it := range items {
			v.sarif.planResults(name, it.finds)
		}
	case v.json:
		for k, it := range items {
			r := jsonResult{File: name, Op: client.Create.String(), Valid: true, Violations: []jsonViolation{}}
			if it.res != nil {
				r.Op, r.Resource, r.Action = it.res.Op.String(), it.res.Address, it.res.Action
				r.Skipped = []jsonSkipped{}
				for _, s := range it.res.Skipped {
					rules := make([]string, len(s.Rules))
					for n, id := range s.Rules {
						rules[n] = string(id)
					}
					r.Skipped = append(r.Skipped, jsonSkipped{Field: s.Field, Reason: s.Reason, Rules: rules})
				}
			} else if len(it.finds) == 0 || len(rep.Deferred) > 0 {
				r.Note = note
			}
			for _, f := range it.finds {
				if f.Severity == client.Error {
					r.Valid = false
				}
				r.Violations = append(r.Violations, jsonViolation{Field: f.Field, Rule: string(f.Rule), Severity: f.Severity.String(), Message: f.Message})
			}
			v.result(i+k, r)
		}
	default:
		file := pathname.Text(name)
		for _, it := range items {
			for _, f := range it.finds {
				v.out.WriteString(file + ": ")
				if f.Field != "" {
					v.out.WriteString(pathname.Text(f.Field) + ": ")
				}
				if f.Severity == client.Warning {
					v.out.WriteString("warning: ")
				}
				v.out.WriteString(f.Message + " [" + string(f.Rule) + "]\n")
			}
			if it.res == nil {
				if note != "" && (len(it.finds) == 0 || len(rep.Deferred) > 0) {
					v.out.WriteString(file + ": note: " + note + "\n")
				}
				continue
			}
			v.planSkipped(file, it.res)
		}
	}
}

// planSkipped writes what was not checked in res: each unknown value and
// its rules with --explain-skipped, a count otherwise.
func (v *validator) planSkipped(file string, res *tfplan.Result) {
	n := 0
	for _, s := range res.Skipped {
		n += len(s.Rules)
	}
	if n == 0 {
		return
	}
	if !v.explain {
		v.out.WriteString(file + ": " + pathname.Text(res.Address) + ": note: " + strconv.Itoa(n) + " checks not applied to values known only after apply (--explain-skipped lists them)\n")
		return
	}
	for _, s := range res.Skipped {
		if len(s.Rules) == 0 {
			continue
		}
		rules := make([]string, len(s.Rules))
		for k, id := range s.Rules {
			rules[k] = string(id)
		}
		v.out.WriteString(file + ": " + pathname.Text(s.Field) + ": note: not checked, " + s.Reason + ": " + strings.Join(rules, ", ") + "\n")
	}
}

// planResults records the findings of one resource instance of a plan (or
// the plan's own findings). A plan has no source lines (terraform show
// -json writes it on one line): each result is at the start of the plan
// file, and its logical location names the resource instance and
// attribute.
func (s *sarifWriter) planResults(name string, finds []tfplan.Finding) {
	run := &s.log.Runs[0]
	for _, f := range finds {
		text := f.Message
		if f.Field != "" {
			text = f.Field + ": " + text
		}
		idx, ok := s.ruleIndex[f.Rule]
		if !ok {
			idx = -1
		}
		r := sarifResult{RuleID: string(f.Rule), RuleIndex: idx, Level: sarifLevel(f.Severity), Message: sarifMessage{Text: text}}
		var loc sarifLocation
		if name != "-" {
			loc.PhysicalLocation = &sarifPhysical{ArtifactLocation: sarifArtifact{URI: artifactURI(name)},
				Region: &sarifRegion{StartLine: 1, StartColumn: 1}}
		}
		if f.Field != "" {
			loc.LogicalLocations = []sarifLogical{{FullyQualifiedName: f.Field, Kind: "resource"}}
		}
		if loc.PhysicalLocation != nil || loc.LogicalLocations != nil {
			r.Locations = []sarifLocation{loc}
		}
		run.Results = append(run.Results, r)
	}
}
