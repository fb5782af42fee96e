package cfn

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/cfn/internal/node"
	"github.com/cognitokit/appclient/internal/spec"
)

// generatedName stands for the name CloudFormation generates when
// ClientName is absent: a valid name.
const generatedName = "cfn-generated"

// built is one case's request, with where each value came from.
type built struct {
	req client.CreateRequest
	// doc is the request as the API's JSON, written property by property
	// and decoded by the core into req when the properties are done, so
	// that no code here walks the members one by one.
	doc     []byte
	members []string // the members doc has, in order
	unknown []client.Unknown
	partly  []client.Partly
	pos     []pathPos
	errs    []rfinding
}

// pathPos records, for an API path, where its value was written and the
// assumptions it rests on.
type pathPos struct {
	path string
	pos  node.Pos
	deps []string
}

func (b *built) at(path string, v *val) {
	var pos node.Pos
	if v.n != nil {
		pos = v.n.Pos
	}
	b.pos = append(b.pos, pathPos{path: path, pos: pos, deps: v.deps})
}

// absent records where an absent value was written when its absence rests
// on an assumption (an Fn::If with a Ref AWS::NoValue branch).
func (b *built) absent(path string, v *val) {
	if len(v.deps) > 0 {
		b.at(path, v)
	}
}

func (b *built) fail(rule client.RuleID, path, field string, v *val, pos node.Pos, msg string) {
	var deps []string
	if v != nil {
		deps = v.deps
		if v.n != nil {
			pos = v.n.Pos
		}
	}
	b.errs = append(b.errs, rfinding{rule: rule, path: path, field: field, pos: pos, msg: msg, deps: deps})
}

func (b *built) setUnknown(path, reason string) {
	b.unknown = append(b.unknown, client.Unknown{Path: path, Reason: reason})
}

const wrongType = "a value of the wrong type (see cfn.type)"

func kindName(v *val) string {
	switch v.kind {
	case vList:
		return "a list"
	case vMap:
		return "a map"
	case vScalar:
		switch v.nk {
		case node.Null:
			return "null"
		case node.Bool:
			return "a boolean"
		case node.Number:
			return "a number"
		}
		return "a string"
	}
	return "a string"
}

func (b *built) typeErr(path, field string, v *val, want propKind) {
	b.fail(RuleType, path, field, v, node.Pos{}, path+" must be "+want.String()+", not "+kindName(v))
	b.setUnknown(path, wrongType)
}

// build evaluates the resource's Properties into a request.
func (e *evaluator) build(res *node.Node, field string) *built {
	b := &built{}
	defer func() {
		b.errs = append(e.errs, b.errs...)
		e.errs = nil
	}()
	pn := res.Get("Properties")
	if pn != nil {
		pv := e.eval(pn, "", field+".Properties")
		switch pv.kind {
		case vMap:
			for _, p := range pv.pairs {
				if p.v.kind == vAbsent && lookupProp(p.key) == nil {
					continue
				}
				e.property(b, p, field+".Properties."+p.key)
			}
		case vUnknown, vAbsent:
		default:
			b.fail(RuleType, "", field+".Properties", pv, node.Pos{}, "Properties must be a map")
		}
	}
	if !b.written("ClientName") {
		b.name("ClientName")
		b.doc = appendString(b.doc, generatedName)
	}
	b.doc = append(b.doc, '}')
	req, vs := client.DecodeCreate(b.doc)
	// Every property the schema has is a member of the request, and values
	// are written with the member's JSON type (the tests hold the schema to
	// the model), so the core reads the document whole. Should it refuse a
	// value all the same, the value is a cfn.type error, never a panic.
	for _, v := range vs {
		b.fail(RuleType, v.Path, field+".Properties."+v.Path, nil, node.Pos{}, v.Path+": "+v.Message)
		b.setUnknown(v.Path, wrongType)
	}
	b.req = req
	return b
}

// name starts the member name of the request document.
func (b *built) name(name string) {
	if len(b.doc) == 0 {
		b.doc = append(b.doc, '{')
	} else {
		b.doc = append(b.doc, ',')
	}
	b.doc = appendString(b.doc, name)
	b.doc = append(b.doc, ':')
	b.members = append(b.members, name)
}

// written reports whether the document has the member name.
func (b *built) written(name string) bool { return slices.Contains(b.members, name) }

// appendString appends s, valid UTF-8 (both template parsers refuse
// anything else), as a JSON string.
func appendString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\':
			dst = append(dst, '\\', c)
		case c < 0x20:
			dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		default:
			dst = append(dst, c)
		}
	}
	return append(dst, '"')
}

func (e *evaluator) property(b *built, p vpair, field string) {
	for _, ro := range readOnly {
		if p.key == ro {
			b.fail(RuleReadOnly, p.key, field, nil, p.keyPos,
				p.key+" cannot be set in CloudFormation: the AWS::Cognito::UserPoolClient schema lists it read-only (readable with Fn::GetAtt)")
			return
		}
	}
	pr := lookupProp(p.key)
	if pr == nil {
		msg := p.key + " is not a property of AWS::Cognito::UserPoolClient"
		if s := suggest(props, p.key); s != "" {
			msg += ": did you mean " + s + "?"
		}
		b.fail(RuleUnknownProperty, p.key, field, nil, p.keyPos, msg)
		return
	}
	v := p.v
	if p.key == "UserPoolId" && v.kind == vUnknown && v.poolRef {
		// The ID of a pool the template creates: Cognito makes it, so
		// it has the model's length and pattern whatever it turns out
		// to be, and no rule has anything to say of it.
		b.at(p.key, v)
		b.name(p.key)
		b.doc = appendString(b.doc, poolRefID)
		return
	}
	if v.kind == vAbsent {
		b.absent(p.key, v)
		return
	}
	b.name(p.key)
	b.value(pr, p.key, field, v)
	if pr.min != nil && v.kind == vScalar {
		b.belowSchema(pr, field, v)
	}
}

// value writes v, the value of the property or member pr at path, as JSON
// of pr's type: what the template writes, or a placeholder (a zero value)
// for a value known only at deploy or of the wrong type, which the case
// lists as unknown so that no rule reads it.
func (b *built) value(pr *prop, path, field string, v *val) {
	b.at(path, v)
	switch v.kind {
	case vUnknown:
		b.setUnknown(path, v.reason)
		b.doc = appendZero(b.doc, pr.kind)
		return
	case vPartly:
		if pr.kind == pString {
			b.partly = append(b.partly, client.Partly{Path: path, Pieces: v.pieces})
			var s strings.Builder
			for _, p := range v.pieces {
				s.WriteString(p.Text)
			}
			b.doc = appendString(b.doc, s.String())
		} else {
			b.setUnknown(path, holes(v.pieces))
			b.doc = appendZero(b.doc, pr.kind)
		}
		return
	}
	ok := false
	switch pr.kind {
	case pString:
		ok = b.str(v)
	case pInt:
		ok = b.int(path, field, v)
	case pBool:
		ok = b.bool(path, field, v)
	case pList:
		ok = v.kind == vList
		if ok {
			b.list(pr, path, field, v)
		}
	case pObject:
		ok = v.kind == vMap
		if ok {
			b.object(pr, path, field, v)
		}
	}
	if !ok {
		b.typeErr(path, field, v, pr.kind)
		b.doc = appendZero(b.doc, pr.kind)
	}
}

// appendZero appends the zero value of kind, as JSON.
func appendZero(dst []byte, kind propKind) []byte {
	switch kind {
	case pString:
		return append(dst, `""`...)
	case pInt:
		return append(dst, '0')
	case pBool:
		return append(dst, "false"...)
	case pList:
		return append(dst, "[]"...)
	}
	return append(dst, "{}"...)
}

// belowSchema warns of an integer that the API takes but that is below the
// resource schema's minimum (cfn.schema-minimum): RefreshTokenValidity 0.
func (b *built) belowSchema(pr *prop, field string, v *val) {
	x, err := strconv.ParseInt(strings.TrimSpace(v.text), 10, 64)
	if err != nil || x >= *pr.min {
		return
	}
	if m, ok := spec.CreateUserPoolClientRequest.Lookup(pr.name); !ok || m.Shape.Min == spec.NoLimit || x < m.Shape.Min {
		return // the API refuses it too: model.range says so
	}
	msg := pr.name + " must be at least " + strconv.FormatInt(*pr.min, 10) + " in the AWS::Cognito::UserPoolClient resource schema, though the API accepts " + strconv.FormatInt(x, 10)
	if pr.name == "RefreshTokenValidity" {
		msg = "RefreshTokenValidity must be at least 1 in the AWS::Cognito::UserPoolClient resource schema, though the API takes 0 as 30 days: omit it for the 30-day default, or write 30 with TokenValidityUnits.RefreshToken days"
	}
	b.fail(RuleSchemaMinimum, pr.name, field, v, node.Pos{}, msg)
}

// poolRefID stands for the ID of a user pool the template creates.
const poolRefID = "us-east-1_TemplatePool"

// str writes a string: any scalar but null, as cfn-lint reads one.
func (b *built) str(v *val) bool {
	if v.kind != vScalar || v.nk == node.Null {
		return false
	}
	b.doc = appendString(b.doc, v.text)
	return true
}

// int writes an integer: a number, or a string that parses as one. One
// that is no whole number, or does not fit in 32 bits, is a cfn.type
// error, and a placeholder is written.
func (b *built) int(path, field string, v *val) bool {
	if v.kind != vScalar || (v.nk != node.Number && v.nk != node.String) {
		return false
	}
	s := strings.TrimSpace(v.text)
	x, err := strconv.ParseInt(s, 10, 64)
	if err != nil && v.nk == node.Number {
		if f, ferr := strconv.ParseFloat(s, 64); ferr == nil && f == math.Trunc(f) && math.Abs(f) < 1e18 {
			x, err = int64(f), nil
		}
	}
	switch {
	case err == nil && x >= math.MinInt32 && x <= math.MaxInt32:
		b.doc = strconv.AppendInt(b.doc, x, 10)
		return true
	case err == nil || strings.Contains(err.Error(), "range"):
		b.fail(RuleType, path, field, v, node.Pos{}, path+" must be an integer that fits in 32 bits")
	default:
		b.fail(RuleType, path, field, v, node.Pos{}, path+" must be an integer, or a string that holds one: the value given is not a whole number")
	}
	b.setUnknown(path, wrongType)
	b.doc = append(b.doc, '0')
	return true
}

func holes(ps []client.Piece) string {
	var hs []string
	for _, p := range ps {
		if p.Hole != "" {
			hs = append(hs, p.Hole)
		}
	}
	return strings.Join(hs, ", ")
}

// bool writes a boolean: true or false, or a string of one as cfn-lint
// accepts it. Another string is a cfn.type error, and a placeholder is
// written.
func (b *built) bool(path, field string, v *val) bool {
	if v.kind != vScalar {
		return false
	}
	switch {
	case v.nk == node.Bool && strings.EqualFold(v.text, "true"):
		b.doc = append(b.doc, "true"...)
	case v.nk == node.Bool && strings.EqualFold(v.text, "false"):
		b.doc = append(b.doc, "false"...)
	case v.nk == node.String && (v.text == "true" || v.text == "True" || v.text == "TRUE"):
		b.doc = append(b.doc, "true"...)
	case v.nk == node.String && (v.text == "false" || v.text == "False" || v.text == "FALSE"):
		b.doc = append(b.doc, "false"...)
	case v.nk == node.String:
		b.fail(RuleType, path, field, v, node.Pos{}, path+" must be a boolean: true or false")
		b.setUnknown(path, wrongType)
		b.doc = append(b.doc, "false"...)
	default:
		return false
	}
	return true
}

// list writes a list of strings; an item that is absent (Ref AWS::NoValue)
// is left out, as CloudFormation leaves it out.
func (b *built) list(pr *prop, path, field string, v *val) {
	b.doc = append(b.doc, '[')
	item := prop{name: pr.name, kind: pString}
	n := 0
	for i, it := range v.items {
		ip := path + "[" + strconv.Itoa(n) + "]"
		if it.kind == vAbsent {
			b.absent(ip, it)
			continue
		}
		if n > 0 {
			b.doc = append(b.doc, ',')
		}
		f := field + "[" + strconv.Itoa(i) + "]"
		b.value(&item, ip, f, it)
		n++
	}
	b.doc = append(b.doc, ']')
}

// object writes a structure: each member the schema has, and a
// cfn.unknown-property error for each it does not.
func (b *built) object(pr *prop, path, field string, v *val) {
	b.doc = append(b.doc, '{')
	n := 0
	for _, q := range v.pairs {
		qp := path + "." + q.key
		qf := field + "." + q.key
		f := lookupIn(pr.fields, q.key)
		if f == nil {
			if q.v.kind == vAbsent {
				continue
			}
			msg := qp + " is not a member of " + pr.name
			if s := suggest(pr.fields, q.key); s != "" {
				msg += ": did you mean " + s + "?"
			}
			b.fail(RuleUnknownProperty, qp, qf, nil, q.keyPos, msg)
			continue
		}
		if q.v.kind == vAbsent {
			b.absent(qp, q.v)
			continue
		}
		if n > 0 {
			b.doc = append(b.doc, ',')
		}
		b.doc = appendString(b.doc, q.key)
		b.doc = append(b.doc, ':')
		b.value(f, qp, qf, q.v)
		n++
	}
	b.doc = append(b.doc, '}')
}
