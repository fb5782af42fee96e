package client

import (
	"slices"
	"strings"

	"github.com/cognitokit/appclient/internal/charclass"
	"github.com/cognitokit/appclient/internal/spec"
	"github.com/cognitokit/appclient/urls"
)

// Partial knowledge: a configuration written in a template, a plan or a
// program, where some values are known only at deploy time.
//
// A reader (CloudFormation, Terraform, Go source) turns what it reads into
// one or more Cases: the values known in that case, in an ordinary request,
// plus the members and list items whose values are unknown or known only in
// part, and what the case assumes (a parameter's value, a condition's
// outcome). CheckCases checks each case, leaves out every finding that an
// unknown value could change, and merges the cases into one Outcome: the
// findings, each with the severity it deserves, and what was not checked and
// why.

// Unknown is a member or list item whose value cannot be known before deploy:
// an Fn::GetAtt, an Fn::ImportValue, a Ref to a resource, a dynamic
// reference, a Terraform "known after apply", a Go variable.
type Unknown struct {
	// Path is the member or list item, in AWS wire names, as in Violation:
	// "UserPoolId", "CallbackURLs[1]", "AnalyticsConfiguration.RoleArn".
	Path string
	// Reason says what the value depends on, for the user: "Fn::GetAtt
	// Pool.Arn", "a Ref to resource UserPool". It must not contain a
	// secret's value.
	Reason string
}

// Piece is one piece of a string known only in part: literal text, or a hole
// whose content is unknown.
type Piece struct {
	Text string // the literal text, when Hole is empty
	// Hole says what fills the hole, as the source writes it: "${Domain}",
	// "{{resolve:ssm:/app/host}}". Empty for a literal piece.
	Hole string
}

// Partly is a string member or list item known only in part, such as
// Fn::Sub "https://${Domain}/cb": the scheme is known, the host is not.
type Partly struct {
	Path   string  // as in Unknown
	Pieces []Piece // in order; literal pieces are never empty
}

// Assumption is something a case assumes about a value chosen at deploy
// time, and the members and list items whose values rest on it.
type Assumption struct {
	// Text names the assumption for the user, as a phrase that follows a
	// finding: "with parameter Env = dev (its Default)", "when condition
	// IsProd is false". It must not contain a secret's value.
	Text string
	// Paths are the members and list items whose values rest on the
	// assumption, in AWS wire names. A path names the whole member or item:
	// "CallbackURLs" covers every item.
	Paths []string
	// Open says that the cases do not cover every value the deployer may
	// choose: a parameter with a Default but no AllowedValues may be given
	// any value. A finding that holds in every case is certain only when it
	// rests on no open assumption.
	Open bool
	// Secret says that the value chosen is a secret (a NoEcho parameter):
	// a finding that rests on it says which rule it breaks, but nothing of
	// the value, not even which character or how long.
	Secret bool
}

// Case is one way a partly known configuration may turn out. Exactly one of
// Create and Update is set. The values at the Unknown and Partly paths may
// be anything (a zero value will do): CheckCases never reports a finding
// that depends on them. A list must still have an item at each unknown
// item's index, so that the known items keep their positions.
type Case struct {
	Create *CreateRequest
	Update *UpdateRequest
	// Pool holds the facts known about the client's user pool, or nil.
	Pool *Pool

	Unknown []Unknown
	Partly  []Partly
	// Assumes is what the case assumes; empty when every known value is
	// written literally.
	Assumes []Assumption
}

// Skipped is one unknown member or list item and the rules that could not be
// applied because of it. A rule is never silently passed: it is applied, or
// it is listed here.
type Skipped struct {
	Path   string // the unknown member or list item, as in Unknown
	Reason string // as in Unknown; for a Partly string, what its holes are
	// Rules are the rules not applied to the value, in catalogue order:
	// the model rules that apply to the member's shape, and every other
	// rule whose Members include it.
	Rules []RuleID
}

// Outcome is what CheckCases finds.
type Outcome struct {
	// Violations are the findings that hold whatever the unknown values
	// turn out to be, merged over the cases, in the order of their first
	// appearance (case by case, each in Check's order). See CheckCases
	// for their severities.
	Violations Violations
	// Skipped lists what was not checked, in the order the cases first
	// name each path.
	Skipped []Skipped
	// Cases is how many cases were checked.
	Cases int
}

// CheckCases checks each case and merges what they find.
//
// In each case, a finding is left out when an unknown value could change it:
// a json or model finding at or inside an Unknown or Partly path, and every
// finding of a rule whose Members include one (the rule is then listed in
// Skipped). A rule that judges each list item on its own (the urls rules
// other than urls.default-in-callbacks, scopes.unknown, and the like) is
// still applied to a list's known items. For a Partly redirect URL, the
// known text decides what it can: a literal "#" breaks urls.fragment; a
// known "https://" scheme passes urls.https; "http://" with the host in a
// hole is a warning, as AWS accepts it only if the host turns out to be
// localhost, 127.0.0.1 or [::1].
//
// Severity: a finding keeps its rule's severity when it rests on no
// assumption (its inputs are written literally), or when it holds in every
// case and rests on no Open assumption (it holds however the deployer
// chooses). Otherwise it is a warning, since AWS's verdict depends on a
// value chosen at deploy time, and its message ends by naming the
// assumptions it rests on: "(with parameter Env = dev (its Default))".
func CheckCases(cases []Case) Outcome {
	out := Outcome{Cases: len(cases)}
	m := merger{index: map[findingKey]int{}, skipped: map[string]int{}, inCase: map[findingKey]bool{}}
	for i := range cases {
		m.add(&cases[i])
	}
	out.Violations, out.Skipped = m.result(len(cases))
	return out
}

// A hole is an Unknown or Partly path of a case.
type hole struct {
	path, reason string
	pieces       []Piece // for a Partly string
}

// findingKey identifies a finding across cases.
type findingKey struct {
	path    string
	rule    RuleID
	message string
	nth     int // 0 for the first time a case has it, 1 for the second...
}

// finding is a finding merged over the cases that have it.
type finding struct {
	v       Violation
	hits    int
	literal bool     // some case has it resting on no assumption
	open    bool     // some case has it resting on an Open assumption
	assumes []string // the assumptions common to every case that has it
	secret  bool     // it rests on a Secret assumption in some case
}

// merger merges the cases' findings and skipped rules.
type merger struct {
	found   []finding
	index   map[findingKey]int
	skips   []Skipped
	skipped map[string]int // path → index in skips
	inCase  map[findingKey]bool
}

// add checks one case and merges what it finds.
func (m *merger) add(c *Case) {
	clear(m.inCase)
	var vs Violations
	switch {
	case c.Create != nil:
		vs = c.Create.CheckPool(c.Pool)
	case c.Update != nil:
		vs = c.Update.CheckPool(c.Pool)
	default:
		return
	}
	holes := make([]hole, 0, len(c.Unknown)+len(c.Partly))
	for _, u := range c.Unknown {
		holes = append(holes, hole{path: u.Path, reason: u.Reason})
	}
	for _, p := range c.Partly {
		holes = append(holes, hole{path: p.Path, reason: partlyReason(p.Pieces), pieces: p.Pieces})
	}
	kept := vs[:0:0]
	for _, v := range vs {
		if !dependsOnHole(v, holes) {
			kept = append(kept, v)
		}
	}
	decided := map[string][]RuleID{} // Partly path → rules its known text decided
	for _, h := range holes {
		if h.pieces != nil {
			var found Violations
			found, decided[h.path] = partlyURL(h.path, h.pieces)
			for _, v := range found {
				kept = insertInOrder(kept, v)
			}
		}
	}
	for _, h := range holes {
		m.skip(h, c.Pool != nil, decided[h.path])
	}
	for _, v := range kept {
		m.merge(v, relevant(v, c.Assumes))
	}
}

// dependsOnHole reports whether an unknown value could change v: v is a
// json or model finding at or inside a hole, or a finding of a rule that
// reads a hole, unless the rule judges each value on its own and v is not
// at or inside the hole.
func dependsOnHole(v Violation, holes []hole) bool {
	r, ok := lookupRule(v.Rule)
	for _, h := range holes {
		if within(v.Path, h.path) {
			return true
		}
		if ok && r.Members != nil && !r.itemwise && readsPath(r, h.path) {
			return true
		}
	}
	return false
}

// lookupRule returns the catalogue's rule id.
func lookupRule(id RuleID) (*Rule, bool) {
	i, ok := ruleIndex[id]
	if !ok {
		return nil, false
	}
	return &catalogue[i], true
}

// readsPath reports whether r reads the value at path: one of its Members
// is path, inside it, or holds it.
func readsPath(r *Rule, path string) bool {
	for _, m := range r.Members {
		if within(path, m) || within(m, path) {
			return true
		}
	}
	return false
}

// within reports whether path is at or inside outer: equal, or outer
// followed by "." or "[".
func within(path, outer string) bool {
	if len(path) < len(outer) || path[:len(outer)] != outer {
		return false
	}
	return len(path) == len(outer) || path[len(outer)] == '.' || path[len(outer)] == '['
}

// insertInOrder inserts v, a finding of a service rule, before the first
// finding of a later rule in the catalogue, as Check would have ordered it.
func insertInOrder(vs Violations, v Violation) Violations {
	at := ruleIndex[v.Rule]
	i := len(vs)
	for j, w := range vs {
		if k, ok := ruleIndex[w.Rule]; ok && k > at && k >= len(jsonRules)+len(modelRules) {
			i = j
			break
		}
	}
	vs = append(vs, Violation{})
	copy(vs[i+1:], vs[i:])
	vs[i] = v
	return vs
}

// relevant returns the assumptions of assumes that v rests on: those
// about a value v's rule reads (for a rule that judges each value on its
// own, and for the json and model rules, the value at v's path).
func relevant(v Violation, assumes []Assumption) []Assumption {
	r, ok := lookupRule(v.Rule)
	var out []Assumption
	for _, a := range assumes {
		for _, p := range a.Paths {
			var hit bool
			if !ok || r.Members == nil || r.itemwise {
				hit = within(p, v.Path) || within(v.Path, p)
			} else {
				hit = readsPath(r, p)
			}
			if hit {
				out = append(out, a)
				break
			}
		}
	}
	return out
}

// merge adds v, found in one case resting on the assumptions as.
func (m *merger) merge(v Violation, as []Assumption) {
	k := findingKey{v.Path, v.Rule, v.Message, 0}
	for m.inCase[k] {
		k.nth++ // the same finding twice in one case: keep both
	}
	m.inCase[k] = true
	i, seen := m.index[k]
	if !seen {
		i = len(m.found)
		m.index[k] = i
		m.found = append(m.found, finding{v: v})
	}
	f := &m.found[i]
	f.hits++
	texts := make([]string, 0, len(as))
	for _, a := range as {
		if a.Secret {
			f.secret = true
		}
		texts = append(texts, a.Text)
		f.open = f.open || a.Open
	}
	if len(as) == 0 {
		f.literal = true
	}
	if !seen {
		f.assumes = texts
		return
	}
	common := f.assumes[:0:0]
	for _, t := range f.assumes {
		if slices.Contains(texts, t) {
			common = append(common, t)
		}
	}
	if len(common) > 0 || len(f.assumes) == 0 {
		f.assumes = common
	}
}

// result returns the merged findings, with their severities and the
// assumptions they rest on, and the skipped rules.
func (m *merger) result(cases int) (Violations, []Skipped) {
	var vs Violations
	for _, f := range m.found {
		v := f.v
		if f.secret {
			v.Message = secretMessage
		}
		if !f.literal && (f.hits < cases || f.open) {
			v.Severity = Warning
			if len(f.assumes) > 0 {
				v.Message += " (" + strings.Join(f.assumes, "; ") + ")"
			}
		}
		vs = append(vs, v)
	}
	return vs, m.skips
}

// secretMessage replaces the message of a finding on a secret value.
const secretMessage = "the value breaks this rule; it is secret, so neither it nor what is wrong with it is shown"

// skip lists the rules that could not be applied to the hole h: the model
// rules of its shape and every rule that reads it, but not those decided is.
// Pool rules count only when the case has pool facts.
func (m *merger) skip(h hole, pool bool, decided []RuleID) {
	i, ok := m.skipped[h.path]
	if !ok {
		i = len(m.skips)
		m.skipped[h.path] = i
		m.skips = append(m.skips, Skipped{Path: h.path, Reason: h.reason})
	}
	s := &m.skips[i]
	add := func(id RuleID) {
		if !slices.Contains(s.Rules, id) && !slices.Contains(decided, id) {
			s.Rules = append(s.Rules, id)
		}
	}
	for _, id := range modelRulesAt(h.path) {
		add(id)
	}
	rules := offline
	if pool {
		rules = checked
	}
	for i := range rules {
		if readsPath(&rules[i], h.path) {
			add(rules[i].ID)
		}
	}
	slices.SortStableFunc(s.Rules, func(a, b RuleID) int { return ruleIndex[a] - ruleIndex[b] })
}

// modelRulesAt returns the model rules that apply to the value at path, by
// its shape in CreateUserPoolClient (or UpdateUserPoolClient).
func modelRulesAt(path string) []RuleID {
	shape := shapeAt(spec.CreateUserPoolClientRequest, path)
	if shape == nil {
		shape = shapeAt(spec.UpdateUserPoolClientRequest, path)
	}
	if shape == nil {
		return nil
	}
	var out []RuleID
	var walk func(s *spec.Shape)
	walk = func(s *spec.Shape) {
		switch s.Kind {
		case spec.String:
			if s.Min != spec.NoLimit || s.Max != spec.NoLimit {
				out = append(out, RuleModelLength)
			}
			if s.Pattern != charclass.None {
				out = append(out, RuleModelPattern)
			}
		case spec.Enum:
			out = append(out, RuleModelEnum)
		case spec.Integer:
			out = append(out, RuleModelRange)
		case spec.List:
			out = append(out, RuleModelItems)
			walk(s.Item)
		case spec.Structure:
			for _, mem := range s.Members {
				if mem.Required {
					out = append(out, RuleModelRequired)
				}
			}
			for _, mem := range s.Members {
				walk(mem.Shape)
			}
		}
	}
	walk(shape)
	slices.SortFunc(out, func(a, b RuleID) int { return ruleIndex[a] - ruleIndex[b] })
	return slices.Compact(out)
}

// shapeAt returns the shape of the value at path in root, or nil.
func shapeAt(root *spec.Shape, path string) *spec.Shape {
	s := root
	for path != "" {
		if path[0] == '[' {
			end := strings.IndexByte(path, ']')
			if end < 0 || s.Kind != spec.List {
				return nil
			}
			s, path = s.Item, path[end+1:]
			continue
		}
		path = strings.TrimPrefix(path, ".")
		end := strings.IndexAny(path, ".[")
		if end < 0 {
			end = len(path)
		}
		mem, ok := s.Lookup(path[:end])
		if !ok {
			return nil
		}
		s, path = mem.Shape, path[end:]
	}
	return s
}

// partlyReason says what a Partly string's holes are.
func partlyReason(pieces []Piece) string {
	var holes []string
	for _, p := range pieces {
		if p.Hole != "" {
			holes = append(holes, p.Hole)
		}
	}
	return "known only in part: " + strings.Join(holes, ", ") + " is known at deploy"
}

// partlyURL returns what the known text of the redirect URL at path (a
// CallbackURLs item or DefaultRedirectURI) decides, and the urls rules it
// decided. Other paths decide nothing.
func partlyURL(path string, pieces []Piece) (Violations, []RuleID) {
	if !within(path, "CallbackURLs") && path != "DefaultRedirectURI" {
		return nil, nil
	}
	var vs Violations
	var decided []RuleID
	report := func(id RuleID, sev Severity, msg string) {
		vs = append(vs, Violation{Path: path, Rule: id, Severity: sev, Message: msg})
	}
	for _, p := range pieces {
		if p.Hole == "" && strings.IndexByte(p.Text, '#') >= 0 {
			report(RuleURLsFragment, Error, "must not include a fragment (#), not even an empty one")
			decided = append(decided, RuleURLsFragment)
			break
		}
	}
	start := ""
	if len(pieces) > 0 && pieces[0].Hole == "" {
		start = pieces[0].Text
	}
	st := urls.ReadStart(start)
	switch {
	case st.Relative:
		report(RuleURLsAbsolute, Error, "must be an absolute URI with a scheme, such as https://app.example.com/callback or myapp://callback")
		return vs, append(decided, RuleURLsAbsolute)
	case st.Scheme == "":
		return vs, decided
	}
	decided = append(decided, RuleURLsAbsolute, RuleURLsDangerousScheme)
	info := urls.Info{Scheme: st.Scheme}
	switch {
	case info.Dangerous():
		report(RuleURLsDangerousScheme, Warning, "uses the "+quote(st.Scheme)+" scheme, which runs code or reads local data when a browser follows it")
	case info.HTTP() && st.HostKnown && st.Loopback():
		report(RuleURLsLoopbackHTTP, Warning, "uses plain HTTP to a loopback address: fine for local testing, not for production")
		decided = append(decided, RuleURLsHTTPS, RuleURLsLoopbackHTTP)
	case info.HTTP() && st.HostKnown:
		report(RuleURLsHTTPS, Error, "must use HTTPS: plain HTTP is allowed only to exactly localhost, 127.0.0.1 or [::1]")
		decided = append(decided, RuleURLsHTTPS, RuleURLsLoopbackHTTP)
	case info.HTTP():
		report(RuleURLsHTTPS, Warning, "uses plain HTTP to a host known only at deploy: AWS accepts it only if the host turns out to be exactly localhost, 127.0.0.1 or [::1]; use HTTPS")
		decided = append(decided, RuleURLsHTTPS)
	default: // https, or an app scheme: HTTPS holds
		decided = append(decided, RuleURLsHTTPS)
		if !info.AppScheme() || !st.HostKnown {
			decided = append(decided, RuleURLsLoopbackHTTP)
		}
	}
	return vs, decided
}
