package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"io"
	"strings"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/cfn"
	"github.com/cognitokit/appclient/client/tfplan"
	"github.com/cognitokit/appclient/internal/pathname"
)

// jsonResult is one file's entry in the output of validate --format json.
type jsonResult struct {
	File string `json:"file"`
	Op   string `json:"op"`
	// Resource and CDKPath name the AWS::Cognito::UserPoolClient of a
	// template: its logical ID and its aws:cdk:path metadata.
	// For a plan, Resource is the resource instance's address and Action
	// what the plan does to it: create, update or replace.
	Resource   string          `json:"resource,omitempty"`
	CDKPath    string          `json:"cdkPath,omitempty"`
	Action     string          `json:"action,omitempty"`
	Valid      bool            `json:"valid"`
	Violations []jsonViolation `json:"violations"`
	// Skipped lists, for a template's client, the values known only at
	// deploy and the rules not applied to them.
	Skipped []jsonSkipped `json:"skipped,omitempty"`
	Note    string        `json:"note,omitempty"`
	Error   string        `json:"error,omitempty"`
}

type jsonViolation struct {
	Field    string `json:"field"`
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
	// Line and Column (1-based, in characters) are where the value is in a
	// template.
	Line   int `json:"line,omitempty"`
	Column int `json:"column,omitempty"`
}

// poolFlag collects the files of the repeatable --pool flag.
type poolFlag []string

func (p *poolFlag) String() string { return strings.Join(*p, ",") }

func (p *poolFlag) Set(v string) error {
	*p = append(*p, v)
	return nil
}

func runValidate(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	format := fs.String("format", "text", "output format: text, json or sarif")
	opName := fs.String("op", "auto", "input kind: auto, create, update or describe")
	maxBytes := maxBytesFlag(fs)
	var pools poolFlag
	var params paramFlag
	fs.Var(&params, "parameters", "values for a template's parameters: Key=Value, or a FILE with the AWS CLI's [{\"ParameterKey\": K, \"ParameterValue\": V}] or one Key=Value per line (repeatable)")
	explain := fs.Bool("explain-skipped", false, "list, for each template value known only at deploy, the rules not applied to it")
	fs.Var(&pools, "pool", "facts about a user pool: describe-user-pool, list-identity-providers, describe-identity-provider or list-resource-servers output (repeatable; several pools may be given)")
	files, code, ok := parseFlags(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	if msg, ok := oneOf("format", *format, "text", "json", "sarif"); !ok {
		return usageError(stderr, "validate: "+msg)
	}
	op, ok := client.ParseOp(*opName)
	if !ok {
		msg, _ := oneOf("op", *opName, "auto", "create", "update", "describe")
		return usageError(stderr, "validate: "+msg)
	}
	pool, ok := loadPool(pools, *maxBytes, stderr)
	if !ok {
		return exitUsage
	}
	values, err := params.load(*maxBytes)
	if err != nil {
		return usageError(stderr, "validate: "+err.Error())
	}
	if len(files) == 0 {
		files = []string{"-"}
	}
	if files, err = expandDirs(files); err != nil {
		return usageError(stderr, "validate: "+err.Error())
	}

	v := validator{op: op, pool: pool, stdin: stdin, stderr: stderr, out: bufio.NewWriter(stdout), max: *maxBytes,
		params: values, explain: *explain}
	switch *format {
	case "sarif":
		v.sarif = newSARIF()
	case "json":
		v.json = true
		v.enc = json.NewEncoder(&v.buf)
		v.enc.SetEscapeHTML(false)
		v.enc.SetIndent("    ", "  ")
		v.out.WriteString("{\n  \"results\": [")
	}
	for i, name := range files {
		v.file(i, name)
	}
	if v.sarif != nil {
		v.sarif.write(v.out)
	}
	if v.json {
		if len(files) > 0 {
			v.out.WriteString("\n  ")
		}
		v.out.WriteString("]\n}\n")
	}
	v.out.Flush()
	return v.code
}

// validator validates files one after the other, writing to one buffered
// writer.
type validator struct {
	op     client.Op
	pool   *client.Pools // nil without --pool; each client gets its own pool's facts
	stdin  io.Reader
	stderr io.Writer
	out    *bufio.Writer
	code   int
	max    int64 // the largest input read

	params  map[string]string // --parameters, for templates
	explain bool              // --explain-skipped

	stdinData []byte // standard input, read once
	stdinErr  error
	stdinRead bool

	json bool
	enc  *json.Encoder // encodes into buf
	buf  bytes.Buffer

	sarif *sarifWriter // non-nil for --format sarif
}

// loadPool reads the --pool files into Pools, facts accumulating under the
// pool each file names (a file that names none, such as
// list-identity-providers output, goes with the pool of the latest earlier
// file); nil when there is none. A file that cannot be read, that is not
// one of the AWS CLI outputs, or whose pool cannot be told stops the
// command: loadPool reports it on stderr and returns false.
func loadPool(files []string, max int64, stderr io.Writer) (*client.Pools, bool) {
	if len(files) == 0 {
		return nil, true
	}
	pool := &client.Pools{}
	for _, name := range files {
		reason := ""
		if name == "-" {
			reason = "standard input holds the configurations to check; give the pool facts in a file"
		} else if data, err := readLimited(name, nil, max); err != nil {
			reason = readError(err)
		} else if err := pool.AddJSON(data); err != nil {
			reason = err.Error()
		}
		if reason != "" {
			w := bufio.NewWriter(stderr)
			w.WriteString("appclient: validate: --pool " + pathname.Text(name) + ": " + reason + "\n")
			w.Flush()
			return nil, false
		}
	}
	return pool, true
}

func (v *validator) read(name string) ([]byte, error) {
	if name != "-" {
		return readLimited(name, nil, v.max)
	}
	if !v.stdinRead {
		v.stdinRead = true
		v.stdinData, v.stdinErr = readLimited("-", v.stdin, v.max)
	}
	return v.stdinData, v.stdinErr
}

// file validates the file name, the i-th of the call.
func (v *validator) file(i int, name string) {
	data, err := v.read(name)
	if err != nil {
		v.unreadable(i, name, readError(err))
		return
	}
	if v.op == client.Auto && tfplan.Detect(data) {
		v.plan(i, name, data)
		return
	}
	if v.op == client.Auto && cfn.Detect(data) != cfn.NotTemplate {
		v.template(i, name, data)
		return
	}
	if v.sarif != nil {
		doc := client.DecodeCheckDocumentPools(data, v.op, v.pool)
		v.invalid(doc.Violations)
		v.sarif.results(name, doc)
		return
	}
	op, vs := client.DecodeCheckPools(data, v.op, v.pool)
	v.invalid(vs)
	if v.json {
		r := jsonResult{File: name, Op: op.String(), Valid: !vs.HasErrors(), Violations: make([]jsonViolation, len(vs))}
		for j, x := range vs {
			r.Violations[j] = jsonViolation{Field: x.Path, Rule: string(x.Rule), Severity: x.Severity.String(), Message: x.Message}
		}
		v.result(i, r)
		return
	}
	for _, x := range vs {
		v.out.WriteString(pathname.Text(name))
		v.out.WriteString(": ")
		v.out.WriteString(x.String())
		v.out.WriteByte('\n')
	}
}

// unreadable reports the file name, the i-th of the call, as one that
// cannot be read, for reason: on standard error, in the JSON result or the
// SARIF log, and in the exit status.
func (v *validator) unreadable(i int, name, reason string) {
	w := bufio.NewWriter(v.stderr)
	w.WriteString("appclient: " + pathname.Text(name) + ": " + reason + "\n")
	w.Flush()
	v.code = exitUsage
	if v.json {
		v.result(i, jsonResult{File: name, Violations: []jsonViolation{}, Error: reason})
	}
	if v.sarif != nil {
		v.sarif.unreadable(name, reason)
	}
}

// invalid sets the exit status for a file with violations vs.
func (v *validator) invalid(vs client.Violations) {
	if vs.HasErrors() && v.code == exitOK {
		v.code = exitInvalid
	}
}

// result writes one element of the "results" list.
func (v *validator) result(i int, r jsonResult) {
	if i > 0 {
		v.out.WriteByte(',')
	}
	v.out.WriteString("\n    ")
	v.buf.Reset()
	if err := v.enc.Encode(r); err != nil {
		// Unreachable: every field is a string, a bool or a list of those.
		panic(err)
	}
	v.out.Write(pathname.JSON(bytes.TrimSuffix(v.buf.Bytes(), []byte("\n"))))
}
