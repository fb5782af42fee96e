package appclient_test

import (
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"strings"
	"testing"
)

// TestInternalDoesNotImportClient keeps the import graph pointing one way:
// client → leaf packages → internal. A package under internal/ that needs
// client (directly or through another package) belongs next to its user,
// as the command's code lives in cmd/appclient/internal.
func TestInternalDoesNotImportClient(t *testing.T) {
	const client = "github.com/cognitokit/appclient/client"
	gocmd, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is needed to list the packages: %v", err)
	}
	cmd := exec.Command(gocmd, "list", "-json=ImportPath,Deps", "./internal/...")
	cmd.Stderr = new(strings.Builder)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list ./internal/...: %v\n%s", err, cmd.Stderr)
	}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	n := 0
	for {
		var pkg struct {
			ImportPath string
			Deps       []string
		}
		if err := dec.Decode(&pkg); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatalf("go list output: %v", err)
		}
		n++
		for _, dep := range pkg.Deps {
			if dep == client || strings.HasPrefix(dep, client+"/") {
				t.Errorf("%s imports %s: internal/ holds what the library uses; move the importer under its user (cmd/...)", pkg.ImportPath, dep)
			}
		}
	}
	if n == 0 {
		t.Fatal("go list found no package under internal/")
	}
}
