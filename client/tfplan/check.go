package tfplan

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/internal/jsonlex"
)

type obj = map[string]any

// parse reads data as one JSON value, numbers as json.Number.
func parse(data []byte) (any, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		return nil, errors.New("the plan is not valid UTF-8")
	}
	if off, deep := tooDeep(data); deep {
		p := jsonlex.Position(data, off)
		return nil, errors.New("line " + strconv.Itoa(p.Line) + ", column " + strconv.Itoa(p.Column) + ": nesting deeper than " + strconv.Itoa(maxNesting) + " levels")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, syntaxError(data, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("the plan must be one JSON document: more follows it at offset " + strconv.FormatInt(dec.InputOffset(), 10))
	}
	return v, nil
}

// maxNesting is the deepest nesting of lists and objects a plan may have,
// as for every other input (a plan nests a few tens of levels).
const maxNesting = 512

// tooDeep reports whether data nests lists and objects deeper than
// maxNesting, and the offset where it does, counting brackets outside
// strings.
func tooDeep(data []byte) (int, bool) {
	depth, inString := 0, false
	for i := 0; i < len(data); i++ {
		c := data[i]
		switch {
		case inString:
			if c == '\\' {
				i++
			} else if c == '"' {
				inString = false
			}
		case c == '"':
			inString = true
		case c == '[' || c == '{':
			depth++
			if depth > maxNesting {
				return i, true
			}
		case c == ']' || c == '}':
			depth--
		}
	}
	return 0, false
}

func syntaxError(data []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		p := jsonlex.Position(data, int(se.Offset))
		return errors.New("line " + strconv.Itoa(p.Line) + ", column " + strconv.Itoa(p.Column) + ": " + se.Error())
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return errors.New("the plan ends too soon: " + err.Error())
	}
	return err
}

// Detect reports whether data is a plan in JSON: an object with
// format_version and resource_changes or planned_values, as terraform show
// -json writes one (whatever its version).
func Detect(data []byte) bool {
	if !startsObject(data) {
		return false
	}
	var top map[string]json.RawMessage
	if json.Unmarshal(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), &top) != nil {
		return false
	}
	_, fv := top["format_version"]
	_, rc := top["resource_changes"]
	_, pv := top["planned_values"]
	return fv && (rc || pv)
}

// startsObject reports whether data starts, after white space and a byte
// order mark, with "{".
func startsObject(data []byte) bool {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	for _, c := range data {
		switch c {
		case ' ', '\t', '\r', '\n':
			continue
		}
		return c == '{'
	}
	return false
}

// Check reads a plan and checks each app client it creates or updates. It
// never returns nil.
func Check(data []byte) *Report {
	rep := &Report{}
	root, err := parse(data)
	if err != nil {
		rep.Plan = append(rep.Plan, planFinding(RuleSyntax, err.Error()))
		return rep
	}
	top, ok := root.(obj)
	if !ok {
		rep.Plan = append(rep.Plan, planFinding(RuleType, "the plan must be a JSON object, as terraform show -json writes it"))
		return rep
	}
	fv, ok := top["format_version"].(string)
	if !ok {
		rep.Plan = append(rep.Plan, planFinding(RuleVersion, "format_version must be a string such as \"1.2\": is this the output of terraform show -json?"))
		return rep
	}
	rep.FormatVersion = fv
	if major, _, _ := strings.Cut(fv, "."); major != "1" {
		rep.Plan = append(rep.Plan, planFinding(RuleVersion, "format_version "+strconv.Quote(clip(fv))+" is not 1.x, the only plan format this version of appclient reads"))
		return rep
	}
	changes, ok := top["resource_changes"].([]any)
	if !ok && top["resource_changes"] != nil {
		rep.Plan = append(rep.Plan, planFinding(RuleType, "resource_changes must be a list of resource changes"))
		return rep
	}
	p := &plan{top: top, variables: newScrubber(variableSecrets(top["variables"]), minVariable)}
	p.config, _ = top["configuration"].(obj)
	p.changes = make([]*change, 0, len(changes))
	bad := 0
	for i, c := range changes {
		rc, ok := c.(obj)
		if !ok {
			if bad++; bad <= maxListed {
				rep.Plan = append(rep.Plan, planFinding(RuleType, "resource_changes["+strconv.Itoa(i)+"] must be an object"))
			}
			continue
		}
		p.changes = append(p.changes, readChange(rc))
	}
	if bad > maxListed {
		rep.Plan = append(rep.Plan, planFinding(RuleType, "and "+strconv.Itoa(bad-maxListed)+" more entries of resource_changes that are no objects, not listed"))
	}
	p.pools()
	for _, d := range asList(top["deferred_changes"]) {
		do, _ := d.(obj)
		rc, _ := do["resource_change"].(obj)
		if rc == nil {
			continue
		}
		c := readChange(rc)
		if c.mode == "managed" && (c.typ == ClientType || c.typ == ManagedClientType) {
			rep.Deferred = append(rep.Deferred, c.address)
		}
	}
	for _, c := range p.changes {
		if c.mode != "managed" || (c.typ != ClientType && c.typ != ManagedClientType) {
			continue
		}
		action := c.action()
		if action == "" {
			rep.NotChanged = append(rep.NotChanged, c.address)
			continue
		}
		rep.Results = append(rep.Results, p.check(c, action))
	}
	return rep
}

func planFinding(rule client.RuleID, msg string) Finding {
	return Finding{Violation: client.Violation{Rule: rule, Severity: severityOf(rule), Message: msg}}
}

func severityOf(id client.RuleID) client.Severity {
	if id == RuleUnknownAttribute {
		return client.Warning
	}
	return client.Error
}

// clip shortens a string from the plan that a message quotes.
func clip(s string) string {
	if len(s) <= 40 {
		return s
	}
	i := 40
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "..."
}

// plan is a plan read.
type plan struct {
	top     obj
	config  obj
	changes []*change
	// variables hides the values of the plan's variables.
	variables scrubber
	// confIndex finds a resource's configuration expressions by module
	// path, type and name.
	confIndex map[string]obj
	byAddr    map[string]*poolFacts
	byID      map[string]*poolFacts
}

// change is one entry of resource_changes.
type change struct {
	address, module, mode, typ, name string
	actions                          []string
	before, after                    any
	beforeSensitive, afterSensitive  any
	afterUnknown                     any
}

func readChange(rc obj) *change {
	c := &change{}
	c.address, _ = rc["address"].(string)
	c.module, _ = rc["module_address"].(string)
	c.mode, _ = rc["mode"].(string)
	c.typ, _ = rc["type"].(string)
	c.name, _ = rc["name"].(string)
	ch, _ := rc["change"].(obj)
	for _, a := range asList(ch["actions"]) {
		if s, ok := a.(string); ok {
			c.actions = append(c.actions, s)
		}
	}
	c.before = ch["before"]
	c.after = ch["after"]
	c.afterUnknown = ch["after_unknown"]
	c.beforeSensitive = ch["before_sensitive"]
	c.afterSensitive = ch["after_sensitive"]
	if c.address == "" {
		c.address = c.typ + "." + c.name
		if c.module != "" {
			c.address = c.module + "." + c.address
		}
	}
	return c
}

// action returns what the change does to a client: "create", "update",
// "replace", or "" for anything else.
func (c *change) action() string {
	create, update, del := slices.Contains(c.actions, "create"), slices.Contains(c.actions, "update"), slices.Contains(c.actions, "delete")
	switch {
	case create && del:
		return "replace"
	case create:
		return "create"
	case update:
		return "update"
	}
	return ""
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

// variableSecrets returns the string values of the plan's variables (and
// the strings inside them) that are long enough to hide.
func variableSecrets(vars any) []string {
	var out []string
	m, _ := vars.(obj)
	for _, v := range m {
		if vo, ok := v.(obj); ok {
			out = appendStrings(out, vo["value"], 1)
		}
	}
	return out
}

// appendStrings appends every string (and number) inside v of at least min
// bytes.
func appendStrings(out []string, v any, min int) []string {
	var walk func(v any, depth int)
	walk = func(v any, depth int) {
		if depth > maxDepth {
			return
		}
		switch x := v.(type) {
		case string:
			if len(x) >= min {
				out = append(out, x)
			}
		case json.Number:
			if len(x) >= min {
				out = append(out, string(x))
			}
		case []any:
			for _, it := range x {
				walk(it, depth+1)
			}
		case obj:
			for _, it := range x {
				walk(it, depth+1)
			}
		}
	}
	walk(v, 0)
	return out
}

// maxDepth bounds every walk of a value (encoding/json refuses a document
// nested deeper than 10000).
const maxDepth = 10000

// sensitiveStrings appends the strings of v at the paths that marks (a
// before_sensitive or after_sensitive value) marks true.
func sensitiveStrings(out []string, v, marks any, depth int) []string {
	if depth > maxDepth {
		return out
	}
	if b, ok := marks.(bool); ok && b {
		return appendStrings(out, v, 1)
	}
	switch m := marks.(type) {
	case obj:
		vo, _ := v.(obj)
		for k, mk := range m {
			out = sensitiveStrings(out, vo[k], mk, depth+1)
		}
	case []any:
		vl, _ := v.([]any)
		for i, mk := range m {
			if i < len(vl) {
				out = sensitiveStrings(out, vl[i], mk, depth+1)
			}
		}
	}
	return out
}

// pieces returns the pieces of each secret, split at each character that
// is no letter or digit, of minAnywhere bytes or more: a message about a
// sensitive value that quotes part of it (the host of a URL) must not show
// that part either.
func pieces(secrets []string) []string {
	var out []string
	for _, s := range secrets {
		pieces := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if len(pieces) < 2 {
			continue
		}
		for _, p := range pieces {
			if len(p) >= minAnywhere {
				out = append(out, p)
			}
		}
	}
	return out
}

// A secret of minAnywhere bytes or more (a variable's value: minVariable)
// is hidden wherever it appears in a message; a shorter one where a message
// quotes it whole, as hiding "prod" or "code" everywhere would garble words
// of the message ("production").
const (
	minAnywhere = 4
	minVariable = 8
)

// scrubber hides secrets' values in messages: each secret of min bytes or
// more wherever it appears, a shorter one where it is quoted. It
// finds them all in one pass over a message (strings.Replacer's trie), the
// longest first, however many secrets a plan has.
type scrubber struct{ r *strings.Replacer }

func newScrubber(secrets []string, min int) scrubber {
	olds := make([]string, 0, len(secrets))
	for _, s := range secrets {
		switch {
		case s == "":
		case len(s) >= min:
			olds = append(olds, s)
		default:
			olds = append(olds, strconv.Quote(s))
		}
	}
	if len(olds) == 0 {
		return scrubber{}
	}
	slices.SortFunc(olds, func(a, b string) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return strings.Compare(a, b)
	})
	olds = slices.Compact(olds)
	pairs := make([]string, 0, 2*len(olds))
	for _, s := range olds {
		pairs = append(pairs, s, secretShown)
	}
	return scrubber{strings.NewReplacer(pairs...)}
}

// scrubQuoted hides secrets in the quoted parts of a message ("..."),
// where messages show values, and leaves its words alone.
func (s scrubber) scrubQuoted(msg string) string {
	if s.r == nil {
		return msg
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(msg, '"')
		if i < 0 {
			b.WriteString(msg)
			return b.String()
		}
		j := i + 1
		for j < len(msg) && msg[j] != '"' {
			if msg[j] == '\\' {
				j++
			}
			j++
		}
		if j >= len(msg) {
			b.WriteString(msg[:i+1])
			b.WriteString(s.r.Replace(msg[i+1:]))
			return b.String()
		}
		b.WriteString(msg[:i+1])
		b.WriteString(s.r.Replace(msg[i+1 : j]))
		b.WriteByte('"')
		msg = msg[j+1:]
	}
}

func (s scrubber) scrub(msg string) string {
	if s.r == nil {
		return msg
	}
	return s.r.Replace(msg)
}
