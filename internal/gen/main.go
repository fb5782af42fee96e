// Command gen writes the code that walks the members of the app client
// shapes, from the one place that lists them: testdata/model/bounds.json,
// the pinned rows of the AWS model (wire name, shape, presence, bounds).
//
// Run it from anywhere in the repository:
//
//	go generate ./...                                # regenerate from bounds.json
//	go run ./internal/gen -smithy FILE [-commit SHA] # first refresh bounds.json from AWS's Smithy model
//
// FILE is cognito-identity-provider-2016-04-18.json from
// github.com/aws/api-models-aws (models/cognito-identity-provider/service/
// 2016-04-18/), and SHA the commit it comes from. A refresh keeps the notes
// bounds.json's source holds, and refuses a model that lacks a member the
// file has (an older model; -allow-removals if AWS did remove it). Every
// output starts with the "Code generated … DO NOT EDIT." line, and
// TestGeneratedFilesAreFresh fails when one is stale. Last, gen runs go
// generate in client/sdkv2, whose generator writes the SDK conversions
// (convert_gen.go) from the same rows (-sdkv2=false skips it).
//
// What it writes:
//
//   - internal/spec/model_gen.go: every shape, its bounds, pattern and enum,
//     and the members of each structure in model order.
//   - client/members_gen.go: decoding, encoding, clone, equality, the model
//     walk of Check, the member walk of Diff and the overlay of WithChanges,
//     each member by member, with direct field access.
//   - client/internal/peerbench/floor_gen.go: Floor, which visits every string rune
//     and integer of a CreateRequest, member by member (the helpers runesP,
//     runesL, ints and flag stay in floor.go); integer limits are the model's
//     maxima.
//   - client/internal/peerbench/validator_gen.go: Create and its nested structures,
//     the go-playground/validator mirror of CreateUserPoolClientRequest, with
//     tags from the bounds (required or omitnil, min and max, the pattern's
//     registered validator, oneof, dive).
//
// A member's Go field name is derived from its wire name (Id, Arn, Url and
// Uri become ID, ARN, URL and URI); a structure's Go type is its shape name
// without "Type". A new member therefore needs its row in bounds.json, its
// field in client/types.go and its draw in client/clienttest (whose
// TestGeneratorsDrawEveryMember names a member no generator draws), and
// nothing else unless a rule is about it.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
)

func main() {
	smithy := flag.String("smithy", "", "refresh testdata/model/bounds.json from this Smithy JSON model first")
	commit := flag.String("commit", "", "with -smithy: the aws/api-models-aws commit the model file comes from")
	allowRemovals := flag.Bool("allow-removals", false, "with -smithy: accept a model that lacks members bounds.json has")
	sdk := flag.Bool("sdkv2", true, "also regenerate client/sdkv2/convert_gen.go (go generate in that module)")
	flag.Parse()
	root, err := repoRoot()
	if err != nil {
		fail(err)
	}
	if *smithy != "" {
		if err := refresh(root, *smithy, *commit, *allowRemovals); err != nil {
			fail(err)
		}
	}
	files, err := generate(root)
	if err != nil {
		fail(err)
	}
	for _, name := range sortedKeys(files) {
		path := filepath.Join(root, name)
		old, _ := os.ReadFile(path)
		if bytes.Equal(old, files[name]) {
			continue
		}
		if err := os.WriteFile(path, files[name], 0o644); err != nil {
			fail(err)
		}
		fmt.Println("gen: wrote", name)
	}
	if *sdk {
		// The SDK conversions live in their own module (they need the
		// AWS SDK): its generator reads the rows just written, through
		// go.work.
		cmd := exec.Command("go", "generate", "./...")
		cmd.Dir = filepath.Join(root, "client", "sdkv2")
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			fail(fmt.Errorf("client/sdkv2: go generate: %v", err))
		}
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gen:", err)
	os.Exit(1)
}

// repoRoot finds the directory of the core module's go.mod.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && bytes.HasPrefix(data, []byte("module github.com/cognitokit/appclient\n")) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("not inside the appclient repository")
		}
		dir = parent
	}
}

// generate returns every generated file, by path from the repository root.
func generate(root string) (map[string][]byte, error) {
	m, err := loadModel(root)
	if err != nil {
		return nil, err
	}
	out := map[string][]byte{}
	for name, emit := range map[string]func(*model, *writer){
		"internal/spec/model_gen.go":                 emitSpec,
		"client/members_gen.go":                      emitClient,
		"client/internal/peerbench/floor_gen.go":     emitFloor,
		"client/internal/peerbench/validator_gen.go": emitValidator,
	} {
		w := &writer{}
		emit(m, w)
		src, err := format.Source(w.buf.Bytes())
		if err != nil {
			return nil, fmt.Errorf("%s: %v\n%s", name, err, w.buf.Bytes())
		}
		out[name] = src
	}
	return out, nil
}

func sortedKeys[V any](m map[string]V) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

type writer struct{ buf bytes.Buffer }

func (w *writer) p(format string, args ...any) {
	fmt.Fprintf(&w.buf, format, args...)
	w.buf.WriteByte('\n')
}

const header = "// Code generated by internal/gen from testdata/model/bounds.json. DO NOT EDIT.\n"
