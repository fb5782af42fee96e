// Package client holds the typed shapes of the Amazon Cognito app client
// operations (CreateRequest, UpdateRequest, UserPoolClient), their strict
// JSON decoding (DecodeCheck, DecodeCreate, ...), and the rule catalogue
// (Rules) with Check and Validate, which apply it.
//
// # Partial knowledge
//
// A configuration written in a template, a plan or a program may have values
// known only at deploy time. CheckCases checks such a configuration given as
// Cases: each an ordinary request with the values known in that case, the
// members and list items that are unknown (Unknown) or known only in part
// (Partly, such as "https://${Domain}/cb"), and what the case assumes
// (Assumption: a parameter's value, a condition's outcome). No finding that
// an unknown value could change is reported: the rules that read one are
// listed in Outcome.Skipped instead, except that a rule that judges each
// value on its own still checks a list's known items, and a partly known
// redirect URL is judged on its known start. A finding that rests on an
// assumption is a warning naming it, unless it holds in every case and no
// assumption it rests on is open. Check itself is unchanged by this: on a
// fully known request it allocates nothing when there is no violation.
package client
