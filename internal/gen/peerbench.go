package main

import (
	"strconv"
	"strings"
)

// The output for the nested module internal/peerbench: Floor, the least
// work any check of a decoded CreateUserPoolClientRequest can do. It follows
// the members of the Create root in model order, with direct field access.

// --- Floor

// floorTerm is the Floor term of a member that is not a structure: runesP
// for a string or an enum, runesL for a list, ints against the model's
// maximum for an integer, flag for a boolean. A time has nothing to visit.
func floorTerm(x *member, expr string) string {
	switch x.Shape.Kind {
	case "string", "enum":
		return "runesP(" + expr + ")"
	case "list":
		return "runesL(" + expr + ")"
	case "integer":
		limit := "2147483647" // no maximum in the model: every int32 passes
		if x.Shape.Max != nil {
			limit = strconv.FormatInt(*x.Shape.Max, 10)
		}
		return "ints(" + expr + ", " + limit + ")"
	case "boolean":
		return "flag(" + expr + ")"
	case "timestamp":
		return ""
	}
	panic("kind " + x.Shape.Kind)
}

// floorMembers writes the sums for members, whose values are owner.GoName;
// depth names the variable of each nested structure.
func floorMembers(w *writer, members []*member, owner string, depth int) {
	var terms []string
	flush := func() {
		if len(terms) > 0 {
			w.p("n += %s", strings.Join(terms, " +\n"))
			terms = nil
		}
	}
	for _, x := range members {
		expr := owner + "." + x.GoName
		if x.Shape.Kind != "structure" {
			if t := floorTerm(x, expr); t != "" {
				terms = append(terms, t)
			}
			continue
		}
		flush()
		v := "v"
		if depth > 0 {
			v += strconv.Itoa(depth)
		}
		w.p("if %s := %s; %s != nil {", v, expr, v)
		floorMembers(w, x.Shape.Members, v, depth+1)
		w.p("}")
	}
	flush()
}

func emitFloor(m *model, w *writer) {
	r := m.roots[0]
	w.p("%s", header)
	w.p("package peerbench")
	w.p("")
	w.p(`import "github.com/cognitokit/appclient/client"`)
	w.p("")
	w.p("// Floor is the least work any check of a decoded request can do: it visits")
	w.p("// every rune of every string once (decoding UTF-8, one comparison per rune)")
	w.p("// and compares every integer once. It allocates nothing, builds no paths and")
	w.p("// knows no rule. Check's ratio to Floor is its overhead over reading the data.")
	w.p("//")
	w.p("// It walks every member of %s in model order, with", r.Name)
	w.p("// direct field access: runesP, runesL, ints (against the model's maximum)")
	w.p("// and flag are in floor.go.")
	w.p("func Floor(r *client.%s) int {", r.GoType)
	w.p("n := 0")
	floorMembers(w, r.Members, "r", 0)
	w.p("return n")
	w.p("}")
}
