package cli_test

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cognitokit/appclient/cmd/appclient/internal/cli"
)

func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = cli.Run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// TestMaxBytes: an input over --max-bytes is refused as unreadable (exit 2),
// a regular file by its size before it is read, anything else after at most
// max+1 bytes; an input of exactly max bytes is read.
func TestMaxBytes(t *testing.T) {
	dir := t.TempDir()
	doc := `{"UserPoolId":"us-east-1_Ab12Cd34E","ClientName":"a","PreventUserExistenceErrors":"ENABLED"}`
	file := filepath.Join(dir, "c.json")
	if err := os.WriteFile(file, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	size := len(doc)
	refused := "larger than the input limit of " + itoa(size-1) + " bytes (raise it with --max-bytes)"
	tests := []struct {
		name       string
		stdin      string
		args       []string
		wantCode   int
		wantStderr string
	}{
		{"file at the limit", "", []string{"validate", "--max-bytes", itoa(size), file}, 0, ""},
		{"file over the limit", "", []string{"validate", "--max-bytes", itoa(size - 1), file}, 2, "appclient: " + file + ": " + refused + "\n"},
		{"stdin at the limit", doc, []string{"validate", "--max-bytes", itoa(size)}, 0, ""},
		{"stdin over the limit", doc, []string{"validate", "--max-bytes", itoa(size - 1)}, 2, "appclient: -: " + refused + "\n"},
		{"normalize over the limit", "", []string{"normalize", "--max-bytes", itoa(size - 1), file}, 2, "appclient: " + file + ": " + refused + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, tt.stdin, tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.wantCode, stderr)
			}
			if diff := cmp.Diff(tt.wantStderr, stderr); diff != "" {
				t.Errorf("stderr (-want +got):\n%s", diff)
			}
		})
	}
	if _, err := os.Stat("/dev/zero"); err == nil {
		code, _, stderr := runCLI(t, "", "validate", "--max-bytes", "1024", "/dev/zero")
		if code != 2 || !strings.Contains(stderr, "larger than the input limit") {
			t.Errorf("/dev/zero: exit %d, stderr %q; want it refused after 1025 bytes", code, stderr)
		}
	}
}

// TestSameOutputEveryTime: the output is byte-identical across runs and
// across GOMAXPROCS.
func TestSameOutputEveryTime(t *testing.T) {
	files, _ := filepath.Glob("testdata/examples/*.json")
	files = append(files, "testdata/examples/missing.json")
	for _, format := range []string{"text", "json"} {
		args := append([]string{"validate", "--format", format}, files...)
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
		runtime.GOMAXPROCS(1)
		code1, out1, err1 := runCLI(t, "", args...)
		runtime.GOMAXPROCS(4)
		code2, out2, err2 := runCLI(t, "", args...)
		code3, out3, err3 := runCLI(t, "", args...)
		if code1 != code2 || code2 != code3 || out1 != out2 || out2 != out3 || err1 != err2 || err2 != err3 {
			t.Errorf("%s: outputs differ between runs:\n%s", format, cmp.Diff(out1, out2))
		}
	}
}

func itoa(n int) string {
	var b []byte
	for {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
		if n == 0 {
			return string(b)
		}
	}
}

// TestFileNamesCannotForgeLines: a file name with a newline (or another
// character that is not printable) is quoted wherever a line shows it, so it
// cannot start a line of its own.
func TestFileNamesCannotForgeLines(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "a\nb.json: ClientName: fine [json.syntax]")
	if err := os.WriteFile(name, []byte(`{"ClientName": "x"}`), 0o644); err != nil {
		t.Skip("this file system refuses the name:", err)
	}
	missing := filepath.Join(dir, "gone\n.json")
	for _, args := range [][]string{
		{"validate", name},
		{"validate", missing},
		{"normalize", name},
		{"diff", name, missing},
	} {
		_, stdout, stderr := runCLI(t, "", args...)
		for _, line := range strings.Split(stdout+stderr, "\n") {
			if strings.HasPrefix(line, "b.json") || strings.HasPrefix(line, ".json") {
				t.Errorf("%q: a file name forged the line %q", args, line)
			}
		}
	}
}
