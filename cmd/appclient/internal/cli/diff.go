package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"io"
	"strconv"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/internal/pathname"
)

// runDiff compares two configurations (client.Diff): DESIRED, what the
// client should be, and CURRENT, what it is. Each is a create or update
// request or DescribeUserPoolClient output, detected as validate does
// unless --op-desired or --op-current says otherwise.
//
// How each input becomes an app client: a describe document is the client;
// a create request is the client it would create (CreateRequest.Client:
// GenerateSecret true means a secret is present); an update request is the
// client it would leave when applied to the other input
// (UpdateRequest.UpdatedClient), so its secret is the other side's and never
// differs.
//
// Text output is one line per change, in member order:
//
//	PATH: desired VALUE, current VALUE
//
// and nothing when the two are equal. JSON output is one document,
// {"equal":B,"changes":[{"field":P,"desired":D,"current":C}]}. Values are
// those of client.Change: a value rendered as JSON text is written as that
// JSON value (["email"], "ENABLED", true); an absent member is null; one
// rendered in words is written as a JSON string: lifetimes such as
// "90 minutes", and secrets and client IDs shown only as "present" or
// "present (a different value)".
//
// Exit status: 0 when equal, 1 when they differ, 2 for a usage error, an
// unreadable input, or an input that has an error-severity violation: such
// an input cannot be compared reliably, so its violations go to stderr, as
// validate prints them, and nothing is compared.
func runDiff(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("diff", flag.ContinueOnError)
	format := fs.String("format", "text", "output format: text or json")
	opDesired := fs.String("op-desired", "auto", "kind of DESIRED: auto, create, update or describe")
	opCurrent := fs.String("op-current", "auto", "kind of CURRENT: auto, create, update or describe")
	maxBytes := maxBytesFlag(fs)
	files, code, ok := parseFlags(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	if msg, ok := oneOf("format", *format, "text", "json"); !ok {
		return usageError(stderr, "diff: "+msg)
	}
	var ops [2]client.Op
	for i, name := range [2]string{"op-desired", "op-current"} {
		v := *opDesired
		if i == 1 {
			v = *opCurrent
		}
		op, ok := client.ParseOp(v)
		if !ok {
			msg, _ := oneOf(name, v, "auto", "create", "update", "describe")
			return usageError(stderr, "diff: "+msg)
		}
		ops[i] = op
	}
	if len(files) != 2 {
		return usageError(stderr, "diff: takes two files, DESIRED and CURRENT, not "+strconv.Itoa(len(files)))
	}
	if files[0] == "-" && files[1] == "-" {
		return usageError(stderr, "diff: only one of DESIRED and CURRENT can be standard input")
	}

	w := bufio.NewWriter(stderr)
	defer w.Flush()
	var sides [2]side
	failed := false
	for i, name := range files {
		data, err := readLimited(name, stdin, *maxBytes)
		if err != nil {
			w.WriteString("appclient: " + pathname.Text(name) + ": " + readError(err) + "\n")
			failed = true
			continue
		}
		op, vs := client.DecodeCheck(data, ops[i])
		if vs.HasErrors() {
			for _, x := range vs {
				w.WriteString(pathname.Text(name) + ": " + x.String() + "\n")
			}
			failed = true
			continue
		}
		sides[i] = decodeSide(data, op)
	}
	if failed {
		return exitUsage
	}
	desired, current := clients(sides[0], sides[1])
	changes := client.Diff(desired, current)

	out := bufio.NewWriter(stdout)
	if *format == "json" {
		if err := writeDiffJSON(out, changes); err != nil {
			w.WriteString("appclient: diff: cannot write JSON: " + err.Error() + "\n")
			return exitUsage
		}
	} else {
		for _, c := range changes {
			out.WriteString(c.Path + ": desired " + c.Desired + ", current " + c.Current + "\n")
		}
	}
	out.Flush()
	if len(changes) > 0 {
		return exitInvalid
	}
	return exitOK
}

// side is one decoded input of diff.
type side struct {
	op       client.Op
	create   client.CreateRequest
	update   client.UpdateRequest
	describe client.UserPoolClient
}

func decodeSide(data []byte, op client.Op) side {
	s := side{op: op}
	switch op {
	case client.Update:
		s.update, _ = client.DecodeUpdate(data)
	case client.Describe:
		s.describe, _ = client.DecodeUserPoolClient(data)
	default:
		s.op = client.Create
		s.create, _ = client.DecodeCreate(data)
	}
	return s
}

// alone is the client a side stands for without the other: for an update,
// applied to a client with no secret.
func (s side) alone() client.UserPoolClient {
	switch s.op {
	case client.Update:
		return s.update.UpdatedClient(client.UserPoolClient{})
	case client.Describe:
		return s.describe
	}
	return s.create.CreatedClient()
}

// clients turns the two sides into the clients to compare. An update is
// applied to the other side, so that it keeps that side's secret.
func clients(d, c side) (desired, current client.UserPoolClient) {
	switch {
	case d.op == client.Update && c.op != client.Update:
		current = c.alone()
		return d.update.UpdatedClient(current), current
	case c.op == client.Update && d.op != client.Update:
		desired = d.alone()
		return desired, c.update.UpdatedClient(desired)
	}
	return d.alone(), c.alone()
}

type jsonDiff struct {
	Equal   bool         `json:"equal"`
	Changes []jsonChange `json:"changes"`
}

type jsonChange struct {
	Field   string          `json:"field"`
	Desired json.RawMessage `json:"desired"`
	Current json.RawMessage `json:"current"`
}

// writeDiffJSON writes the changes as one JSON document. A value rendered
// as JSON text is written as that JSON value, an absent member as null, and
// one rendered in words (present, a lifetime such as 1 hour) as a JSON string.
func writeDiffJSON(w io.Writer, changes []client.Change) error {
	doc := jsonDiff{Equal: len(changes) == 0, Changes: make([]jsonChange, len(changes))}
	for i, c := range changes {
		doc.Changes[i] = jsonChange{Field: c.Path, Desired: jsonValue(c.Desired, c.DesiredJSON), Current: jsonValue(c.Current, c.CurrentJSON)}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		// Only when client.Diff marks a value as JSON text that is not.
		return err
	}
	_, err := w.Write(pathname.JSON(buf.Bytes()))
	return err
}

// jsonValue is text as a JSON value: itself when it is JSON text, else a
// JSON string.
func jsonValue(text string, isJSON bool) json.RawMessage {
	if isJSON {
		return json.RawMessage(text)
	}
	if text == "absent" {
		return json.RawMessage("null") // an absent member; a string "absent" is JSON text
	}
	b, _ := json.Marshal(text) // a string: cannot fail
	return b
}
