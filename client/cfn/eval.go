package cfn

import (
	"strconv"
	"strings"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/cfn/internal/node"
)

// vkind is what is known of a value.
type vkind uint8

const (
	vAbsent  vkind = iota + 1 // Ref AWS::NoValue: no value at all
	vScalar                   // a known scalar
	vList                     // a list, its items each a value
	vMap                      // a map, its members each a value
	vUnknown                  // known only at deploy
	vPartly                   // a string known in part
)

// val is a value as one case sees it.
type val struct {
	kind   vkind
	text   string    // vScalar: the text
	nk     node.Kind // vScalar: the kind written (String, Number, Bool, Null)
	items  []*val
	pairs  []vpair
	pieces []client.Piece // vPartly
	reason string         // vUnknown: what it depends on
	// poolRef says that the unknown value is a Ref to an
	// AWS::Cognito::UserPool of the template: an ID Cognito makes, valid by
	// construction.
	poolRef bool
	n       *node.Node // the node that gave the value
	// deps are the assumptions the value rests on: "p:Name" for a
	// parameter's value, "c:Name" for a condition's outcome.
	deps []string
}

type vpair struct {
	key    string
	keyPos node.Pos
	v      *val
}

func addDeps(to []string, from ...string) []string {
	for _, d := range from {
		found := false
		for _, x := range to {
			if x == d {
				found = true
				break
			}
		}
		if !found {
			to = append(to, d)
		}
	}
	return to
}

// rfinding is a finding of the reader, before it has a place.
type rfinding struct {
	rule  client.RuleID
	path  string // API path, "" for the resource
	field string // template path
	pos   node.Pos
	msg   string
	deps  []string
}

// scenario is one assignment of the values a client depends on.
type scenario struct {
	params []assign // parameters enumerated, with the candidate chosen
	conds  []cassign
}

type assign struct {
	p *param
	i int // index in p.cands
}

type cassign struct {
	name string
	val  bool
	free bool // not decided by parameters: assumed
}

func (s *scenario) param(name string) (assign, bool) {
	for _, a := range s.params {
		if a.p.name == name {
			return a, true
		}
	}
	return assign{}, false
}

func (s *scenario) cond(name string) (cassign, bool) {
	for _, c := range s.conds {
		if c.name == name {
			return c, true
		}
	}
	return cassign{}, false
}

// evaluator evaluates a client's values in one scenario.
type evaluator struct {
	t     *tmpl
	sc    *scenario
	errs  []rfinding
	quiet bool     // in a condition: no findings
	stack []string // the conditions being evaluated, to stop at a cycle
	// depsMemo holds condDeps' answers in the scenario (read by key only).
	depsMemo map[string][]string
	depth    int
}

const maxDepth = 64

func (e *evaluator) fail(rule client.RuleID, api, field string, n *node.Node, msg string) {
	if e.quiet {
		return
	}
	var pos node.Pos
	if n != nil {
		pos = n.Pos
	}
	e.errs = append(e.errs, rfinding{rule: rule, path: api, field: field, pos: pos, msg: msg})
}

func unknown(n *node.Node, reason string) *val { return &val{kind: vUnknown, n: n, reason: reason} }

// eval evaluates n; api and field are where it sits (API and template
// paths).
func (e *evaluator) eval(n *node.Node, api, field string) *val {
	if n == nil {
		return &val{kind: vAbsent}
	}
	e.depth++
	defer func() { e.depth-- }()
	if e.depth > maxDepth {
		e.fail(RuleFunction, api, field, n, "functions are nested too deeply to evaluate")
		return unknown(n, "functions nested too deeply")
	}
	switch n.Kind {
	case node.Map:
		if fn, arg := function(n); fn != "" {
			return e.fn(n, fn, arg, api, field+"."+fn)
		}
		v := &val{kind: vMap, n: n}
		for _, p := range n.Pairs {
			// An absent member (Ref AWS::NoValue) stays, for the
			// assumptions its absence rests on; readers skip it.
			pv := e.eval(p.Value, join(api, p.Key), field+"."+p.Key)
			v.pairs = append(v.pairs, vpair{key: p.Key, keyPos: p.KeyPos, v: pv})
		}
		return v
	case node.List:
		v := &val{kind: vList, n: n}
		for i, it := range n.Items {
			iv := e.eval(it, api+"["+strconv.Itoa(len(v.items))+"]", field+"["+strconv.Itoa(i)+"]")
			if iv.kind == vAbsent {
				v.deps = addDeps(v.deps, iv.deps...)
				continue
			}
			v.items = append(v.items, iv)
		}
		return v
	case node.String:
		if strings.Contains(n.Text, "{{resolve:") {
			return partly(n, dynamicPieces(n.Text), nil)
		}
	}
	return &val{kind: vScalar, text: n.Text, nk: n.Kind, n: n}
}

func join(api, key string) string {
	if api == "" {
		return key
	}
	return api + "." + key
}

// dynamicPieces splits s around its dynamic references.
func dynamicPieces(s string) []client.Piece {
	var ps []client.Piece
	for {
		i := strings.Index(s, "{{resolve:")
		if i < 0 {
			break
		}
		j := strings.Index(s[i:], "}}")
		if j < 0 {
			break
		}
		ps = appendText(ps, s[:i])
		ps = append(ps, client.Piece{Hole: s[i : i+j+2]})
		s = s[i+j+2:]
	}
	return appendText(ps, s)
}

func appendText(ps []client.Piece, s string) []client.Piece {
	if s == "" {
		return ps
	}
	if k := len(ps) - 1; k >= 0 && ps[k].Hole == "" {
		ps[k].Text += s
		return ps
	}
	return append(ps, client.Piece{Text: s})
}

// partly makes a string value from pieces: a known scalar when there is no
// hole.
func partly(n *node.Node, ps []client.Piece, deps []string) *val {
	var b strings.Builder
	for _, p := range ps {
		if p.Hole != "" {
			return &val{kind: vPartly, pieces: ps, n: n, deps: deps}
		}
		b.WriteString(p.Text)
	}
	return &val{kind: vScalar, text: b.String(), nk: node.String, n: n, deps: deps}
}

// appendVal adds v's text or holes to ps; hole names the hole when v is
// unknown.
func appendVal(ps []client.Piece, v *val, hole string) []client.Piece {
	switch v.kind {
	case vScalar:
		return appendText(ps, v.text)
	case vPartly:
		for _, p := range v.pieces {
			if p.Hole != "" {
				ps = append(ps, p)
			} else {
				ps = appendText(ps, p.Text)
			}
		}
		return ps
	}
	return append(ps, client.Piece{Hole: hole})
}

var unknownFns = []string{"Fn::Base64", "Fn::Cidr", "Fn::GetAZs", "Fn::Transform", "Fn::GetStackOutput", "Fn::ToJsonString", "Fn::Length"}

// fn evaluates the intrinsic function name with its argument arg.
func (e *evaluator) fn(n *node.Node, name string, arg *node.Node, api, field string) *val {
	switch name {
	case "Ref":
		if arg.Kind != node.String {
			e.fail(RuleFunction, api, field, arg, "Ref must name a parameter, pseudo parameter or resource")
			return unknown(n, "a malformed Ref")
		}
		return e.ref(n, arg.Text, api, field)
	case "Fn::GetAtt":
		res, attr, ok := getAttArgs(arg)
		if !ok {
			e.fail(RuleFunction, api, field, arg, "Fn::GetAtt must be [resource, attribute] or \"resource.attribute\"")
			return unknown(n, "a malformed Fn::GetAtt")
		}
		if e.t.resource(res) == nil {
			e.fail(RuleFunction, api, field, arg, "Fn::GetAtt names resource "+strconv.Quote(res)+", which the template does not define")
		}
		return unknown(n, "Fn::GetAtt "+res+"."+attr)
	case "Fn::ImportValue":
		reason := "Fn::ImportValue"
		if v := e.eval(arg, api, field); v.kind == vScalar {
			reason += " " + v.text
		}
		return unknown(n, reason+" (another stack's export)")
	case "Fn::Sub":
		return e.sub(n, arg, api, field)
	case "Fn::Join":
		return e.join(n, arg, api, field)
	case "Fn::Select":
		return e.selectFn(n, arg, api, field)
	case "Fn::Split":
		return e.split(n, arg, api, field)
	case "Fn::FindInMap":
		return e.findInMap(n, arg, api, field)
	case "Fn::If":
		return e.ifFn(n, arg, api, field)
	case "Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not":
		e.fail(RuleFunction, api, field, n, name+" is allowed only in Conditions and in the first argument of Fn::If's condition")
		return unknown(n, "a misplaced "+name)
	}
	for _, u := range unknownFns {
		if u == name {
			return unknown(n, name)
		}
	}
	if strings.HasPrefix(name, "Fn::ForEach::") {
		return unknown(n, "Fn::ForEach (not evaluated)")
	}
	e.fail(RuleFunction, api, field, n, name+" is not an intrinsic function")
	return unknown(n, "an unknown function "+name)
}

func getAttArgs(arg *node.Node) (res, attr string, ok bool) {
	switch arg.Kind {
	case node.String:
		res, attr, ok = strings.Cut(arg.Text, ".")
		return res, attr, ok && res != "" && attr != ""
	case node.List:
		if len(arg.Items) == 2 && arg.Items[0].Kind == node.String {
			a := arg.Items[1]
			if a.Kind == node.String {
				return arg.Items[0].Text, a.Text, true
			}
			if fn, _ := function(a); fn == "Ref" {
				return arg.Items[0].Text, "(a Ref)", true
			}
		}
	}
	return "", "", false
}

// ref resolves Ref name.
func (e *evaluator) ref(n *node.Node, name, api, field string) *val {
	if name == "AWS::NoValue" {
		return &val{kind: vAbsent, n: n}
	}
	if p := e.t.param(name); p != nil {
		var text string
		var deps []string
		switch {
		case p.known:
			text = p.value
		default:
			a, ok := e.sc.param(name)
			if !ok {
				reason := p.reason
				if reason == "" {
					reason = "parameter " + name + ", known at deploy"
				}
				return unknown(n, reason)
			}
			text = a.p.cands[a.i]
			deps = []string{"p:" + name}
		}
		if p.list {
			v := &val{kind: vList, n: n, deps: deps}
			if strings.TrimSpace(text) != "" {
				for _, s := range strings.Split(text, ",") {
					v.items = append(v.items, &val{kind: vScalar, text: strings.TrimSpace(s), nk: node.String, n: n, deps: deps})
				}
			}
			return v
		}
		return &val{kind: vScalar, text: text, nk: node.String, n: n, deps: deps}
	}
	if isPseudo(name) {
		if v, ok := e.t.opts.Parameters[name]; ok {
			return &val{kind: vScalar, text: v, nk: node.String, n: n}
		}
		return unknown(n, "pseudo parameter "+name+", known at deploy")
	}
	if res := e.t.resource(name); res != nil {
		switch typeOf(res) {
		case "AWS::Cognito::UserPoolIdentityProvider":
			// Ref returns the provider's name.
			if pn := res.Get("Properties").Get("ProviderName"); pn != nil && pn.Kind == node.String {
				return &val{kind: vScalar, text: pn.Text, nk: node.String, n: n}
			}
		case "AWS::Cognito::UserPoolResourceServer":
			// Ref returns the resource server's identifier.
			if id := res.Get("Properties").Get("Identifier"); id != nil && id.Kind == node.String {
				return &val{kind: vScalar, text: id.Text, nk: node.String, n: n}
			}
		case "AWS::Cognito::UserPool":
			v := unknown(n, "Ref "+name+" (the pool's ID, known at deploy)")
			v.poolRef = true
			return v
		}
		t := typeOf(res)
		if t == "" {
			t = "a resource"
		}
		return unknown(n, "Ref "+name+" ("+t+", known at deploy)")
	}
	e.fail(RuleFunction, api, field, n, "Ref names "+strconv.Quote(name)+", which is neither a parameter, a pseudo parameter nor a resource of the template")
	return unknown(n, "Ref "+name+" (undefined)")
}

// sub evaluates Fn::Sub.
func (e *evaluator) sub(n, arg *node.Node, api, field string) *val {
	var str *node.Node
	var vars *node.Node
	switch {
	case arg.Kind == node.String:
		str = arg
	case arg.Kind == node.List && len(arg.Items) == 2 && arg.Items[0].Kind == node.String && arg.Items[1].Kind == node.Map:
		str, vars = arg.Items[0], arg.Items[1]
	default:
		e.fail(RuleFunction, api, field, arg, "Fn::Sub must be a string, or a list of a string and a map of variables")
		return unknown(n, "a malformed Fn::Sub")
	}
	var ps []client.Piece
	var deps []string
	s := str.Text
	for {
		i := strings.Index(s, "${")
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			break
		}
		ps = appendText(ps, s[:i])
		inner := s[i+2 : i+j]
		hole := s[i : i+j+1]
		s = s[i+j+1:]
		if strings.HasPrefix(inner, "!") {
			ps = appendText(ps, "${"+inner[1:]+"}")
			continue
		}
		name := strings.TrimSpace(inner)
		var v *val
		if vn := vars.Get(name); vn != nil {
			v = e.eval(vn, api, field+"[1]."+name)
		} else if res, attr, ok := strings.Cut(name, "."); ok {
			if e.t.resource(res) == nil {
				e.fail(RuleFunction, api, field, str, "Fn::Sub names "+strconv.Quote(hole)+", but the template defines no resource "+strconv.Quote(res))
			}
			v = unknown(n, "Fn::GetAtt "+res+"."+attr)
		} else if name != "AWS::NoValue" && e.t.param(name) == nil && !isPseudo(name) && e.t.resource(name) == nil {
			e.fail(RuleFunction, api, field, n, "Fn::Sub names "+strconv.Quote(hole)+", but "+strconv.Quote(name)+" is neither a parameter, a pseudo parameter nor a resource of the template")
			v = unknown(n, "an undefined name")
		} else {
			v = e.ref(n, name, api, field)
		}
		deps = addDeps(deps, v.deps...)
		ps = appendVal(ps, v, hole)
	}
	ps = appendText(ps, s)
	if strings.Contains(str.Text, "{{resolve:") {
		var out []client.Piece
		for _, p := range ps {
			if p.Hole != "" {
				out = append(out, p)
				continue
			}
			for _, q := range dynamicPieces(p.Text) {
				if q.Hole != "" {
					out = append(out, q)
				} else {
					out = appendText(out, q.Text)
				}
			}
		}
		ps = out
	}
	return partly(n, ps, deps)
}

// join evaluates Fn::Join.
func (e *evaluator) join(n, arg *node.Node, api, field string) *val {
	if arg.Kind != node.List || len(arg.Items) != 2 || !isScalar(arg.Items[0]) {
		e.fail(RuleFunction, api, field, arg, "Fn::Join must be a list of a delimiter and a list of values")
		return unknown(n, "a malformed Fn::Join")
	}
	delim := arg.Items[0].Text
	lv := e.eval(arg.Items[1], api, field+"[1]")
	switch lv.kind {
	case vUnknown:
		return unknown(n, lv.reason)
	case vList:
	default:
		e.fail(RuleFunction, api, field, arg.Items[1], "Fn::Join's second argument must be a list of values")
		return unknown(n, "a malformed Fn::Join")
	}
	var ps []client.Piece
	deps := lv.deps
	for i, it := range lv.items {
		if i > 0 {
			ps = appendText(ps, delim)
		}
		deps = addDeps(deps, it.deps...)
		hole := "(" + describe(it) + ")"
		if it.kind == vList || it.kind == vMap {
			e.fail(RuleFunction, api, field, it.n, "Fn::Join's list must hold strings, not lists or maps")
		}
		ps = appendVal(ps, it, hole)
	}
	return partly(n, ps, deps)
}

// describe names what an unknown value depends on, for a hole.
func describe(v *val) string {
	if v.kind == vUnknown && v.reason != "" {
		return v.reason
	}
	return "a value known at deploy"
}

func (e *evaluator) selectFn(n, arg *node.Node, api, field string) *val {
	if arg.Kind != node.List || len(arg.Items) != 2 {
		e.fail(RuleFunction, api, field, arg, "Fn::Select must be a list of an index and a list")
		return unknown(n, "a malformed Fn::Select")
	}
	iv := e.eval(arg.Items[0], api, field+"[0]")
	lv := e.eval(arg.Items[1], api, field+"[1]")
	if iv.kind != vScalar || lv.kind != vList {
		if iv.kind == vScalar && lv.kind == vScalar {
			e.fail(RuleFunction, api, field, arg.Items[1], "Fn::Select's second argument must be a list")
		}
		return unknown(n, "Fn::Select of a value known at deploy")
	}
	i, err := strconv.Atoi(strings.TrimSpace(iv.text))
	if err != nil || i < 0 || i >= len(lv.items) {
		if len(iv.deps) == 0 && len(lv.deps) == 0 {
			e.fail(RuleFunction, api, field, arg.Items[0], "Fn::Select's index must be an integer from 0 to the list's length less one")
		}
		return unknown(n, "Fn::Select out of range")
	}
	out := *lv.items[i]
	out.deps = addDeps(addDeps(append([]string(nil), out.deps...), iv.deps...), lv.deps...)
	return &out
}

func (e *evaluator) split(n, arg *node.Node, api, field string) *val {
	if arg.Kind != node.List || len(arg.Items) != 2 || !isScalar(arg.Items[0]) {
		e.fail(RuleFunction, api, field, arg, "Fn::Split must be a list of a delimiter and a string")
		return unknown(n, "a malformed Fn::Split")
	}
	sv := e.eval(arg.Items[1], api, field+"[1]")
	if sv.kind != vScalar {
		return unknown(n, "Fn::Split of a value known at deploy")
	}
	d := arg.Items[0].Text
	v := &val{kind: vList, n: n, deps: sv.deps}
	var parts []string
	if d == "" {
		parts = []string{sv.text}
	} else {
		parts = strings.Split(sv.text, d)
	}
	for _, s := range parts {
		v.items = append(v.items, &val{kind: vScalar, text: s, nk: node.String, n: n, deps: sv.deps})
	}
	return v
}

func (e *evaluator) findInMap(n, arg *node.Node, api, field string) *val {
	if arg.Kind != node.List || (len(arg.Items) != 3 && len(arg.Items) != 4) {
		e.fail(RuleFunction, api, field, arg, "Fn::FindInMap must be a list of a map name, a top-level key and a second-level key")
		return unknown(n, "a malformed Fn::FindInMap")
	}
	var keys [3]string
	var deps []string
	known := true
	for i := 0; i < 3; i++ {
		kv := e.eval(arg.Items[i], api, field+"["+strconv.Itoa(i)+"]")
		deps = addDeps(deps, kv.deps...)
		if kv.kind != vScalar {
			known = false
			continue
		}
		keys[i] = kv.text
	}
	if !known {
		return unknown(n, "Fn::FindInMap with a key known at deploy")
	}
	m := e.t.mappings.Get(keys[0])
	var v *node.Node
	what := ""
	if m == nil {
		what = "the template has no mapping " + strconv.Quote(keys[0])
	} else if top := m.Get(keys[1]); top == nil {
		what = "mapping " + strconv.Quote(keys[0]) + " has no key " + strconv.Quote(keys[1])
	} else if v = top.Get(keys[2]); v == nil {
		what = "mapping " + strconv.Quote(keys[0]) + " has no key " + strconv.Quote(keys[1]) + "." + strconv.Quote(keys[2])
	}
	if v == nil {
		if len(arg.Items) == 4 {
			if dv := arg.Items[3].Get("DefaultValue"); dv != nil {
				out := e.eval(dv, api, field+"[3].DefaultValue")
				out.deps = addDeps(out.deps, deps...)
				return out
			}
		}
		// With a key from a parameter, the lookup fails only for some of
		// its values: the finding rests on them.
		e.fail(RuleFunction, api, field, arg, "Fn::FindInMap must find its value: "+what)
		if k := len(e.errs) - 1; k >= 0 && !e.quiet {
			e.errs[k].deps = deps
		}
		return unknown(n, "Fn::FindInMap: "+what)
	}
	out := e.eval(v, api, field)
	out.deps = addDeps(out.deps, deps...)
	// The value is written in Mappings; its place is the Fn::FindInMap.
	relocate(out, n)
	return out
}

// relocate gives v, and every value inside it, the place n.
func relocate(v *val, n *node.Node) {
	v.n = n
	for _, it := range v.items {
		relocate(it, n)
	}
	for _, p := range v.pairs {
		relocate(p.v, n)
	}
}

func (e *evaluator) ifFn(n, arg *node.Node, api, field string) *val {
	if arg.Kind != node.List || len(arg.Items) != 3 || arg.Items[0].Kind != node.String {
		e.fail(RuleFunction, api, field, arg, "Fn::If must be a list of a condition name and two values")
		return unknown(n, "a malformed Fn::If")
	}
	name := arg.Items[0].Text
	if e.t.condition(name) == nil {
		e.fail(RuleFunction, api, field, arg.Items[0], "Fn::If names condition "+strconv.Quote(name)+", which the template does not define")
		return unknown(n, "Fn::If on an undefined condition")
	}
	c, ok := e.sc.cond(name)
	if !ok {
		return unknown(n, "condition "+name+", known at deploy")
	}
	i := 2
	if c.val {
		i = 1
	}
	v := e.eval(arg.Items[i], api, field+"["+strconv.Itoa(i)+"]")
	deps, ok := e.depsMemo[name]
	if !ok {
		deps = e.condDeps(name, 0)
		if e.depsMemo == nil {
			e.depsMemo = map[string][]string{}
		}
		e.depsMemo[name] = deps
	}
	v.deps = addDeps(append([]string(nil), v.deps...), deps...)
	return v
}

// condDeps returns the assumptions that condition name's outcome rests on
// in the scenario.
func (e *evaluator) condDeps(name string, _ int) []string {
	var deps, seen []string
	var cond func(name string)
	var walk func(n *node.Node, depth int)
	cond = func(name string) {
		if has(seen, name) {
			return
		}
		seen = append(seen, name)
		if c, ok := e.sc.cond(name); ok && c.free {
			deps = addDeps(deps, "c:"+name)
		}
		walk(e.t.condition(name), 0)
	}
	walk = func(n *node.Node, depth int) {
		if n == nil || depth > maxDepth {
			return
		}
		switch n.Kind {
		case node.Map:
			if len(n.Pairs) == 1 && n.Pairs[0].Key == "Condition" && n.Pairs[0].Value.Kind == node.String {
				cond(n.Pairs[0].Value.Text)
				return
			}
			if fn, arg := function(n); fn == "Ref" && arg.Kind == node.String {
				if _, ok := e.sc.param(arg.Text); ok {
					deps = addDeps(deps, "p:"+arg.Text)
				}
				return
			}
			for _, p := range n.Pairs {
				walk(p.Value, depth+1)
			}
		case node.List:
			for _, it := range n.Items {
				walk(it, depth+1)
			}
		}
	}
	cond(name)
	return deps
}

// tri is a three-valued truth.
type tri uint8

const (
	tUnknown tri = iota
	tTrue
	tFalse
)

func triOf(b bool) tri {
	if b {
		return tTrue
	}
	return tFalse
}

// condition evaluates the condition name in the scenario.
func (e *evaluator) condition(name string, depth int) tri {
	if c, ok := e.sc.cond(name); ok {
		return triOf(c.val)
	}
	if depth > maxDepth || has(e.stack, name) {
		return tUnknown
	}
	e.stack = append(e.stack, name)
	v := e.condExpr(e.t.condition(name), depth+1)
	e.stack = e.stack[:len(e.stack)-1]
	return v
}

func (e *evaluator) condExpr(n *node.Node, depth int) tri {
	if n == nil || depth > maxDepth {
		return tUnknown
	}
	if n.Kind == node.Map && len(n.Pairs) == 1 && n.Pairs[0].Key == "Condition" {
		if v := n.Pairs[0].Value; v.Kind == node.String {
			return e.condition(v.Text, depth+1)
		}
		return tUnknown
	}
	fn, arg := function(n)
	switch fn {
	case "Fn::Equals":
		if arg.Kind != node.List || len(arg.Items) != 2 {
			return tUnknown
		}
		quiet := e.quiet
		e.quiet = true
		a := e.eval(arg.Items[0], "", "")
		b := e.eval(arg.Items[1], "", "")
		e.quiet = quiet
		if a.kind != vScalar || b.kind != vScalar {
			return tUnknown
		}
		return triOf(a.text == b.text)
	case "Fn::Not":
		if arg.Kind != node.List || len(arg.Items) != 1 {
			return tUnknown
		}
		switch e.condExpr(arg.Items[0], depth+1) {
		case tTrue:
			return tFalse
		case tFalse:
			return tTrue
		}
		return tUnknown
	case "Fn::And", "Fn::Or":
		if arg.Kind != node.List || len(arg.Items) == 0 {
			return tUnknown
		}
		and := fn == "Fn::And"
		out := triOf(and)
		for _, it := range arg.Items {
			switch e.condExpr(it, depth+1) {
			case tUnknown:
				out = tUnknown
			case tTrue:
				if !and {
					return tTrue
				}
			case tFalse:
				if and {
					return tFalse
				}
			}
		}
		return out
	}
	return tUnknown
}
