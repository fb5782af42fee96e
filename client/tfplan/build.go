package tfplan

import (
	"encoding/json"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/cognitokit/appclient/client"
)

// Placeholders for values the request needs but the reader does not take
// from the plan: the ID of a pool the plan creates (Cognito makes it, so it
// is valid by construction), and the client ID of an update (known to the
// plan, but never read, so that it is never shown).
const (
	poolPlaceholder   = "us-east-1_PlanPool"
	clientPlaceholder = "planclient0000000000000000"
)

// Reasons an attribute is unknown.
const (
	reasonUnknown = "known after apply"
	reasonManaged = "known after apply: the configuration does not set it, so the managed client keeps the value it has"
	reasonType    = "a value of the wrong type (see tfplan.type)"
)

// builder builds one client's request from its planned values.
type builder struct {
	c       *change
	managed bool
	update  bool
	conf    obj // the resource's configuration expressions; nil if not known
	doc     obj // the request, in the API's JSON shape
	unknown []client.Unknown
	finds   []Finding
	shown   map[string]string   // set item's API path → how a message names it
	scrub   func(string) string // hides secrets in a message
	listed  map[client.RuleID]int
	over    map[client.RuleID]int // findings of a rule beyond maxListed
	poolRef bool                  // user_pool_id refers to a pool of the plan
}

// check builds and checks one client instance.
func (p *plan) check(c *change, action string) Result {
	managed := c.typ == ManagedClientType
	r := Result{Address: c.address, Type: c.typ, Action: action, Op: client.Create}
	if managed || action == "update" {
		r.Op = client.Update
	}
	var secrets []string
	secrets = sensitiveStrings(secrets, c.before, c.beforeSensitive, 0)
	secrets = sensitiveStrings(secrets, c.after, c.afterSensitive, 0)
	pieces := newScrubber(pieces(secrets), minAnywhere)
	for _, v := range []any{c.before, c.after} {
		if o, ok := v.(obj); ok {
			secrets = appendStrings(secrets, o["client_secret"], 1)
			secrets = appendStrings(secrets, o["id"], 1) // the client ID: never shown either
		}
	}
	own := newScrubber(secrets, minAnywhere)
	scrub := func(msg string) string { return p.variables.scrub(own.scrub(msg)) }
	after, ok := c.after.(obj)
	if !ok {
		r.Findings = append(r.Findings, Finding{
			Violation: client.Violation{Rule: RuleType, Severity: client.Error, Message: "change.after must be an object holding the planned attributes"},
			Field:     c.address})
		return r
	}
	b := &builder{c: c, managed: managed, update: r.Op == client.Update, conf: p.expressions(c), doc: obj{},
		shown: map[string]string{}, scrub: scrub}
	pool, _ := p.findPool(c, after, b.conf)
	if _, known := after["user_pool_id"].(string); !known && pool != nil {
		b.poolRef = true // the ID of a pool the plan creates
	}
	b.build(after)

	cs := client.Case{Unknown: b.unknown}
	if pool != nil {
		r.Pool = true
		cs.Pool = pool.facts()
	}
	doc, err := json.Marshal(b.doc)
	if err != nil {
		panic("tfplan: " + err.Error()) // unreachable: strings, numbers, bools, lists and maps
	}
	var decoded client.Violations
	if b.update {
		b.doc["ClientId"] = clientPlaceholder
		doc, _ = json.Marshal(b.doc)
		req, vs := client.DecodeUpdate(doc)
		cs.Update, decoded = &req, vs
	} else {
		req, vs := client.DecodeCreate(doc)
		cs.Create, decoded = &req, vs
	}
	// Every value is written with its member's JSON type, so the core
	// reads the document whole; should it refuse a value all the same,
	// the value is a tfplan.type error, never a panic.
	for _, v := range decoded {
		b.fail(v.Path, v.Path+": "+v.Message)
		cs.Unknown = append(cs.Unknown, client.Unknown{Path: v.Path, Reason: reasonType})
	}
	r.Findings = append(r.Findings, b.finds...)
	for _, rule := range []client.RuleID{RuleType, RuleUnknownAttribute} {
		if n := b.over[rule]; n > 0 {
			r.Findings = append(r.Findings, Finding{
				Violation: client.Violation{Rule: rule, Severity: severityOf(rule),
					Message: "and " + strconv.Itoa(n) + " more of this rule, not listed"},
				Field: c.address})
		}
	}
	out := client.CheckCases([]client.Case{cs})
	sensitive := sensitivePaths(c.afterSensitive)
	for _, v := range out.Violations {
		if v.Path != "" {
			v.Message = b.label(v.Path) + ": " + v.Message
		}
		v.Message = scrub(v.Message)
		for _, sp := range sensitive {
			if within(v.Path, sp) || within(sp, v.Path) {
				v.Message = pieces.scrubQuoted(v.Message)
				break
			}
		}
		r.Findings = append(r.Findings, Finding{Violation: v, Field: b.field(v.Path)})
	}
	for _, s := range out.Skipped {
		s.Reason = scrub(s.Reason)
		r.Skipped = append(r.Skipped, Skip{Skipped: s, Field: b.field(s.Path)})
	}
	return r
}

// sensitivePaths returns the API paths of the attributes that the
// after_sensitive marks mark, in whole or in part.
func sensitivePaths(marks any) []string {
	var out []string
	for _, a := range attributes {
		if _, _, inner := blockOf(a.TF); inner || a.API == "" {
			continue
		}
		if containsTrue(member(marks, a.TF), 0) {
			out = append(out, a.API)
		}
	}
	return out
}

// field returns the address followed by the Terraform path of the API path.
func (b *builder) field(api string) string {
	if tf := tfPath(api); tf != "" {
		return b.c.address + "." + tf
	}
	return b.c.address
}

// label names the member at the API path in a message: the path, or for an
// item of a set, the member and the item's value.
func (b *builder) label(api string) string {
	if s, ok := b.shown[api]; ok {
		if i := strings.LastIndexByte(api, '['); i > 0 {
			return api[:i] + " " + s
		}
	}
	return api
}

func (b *builder) fail(api, msg string) {
	b.add(Finding{
		Violation: client.Violation{Path: api, Rule: RuleType, Severity: client.Error, Message: b.scrub(msg)},
		Field:     b.field(api)})
}

// maxListed is how many findings of one reader rule a resource lists; one
// more finding counts the rest.
const maxListed = 10

// add adds a reader finding, or counts it beyond maxListed of its rule.
func (b *builder) add(f Finding) {
	if b.listed == nil {
		b.listed, b.over = map[client.RuleID]int{}, map[client.RuleID]int{}
	}
	if b.listed[f.Rule] >= maxListed {
		b.over[f.Rule]++
		return
	}
	b.listed[f.Rule]++
	b.finds = append(b.finds, f)
}

func (b *builder) setUnknown(api, reason string) {
	b.unknown = append(b.unknown, client.Unknown{Path: api, Reason: reason})
}

// build writes the request's members from the planned values.
func (b *builder) build(after obj) {
	unk := b.c.afterUnknown
	b.unknownAttributes(after, unk)
	for i := range attributes {
		a := &attributes[i]
		if _, _, inner := blockOf(a.TF); inner || a.API == "" || lookupTF(a.TF, b.managed) != a {
			continue
		}
		if a.CreateOnly && b.update {
			continue
		}
		v, present := after[a.TF]
		b.value(a, a.API, b.doc, v, present, member(unk, a.TF), b.configured(b.conf, a.TF))
	}
}

// keys returns the names of values and of its after_unknown counterpart
// unk (names only unknown are not in values), sorted, each once.
func keys(values obj, unk any) []string {
	names := make([]string, 0, len(values))
	for k := range values {
		names = append(names, k)
	}
	if u, ok := unk.(obj); ok {
		for k := range u {
			if _, ok := values[k]; !ok {
				names = append(names, k)
			}
		}
	}
	slices.Sort(names)
	return names
}

// unknownAttributes warns of each attribute the mapping does not know.
func (b *builder) unknownAttributes(after obj, unk any) {
	for _, k := range keys(after, unk) {
		if lookupTF(k, b.managed) != nil {
			continue
		}
		b.add(Finding{
			Violation: client.Violation{Rule: RuleUnknownAttribute, Severity: client.Warning,
				Message: strconv.Quote(clip(k)) + " is not an attribute of " + b.c.typ + " that this version of appclient knows (a newer provider?): its value is not checked"},
			Field: b.c.address + "." + clip(k)})
	}
}

// configured says how an attribute that the plan marks unknown is read:
// true if it stays unknown (the configuration sets it, or the
// configuration is not known, or the client is a managed one), false if it
// is absent (the configuration does not set it: AWS's default applies).
func (b *builder) configured(conf obj, tf string) bool {
	if b.managed || conf == nil {
		return true
	}
	_, ok := conf[tf]
	return ok
}

// member returns the after_unknown marks of the attribute k of marks.
func member(marks any, k string) any {
	switch m := marks.(type) {
	case bool:
		return m
	case obj:
		return m[k]
	}
	return nil
}

// item returns the marks of the i-th item of marks.
func item(marks any, i int) any {
	switch m := marks.(type) {
	case bool:
		return m
	case []any:
		if i < len(m) {
			return m[i]
		}
	}
	return nil
}

func isTrue(v any) bool {
	b, ok := v.(bool)
	return ok && b
}

// zero is a placeholder of the kind's JSON type.
func zero(k Kind) any {
	switch k {
	case String:
		return ""
	case Number:
		return 0
	case Bool:
		return false
	case Set:
		return []any{}
	}
	return obj{}
}

// value writes the attribute a's planned value v into into, as the member
// named by the last element of api.
func (b *builder) value(a *Attribute, api string, into obj, v any, present bool, unk any, configured bool) {
	key := api[strings.LastIndexByte(api, '.')+1:]
	if isTrue(unk) {
		switch {
		case a.API == "UserPoolId" && b.poolRef:
			into[key] = poolPlaceholder
		case !configured:
			// Not set: the provider sends nothing, AWS's default applies.
		default:
			reason := reasonUnknown
			if b.managed && b.conf != nil {
				if _, ok := b.conf[a.TF]; !ok {
					reason = reasonManaged
				}
			}
			b.setUnknown(api, reason)
			into[key] = zero(a.Kind)
		}
		return
	}
	if !present || v == nil {
		return
	}
	wrong := func(what string) {
		b.fail(api, a.TF+" must be "+a.Kind.String()+", not "+what+" ("+api+")")
		b.setUnknown(api, reasonType)
		into[key] = zero(a.Kind)
	}
	switch a.Kind {
	case String:
		s, ok := v.(string)
		if !ok {
			wrong(kindOf(v))
			return
		}
		into[key] = s
	case Bool:
		x, ok := v.(bool)
		if !ok {
			wrong(kindOf(v))
			return
		}
		into[key] = x
	case Number:
		n, ok := v.(json.Number)
		if !ok {
			wrong(kindOf(v))
			return
		}
		x, err := strconv.ParseInt(string(n), 10, 64)
		if err != nil || x < math.MinInt32 || x > math.MaxInt32 {
			wrong("a number that is no whole number of 32 bits")
			return
		}
		into[key] = x
	case Set:
		list, ok := v.([]any)
		if !ok {
			wrong(kindOf(v))
			return
		}
		sens := member(b.c.afterSensitive, a.TF)
		items := make([]any, len(list))
		for i, it := range list {
			ip := api + "[" + strconv.Itoa(i) + "]"
			s, ok := it.(string)
			switch {
			case isTrue(item(unk, i)):
				b.setUnknown(ip, reasonUnknown)
				items[i] = ""
				continue
			case !ok:
				b.fail(ip, a.TF+" must be a set of strings: item "+strconv.Itoa(i)+" is "+kindOf(it)+" ("+api+")")
				b.setUnknown(ip, reasonType)
				items[i] = ""
				continue
			}
			items[i] = s
			if isTrue(sens) || isTrue(item(sens, i)) {
				b.shown[ip] = secretShown
			} else {
				b.shown[ip] = strconv.Quote(s)
			}
		}
		into[key] = items
	case Block:
		list, ok := v.([]any)
		switch {
		case !ok:
			wrong(kindOf(v))
			return
		case len(list) == 0:
			return
		case len(list) > 1:
			wrong("a list of " + strconv.Itoa(len(list)) + " blocks")
			return
		}
		blk, ok := list[0].(obj)
		if !ok {
			if list[0] == nil && isTrue(item(unk, 0)) {
				b.setUnknown(api, reasonUnknown)
				into[key] = obj{}
				return
			}
			wrong("a list of " + kindOf(list[0]))
			return
		}
		b.block(a, api, into, blk, item(unk, 0))
	}
}

// block writes a nested block's members.
func (b *builder) block(a *Attribute, api string, into obj, blk obj, unk any) {
	var conf obj // the block's configuration; nil if not known
	if b.conf != nil {
		if l, ok := b.conf[a.TF].([]any); ok && len(l) == 1 {
			conf, _ = l[0].(obj)
		}
	}
	out := obj{}
	for _, k := range keys(blk, unk) {
		if lookupTF(a.TF+"[0]."+k, b.managed) == nil {
			b.add(Finding{
				Violation: client.Violation{Rule: RuleUnknownAttribute, Severity: client.Warning,
					Message: strconv.Quote(clip(k)) + " is not an attribute of the " + a.TF + " block that this version of appclient knows (a newer provider?): its value is not checked"},
				Field: b.c.address + "." + a.TF + "[0]." + clip(k)})
		}
	}
	for i := range attributes {
		m := &attributes[i]
		blockName, name, inner := blockOf(m.TF)
		if !inner || blockName != a.TF {
			continue
		}
		v, present := blk[name]
		configured := b.managed || conf == nil
		if !configured {
			_, configured = conf[name]
		}
		b.value(m, m.API, out, v, present, member(unk, name), configured)
	}
	into[api[strings.LastIndexByte(api, '.')+1:]] = out
}

// kindOf names the JSON type of v.
func kindOf(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return "a string"
	case bool:
		return "a boolean"
	case json.Number:
		return "a number"
	case []any:
		return "a list"
	}
	return "an object"
}
