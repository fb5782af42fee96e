package cli_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cognitokit/appclient/client/tfplan"
	"github.com/cognitokit/appclient/client/tfplan/tfplantest"
	"github.com/cognitokit/appclient/cmd/appclient/internal/cli"
)

// isPlanRun reports whether a validate run reads a Terraform plan.
func isPlanRun(t *testing.T, r run) bool {
	files, _, _ := sarifFiles(t, r)
	for _, f := range files {
		name := f
		if f == "-" {
			name = r.stdin
		}
		if data, err := os.ReadFile(name); err == nil && tfplan.Detect(data) {
			return true
		}
	}
	return false
}

// TestSARIFPlan checks the SARIF runs on plans: one result per finding of
// the reader, in order, each at the start of the plan file with the
// resource instance and attribute as its logical location; a plan of
// another major version is a tool execution notification.
func TestSARIFPlan(t *testing.T) {
	n := 0
	for _, r := range runs {
		if !r.isSARIF() || !isPlanRun(t, r) {
			continue
		}
		n++
		t.Run(r.name, func(t *testing.T) {
			o := r.exec(t)
			doc := parseSARIF(t, o.stdout)
			run := doc.Runs[0]
			files, _, _ := sarifFiles(t, r)
			type result struct {
				Rule, Level, Text, URI, Logical, Kind string
				Line, Column                          int
			}
			var want, got []result
			notes := 0
			for _, f := range files {
				data, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				rep := tfplan.Check(data)
				if len(rep.Plan) > 0 && rep.Plan[0].Rule == tfplan.RuleVersion {
					notes++
					continue
				}
				finds := rep.Plan
				for _, res := range rep.Results {
					finds = append(finds, res.Findings...)
				}
				for _, x := range finds {
					level := "error"
					if x.Severity.String() == "warning" {
						level = "warning"
					}
					w := result{Rule: string(x.Rule), Level: level, Text: x.Message, URI: f, Line: 1, Column: 1}
					if x.Field != "" {
						w.Text = x.Field + ": " + x.Message
						w.Logical, w.Kind = x.Field, "resource"
					}
					want = append(want, w)
				}
			}
			for _, res := range run.Results {
				g := result{Rule: res.RuleID, Level: res.Level, Text: res.Message.Text}
				if len(res.Locations) != 1 {
					t.Fatalf("%s: %d locations, want 1", res.RuleID, len(res.Locations))
				}
				loc := res.Locations[0]
				g.URI = loc.PhysicalLocation.ArtifactLocation.URI
				if reg := loc.PhysicalLocation.Region; reg != nil {
					g.Line, g.Column = reg.StartLine, reg.StartColumn
				}
				if len(loc.LogicalLocations) == 1 {
					g.Logical, g.Kind = loc.LogicalLocations[0].FullyQualifiedName, loc.LogicalLocations[0].Kind
				}
				got = append(got, g)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("results (-want +got):\n%s", diff)
			}
			inv := run.Invocations[0]
			if len(inv.ToolExecutionNotifications) != notes || inv.ExecutionSuccessful != (notes == 0) {
				t.Errorf("invocation %+v, want %d notifications", inv, notes)
			}
		})
	}
	if n == 0 {
		t.Fatal("no run uses --format sarif on a plan")
	}
}

// TestPlanSecrets: whatever a plan holds, no client secret, value marked
// sensitive, variable value, prior state or drift reaches the output of
// validate, in any format (tfplantest generates the plans; the reader's own
// property test, in client/tfplan, shrinks a failing one).
func TestPlanSecrets(t *testing.T) {
	n := 300
	if testing.Short() {
		n = 30
	}
	formats := [][]string{{"--format", "text"}, {"--format", "text", "--explain-skipped"}, {"--format", "json"}, {"--format", "sarif"}}
	for seed := 0; seed < n; seed++ {
		p := tfplantest.Example(seed)
		args := append([]string{"validate"}, formats[seed%len(formats)]...)
		var stdout, stderr bytes.Buffer
		code := cli.Run(args, bytes.NewReader(p.Data), &stdout, &stderr)
		if code == 2 {
			t.Fatalf("seed %d: exit 2: %s", seed, stderr.String())
		}
		if leaks := p.Leaks(stdout.String() + stderr.String()); len(leaks) > 0 {
			t.Fatalf("seed %d: secrets %q in the output of %v:\n%s%s\n%#v", seed, leaks, args, stdout.String(), stderr.String(), p)
		}
	}
}

// TestPlanFilesSecrets: for every plan of testdata, no client_secret,
// client ID, identity provider detail, value marked sensitive or variable
// value (of eight characters or more: a shorter one may be a word of the
// output's own text) is in any output of validate.
func TestPlanFilesSecrets(t *testing.T) {
	files, _ := filepath.Glob(tfPlans + "*.json")
	files = append(files, tfExample)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var p struct {
			Variables       map[string]struct{ Value any }
			ResourceChanges []struct {
				Type   string
				Change struct{ Before, After map[string]any }
			} `json:"resource_changes"`
		}
		if err := json.Unmarshal(data, &p); err != nil {
			t.Fatal(err)
		}
		var generic struct {
			ResourceChanges []struct {
				Change struct {
					Before, After   any
					BeforeSensitive any `json:"before_sensitive"`
					AfterSensitive  any `json:"after_sensitive"`
				}
			} `json:"resource_changes"`
		}
		if err := json.Unmarshal(data, &generic); err != nil {
			t.Fatal(err)
		}
		var secrets []string
		add := func(v any) {
			var walk func(v any)
			walk = func(v any) {
				switch x := v.(type) {
				case string:
					if len(x) >= 8 {
						secrets = append(secrets, x)
					}
				case []any:
					for _, it := range x {
						walk(it)
					}
				case map[string]any:
					for _, it := range x {
						walk(it)
					}
				}
			}
			walk(v)
		}
		for _, v := range p.Variables {
			add(v.Value)
		}
		for i, rc := range p.ResourceChanges {
			for _, m := range []map[string]any{rc.Change.Before, rc.Change.After} {
				add(m["client_secret"])
				add(m["provider_details"])
				if rc.Type == tfplan.ClientType || rc.Type == tfplan.ManagedClientType {
					add(m["id"])
				}
			}
			g := generic.ResourceChanges[i].Change
			addSensitive(g.Before, g.BeforeSensitive, add)
			addSensitive(g.After, g.AfterSensitive, add)
		}
		for _, format := range []string{"text", "json", "sarif"} {
			var stdout, stderr bytes.Buffer
			cli.Run([]string{"validate", "--explain-skipped", "--format", format, f}, nil, &stdout, &stderr)
			out := stdout.String() + stderr.String()
			for _, s := range secrets {
				if strings.Contains(out, s) {
					t.Errorf("%s (%s): the output holds %q", f, format, s)
				}
			}
		}
	}
}

// addSensitive passes each value of v at a path that marks marks.
func addSensitive(v, marks any, add func(any)) {
	switch m := marks.(type) {
	case bool:
		if m {
			add(v)
		}
	case map[string]any:
		vo, _ := v.(map[string]any)
		for k, mk := range m {
			addSensitive(vo[k], mk, add)
		}
	case []any:
		vl, _ := v.([]any)
		for i, mk := range m {
			if i < len(vl) {
				addSensitive(vl[i], mk, add)
			}
		}
	}
}

// TestReadmeTerraformExample keeps the README's Terraform example true: it
// shows the current output for the shipped plan.
func TestReadmeTerraformExample(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	cli.Run([]string{"validate", tfExample}, nil, &stdout, &stderr)
	block := "```text\n" + stdout.String() + "```\n"
	if !strings.Contains(string(readme), block) {
		t.Errorf("README.md does not show the output of appclient validate %s:\n%s", tfExample, block)
	}
}
