package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/cognitokit/appclient/internal/charclass"
	"github.com/cognitokit/appclient/internal/spec"
)

// pinned is testdata/model/bounds.json: the app client shapes of the AWS
// model, one row per member and one entry per shape.
type pinned struct {
	Source json.RawMessage            `json:"source"`
	Roots  map[string][]pinnedMember  `json:"roots"`
	Shapes map[string]pinnedShapeJSON `json:"shapes"`
}

type pinnedMember struct {
	Name     string `json:"name"`
	Target   string `json:"target"`
	Required bool   `json:"required"`
}

type pinnedShapeJSON struct {
	Type       string            `json:"type"`
	Constraint string            `json:"constraint,omitempty"`
	Min        *int64            `json:"min,omitempty"`
	Max        *int64            `json:"max,omitempty"`
	Pattern    string            `json:"pattern,omitempty"`
	Enum       []string          `json:"enum,omitempty"`
	EnumNames  map[string]string `json:"enum_member_names,omitempty"`
	Member     string            `json:"member,omitempty"`
	Members    []pinnedMember    `json:"members,omitempty"`
	Sensitive  bool              `json:"sensitive,omitempty"`
	Default    json.RawMessage   `json:"default,omitempty"`
}

// The three roots, in the order spec.Roots lists them, and the Go types that
// hold them.
var roots = []struct{ model, goType string }{
	{"CreateUserPoolClientRequest", "CreateRequest"},
	{"UpdateUserPoolClientRequest", "UpdateRequest"},
	{"UserPoolClientType", "UserPoolClient"},
}

// model is the loaded data, with Go names derived.
type model struct {
	shapes map[string]*shape
	roots  []*shape // Create, Update, UserPoolClientType
	// shared are the members every root has (client.Settings), in the order
	// of UserPoolClientType.
	shared map[string]bool
}

type shape struct {
	Name      string // model name: "UserPoolIdType"
	Kind      string // string, integer, boolean, enum, list, structure, timestamp
	Min, Max  *int64
	Pattern   string
	Enum      []string
	Item      *shape
	Members   []*member
	Sensitive bool
	GoType    string // structures: the client type ("TokenValidityUnits")
	Root      bool
}

type member struct {
	Name     string // wire name
	GoName   string // Go field name
	Shape    *shape
	Required bool
}

func loadModel(root string) (*model, error) {
	data, err := os.ReadFile(filepath.Join(root, "testdata", "model", "bounds.json"))
	if err != nil {
		return nil, err
	}
	var p pinned
	if err := json.Unmarshal(data, &p); err != nil {
		return nil, fmt.Errorf("testdata/model/bounds.json: %v", err)
	}
	m := &model{shapes: map[string]*shape{}, shared: map[string]bool{}}
	for name, ps := range p.Shapes {
		m.shapes[name] = &shape{Name: name, Kind: ps.Type, Min: ps.Min, Max: ps.Max, Pattern: ps.Pattern,
			Enum: ps.Enum, Sensitive: ps.Sensitive}
	}
	resolve := func(owner string, pm []pinnedMember) ([]*member, error) {
		var out []*member
		for _, x := range pm {
			s, ok := m.shapes[x.Target]
			if !ok {
				return nil, fmt.Errorf("%s.%s: unknown shape %s", owner, x.Name, x.Target)
			}
			out = append(out, &member{Name: x.Name, GoName: goName(x.Name), Shape: s, Required: x.Required})
		}
		return out, nil
	}
	for name, ps := range p.Shapes {
		s := m.shapes[name]
		switch ps.Type {
		case "list":
			item, ok := m.shapes[ps.Member]
			if !ok {
				return nil, fmt.Errorf("%s: unknown member shape %s", name, ps.Member)
			}
			if item.Kind != "string" && item.Kind != "enum" {
				return nil, fmt.Errorf("%s: lists of %s are not supported", name, item.Kind)
			}
			s.Item = item
		case "structure":
			if s.Members, err = resolve(name, ps.Members); err != nil {
				return nil, err
			}
			s.GoType = strings.TrimSuffix(goName(name), "Type")
		case "string", "integer", "boolean", "enum", "timestamp":
		default:
			return nil, fmt.Errorf("%s: shape type %q is not supported: teach internal/gen", name, ps.Type)
		}
		if ps.Pattern != "" && className(ps.Pattern) == "" {
			return nil, fmt.Errorf("%s: no scanner in internal/charclass for the pattern %s: add a Class and name it in internal/gen", name, ps.Pattern)
		}
	}
	for _, r := range roots {
		pm, ok := p.Roots[r.model]
		if !ok {
			return nil, fmt.Errorf("bounds.json has no root %s", r.model)
		}
		s := &shape{Name: r.model, Kind: "structure", GoType: r.goType, Root: true}
		if s.Members, err = resolve(r.model, pm); err != nil {
			return nil, err
		}
		m.shapes[r.model] = s
		m.roots = append(m.roots, s)
	}
	for _, x := range m.roots[2].Members {
		if m.roots[0].member(x.Name) != nil && m.roots[1].member(x.Name) != nil {
			m.shared[x.Name] = true
		}
	}
	return m, nil
}

func (s *shape) member(name string) *member {
	for _, x := range s.Members {
		if x.Name == name {
			return x
		}
	}
	return nil
}

// reachable lists the shapes reachable from the roots, sorted by name.
func (m *model) reachable() []*shape {
	seen := map[*shape]bool{}
	var walk func(s *shape)
	walk = func(s *shape) {
		if s == nil || seen[s] {
			return
		}
		seen[s] = true
		if s.Item != nil {
			walk(s.Item)
		}
		for _, x := range s.Members {
			walk(x.Shape)
		}
	}
	for _, r := range m.roots {
		walk(r)
	}
	var out []*shape
	for s := range seen {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// nested lists the structures that are not roots, sorted by name.
func (m *model) nested() []*shape {
	var out []*shape
	for _, s := range m.reachable() {
		if s.Kind == "structure" && !s.Root {
			out = append(out, s)
		}
	}
	return out
}

// outputOnly reports whether a member of UserPoolClientType is in neither
// request: AWS sets it (CreationDate, LastModifiedDate, ClientType).
func (m *model) outputOnly(name string) bool {
	return m.roots[0].member(name) == nil && m.roots[1].member(name) == nil
}

// goName is spec.GoName: the Go name of an AWS name.
func goName(aws string) string { return spec.GoName(aws) }

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// classNames names the charclass classes, indexed by Class.
var classNames = []string{"None", "UserPoolID", "ClientName", "WordPlus", "ProviderName", "RedirectURL", "Scope", "Hex", "ARN"}

// className returns the charclass identifier whose pattern is p.
func className(p string) string {
	for c := charclass.Class(1); int(c) < len(classNames); c++ {
		if c.Pattern() == p {
			return classNames[c]
		}
	}
	return ""
}
