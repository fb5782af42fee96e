package cfn

import (
	"cmp"
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/cfn/internal/node"
	"github.com/cognitokit/appclient/internal/pathname"
)

// Check reads a template and checks each AWS::Cognito::UserPoolClient
// resource in it. It never returns nil.
func Check(data []byte, opts Options) *Report {
	rep := &Report{}
	root, err := parse(data)
	if err != nil {
		var ne *node.Error
		f := Finding{Violation: client.Violation{Rule: RuleSyntax, Severity: client.Error, Message: err.Error()}}
		if errors.As(err, &ne) {
			f.Pos = posOf(ne.Pos)
		}
		rep.Template = append(rep.Template, f)
		return rep
	}
	switch detect(root, data) {
	case Resource:
		rep.Template = append(rep.Template, notTemplate(root, "this looks like an AWS::Cognito::UserPoolClient resource, not a template: pass the whole template, as Refs, parameters and conditions are read from it"))
		return rep
	case Properties:
		rep.Template = append(rep.Template, notTemplate(root, "this looks like the Properties block of an AWS::Cognito::UserPoolClient resource, not a template: pass the whole template, as Refs, parameters and conditions are read from it"))
		return rep
	case NotTemplate:
		rep.Template = append(rep.Template, notTemplate(root, "the input must be a CloudFormation template: a map with Resources"))
		return rep
	}
	t := newTemplate(root, opts)
	if f, ok := t.notEvaluated(); ok {
		rep.Template = append(rep.Template, f)
	}
	if t.resources == nil {
		return rep
	}
	if t.resources.Kind != node.Map {
		rep.Template = append(rep.Template, Finding{
			Violation: client.Violation{Rule: RuleType, Severity: client.Error, Message: "Resources must be a map of logical IDs to resources"},
			Field:     "Resources", Pos: posOf(t.resources.Pos)})
		return rep
	}
	for _, pair := range t.resources.Pairs {
		if typeOf(pair.Value) == clientType {
			rep.Results = append(rep.Results, t.check(pair))
		}
	}
	return rep
}

func notTemplate(root *node.Node, msg string) Finding {
	return Finding{Violation: client.Violation{Rule: RuleNotTemplate, Severity: client.Error, Message: msg}, Pos: posOf(root.Pos)}
}

// serverless is the one transform the reader need not evaluate: it leaves
// AWS::Cognito::UserPoolClient resources as they are.
const serverless = "AWS::Serverless-2016-10-31"

// notEvaluated reports the first transform or Fn::ForEach the reader does
// not evaluate.
func (t *tmpl) notEvaluated() (Finding, bool) {
	if tr := t.root.Pair("Transform"); tr != nil {
		var items []*node.Node
		if tr.Value.Kind == node.List {
			items = tr.Value.Items
		} else {
			items = []*node.Node{tr.Value}
		}
		for _, it := range items {
			name := scalarText(it)
			if it.Kind == node.Map {
				name = scalarText(it.Get("Name"))
			}
			if name == serverless {
				continue
			}
			what := "transform " + strconv.Quote(name)
			if name == "" {
				what = "a transform"
			}
			return Finding{
				Violation: client.Violation{Rule: RuleNotEvaluated, Severity: client.Warning,
					Message: what + " is not evaluated: the app clients it generates or changes are not checked"},
				Field: "Transform", Pos: posOf(it.Pos)}, true
		}
	}
	if pos, field, ok := findKey(t.root, "Fn::Transform", "", 0); ok {
		return Finding{
			Violation: client.Violation{Rule: RuleNotEvaluated, Severity: client.Warning,
				Message: "Fn::Transform (AWS::Include or a macro) is not evaluated: the app clients it generates or changes are not checked"},
			Field: field, Pos: posOf(pos)}, true
	}
	if t.resources != nil && t.resources.Kind == node.Map {
		for _, p := range t.resources.Pairs {
			if strings.HasPrefix(p.Key, "Fn::ForEach::") {
				return Finding{
					Violation: client.Violation{Rule: RuleNotEvaluated, Severity: client.Warning,
						Message: "Fn::ForEach is not evaluated: the app clients it generates are not checked"},
					Field: "Resources." + p.Key, Pos: posOf(p.KeyPos)}, true
			}
		}
	}
	return Finding{}, false
}

// prepared is one client resource read into cases, before the core
// checks them.
type prepared struct {
	r        Result // with the reader's findings
	cases    []client.Case
	where    map[string]node.Pos // API path → where its value was first written
	secrets  []string
	field    string
	fallback node.Pos
	never    bool // the resource's condition is false in every case
}

// findKey finds the first map key named key in n, depth first, and its
// template path.
func findKey(n *node.Node, key, field string, depth int) (node.Pos, string, bool) {
	// The path is built only for a hit: the segments of the way down are
	// kept on a stack, as walking a large template must not build a string
	// per node.
	var way []string
	var find func(n *node.Node, depth int) (node.Pos, bool)
	find = func(n *node.Node, depth int) (node.Pos, bool) {
		if n == nil || depth > node.MaxDepth {
			return node.Pos{}, false
		}
		switch n.Kind {
		case node.Map:
			for _, p := range n.Pairs {
				way = append(way, "."+p.Key)
				if p.Key == key {
					return p.KeyPos, true
				}
				if pos, ok := find(p.Value, depth+1); ok {
					return pos, true
				}
				way = way[:len(way)-1]
			}
		case node.List:
			for i, it := range n.Items {
				way = append(way, "["+strconv.Itoa(i)+"]")
				if pos, ok := find(it, depth+1); ok {
					return pos, true
				}
				way = way[:len(way)-1]
			}
		}
		return node.Pos{}, false
	}
	pos, ok := find(n, depth)
	if !ok {
		return node.Pos{}, "", false
	}
	f := field + strings.Join(way, "")
	if field == "" {
		f = strings.TrimPrefix(f, ".")
	}
	return pos, f, true
}

// check checks one client resource.
func (t *tmpl) check(pair node.Pair) Result {
	p := t.prepare(pair)
	r := p.r
	if p.never || len(p.cases) == 0 {
		return r
	}
	out := client.CheckCases(p.cases)
	r.Cases = out.Cases
	for _, v := range out.Violations {
		v.Message = scrub(v.Message, p.secrets)
		r.Findings = append(r.Findings, Finding{Violation: v, Field: fieldOf(p.field, v.Path), Pos: posOf(lookupPos(p.where, v.Path, p.fallback))})
	}
	for _, s := range out.Skipped {
		s.Reason = scrub(s.Reason, p.secrets)
		r.Skipped = append(r.Skipped, Skip{Skipped: s, Field: fieldOf(p.field, s.Path), Pos: posOf(lookupPos(p.where, s.Path, p.fallback))})
	}
	return r
}

// prepare reads one client resource into cases.
func (t *tmpl) prepare(pair node.Pair) *prepared {
	res := pair.Value
	field := "Resources." + pair.Key
	r := Result{Resource: pair.Key, Pos: posOf(pair.KeyPos)}
	if md := res.Get("Metadata"); md != nil {
		// The L1 resource is the child "Resource" of the construct a CDK
		// user wrote (pool.addClient("Web") is Auth/Pool/Web/Resource):
		// name the construct.
		r.CDKPath = strings.TrimSuffix(scalarText(md.Get("aws:cdk:path")), "/Resource")
	}
	fallback := pair.KeyPos
	if pn := res.Get("Properties"); pn != nil {
		fallback = pn.Pos
	}
	// The resource's own Condition decides whether it exists.
	resCond := ""
	var readerErrs []rfinding
	if c := res.Pair("Condition"); c != nil {
		if c.Value.Kind == node.String && t.condition(c.Value.Text) != nil {
			resCond = c.Value.Text
		} else {
			readerErrs = append(readerErrs, rfinding{rule: RuleFunction, field: field + ".Condition", pos: c.Value.Pos,
				msg: "Condition must name a condition the template defines"})
		}
	}
	params, conds := t.dependsOn(res, resCond)
	scenarios, truncated := t.scenarios(params, conds)
	pool := t.pool(res)

	var cases []client.Case
	keys := map[string]bool{}
	where := map[string]node.Pos{}
	var secrets []string
	if cs := res.Get("Properties").Get("ClientSecret"); cs != nil && isScalar(cs) && cs.Text != "" {
		secrets = append(secrets, cs.Text)
	}
	for _, p := range t.params {
		if p.noEcho {
			if p.known && p.value != "" {
				secrets = append(secrets, p.value)
			}
			for _, c := range p.cands {
				if c != "" {
					secrets = append(secrets, c)
				}
			}
		}
	}
	exists := 0
	for _, sc := range scenarios {
		if resCond != "" {
			if c, ok := sc.cond(resCond); ok && !c.val {
				continue
			}
		}
		exists++
		e := &evaluator{t: t, sc: sc}
		b := e.build(res, field)
		texts := assumptionTexts(sc)
		for _, f := range b.errs {
			if len(f.deps) > 0 {
				f.msg += " (" + textsFor(texts, f.deps) + ")"
			}
			readerErrs = append(readerErrs, f)
		}
		for _, pp := range b.pos {
			if _, ok := where[pp.path]; !ok && pp.pos.Line > 0 {
				where[pp.path] = pp.pos
			}
		}
		c := client.Case{Create: &b.req, Pool: pool, Unknown: b.unknown, Partly: b.partly}
		for _, a := range texts {
			var paths []string
			inPaths := map[string]bool{}
			for _, pp := range b.pos {
				if has(pp.deps, a.key) && !inPaths[pp.path] {
					inPaths[pp.path] = true
					paths = append(paths, pp.path)
				}
			}
			paths = outermost(paths, inPaths)
			if len(paths) > 0 {
				c.Assumes = append(c.Assumes, client.Assumption{Text: a.text, Paths: paths, Open: a.open, Secret: a.secret})
			}
		}
		key := caseKey(&c)
		if keys[key] {
			continue
		}
		keys[key] = true
		cases = append(cases, c)
	}

	// Reader findings first, each once, in template order.
	slices.SortStableFunc(readerErrs, func(a, b rfinding) int {
		if a.pos.Line != b.pos.Line {
			return cmp.Compare(a.pos.Line, b.pos.Line)
		}
		return cmp.Compare(a.pos.Column, b.pos.Column)
	})
	seen := map[string]bool{}
	for _, f := range readerErrs {
		k := string(f.rule) + "\x00" + f.field + "\x00" + f.msg
		if seen[k] {
			continue
		}
		seen[k] = true
		sev := severityOf(f.rule)
		if len(f.deps) > 0 {
			sev = client.Warning
		}
		pos := f.pos
		if pos.Line == 0 {
			pos = lookupPos(where, f.path, fallback)
		}
		r.Findings = append(r.Findings, Finding{
			Violation: client.Violation{Path: f.path, Rule: f.rule, Severity: sev, Message: scrub(f.msg, secrets)},
			Field:     f.field, Pos: posOf(pos)})
	}
	if truncated {
		r.Findings = append(r.Findings, Finding{
			Violation: client.Violation{Rule: RuleTooManyCases, Severity: client.Warning,
				Message: "the client depends on more than " + strconv.Itoa(maxCases) + " combinations of parameter values and condition outcomes: the first " + strconv.Itoa(maxCases) + " are checked"},
			Field: field, Pos: r.Pos})
	}
	p := &prepared{r: r, cases: cases, where: where, secrets: secrets, field: field, fallback: fallback}
	if exists == 0 && resCond != "" {
		c := res.Pair("Condition")
		p.never = true
		p.r.Skipped = append(p.r.Skipped, Skip{
			Skipped: client.Skipped{Reason: "condition " + resCond + " is false in every case: the client is never created, so nothing is checked"},
			Field:   field + ".Condition", Pos: posOf(c.Value.Pos)})
	}
	return p
}

// outermost drops each path that a path of the set contains: "CallbackURLs"
// covers "CallbackURLs[0]".
func outermost(paths []string, set map[string]bool) []string {
	out := paths[:0]
	for _, p := range paths {
		covered := false
		for q := p; !covered; {
			i := strings.LastIndexAny(q, ".[")
			if i < 0 {
				break
			}
			q = q[:i]
			covered = set[q]
		}
		if !covered {
			out = append(out, p)
		}
	}
	return out
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func fieldOf(resField, path string) string {
	if path == "" {
		return resField
	}
	return resField + ".Properties." + path
}

// lookupPos finds where path's value, or the nearest enclosing value, was
// written.
func lookupPos(where map[string]node.Pos, path string, fallback node.Pos) node.Pos {
	for path != "" {
		if pos, ok := where[path]; ok {
			return pos
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			break
		}
		path = path[:i]
	}
	return fallback
}

// scrub hides secrets' values in a message, and escapes what would forge a
// line of output in the keys and names the message takes from the template
// (see pathname.Line).
func scrub(msg string, secrets []string) string {
	for _, s := range secrets {
		if s != "" && strings.Contains(msg, s) {
			msg = strings.ReplaceAll(msg, s, secretShown)
		}
	}
	return pathname.Line(msg)
}

// assumption is one assumption of a scenario, by key.
type assumption struct {
	key    string
	text   string
	open   bool
	secret bool // a NoEcho parameter's value
}

func assumptionTexts(sc *scenario) []assumption {
	var out []assumption
	for _, a := range sc.params {
		text := "with parameter " + a.p.name
		switch {
		case a.p.noEcho:
			text += " (NoEcho, value not shown)"
		case a.p.open:
			text += " = " + a.p.cands[a.i] + " (its Default)"
		default:
			text += " = " + a.p.cands[a.i]
		}
		out = append(out, assumption{key: "p:" + a.p.name, text: text, open: a.p.open, secret: a.p.noEcho})
	}
	for _, c := range sc.conds {
		if c.free {
			out = append(out, assumption{key: "c:" + c.name, text: "when condition " + c.name + " is " + strconv.FormatBool(c.val)})
		}
	}
	return out
}

func textsFor(as []assumption, deps []string) string {
	var parts []string
	for _, a := range as {
		if has(deps, a.key) {
			parts = append(parts, a.text)
		}
	}
	return strings.Join(parts, "; ")
}

// caseKey renders a case, to find identical ones.
func caseKey(c *client.Case) string {
	var b strings.Builder
	j, _ := c.Create.MarshalJSON()
	b.Write(j)
	for _, u := range c.Unknown {
		b.WriteString("\x00u" + u.Path + "\x00" + u.Reason)
	}
	for _, p := range c.Partly {
		b.WriteString("\x00p" + p.Path)
		for _, q := range p.Pieces {
			b.WriteString("\x01" + q.Text + "\x02" + q.Hole)
		}
	}
	for _, a := range c.Assumes {
		b.WriteString("\x00a" + a.Text + "\x00" + strings.Join(a.Paths, "\x01") + strconv.FormatBool(a.Open))
	}
	return b.String()
}

// dependsOn returns the parameters and conditions a client's values and
// existence depend on: the parameters in order of first use, the
// conditions each after those it refers to.
func (t *tmpl) dependsOn(res *node.Node, resCond string) (params []*param, conds []string) {
	var visiting []string
	addParam := func(name string) {
		if p := t.param(name); p != nil {
			for _, q := range params {
				if q == p {
					return
				}
			}
			params = append(params, p)
		}
	}
	var walk func(n *node.Node, depth int)
	var addCond func(name string, depth int)
	addCond = func(name string, depth int) {
		if has(visiting, name) || t.condition(name) == nil || depth > maxDepth {
			return
		}
		visiting = append(visiting, name)
		walk(t.condition(name), depth+1)
		conds = append(conds, name)
	}
	walk = func(n *node.Node, depth int) {
		if n == nil || depth > maxDepth {
			return
		}
		switch n.Kind {
		case node.List:
			for _, it := range n.Items {
				walk(it, depth+1)
			}
		case node.Map:
			if len(n.Pairs) == 1 {
				k, v := n.Pairs[0].Key, n.Pairs[0].Value
				switch k {
				case "Ref", "Condition":
					if v.Kind == node.String {
						if k == "Ref" {
							addParam(v.Text)
						} else {
							addCond(v.Text, depth+1)
						}
					}
					return
				case "Fn::If":
					if v.Kind == node.List && len(v.Items) > 0 && v.Items[0].Kind == node.String {
						addCond(v.Items[0].Text, depth+1)
					}
				case "Fn::Sub":
					s := v
					if v.Kind == node.List && len(v.Items) > 0 {
						s = v.Items[0]
					}
					if s.Kind == node.String {
						for _, name := range subNames(s.Text) {
							addParam(name)
						}
					}
				}
			}
			for _, p := range n.Pairs {
				walk(p.Value, depth+1)
			}
		}
	}
	walk(res.Get("Properties"), 0)
	if resCond != "" {
		addCond(resCond, 0)
	}
	var enum []*param
	for _, p := range params {
		if !p.known && len(p.cands) > 0 {
			enum = append(enum, p)
		}
	}
	return enum, conds
}

// subNames returns the names Fn::Sub's string refers to, without
// attributes and escapes.
func subNames(s string) []string {
	var out []string
	for {
		i := strings.Index(s, "${")
		if i < 0 {
			return out
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			return out
		}
		inner := strings.TrimSpace(s[i+2 : i+j])
		s = s[i+j+1:]
		if !strings.HasPrefix(inner, "!") && !strings.Contains(inner, ".") {
			out = append(out, inner)
		}
	}
}

// scenarios enumerates the parameters' candidates and the conditions'
// outcomes, at most maxCases of them; truncated says there were more.
func (t *tmpl) scenarios(params []*param, conds []string) (out []*scenario, truncated bool) {
	idx := make([]int, len(params))
	var expand func(sc scenario, i int)
	expand = func(sc scenario, i int) {
		if len(out) > maxCases {
			return
		}
		if i == len(conds) {
			c := sc
			out = append(out, &c)
			return
		}
		e := &evaluator{t: t, sc: &sc, quiet: true}
		with := func(v, free bool) {
			next := sc
			next.conds = append(append([]cassign(nil), sc.conds...), cassign{name: conds[i], val: v, free: free})
			expand(next, i+1)
		}
		switch e.condition(conds[i], 0) {
		case tTrue:
			with(true, false)
		case tFalse:
			with(false, false)
		default:
			with(true, true)
			with(false, true)
		}
	}
	for {
		sc := scenario{}
		for i, p := range params {
			sc.params = append(sc.params, assign{p: p, i: idx[i]})
		}
		expand(sc, 0)
		if len(out) > maxCases {
			return out[:maxCases], true
		}
		// Next combination, the last parameter fastest.
		k := len(params) - 1
		for k >= 0 {
			idx[k]++
			if idx[k] < len(params[k].cands) {
				break
			}
			idx[k] = 0
			k--
		}
		if k < 0 {
			return out, false
		}
	}
}

// secretShown stands for a secret's value in a message.
const secretShown = "(a value not shown)"
