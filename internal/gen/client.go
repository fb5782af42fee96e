package main

import (
	"strconv"
	"strings"
)

// lifetimes are the members that Diff and WithChanges treat as token
// lifetimes (a value and its unit together) rather than member by member.
var lifetimes = map[string]string{
	"RefreshTokenValidity": "units.RefreshToken",
	"AccessTokenValidity":  "units.AccessToken",
	"IdTokenValidity":      "units.IDToken",
	"TokenValidityUnits":   "",
}

// unexported returns a Go name with its first letter lowered.
func unexported(s string) string {
	// Leading initialisms are lowered whole: IDToken → idToken.
	n := 0
	for n < len(s) && isUpper(s[n]) {
		n++
	}
	if n > 1 && n < len(s) {
		n--
	}
	return strings.ToLower(s[:n]) + s[n:]
}

// sharedMembers are the members of client.Settings, in the order of
// UserPoolClientType.
func (m *model) sharedMembers() []*member {
	var out []*member
	for _, x := range m.roots[2].Members {
		if m.shared[x.Name] {
			out = append(out, x)
		}
	}
	return out
}

// own are the members of a root that are not in Settings.
func (m *model) own(r *shape) []*member {
	var out []*member
	for _, x := range r.Members {
		if !m.shared[x.Name] {
			out = append(out, x)
		}
	}
	return out
}

func emitClient(m *model, w *writer) {
	w.p("%s", header)
	w.p("package client")
	w.p("")
	w.p("import (")
	w.p(`"github.com/cognitokit/appclient/internal/spec"`)
	w.p(`"github.com/cognitokit/appclient/units"`)
	w.p(")")
	emitDecode(m, w)
	emitCheck(m, w)
	emitEncode(m, w)
	emitClone(m, w)
	emitEqual(m, w)
	emitDiff(m, w)
	emitOverlay(m, w)
}

// --- decoding

func decodeCall(x *member, name string) string {
	switch x.Shape.Kind {
	case "string", "enum":
		return "d.str(" + name + ")"
	case "integer":
		return "d.int32(" + name + ")"
	case "boolean":
		return "d.boolean(" + name + ")"
	case "list":
		return "d.list(" + name + ")"
	case "timestamp":
		return "d.timestamp(" + name + ")"
	case "structure":
		return "d.read" + x.Shape.GoType + "(" + name + ")"
	}
	panic("kind " + x.Shape.Kind)
}

func emitDecode(m *model, w *writer) {
	for _, r := range m.roots {
		w.p("")
		w.p("// read%s reads the value of member m of %s into r.", r.GoType, r.Name)
		w.p("func (d *decoder) read%s(r *%s, m spec.Member) {", r.GoType, r.GoType)
		w.p("switch m.Name {")
		for _, x := range r.Members {
			w.p("case %q:", x.Name)
			w.p("r.%s = %s", x.GoName, decodeCall(x, "m.Name"))
		}
		w.p("}")
		w.p("}")
	}
	for _, s := range m.nested() {
		w.p("")
		w.p("// read%s reads a %s object; it returns nil for null and for a", s.GoType, s.Name)
		w.p("// value of another type (reported), so that a repeated member's last value counts.")
		w.p("func (d *decoder) read%s(name string) *%s {", s.GoType, s.GoType)
		w.p("var v %s", s.GoType)
		w.p("if !d.object(d.path(name), spec.%s, func(m spec.Member) {", specVar(s))
		w.p("switch m.Name {")
		for _, x := range s.Members {
			w.p("case %q:", x.Name)
			w.p("v.%s = %s", x.GoName, decodeCall(x, "m.Name"))
		}
		w.p("}")
		w.p("}) {")
		w.p("return nil")
		w.p("}")
		w.p("return &v")
		w.p("}")
	}
}

// --- the model walk of Check

func emitCheck(m *model, w *writer) {
	done := map[string]bool{}
	var nested []*member
	for _, r := range m.roots {
		w.p("")
		w.p("// model%s applies the model rules to every member of %s, in model order.", r.GoType, r.Name)
		w.p("func (c *checker) model%s(r *%s) {", r.GoType, r.GoType)
		for _, x := range r.Members {
			checkMember(w, x, "r."+x.GoName, x.Name, "")
			if x.Shape.Kind == "structure" && !done[x.Name] {
				done[x.Name] = true
				nested = append(nested, x)
			}
		}
		w.p("}")
	}
	for _, x := range nested {
		w.p("")
		w.p("// model%s applies the model rules to the members of %s.", x.GoName, x.Name)
		w.p("func (c *checker) model%s(v *%s) {", x.GoName, x.Shape.GoType)
		for _, y := range x.Shape.Members {
			checkMember(w, y, "v."+y.GoName, x.Name+"."+y.Name, x.Name)
		}
		w.p("}")
	}
}

func checkMember(w *writer, x *member, expr, path, parent string) {
	if x.Required {
		if parent == "" {
			w.p("c.requiredByOp(%q, %s != nil)", path, expr)
		} else {
			w.p("c.requiredIn(%q, %s != nil, %q)", path, expr, parent)
		}
	}
	switch x.Shape.Kind {
	case "string", "enum":
		w.p("c.str(%q, %s, spec.%s)", path, expr, specVar(x.Shape))
	case "integer":
		w.p("c.int(%q, %s, spec.%s)", path, expr, specVar(x.Shape))
	case "list":
		w.p("c.list(%q, %s, spec.%s)", path, expr, specVar(x.Shape))
	case "structure":
		w.p("if v := %s; v != nil {", expr)
		w.p("c.model%s(v)", x.GoName)
		w.p("}")
	}
}

// --- encoding

func encodeMember(w *writer, x *member, expr string) {
	switch x.Shape.Kind {
	case "string", "enum":
		w.p("e.str(%q, %s)", x.Name, expr)
	case "integer":
		w.p("e.int(%q, %s)", x.Name, expr)
	case "boolean":
		w.p("e.boolean(%q, %s)", x.Name, expr)
	case "list":
		w.p("e.list(%q, %s)", x.Name, expr)
	case "timestamp":
		w.p("e.time(%q, %s)", x.Name, expr)
	case "structure":
		w.p("if v := %s; v != nil {", expr)
		w.p("e.name(%q)", x.Name)
		w.p("e.write%s(v)", x.Shape.GoType)
		w.p("}")
	}
}

func emitEncode(m *model, w *writer) {
	for _, r := range m.roots {
		w.p("")
		w.p("// write%s writes r as a %s object with the AWS wire names, in", r.GoType, r.Name)
		w.p("// model order, leaving out absent members.")
		w.p("func (e *encoder) write%s(r *%s) {", r.GoType, r.GoType)
		w.p("e.begin()")
		for _, x := range r.Members {
			encodeMember(w, x, "r."+x.GoName)
		}
		w.p("e.end()")
		w.p("}")
	}
	for _, s := range m.nested() {
		w.p("")
		w.p("// write%s writes a %s object.", s.GoType, s.Name)
		w.p("func (e *encoder) write%s(v *%s) {", s.GoType, s.GoType)
		w.p("e.begin()")
		for _, x := range s.Members {
			encodeMember(w, x, "v."+x.GoName)
		}
		w.p("e.end()")
		w.p("}")
	}
}

// --- clone

func cloneExpr(x *member, expr string) string {
	switch x.Shape.Kind {
	case "list":
		return "cloneList(" + expr + ")"
	case "structure":
		return "clone" + x.Shape.GoType + "(" + expr + ")"
	}
	return "clonePtr(" + expr + ")"
}

func emitClone(m *model, w *writer) {
	w.p("")
	w.p("// clone returns a deep copy of s.")
	w.p("func (s Settings) clone() Settings {")
	w.p("return Settings{")
	for _, x := range m.sharedMembers() {
		w.p("%s: %s,", x.GoName, cloneExpr(x, "s."+x.GoName))
	}
	w.p("}")
	w.p("}")
	for _, r := range m.roots {
		w.p("")
		w.p("// clone returns a deep copy of r.")
		w.p("func (r %s) clone() %s {", r.GoType, r.GoType)
		w.p("return %s{", r.GoType)
		w.p("Settings: r.Settings.clone(),")
		for _, x := range m.own(r) {
			w.p("%s: %s,", x.GoName, cloneExpr(x, "r."+x.GoName))
		}
		w.p("}")
		w.p("}")
	}
	for _, s := range m.nested() {
		w.p("")
		w.p("// clone%s returns a deep copy of v; nil stays nil.", s.GoType)
		w.p("func clone%s(v *%s) *%s {", s.GoType, s.GoType, s.GoType)
		w.p("if v == nil {")
		w.p("return nil")
		w.p("}")
		w.p("return &%s{", s.GoType)
		for _, x := range s.Members {
			w.p("%s: %s,", x.GoName, cloneExpr(x, "v."+x.GoName))
		}
		w.p("}")
		w.p("}")
	}
}

// --- equality

func equalExpr(x *member, a, b string) string {
	switch x.Shape.Kind {
	case "list":
		return "eqList(" + a + ", " + b + ")"
	case "structure":
		return "equal" + x.Shape.GoType + "(" + a + ", " + b + ")"
	case "timestamp":
		return "sameTime(" + a + ", " + b + ")"
	}
	return "eq(" + a + ", " + b + ")"
}

func emitEqual(m *model, w *writer) {
	conj := func(members []*member, a, b string, first string) {
		parts := []string{}
		if first != "" {
			parts = append(parts, first)
		}
		for _, x := range members {
			parts = append(parts, equalExpr(x, a+"."+x.GoName, b+"."+x.GoName))
		}
		w.p("return %s", strings.Join(parts, " &&\n"))
	}
	w.p("")
	w.p("// equal compares every member of s and o: the same presence and the same")
	w.p("// values, lists in order, an absent list unequal to an empty one.")
	w.p("func (s *Settings) equal(o *Settings) bool {")
	conj(m.sharedMembers(), "s", "o", "")
	w.p("}")
	for _, r := range m.roots {
		w.p("")
		w.p("// equal compares every member of r and o, as Settings.equal does; dates")
		w.p("// are equal when they are the same instant.")
		w.p("func (r *%s) equal(o *%s) bool {", r.GoType, r.GoType)
		conj(m.own(r), "r", "o", "r.Settings.equal(&o.Settings)")
		w.p("}")
	}
	for _, s := range m.nested() {
		w.p("")
		w.p("func equal%s(a, b *%s) bool {", s.GoType, s.GoType)
		w.p("if a == nil || b == nil {")
		w.p("return a == b")
		w.p("}")
		conj(s.Members, "a", "b", "")
		w.p("}")
	}
}

// --- Diff

func diffMember(w *writer, x *member, a, b, path string) {
	switch x.Shape.Kind {
	case "string", "enum":
		w.p("d.str(%q, %s, %s)", path, a, b)
	case "integer":
		w.p("d.int(%q, %s, %s)", path, a, b)
	case "boolean":
		w.p("d.boolean(%q, %s, %s)", path, a, b)
	case "list":
		w.p("d.list(%q, %s, %s)", path, a, b)
	case "timestamp":
		w.p("d.time(%q, %s, %s)", path, a, b)
	case "structure":
		w.p("switch x, y := %s, %s; {", a, b)
		w.p("case x != nil && y != nil:")
		for _, y := range x.Shape.Members {
			diffMember(w, y, "x."+y.GoName, "y."+y.GoName, path+"."+y.Name)
		}
		w.p("case x != nil || y != nil:")
		w.p("d.add(%q, text%s(x), text%s(y))", path, x.Shape.GoType, x.Shape.GoType)
		w.p("}")
	}
}

func emitDiff(m *model, w *writer) {
	r := m.roots[2]
	var texts []*shape
	w.p("")
	w.p("// members compares a and b, both normalized, member by member in the")
	w.p("// order of UserPoolClientType (see Diff).")
	w.p("func (d *differ) members(a, b *UserPoolClient) {")
	for _, x := range r.Members {
		switch {
		case x.Name == "ClientId":
			w.p("d.clientID(a.ClientID, b.ClientID)")
		case x.Name == "ClientSecret":
			w.p("d.secret(a.ClientSecret, b.ClientSecret)")
		case lifetimes[x.Name] != "":
			w.p("d.lifetime(&a.Settings, &b.Settings, %s)", lifetimes[x.Name])
		case x.Name == "TokenValidityUnits":
			w.p("// TokenValidityUnits: folded into the lifetimes.")
		case m.outputOnly(x.Name):
			w.p("// %s: set by AWS, not compared.", x.Name)
		default:
			diffMember(w, x, "a."+x.GoName, "b."+x.GoName, x.Name)
			if x.Shape.Kind == "structure" {
				texts = append(texts, x.Shape)
			}
		}
	}
	w.p("}")
	for _, s := range texts {
		w.p("")
		w.p("// text%s renders a %s as compact JSON, or as absent.", s.GoType, s.Name)
		w.p("func text%s(v *%s) string {", s.GoType, s.GoType)
		w.p("if v == nil {")
		w.p("return absentText")
		w.p("}")
		w.p("var e encoder")
		w.p("e.write%s(v)", s.GoType)
		w.p("return string(e.buf)")
		w.p("}")
	}
}

// --- WithChanges

func emitOverlay(m *model, w *writer) {
	w.p("")
	w.p("// overlay replaces each member of s that c has (a non-nil pointer or")
	w.p("// slice) with a copy of c's. The token lifetimes are left to the caller:")
	w.p("// a value and its unit change together.")
	w.p("func (s *Settings) overlay(c *Settings) {")
	for _, x := range m.sharedMembers() {
		if _, ok := lifetimes[x.Name]; ok {
			continue
		}
		w.p("if c.%s != nil {", x.GoName)
		w.p("s.%s = %s", x.GoName, cloneExpr(x, "c."+x.GoName))
		w.p("}")
	}
	w.p("}")
}

var _ = strconv.Quote
