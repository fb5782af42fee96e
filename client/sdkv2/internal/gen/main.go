// Command gen writes client/sdkv2/convert_gen.go: the conversions between
// package client's shapes and those of the AWS SDK for Go v2, member by
// member, from the model rows of internal/spec.
//
// Run it in client/sdkv2:
//
//	go generate ./...        # or: go run ./internal/gen
//
// How the SDK holds each member is read, here and only here, by reflection on
// the SDK's types; the generated code uses none. Each member converts by the
// kind of its SDK field:
//
//   - a pointer (*string, *int32, *bool, *time.Time): copied, nil kept nil;
//   - a plain value (bool, int32, string, or an enum string type) that the SDK
//     does not send when zero: zero is absent, both ways (nonZero, deref);
//   - a list of strings or of an enum string type: copied, nil and empty kept
//     apart (slices.Clone, fromEnums, toEnums);
//   - a pointer to a structure: converted member by member, by the same rules.
//
// A model member that the SDK has no field for is skipped and named in
// notInSDK; a field of a kind not listed above stops the generator. Field
// names: the SDK's are the wire names, ours are spec.GoName of them, and a
// structure's Go type in package client is its shape name without "Type".
//
// TestGeneratedFileIsFresh fails when convert_gen.go is stale: after a change
// to the model rows or to the SDK version in go.mod, run go generate ./... in
// client/sdkv2.
package main

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"time"

	cip "github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider"
	"github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider/types"

	"github.com/cognitokit/appclient/internal/spec"
)

// output is the generated file, relative to the sdkv2 module root.
const output = "convert_gen.go"

const modulePath = "github.com/cognitokit/appclient/client/sdkv2"

func main() {
	root, err := moduleRoot()
	if err != nil {
		fail(err)
	}
	src, err := generate()
	if err != nil {
		fail(err)
	}
	path := filepath.Join(root, output)
	if old, _ := os.ReadFile(path); bytes.Equal(old, src) {
		return
	}
	if err := os.WriteFile(path, src, 0o644); err != nil {
		fail(err)
	}
	fmt.Println("gen: wrote", output)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gen:", err)
	os.Exit(1)
}

// moduleRoot finds the directory of the sdkv2 module's go.mod.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && bytes.HasPrefix(data, []byte("module "+modulePath+"\n")) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("not inside the %s module", modulePath)
		}
		dir = parent
	}
}

// root is one top-level shape: its model rows, the SDK type that holds it,
// the client type, and the two conversions with their documentation.
type root struct {
	shape    *spec.Shape
	sdk      reflect.Type
	ours     string // the type in package client
	from, to string // the function names
	fromArg  string
	toArg    string
	fromDoc  string
	toDoc    string
}

var roots = []root{{
	shape:   spec.CreateUserPoolClientRequest,
	sdk:     reflect.TypeFor[cip.CreateUserPoolClientInput](),
	ours:    "CreateRequest",
	from:    "FromCreateInput",
	to:      "ToCreateInput",
	fromArg: "in",
	toArg:   "r",
	fromDoc: `FromCreateInput returns the request that in describes: the members the SDK
would send. A nil in gives the zero CreateRequest. The result shares no
memory with in.`,
	toDoc: `ToCreateInput returns the SDK input for r. Members the SDK holds as plain
values (see the package documentation) get their zero value when r leaves
them out. The result shares no memory with r.`,
}, {
	shape:   spec.UpdateUserPoolClientRequest,
	sdk:     reflect.TypeFor[cip.UpdateUserPoolClientInput](),
	ours:    "UpdateRequest",
	from:    "FromUpdateInput",
	to:      "ToUpdateInput",
	fromArg: "in",
	toArg:   "r",
	fromDoc: `FromUpdateInput returns the request that in describes: the members the SDK
would send. A nil in gives the zero UpdateRequest. The result shares no
memory with in.`,
	toDoc: `ToUpdateInput returns the SDK input for r. Members the SDK holds as plain
values (see the package documentation) get their zero value when r leaves
them out. The result shares no memory with r.`,
}, {
	shape:   spec.UserPoolClientType,
	sdk:     reflect.TypeFor[types.UserPoolClientType](),
	ours:    "UserPoolClient",
	from:    "FromUserPoolClient",
	to:      "ToUserPoolClient",
	fromArg: "c",
	toArg:   "c",
	fromDoc: `FromUserPoolClient returns the app client that c describes, as
DescribeUserPoolClient, CreateUserPoolClient and UpdateUserPoolClient
return it. A nil c gives the zero UserPoolClient. The result shares no
memory with c.`,
	toDoc: `ToUserPoolClient returns the SDK shape for c. Members the SDK holds as
plain values (see the package documentation) get their zero value when c
leaves them out. The result shares no memory with c.`,
}}

// sdkPackages are the SDK packages the generated code names, by path.
var sdkPackages = map[string]string{
	reflect.TypeFor[cip.Client]().PkgPath():               "cip",
	reflect.TypeFor[types.UserPoolClientType]().PkgPath(): "types",
}

var timeType = reflect.TypeFor[time.Time]()

// How the SDK holds a member.
type holding int

const (
	pointer   holding = iota // *string, *int32, *bool, *time.Time
	plain                    // bool, int32, string: zero is absent
	plainEnum                // an enum string type: "" is absent
	list                     // []string
	enumList                 // a slice of an enum string type
	nested                   // a pointer to a structure
)

// conv is one member's conversion.
type conv struct {
	m      spec.Member
	field  string // ours: spec.GoName(m.Name); the SDK's is m.Name
	how    holding
	sdk    reflect.Type // the SDK field's type
	shared bool         // a member of client.Settings
}

// fromExpr converts the SDK's x to ours.
func (c conv) fromExpr(x string) string {
	switch c.how {
	case pointer:
		return "clonePtr(" + x + ")"
	case plain:
		return "nonZero(" + x + ")"
	case plainEnum:
		return "nonZero(string(" + x + "))"
	case list:
		return "slices.Clone(" + x + ")"
	case enumList:
		return "fromEnums(" + x + ")"
	}
	return "from" + goType(c.m.Shape) + "(" + x + ")"
}

// toExpr converts our x to the SDK's.
func (c conv) toExpr(x string) string {
	switch c.how {
	case pointer:
		return "clonePtr(" + x + ")"
	case plain:
		return "deref(" + x + ")"
	case plainEnum:
		return typeName(c.sdk) + "(deref(" + x + "))"
	case list:
		return "slices.Clone(" + x + ")"
	case enumList:
		return "toEnums[" + typeName(c.sdk.Elem()) + "](" + x + ")"
	}
	return "to" + goType(c.m.Shape) + "(" + x + ")"
}

// goType is the type in package client of a structure shape.
func goType(s *spec.Shape) string { return strings.TrimSuffix(spec.GoName(s.Name), "Type") }

// typeName is the qualified Go name of an SDK type.
func typeName(t reflect.Type) string { return sdkPackages[t.PkgPath()] + "." + t.Name() }

// classify tells how the SDK field of type t holds the model member m.
func classify(owner string, m spec.Member, t reflect.Type) (holding, error) {
	where := owner + "." + m.Name
	want := map[spec.Kind]reflect.Kind{spec.String: reflect.String, spec.Enum: reflect.String,
		spec.Integer: reflect.Int32, spec.Boolean: reflect.Bool}[m.Shape.Kind]
	named := func(t reflect.Type) error {
		if t.PkgPath() != "" && sdkPackages[t.PkgPath()] == "" {
			return fmt.Errorf("%s: the SDK's %s is from package %s: teach the generator", where, t, t.PkgPath())
		}
		return nil
	}
	switch m.Shape.Kind {
	case spec.String, spec.Enum, spec.Integer, spec.Boolean:
		switch {
		case t.Kind() == want && t.PkgPath() == "":
			return plain, nil
		case want == reflect.String && t.Kind() == reflect.String && t.PkgPath() != "":
			return plainEnum, named(t)
		case t.Kind() == reflect.Pointer && t.Elem().Kind() == want && t.Elem().PkgPath() == "":
			return pointer, nil
		}
	case spec.Timestamp:
		if t.Kind() == reflect.Pointer && t.Elem() == timeType {
			return pointer, nil
		}
	case spec.List:
		if t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.String {
			if t.Elem().PkgPath() == "" {
				return list, nil
			}
			return enumList, named(t.Elem())
		}
	case spec.Structure:
		if t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Struct && t.Elem() != timeType {
			return nested, named(t.Elem())
		}
	}
	return 0, fmt.Errorf("%s: the SDK holds the model's %s as %s: teach the generator", where, m.Shape.Kind, t)
}

// gen collects what the file needs while it walks the shapes.
type gen struct {
	shared    map[string]bool
	notInSDK  []string
	plains    [][2]string // members the SDK holds as plain values, and their types
	structs   []*spec.Shape
	structSDK map[*spec.Shape]reflect.Type
}

// convs returns the conversions of the members of s, held by the SDK struct
// t, in model order; members t lacks are recorded in notInSDK.
func (g *gen) convs(owner string, s *spec.Shape, t reflect.Type) ([]conv, error) {
	var out []conv
	for _, m := range s.Members {
		f, ok := t.FieldByName(m.Name)
		if !ok || !f.IsExported() {
			g.notInSDK = append(g.notInSDK, owner+"."+m.Name)
			continue
		}
		how, err := classify(owner, m, f.Type)
		if err != nil {
			return nil, err
		}
		switch how {
		case plain, plainEnum:
			g.plains = append(g.plains, [2]string{owner + "." + m.Name, f.Type.String()})
		case nested:
			if prev, seen := g.structSDK[m.Shape]; !seen {
				g.structSDK[m.Shape] = f.Type.Elem()
				g.structs = append(g.structs, m.Shape)
			} else if prev != f.Type.Elem() {
				return nil, fmt.Errorf("%s: the SDK holds %s as both %s and %s", owner+"."+m.Name, m.Shape.Name, prev, f.Type.Elem())
			}
		}
		out = append(out, conv{m: m, field: spec.GoName(m.Name), how: how, sdk: f.Type, shared: g.shared[m.Name]})
	}
	return out, nil
}

type writer struct{ buf bytes.Buffer }

func (w *writer) p(format string, args ...any) {
	fmt.Fprintf(&w.buf, format, args...)
	w.buf.WriteByte('\n')
}

func (w *writer) doc(text string) {
	for _, line := range strings.Split(text, "\n") {
		w.p("// %s", line)
	}
}

const header = "// Code generated by client/sdkv2/internal/gen from internal/spec and the SDK's types. DO NOT EDIT.\n"

// generate returns the formatted convert_gen.go.
func generate() ([]byte, error) {
	g := &gen{shared: map[string]bool{}, structSDK: map[*spec.Shape]reflect.Type{}}
	// client.Settings holds the members that all three roots have.
	for _, m := range spec.UserPoolClientType.Members {
		_, inCreate := spec.CreateUserPoolClientRequest.Lookup(m.Name)
		_, inUpdate := spec.UpdateUserPoolClientRequest.Lookup(m.Name)
		g.shared[m.Name] = inCreate && inUpdate
	}
	var body writer
	for _, r := range roots {
		cs, err := g.convs(r.shape.Name, r.shape, r.sdk)
		if err != nil {
			return nil, err
		}
		emitRoot(&body, r, cs, g.shared)
	}
	// Nested structures, in the order first met; a structure may hold more.
	for i := 0; i < len(g.structs); i++ {
		s := g.structs[i]
		cs, err := g.convs(s.Name, s, g.structSDK[s])
		if err != nil {
			return nil, err
		}
		emitNested(&body, s, g.structSDK[s], cs)
	}

	var w writer
	w.p("%s", header)
	w.p("package sdkv2")
	w.p("")
	w.p("import (")
	w.p(`"slices"`)
	w.p("")
	w.p(`cip "github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider"`)
	w.p(`"github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider/types"`)
	w.p("")
	w.p(`"github.com/cognitokit/appclient/client"`)
	w.p(")")
	w.p("")
	w.p("// The members that the SDK holds as plain values, which it does not send")
	w.p("// when zero: the conversions make zero absent, and absent zero.")
	w.p("//")
	width := 0
	for _, x := range g.plains {
		width = max(width, len(x[0]))
	}
	for _, x := range g.plains {
		w.p("//\t%-*s  %s", width, x[0], x[1])
	}
	w.p("")
	w.p("// NotInSDK names, as Shape.Member, the model members that the SDK version")
	w.p("// this module requires has no field for: the conversions drop them (From…")
	w.p("// leaves them absent, To… cannot carry them). It is empty when the SDK")
	w.p("// holds every member.")
	w.p("func NotInSDK() []string {")
	w.p("return []string{")
	for _, name := range g.notInSDK {
		w.p("%q,", name)
	}
	w.p("}")
	w.p("}")
	w.buf.Write(body.buf.Bytes())
	src, err := format.Source(w.buf.Bytes())
	if err != nil {
		return nil, fmt.Errorf("%s: %v\n%s", output, err, w.buf.Bytes())
	}
	return src, nil
}

// dropped writes a comment for each member of s that is not among cs.
func dropped(w *writer, s *spec.Shape, cs []conv, own func(string) bool) {
	for _, m := range s.Members {
		if own(m.Name) && !hasMember(cs, m.Name) {
			w.p("// %s: not in the SDK; dropped (NotInSDK).", m.Name)
		}
	}
}

func hasMember(cs []conv, name string) bool {
	for _, c := range cs {
		if c.m.Name == name {
			return true
		}
	}
	return false
}

func emitRoot(w *writer, r root, cs []conv, shared map[string]bool) {
	sdkType := typeName(r.sdk)
	in, out := r.fromArg, r.toArg

	w.p("")
	w.doc(r.fromDoc)
	w.p("func %s(%s *%s) client.%s {", r.from, in, sdkType, r.ours)
	w.p("if %s == nil {", in)
	w.p("return client.%s{}", r.ours)
	w.p("}")
	w.p("return client.%s{", r.ours)
	w.p("Settings: client.Settings{")
	// client.Settings lists its members in the order of UserPoolClientType.
	for _, m := range spec.UserPoolClientType.Members {
		if !shared[m.Name] {
			continue
		}
		for _, c := range cs {
			if c.m.Name == m.Name {
				w.p("%s: %s,", c.field, c.fromExpr(in+"."+m.Name))
			}
		}
	}
	dropped(w, spec.UserPoolClientType, cs, func(name string) bool { return shared[name] })
	w.p("},")
	for _, c := range cs {
		if !c.shared {
			w.p("%s: %s,", c.field, c.fromExpr(in+"."+c.m.Name))
		}
	}
	dropped(w, r.shape, cs, func(name string) bool { return !shared[name] })
	w.p("}")
	w.p("}")

	w.p("")
	w.doc(r.toDoc)
	w.p("func %s(%s client.%s) *%s {", r.to, out, r.ours, sdkType)
	w.p("return &%s{", sdkType)
	for _, c := range cs {
		w.p("%s: %s,", c.m.Name, c.toExpr(out+"."+c.field))
	}
	dropped(w, r.shape, cs, func(string) bool { return true })
	w.p("}")
	w.p("}")
}

func emitNested(w *writer, s *spec.Shape, sdk reflect.Type, cs []conv) {
	ours, theirs := goType(s), typeName(sdk)
	w.p("")
	w.p("// from%s converts the SDK's %s to client.%s;", ours, s.Name, ours)
	w.p("// nil stays nil.")
	w.p("func from%s(v *%s) *client.%s {", ours, theirs, ours)
	w.p("if v == nil {")
	w.p("return nil")
	w.p("}")
	w.p("return &client.%s{", ours)
	for _, c := range cs {
		w.p("%s: %s,", c.field, c.fromExpr("v."+c.m.Name))
	}
	dropped(w, s, cs, func(string) bool { return true })
	w.p("}")
	w.p("}")
	w.p("")
	w.p("// to%s converts client.%s to the SDK's %s;", ours, ours, s.Name)
	w.p("// nil stays nil.")
	w.p("func to%s(v *client.%s) *%s {", ours, ours, theirs)
	w.p("if v == nil {")
	w.p("return nil")
	w.p("}")
	w.p("return &%s{", theirs)
	for _, c := range cs {
		w.p("%s: %s,", c.m.Name, c.toExpr("v."+c.field))
	}
	dropped(w, s, cs, func(string) bool { return true })
	w.p("}")
	w.p("}")
}
