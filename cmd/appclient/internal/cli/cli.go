// Package cli implements the appclient command: "appclient validate" checks
// Amazon Cognito user pool app client configurations, "appclient normalize"
// prints their canonical form, "appclient diff" compares two of them, and
// "appclient rules" prints the rule catalogue. cmd/appclient is a thin main
// around Run.
package cli

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"strings"
)

// Exit codes of Run.
const (
	exitOK      = 0 // no file has an error-severity violation
	exitInvalid = 1 // some file has an error-severity violation
	exitUsage   = 2 // usage error, or some file cannot be read
)

const usage = `usage:
  appclient validate [--format text|json|sarif] [--op auto|create|update|describe]
                     [--pool FILE ...] [--parameters KEY=VALUE|FILE ...]
                     [--explain-skipped] [--max-bytes N] [FILE|DIR ...]
  appclient normalize [--op auto|create|update|describe] [--max-bytes N] [FILE]
  appclient diff [--format text|json] [--op-desired OP] [--op-current OP] [--max-bytes N] DESIRED CURRENT
  appclient rules [--format text|markdown|json]
  appclient help

validate checks each FILE (standard input when there is none, or for "-"):
the JSON that "aws cognito-idp create-user-pool-client --cli-input-json" or
"update-user-pool-client" takes, or DescribeUserPoolClient output.
--op auto picks describe for a top-level UserPoolClient or for both
CreationDate and LastModifiedDate (describe output saved without its
wrapper), update when ClientId is present, and create otherwise. Flags come
before files.
--pool FILE adds facts about a user pool, and the pool rules that need
them: FILE is the output of "aws cognito-idp describe-user-pool",
"list-identity-providers", "describe-identity-provider" or
"list-resource-servers"; repeat --pool to give several, for one pool or
several. Facts apply only to the clients of the pool they name (by
UserPoolId); a client of another pool, or without UserPoolId, gets no pool
rules. list-identity-providers output names no pool: give it after its
pool's describe-user-pool output. A pool file that cannot be read, is none
of these, or whose pool cannot be told is a usage error. --format sarif writes SARIF 2.1.0 for code scanning, each
result at the member's line and column.

validate also reads CloudFormation, SAM and CDK templates (with --op auto):
a JSON or YAML file with a top-level Resources, AWSTemplateFormatVersion or
Transform, and a DIR (a cdk.out folder) as every *.template.json under it,
nested stacks included. Each AWS::Cognito::UserPoolClient is checked with
what the template knows: its pool, resource servers and identity providers,
its parameters and conditions. A value known only at deploy (Fn::GetAtt,
Fn::ImportValue, a Ref to a resource, a dynamic reference, a parameter
without Default) is never an error: the rules that read it are not applied,
counted in a note per client, and listed by --explain-skipped. A finding
that holds only for a parameter's Default or one branch of a condition is a
warning that names it. Text lines are "FILE:LINE:COL: FIELD: MESSAGE [RULE]",
with the construct path of CDK output after FIELD; JSON results gain
"resource", "cdkPath", "skipped", and "line" and "column" per violation.
--parameters KEY=VALUE, or a FILE holding the AWS CLI's
[{"ParameterKey": K, "ParameterValue": V}] or one KEY=VALUE per line, makes
a parameter known (repeatable). --pool applies to API JSON only.

normalize prints the canonical form of FILE (standard input when there is
none, or for "-"): what Cognito stores, with its defaults written out, each
token lifetime in its largest exact unit, set-like lists sorted without
duplicates; members in model order, indented by two spaces. A FILE with
errors is not normalized: its violations go to standard error, as validate
prints them, and the exit status is 1.

diff compares DESIRED with CURRENT (one of them may be "-", standard
input): each a create or update request or DescribeUserPoolClient output,
detected as --op auto does unless --op-desired or --op-current says. It
prints one line per member whose effective value differs, as
"PATH: desired VALUE, current VALUE", in model order; lifetimes in other
units, reordered lists and defaults written out are no difference.
Secrets and client IDs are shown only as present or absent. Exit status:
0 when equal, 1 when they differ, 2 when an input cannot be read or has
errors (printed as validate prints them). --format json prints
{"equal":B,"changes":[{"field":PATH,"desired":VALUE,"current":VALUE}]}.

An input larger than --max-bytes (default 4194304, 4 MiB) is refused before
it is read whole, as a file that cannot be read.

Exit status of validate: 0 when no file has an error, 1 when some file
has one, 2 for usage errors or files that cannot be read.
`

// Run runs the appclient command with args (without the program name) and
// returns its exit status: 0 when every file is valid, 1 when some file has
// an error-severity violation, 2 for a usage error or an unreadable file.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		return usageError(stderr, "no command given")
	}
	switch cmd, rest := args[0], args[1:]; cmd {
	case "validate":
		return runValidate(rest, stdin, stdout, stderr)
	case "normalize":
		return runNormalize(rest, stdin, stdout, stderr)
	case "diff":
		return runDiff(rest, stdin, stdout, stderr)
	case "rules":
		return runRules(rest, stdout, stderr)
	case "help", "-h", "-help", "--help":
		io.WriteString(stdout, usage)
		return exitOK
	default:
		if strings.HasPrefix(cmd, "-") {
			return usageError(stderr, "unknown flag "+quote(cmd)+" (flags come after the command)")
		}
		return usageError(stderr, "unknown command "+quote(cmd))
	}
}

// helpHint is the line after a usage error: where the usage is.
const helpHint = `run "appclient help" for usage`

// usageError reports a usage error on stderr: the one line that is wrong,
// and where to find the usage (not the usage itself, which would bury the
// line).
func usageError(stderr io.Writer, msg string) int {
	w := bufio.NewWriter(stderr)
	w.WriteString("appclient: ")
	w.WriteString(msg)
	w.WriteString("\n" + helpHint + "\n")
	w.Flush()
	return exitUsage
}

// parseFlags parses the flags of a subcommand and returns the remaining
// arguments, or an exit status when the command must stop: exitOK after
// printing the usage for -h or --help, exitUsage after a usage error.
//
// It reads flags as the flag package does (-name or --name, then =value or
// the next argument; "--" ends the flags; "-" is a file), and sets them with
// fs.Set, so that each error names the flag as it was typed and says what
// is wrong in the command's words.
func parseFlags(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) ([]string, int, bool) {
	cmd := fs.Name() + ": "
	i := 0
	for ; i < len(args); i++ {
		a := args[i]
		if len(a) < 2 || a[0] != '-' {
			break
		}
		if a == "--" {
			return args[i+1:], 0, true
		}
		typed, value, hasValue := strings.Cut(a, "=")
		name := strings.TrimPrefix(typed[1:], "-")
		if name == "" || name[0] == '-' {
			return nil, usageError(stderr, cmd+"malformed flag "+quote(a)), false
		}
		f := fs.Lookup(name)
		if f == nil {
			if name == "h" || name == "help" {
				io.WriteString(stdout, usage)
				return nil, exitOK, false
			}
			return nil, usageError(stderr, cmd+"unknown flag "+quote(typed)), false
		}
		if !hasValue {
			if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
				value = "true"
			} else if i+1 < len(args) {
				i++
				value = args[i]
			} else {
				return nil, usageError(stderr, cmd+"flag --"+name+" needs a value"), false
			}
		}
		if err := fs.Set(name, value); err != nil {
			return nil, usageError(stderr, cmd+"invalid value "+quote(value)+" for --"+name+": "+err.Error()), false
		}
	}
	rest := args[i:]
	// A flag after a file is a mistake, not a file name; "--" before the
	// files lets a file name start with "-".
	for _, a := range rest {
		if len(a) > 1 && a[0] == '-' {
			typed, _, _ := strings.Cut(a, "=")
			return nil, usageError(stderr, cmd+"flag "+quote(typed)+" after a file: flags come before files (use -- before a file whose name starts with -)"), false
		}
	}
	return rest, 0, true
}

// oneOf checks that v is one of the allowed values of flag name.
func oneOf(name, v string, allowed ...string) (string, bool) {
	for _, a := range allowed {
		if v == a {
			return "", true
		}
	}
	return "invalid value " + quote(v) + " for --" + name + ": must be " + strings.Join(allowed, ", "), false
}

// quote quotes s for a message, as Go syntax.
func quote(s string) string { return fmt.Sprintf("%q", s) }

// readError returns the reason a file could not be read, without the file
// name that a *fs.PathError repeats.
func readError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
