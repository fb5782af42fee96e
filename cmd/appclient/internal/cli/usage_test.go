package cli_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const helpHint = "run \"appclient help\" for usage\n"

// TestUsageErrors: a usage error prints one line that says what is wrong,
// then where the usage is, on stderr, and exits 2; the usage itself is
// printed only on request.
func TestUsageErrors(t *testing.T) {
	web := examples + "web-app.json"
	tests := []struct {
		args []string
		want string // the first line of stderr, without "appclient: "
	}{
		{nil, `no command given`},
		{[]string{"check", web}, `unknown command "check"`},
		{[]string{"--format", "json", "validate"}, `unknown flag "--format" (flags come after the command)`},
		{[]string{"validate", "--fromat", "json", web}, `validate: unknown flag "--fromat"`},
		{[]string{"validate", "-fromat=json", web}, `validate: unknown flag "-fromat"`},
		{[]string{"validate", "--strict\n", web}, `validate: unknown flag "--strict\n"`},
		{[]string{"validate", "---format", "json"}, `validate: malformed flag "---format"`},
		{[]string{"validate", "--=json"}, `validate: malformed flag "--=json"`},
		{[]string{"validate", "--op"}, `validate: flag --op needs a value`},
		{[]string{"validate", "-op"}, `validate: flag --op needs a value`},
		{[]string{"validate", "--format", "yaml", web}, `validate: invalid value "yaml" for --format: must be text, json, sarif`},
		{[]string{"validate", "--max-bytes", "4k", web}, `validate: invalid value "4k" for --max-bytes: must be a whole number of bytes`},
		{[]string{"validate", "--max-bytes=-1", web}, `validate: invalid value "-1" for --max-bytes: must not be negative`},
		{[]string{"normalize", "--max-bytes", "-1", web}, `normalize: invalid value "-1" for --max-bytes: must not be negative`},
		{[]string{"diff", "--max-bytes", "1e9", web, web}, `diff: invalid value "1e9" for --max-bytes: must be a whole number of bytes`},
		{[]string{"validate", "--max-bytes", "9223372036854775808", web}, `validate: invalid value "9223372036854775808" for --max-bytes: must be at most 9223372036854775807`},
		{[]string{"validate", web, "--format=json"}, `validate: flag "--format" after a file: flags come before files (use -- before a file whose name starts with -)`},
		{[]string{"validate", web, "--", "x.json"}, `validate: flag "--" after a file: flags come before files (use -- before a file whose name starts with -)`},
		{[]string{"normalize", "--op", "delete", web}, `normalize: invalid value "delete" for --op: must be auto, create, update, describe`},
		{[]string{"normalize", web, web}, `normalize: takes one FILE, not 2`},
		{[]string{"diff", web}, `diff: takes two files, DESIRED and CURRENT, not 1`},
		{[]string{"diff", "--op-current", "delete", web, web}, `diff: invalid value "delete" for --op-current: must be auto, create, update, describe`},
		{[]string{"rules", "model"}, `rules: unexpected argument "model"`},
		{[]string{"rules", "--pool", "x"}, `rules: unknown flag "--pool"`},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, stdout, stderr := runCLI(t, "", tt.args...)
			want := output{code: 2, stderr: "appclient: " + tt.want + "\n" + helpHint}
			if diff := cmp.Diff(want, output{code, stdout, stderr}, cmp.AllowUnexported(output{})); diff != "" {
				t.Errorf("appclient %q (-want +got):\n%s", tt.args, diff)
			}
		})
	}
}

// TestHelp: "appclient help", -h and --help, before or after a command,
// print the whole usage on stdout and exit 0.
func TestHelp(t *testing.T) {
	_, usage, _ := runCLI(t, "", "help")
	if !strings.HasPrefix(usage, "usage:\n") || strings.Count(usage, "\n") < 30 {
		t.Fatalf("appclient help prints no usage:\n%s", usage)
	}
	for _, args := range [][]string{
		{"-h"}, {"-help"}, {"--help"}, {"validate", "-h"}, {"validate", "--help"}, {"validate", "--format", "json", "-help"},
		{"normalize", "-h"}, {"diff", "--help"}, {"rules", "-h"},
	} {
		code, stdout, stderr := runCLI(t, "", args...)
		want := output{code: 0, stdout: usage}
		if diff := cmp.Diff(want, output{code, stdout, stderr}, cmp.AllowUnexported(output{})); diff != "" {
			t.Errorf("appclient %q (-want +got):\n%s", args, diff)
		}
	}
}

// TestFlagForms: each way of writing a flag that the flag package accepts
// still sets it.
func TestFlagForms(t *testing.T) {
	web := examples + "web-app.json"
	for _, args := range [][]string{
		{"validate", "--format", "json", web},
		{"validate", "--format=json", web},
		{"validate", "-format", "json", web},
		{"validate", "-format=json", web},
		{"validate", "--max-bytes", "0x100000", "--format", "json", "--", web},
	} {
		code, stdout, stderr := runCLI(t, "", args...)
		if code != 0 || !strings.HasPrefix(stdout, "{\n  \"results\": [") || stderr != "" {
			t.Errorf("appclient %q: exit %d\nstdout:\n%s\nstderr:\n%s", args, code, stdout, stderr)
		}
	}
}
