package client_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/internal/golden"
)

// TestRuleGoldens runs DecodeCheck over testdata/rules/NAME.OP.json, one or
// more fixtures per rule family, and compares the violations, one per line,
// with NAME.OP.golden. Run go test ./client -update to rewrite them.
func TestRuleGoldens(t *testing.T) {
	files, err := filepath.Glob("../testdata/rules/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures in testdata/rules: %v", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".json")
		t.Run(name, func(t *testing.T) {
			got := render(t, file)
			golden.Check(t, strings.TrimSuffix(file, ".json")+".golden", got)
		})
	}
}

// render decodes and checks one fixture; the op is the file name's second
// extension (name.create.json).
func render(t *testing.T, file string) string {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	_, vs := client.DecodeCheckPool(data, opOf(t, file), poolOf(t, file))
	var b strings.Builder
	for _, v := range vs {
		b.WriteString(v.String())
		b.WriteByte('\n')
	}
	return b.String()
}

// poolOf loads the pool facts of a fixture NAME.OP.json from the folder
// NAME.facts, if there is one: AWS CLI outputs of describe-user-pool,
// list-identity-providers and list-resource-servers.
func poolOf(t *testing.T, file string) *client.Pool {
	t.Helper()
	name := strings.TrimSuffix(file, ".json")
	name = strings.TrimSuffix(name, filepath.Ext(name))
	facts, _ := filepath.Glob(name + ".facts/*.json")
	if len(facts) == 0 {
		return nil
	}
	var p client.Pool
	for _, f := range facts {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := p.AddJSON(data); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
	}
	return &p
}

func opOf(t *testing.T, file string) client.Op {
	t.Helper()
	ext := filepath.Ext(strings.TrimSuffix(file, ".json"))
	op, ok := client.ParseOp(strings.TrimPrefix(ext, "."))
	if !ok || op == client.Auto {
		t.Fatalf("%s: name it NAME.create.json, NAME.update.json or NAME.describe.json", file)
	}
	return op
}

// TestEveryRuleHasAFixture keeps the catalogue honest: every rule in Rules()
// is triggered by some fixture in testdata/rules, and every rule a fixture
// triggers is in the catalogue with the severity Check gave it.
func TestEveryRuleHasAFixture(t *testing.T) {
	files, _ := filepath.Glob("../testdata/rules/*.json")
	seen := map[client.RuleID]bool{}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		_, vs := client.DecodeCheckPool(data, opOf(t, file), poolOf(t, file))
		for _, v := range vs {
			r, ok := client.LookupRule(v.Rule)
			if !ok {
				t.Errorf("%s: rule %s is not in the catalogue", file, v.Rule)
			} else if r.Severity != v.Severity {
				t.Errorf("%s: rule %s reported as %v, catalogue says %v", file, v.Rule, v.Severity, r.Severity)
			}
			seen[v.Rule] = true
		}
	}
	for _, r := range client.Rules() {
		if !seen[r.ID] {
			t.Errorf("no fixture in testdata/rules triggers %s", r.ID)
		}
		if r.Doc == "" || r.Source == "" || r.Exception == "" || r.Family() == "" {
			t.Errorf("rule %s lacks a doc, source, family or exception: %+v", r.ID, r)
		}
		if r.Severity == client.Warning && !strings.HasPrefix(r.Doc, "Warning") {
			t.Errorf("warning %s must say in its doc why it is only a warning", r.ID)
		}
	}
	ids := map[client.RuleID]bool{}
	for _, r := range client.Rules() {
		if ids[r.ID] {
			t.Errorf("rule %s is in the catalogue twice", r.ID)
		}
		ids[r.ID] = true
	}
}
