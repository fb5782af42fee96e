package spec_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cognitokit/appclient/internal/spec"
)

// pinned is the shape of testdata/model/bounds.json: the model bounds copied
// from the AWS Smithy model, kept in the repository so that a change on
// either side shows up as a failing test.
type pinned struct {
	Roots  map[string][]pinnedMember `json:"roots"`
	Shapes map[string]pinnedShape    `json:"shapes"`
}

type pinnedMember struct {
	Name     string `json:"name"`
	Target   string `json:"target"`
	Required bool   `json:"required"`
}

type pinnedShape struct {
	Type      string         `json:"type"`
	Min       *int64         `json:"min"`
	Max       *int64         `json:"max"`
	Pattern   string         `json:"pattern"`
	Enum      []string       `json:"enum"`
	Member    string         `json:"member"`
	Members   []pinnedMember `json:"members"`
	Sensitive bool           `json:"sensitive"`
}

func loadPinned(t *testing.T) pinned {
	t.Helper()
	data, err := os.ReadFile("../../testdata/model/bounds.json")
	if err != nil {
		t.Fatal(err)
	}
	var p pinned
	if err := json.Unmarshal(data, &p); err != nil {
		t.Fatal(err)
	}
	return p
}

// fromCode renders a spec shape in the pinned form.
func fromCode(s *spec.Shape) pinnedShape {
	out := pinnedShape{Type: s.Kind.String(), Pattern: s.Pattern.Pattern(), Enum: s.Enum, Sensitive: s.Sensitive}
	if s.Min != spec.NoLimit {
		out.Min = &s.Min
	}
	if s.Max != spec.NoLimit {
		out.Max = &s.Max
	}
	if s.Item != nil {
		out.Member = s.Item.Name
	}
	for _, m := range s.Members {
		out.Members = append(out.Members, pinnedMember{Name: m.Name, Target: m.Shape.Name, Required: m.Required})
	}
	return out
}

func TestShapesMatchPinnedModel(t *testing.T) {
	p := loadPinned(t)
	code := map[string]pinnedShape{}
	for _, s := range spec.Shapes() {
		if _, dup := code[s.Name]; dup {
			t.Errorf("shape %s is declared twice", s.Name)
		}
		ps := fromCode(s)
		if s.Kind == spec.Structure {
			ps.Members = nil // roots are compared below; nested members here
			if _, root := p.Roots[s.Name]; !root {
				ps = fromCode(s)
			}
		}
		code[s.Name] = ps
	}
	want := map[string]pinnedShape{}
	for name, s := range p.Shapes {
		s.Type = normalizeType(s.Type)
		want[name] = s
	}
	for name := range p.Roots {
		want[name] = pinnedShape{Type: "structure"}
	}
	if diff := cmp.Diff(want, code); diff != "" {
		t.Errorf("shapes differ from testdata/model/bounds.json (-pinned +code):\n%s", diff)
	}
	if got := len(spec.Shapes()); got != 39 {
		t.Errorf("reachable shapes = %d, want 39", got)
	}
}

// normalizeType maps the pinned Smithy types to spec kinds.
func normalizeType(t string) string {
	if t == "timestamp" || t == "boolean" || t == "integer" || t == "string" || t == "enum" || t == "list" || t == "structure" {
		return t
	}
	return "unknown:" + t
}

func TestRootMembersMatchPinnedModel(t *testing.T) {
	p := loadPinned(t)
	for _, root := range spec.Roots() {
		var got []pinnedMember
		for _, m := range root.Members {
			got = append(got, pinnedMember{Name: m.Name, Target: m.Shape.Name, Required: m.Required})
		}
		if diff := cmp.Diff(p.Roots[root.Name], got); diff != "" {
			t.Errorf("%s members (-pinned +code):\n%s", root.Name, diff)
		}
	}
	counts := map[string]int{"CreateUserPoolClientRequest": 24, "UpdateUserPoolClientRequest": 23, "UserPoolClientType": 27}
	for _, root := range spec.Roots() {
		if got, want := len(root.Members), counts[root.Name]; got != want {
			t.Errorf("%s has %d members, want %d", root.Name, got, want)
		}
	}
}

func TestLookup(t *testing.T) {
	m, ok := spec.CreateUserPoolClientRequest.Lookup("ClientSecret")
	if !ok || m.Shape != spec.ClientSecretType {
		t.Errorf("Lookup(ClientSecret) = %v, %v", m, ok)
	}
	if _, ok := spec.UpdateUserPoolClientRequest.Lookup("GenerateSecret"); ok {
		t.Error("UpdateUserPoolClientRequest has no GenerateSecret")
	}
	if _, ok := spec.CreateUserPoolClientRequest.Lookup("clientName"); ok {
		t.Error("Lookup must be case-sensitive")
	}
}
