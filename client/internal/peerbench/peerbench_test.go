package peerbench_test

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/go-playground/validator/v10"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/internal/peerbench"
)

// peers compiles the schema and builds the validator once per test binary.
type peers struct {
	bounds *peerbench.Bounds
	schema *jsonschema.Schema
	valid  *validator.Validate
}

func newPeers(tb testing.TB) *peers {
	tb.Helper()
	b, err := peerbench.LoadBounds()
	if err != nil {
		tb.Fatal(err)
	}
	s, err := peerbench.CompileSchema(b)
	if err != nil {
		tb.Fatal(err)
	}
	v, err := peerbench.NewValidator()
	if err != nil {
		tb.Fatal(err)
	}
	return &peers{bounds: b, schema: s, valid: v}
}

func fixture(tb testing.TB, name string) []byte {
	tb.Helper()
	data, err := peerbench.ReadFixture(name)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// TestPeersAcceptFixtures: every peer, on every path, accepts the three
// fixtures, and appclient finds no error in them (warnings are fine).
func TestPeersAcceptFixtures(t *testing.T) {
	p := newPeers(t)
	for _, name := range peerbench.Fixtures {
		data := fixture(t, name)
		if err := peerbench.SchemaDecodeValidate(p.schema, data); err != nil {
			t.Errorf("%s: jsonschema rejects it: %v", name, err)
		}
		if err := peerbench.ValidatorDecodeValidate(p.valid, data); err != nil {
			t.Errorf("%s: validator rejects it: %v", name, err)
		}
		if _, vs := client.DecodeCheck(data, client.Create); vs.HasErrors() {
			t.Errorf("%s: appclient reports errors: %v", name, vs.OnlyErrors())
		}
		var c peerbench.Create
		if err := json.Unmarshal(data, &c); err != nil {
			t.Errorf("%s: encoding/json: %v", name, err)
		}
	}
}

// mutate decodes typical.json, applies edit to its members and encodes it.
func mutate(t *testing.T, edit func(m map[string]any)) []byte {
	t.Helper()
	d := json.NewDecoder(bytes.NewReader(fixture(t, "typical")))
	d.UseNumber()
	var m map[string]any
	if err := d.Decode(&m); err != nil {
		t.Fatal(err)
	}
	edit(m)
	data, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func urls(n int) []any {
	out := make([]any, n)
	for i := range out {
		out[i] = "https://app.example.com/callback/" + strconv.Itoa(i)
	}
	return out
}

// TestPeersRejectInvalid proves that the peers really validate: each input
// breaks one model constraint of an otherwise valid request, and both peers
// (and appclient) reject it, naming the member. Their benchmark numbers
// therefore measure real validation, not a pass-through.
func TestPeersRejectInvalid(t *testing.T) {
	p := newPeers(t)
	tests := []struct {
		name   string
		member string // the wire name each error must mention
		edit   func(m map[string]any)
	}{
		{"ClientName too long (129 runes)", "ClientName", func(m map[string]any) {
			m["ClientName"] = strings.Repeat("a", 129)
		}},
		{"ClientName bad character", "ClientName", func(m map[string]any) { m["ClientName"] = "café" }},
		{"UserPoolId bad pattern", "UserPoolId", func(m map[string]any) { m["UserPoolId"] = "us-east-1" }},
		{"ClientSecret too short", "ClientSecret", func(m map[string]any) {
			delete(m, "GenerateSecret")
			m["ClientSecret"] = strings.Repeat("a", 23)
		}},
		{"bad PreventUserExistenceErrors enum", "PreventUserExistenceErrors", func(m map[string]any) {
			m["PreventUserExistenceErrors"] = "enabled"
		}},
		{"bad ExplicitAuthFlows item enum", "ExplicitAuthFlows", func(m map[string]any) {
			m["ExplicitAuthFlows"] = []any{"ALLOW_USER_SRP_AUTH", "ALLOW_EVERYTHING"}
		}},
		{"bad nested enum", "AccessToken", func(m map[string]any) {
			m["TokenValidityUnits"].(map[string]any)["AccessToken"] = "weeks"
		}},
		{"too many CallbackURLs (101)", "CallbackURLs", func(m map[string]any) { m["CallbackURLs"] = urls(101) }},
		{"too many AllowedOAuthScopes (51)", "AllowedOAuthScopes", func(m map[string]any) {
			s := make([]any, 51)
			for i := range s {
				s[i] = "scope" + strconv.Itoa(i)
			}
			m["AllowedOAuthScopes"] = s
		}},
		{"CallbackURLs item with a space", "CallbackURLs", func(m map[string]any) {
			m["CallbackURLs"] = []any{"https://app.example.com/a b"}
		}},
		{"AccessTokenValidity above range", "AccessTokenValidity", func(m map[string]any) {
			m["AccessTokenValidity"] = 86401
		}},
		{"AccessTokenValidity below range", "AccessTokenValidity", func(m map[string]any) {
			m["AccessTokenValidity"] = 0
		}},
		{"RetryGracePeriodSeconds above range", "RetryGracePeriodSeconds", func(m map[string]any) {
			m["RefreshTokenRotation"] = map[string]any{"Feature": "ENABLED", "RetryGracePeriodSeconds": 61}
		}},
		{"missing required ClientName", "ClientName", func(m map[string]any) { delete(m, "ClientName") }},
		{"unknown member", "RedirectURLs", func(m map[string]any) { m["RedirectURLs"] = []any{"https://a.example.com"} }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := mutate(t, tt.edit)
			err := peerbench.SchemaDecodeValidate(p.schema, data)
			if err == nil || !strings.Contains(err.Error(), tt.member) {
				t.Errorf("jsonschema: got %v, want an error about %s", err, tt.member)
			}
			err = peerbench.ValidatorDecodeValidate(p.valid, data)
			if err == nil || !strings.Contains(err.Error(), tt.member) {
				t.Errorf("validator: got %v, want an error about %s", err, tt.member)
			}
			if _, vs := client.DecodeCheck(data, client.Create); !vs.HasErrors() {
				t.Errorf("appclient: got %v, want an error", vs)
			}
		})
	}
}

// TestCaseFoldedMember records a limit of the validator peer: encoding/json
// matches member names case-insensitively, even with DisallowUnknownFields,
// so "CallbackUrls" (a common misspelling) silently becomes CallbackURLs.
// The schema and appclient reject it, as AWS does.
func TestCaseFoldedMember(t *testing.T) {
	p := newPeers(t)
	data := mutate(t, func(m map[string]any) {
		delete(m, "CallbackURLs")
		m["CallbackUrls"] = []any{"https://app.example.com/auth/callback"}
	})
	if err := peerbench.SchemaDecodeValidate(p.schema, data); err == nil || !strings.Contains(err.Error(), "CallbackUrls") {
		t.Errorf("jsonschema: got %v, want an error about CallbackUrls", err)
	}
	if _, vs := client.DecodeCheck(data, client.Create); !vs.HasErrors() {
		t.Errorf("appclient: got %v, want an error", vs)
	}
	if err := peerbench.ValidatorDecodeValidate(p.valid, data); err != nil {
		t.Errorf("validator: got %v; if encoding/json stopped folding case, update README.md", err)
	}
}

// TestValidatorTagsMatchBounds: the tags on peerbench.Create are what the
// model bounds say, member by member, so the validator peer checks exactly
// the model's limits.
func TestValidatorTagsMatchBounds(t *testing.T) {
	p := newPeers(t)
	compare(t, p.bounds, reflect.TypeFor[peerbench.Create](), p.bounds.Roots[peerbench.SchemaRoot])
}

func compare(t *testing.T, b *peerbench.Bounds, typ reflect.Type, members []peerbench.BoundsMember) {
	t.Helper()
	if typ.NumField() != len(members) {
		t.Errorf("%s has %d fields, the model %d members", typ.Name(), typ.NumField(), len(members))
	}
	for i := 0; i < typ.NumField() && i < len(members); i++ {
		f, m := typ.Field(i), members[i]
		if got := f.Tag.Get("json"); got != m.Name {
			t.Errorf("%s.%s: json name %q, model member %q", typ.Name(), f.Name, got, m.Name)
			continue
		}
		want := "omitnil"
		if m.Required {
			want = "required"
		}
		if rule := tagRule(t, b, m.Target); rule != "" {
			want += "," + rule
		}
		if got := f.Tag.Get("validate"); got != want {
			t.Errorf("%s.%s: validate tag\n got %q\nwant %q", typ.Name(), f.Name, got, want)
		}
		if s := b.Shapes[m.Target]; s.Type == "structure" {
			compare(t, b, f.Type.Elem(), s.Members)
		}
	}
}

// tagRule is the validator rule for a shape, after required/omitnil.
func tagRule(t *testing.T, b *peerbench.Bounds, name string) string {
	s, ok := b.Shapes[name]
	if !ok {
		t.Fatalf("unknown shape %s", name)
	}
	var parts []string
	if s.Min != nil {
		parts = append(parts, "min="+strconv.FormatInt(*s.Min, 10))
	}
	if s.Max != nil {
		parts = append(parts, "max="+strconv.FormatInt(*s.Max, 10))
	}
	switch s.Type {
	case "string":
		if s.Pattern != "" {
			_, class, err := peerbench.RE2(s.Pattern)
			if err != nil {
				t.Fatal(err)
			}
			parts = append(parts, peerbench.PatternTags[class])
		}
	case "enum":
		parts = append(parts, "oneof="+strings.Join(s.Enum, " "))
	case "list":
		parts = append(parts, "dive", tagRule(t, b, s.Member))
	}
	return strings.Join(parts, ",")
}

// TestSchemaShape spot-checks the generated schema: closed objects, required
// members, code-point lengths, RE2 patterns, enums, ranges and item counts.
func TestSchemaShape(t *testing.T) {
	p := newPeers(t)
	data, err := peerbench.SchemaJSON(p.bounds)
	if err != nil {
		t.Fatal(err)
	}
	var s struct {
		Required   []string
		Additional bool `json:"additionalProperties"`
		Properties map[string]map[string]any
	}
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatal(err)
	}
	if s.Additional || !reflect.DeepEqual(s.Required, []string{"ClientName", "UserPoolId"}) || len(s.Properties) != 24 {
		t.Errorf("root: additionalProperties %v, required %v, %d properties", s.Additional, s.Required, len(s.Properties))
	}
	checks := []struct {
		member, key string
		want        any
	}{
		{"ClientName", "maxLength", 128.0},
		{"ClientName", "pattern", `^[\w\t\n\v\f\r +=,.@-]+$`}, // \s spelled out: Go's \s has no \v
		{"AccessTokenValidity", "maximum", 86400.0},
		{"CallbackURLs", "maxItems", 100.0},
		{"PreventUserExistenceErrors", "enum", []any{"LEGACY", "ENABLED"}},
	}
	for _, c := range checks {
		if got := s.Properties[c.member][c.key]; !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s.%s = %#v, want %#v", c.member, c.key, got, c.want)
		}
	}
}
