package cfn

import (
	_ "embed"
	"slices"
	"strconv"
	"strings"

	"github.com/cognitokit/appclient/client/cfn/internal/node"
	"github.com/cognitokit/appclient/internal/nearest"
)

// propKind is a property's schema type.
type propKind uint8

const (
	pString propKind = iota + 1
	pInt
	pBool
	pList   // a list of strings
	pObject // a structure; its members are in fields
)

func (k propKind) String() string {
	switch k {
	case pString:
		return "a string"
	case pInt:
		return "an integer"
	case pBool:
		return "a boolean"
	case pList:
		return "a list of strings"
	}
	return "a map"
}

// prop is one property of AWS::Cognito::UserPoolClient, or one member of
// a structure property, as the resource schema types it. Names are the API
// members' names.
type prop struct {
	name   string
	kind   propKind
	fields []prop
	min    *int64 // an integer's schema minimum, if any
}

// schemaJSON is the resource schema of AWS::Cognito::UserPoolClient, as the
// CloudFormation registry publishes it (and cfn-lint ships it): what
// CloudFormation accepts is data, one property per row. When
// CloudFormation adds a property, refresh this file; TestSchemaMatchesModel
// says whether the API model appclient knows has the member.
//
//go:embed schema.json
var schemaJSON []byte

// props are the settable properties, in the schema's order, and readOnly
// the schema's read-only ones (never settable: ClientSecret, ClientId,
// Name). Both are read from the schema once and never changed.
var props, readOnly = loadSchema(schemaJSON)

// loadSchema reads the properties from the resource schema. The schema is
// part of the program: one it cannot read is a bug, caught by every test.
func loadSchema(data []byte) ([]prop, []string) {
	root, err := node.ParseJSON(data)
	if err != nil {
		panic("cfn: the embedded resource schema: " + err.Error())
	}
	var ro []string
	if list := root.Get("readOnlyProperties"); list != nil {
		for _, it := range list.Items {
			ro = append(ro, strings.TrimPrefix(it.Text, "/properties/"))
		}
	}
	defs := root.Get("definitions")
	var read func(pairs []node.Pair, skip []string) []prop
	read = func(pairs []node.Pair, skip []string) []prop {
		var out []prop
		for _, p := range pairs {
			if slices.Contains(skip, p.Key) {
				continue
			}
			pr := prop{name: p.Key}
			def := p.Value
			if ref := def.Get("$ref"); ref != nil {
				def = defs.Get(strings.TrimPrefix(ref.Text, "#/definitions/"))
			}
			switch def.Get("type").Text {
			case "string":
				pr.kind = pString
			case "integer":
				pr.kind = pInt
				if m := def.Get("minimum"); m != nil {
					n, err := strconv.ParseInt(m.Text, 10, 64)
					if err != nil {
						panic("cfn: the embedded resource schema: " + p.Key + ": minimum " + m.Text)
					}
					pr.min = &n
				}
			case "boolean":
				pr.kind = pBool
			case "array":
				pr.kind = pList
			case "object":
				pr.kind = pObject
				pr.fields = read(def.Get("properties").Pairs, nil)
			default:
				panic("cfn: the embedded resource schema: " + p.Key + ": type " + def.Get("type").Text)
			}
			out = append(out, pr)
		}
		return out
	}
	return read(root.Get("properties").Pairs, ro), ro
}

func lookupIn(list []prop, name string) *prop {
	for i := range list {
		if list[i].name == name {
			return &list[i]
		}
	}
	return nil
}

// lookupProp returns the property named name, or nil.
func lookupProp(name string) *prop { return lookupIn(props, name) }

// suggest returns the name in list a misspelt name most likely meant, or
// "" (see nearest.Name).
func suggest(list []prop, name string) string {
	return nearest.Name(name, func(yield func(string) bool) {
		for _, p := range list {
			if !yield(p.name) {
				return
			}
		}
	})
}
