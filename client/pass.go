package client

import (
	"sync"
	"unicode/utf8"

	"github.com/cognitokit/appclient/internal/spec"
)

// pass is one application of the service and pool rules to one input, as
// go/analysis hands each Analyzer a Pass: what a rule's check reads (the
// shared members, the request's own members, the pool facts, and work that
// several rules share) and where it reports.
type pass struct {
	// Settings are the input's shared members, copied.
	Settings
	op             Op
	generateSecret *bool   // GenerateSecret: only on create
	clientSecret   *string // ClientSecret: on create and describe
	pool           *Pool   // facts about the user pool, or nil

	rules []Rule // the rules being applied
	rule  int    // the rule being applied: rules[rule]
	out   Violations
	limit limiter // violations of rule counted per list; see allow

	redirects redirects // every redirect URL, parsed once
}

// passes keeps passes for reuse. A check is called through its rule value,
// so the compiler cannot prove that the pass stays on the stack; reusing
// passes keeps Check free of allocations, as fmt reuses its printers.
var passes = sync.Pool{New: func() any { return new(pass) }}

// applyRules applies the service rules, and the pool rules when c has pool facts,
// one rule after the other in catalogue order, after the model walk. s are
// the input's shared members; generateSecret and clientSecret are the
// request's own members (nil where the shape has none).
func (c *checker) applyRules(s *Settings, op Op, generateSecret *bool, clientSecret *string) {
	if c.limit.ncaps > 0 { // the model walk's count lines come before the service rules
		c.out = c.limit.summarize(c.out)
		c.limit.reset()
	}
	p := c.pass
	if p == nil {
		p = passes.Get().(*pass)
	}
	c.pass = nil
	p.Settings = *s
	p.op, p.generateSecret, p.clientSecret, p.pool = op, generateSecret, clientSecret, c.pool
	other := c.pool != nil && !c.pool.describes(s)
	if other {
		p.pool = nil // facts about another pool say nothing of this one
	}
	p.out = c.out
	present := p.present()
	p.run(offline, applies, present)
	switch {
	case other:
		p.pool = c.pool
		p.run(checked[len(offline):len(offline)+1], applies[len(offline):], present) // pool.mismatch, the first pool rule, alone
	case c.pool != nil:
		p.run(checked[len(offline):], applies[len(offline):], present)
	}
	c.out = p.out
	p.release()
	passes.Put(p)
}

// release drops what p refers to of the input, so that a pass waiting for
// reuse keeps no input alive.
func (p *pass) release() {
	p.Settings = Settings{}
	p.generateSecret, p.clientSecret, p.pool, p.out = nil, nil, nil, nil
	p.redirects = p.redirects.reuse()
}

// run applies each of rules to the input, but not a rule none of whose
// Members is present (unless it reports an absence): it would have nothing
// to read. when holds the rules' entries of applies; present, the members
// the input has.
func (p *pass) run(rules []Rule, when []memberSet, present memberSet) {
	p.rules = rules
	when = when[:len(rules)]
	for i, m := range when {
		if m&present != 0 {
			p.apply(i)
		}
	}
}

// apply applies p.rules[i]. The count lines of a rule that reported too
// much in one list follow the rule's own violations.
func (p *pass) apply(i int) {
	p.rule = i
	p.rules[i].check(p)
	if p.limit.ncaps > 0 {
		p.out = p.limit.summarize(p.out)
		p.limit.reset()
	}
}

// report adds a violation of the rule being applied.
func (p *pass) report(path, msg string) {
	r := &p.rules[p.rule]
	p.out = append(p.out, Violation{Path: path, Rule: r.ID, Severity: r.Severity, Message: msg})
}

// allow reports whether the rule being applied is to report a violation at
// member[index]: true for the first maxPerRule in each list.
func (p *pass) allow(member string, index int) bool {
	return p.limit.allow(member, index, p.rules[p.rule].ID)
}

// reportAt reports msg at member[index], if allow lets it.
func (p *pass) reportAt(member string, index int, msg string) {
	if p.allow(member, index) {
		p.report(itemPath(member, index), msg)
	}
}

// lacksSecret reports whether the input is a create request with neither
// GenerateSecret true nor a ClientSecret. An update request says nothing of
// the client's secret, and a description without ClientSecret may be one
// whose secret is not shown.
func (p *pass) lacksSecret() bool {
	return p.op == Create && !isTrue(p.generateSecret) && p.clientSecret == nil
}

func isTrue(b *bool) bool { return b != nil && *b }

// modelValid reports whether a string passes its shape's length and pattern,
// so that a service rule does not report again what the model rule did.
func modelValid(v string, s *spec.Shape) bool {
	return v != "" && s.Pattern.Match(v) && int64(utf8.RuneCountInString(v)) <= s.Max
}
