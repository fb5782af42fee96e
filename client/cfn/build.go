package cfn

import (
	"math"
	"strconv"
	"strings"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/cfn/internal/node"
)

// generatedName stands for the name CloudFormation generates when
// ClientName is absent: a valid name.
const generatedName = "cfn-generated"

// built is one case's request, with where each value came from.
type built struct {
	req     client.CreateRequest
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
	if b.req.ClientName == nil {
		b.req.ClientName = client.Ptr(generatedName)
	}
	return b
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
		b.fail(RuleUnknownProp, p.key, field, nil, p.keyPos, msg)
		return
	}
	r, v := &b.req, p.v
	switch p.key {
	case "UserPoolId":
		if v.kind == vUnknown && v.poolRef {
			// The ID of a pool the template creates: Cognito makes it, so
			// it has the model's length and pattern whatever it turns out
			// to be, and no rule has anything to say of it.
			b.at(p.key, v)
			r.UserPoolID = client.Ptr(poolRefID)
			break
		}
		r.UserPoolID = b.str(p.key, field, v)
	case "ClientName":
		r.ClientName = b.str(p.key, field, v)
	case "DefaultRedirectURI":
		r.DefaultRedirectURI = b.str(p.key, field, v)
	case "PreventUserExistenceErrors":
		r.PreventUserExistenceErrors = b.str(p.key, field, v)
	case "AccessTokenValidity":
		r.AccessTokenValidity = b.int(p.key, field, v)
	case "IdTokenValidity":
		r.IDTokenValidity = b.int(p.key, field, v)
	case "AuthSessionValidity":
		r.AuthSessionValidity = b.int(p.key, field, v)
	case "RefreshTokenValidity":
		r.RefreshTokenValidity = b.int(p.key, field, v)
		if x := r.RefreshTokenValidity; x != nil && *x == 0 && v.kind == vScalar {
			b.fail(RuleSchemaMinimum, p.key, field, v, node.Pos{},
				"RefreshTokenValidity must be at least 1 in the AWS::Cognito::UserPoolClient resource schema, though the API takes 0 as 30 days: omit it for the 30-day default, or write 30 with TokenValidityUnits.RefreshToken days")
		}
	case "GenerateSecret":
		r.GenerateSecret = b.bool(p.key, field, v)
	case "AllowedOAuthFlowsUserPoolClient":
		r.AllowedOAuthFlowsUserPoolClient = b.bool(p.key, field, v)
	case "EnableTokenRevocation":
		r.EnableTokenRevocation = b.bool(p.key, field, v)
	case "EnablePropagateAdditionalUserContextData":
		r.EnablePropagateAdditionalUserContextData = b.bool(p.key, field, v)
	case "ReadAttributes":
		r.ReadAttributes = b.list(p.key, field, v)
	case "WriteAttributes":
		r.WriteAttributes = b.list(p.key, field, v)
	case "ExplicitAuthFlows":
		r.ExplicitAuthFlows = b.list(p.key, field, v)
	case "SupportedIdentityProviders":
		r.SupportedIdentityProviders = b.list(p.key, field, v)
	case "CallbackURLs":
		r.CallbackURLs = b.list(p.key, field, v)
	case "LogoutURLs":
		r.LogoutURLs = b.list(p.key, field, v)
	case "AllowedOAuthFlows":
		r.AllowedOAuthFlows = b.list(p.key, field, v)
	case "AllowedOAuthScopes":
		r.AllowedOAuthScopes = b.list(p.key, field, v)
	case "TokenValidityUnits":
		tv := &client.TokenValidityUnits{}
		if b.object(pr, field, v, func(q vpair, path, f string) {
			switch q.key {
			case "AccessToken":
				tv.AccessToken = b.str(path, f, q.v)
			case "IdToken":
				tv.IDToken = b.str(path, f, q.v)
			case "RefreshToken":
				tv.RefreshToken = b.str(path, f, q.v)
			}
		}) {
			r.TokenValidityUnits = tv
		}
	case "AnalyticsConfiguration":
		ac := &client.AnalyticsConfiguration{}
		if b.object(pr, field, v, func(q vpair, path, f string) {
			switch q.key {
			case "ApplicationArn":
				ac.ApplicationARN = b.str(path, f, q.v)
			case "ApplicationId":
				ac.ApplicationID = b.str(path, f, q.v)
			case "ExternalId":
				ac.ExternalID = b.str(path, f, q.v)
			case "RoleArn":
				ac.RoleARN = b.str(path, f, q.v)
			case "UserDataShared":
				ac.UserDataShared = b.bool(path, f, q.v)
			}
		}) {
			r.AnalyticsConfiguration = ac
		}
	case "RefreshTokenRotation":
		rt := &client.RefreshTokenRotation{}
		if b.object(pr, field, v, func(q vpair, path, f string) {
			switch q.key {
			case "Feature":
				rt.Feature = b.str(path, f, q.v)
			case "RetryGracePeriodSeconds":
				rt.RetryGracePeriodSeconds = b.int(path, f, q.v)
			}
		}) {
			r.RefreshTokenRotation = rt
		}
	}
}

// str reads a string: any scalar, as cfn-lint reads one.
// poolRefID stands for the ID of a user pool the template creates.
const poolRefID = "us-east-1_TemplatePool"

func (b *built) str(path, field string, v *val) *string {
	if v.kind == vAbsent {
		b.absent(path, v)
		return nil
	}
	b.at(path, v)
	switch v.kind {
	case vScalar:
		if v.nk != node.Null {
			return client.Ptr(v.text)
		}
	case vPartly:
		b.partly = append(b.partly, client.Partly{Path: path, Pieces: v.pieces})
		var s strings.Builder
		for _, p := range v.pieces {
			s.WriteString(p.Text)
		}
		return client.Ptr(s.String())
	case vUnknown:
		b.setUnknown(path, v.reason)
		return client.Ptr("")
	}
	b.typeErr(path, field, v, pString)
	return client.Ptr("")
}

// int reads an integer: a number, or a string that parses as one.
func (b *built) int(path, field string, v *val) *int32 {
	if v.kind == vAbsent {
		b.absent(path, v)
		return nil
	}
	b.at(path, v)
	switch v.kind {
	case vScalar:
		if v.nk == node.Number || v.nk == node.String {
			s := strings.TrimSpace(v.text)
			x, err := strconv.ParseInt(s, 10, 64)
			if err != nil && v.nk == node.Number {
				if f, ferr := strconv.ParseFloat(s, 64); ferr == nil && f == math.Trunc(f) && math.Abs(f) < 1e18 {
					x, err = int64(f), nil
				}
			}
			if err == nil && x >= math.MinInt32 && x <= math.MaxInt32 {
				return client.Ptr(int32(x))
			}
			if err == nil || strings.Contains(err.Error(), "range") {
				b.fail(RuleType, path, field, v, node.Pos{}, path+" must be an integer that fits in 32 bits")
				b.setUnknown(path, wrongType)
				return client.Ptr(int32(0))
			}
			b.fail(RuleType, path, field, v, node.Pos{}, path+" must be an integer, or a string that holds one: the value given is not a whole number")
			b.setUnknown(path, wrongType)
			return client.Ptr(int32(0))
		}
	case vPartly:
		b.setUnknown(path, holes(v.pieces))
		return client.Ptr(int32(0))
	case vUnknown:
		b.setUnknown(path, v.reason)
		return client.Ptr(int32(0))
	}
	b.typeErr(path, field, v, pInt)
	return client.Ptr(int32(0))
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

// bool reads a boolean: true or false, or a string of one as cfn-lint
// accepts it.
func (b *built) bool(path, field string, v *val) *bool {
	if v.kind == vAbsent {
		b.absent(path, v)
		return nil
	}
	b.at(path, v)
	switch v.kind {
	case vScalar:
		switch {
		case v.nk == node.Bool && strings.EqualFold(v.text, "true"):
			return client.Ptr(true)
		case v.nk == node.Bool && strings.EqualFold(v.text, "false"):
			return client.Ptr(false)
		case v.nk == node.String:
			switch v.text {
			case "true", "True", "TRUE":
				return client.Ptr(true)
			case "false", "False", "FALSE":
				return client.Ptr(false)
			}
			b.fail(RuleType, path, field, v, node.Pos{}, path+" must be a boolean: true or false")
			b.setUnknown(path, wrongType)
			return client.Ptr(false)
		}
	case vPartly:
		b.setUnknown(path, holes(v.pieces))
		return client.Ptr(false)
	case vUnknown:
		b.setUnknown(path, v.reason)
		return client.Ptr(false)
	}
	b.typeErr(path, field, v, pBool)
	return client.Ptr(false)
}

// list reads a list of strings.
func (b *built) list(path, field string, v *val) []string {
	if v.kind == vAbsent {
		b.absent(path, v)
		return nil
	}
	b.at(path, v)
	switch v.kind {
	case vUnknown:
		b.setUnknown(path, v.reason)
		return []string{}
	case vList:
	default:
		b.typeErr(path, field, v, pList)
		return []string{}
	}
	out := make([]string, 0, len(v.items))
	for i, it := range v.items {
		ip := path + "[" + strconv.Itoa(i) + "]"
		f := field + "[" + strconv.Itoa(i) + "]"
		s := b.str(ip, f, it)
		if s == nil {
			s = client.Ptr("")
		}
		out = append(out, *s)
	}
	return out
}

// object reads a structure; member is called for each known member. It
// reports false when the value is absent.
func (b *built) object(pr *prop, field string, v *val, member func(q vpair, path, field string)) bool {
	path := pr.name
	if v.kind == vAbsent {
		b.absent(path, v)
		return false
	}
	b.at(path, v)
	switch v.kind {
	case vUnknown:
		b.setUnknown(path, v.reason)
		return true
	case vMap:
	default:
		b.typeErr(path, field, v, pObject)
		return true
	}
	for _, q := range v.pairs {
		qp := path + "." + q.key
		qf := field + "." + q.key
		if lookupIn(pr.fields, q.key) == nil {
			if q.v.kind == vAbsent {
				continue
			}
			msg := qp + " is not a member of " + pr.name
			if s := suggest(pr.fields, q.key); s != "" {
				msg += ": did you mean " + s + "?"
			}
			b.fail(RuleUnknownProp, qp, qf, nil, q.keyPos, msg)
			continue
		}
		member(q, qp, qf)
	}
	return true
}
