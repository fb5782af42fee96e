// Package golden compares what a test produces with a golden file, and
// rewrites the file instead when the test runs with -update. It is for
// tests only: importing it registers the -update flag, so a test package
// that imports it defines no flag of that name itself.
package golden

import (
	"flag"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files instead of comparing with them")

// Update reports whether the test runs with -update, for a test that
// rewrites a file of its own kind (a generated part of a source file).
func Update() bool { return *update }

// Check compares got with the golden file at path or, with -update, writes
// got to it.
func Check(t testing.TB, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the test with -update to write it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s differs (-want +got); run the test with -update if the change is intended:\n%s", path, diff)
	}
}
