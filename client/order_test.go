package client_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/clienttest"
)

// catalogueIndex maps each rule ID to its position in Rules().
func catalogueIndex() map[client.RuleID]int {
	index := map[client.RuleID]int{}
	for i, r := range client.Rules() {
		index[r.ID] = i
	}
	return index
}

// inOrder reports why vs is not in the order Rules() promises, or "": the
// json and model violations first, then the service and pool ones in
// non-decreasing catalogue order.
func inOrder(vs client.Violations) string {
	index := catalogueIndex()
	last := -1 // catalogue index of the last service or pool violation
	for i, v := range vs {
		k, ok := index[v.Rule]
		if !ok {
			return "violation " + v.String() + " has a rule that is not in the catalogue"
		}
		switch f := v.Rule.Family(); {
		case f == "json" || f == "model":
			if last >= 0 {
				return "violation " + v.String() + " comes after the service violation " + vs[i-1].String()
			}
		case k < last:
			return "violation " + v.String() + " comes after " + vs[i-1].String() + ", a later rule of the catalogue"
		default:
			last = k
		}
	}
	return ""
}

// TestRulesAreGroupedByFamily: the catalogue holds each family's rules
// together, the json and model families first.
func TestRulesAreGroupedByFamily(t *testing.T) {
	var families []string
	for _, r := range client.Rules() {
		if f := r.Family(); len(families) == 0 || families[len(families)-1] != f {
			if slices.Contains(families, f) {
				t.Errorf("rule %s: family %s is not contiguous in the catalogue", r.ID, f)
			}
			families = append(families, f)
		}
	}
	if len(families) < 2 || families[0] != "json" || families[1] != "model" {
		t.Errorf("families in catalogue order: %v; want json and model first", families)
	}
}

// TestViolationOrderOnFixtures: for every JSON file in testdata, DecodeCheck
// (with the pool facts of a rules fixture, if any) reports in catalogue
// order.
func TestViolationOrderOnFixtures(t *testing.T) {
	n := 0
	err := filepath.WalkDir("../testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".json") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		var pool *client.Pool
		if strings.HasPrefix(path, filepath.Join("..", "testdata", "rules")) && !strings.Contains(path, ".facts") {
			pool = poolOf(t, path)
		}
		for _, op := range []client.Op{client.Auto, client.Create, client.Update, client.Describe} {
			_, vs := client.DecodeCheckPool(data, op, pool)
			if why := inOrder(vs); why != "" {
				t.Errorf("%s as %v: %s", path, op, why)
			}
		}
		n++
		return nil
	})
	if err != nil || n < 30 {
		t.Fatalf("walked %d fixtures: %v", n, err)
	}
}

// checkedInput is a generated input of one of the three shapes, with what
// the properties do with it.
type checkedInput struct {
	value  any // *CreateRequest, *UpdateRequest or *UserPoolClient
	pool   *client.Pool
	check  func() client.Violations
	encode func() []byte
	decode func([]byte) (any, client.Violations)
}

func (c checkedInput) GoString() string { return string(c.encode()) }

func createInput(r client.CreateRequest, pool *client.Pool) checkedInput {
	return checkedInput{&r, pool, func() client.Violations { return r.CheckPool(pool) },
		func() []byte { data, _ := r.MarshalJSON(); return data },
		func(data []byte) (any, client.Violations) { v, vs := client.DecodeCreate(data); return &v, vs }}
}

func updateInput(r client.UpdateRequest, pool *client.Pool) checkedInput {
	return checkedInput{&r, pool, func() client.Violations { return r.CheckPool(pool) },
		func() []byte { data, _ := r.MarshalJSON(); return data },
		func(data []byte) (any, client.Violations) { v, vs := client.DecodeUpdate(data); return &v, vs }}
}

func describeInput(r client.UserPoolClient, pool *client.Pool) checkedInput {
	return checkedInput{&r, pool, func() client.Violations { return r.CheckPool(pool) },
		func() []byte { data, _ := r.MarshalJSON(); return data },
		func(data []byte) (any, client.Violations) { v, vs := client.DecodeUserPoolClient(data); return &v, vs }}
}

// serviceErrors are the error rules that Breaking can break with a Go value
// and that have a check: the service rules.
func serviceErrors() []client.RuleID {
	var ids []client.RuleID
	for _, r := range client.Rules() {
		if f := r.Family(); r.Severity == client.Error && f != "json" && f != "model" && f != "pool" {
			ids = append(ids, r.ID)
		}
	}
	return ids
}

// poolFacts draws pool facts about r, each fact sometimes unknown, so that
// the pool rules both pass and fail.
func poolFacts(r *client.Settings) *rapid.Generator[*client.Pool] {
	return rapid.Custom(func(t *rapid.T) *client.Pool {
		if rapid.Bool().Draw(t, "no pool facts") {
			return nil
		}
		p := &client.Pool{}
		ids := []string{"", "eu-west-1_Other1"}
		if r.UserPoolID != nil {
			ids = append(ids, *r.UserPoolID)
		}
		p.ID = rapid.SampledFrom(ids).Draw(t, "Pool.ID")
		p.Tier = rapid.SampledFrom([]string{"", "LITE", "ESSENTIALS", "PLUS"}).Draw(t, "Pool.Tier")
		some := func(list []string, label string) []string {
			var out []string
			for _, v := range list {
				if rapid.Bool().Draw(t, label) {
					out = append(out, v)
				}
			}
			return out
		}
		if rapid.Bool().Draw(t, "Pool.IdentityProviders known") {
			p.IdentityProviders = append([]string{"Facebook"}, some(r.SupportedIdentityProviders, "Pool.IdentityProviders")...)
		}
		if rapid.Bool().Draw(t, "Pool.ResourceServers known") {
			p.ResourceServers = []client.ResourceServer{}
			for _, sc := range some(r.AllowedOAuthScopes, "Pool.ResourceServers") {
				if server, name, ok := strings.Cut(sc, "/"); ok {
					p.ResourceServers = append(p.ResourceServers, client.ResourceServer{Identifier: server, Scopes: []string{name}})
				}
			}
		}
		if rapid.Bool().Draw(t, "Pool.Attributes known") {
			p.Attributes = []client.Attribute{}
			for _, a := range some(append(slices.Clone(r.ReadAttributes), r.WriteAttributes...), "Pool.Attributes") {
				p.Attributes = append(p.Attributes, client.Attribute{Name: a,
					Mutable: rapid.Bool().Draw(t, "Mutable"), DeveloperOnly: rapid.Bool().Draw(t, "DeveloperOnly"),
					Required: rapid.Bool().Draw(t, "Required")})
			}
		}
		if rapid.Bool().Draw(t, "Pool.Providers known") {
			p.Providers = []client.Provider{}
			for _, name := range some(append([]string{"Google"}, r.SupportedIdentityProviders...), "Pool.Providers") {
				mapping := map[string]string{}
				for _, a := range some(append([]string{"email", "username", "email_verified"}, r.WriteAttributes...), "AttributeMapping") {
					mapping[a] = a
				}
				p.Providers = append(p.Providers, client.Provider{Name: name, Type: "OIDC", AttributeMapping: mapping})
			}
		}
		return p
	})
}

// trickyURLs are redirect URLs that the urls rules speak of: dangerous
// schemes, malformed URLs, plain HTTP, fragments, relative references.
var trickyURLs = []string{
	"javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "VBScript:x",
	`https://app.example.com\cb`, "https:///cb", "https://a.example.com/%zz", "https://user@a.example.com:99999/cb",
	"http://app.example.com/cb", "http://localhost:8080/cb", "HTTP://[::1]/x", "https://a.example.com/cb#",
	"/relative", "myapp://cb", "https://app.example.com/cb",
}

// withTrickyURLs adds tricky redirect URLs to r: to CallbackURLs and
// LogoutURLs, and sometimes as DefaultRedirectURI.
func withTrickyURLs(t *rapid.T, r client.CreateRequest) client.CreateRequest {
	tricky := rapid.SampledFrom(trickyURLs)
	r.CallbackURLs = append(slices.Clone(r.CallbackURLs), rapid.SliceOfN(tricky, 0, 3).Draw(t, "CallbackURLs")...)
	r.LogoutURLs = append(slices.Clone(r.LogoutURLs), rapid.SliceOfN(tricky, 0, 3).Draw(t, "LogoutURLs")...)
	if rapid.Bool().Draw(t, "tricky DefaultRedirectURI") {
		r.DefaultRedirectURI = client.Ptr(tricky.Draw(t, "DefaultRedirectURI"))
	}
	return r
}

// anyInput draws a valid input of one of the three shapes, a create request
// that breaks one service error rule, or one with tricky redirect URLs, with
// pool facts about it (sometimes none).
func anyInput() *rapid.Generator[checkedInput] {
	breakable := serviceErrors()
	return rapid.Custom(func(t *rapid.T) checkedInput {
		switch rapid.IntRange(0, 4).Draw(t, "shape") {
		case 4:
			r := withTrickyURLs(t, clienttest.Create().Draw(t, "create"))
			return createInput(r, poolFacts(&r.Settings).Draw(t, "pool"))
		case 0:
			r := clienttest.Create().Draw(t, "create")
			return createInput(r, poolFacts(&r.Settings).Draw(t, "pool"))
		case 1:
			r := clienttest.Update().Draw(t, "update")
			return updateInput(r, poolFacts(&r.Settings).Draw(t, "pool"))
		case 2:
			r := clienttest.UserPoolClient().Draw(t, "describe")
			return describeInput(r, poolFacts(&r.Settings).Draw(t, "pool"))
		}
		r := clienttest.Breaking(rapid.SampledFrom(breakable).Draw(t, "rule")).Draw(t, "broken")
		return createInput(r, poolFacts(&r.Settings).Draw(t, "pool"))
	})
}

// TestPropViolationOrder: whatever the input, Check reports in catalogue
// order; so does DecodeCheck, on the input's JSON and on documents that
// break a rule of the JSON document.
func TestPropViolationOrder(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		in := anyInput().Draw(t, "input")
		if why := inOrder(in.check()); why != "" {
			t.Fatalf("Check: %s", why)
		}
		_, vs := client.DecodeCheckPool(in.encode(), client.Auto, in.pool)
		if why := inOrder(vs); why != "" {
			t.Fatalf("DecodeCheck: %s", why)
		}
		id := rapid.SampledFrom(documentRules).Draw(t, "document rule")
		_, vs = client.DecodeCheck(clienttest.BreakingJSON(id).Draw(t, "document"), client.Auto)
		if why := inOrder(vs); why != "" {
			t.Fatalf("DecodeCheck of a document breaking %s: %s", id, why)
		}
		c := clienttest.BreakingPool(rapid.SampledFrom(poolErrors()).Draw(t, "pool rule")).Draw(t, "pool case")
		if why := inOrder(c.Request.CheckPool(c.Pool)); why != "" {
			t.Fatalf("CheckPool: %s", why)
		}
	})
}

// documentRules are the rules that BreakingJSON breaks by editing the JSON
// document itself.
var documentRules = []client.RuleID{
	client.RuleJSONSyntax, client.RuleJSONUTF8, client.RuleJSONType, client.RuleJSONUnknownMember, client.RuleModelOperation,
}

func poolErrors() []client.RuleID {
	var ids []client.RuleID
	for _, r := range client.Rules() {
		if r.Family() == "pool" && r.Severity == client.Error {
			ids = append(ids, r.ID)
		}
	}
	return ids
}
