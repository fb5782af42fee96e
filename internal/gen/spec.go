package main

import (
	"strconv"
	"strings"
)

var kinds = map[string]string{"string": "String", "integer": "Integer", "boolean": "Boolean", "enum": "Enum",
	"list": "List", "structure": "Structure", "timestamp": "Timestamp"}

// specVar is the Go name of a shape's variable in package spec.
func specVar(s *shape) string { return goName(s.Name) }

func bound(v *int64) string {
	if v == nil {
		return "NoLimit"
	}
	return strconv.FormatInt(*v, 10)
}

func emitSpec(m *model, w *writer) {
	w.p("%s", header)
	w.p("package spec")
	w.p("")
	w.p(`import "github.com/cognitokit/appclient/internal/charclass"`)
	w.p("")
	w.p("// The shapes of the app client members, one per model shape.")
	w.p("var (")
	for _, s := range m.reachable() {
		if s.Root {
			continue
		}
		w.p("\t%s = %s", specVar(s), shapeLiteral(s))
	}
	w.p(")")
	w.p("")
	w.p("// The three roots, each with its members in model order.")
	w.p("var (")
	for _, s := range m.roots {
		w.p("\t%s = %s", specVar(s), shapeLiteral(s))
	}
	w.p(")")
}

func shapeLiteral(s *shape) string {
	var b strings.Builder
	b.WriteString("&Shape{Name: " + strconv.Quote(s.Name) + ", Kind: " + kinds[s.Kind] +
		", Min: " + bound(s.Min) + ", Max: " + bound(s.Max))
	if s.Pattern != "" {
		b.WriteString(", Pattern: charclass." + className(s.Pattern))
	}
	if s.Enum != nil {
		b.WriteString(", Enum: []string{")
		for i, e := range s.Enum {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(strconv.Quote(e))
		}
		b.WriteString("}")
	}
	if s.Item != nil {
		b.WriteString(", Item: " + specVar(s.Item))
	}
	if s.Kind == "structure" {
		b.WriteString(", Members: []Member{\n")
		for _, x := range s.Members {
			b.WriteString("\t\t{Name: " + strconv.Quote(x.Name) + ", Shape: " + specVar(x.Shape))
			if x.Required {
				b.WriteString(", Required: true")
			}
			b.WriteString("},\n")
		}
		b.WriteString("\t}")
	}
	if s.Sensitive {
		b.WriteString(", Sensitive: true")
	}
	b.WriteString("}")
	return b.String()
}
