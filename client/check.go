package client

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cognitokit/appclient/internal/charclass"
	"github.com/cognitokit/appclient/internal/pathname"
	"github.com/cognitokit/appclient/internal/spec"
	"github.com/cognitokit/appclient/urls"
)

// Check returns every violation of the CreateUserPoolClient request, in a
// deterministic order. It allocates nothing when there is none.
func (r *CreateRequest) Check() Violations { return r.AppendCheck(nil) }

// AppendCheck appends the violations Check reports to dst and returns the
// extended slice. With a reused dst (dst[:0]) it allocates nothing for the
// warnings of a typical configuration.
func (r *CreateRequest) AppendCheck(dst Violations) Violations {
	c := checker{out: dst}
	return r.check(&c)
}

func (r *CreateRequest) check(c *checker) Violations {
	c.op = "CreateUserPoolClient"
	c.begin()
	c.modelCreateRequest(r)
	c.applyRules(&r.Settings, Create, r.GenerateSecret, r.ClientSecret)
	return c.finish()
}

// Validate says whether AWS would reject the request: it returns nil when
// Check finds no error-severity violation (warnings do not count), and the
// errors, as Violations, otherwise: Check().Err(). Warnings stay available
// through Check.
func (r *CreateRequest) Validate() error { return r.Check().Err() }

// Check returns every violation of the UpdateUserPoolClient request, in a
// deterministic order. It allocates nothing when there is none.
func (r *UpdateRequest) Check() Violations { return r.AppendCheck(nil) }

// AppendCheck appends the violations Check reports to dst.
func (r *UpdateRequest) AppendCheck(dst Violations) Violations {
	c := checker{out: dst}
	return r.check(&c)
}

func (r *UpdateRequest) check(c *checker) Violations {
	c.op = "UpdateUserPoolClient"
	c.begin()
	c.modelUpdateRequest(r)
	c.applyRules(&r.Settings, Update, nil, nil)
	return c.finish()
}

// Validate says whether AWS would reject the request, as
// [CreateRequest.Validate] does: nil, or the error-severity violations.
func (r *UpdateRequest) Validate() error { return r.Check().Err() }

// Check returns every violation of the app client description, in a
// deterministic order. No member of UserPoolClientType is required.
func (r *UserPoolClient) Check() Violations { return r.AppendCheck(nil) }

// AppendCheck appends the violations Check reports to dst.
func (r *UserPoolClient) AppendCheck(dst Violations) Violations {
	c := checker{out: dst}
	return r.check(&c)
}

func (r *UserPoolClient) check(c *checker) Violations {
	c.op = "DescribeUserPoolClient"
	c.begin()
	c.modelUserPoolClient(r)
	c.applyRules(&r.Settings, Describe, nil, r.ClientSecret)
	return c.finish()
}

// Validate says whether the client breaks a rule AWS enforces, as
// [CreateRequest.Validate] does: nil, or the error-severity violations.
func (r *UserPoolClient) Validate() error { return r.Check().Err() }

// validate returns the errors of vs, or nil when there is none.
// checker gathers violations. Its methods build paths and messages only when
// something is wrong, so a valid input costs no allocation.
type checker struct {
	op    string
	out   Violations
	pool  *Pool   // facts about the user pool, or nil
	limit limiter // violations counted per list and rule; see item
	// pass is the pass that applies the service rules after the model
	// walk, taken early so that the walk can note what it learns of each
	// redirect URL for the urls rules (see redirects.note); nil outside
	// Check.
	pass *pass
}

// begin takes the pass that applyRules will use.
func (c *checker) begin() { c.pass = passes.Get().(*pass) }

func (c *checker) add(path string, id RuleID, msg string) {
	c.out = append(c.out, Violation{Path: path, Rule: id, Severity: severity(id), Message: msg})
}

// requiredByOp reports a required member of the operation that is absent.
func (c *checker) requiredByOp(path string, present bool) {
	if !present {
		c.add(path, RuleModelRequired, "is required by "+c.op)
	}
}

// requiredIn reports a required member of the structure parent that is
// absent although parent is present.
func (c *checker) requiredIn(path string, present bool, parent string) {
	if !present {
		c.add(path, RuleModelRequired, "is required when "+parent+" is present")
	}
}

func (c *checker) str(path string, v *string, s *spec.Shape) {
	if v != nil {
		c.value(path, -1, *v, s)
	}
}

func (c *checker) int(path string, v *int32, s *spec.Shape) {
	if v == nil {
		return
	}
	n := int64(*v)
	if (s.Min != spec.NoLimit && n < s.Min) || (s.Max != spec.NoLimit && n > s.Max) {
		c.add(path, RuleModelRange, "must be between "+strconv.FormatInt(s.Min, 10)+" and "+
			strconv.FormatInt(s.Max, 10)+" (got "+strconv.FormatInt(n, 10)+")")
	}
}

func (c *checker) list(path string, items []string, s *spec.Shape) {
	if items == nil {
		return
	}
	n := int64(len(items))
	if s.Max != spec.NoLimit && n > s.Max {
		c.add(path, RuleModelItems, "must have at most "+strconv.FormatInt(s.Max, 10)+" items (got "+
			strconv.FormatInt(n, 10)+")")
	}
	if s.Min != spec.NoLimit && n < s.Min {
		c.add(path, RuleModelItems, "must have at least "+strconv.FormatInt(s.Min, 10)+" items (got "+
			strconv.FormatInt(n, 10)+")")
	}
	it := s.Item
	switch {
	case it.Kind == spec.Enum, it.Pattern == charclass.RedirectURL:
		for i, v := range items {
			c.value(path, i, v, it)
		}
	default:
		// value's path for a pattern, in one loop for the list rather
		// than one call per item.
		for i, v := range items {
			if n, ok := it.Pattern.Scan(v); !fits(n, ok, it) {
				c.badValue(path, i, v, it, n, ok)
			}
		}
	}
}

// fits reports whether a string whose Scan against s gave n and ok matches
// the pattern and has a length within s's bounds.
func fits(n int, ok bool, s *spec.Shape) bool {
	return ok && (s.Min == spec.NoLimit || int64(n) >= s.Min) && (s.Max == spec.NoLimit || int64(n) <= s.Max)
}

// value checks one string against its shape: UTF-8, length in code points,
// pattern and enum. index is the list position, or -1. A valid string costs
// one pass: Scan matches the pattern and counts runes together. What a
// violation needs is done in badEnum and badValue, so that this path stays
// small.
func (c *checker) value(member string, index int, v string, s *spec.Shape) {
	if s.Kind == spec.Enum {
		if !contains(s.Enum, v) && !(s == spec.ExplicitAuthFlowsType && v == clientTokenAuth) {
			c.badEnum(member, index, v, s)
		}
		return
	}
	var n int
	var ok bool
	if s.Pattern == charclass.RedirectURL {
		// One read for the pattern, the length and the urls rules.
		sum := urls.Scan(v)
		n, ok = sum.Runes, sum.Pattern
		if c.pass != nil {
			c.pass.redirects.note(member, v, sum)
		}
	} else {
		n, ok = s.Pattern.Scan(v)
	}
	if !fits(n, ok, s) {
		c.badValue(member, index, v, s, n, ok)
	}
}

// badEnum reports v, which is not one of the values of s.
func (c *checker) badEnum(member string, index int, v string, s *spec.Shape) {
	if !c.item(member, index, RuleModelEnum) {
		return
	}
	if !utf8.ValidString(v) {
		c.add(itemPath(member, index), RuleJSONUTF8, "must be valid UTF-8")
	} else {
		c.add(itemPath(member, index), RuleModelEnum, enumMessage(v, s.Enum))
	}
}

// badValue reports what is wrong with v, whose Scan gave n and ok: invalid
// UTF-8, or a length out of bounds and a pattern that does not match.
func (c *checker) badValue(member string, index int, v string, s *spec.Shape, n int, ok bool) {
	if !ok {
		if !utf8.ValidString(v) {
			if c.item(member, index, RuleJSONUTF8) {
				c.add(itemPath(member, index), RuleJSONUTF8, "must be valid UTF-8")
			}
			return
		}
		n = utf8.RuneCountInString(v)
	}
	size := int64(n)
	switch {
	case s.Min != spec.NoLimit && size < s.Min:
		if c.item(member, index, RuleModelLength) {
			msg := "must not be empty"
			if s.Min > 1 || size > 0 {
				msg = "must be at least " + strconv.FormatInt(s.Min, 10) + " characters (got " + strconv.FormatInt(size, 10) + ")"
			}
			c.add(itemPath(member, index), RuleModelLength, msg)
		}
	case s.Max != spec.NoLimit && size > s.Max:
		if c.item(member, index, RuleModelLength) {
			c.add(itemPath(member, index), RuleModelLength, "must be at most "+strconv.FormatInt(s.Max, 10)+
				" characters (got "+strconv.FormatInt(size, 10)+")")
		}
	}
	// An empty string breaks a pattern that needs a character too; when
	// the shape also has a minimum length, model.length already said so.
	if !ok && (size > 0 || s.Min <= 0) && c.item(member, index, RuleModelPattern) {
		c.add(itemPath(member, index), RuleModelPattern, patternMessage(v, s))
	}
}

func contains(list []string, v string) bool {
	for _, e := range list {
		if e == v {
			return true
		}
	}
	return false
}

func enumMessage(v string, values []string) string {
	var b strings.Builder
	b.WriteString(quote(v))
	b.WriteString(" is not a valid value: must be one of ")
	b.WriteString(strings.Join(values, ", "))
	for _, e := range values {
		if strings.EqualFold(e, v) {
			b.WriteString(" (values are case-sensitive: did you mean ")
			b.WriteString(strconv.Quote(e))
			b.WriteString("?)")
			break
		}
	}
	return b.String()
}

func patternMessage(v string, s *spec.Shape) string {
	msg := "must match the " + s.Name + " pattern " + s.Pattern.Pattern() + ": " + s.Pattern.Allowed()
	if v == "" {
		return "must not be empty: the value " + msg
	}
	if r, at, ok := s.Pattern.BadRune(v); ok && !s.Sensitive {
		pos := utf8.RuneCountInString(v[:at]) + 1
		return "contains " + describeRune(r) + " at character " + strconv.Itoa(pos) + ", which is not allowed; " + msg
	}
	if s.Sensitive {
		return "has a character or form that is not allowed (the value is not shown); " + msg
	}
	return msg
}

func describeRune(r rune) string {
	hex := strconv.FormatInt(int64(r), 16)
	for len(hex) < 4 {
		hex = "0" + hex
	}
	code := "U+" + strings.ToUpper(hex)
	if r == utf8.RuneError {
		return "an invalid byte"
	}
	if strconv.IsPrint(r) && r != ' ' {
		return strconv.QuoteRune(r) + " (" + code + ")"
	}
	return code
}

// quote quotes a value for a message, cut to 64 characters.
func quote(v string) string { return pathname.Quote(v) }
