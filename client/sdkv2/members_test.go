package sdkv2_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	cip "github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider"
	"github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider/types"
	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/sdkv2"
	"github.com/cognitokit/appclient/internal/spec"
)

// The tests below walk the model rows (internal/spec), so that a member AWS
// adds is drawn, filled and compared without a hand edit here.

// shapeOf pairs each of our root types with its model shape and SDK type.
var shapeOf = map[reflect.Type]struct {
	model *spec.Shape
	sdk   reflect.Type
}{
	reflect.TypeFor[client.CreateRequest]():  {spec.CreateUserPoolClientRequest, reflect.TypeFor[cip.CreateUserPoolClientInput]()},
	reflect.TypeFor[client.UpdateRequest]():  {spec.UpdateUserPoolClientRequest, reflect.TypeFor[cip.UpdateUserPoolClientInput]()},
	reflect.TypeFor[client.UserPoolClient](): {spec.UserPoolClientType, reflect.TypeFor[types.UserPoolClientType]()},
}

// canonical returns what ours → SDK → ours must give for v, by the rules of
// the package documentation: a member that the SDK has no field for is
// absent; a present member that the SDK holds as a plain value and that holds
// the zero value is absent; nested structures follow the same rules. Every
// other value is kept. v itself is not changed.
func canonical[T any](v T) T {
	s := shapeOf[reflect.TypeFor[T]()]
	canonicalize(reflect.ValueOf(&v).Elem(), s.model, s.sdk)
	return v
}

func canonicalize(v reflect.Value, s *spec.Shape, sdk reflect.Type) {
	for _, m := range s.Members {
		f := ourField(v, m)
		sf, inSDK := sdk.FieldByName(m.Name)
		switch {
		case !inSDK:
			f.SetZero()
		case f.IsNil():
		case m.Shape.Kind == spec.Structure:
			c := reflect.New(f.Type().Elem()) // a copy: v's pointers are shared
			c.Elem().Set(f.Elem())
			canonicalize(c.Elem(), m.Shape, sf.Type.Elem())
			f.Set(c)
		case sf.Type.Kind() != reflect.Pointer && sf.Type.Kind() != reflect.Slice && f.Elem().IsZero():
			f.SetZero()
		}
	}
}

// ourField is the field of v that holds member m: its Go name is
// spec.GoName of the wire name.
func ourField(v reflect.Value, m spec.Member) reflect.Value {
	f := v.FieldByName(spec.GoName(m.Name))
	if !f.IsValid() {
		panic(v.Type().String() + " has no field for the member " + m.Name)
	}
	return f
}

// anyOf draws arbitrary values of one of our root types, member by member from
// the model rows: not valid, but reaching every corner of the conversions.
// Each member is nil or not; strings are "", one of the model's enum values
// or any string; integers 0 or any; lists nil, empty or not.
func anyOf[T any]() *rapid.Generator[T] {
	s := shapeOf[reflect.TypeFor[T]()]
	return rapid.Custom(func(t *rapid.T) T {
		var v T
		drawMembers(t, reflect.ValueOf(&v).Elem(), s.model)
		return v
	})
}

func drawMembers(t *rapid.T, v reflect.Value, s *spec.Shape) {
	for _, m := range s.Members {
		f := ourField(v, m)
		var x any
		switch m.Shape.Kind {
		case spec.String, spec.Enum:
			x = anyString(m.Shape.Enum).Draw(t, m.Name)
		case spec.Integer:
			x = anyInt32().Draw(t, m.Name)
		case spec.Boolean:
			x = anyBool().Draw(t, m.Name)
		case spec.Timestamp:
			x = anyTime().Draw(t, m.Name)
		case spec.List:
			x = anyList(m.Shape.Item.Enum).Draw(t, m.Name)
		case spec.Structure:
			if rapid.Bool().Draw(t, m.Name) {
				p := reflect.New(f.Type().Elem())
				drawMembers(t, p.Elem(), m.Shape)
				f.Set(p)
			}
			continue
		default:
			t.Fatalf("%s: no generator for %s", m.Name, m.Shape.Kind)
		}
		f.Set(reflect.ValueOf(x))
	}
}

// sdkLacks walks the model rows and the SDK's types and returns the members
// that the SDK has no field for, as Shape.Member, and the SDK's exported
// fields that the model has no member for.
func sdkLacks() (lacks, extra []string) {
	seen := map[*spec.Shape]bool{}
	var walk func(s *spec.Shape, sdk reflect.Type)
	walk = func(s *spec.Shape, sdk reflect.Type) {
		for _, m := range s.Members {
			f, ok := sdk.FieldByName(m.Name)
			if !ok {
				lacks = append(lacks, s.Name+"."+m.Name)
				continue
			}
			if m.Shape.Kind == spec.Structure && !seen[m.Shape] {
				seen[m.Shape] = true
				walk(m.Shape, f.Type.Elem())
			}
		}
		for i := range sdk.NumField() {
			if f := sdk.Field(i); f.IsExported() {
				if _, ok := s.Lookup(f.Name); !ok {
					extra = append(extra, sdk.String()+"."+f.Name)
				}
			}
		}
	}
	for _, r := range spec.Roots() {
		for _, s := range shapeOf {
			if s.model == r {
				walk(r, s.sdk)
			}
		}
	}
	slices.Sort(lacks)
	slices.Sort(extra)
	return lacks, extra
}

// TestNotInSDK: the members the conversions drop are exactly those that the
// SDK version in go.mod has no field for, each a member of ours. When the
// SDK gains one, go generate makes the list shorter and this test follows.
func TestNotInSDK(t *testing.T) {
	lacks, extra := sdkLacks()
	got := slices.Sorted(slices.Values(sdkv2.NotInSDK()))
	if diff := cmp.Diff(lacks, got); diff != "" {
		t.Errorf("NotInSDK (-what the SDK lacks +convert_gen.go): run go generate ./...\n%s", diff)
	}
	if len(extra) > 0 {
		t.Errorf("the SDK has fields that the model rows lack: refresh testdata/model/bounds.json (go run ./internal/gen -smithy) at the repository root: %v", extra)
	}
	// Each dropped member is one of ours: it comes back absent.
	var c client.UserPoolClient
	fill(t, &c)
	back := sdkv2.FromUserPoolClient(sdkv2.ToUserPoolClient(c))
	for _, name := range sdkv2.NotInSDK() {
		shape, member, _ := strings.Cut(name, ".")
		if shape != spec.UserPoolClientType.Name {
			continue // a nested or request member: TestEveryMember covers it
		}
		m, _ := spec.UserPoolClientType.Lookup(member)
		if f := ourField(reflect.ValueOf(back), m); !f.IsNil() {
			t.Errorf("%s: dropped by the conversions, yet it came back: %v", name, f.Elem())
		}
		if f := ourField(reflect.ValueOf(c), m); f.IsNil() {
			t.Errorf("%s: fill left it absent", name)
		}
	}
}
