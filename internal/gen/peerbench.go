package main

import (
	"strconv"
	"strings"
)

// The outputs for the nested module client/internal/peerbench: Floor, the least
// work any check of a decoded CreateUserPoolClientRequest can do, and Create,
// the same request with go-playground/validator tags. Both follow the members
// of the Create root in model order, with direct field access.

// --- Floor

// floorTerm is the Floor term of a member that is not a structure: runesP
// for a string or an enum, runesL for a list, ints against the model's
// maximum for an integer, flag for a boolean. A time has nothing to visit.
// For FloorPattern (pattern set), strings and lists are classP and classL
// instead, with the model's maximum length of the string or list item.
func floorTerm(x *member, expr string, pattern bool) string {
	switch x.Shape.Kind {
	case "string", "enum":
		if pattern {
			return "classP(" + expr + ", " + maxLength(x.Shape) + ")"
		}
		return "runesP(" + expr + ")"
	case "list":
		if pattern {
			return "classL(" + expr + ", " + maxLength(x.Shape.Item) + ")"
		}
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

// maxLength is the model's maximum length of a string shape, in characters;
// an enum's is that of its longest value.
func maxLength(s *shape) string {
	if s.Max != nil {
		return strconv.FormatInt(*s.Max, 10)
	}
	n := 0
	for _, v := range s.Enum {
		n = max(n, len([]rune(v)))
	}
	if n == 0 {
		return "2147483647"
	}
	return strconv.Itoa(n)
}

// floorMembers writes the sums for members, whose values are owner.GoName;
// depth names the variable of each nested structure.
func floorMembers(w *writer, members []*member, owner string, depth int, pattern bool) {
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
			if t := floorTerm(x, expr, pattern); t != "" {
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
		floorMembers(w, x.Shape.Members, v, depth+1, pattern)
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
	floorMembers(w, r.Members, "r", 0, false)
	w.p("return n")
	w.p("}")
	w.p("")
	w.p("// FloorPattern is the least work a check of every pattern and length can")
	w.p("// do: one class-table lookup per byte of every string, which also counts")
	w.p("// its characters, one compare of that count with the model's maximum")
	w.p("// length, and one compare per integer. It allocates nothing, builds no")
	w.p("// paths and knows no rule; Check's ratio to it is its overhead over")
	w.p("// pattern and length checks done as cheaply as they can be.")
	w.p("//")
	w.p("// It walks the members as Floor does: classP and classL are in floor.go.")
	w.p("func FloorPattern(r *client.%s) int {", r.GoType)
	w.p("n := 0")
	floorMembers(w, r.Members, "r", 0, true)
	w.p("return n")
	w.p("}")
}

// --- the validator mirror

// patternTag is the name under which peerbench.NewValidator registers the
// validator of a model pattern (peerbench.PatternTags): aws_ and the
// charclass name in lower case.
func patternTag(pattern string) string { return "aws_" + strings.ToLower(className(pattern)) }

// validateRule is the validator rule of a shape, after required or omitnil:
// min and max where the model sets them, then the pattern's validator for a
// string, oneof for an enum, or dive and the item's rule for a list.
func validateRule(s *shape) string {
	var parts []string
	if s.Min != nil {
		parts = append(parts, "min="+strconv.FormatInt(*s.Min, 10))
	}
	if s.Max != nil {
		parts = append(parts, "max="+strconv.FormatInt(*s.Max, 10))
	}
	switch s.Kind {
	case "string":
		if s.Pattern != "" {
			parts = append(parts, patternTag(s.Pattern))
		}
	case "enum":
		parts = append(parts, "oneof="+strings.Join(s.Enum, " "))
	case "list":
		parts = append(parts, "dive", validateRule(s.Item))
	}
	return strings.Join(parts, ",")
}

// mirrorType is the Go type of a member in the validator mirror.
func mirrorType(x *member) string {
	switch x.Shape.Kind {
	case "string", "enum":
		return "*string"
	case "integer":
		return "*int32"
	case "boolean":
		return "*bool"
	case "list":
		return "[]string"
	case "timestamp":
		return "*time.Time"
	case "structure":
		return "*" + x.Shape.GoType
	}
	panic("kind " + x.Shape.Kind)
}

func mirrorStruct(w *writer, name string, members []*member) {
	w.p("type %s struct {", name)
	for _, x := range members {
		tag := "omitnil"
		if x.Required {
			tag = "required"
		}
		if rule := validateRule(x.Shape); rule != "" {
			tag += "," + rule
		}
		w.p("%s %s `json:%q validate:%q`", x.GoName, mirrorType(x), x.Name, tag)
	}
	w.p("}")
}

func emitValidator(m *model, w *writer) {
	r := m.roots[0]
	// The structures the mirror needs, in the order first met.
	var nested []*shape
	seen := map[*shape]bool{}
	var walk func(members []*member)
	walk = func(members []*member) {
		for _, x := range members {
			if x.Shape.Kind == "structure" && !seen[x.Shape] {
				seen[x.Shape] = true
				nested = append(nested, x.Shape)
				walk(x.Shape.Members)
			}
		}
	}
	walk(r.Members)
	times := false
	for _, s := range append([]*shape{r}, nested...) {
		for _, x := range s.Members {
			times = times || x.Shape.Kind == "timestamp"
		}
	}

	w.p("%s", header)
	w.p("package peerbench")
	if times {
		w.p("")
		w.p(`import "time"`)
	}
	w.p("")
	w.p("// Create is %s as a plain struct with", r.Name)
	w.p("// go-playground/validator tags carrying the model's limits: min and max")
	w.p("// (string lengths count runes in validator, as Smithy counts code points;")
	w.p("// on lists they count items; on integers they bound the value), oneof for")
	w.p("// enums, dive for list items, and one registered regexp validator per model")
	w.p("// pattern (PatternTags). omitnil skips a member that was not sent.")
	w.p("// TestValidatorTagsMatchBounds compares every tag with the model bounds.")
	w.p("//")
	w.p("// It is also the target of the plain encoding/json Unmarshal benchmark.")
	mirrorStruct(w, "Create", r.Members)
	for _, s := range nested {
		w.p("")
		w.p("// %s is %s.", s.GoType, s.Name)
		mirrorStruct(w, s.GoType, s.Members)
	}
}
