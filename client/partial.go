package client

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
	panic("not yet")
}
