package client

import (
	"slices"
	"strings"
)

// Rule is one rule of the catalogue: what it checks, where AWS documents
// it, what AWS answers, the members it reads and, for the service and pool
// rules, the check that applies it. As golang.org/x/tools/go/analysis keeps
// an Analyzer's name, doc and Run in one value, a rule is one value, declared
// in the file of its family (tokens.go, flows.go, oauth.go, ...).
type Rule struct {
	ID       RuleID
	Severity Severity
	// Doc is one line: what the rule checks and where AWS documents it (for
	// a warning, also why it is only a warning).
	Doc string
	// Source is the address of the AWS page (or standard) the rule comes from.
	Source string
	// Exception is what AWS answers when the rule is broken, such as
	// "InvalidParameterException". For rules that the AWS CLI or SDK enforces
	// before sending anything, it names that client-side error instead.
	Exception string
	// Members are the members the rule reads, as paths in AWS wire names:
	// "AllowedOAuthFlows", "TokenValidityUnits.AccessToken", "GenerateSecret".
	// A path inside a structure also reads whether the structure is present.
	// A rule's findings depend only on these members (and, for the pool
	// rules and flows.user-auth-tier, on the pool facts), so a reader that
	// cannot know one of them can skip the rule.
	//
	// Members is nil for the json and model rules, meaning every member: the
	// decoder and the model walk apply them member by member.
	Members []string

	// check applies the rule to one input and reports through p. It is nil
	// for the json and model rules.
	check func(p *pass)
	// whenAbsent says that the rule reports a member's absence. Any other
	// rule has nothing to report when none of its Members is present, and
	// is then not applied.
	whenAbsent bool
	// itemwise says that the rule judges each value of its Members on its
	// own: every finding is at the path of one member or list item and
	// depends on that value alone (and on the pool facts). CheckCases then
	// still applies the rule to the known values of a partly known input.
	itemwise bool
	// reads are the top-level members of Members, set when the catalogue
	// is built.
	reads memberSet
}

// Family returns the rule's family, the part of its ID before the dot:
// "json", "model", and the service-rule families ("tokens", "urls", ...).
func (r Rule) Family() string { return r.ID.Family() }

// Family returns the part of id before the dot, such as "urls" for
// "urls.https".
func (id RuleID) Family() string {
	family, _, _ := strings.Cut(string(id), ".")
	return family
}

// Sources that several families cite.
const (
	srcCreate  = "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html"
	srcPlans   = "https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html"
	srcRFC9700 = "https://www.rfc-editor.org/rfc/rfc9700"
)

// catalogue is the rule table: each family's rules in its own order, the
// families in this fixed order. It is built once and never changes. Check
// reports in this order: the json and model rules first (the decoder and the
// model walk apply them member by member), then the service rules and the
// pool rules, one rule after the other.
var catalogue = withReads(slices.Concat(
	jsonRules,
	modelRules,
	tokensRules,
	flowsRules,
	oauthRules,
	urlsRules,
	scopesRules,
	secretsRules,
	securityRules,
	attributesRules,
	listsRules,
	analyticsRules,
	poolRules,
))

// withReads sets each rule's reads from its Members.
func withReads(rules []Rule) []Rule {
	for i := range rules {
		rules[i].reads = membersOf(rules[i].Members)
	}
	return rules
}

// checked are the rules that have a check, in catalogue order: the service
// rules (offline) and then the pool rules, which need pool facts.
var (
	checked = catalogue[len(jsonRules)+len(modelRules):]
	offline = checked[:len(checked)-len(poolRules)]
	// applies holds, for each rule of checked, the members of which one
	// must be present for the rule to be applied: its reads, or every
	// member for a rule that reports an absence. A compact copy, so that
	// choosing the rules to apply reads one word per rule.
	applies = func() []memberSet {
		out := make([]memberSet, len(checked))
		for i, r := range checked {
			out[i] = r.reads
			if r.whenAbsent {
				out[i] = ^memberSet(0)
			}
		}
		return out
	}()
)

// ruleIndex maps each rule ID to its position in the catalogue.
var ruleIndex = func() map[RuleID]int {
	m := make(map[RuleID]int, len(catalogue))
	for i, r := range catalogue {
		m[r.ID] = i
	}
	return m
}()

// Rules returns the rule catalogue, in the order Check reports violations:
// the json and model rules first, whose violations come member by member
// (as the decoder meets them, then in model order), then every other
// rule's, one rule after the other in this order.
func Rules() []Rule {
	out := slices.Clone(catalogue)
	for i := range out {
		out[i].Members = slices.Clone(out[i].Members)
	}
	return out
}

// LookupRule returns the rule with the given ID.
func LookupRule(id RuleID) (Rule, bool) {
	i, ok := ruleIndex[id]
	if !ok {
		return Rule{}, false
	}
	r := catalogue[i]
	r.Members = slices.Clone(r.Members)
	return r, true
}

// severity returns the catalogue severity of id. Every ID used by Check is in
// the catalogue; a test enforces it.
func severity(id RuleID) Severity {
	if i, ok := ruleIndex[id]; ok {
		return catalogue[i].Severity
	}
	return Error
}
