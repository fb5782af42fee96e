// Package rules is the tflint ruleset of appclient: one tflint rule per rule
// of the appclient catalogue (client.Rules), named by the rule's ID, applied
// to each aws_cognito_user_pool_client and
// aws_cognito_managed_user_pool_client resource that tflint evaluates.
//
// tflint evaluates each attribute (variables and their defaults, locals,
// modules, count and for_each, dynamic blocks); this package maps the values
// to the API request with the plan reader's table (tfplan.Mapping), checks
// the request with client.CheckCases, and emits each finding at the
// attribute's, or the list item's, range. A value tflint cannot know before
// apply is unknown to the rules (the rules that read it are not applied), a
// string template with unknown parts is known in part (client.Partly), a
// null is not set, and a sensitive value is checked without being shown.
package rules

import (
	"github.com/cognitokit/appclient/client"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// Name is the ruleset's name, as .tflint.hcl's plugin block names it.
const Name = "appclient"

// Version is the ruleset's version, as tflint --version lists it.
const Version = "0.1.0"

// RuleSet returns the ruleset that main serves: one rule per catalogue rule,
// each enabled unless .tflint.hcl disables it.
func RuleSet() tflint.RuleSet {
	cat := client.Rules()
	rs := &ruleSet{BuiltinRuleSet: tflint.BuiltinRuleSet{Name: Name, Version: Version}}
	for _, r := range cat {
		rs.Rules = append(rs.Rules, newRule(r))
	}
	return rs
}

// ruleSet adds to the builtin ruleset a runner that remembers the findings
// of one check, so that the resources are read and checked once per module,
// not once per rule.
type ruleSet struct {
	tflint.BuiltinRuleSet
}

// NewRunner wraps the runner of one check (one module) in a cachingRunner.
func (rs *ruleSet) NewRunner(r tflint.Runner) (tflint.Runner, error) {
	return &cachingRunner{Runner: r}, nil
}

// cachingRunner is the runner of one check with the findings of its module,
// computed by the first rule that asks.
type cachingRunner struct {
	tflint.Runner
	done  bool
	finds []finding
	err   error
}

// findingsOf returns the findings of the runner's module, from the cache if
// the runner has one.
func findingsOf(r tflint.Runner) ([]finding, error) {
	c, ok := r.(*cachingRunner)
	if !ok {
		return check(r)
	}
	if !c.done {
		c.finds, c.err = check(c.Runner)
		c.done = true
	}
	return c.finds, c.err
}

// Rule is one catalogue rule as a tflint rule.
type Rule struct {
	tflint.DefaultRule
	id       client.RuleID
	severity tflint.Severity
	link     string
}

func newRule(r client.Rule) *Rule {
	return &Rule{id: r.ID, severity: severityOf(r.Severity), link: r.Source}
}

// severityOf maps a catalogue severity to tflint's.
func severityOf(s client.Severity) tflint.Severity {
	if s == client.Error {
		return tflint.ERROR
	}
	return tflint.WARNING
}

// Name is the rule's ID, such as "urls.https".
func (r *Rule) Name() string { return string(r.id) }

// Enabled says that every rule is enabled unless .tflint.hcl disables it.
func (r *Rule) Enabled() bool { return true }

// Severity is the catalogue severity of the rule.
func (r *Rule) Severity() tflint.Severity { return r.severity }

// Link is the address of the AWS page the rule comes from.
func (r *Rule) Link() string { return r.link }

// Check emits the findings of this rule in the runner's module.
func (r *Rule) Check(runner tflint.Runner) error {
	finds, err := findingsOf(runner)
	if err != nil {
		return err
	}
	for _, f := range finds {
		if f.rule != r.id {
			continue
		}
		emit := tflint.Rule(r)
		if sev := severityOf(f.severity); sev != r.severity {
			// CheckCases made the finding a warning (it rests on a value
			// chosen at deploy time): the issue says so.
			c := *r
			c.severity = sev
			emit = &c
		}
		if err := runner.EmitIssue(emit, f.message, f.rng); err != nil {
			return err
		}
	}
	return nil
}
