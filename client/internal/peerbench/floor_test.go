package peerbench_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/internal/peerbench"
	"github.com/cognitokit/appclient/internal/spec"
)

// TestFloorVisitsEveryMember sets one member of a CreateRequest at a time,
// for every member the model bounds give (nested ones included), to a value
// Floor counts (a string or list item with a control character, an integer
// one above the model's maximum, true) and then to one it does not (no
// control character, the maximum itself, false): Floor must give 1 and 0.
// A member Floor skips, or an integer compared with another limit, fails.
// FloorPattern, which walks the same members, must give the same.
func TestFloorVisitsEveryMember(t *testing.T) {
	b, err := peerbench.LoadBounds()
	if err != nil {
		t.Fatal(err)
	}
	var walk func(path []string, members []peerbench.BoundsMember)
	visited := 0
	walk = func(path []string, members []peerbench.BoundsMember) {
		for _, m := range members {
			s := b.Shapes[m.Target]
			at := append(append([]string(nil), path...), m.Name)
			if s.Type == "structure" {
				walk(at, s.Members)
				continue
			}
			visited++
			for _, hit := range []bool{true, false} {
				var r client.CreateRequest
				f := field(t, reflect.ValueOf(&r).Elem(), at)
				switch s.Type {
				case "string", "enum":
					f.Set(reflect.ValueOf(client.Ptr(text(hit))))
				case "list":
					f.Set(reflect.ValueOf([]string{"a", text(hit)}))
				case "integer":
					v := int32(*s.Max)
					if hit {
						v++
					}
					f.Set(reflect.ValueOf(&v))
				case "boolean":
					f.Set(reflect.ValueOf(client.Ptr(hit)))
				default:
					t.Fatalf("%s: no value for a %s", strings.Join(at, "."), s.Type)
				}
				want := 0
				if hit {
					want = 1
				}
				if got := peerbench.Floor(&r); got != want {
					t.Errorf("%s (%v): Floor = %d, want %d", strings.Join(at, "."), f.Elem(), got, want)
				}
				if got := peerbench.FloorPattern(&r); got != want {
					t.Errorf("%s (%v): FloorPattern = %d, want %d", strings.Join(at, "."), f.Elem(), got, want)
				}
			}
		}
	}
	walk(nil, b.Roots[peerbench.SchemaRoot])
	if visited < 30 {
		t.Errorf("only %d members visited", visited)
	}
}

// text is a string Floor counts once (one space), or one it does not count.
func text(hit bool) string {
	if hit {
		return "a b"
	}
	return "a-b"
}

// field returns the field of v at path (wire names), making each nested
// structure on the way.
func field(t *testing.T, v reflect.Value, path []string) reflect.Value {
	t.Helper()
	for i, name := range path {
		f := v.FieldByName(spec.GoName(name))
		if !f.IsValid() {
			t.Fatalf("%s: no field %s in %s", strings.Join(path, "."), spec.GoName(name), v.Type())
		}
		if i == len(path)-1 {
			return f
		}
		f.Set(reflect.New(f.Type().Elem()))
		v = f.Elem()
	}
	panic("empty path")
}
