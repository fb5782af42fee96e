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

// runNormalize prints the canonical form of one file (client's Normalize):
// the same kind of document as the input, members in model order, two-space
// indent, a trailing newline. A file with an error-severity violation is not
// normalized: its violations go to stderr, as validate prints them, and the
// exit status is 1. Warnings are not printed; validate reports them.
func runNormalize(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("normalize", flag.ContinueOnError)
	opName := fs.String("op", "auto", "input kind: auto, create, update or describe")
	maxBytes := maxBytesFlag(fs)
	files, code, ok := parseFlags(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	op, ok := client.ParseOp(*opName)
	if !ok {
		msg, _ := oneOf("op", *opName, "auto", "create", "update", "describe")
		return usageError(stderr, "normalize: "+msg)
	}
	if len(files) > 1 {
		return usageError(stderr, "normalize: takes one FILE, not "+strconv.Itoa(len(files)))
	}
	name := "-"
	if len(files) == 1 {
		name = files[0]
	}
	data, err := readLimited(name, stdin, *maxBytes)
	if err != nil {
		w := bufio.NewWriter(stderr)
		w.WriteString("appclient: " + pathname.Text(name) + ": " + readError(err) + "\n")
		w.Flush()
		return exitUsage
	}

	op, vs := client.DecodeCheck(data, op)
	if vs.HasErrors() {
		w := bufio.NewWriter(stderr)
		for _, x := range vs {
			w.WriteString(pathname.Text(name) + ": " + x.String() + "\n")
		}
		w.Flush()
		return exitInvalid
	}
	var compact []byte
	switch op {
	case client.Update:
		r, _ := client.DecodeUpdate(data)
		compact, err = r.Normalize().MarshalJSON()
	case client.Describe:
		r, _ := client.DecodeUserPoolClient(data)
		compact, err = r.Normalize().MarshalJSON()
		if err == nil && client.Wrapped(data) {
			// Keep the DescribeUserPoolClient wrapper the input had.
			compact = append(append([]byte(`{"UserPoolClient":`), compact...), '}')
		}
	default:
		r, _ := client.DecodeCreate(data)
		compact, err = r.Normalize().MarshalJSON()
	}
	if err != nil {
		// Unreachable: the encoders do not fail.
		panic(err)
	}
	var out bytes.Buffer
	if err := json.Indent(&out, compact, "", "  "); err != nil {
		panic(err) // unreachable: the encoders write valid JSON
	}
	out.WriteByte('\n')
	stdout.Write(out.Bytes())
	return exitOK
}
