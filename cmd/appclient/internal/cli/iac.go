package cli

import (
	"strconv"
	"strings"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/internal/jsonlex"
	"github.com/cognitokit/appclient/internal/pathname"
)

// Infrastructure as code: templates (template.go) and plans (plan.go) are
// read by their readers; each file turns its reader's report into iacItems,
// and this file writes them, as text, JSON or SARIF, the same way for both.

// iacItem is one app client resource of a template or a plan, or (res
// false) the input's own findings.
type iacItem struct {
	res bool
	// label names the resource in text notes: "Resources.WebClient", or a
	// plan's instance address.
	label string
	// resource, cdk, action and op fill the JSON result.
	resource, cdk, action string
	op                    client.Op
	pos                   place // where the resource is, or the zero place
	finds                 []iacFinding
	skipped               []iacSkip
	// note is said of the input's own item (not of a resource).
	note string
}

// place is a position in the input: 1-based line and column in code
// points, and the byte offset; the zero place means none is known.
type place struct{ line, column, offset int }

type iacFinding struct {
	client.Violation
	field string // the full path in the input
	pos   place
}

type iacSkip struct {
	client.Skipped
	field string
	pos   place
}

// iacInput says how a kind of input is written.
type iacInput struct {
	// later is what "known only ..." says of the values not checked:
	// "at deploy", "after apply".
	later string
	// logical says that SARIF results name the resource and attribute as
	// a logical location (a plan, which has no source lines).
	logical bool
}

// iac writes the items read from the file name (data), the first of them
// the i-th result of the call.
func (v *validator) iac(i int, name string, data []byte, in iacInput, items []iacItem) {
	for _, it := range items {
		for _, f := range it.finds {
			if f.Severity == client.Error && v.code == exitOK {
				v.code = exitInvalid
			}
		}
	}
	switch {
	case v.sarif != nil:
		for _, it := range items {
			v.sarif.iacResults(name, data, in, &it)
		}
	case v.json:
		for k, it := range items {
			v.result(i+k, iacJSON(name, &it))
		}
	default:
		file := pathname.Text(name)
		for _, it := range items {
			v.iacText(file, in, &it)
		}
	}
}

// iacJSON is the JSON result of one item.
func iacJSON(name string, it *iacItem) jsonResult {
	r := jsonResult{File: name, Op: it.op.String(), Valid: true, Violations: []jsonViolation{}, Note: it.note}
	if it.res {
		r.Resource, r.CDKPath, r.Action = it.resource, it.cdk, it.action
		r.Skipped = []jsonSkipped{}
		for _, s := range it.skipped {
			r.Skipped = append(r.Skipped, jsonSkipped{Field: s.field, Reason: s.Reason, Rules: ruleNames(s.Rules), Line: s.pos.line, Column: s.pos.column})
		}
	}
	for _, f := range it.finds {
		if f.Severity == client.Error {
			r.Valid = false
		}
		r.Violations = append(r.Violations, jsonViolation{Field: f.field, Rule: string(f.Rule), Severity: f.Severity.String(),
			Message: f.Message, Line: f.pos.line, Column: f.pos.column})
	}
	return r
}

func ruleNames(ids []client.RuleID) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = string(id)
	}
	return out
}

// iacText writes one item as text: "FILE[:LINE:COL]: FIELD[ (CDK PATH)]:
// [warning: ]MESSAGE [RULE]" per finding, then what was not checked: each
// value and its rules with --explain-skipped, a count otherwise.
func (v *validator) iacText(file string, in iacInput, it *iacItem) {
	cdk := ""
	if it.cdk != "" {
		cdk = " (" + pathname.Text(it.cdk) + ")"
	}
	for _, f := range it.finds {
		v.out.WriteString(at(file, f.pos))
		if f.field != "" {
			v.out.WriteString(pathname.Text(f.field) + cdk + ": ")
		}
		if f.Severity == client.Warning {
			v.out.WriteString("warning: ")
		}
		// A reader's message may name a key or a parameter of the input:
		// written so that it cannot forge a line.
		v.out.WriteString(pathname.Line(f.Message) + " [" + string(f.Rule) + "]\n")
	}
	if !it.res {
		if it.note != "" {
			v.out.WriteString(file + ": note: " + pathname.Line(it.note) + "\n")
		}
		return
	}
	n := 0
	for _, s := range it.skipped {
		n += len(s.Rules)
	}
	switch {
	case n == 0:
	case !v.explain:
		v.out.WriteString(at(file, it.pos) + pathname.Text(it.label) + cdk + ": note: " + strconv.Itoa(n) +
			" checks not applied to values known only " + in.later + " (--explain-skipped lists them)\n")
	default:
		for _, s := range it.skipped {
			if len(s.Rules) > 0 {
				v.out.WriteString(at(file, s.pos) + pathname.Text(s.field) + cdk + ": note: not checked, " + pathname.Line(s.Reason) + ": " +
					strings.Join(ruleNames(s.Rules), ", ") + "\n")
			}
		}
	}
}

// at returns "FILE:LINE:COL: ", or "FILE: " without a place.
func at(file string, p place) string {
	if p.line <= 0 {
		return file + ": "
	}
	return file + ":" + strconv.Itoa(p.line) + ":" + strconv.Itoa(p.column) + ": "
}

// iacResults records the findings of one item of the input read from name
// (data). Each result of a file is at its line and column (SARIF counts
// columns in UTF-16 code units, the readers code points: the column is
// counted again from the offset, by the function that counts them for JSON
// input too), or at the start of the file when it has no place of its own
// (a plan, which has no source lines, or a YAML error without a line); for
// a plan, its logical location names the resource and attribute.
func (s *sarifWriter) iacResults(name string, data []byte, in iacInput, it *iacItem) {
	run := &s.log.Runs[0]
	for _, f := range it.finds {
		text := f.Message
		if f.field != "" {
			text = f.field + ": " + text
		}
		if it.cdk != "" {
			text += " (construct " + it.cdk + ")"
		}
		idx, ok := s.ruleIndex[f.Rule]
		if !ok {
			idx = -1
		}
		r := sarifResult{RuleID: string(f.Rule), RuleIndex: idx, Level: sarifLevel(f.Severity), Message: sarifMessage{Text: text}}
		var loc sarifLocation
		if name != "-" {
			region := &sarifRegion{StartLine: 1, StartColumn: 1}
			if f.pos.line > 0 {
				region = &sarifRegion{StartLine: f.pos.line, StartColumn: jsonlex.Position(data, f.pos.offset).UTF16Column}
			}
			loc.PhysicalLocation = &sarifPhysical{ArtifactLocation: sarifArtifact{URI: artifactURI(name)}, Region: region}
		}
		if in.logical && f.field != "" {
			loc.LogicalLocations = []sarifLogical{{FullyQualifiedName: f.field, Kind: "resource"}}
		}
		if loc.PhysicalLocation != nil || loc.LogicalLocations != nil {
			r.Locations = []sarifLocation{loc}
		}
		run.Results = append(run.Results, r)
	}
}
