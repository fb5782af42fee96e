package cli_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cognitokit/appclient/cmd/appclient/internal/cli"
	"github.com/cognitokit/appclient/internal/golden"
)

// TestMain runs the tests from the repository root, so that file names in
// outputs and goldens are relative to it: testdata/examples/web-app.json.
// A fuzzing worker starts there already (in the directory its coordinator
// moved to), so it stays.
func TestMain(m *testing.M) {
	flag.Parse()
	if _, err := os.Stat("go.mod"); err == nil {
		os.Exit(m.Run())
	}
	if err := os.Chdir(filepath.Join("..", "..", "..", "..")); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	os.Exit(m.Run())
}

const (
	examples    = "testdata/examples/"
	cfnExamples = examples + "cloudformation/"
	tfExample   = examples + "terraform/plan.json"
	tfPlans     = "testdata/tfplan/"
)

// run is one in-process call of the command.
type run struct {
	name  string   // golden file: testdata/cli/NAME.golden
	args  []string // arguments after "appclient"
	stdin string   // file whose content is standard input, or ""
}

var batch = []string{
	examples + "web-app.json",
	examples + "broken.json",
	examples + "malformed.json",
	examples + "missing.json",
	examples + "update.json",
	examples + "describe.json",
}

var runs = []run{
	{name: "web-app", args: []string{"validate", examples + "web-app.json"}},
	{name: "broken", args: []string{"validate", examples + "broken.json"}},
	{name: "update", args: []string{"validate", examples + "update.json"}},
	{name: "describe", args: []string{"validate", examples + "describe.json"}},
	{name: "malformed", args: []string{"validate", examples + "malformed.json"}},
	{name: "batch", args: append([]string{"validate"}, batch...)},
	{name: "batch-json", args: append([]string{"validate", "--format", "json"}, batch...)},
	{name: "valid-json", args: []string{"validate", "-format=json", examples + "web-app.json", examples + "update.json", examples + "describe.json"}},
	{name: "missing-json", args: []string{"validate", "--format=json", examples + "missing.json"}},
	{name: "stdin", args: []string{"validate"}, stdin: examples + "broken.json"},
	{name: "stdin-dash", args: []string{"validate", "--format", "json", "-", examples + "web-app.json", "-"}, stdin: examples + "describe.json"},
	{name: "op-create-on-update", args: []string{"validate", "--op", "create", examples + "update.json"}},
	{name: "op-update-on-create", args: []string{"validate", "--op=update", examples + "web-app.json"}},
	{name: "op-update-on-describe", args: []string{"validate", "-op", "update", "--format", "json", examples + "describe.json"}},
	{name: "op-describe-on-create", args: []string{"validate", "-op=describe", examples + "web-app.json"}},
	{name: "dash-dash", args: []string{"validate", "--", examples + "web-app.json", "-not-a-flag.json"}},
	{name: "usage-no-command", args: nil},
	{name: "usage-unknown-command", args: []string{"check", examples + "web-app.json"}},
	{name: "usage-flag-before-command", args: []string{"--format", "json", "validate"}},
	{name: "usage-unknown-flag", args: []string{"validate", "--strict", examples + "web-app.json"}},
	{name: "usage-bad-format", args: []string{"validate", "--format", "yaml", examples + "web-app.json"}},
	{name: "usage-bad-op", args: []string{"validate", "--op", "delete", examples + "web-app.json"}},
	{name: "usage-missing-value", args: []string{"validate", "--op"}},
	{name: "usage-flag-after-file", args: []string{"validate", examples + "web-app.json", "--format", "json"}},
	{name: "usage-rules-argument", args: []string{"rules", "model"}},
	{name: "usage-rules-bad-format", args: []string{"rules", "--format", "html"}},
	{name: "help", args: []string{"help"}},
	{name: "help-flag", args: []string{"--help"}},
	{name: "validate-help", args: []string{"validate", "-h"}},
	{name: "rules", args: []string{"rules"}},
	{name: "rules-markdown", args: []string{"rules", "--format", "markdown"}},
	{name: "rules-json", args: []string{"rules", "--format=json"}},

	// diff
	{name: "diff-drift", args: []string{"diff", drift + "desired.json", drift + "live.json"}},
	{name: "diff-drift-json", args: []string{"diff", "--format", "json", drift + "desired.json", drift + "live.json"}},
	{name: "diff-equal", args: []string{"diff", drift + "desired.json", drift + "same.json"}},
	{name: "diff-equal-json", args: []string{"diff", "--format=json", drift + "desired.json", drift + "same.json"}},
	{name: "diff-update-resets", args: []string{"diff", drift + "update.json", drift + "live.json"}},
	{name: "diff-secrets", args: []string{"diff", examples + "describe.json", drift + "live.json"}},
	{name: "diff-secrets-json", args: []string{"diff", "--format", "json", examples + "web-app.json", examples + "describe.json"}},
	{name: "diff-words-json", args: []string{"diff", "--format", "json", examples + "describe.json", drift + "live.json"}},
	{name: "diff-stdin", args: []string{"diff", "-", drift + "live.json"}, stdin: drift + "desired.json"},
	{name: "diff-invalid", args: []string{"diff", examples + "broken.json", drift + "live.json"}},
	{name: "diff-malformed", args: []string{"diff", drift + "desired.json", examples + "malformed.json"}},
	{name: "diff-missing", args: []string{"diff", examples + "missing.json", drift + "live.json"}},
	{name: "diff-op-desired", args: []string{"diff", "--op-desired", "update", drift + "desired.json", drift + "live.json"}},
	{name: "diff-usage-one-file", args: []string{"diff", drift + "desired.json"}},
	{name: "diff-usage-two-stdin", args: []string{"diff", "-", "-"}},
	{name: "diff-usage-bad-op", args: []string{"diff", "--op-current", "delete", drift + "desired.json", drift + "live.json"}},
	{name: "diff-usage-bad-format", args: []string{"diff", "--format", "sarif", drift + "desired.json", drift + "live.json"}},

	// validate on templates
	{name: "template", args: []string{"validate", cfnExamples + "auth.yaml"}},
	{name: "template-explain", args: []string{"validate", "--explain-skipped", cfnExamples + "auth.yaml"}},
	{name: "template-json", args: []string{"validate", "--format", "json", cfnExamples + "auth.yaml"}},
	{name: "template-parameters", args: []string{"validate", "--parameters", cfnExamples + "parameters.json", "--parameters", "AccessHours=1", cfnExamples + "auth.yaml"}},
	{name: "template-properties", args: []string{"validate", cfnExamples + "properties.json"}},
	{name: "template-stdin", args: []string{"validate", "--format", "json"}, stdin: cfnExamples + "auth.yaml"},
	{name: "template-empty-dir", args: []string{"validate", "testdata/examples/drift"}},
	{name: "template-bad-parameters", args: []string{"validate", "--parameters", "=x", cfnExamples + "auth.yaml"}},
	{name: "template-bad-tag", args: []string{"validate", "--format", "json", cfnExamples + "bad-tag.yaml"}},
	{name: "template-op-create", args: []string{"validate", "--op", "create", cfnExamples + "properties.json"}},

	// validate on Terraform and OpenTofu plans
	{name: "plan", args: []string{"validate", tfExample}},
	{name: "plan-explain", args: []string{"validate", "--explain-skipped", tfExample}},
	{name: "plan-json", args: []string{"validate", "--format", "json", tfExample}},
	{name: "plan-sarif", args: []string{"validate", "--format", "sarif", tfExample}},
	{name: "plan-stdin", args: []string{"validate", "--format", "json"}, stdin: tfPlans + "unknowns.json"},
	{name: "plan-modules", args: []string{"validate", tfPlans + "modules.json"}},
	{name: "plan-managed", args: []string{"validate", "--format", "json", tfPlans + "managed.json"}},
	{name: "plan-update", args: []string{"validate", tfPlans + "update.json"}},
	{name: "plan-sensitive", args: []string{"validate", "--format", "json", tfPlans + "sensitive.json"}},
	{name: "plan-no-clients", args: []string{"validate", tfPlans + "no-clients.json"}},
	{name: "plan-no-clients-json", args: []string{"validate", "--format", "json", tfPlans + "no-clients.json"}},
	{name: "plan-opentofu", args: []string{"validate", tfPlans + "opentofu.json"}},
	{name: "plan-deferred", args: []string{"validate", tfPlans + "deferred.json"}},
	{name: "plan-deferred-json", args: []string{"validate", "--format", "json", tfPlans + "deferred.json"}},
	{name: "plan-version", args: []string{"validate", tfPlans + "version2.json"}},
	{name: "plan-version-json", args: []string{"validate", "--format", "json", tfPlans + "version2.json", tfExample}},
	{name: "plan-version-sarif", args: []string{"validate", "--format", "sarif", tfPlans + "version2.json"}},

	// validate --pool
	{name: "pool", args: append(append([]string{"validate"}, poolFlags...), "testdata/rules/pool.create.json")},
	{name: "pool-json", args: append(append([]string{"validate", "--format", "json"}, poolFlags...), "testdata/rules/pool.create.json", examples+"web-app.json")},
	{name: "pool-example", args: []string{"validate", "--pool", pool + "describe-user-pool.json", "--pool", pool + "list-identity-providers.json",
		"--pool", pool + "list-resource-servers.json", pool + "web-app.json"}},
	{name: "pool-one-fact", args: []string{"validate", "--pool=" + pool + "list-identity-providers.json", pool + "web-app.json"}},
	{name: "pool-missing", args: []string{"validate", "--pool", pool + "missing.json", pool + "web-app.json"}},
	{name: "pool-unrecognised", args: []string{"validate", "--pool", examples + "web-app.json", pool + "web-app.json"}},
	{name: "pool-malformed", args: []string{"validate", "--pool", examples + "malformed.json", pool + "web-app.json"}},
	{name: "pool-stdin", args: []string{"validate", "--pool", "-", pool + "web-app.json"}},
	// Facts about two pools; each client is checked against its own pool's
	// facts, and a client of a third pool against none.
	{name: "pool-two-pools", args: []string{"validate",
		"--pool", pool + "describe-user-pool.json", "--pool", pool + "list-identity-providers.json", "--pool", pool + "list-resource-servers.json",
		"--pool", pools + "eu-west-1/describe-user-pool.json", "--pool", pools + "eu-west-1/list-identity-providers.json",
		pool + "web-app.json", examples + "web-app.json", "testdata/rules/pool-mismatch.create.json"}},
	// list-identity-providers output names no pool: it goes with the pool
	// of the file before it, and cannot come first.
	{name: "pool-unnamed-first", args: []string{"validate", "--pool", pool + "list-identity-providers.json", "--pool", pool + "describe-user-pool.json", pool + "web-app.json"}},
	// describe-identity-provider output names its pool.
	{name: "pool-mapped", args: []string{"validate", "--pool", "testdata/rules/pool-mapped.facts/describe-identity-provider.json", "testdata/rules/pool-mapped.create.json"}},

	// validate --format sarif
	{name: "sarif-valid", args: []string{"validate", "--format", "sarif", examples + "web-app.json"}},
	{name: "sarif-invalid", args: []string{"validate", "--format", "sarif", examples + "broken.json"}},
	{name: "sarif-malformed", args: []string{"validate", "--format=sarif", examples + "malformed.json"}},
	{name: "sarif-describe", args: []string{"validate", "--format", "sarif", drift + "live.json"}},
	{name: "sarif-batch", args: append([]string{"validate", "--format", "sarif"}, append(batch, drift+"live.json")...)},
	{name: "sarif-stdin", args: []string{"validate", "--format", "sarif"}, stdin: examples + "broken.json"},
	{name: "sarif-pool", args: append(append([]string{"validate", "--format", "sarif"}, poolFlags...), "testdata/rules/pool.create.json")},

	// A file saved with a UTF-8 byte order mark, which the AWS CLI refuses.
	{name: "bom", args: []string{"validate", examples + "bom/web-app.json"}},
	{name: "sarif-bom", args: []string{"validate", "--format", "sarif", examples + "bom/web-app.json"}},
	{name: "pool-bom", args: []string{"validate", "--pool", examples + "bom/list-identity-providers.json", pool + "web-app.json"}},

	// Lines that end with a lone CR or with CR LF: the same line and column
	// in the text and in SARIF (SARIF's columns count UTF-16 code units).
	{name: "line-ends", args: append([]string{"validate"}, lineEnds...)},
	{name: "sarif-line-ends", args: append([]string{"validate", "--format", "sarif"}, lineEnds...)},
}

const (
	drift = examples + "drift/"
	pool  = examples + "pool/"
	pools = examples + "pools/"
)

// lineEnds are broken.json and a malformed document, with lone CR and with
// CR LF line ends.
var lineEnds = []string{
	examples + "line-ends/broken-cr.json",
	examples + "line-ends/broken-crlf.json",
	examples + "line-ends/malformed-cr.json",
	examples + "line-ends/malformed-crlf.json",
}

// poolFlags give validate the example pool facts of testdata/rules.
var poolFlags = []string{
	"--pool", "testdata/rules/pool.facts/describe-user-pool.json",
	"--pool", "testdata/rules/pool.facts/list-identity-providers.json",
	"--pool", "testdata/rules/pool.facts/list-resource-servers.json",
}

// output is what one run printed.
type output struct {
	code           int
	stdout, stderr string
}

func (r run) exec(t *testing.T) output {
	t.Helper()
	var stdin bytes.Reader
	if r.stdin != "" {
		data, err := os.ReadFile(r.stdin)
		if err != nil {
			t.Fatal(err)
		}
		stdin.Reset(data)
	}
	var stdout, stderr bytes.Buffer
	code := cli.Run(r.args, &stdin, &stdout, &stderr)
	return output{code, stdout.String(), stderr.String()}
}

// golden renders a run in the layout of the golden files:
//
//	$ appclient ARGS [< STDIN]
//	exit CODE
//	-- stdout --
//	...
//	-- stderr --
//	...
func (r run) golden(o output) string {
	var b strings.Builder
	b.WriteString("$ appclient")
	for _, a := range r.args {
		b.WriteString(" " + a)
	}
	if r.stdin != "" {
		b.WriteString(" < " + r.stdin)
	}
	b.WriteString("\nexit " + strconv.Itoa(o.code) + "\n")
	b.WriteString("-- stdout --\n" + o.stdout)
	b.WriteString("-- stderr --\n" + o.stderr)
	return b.String()
}

// isJSON reports whether r is a validate run with --format json among its
// flags (before the first file).
func (r run) isJSON() bool {
	if len(r.args) == 0 || r.args[0] != "validate" {
		return false
	}
	args := r.args[1:]
	for i := 0; i < len(args); i++ {
		switch a := args[i]; {
		case a == "--format=json" || a == "-format=json":
			return true
		case (a == "--format" || a == "-format") && i+1 < len(args):
			if args[i+1] == "json" {
				return true
			}
			i++
		case (a == "--op" || a == "-op") && i+1 < len(args):
			i++
		case a == "--" || len(a) < 2 || a[0] != '-':
			return false
		}
	}
	return false
}

func TestGolden(t *testing.T) {
	var rules string // the rule catalogue of the first SARIF log
	for _, r := range runs {
		t.Run(r.name, func(t *testing.T) {
			o := r.exec(t)
			if r.isSARIF() {
				// The catalogue, the same in every log, is compared once
				// with its own golden; each log without it with the run's.
				rest, catalogue, ok := cutRules(o.stdout)
				if !ok {
					t.Fatalf("the SARIF log has no rules array, or a ruleIndex that is not its ruleId's:\n%s", o.stdout)
				}
				if rules == "" {
					rules = catalogue
					golden.Check(t, sarifRulesGolden, catalogue)
				} else if catalogue != rules {
					t.Errorf("the rules of this log differ from those of the first SARIF run (-first +this):\n%s", cmp.Diff(rules, catalogue))
				}
				o.stdout = rest
			}
			got := r.golden(o)
			path := filepath.Join("testdata", "cli", r.name+".golden")
			golden.Check(t, path, got)
		})
	}
}

// sarifRulesGolden holds runs[0].tool.driver.rules of every SARIF log that
// validate writes, as a JSON array: the SARIF goldens hold the catalogue
// once, and adding a rule rewrites this file alone.
var sarifRulesGolden = filepath.Join("testdata", "cli", "sarif-rules.golden")

// The lines around the rule array of a SARIF log, and what stands for the
// array in a SARIF golden. JSON strings hold no line break, so no input
// can write these lines.
const (
	rulesIndent = "          "
	rulesOpen   = "\n" + rulesIndent + `"rules": [` + "\n"
	rulesClose  = "\n" + rulesIndent + "]"
	rulesElided = rulesIndent + `  "(the rule catalogue: testdata/cli/sarif-rules.golden)"`
)

// cutRules cuts the rule array out of a SARIF log as validate writes it. It
// returns the log with the array's items replaced by rulesElided and each
// result's ruleIndex, once checked to point at the rule of its ruleId, by a
// placeholder, and the array as a JSON document of its own (unindented). ok
// is false when the log has no rule array or a ruleIndex is wrong.
func cutRules(log string) (rest, rules string, ok bool) {
	head, tail, ok := strings.Cut(log, rulesOpen)
	if !ok {
		return "", "", false
	}
	items, after, ok := strings.Cut(tail, rulesClose)
	if !ok {
		return "", "", false
	}
	var b strings.Builder
	b.WriteString("[\n")
	for _, line := range strings.Split(items, "\n") {
		b.WriteString(strings.TrimPrefix(line, rulesIndent) + "\n")
	}
	b.WriteString("]\n")
	rest = head + rulesOpen + rulesElided + rulesClose + after
	// Each result's ruleIndex shifts whenever a rule is added before its
	// rule: the golden holds what stays true, that it points at the rule
	// of its ruleId, and the index itself is checked here.
	var ids []struct {
		ID string `json:"id"`
	}
	var sarif struct {
		Runs []struct {
			Results []struct {
				RuleID    string `json:"ruleId"`
				RuleIndex *int   `json:"ruleIndex"`
			} `json:"results"`
		} `json:"runs"`
	}
	if json.Unmarshal([]byte(b.String()), &ids) != nil || json.Unmarshal([]byte(log), &sarif) != nil {
		return "", "", false
	}
	for _, run := range sarif.Runs {
		for _, r := range run.Results {
			if r.RuleIndex == nil || *r.RuleIndex < 0 || *r.RuleIndex >= len(ids) || ids[*r.RuleIndex].ID != r.RuleID {
				return "", "", false
			}
		}
	}
	rest = ruleIndex.ReplaceAllString(rest, `$1"(the index of ruleId in the rules: checked)"`)
	return rest, b.String(), true
}

// ruleIndex matches a result's ruleIndex member in an indented SARIF log:
// a line of its own, which no string from the input can start.
var ruleIndex = regexp.MustCompile(`(?m)^(\s*"ruleIndex": )\d+`)

func TestExitCodes(t *testing.T) {
	want := map[string]int{
		"web-app": 0, "update": 0, "describe": 0, "valid-json": 0, "dash-dash": 2,
		"broken": 1, "malformed": 1, "stdin": 1, "op-create-on-update": 1,
		"batch": 2, "batch-json": 2, "missing-json": 2,
		"usage-no-command": 2, "usage-unknown-flag": 2, "usage-bad-format": 2, "usage-bad-op": 2,
		"help": 0, "help-flag": 0, "validate-help": 0, "rules-markdown": 0,
		"diff-drift": 1, "diff-drift-json": 1, "diff-equal": 0, "diff-equal-json": 0, "diff-update-resets": 1,
		"diff-secrets": 1, "diff-secrets-json": 1, "diff-words-json": 1, "diff-stdin": 1, "diff-invalid": 2, "diff-malformed": 2,
		"diff-missing": 2, "diff-op-desired": 2, "diff-usage-one-file": 2, "diff-usage-two-stdin": 2,
		"diff-usage-bad-op": 2, "diff-usage-bad-format": 2,
		"pool": 1, "pool-json": 1, "pool-example": 1, "pool-one-fact": 2, "pool-missing": 2,
		"pool-unrecognised": 2, "pool-malformed": 2, "pool-stdin": 2,
		"pool-two-pools": 1, "pool-unnamed-first": 2, "pool-mapped": 0,
		"sarif-valid": 0, "sarif-invalid": 1, "sarif-malformed": 1, "sarif-describe": 0, "sarif-batch": 2,
		"sarif-stdin": 1, "sarif-pool": 1, "bom": 1, "sarif-bom": 1, "pool-bom": 2,
		"template": 1, "template-explain": 1, "template-json": 1, "template-parameters": 1, "template-properties": 1,
		"template-stdin": 1, "template-empty-dir": 2, "template-bad-parameters": 2, "template-op-create": 1, "template-bad-tag": 1,
		"plan": 1, "plan-explain": 1, "plan-json": 1, "plan-sarif": 1, "plan-stdin": 1, "plan-modules": 1, "plan-managed": 1,
		"plan-update": 1, "plan-sensitive": 1, "plan-no-clients": 0, "plan-no-clients-json": 0, "plan-opentofu": 1, "plan-deferred": 0, "plan-deferred-json": 0,
		"plan-version": 2, "plan-version-json": 2, "plan-version-sarif": 2,
	}
	got := map[string]int{}
	for _, r := range runs {
		if _, ok := want[r.name]; ok {
			got[r.name] = r.exec(t).code
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("exit codes (-want +got):\n%s", diff)
	}
}

// jsonOutput mirrors the document that validate --format json prints.
type jsonOutput struct {
	Results []struct {
		File       string
		Op         string
		Resource   string // a template's client, a plan's resource instance
		CDKPath    string
		Action     string // a plan's: create, update or replace
		Valid      bool
		Violations []struct {
			Field, Rule, Severity, Message string
			Line, Column                   int // in a template
		}
		Skipped []struct {
			Field, Reason string
			Rules         []string
			Line, Column  int
		}
		Note  string
		Error *string
	}
}

func TestJSONOutput(t *testing.T) {
	n := 0
	for _, r := range runs {
		if !r.isJSON() {
			continue
		}
		n++
		t.Run(r.name, func(t *testing.T) {
			o := r.exec(t)
			var doc jsonOutput
			dec := json.NewDecoder(strings.NewReader(o.stdout))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&doc); err != nil {
				t.Fatalf("stdout is not the JSON document: %v\n%s", err, o.stdout)
			}
			if dec.More() {
				t.Fatalf("stdout holds more than one JSON document")
			}
			anyError, anyUnreadable := false, false
			for _, res := range doc.Results {
				if res.Violations == nil {
					t.Errorf("%s: violations is null, want a list", res.File)
				}
				hasError := false
				for _, v := range res.Violations {
					switch v.Severity {
					case "error":
						hasError = true
					case "warning":
					default:
						t.Errorf("%s: %s: severity %q", res.File, v.Field, v.Severity)
					}
				}
				if res.Error != nil {
					anyUnreadable = true
					if res.Valid || res.Op != "" || *res.Error == "" || len(res.Violations) != 0 {
						t.Errorf("%s: unreadable file reported as %+v", res.File, res)
					}
					if !strings.Contains(o.stderr, res.File+": "+*res.Error) {
						t.Errorf("%s: stderr does not give the reason %q:\n%s", res.File, *res.Error, o.stderr)
					}
					continue
				}
				if res.Valid == hasError {
					t.Errorf("%s: valid is %v, but has an error-severity violation is %v", res.File, res.Valid, hasError)
				}
				switch res.Op {
				case "create", "update", "describe":
				default:
					t.Errorf("%s: op %q", res.File, res.Op)
				}
				anyError = anyError || hasError
			}
			want := 0
			switch {
			case anyUnreadable:
				want = 2
			case anyError:
				want = 1
			}
			if o.code != want {
				t.Errorf("exit code %d, want %d", o.code, want)
			}
		})
	}
	if n == 0 {
		t.Fatal("no run uses --format json")
	}
}

// TestNoSecrets checks that no output ever contains the ClientSecret or the
// ClientId of the examples, whatever the op and however broken the input.
func TestNoSecrets(t *testing.T) {
	var describe struct {
		UserPoolClient struct{ ClientID, ClientSecret string }
	}
	var upd struct{ ClientID string }
	readJSON(t, examples+"describe.json", &describe)
	readJSON(t, examples+"update.json", &upd)
	secrets := []string{describe.UserPoolClient.ClientSecret, describe.UserPoolClient.ClientID, upd.ClientID}
	for _, s := range secrets {
		if s == "" {
			t.Fatal("examples lost their ClientSecret or ClientId")
		}
	}

	all := append([]run(nil), runs...)
	for _, op := range []string{"auto", "create", "update", "describe"} {
		for _, format := range []string{"text", "json"} {
			for _, f := range []string{"describe.json", "update.json"} {
				all = append(all, run{name: op + "-" + format + "-" + f, args: []string{"validate", "--op", op, "--format", format, examples + f}})
			}
		}
	}
	var stdout, stderr bytes.Buffer
	check := func(name string, o string) {
		for _, s := range secrets {
			if strings.Contains(o, s) {
				t.Errorf("%s: output contains a secret:\n%s", name, o)
			}
		}
	}
	for _, r := range all {
		o := r.exec(t)
		check(r.name, o.stdout+o.stderr)
	}
	// Inputs broken right at, or inside, a secret value.
	for _, f := range []string{"describe.json", "update.json"} {
		data, err := os.ReadFile(examples + f)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range secrets {
			i := bytes.Index(data, []byte(s))
			if i < 0 {
				continue
			}
			for _, broken := range [][]byte{
				data[:i+len(s)/2],
				cat(data[:i+3], []byte("\x00\xff"), data[i+3:]),
				cat(data[:i+3], []byte(`\q`), data[i+3:]),
				cat(data[:i-1], data[i:]),
				cat(data[:i+len(s)+1], []byte(`,`), data[i+len(s)+1:]),
			} {
				for _, format := range []string{"text", "json"} {
					stdout.Reset()
					stderr.Reset()
					cli.Run([]string{"validate", "--format", format}, bytes.NewReader(broken), &stdout, &stderr)
					check(f+" broken", stdout.String()+stderr.String())
				}
			}
		}
	}
}

func cat(parts ...[]byte) []byte {
	var out []byte
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

const (
	startMarker = "<!-- rules:start -->\n"
	endMarker   = "<!-- rules:end -->"
)

// TestReadmeRuleTableIsFresh checks that README.md holds the current rule
// table between its markers; -update rewrites it.
func TestReadmeRuleTableIsFresh(t *testing.T) {
	const path = "README.md"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	before, rest, ok := strings.Cut(readme, startMarker)
	if !ok {
		t.Fatalf("%s has no %q line", path, strings.TrimSpace(startMarker))
	}
	table, after, ok := strings.Cut(rest, endMarker)
	if !ok {
		t.Fatalf("%s has no %q after %q", path, endMarker, strings.TrimSpace(startMarker))
	}
	want := cli.RulesMarkdown()
	if table == want {
		return
	}
	if golden.Update() {
		fresh := before + startMarker + want + endMarker + after
		if err := os.WriteFile(path, []byte(fresh), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("the rule table in %s is stale (-want +got):\n%s\nrun: go test ./cmd/appclient/internal/cli -run TestReadmeRuleTableIsFresh -update\n(or: go run ./cmd/appclient rules --format markdown, and paste it between the markers)",
		path, cmp.Diff(want, table))
}

// TestMainDocListsEveryCommand keeps the usage comment of cmd/appclient
// true: each line of the synopsis that "appclient help" prints appears in
// main.go's package comment, and the comment names no other command.
func TestMainDocListsEveryCommand(t *testing.T) {
	const path = "cmd/appclient/main.go"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, _, _ := strings.Cut(string(data), "\npackage main")
	var stdout, stderr bytes.Buffer
	if code := cli.Run([]string{"help"}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("help: exit %d: %s", code, stderr.String())
	}
	synopsis, _, _ := strings.Cut(strings.TrimPrefix(stdout.String(), "usage:\n"), "\n\n")
	var want []string
	for _, line := range strings.Split(synopsis, "\n") {
		want = append(want, strings.TrimSpace(line))
	}
	var got []string
	for _, line := range strings.Split(doc, "\n") {
		if rest, ok := strings.CutPrefix(line, "//\t"); ok {
			got = append(got, strings.TrimSpace(rest))
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("the synopsis in %s differs from appclient help (-want +got):\n%s", path, diff)
	}
}
