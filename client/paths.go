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
			t[m][i] = string(appendItemPath(nil, name, i))
		}
	}
	return t
}()

// Violation paths are written by these three functions, and read by none:
// memberPath, itemPath and appendItemPath. (pathname.Member writes the
// name of a member the input spelt oddly.)

// memberPath returns the path of the member name of the object at parent
// ("" for the document): "name", or "parent.name".
func memberPath(parent, name string) string {
	if parent == "" {
		return name
	}
	return parent + "." + name
}

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
	var buf [64]byte
	return string(appendItemPath(buf[:0], member, index))
}

// appendItemPath appends "member[index]" to dst.
func appendItemPath(dst []byte, member string, index int) []byte {
	dst = append(dst, member...)
	dst = append(dst, '[')
	dst = strconv.AppendInt(dst, int64(index), 10)
	return append(dst, ']')
}

// maxPerRule is how many violations of one rule Check (or a decoder) reports
// inside one list; the rest are counted and reported in one line at the
// list's path, so a huge list cannot produce a huge report.
const maxPerRule = 10

// capCount counts the violations of one rule inside one list.
type capCount struct {
	member string
	id     RuleID
	n      int
}

// limiter counts violations per list and rule. The first counters live in
// the limiter itself, so counting costs no allocation.
type limiter struct {
	caps  [16]capCount
	ncaps int
	more  []capCount
}

// allow reports whether a violation of id at member[index] is to be reported:
// true for the first maxPerRule per list and rule, and for any index < 0.
func (l *limiter) allow(member string, index int, id RuleID) bool {
	if index < 0 {
		return true
	}
	k := l.count(member, id)
	k.n++
	return k.n <= maxPerRule
}

func (l *limiter) count(member string, id RuleID) *capCount {
	for k := 0; k < l.ncaps; k++ {
		if l.caps[k].member == member && l.caps[k].id == id {
			return &l.caps[k]
		}
	}
	for k := range l.more {
		if l.more[k].member == member && l.more[k].id == id {
			return &l.more[k]
		}
	}
	if l.ncaps < len(l.caps) {
		l.caps[l.ncaps] = capCount{member: member, id: id}
		l.ncaps++
		return &l.caps[l.ncaps-1]
	}
	l.more = append(l.more, capCount{member: member, id: id})
	return &l.more[len(l.more)-1]
}

// reset forgets every count.
func (l *limiter) reset() {
	l.ncaps = 0
	l.more = l.more[:0]
}

// summarize appends one line per list and rule that allow held back.
func (l *limiter) summarize(out Violations) Violations {
	for _, k := range append(l.caps[:l.ncaps:l.ncaps], l.more...) {
		if k.n > maxPerRule {
			where := k.member
			if where == "" {
				where = "the document"
			}
			out = append(out, Violation{Path: k.member, Rule: k.id, Severity: severity(k.id),
				Message: "and " + strconv.Itoa(k.n-maxPerRule) + " more violations of this rule in " + where +
					" (only the first " + strconv.Itoa(maxPerRule) + " are listed)"})
		}
	}
	return out
}

// item reports whether Check is to report a violation at member[index].
func (c *checker) item(member string, index int, id RuleID) bool {
	return c.limit.allow(member, index, id)
}

// finish adds the count lines of what item held back.
func (c *checker) finish() Violations {
	c.out = c.limit.summarize(c.out)
	return c.out
}
