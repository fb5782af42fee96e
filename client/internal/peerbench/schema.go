// Package peerbench measures appclient side by side with general-purpose
// validators on the same inputs: the three fixtures in testdata/bench.
//
// It is a module of its own so that the peers (a JSON Schema validator and a
// struct-tag validator) never become dependencies of appclient itself. The
// peers are given the same constraints as appclient's model checks, read from
// the pinned model bounds (testdata/model/bounds.json):
//
//   - JSONSchema: github.com/santhosh-tekuri/jsonschema/v6 against the schema
//     that GenerateSchema builds from the bounds.
//   - Validator: github.com/go-playground/validator/v10 on Create, whose tags
//     carry the same limits (a test compares them with the bounds).
//   - Unmarshal: plain encoding/json into Create, no validation at all.
//   - Floor and FloorBytes: loops that only look at the data once; no
//     validator can be faster than reading its input.
//
// appclient checks more than the model does (URL rules, flow and scope
// combinations, warnings); the peers check only the model. Their numbers are
// therefore a lower bound on what the same work would cost with them.
//
// Run "go run ./cmd/table" in this directory for the table; README.md has the
// details.
package peerbench

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/cognitokit/appclient/internal/charclass"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// RepoRoot is the appclient repository root, relative to this package's
// directory (where go test runs).
const RepoRoot = "../../.."

// BoundsPath is the pinned model bounds.
var BoundsPath = filepath.Join(RepoRoot, "testdata", "model", "bounds.json")

// Fixtures are the benchmark fixtures, in testdata/bench, smallest first.
var Fixtures = []string{"minimal", "typical", "large"}

// ReadFixture reads testdata/bench/NAME.json.
func ReadFixture(name string) ([]byte, error) {
	return os.ReadFile(filepath.Join(RepoRoot, "testdata", "bench", name+".json"))
}

// Bounds is the part of testdata/model/bounds.json that the peers use.
type Bounds struct {
	Roots  map[string][]BoundsMember `json:"roots"`
	Shapes map[string]BoundsShape    `json:"shapes"`
}

// BoundsMember is one member of a root or a structure.
type BoundsMember struct {
	Name     string `json:"name"`
	Target   string `json:"target"`
	Required bool   `json:"required"`
}

// BoundsShape is one shape and its constraints. Constraint is "length" (a
// string, counted in code points), "range" (an integer) or "count" (a list,
// counted in items); Min and Max belong to it.
type BoundsShape struct {
	Type       string         `json:"type"`
	Constraint string         `json:"constraint"`
	Min        *int64         `json:"min"`
	Max        *int64         `json:"max"`
	Pattern    string         `json:"pattern"`
	Enum       []string       `json:"enum"`
	Member     string         `json:"member"`
	Members    []BoundsMember `json:"members"`
}

// LoadBounds reads and parses the pinned model bounds.
func LoadBounds() (*Bounds, error) {
	data, err := os.ReadFile(BoundsPath)
	if err != nil {
		return nil, err
	}
	var b Bounds
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("%s: %w", BoundsPath, err)
	}
	return &b, nil
}

// RE2 translates a model pattern (ECMA-262 text, evaluated by the service
// with Java semantics) into a Go regexp with the same meaning, using the
// translations of internal/charclass: \w is ASCII there as in Go, but \s
// (ClientNameType) must be spelled out, since Go's \s lacks \v. A pattern
// charclass does not know is an error, never copied verbatim.
func RE2(modelPattern string) (string, charclass.Class, error) {
	for c := charclass.None + 1; c <= charclass.ARN; c++ {
		if c.Pattern() == modelPattern {
			return c.RE2(), c, nil
		}
	}
	return "", charclass.None, fmt.Errorf("no RE2 translation for model pattern %q", modelPattern)
}

// SchemaRoot is the root shape the schema describes.
const SchemaRoot = "CreateUserPoolClientRequest"

// GenerateSchema builds a JSON Schema (draft 2020-12) for SchemaRoot from the
// model bounds: types, required members, string lengths (JSON Schema counts
// code points, as Smithy does), patterns (as RE2, see RE2), enums, integer
// ranges, list item counts, and no unknown members (additionalProperties
// false) at every level.
func GenerateSchema(b *Bounds) (map[string]any, error) {
	members, ok := b.Roots[SchemaRoot]
	if !ok {
		return nil, fmt.Errorf("bounds have no root %s", SchemaRoot)
	}
	root, err := objectSchema(b, members)
	if err != nil {
		return nil, err
	}
	root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
	root["title"] = SchemaRoot
	return root, nil
}

func objectSchema(b *Bounds, members []BoundsMember) (map[string]any, error) {
	props := map[string]any{}
	required := []string{}
	for _, m := range members {
		s, err := shapeSchema(b, m.Target)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", m.Name, err)
		}
		props[m.Name] = s
		if m.Required {
			required = append(required, m.Name)
		}
	}
	sort.Strings(required)
	out := map[string]any{
		"type":                 "object",
		"properties":           props,
		"additionalProperties": false,
	}
	if len(required) > 0 {
		out["required"] = required
	}
	return out, nil
}

func shapeSchema(b *Bounds, name string) (map[string]any, error) {
	s, ok := b.Shapes[name]
	if !ok {
		return nil, fmt.Errorf("unknown shape %s", name)
	}
	out := map[string]any{}
	bounds := func(minKey, maxKey, constraint string) error {
		if s.Constraint == "" {
			return nil
		}
		if s.Constraint != constraint {
			return fmt.Errorf("shape %s: %s has constraint %q, want %q", name, s.Type, s.Constraint, constraint)
		}
		if s.Min != nil {
			out[minKey] = *s.Min
		}
		if s.Max != nil {
			out[maxKey] = *s.Max
		}
		return nil
	}
	switch s.Type {
	case "string":
		out["type"] = "string"
		if err := bounds("minLength", "maxLength", "length"); err != nil {
			return nil, err
		}
		if s.Pattern != "" {
			re, _, err := RE2(s.Pattern)
			if err != nil {
				return nil, fmt.Errorf("shape %s: %w", name, err)
			}
			out["pattern"] = re
		}
	case "enum":
		out["type"] = "string"
		out["enum"] = s.Enum
	case "integer":
		out["type"] = "integer"
		if err := bounds("minimum", "maximum", "range"); err != nil {
			return nil, err
		}
	case "boolean":
		out["type"] = "boolean"
	case "list":
		out["type"] = "array"
		if err := bounds("minItems", "maxItems", "count"); err != nil {
			return nil, err
		}
		item, err := shapeSchema(b, s.Member)
		if err != nil {
			return nil, err
		}
		out["items"] = item
	case "structure":
		return objectSchema(b, s.Members)
	default:
		// Timestamps appear only in UserPoolClientType, not in SchemaRoot.
		return nil, fmt.Errorf("shape %s: type %q has no schema", name, s.Type)
	}
	return out, nil
}

// SchemaJSON returns the generated schema as indented JSON.
func SchemaJSON(b *Bounds) ([]byte, error) {
	s, err := GenerateSchema(b)
	if err != nil {
		return nil, err
	}
	return json.MarshalIndent(s, "", "  ")
}

// CompileSchema generates the schema from the bounds and compiles it with
// jsonschema/v6, whose pattern keyword uses Go's regexp package.
func CompileSchema(b *Bounds) (*jsonschema.Schema, error) {
	data, err := SchemaJSON(b)
	if err != nil {
		return nil, err
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	const url = "mem:///create-user-pool-client-request.schema.json"
	c := jsonschema.NewCompiler()
	if err := c.AddResource(url, doc); err != nil {
		return nil, err
	}
	return c.Compile(url)
}

// SchemaDecodeValidate is the JSON Schema path from bytes to a verdict:
// decode into generic values (numbers kept exact) and validate.
func SchemaDecodeValidate(s *jsonschema.Schema, data []byte) error {
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return s.Validate(inst)
}
