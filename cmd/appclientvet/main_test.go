package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestGoVet builds the command and runs it as a user does, under go vet
// -vettool, on the sample module in testdata/sample (which requires the
// real SDK at the versions client/sdkv2 requires, already in the module
// cache): go vet must fail and print exactly vet.golden, and with
// -warnings=false exactly vet-errors.golden.
func TestGoVet(t *testing.T) {
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is needed")
	}
	tool := filepath.Join(t.TempDir(), "appclientvet")
	build := exec.Command(goCmd, "build", "-o", tool, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	for _, tc := range []struct {
		flags  []string
		golden string
	}{
		{nil, "vet.golden"},
		{[]string{"-warnings=false"}, "vet-errors.golden"},
	} {
		args := append([]string{"vet", "-vettool=" + tool}, tc.flags...)
		vet := exec.Command(goCmd, append(args, "./...")...)
		vet.Dir = filepath.Join("testdata", "sample")
		// As a user's module: no go.work, and nothing fetched.
		vet.Env = append(os.Environ(), "GOWORK=off", "GOPROXY=off", "GOFLAGS=-mod=readonly")
		out, err := vet.CombinedOutput()
		if _, failed := err.(*exec.ExitError); !failed {
			t.Errorf("go %s: want exit status 1 (diagnostics), got %v\n%s", strings.Join(args, " "), err, out)
		}
		want, err := os.ReadFile(filepath.Join("testdata", "sample", tc.golden))
		if err != nil {
			t.Fatal(err)
		}
		if got := withoutHeaders(string(out)); got != string(want) {
			t.Errorf("go %s ./... printed:\n%s\nwant (%s):\n%s", strings.Join(args, " "), got, tc.golden, want)
		}
	}
}

// withoutHeaders drops the "# package" lines go vet may print before a
// package's diagnostics.
func withoutHeaders(out string) string {
	var b strings.Builder
	for _, line := range strings.SplitAfter(out, "\n") {
		if !strings.HasPrefix(line, "# ") {
			b.WriteString(line)
		}
	}
	return b.String()
}
