package client

// CheckRule applies the rule id alone to in (a *CreateRequest,
// *UpdateRequest or *UserPoolClient) with the pool facts pool, even when
// none of the rule's members is present, and returns its violations. A pool
// rule without pool facts reports nothing, as in CheckPool. CheckRule panics
// for a rule without a check (the json and model rules).
func CheckRule(id RuleID, in any, pool *Pool) Violations {
	i, ok := ruleIndex[id]
	if !ok || catalogue[i].check == nil {
		panic("CheckRule: " + string(id) + " has no check")
	}
	if pool == nil && catalogue[i].Family() == "pool" {
		return nil
	}
	p := &pass{pool: pool, rules: catalogue}
	switch r := in.(type) {
	case *CreateRequest:
		p.Settings, p.op, p.generateSecret, p.clientSecret = r.Settings, Create, r.GenerateSecret, r.ClientSecret
	case *UpdateRequest:
		p.Settings, p.op = r.Settings, Update
	case *UserPoolClient:
		p.Settings, p.op, p.clientSecret = r.Settings, Describe, r.ClientSecret
	default:
		panic("CheckRule: not an input shape")
	}
	if pool != nil && id != RulePoolMismatch && !pool.describes(&p.Settings) {
		// As in CheckPool: facts about another pool say nothing of this one.
		if catalogue[i].Family() == "pool" {
			return nil
		}
		p.pool = nil
	}
	p.apply(i)
	return p.out
}

// Itemwise reports whether the rule id judges each value on its own (see
// Rule.itemwise).
func Itemwise(id RuleID) bool {
	r, ok := lookupRule(id)
	return ok && r.itemwise
}

// ItemPath is itemPath: "Member[i]".
func ItemPath(member string, i int) string { return itemPath(member, i) }
