package rules

import (
	"encoding/json"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/tfplan"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/terraform-linters/tflint-plugin-sdk/terraform/lang/marks"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
)

// The resource types the ruleset reads.
const (
	ClientType        = "aws_cognito_user_pool_client"
	ManagedClientType = "aws_cognito_managed_user_pool_client"
)

// clientPlaceholder is the client ID of a managed client's update request:
// the configuration does not hold it, and it is never shown.
const clientPlaceholder = "tflintclient00000000000000"

// Reasons a value is unknown to the rules.
const (
	reasonUnknown   = "known after apply"
	reasonManaged   = "not set in the configuration: the managed client keeps the value it has"
	reasonDynamic   = "a dynamic block that tflint did not expand"
	reasonEval      = "an expression tflint cannot evaluate"
	reasonType      = "a value of the wrong type for the attribute"
	reasonTooMany   = "more than one block where the resource allows one"
	reasonEphemeral = "an ephemeral value"
)

// finding is one violation, placed in the source.
type finding struct {
	rule     client.RuleID
	severity client.Severity
	message  string
	rng      hcl.Range
}

// schema returns the part of the resource's schema that the mapping knows,
// and the dynamic blocks that tflint may have left unexpanded.
func schema(managed bool) *hclext.BodySchema {
	s := &hclext.BodySchema{}
	blocks := map[string]*hclext.BlockSchema{}
	for _, a := range rows(managed) {
		block, name, inner := strings.Cut(a.TF, "[0].")
		switch {
		case inner:
			b := blocks[block]
			b.Body.Attributes = append(b.Body.Attributes, hclext.AttributeSchema{Name: name})
		case a.Kind == tfplan.Block:
			s.Blocks = append(s.Blocks, hclext.BlockSchema{Type: a.TF, Body: &hclext.BodySchema{}})
			blocks[a.TF] = &s.Blocks[len(s.Blocks)-1]
		default:
			s.Attributes = append(s.Attributes, hclext.AttributeSchema{Name: a.TF})
		}
	}
	s.Blocks = append(s.Blocks, hclext.BlockSchema{Type: "dynamic", LabelNames: []string{"name"}})
	return s
}

// rows returns the mapping's rows of API members for the resource type.
func rows(managed bool) []tfplan.Attribute {
	var out []tfplan.Attribute
	for _, a := range tfplan.Mapping() {
		if a.API == "" || (managed && a.NotManaged) || (!managed && a.ManagedOnly) || (managed && a.CreateOnly) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// check reads and checks every client of the runner's module.
func check(r tflint.Runner) ([]finding, error) {
	var out []finding
	for _, typ := range []string{ClientType, ManagedClientType} {
		managed := typ == ManagedClientType
		content, err := r.GetResourceContent(typ, schema(managed), nil)
		if err != nil {
			return nil, err
		}
		for _, res := range content.Blocks {
			out = append(out, checkResource(r, res, managed)...)
		}
	}
	return out, nil
}

// builder builds one resource's request and where each member is written.
type builder struct {
	r       tflint.Runner
	managed bool
	doc     map[string]any
	ranges  map[string]hcl.Range // API path → source range
	labels  map[string]string    // API path → Terraform path
	cs      client.Case
}

// checkResource checks one resource (one instance, as tflint expands them).
func checkResource(r tflint.Runner, res *hclext.Block, managed bool) []finding {
	b := &builder{r: r, managed: managed, doc: map[string]any{},
		ranges: map[string]hcl.Range{}, labels: map[string]string{}}
	b.build(res)
	doc, err := json.Marshal(b.doc)
	if err != nil {
		panic("rules: " + err.Error()) // unreachable: strings, numbers, bools, lists and maps
	}
	var decoded client.Violations
	if managed {
		req, vs := client.DecodeUpdate(doc)
		b.cs.Update, decoded = &req, vs
	} else {
		req, vs := client.DecodeCreate(doc)
		b.cs.Create, decoded = &req, vs
	}
	// Every value is written with its member's JSON type; should the core
	// refuse one all the same, it is unknown to the rules.
	for _, v := range decoded {
		b.cs.Unknown = append(b.cs.Unknown, client.Unknown{Path: v.Path, Reason: reasonType})
	}
	out := client.CheckCases([]client.Case{b.cs})
	var finds []finding
	for _, v := range out.Violations {
		msg := v.Message
		if v.Path != "" {
			msg = b.label(v.Path) + ": " + msg
		}
		finds = append(finds, finding{rule: v.Rule, severity: v.Severity, message: msg, rng: b.rangeOf(v.Path, res.DefRange)})
	}
	return finds
}

// rangeOf returns the source range of the API path: its own, or that of
// the nearest member that holds it, or the resource's.
func (b *builder) rangeOf(api string, def hcl.Range) hcl.Range {
	for p := api; p != ""; p = parent(p) {
		if rng, ok := b.ranges[p]; ok {
			return rng
		}
	}
	return def
}

// label names the API path's member in Terraform's notation:
// "callback_urls[1]", "token_validity_units.access_token".
func (b *builder) label(api string) string {
	for p := api; p != ""; p = parent(p) {
		if tf, ok := b.labels[p]; ok {
			return tf + api[len(p):]
		}
	}
	return api
}

// parent returns the path that holds the API path: "A.B[1]" → "A.B" → "A".
func parent(p string) string {
	i := strings.LastIndexAny(p, ".[")
	if i < 0 {
		return ""
	}
	return p[:i]
}

// key is the member name at the end of an API path.
func key(api string) string { return api[strings.LastIndexByte(api, '.')+1:] }

// tfLabel is the Terraform path of a mapping row, without the "[0]" of a
// block: "token_validity_units.access_token".
func tfLabel(tf string) string { return strings.Replace(tf, "[0].", ".", 1) }

func (b *builder) unknown(api, reason string) {
	b.cs.Unknown = append(b.cs.Unknown, client.Unknown{Path: api, Reason: reason})
}

// build writes the request's members from the resource's attributes and
// blocks.
func (b *builder) build(res *hclext.Block) {
	if b.managed {
		b.doc["ClientId"] = clientPlaceholder
	}
	dynamic := map[string]hcl.Range{}
	for _, blk := range res.Body.Blocks {
		if blk.Type == "dynamic" && len(blk.Labels) == 1 {
			dynamic[blk.Labels[0]] = blk.DefRange
		}
	}
	all := rows(b.managed)
	for _, a := range all {
		if strings.Contains(a.TF, "[0].") {
			continue
		}
		b.labels[a.API] = a.TF
		if a.Kind != tfplan.Block {
			attr := res.Body.Attributes[a.TF]
			b.attribute(a, b.doc, attr)
			continue
		}
		var blocks []*hclext.Block
		for _, blk := range res.Body.Blocks {
			if blk.Type == a.TF {
				blocks = append(blocks, blk)
			}
		}
		switch {
		case len(blocks) == 1:
			b.ranges[a.API] = blocks[0].DefRange
			obj := map[string]any{}
			for _, m := range all {
				blockName, name, inner := strings.Cut(m.TF, "[0].")
				if !inner || blockName != a.TF {
					continue
				}
				b.labels[m.API] = tfLabel(m.TF)
				b.attribute(m, obj, blocks[0].Body.Attributes[name])
			}
			b.doc[key(a.API)] = obj
		case len(blocks) > 1:
			b.ranges[a.API] = blocks[1].DefRange
			b.unknown(a.API, reasonTooMany)
			b.doc[key(a.API)] = map[string]any{}
		default:
			if rng, ok := dynamic[a.TF]; ok {
				b.ranges[a.API] = rng
				b.unknown(a.API, reasonDynamic)
				b.doc[key(a.API)] = map[string]any{}
			} else if b.managed {
				b.unknown(a.API, reasonManaged)
				b.doc[key(a.API)] = map[string]any{}
			}
		}
	}
}

// zero is a placeholder of the kind's JSON type, for an unknown value.
func zero(k tfplan.Kind) any {
	switch k {
	case tfplan.String:
		return ""
	case tfplan.Number:
		return 0
	case tfplan.Bool:
		return false
	case tfplan.Set:
		return []any{}
	}
	return map[string]any{}
}

// attribute writes the member of the row a from the attribute attr (nil if
// the configuration does not set it) into into.
func (b *builder) attribute(a tfplan.Attribute, into map[string]any, attr *hclext.Attribute) {
	k := key(a.API)
	notSet := func() {
		if b.managed {
			b.unknown(a.API, reasonManaged)
			into[k] = zero(a.Kind)
		}
	}
	if attr == nil {
		notSet()
		return
	}
	b.ranges[a.API] = attr.Expr.Range()
	var val cty.Value
	if err := b.r.EvaluateExpr(attr.Expr, &val, nil); err != nil {
		// The error may quote the value: it is never shown.
		b.unknown(a.API, reasonEval)
		into[k] = zero(a.Kind)
		return
	}
	if val.IsNull() {
		notSet()
		return
	}
	if a.Kind == tfplan.Set {
		b.set(a, into, attr.Expr, val)
		return
	}
	v, ok := b.scalar(a.API, a.Kind, attr.Expr, val)
	if !ok {
		v = zero(a.Kind)
	}
	into[k] = v
}

// scalar returns the value of a string, number or boolean member; ok is
// false when the value is unknown to the rules (the reason is recorded).
func (b *builder) scalar(api string, kind tfplan.Kind, expr hcl.Expression, val cty.Value) (v any, ok bool) {
	val, secret, ephemeral := unmark(val)
	if ephemeral {
		b.unknown(api, reasonEphemeral)
		return nil, false
	}
	if !val.IsWhollyKnown() {
		if kind == tfplan.String && !secret {
			if pieces, ok := b.pieces(expr); ok {
				b.cs.Partly = append(b.cs.Partly, client.Partly{Path: api, Pieces: pieces})
				return "", false
			}
		}
		b.unknown(api, reasonUnknown)
		return nil, false
	}
	if val.IsNull() {
		b.unknown(api, reasonType) // a null in a list, which Terraform refuses
		return nil, false
	}
	if secret {
		b.cs.Assumes = append(b.cs.Assumes, client.Assumption{Text: secretText(expr), Paths: []string{api}, Secret: true})
	}
	switch kind {
	case tfplan.String:
		s, err := convert.Convert(val, cty.String)
		if err != nil {
			break
		}
		return s.AsString(), true
	case tfplan.Bool:
		x, err := convert.Convert(val, cty.Bool)
		if err != nil {
			break
		}
		return x.True(), true
	case tfplan.Number:
		n, err := convert.Convert(val, cty.Number)
		if err != nil {
			break
		}
		i, acc := n.AsBigFloat().Int64()
		if acc != big.Exact || i < math.MinInt32 || i > math.MaxInt32 {
			break
		}
		return i, true
	}
	b.unknown(api, reasonType)
	return nil, false
}

// set writes a set of strings: each item at its own range when the
// configuration writes the list as a literal.
func (b *builder) set(a tfplan.Attribute, into map[string]any, expr hcl.Expression, val cty.Value) {
	k := key(a.API)
	// Only the list's own marks: each item keeps its own.
	whole, topMarks := val.Unmark()
	_, secret := topMarks[marks.Sensitive]
	_, ephemeral := topMarks[marks.Ephemeral]
	switch {
	case ephemeral:
		b.unknown(a.API, reasonEphemeral)
		into[k] = zero(a.Kind)
		return
	case !whole.IsKnown():
		b.unknown(a.API, reasonUnknown)
		into[k] = zero(a.Kind)
		return
	case !whole.Type().IsListType() && !whole.Type().IsSetType() && !whole.Type().IsTupleType():
		b.unknown(a.API, reasonType)
		into[k] = zero(a.Kind)
		return
	}
	var elems []hcl.Expression
	// tflint binds the value of an attribute of an expanded resource or
	// dynamic block (count, for_each) to its expression: the source's
	// list literal is inside.
	if tuple, ok := hcl.UnwrapExpression(expr).(*hclsyntax.TupleConsExpr); ok && len(tuple.Exprs) == whole.LengthInt() && !whole.Type().IsSetType() {
		elems = make([]hcl.Expression, len(tuple.Exprs))
		for i, e := range tuple.Exprs {
			elems[i] = e
		}
	}
	items := []any{}
	i := 0
	for it := whole.ElementIterator(); it.Next(); i++ {
		_, ev := it.Element()
		ip := a.API + "[" + strconv.Itoa(i) + "]"
		var ex hcl.Expression = expr
		if elems != nil {
			ex = elems[i]
			b.ranges[ip] = ex.Range()
		}
		if secret {
			ev = ev.Mark(marks.Sensitive)
		}
		v, ok := b.scalar(ip, tfplan.String, ex, ev)
		if !ok {
			v = ""
		}
		items = append(items, v)
	}
	into[k] = items
}

// unmark removes the marks of a value and says whether it held a sensitive
// or an ephemeral value.
func unmark(val cty.Value) (v cty.Value, sensitive, ephemeral bool) {
	v, pvm := val.UnmarkDeepWithPaths()
	for _, pm := range pvm {
		if _, ok := pm.Marks[marks.Sensitive]; ok {
			sensitive = true
		}
		if _, ok := pm.Marks[marks.Ephemeral]; ok {
			ephemeral = true
		}
	}
	return v, sensitive, ephemeral
}

// secretText names a sensitive value's source for a finding that rests on
// it, without the value: its variables, or "a sensitive value".
func secretText(expr hcl.Expression) string {
	var names []string
	seen := map[string]bool{}
	for _, t := range expr.Variables() {
		if t.RootName() != "var" || len(t) < 2 {
			continue
		}
		if attr, ok := t[1].(hcl.TraverseAttr); ok && !seen[attr.Name] {
			seen[attr.Name] = true
			names = append(names, "var."+attr.Name)
		}
	}
	if len(names) == 0 {
		return "with a sensitive value (not shown)"
	}
	return "with " + strings.Join(names, ", ") + " (sensitive, value not shown)"
}

// pieces returns the pieces of a string template with unknown parts:
// its literal text and each part tflint evaluates are known, the others are
// holes named as the source writes them. ok is false for any other
// expression, or for a template with a sensitive part.
func (b *builder) pieces(expr hcl.Expression) (out []client.Piece, ok bool) {
	tmpl, isTmpl := hcl.UnwrapExpression(expr).(*hclsyntax.TemplateExpr)
	if !isTmpl || len(tmpl.Parts) < 2 {
		return nil, false
	}
	text := func(s string) {
		if s == "" {
			return
		}
		if n := len(out); n > 0 && out[n-1].Hole == "" {
			out[n-1].Text += s
			return
		}
		out = append(out, client.Piece{Text: s})
	}
	holes := 0
	for _, part := range tmpl.Parts {
		if lit, ok := part.(*hclsyntax.LiteralValueExpr); ok && lit.Val.Type() == cty.String && lit.Val.IsKnown() && !lit.Val.IsNull() {
			// Literal text, read here: the runner evaluates an
			// expression from its source text, and a template's literal
			// part is no expression on its own.
			text(lit.Val.AsString())
			continue
		}
		var val cty.Value
		if err := b.r.EvaluateExpr(part, &val, nil); err == nil {
			v, secret, ephemeral := unmark(val)
			if secret || ephemeral {
				return nil, false
			}
			if v.IsWhollyKnown() && !v.IsNull() {
				if s, err := convert.Convert(v, cty.String); err == nil {
					text(s.AsString())
					continue
				}
			}
		}
		holes++
		out = append(out, client.Piece{Hole: b.source(part)})
	}
	if holes == 0 {
		return nil, false
	}
	return out, true
}

// source returns a template part as the source writes it: "${var.domain}".
func (b *builder) source(part hcl.Expression) string {
	rng := part.Range()
	if f, err := b.r.GetFile(rng.Filename); err == nil && f != nil && rng.End.Byte <= len(f.Bytes) && rng.Start.Byte <= rng.End.Byte {
		return "${" + string(f.Bytes[rng.Start.Byte:rng.End.Byte]) + "}"
	}
	return "${…}"
}
