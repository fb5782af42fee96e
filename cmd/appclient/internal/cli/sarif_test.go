package cli_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/cfn"
	"github.com/cognitokit/appclient/client/tfplan"
	"github.com/cognitokit/appclient/cmd/appclient/internal/cli"
)

// sarifDoc mirrors what validate --format sarif prints.
type sarifDoc struct {
	Schema  string `json:"$schema"`
	Version string
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name           string
				InformationURI string `json:"informationUri"`
				Rules          []struct {
					ID                   string
					ShortDescription     struct{ Text string }
					HelpURI              string `json:"helpUri"`
					DefaultConfiguration struct{ Level string }
					Properties           struct{ Family, Exception string }
				}
			}
		}
		Invocations []struct {
			ExecutionSuccessful        bool
			ToolExecutionNotifications []struct {
				Level     string
				Message   struct{ Text string }
				Locations []sarifLocation
			}
		}
		ColumnKind string
		Results    []struct {
			RuleID    string
			RuleIndex int
			Level     string
			Message   struct{ Text string }
			Locations []sarifLocation
		}
	}
}

type sarifLocation struct {
	PhysicalLocation struct {
		ArtifactLocation struct{ URI string }
		Region           *struct{ StartLine, StartColumn int }
	}
	LogicalLocations []struct{ FullyQualifiedName, Kind string }
}

func parseSARIF(t testing.TB, stdout string) sarifDoc {
	t.Helper()
	var doc sarifDoc
	dec := json.NewDecoder(strings.NewReader(stdout))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("stdout is not the SARIF document: %v\n%s", err, stdout)
	}
	if dec.More() {
		t.Fatal("stdout holds more than one JSON document")
	}
	if len(doc.Runs) != 1 || len(doc.Runs[0].Invocations) != 1 {
		t.Fatalf("want one run with one invocation, got %d runs", len(doc.Runs))
	}
	return doc
}

// isSARIF reports whether r is a validate run with --format sarif.
func (r run) isSARIF() bool {
	if len(r.args) == 0 || r.args[0] != "validate" {
		return false
	}
	for i, a := range r.args {
		if a == "--format=sarif" || (a == "--format" && i+1 < len(r.args) && r.args[i+1] == "sarif") {
			return true
		}
	}
	return false
}

// TestSARIFOutput checks every SARIF run of the golden table: the log's
// fixed parts, the rule table, one result per violation in order, and each
// region against the input file (see checkRegion).
func TestSARIFOutput(t *testing.T) {
	rules := append(append(client.Rules(), cfn.Rules()...), tfplan.Rules()...) // as the command lists them (allRules)
	n := 0
	for _, r := range runs {
		if !r.isSARIF() {
			continue
		}
		n++
		t.Run(r.name, func(t *testing.T) {
			if isPlanRun(t, r) {
				t.Skip("a plan: TestSARIFPlan checks it")
			}
			o := r.exec(t)
			doc := parseSARIF(t, o.stdout)
			run := doc.Runs[0]
			if doc.Schema != "https://json.schemastore.org/sarif-2.1.0.json" || doc.Version != "2.1.0" ||
				run.Tool.Driver.Name != "appclient" || run.ColumnKind != "utf16CodeUnits" {
				t.Errorf("header: %s %s %s %s", doc.Schema, doc.Version, run.Tool.Driver.Name, run.ColumnKind)
			}
			if len(run.Tool.Driver.Rules) != len(rules) {
				t.Fatalf("%d rules, want %d", len(run.Tool.Driver.Rules), len(rules))
			}
			for i, rule := range rules {
				got := run.Tool.Driver.Rules[i]
				want := []string{string(rule.ID), rule.Doc, rule.Source, rule.Severity.String(), rule.Family(), rule.Exception}
				if diff := cmp.Diff(want, []string{got.ID, got.ShortDescription.Text, got.HelpURI,
					got.DefaultConfiguration.Level, got.Properties.Family, got.Properties.Exception}); diff != "" {
					t.Errorf("rule %d (-want +got):\n%s", i, diff)
				}
			}

			// The violations validate finds, file by file, in order.
			type expected struct {
				file string
				data []byte
				v    client.Violation
			}
			var want []expected
			unreadable := 0
			files, op, pool := sarifFiles(t, r)
			for _, f := range files {
				var data []byte
				var err error
				if f == "-" {
					data, err = os.ReadFile(r.stdin)
				} else {
					data, err = os.ReadFile(f)
				}
				if err != nil {
					unreadable++
					continue
				}
				_, vs := client.DecodeCheckPools(data, op, pool)
				for _, v := range vs {
					want = append(want, expected{f, data, v})
				}
			}
			inv := run.Invocations[0]
			if len(inv.ToolExecutionNotifications) != unreadable || inv.ExecutionSuccessful != (unreadable == 0) {
				t.Errorf("invocation %+v, want %d notifications", inv, unreadable)
			}
			if len(run.Results) != len(want) {
				t.Fatalf("%d results, want %d", len(run.Results), len(want))
			}
			for i, res := range run.Results {
				w := want[i]
				text := w.v.Message
				if w.v.Path != "" {
					text = w.v.Path + ": " + text
				}
				if diff := cmp.Diff([]string{string(w.v.Rule), w.v.Severity.String(), text}, []string{res.RuleID, res.Level, res.Message.Text}); diff != "" {
					t.Errorf("result %d (-want +got):\n%s", i, diff)
				}
				if res.RuleIndex < 0 || res.RuleIndex >= len(rules) || string(rules[res.RuleIndex].ID) != res.RuleID {
					t.Errorf("result %d: ruleIndex %d for %s", i, res.RuleIndex, res.RuleID)
				}
				if w.file == "-" {
					if len(res.Locations) != 0 {
						t.Errorf("result %d: standard input has a location", i)
					}
					continue
				}
				if len(res.Locations) != 1 || res.Locations[0].PhysicalLocation.Region == nil {
					t.Fatalf("result %d: no region", i)
				}
				loc := res.Locations[0].PhysicalLocation
				if loc.ArtifactLocation.URI != w.file {
					t.Errorf("result %d: uri %q, want %q", i, loc.ArtifactLocation.URI, w.file)
				}
				checkRegion(t, w.data, w.v, loc.Region.StartLine, loc.Region.StartColumn)
			}
			if o.stderr != "" && unreadable == 0 {
				t.Errorf("stderr: %s", o.stderr)
			}
		})
	}
	if n == 0 {
		t.Fatal("no run uses --format sarif")
	}
}

// sarifFiles returns the files, op and pool facts of a validate run.
func sarifFiles(t *testing.T, r run) ([]string, client.Op, *client.Pools) {
	t.Helper()
	var files []string
	op := client.Auto
	var pool *client.Pools
	args := r.args[1:]
	for i := 0; i < len(args); i++ {
		switch a := args[i]; {
		case a == "--format" || a == "--op":
			if a == "--op" {
				op, _ = client.ParseOp(args[i+1])
			}
			i++
		case a == "--pool":
			data, err := os.ReadFile(args[i+1])
			if err != nil {
				t.Fatal(err)
			}
			if pool == nil {
				pool = &client.Pools{}
			}
			if err := pool.AddJSON(data); err != nil {
				t.Fatal(err)
			}
			i++
		case strings.HasPrefix(a, "--"):
		default:
			files = append(files, a)
		}
	}
	if len(files) == 0 {
		files = []string{"-"}
	}
	return files, op, pool
}

// checkRegion checks that a region points where the violation is: at the
// syntax error for json.syntax (the line and column its message gives); at
// the member's name, or the list item, when it occurs in the document;
// otherwise at the nearest enclosing member that occurs, or at 1:1.
func checkRegion(t *testing.T, data []byte, v client.Violation, line, col int) {
	t.Helper()
	at, ok := textAt(data, line, col)
	if !ok {
		t.Errorf("%s [%s]: region %d:%d is outside the input", v.Path, v.Rule, line, col)
		return
	}
	if v.Rule == client.RuleJSONSyntax {
		if _, rest, found := strings.Cut(v.Message, "at line "); found {
			// The message counts characters, the region UTF-16 code units.
			want := strings.SplitN(rest, ":", 2)[0] // "4, column 47"
			start, _ := textAt(data, line, 1)       // the line of the region
			chars := utf8.RuneCount(start[:len(start)-len(at)]) + 1
			if got := strconv.Itoa(line) + ", column " + strconv.Itoa(chars); got != want {
				t.Errorf("%s [%s]: region %d:%d (character %d), message says %s", v.Path, v.Rule, line, col, chars, want)
			}
		}
		return
	}
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		return // a document that does not parse: only json.syntax is checked
	}
	for p := v.Path; ; p = parent(p) {
		if p == "" {
			if line != 1 || col != 1 {
				t.Errorf("%s [%s]: region %d:%d, want 1:1 (no enclosing member occurs)", v.Path, v.Rule, line, col)
			}
			return
		}
		item, name, found := lookup(doc, p)
		if !found {
			continue
		}
		var want []byte
		if name != "" {
			want = []byte(strconv.Quote(name))
		} else {
			want, _ = json.Marshal(item)
		}
		if !bytes.HasPrefix(at, want) {
			t.Errorf("%s [%s]: region %d:%d points at %q, want %s there", v.Path, v.Rule, line, col, clipText(at), want)
		}
		return
	}
}

func clipText(b []byte) string {
	if len(b) > 40 {
		b = b[:40]
	}
	return string(b)
}

// textAt returns data from a SARIF line and UTF-16 column on.
func textAt(data []byte, line, col int) ([]byte, bool) {
	i := 0
	for l := 1; l < line; l++ {
		j := bytes.IndexAny(data[i:], "\r\n")
		if j < 0 {
			return nil, false
		}
		i += j
		if data[i] == '\r' && i+1 < len(data) && data[i+1] == '\n' {
			i++
		}
		i++
	}
	for c := 1; c < col; {
		if i >= len(data) || data[i] == '\n' || data[i] == '\r' {
			return nil, false
		}
		r, n := utf8.DecodeRune(data[i:])
		if r >= 0x10000 {
			c += 2
		} else {
			c++
		}
		i += n
	}
	return data[i:], true
}

// parent strips the last ".name" or "[index]" of a path (paths here have no
// quoted segments).
func parent(p string) string {
	i := strings.LastIndexAny(p, ".[")
	if i < 0 {
		return ""
	}
	return p[:i]
}

// lookup finds a path in a decoded document: for a member, its name; for a
// list item, the item.
func lookup(doc any, path string) (item any, name string, ok bool) {
	if strings.HasPrefix(path, `"`) || strings.Contains(path, `."`) {
		return nil, "", false
	}
	cur := doc
	for seg := range strings.SplitSeq(strings.ReplaceAll(path, "[", ".["), ".") {
		if strings.HasPrefix(seg, "[") {
			list, isList := cur.([]any)
			i, err := strconv.Atoi(strings.Trim(seg, "[]"))
			if !isList || err != nil || i >= len(list) {
				return nil, "", false
			}
			cur, name = list[i], ""
			continue
		}
		obj, isObj := cur.(map[string]any)
		if !isObj {
			return nil, "", false
		}
		if cur, ok = obj[seg]; !ok {
			return nil, "", false
		}
		name = seg
	}
	return cur, name, true
}

// TestSARIFRegions pins regions in documents written to catch a locator
// out: CRLF and lone CR line ends, characters outside the BMP before a
// member (two UTF-16 units each), repeated members (the decoder checks the
// last value, and each finding points where it was read), describe
// documents, members missing from the document, an unknown member whose
// name reads like a path, and syntax errors after multi-byte text.
func TestSARIFRegions(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []string // "LINE:COL rule path", one per result
	}{
		{
			name: "crlf",
			doc:  "{\r\n  \"UserPoolId\": \"us-east-1_Ab12Cd34E\",\r\n  \"ClientName\": \"web\",\r\n  \"PreventUserExistenceErrors\": \"LEGACY\"\r\n}\r\n",
			want: []string{"4:3 security.user-existence-errors PreventUserExistenceErrors"},
		},
		{
			name: "lone cr",
			doc:  "{\r\"UserPoolId\": \"us-east-1_Ab12Cd34E\",\r\"ClientName\": \"web\",\r\"PreventUserExistenceErrors\": \"LEGACY\"}",
			want: []string{"4:1 security.user-existence-errors PreventUserExistenceErrors"},
		},
		{
			name: "astral characters count two",
			doc:  `{"ClientName": "😀😀", "UserPoolId": "us-east-1_Ab12Cd34E", "PreventUserExistenceErrors": "ENABLED", "CallbackURLs": ["https://a.example.com/cb", "http://x.example.com/cb"]}`,
			want: []string{
				"1:2 model.pattern ClientName",
				"1:102 oauth.disabled-settings CallbackURLs",
				"1:147 urls.https CallbackURLs[1]",
			},
		},
		{
			name: "repeated member",
			doc:  "{\n\"UserPoolId\": \"us-east-1_Ab12Cd34E\",\n\"ClientName\": \"a\",\n\"ClientName\": \"b\",\n\"ClientName\": \"c\",\n\"PreventUserExistenceErrors\": \"ENABLED\"}",
			want: []string{
				"4:1 json.duplicate-member ClientName",
				"5:1 json.duplicate-member ClientName",
			},
		},
		{
			name: "describe document",
			doc:  "{\"UserPoolClient\": {\n  \"ClientName\": \"web\",\n  \"TokenValidityUnits\": {\"AccessToken\": \"Hours\"},\n  \"LogoutURLs\": [\"https://a.example.com/\", \"ftp://x/#frag\"]\n}}",
			want: []string{
				"3:26 model.enum UserPoolClient.TokenValidityUnits.AccessToken",
				"4:3 oauth.disabled-settings UserPoolClient.LogoutURLs",
				"4:44 urls.logout UserPoolClient.LogoutURLs[1]",
				"1:2 security.user-existence-errors UserPoolClient.PreventUserExistenceErrors",
			},
		},
		{
			name: "missing member points at the document",
			doc:  "\n\n{\"ClientName\": \"web\", \"PreventUserExistenceErrors\": \"ENABLED\"}",
			want: []string{"1:1 model.required UserPoolId"},
		},
		{
			name: "unknown member with an unprintable name",
			doc:  "{\"UserPoolId\": \"us-east-1_Ab12Cd34E\", \"ClientName\": \"web\", \"PreventUserExistenceErrors\": \"ENABLED\",\n \"Bad\\u0000Name\": 1}",
			want: []string{`2:2 json.unknown-member "Bad\x00Name"`},
		},
		{
			name: "syntax error after lone CRs",
			doc:  "{\r\"UserPoolId\": \"us-east-1_Ab12Cd34E\",\r\"ClientName\": \"😀\", \"AuthSessionValidity\": tru}",
			want: []string{"3:44 json.syntax AuthSessionValidity"}, // the text says column 43: 😀 is one character, two UTF-16 units
		},
		{
			name: "syntax error after CR LF",
			doc:  "{\r\n\"UserPoolId\": \"us-east-1_Ab12Cd34E\",\r\n\"ClientName\": \"😀\", \"AuthSessionValidity\": tru}",
			want: []string{"3:44 json.syntax AuthSessionValidity"},
		},
		{
			name: "repeated members: the value checked is the last",
			doc:  "{\"UserPoolId\": \"us-east-1_Ab12Cd34E\", \"ClientName\": \"web\",\n\"PreventUserExistenceErrors\": \"ENABLED\", \"AccessTokenValidity\": 60,\n\"PreventUserExistenceErrors\": \"LEGACY\", \"AccessTokenValidity\": \"60\",\n\"RefreshTokenRotation\": {\"Feature\": \"ENABLED\"}, \"RefreshTokenRotation\": {}}",
			want: []string{
				"3:1 json.duplicate-member PreventUserExistenceErrors",
				"3:41 json.duplicate-member AccessTokenValidity",
				"3:41 json.type AccessTokenValidity",
				"4:49 json.duplicate-member RefreshTokenRotation",
				"4:49 model.required RefreshTokenRotation.Feature", // the first one has it; the second, checked, does not
				"3:1 security.user-existence-errors PreventUserExistenceErrors",
			},
		},
		{
			name: "unknown member named like a path",
			doc:  "{\"UserPoolId\": \"us-east-1_Ab12Cd34E\", \"ClientName\": \"web\", \"PreventUserExistenceErrors\": \"ENABLED\",\n\"TokenValidityUnits.AccessToken\": 1, \"TokenValidityUnits\": {\"AccessToken\": \"weeks\"}}",
			want: []string{
				"2:1 json.unknown-member TokenValidityUnits.AccessToken",
				"2:61 model.enum TokenValidityUnits.AccessToken", // the member, not the unknown name that reads the same
			},
		},
		{
			name: "syntax error after multi-byte text",
			doc:  "{\"ClientName\": \"café 😀\",\n  \"UserPoolId\": tru}",
			want: []string{"2:17 json.syntax UserPoolId"},
		},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-")+".json")
			if err := os.WriteFile(file, []byte(tt.doc), 0o644); err != nil {
				t.Fatal(err)
			}
			var stdout, stderr bytes.Buffer
			cli.Run([]string{"validate", "--format", "sarif", file}, nil, &stdout, &stderr)
			doc := parseSARIF(t, stdout.String())
			var got []string
			for _, r := range doc.Runs[0].Results {
				reg := r.Locations[0].PhysicalLocation.Region
				path, _, _ := strings.Cut(r.Message.Text, ": ")
				got = append(got, strconv.Itoa(reg.StartLine)+":"+strconv.Itoa(reg.StartColumn)+" "+r.RuleID+" "+path)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("regions (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSARIFDeterministic: the same run prints the same bytes.
func TestSARIFDeterministic(t *testing.T) {
	args := append([]string{"validate", "--format", "sarif"}, batch...)
	var first string
	for i := range 3 {
		var stdout, stderr bytes.Buffer
		cli.Run(args, nil, &stdout, &stderr)
		if i == 0 {
			first = stdout.String()
		} else if stdout.String() != first {
			t.Fatalf("run %d printed other bytes", i)
		}
	}
}

// FuzzSARIFRegions: for any input file, validate --format sarif does not
// panic, prints one SARIF log, and every region lies within the input.
func FuzzSARIFRegions(f *testing.F) {
	for _, name := range []string{"web-app.json", "broken.json", "malformed.json", "describe.json", "update.json", "drift/live.json",
		"cloudformation/auth.yaml", "cloudformation/bad-tag.yaml", "cloudformation/properties.json"} {
		data, err := os.ReadFile(examples + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("{\r\n\"ClientName\":\"😀\",\r\"X\":[1,[2,{\"a\":3}]],\"ClientName\":1}"))
	f.Add([]byte(`{"UserPoolClient":{"UserPoolClient":{"a.b":{"c[1]":2}},"\ud800":1}}`))
	file := filepath.Join(f.TempDir(), "input.json")
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
		var stdout, stderr bytes.Buffer
		code := cli.Run([]string{"validate", "--format", "sarif", file}, nil, &stdout, &stderr)
		if code == 2 {
			t.Fatalf("exit 2: %s", stderr.String())
		}
		doc := parseSARIF(t, stdout.String())
		for _, r := range doc.Runs[0].Results {
			if len(r.Locations) != 1 || r.Locations[0].PhysicalLocation.Region == nil {
				t.Fatalf("%s: no region", r.Message.Text)
			}
			reg := r.Locations[0].PhysicalLocation.Region
			if reg.StartLine < 1 || reg.StartColumn < 1 {
				t.Fatalf("%s: region %d:%d", r.Message.Text, reg.StartLine, reg.StartColumn)
			}
			if _, ok := textAt(data, reg.StartLine, reg.StartColumn); !ok {
				t.Fatalf("%s: region %d:%d is outside the input %q", r.Message.Text, reg.StartLine, reg.StartColumn, data)
			}
		}
	})
}
