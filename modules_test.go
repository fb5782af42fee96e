package appclient_test

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// The module at the repository root. The nested modules (client/sdkv2,
// client/internal/peerbench) are modules of their own, installed by users with go
// get, so they must name this one by a version the go command can resolve.
const coreModule = "github.com/cognitokit/appclient"

// The core's only dependencies; anything else belongs in a nested module.
var coreDependencies = []string{"github.com/google/go-cmp", "pgregory.net/rapid"}

// TestModulesAreInstallable keeps the nested modules installable: no go.mod
// (and not go.work) replaces a module, every requirement of the core names a
// version a user's go get can resolve (a release tag or the pseudo-version of
// a commit, never the placeholders v0.0.0 or v0.0.0-00010101000000-000000000000),
// each module's path matches its directory, the core depends only on go-cmp
// and rapid, and go.work uses exactly the directories that hold a go.mod.
func TestModulesAreInstallable(t *testing.T) {
	dirs := goModDirs(t)
	if !slices.Contains(dirs, ".") {
		t.Fatalf("no go.mod at the repository root; found %q", dirs)
	}
	for _, dir := range dirs {
		file := path.Join(dir, "go.mod")
		ds := readDirectives(t, file)
		wantPath := coreModule
		if dir != "." {
			wantPath += "/" + dir
		}
		if mods := withVerb(ds, "module"); len(mods) != 1 || len(mods[0].args) != 1 || mods[0].args[0] != wantPath {
			t.Errorf("%s: want exactly one module line, module %s", file, wantPath)
		}
		for _, d := range ds {
			switch d.verb {
			case "replace":
				t.Errorf("%s:%d: replace %s: a user's go get ignores replace directives; require a version instead (go.work joins the modules for development)",
					file, d.line, strings.Join(d.args, " "))
			case "require":
				if len(d.args) < 2 {
					t.Errorf("%s:%d: malformed require %q", file, d.line, strings.Join(d.args, " "))
					continue
				}
				mod, version := d.args[0], d.args[1]
				if dir == "." && !slices.Contains(coreDependencies, mod) {
					t.Errorf("%s:%d: the core module requires %s; it may depend only on %s", file, d.line, mod, strings.Join(coreDependencies, " and "))
				}
				if mod != coreModule {
					continue
				}
				if why := unresolvable(version); why != "" {
					t.Errorf("%s:%d: requires %s %s, which a user's go get cannot resolve: %s", file, d.line, mod, version, why)
				}
			}
		}
	}

	ds := readDirectives(t, "go.work")
	if len(withVerb(ds, "go")) != 1 {
		t.Errorf("go.work: want exactly one go line")
	}
	var used, replaced []string
	for _, d := range ds {
		switch d.verb {
		case "replace":
			// One replacement is allowed, for development only: the core at
			// exactly the version the nested modules require, by the
			// checkout's root, so that a checkout builds without fetching
			// that version (users never read go.work). The same holds for a
			// nested module that another one requires (the command requires
			// client/cfn): it is replaced by its directory at exactly the
			// version required.
			if len(d.args) != 4 || d.args[2] != "=>" {
				t.Errorf("go.work:%d: malformed replace %q", d.line, strings.Join(d.args, " "))
				continue
			}
			mod, version, dir := d.args[0], d.args[1], path.Clean(strings.TrimPrefix(d.args[3], "./"))
			if !slices.Contains(dirs, dir) || modulePath(dir) != mod {
				t.Errorf("go.work:%d: replace %s: only a module of this repository, by its own directory, may be replaced (%s is in %s)",
					d.line, strings.Join(d.args, " "), mod, dirOf(mod))
				continue
			}
			required := requiredVersions(t, dirs, mod)
			if len(required) == 0 {
				t.Errorf("go.work:%d: replaces %s, which no module requires", d.line, mod)
			}
			for _, v := range required {
				if v != version {
					t.Errorf("go.work:%d: replaces %s %s, but a module requires %s: they must be the same", d.line, mod, version, v)
				}
			}
			replaced = append(replaced, mod)
		case "use":
			if len(d.args) != 1 {
				t.Errorf("go.work:%d: malformed use %q", d.line, strings.Join(d.args, " "))
				continue
			}
			used = append(used, path.Clean(filepath.ToSlash(d.args[0])))
		}
	}
	slices.Sort(used)
	if !slices.Equal(used, dirs) {
		t.Errorf("go.work uses %q; want every directory with a go.mod, %q", used, dirs)
	}
	for _, dir := range dirs {
		if mod := modulePath(dir); len(requiredVersions(t, dirs, mod)) > 0 && !slices.Contains(replaced, mod) {
			t.Errorf("go.work: a module requires %s, but go.work does not replace it by %s: a checkout would fetch it", mod, dir)
		}
	}
}

// modulePath returns the path of the module in dir ("." is the core).
func modulePath(dir string) string {
	if dir == "." {
		return coreModule
	}
	return coreModule + "/" + dir
}

// dirOf returns the directory a module of this repository would be in.
func dirOf(mod string) string {
	if mod == coreModule {
		return "."
	}
	return strings.TrimPrefix(mod, coreModule+"/")
}

// requiredVersions returns every version of mod that a module of dirs
// requires.
func requiredVersions(t *testing.T, dirs []string, mod string) []string {
	t.Helper()
	var out []string
	for _, dir := range dirs {
		for _, d := range readDirectives(t, path.Join(dir, "go.mod")) {
			if d.verb == "require" && len(d.args) >= 2 && d.args[0] == mod {
				out = append(out, d.args[1])
			}
		}
	}
	return out
}

// goModDirs returns the slash-separated directories, relative to the
// repository root, that hold a go.mod, sorted, skipping what the go command
// skips (testdata, and names starting with . or _).
func goModDirs(t *testing.T) []string {
	t.Helper()
	var dirs []string
	err := filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() && p != "." && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata") {
			return filepath.SkipDir
		}
		if !d.IsDir() && name == "go.mod" {
			dirs = append(dirs, filepath.ToSlash(filepath.Dir(p)))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(dirs)
	return dirs
}

// A directive of a go.mod or go.work file: its verb ("module", "require",
// "replace", "use", ...), its arguments without comments, and its line. A
// block, "require ( ... )", gives one directive per line inside it.
type directive struct {
	verb string
	args []string
	line int
}

func readDirectives(t *testing.T, file string) []directive {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	ds, err := parseDirectives(string(data))
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return ds
}

func parseDirectives(text string) ([]directive, error) {
	var ds []directive
	block := "" // the verb of the open block, if any
	for i, line := range strings.Split(text, "\n") {
		if c := strings.Index(line, "//"); c >= 0 {
			line = line[:c]
		}
		f := strings.Fields(line)
		switch {
		case len(f) == 0:
		case block != "":
			if len(f) == 1 && f[0] == ")" {
				block = ""
				continue
			}
			ds = append(ds, directive{block, f, i + 1})
		case len(f) == 2 && f[1] == "(":
			block = f[0]
		case len(f) == 2 && f[1] == "()":
			// An empty block.
		default:
			ds = append(ds, directive{f[0], f[1:], i + 1})
		}
	}
	if block != "" {
		return nil, fmt.Errorf("%s block not closed", block)
	}
	return ds, nil
}

func withVerb(ds []directive, verb string) []directive {
	var out []directive
	for _, d := range ds {
		if d.verb == verb {
			out = append(out, d)
		}
	}
	return out
}

var (
	// Semantic versions as the go command accepts them.
	semverRE = regexp.MustCompile(`^v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+incompatible)?$`)
	// Pseudo-versions (golang.org/x/mod/module's pattern), with the commit
	// time and revision captured.
	pseudoRE = regexp.MustCompile(`^v[0-9]+\.(?:0\.0-|[0-9]+\.[0-9]+-(?:[^+]*\.)?0\.)([0-9]{14})-([A-Za-z0-9]+)(?:\+incompatible)?$`)
)

// unresolvable says why no repository tag or commit can answer to version, or
// returns "" when one can.
func unresolvable(version string) string {
	if !semverRE.MatchString(version) {
		return "not a semantic version"
	}
	if version == "v0.0.0" {
		return "the placeholder v0.0.0, never tagged"
	}
	m := pseudoRE.FindStringSubmatch(version)
	if m == nil {
		return "" // a release tag
	}
	when, err := time.Parse("20060102150405", m[1])
	if err != nil || when.Year() < 2000 {
		return "a pseudo-version with the placeholder time " + m[1] + ", not a commit's"
	}
	if len(m[2]) != 12 || strings.Trim(m[2], "0") == "" || strings.ToLower(m[2]) != m[2] {
		return "a pseudo-version whose revision " + m[2] + " is not a commit hash's 12-character prefix"
	}
	return ""
}

// TestModuleChecks shows that the checks above catch what they are for: the
// nested go.mod files as they were before go.work, and the placeholder
// versions.
func TestModuleChecks(t *testing.T) {
	ds, err := parseDirectives(`module github.com/cognitokit/appclient/client/sdkv2

go 1.25.0

require (
	github.com/cognitokit/appclient v0.0.0-00010101000000-000000000000
	github.com/google/go-cmp v0.7.0 // indirect
)

require github.com/aws/smithy-go v1.28.8

replace github.com/cognitokit/appclient => ../..
replace (
	example.com/a v1.0.0 => example.com/b v1.0.0
)
`)
	if err != nil {
		t.Fatal(err)
	}
	want := []directive{
		{"module", []string{"github.com/cognitokit/appclient/client/sdkv2"}, 1},
		{"go", []string{"1.25.0"}, 3},
		{"require", []string{"github.com/cognitokit/appclient", "v0.0.0-00010101000000-000000000000"}, 6},
		{"require", []string{"github.com/google/go-cmp", "v0.7.0"}, 7},
		{"require", []string{"github.com/aws/smithy-go", "v1.28.8"}, 10},
		{"replace", []string{"github.com/cognitokit/appclient", "=>", "../.."}, 12},
		{"replace", []string{"example.com/a", "v1.0.0", "=>", "example.com/b", "v1.0.0"}, 14},
	}
	if !slices.EqualFunc(ds, want, func(a, b directive) bool {
		return a.verb == b.verb && a.line == b.line && slices.Equal(a.args, b.args)
	}) {
		t.Errorf("parseDirectives:\n got %v\nwant %v", ds, want)
	}
	if _, err := parseDirectives("require (\n\ta v1.0.0\n"); err == nil {
		t.Error("parseDirectives accepted an unclosed block")
	}

	for version, ok := range map[string]bool{
		"v0.0.0-00010101000000-000000000000":        false, // go mod edit's placeholder
		"v0.0.0":                                    false,
		"latest":                                    false,
		"bcb2ebd":                                   false,
		"v0.0.0-20261202010049-000000000000":        false,
		"v0.0.0-20261202010049-bcb2ebd5":            false,
		"v0.0.0-20261202010049-bcb2ebd5ba9c":        true,
		"v1.2.4-0.20261202010049-bcb2ebd5ba9c":      true,
		"v1.3.0-rc.1.0.20261202010049-bcb2ebd5ba9c": true,
		"v1.2.3":      true,
		"v1.3.0-rc.1": true,
	} {
		if why := unresolvable(version); (why == "") != ok {
			t.Errorf("unresolvable(%q) = %q, want resolvable %v", version, why, ok)
		}
	}
}
