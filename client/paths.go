package client

import "strconv"

// cachedItems is how many list positions have a prebuilt path per list
// member: every position of the bounded lists (at most 100 items), and the
// first positions of the unbounded ones. Reporting a warning at one of them
// allocates no path string.
const cachedItems = 128

var listMembers = [...]string{
	"ReadAttributes", "WriteAttributes", "ExplicitAuthFlows", "SupportedIdentityProviders",
	"CallbackURLs", "LogoutURLs", "AllowedOAuthFlows", "AllowedOAuthScopes",
}

// itemPaths holds "Member[i]" for every list member and i < cachedItems. It
// is built once and never changes.
var itemPaths = func() (t [len(listMembers)][cachedItems]string) {
	for m, name := range listMembers {
		for i := range t[m] {
			t[m][i] = name + "[" + strconv.Itoa(i) + "]"
		}
	}
	return t
}()

// itemPath returns "member[index]", or member when index is negative.
func itemPath(member string, index int) string {
	if index < 0 {
		return member
	}
	if index < cachedItems {
		for m, name := range listMembers {
			if name == member {
				return itemPaths[m][index]
			}
		}
	}
	return member + "[" + strconv.Itoa(index) + "]"
}

// maxPerRule is how many violations of one rule Check reports inside one
// list; the rest are counted and reported in one line at the list's path, so
// a huge list cannot produce a huge report.
const maxPerRule = 10

// capCount counts the violations of one rule inside one list.
type capCount struct {
	member string
	id     RuleID
	n      int
}

// item reports whether a violation of id at member[index] is to be reported:
// true for the first maxPerRule per list and rule, and for any index < 0.
func (c *checker) item(member string, index int, id RuleID) bool {
	if index < 0 {
		return true
	}
	k := c.count(member, id)
	k.n++
	return k.n <= maxPerRule
}

// count finds or adds the counter of one list and rule. The first counters
// live in the checker itself, so counting costs no allocation.
func (c *checker) count(member string, id RuleID) *capCount {
	for k := 0; k < c.ncaps; k++ {
		if c.caps[k].member == member && c.caps[k].id == id {
			return &c.caps[k]
		}
	}
	for k := range c.more {
		if c.more[k].member == member && c.more[k].id == id {
			return &c.more[k]
		}
	}
	if c.ncaps < len(c.caps) {
		c.caps[c.ncaps] = capCount{member: member, id: id}
		c.ncaps++
		return &c.caps[c.ncaps-1]
	}
	c.more = append(c.more, capCount{member: member, id: id})
	return &c.more[len(c.more)-1]
}

// finish reports how many violations item held back.
func (c *checker) finish() Violations {
	for _, k := range append(c.caps[:c.ncaps:c.ncaps], c.more...) {
		if k.n > maxPerRule {
			c.add(k.member, k.id, "and "+strconv.Itoa(k.n-maxPerRule)+" more items of "+k.member+
				" break this rule (only the first "+strconv.Itoa(maxPerRule)+" are listed)")
		}
	}
	return c.out
}
