package main

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider/types"
	"github.com/google/go-cmp/cmp"

	"github.com/cognitokit/appclient/internal/spec"
)

// TestGeneratedFileIsFresh fails when convert_gen.go differs from what the
// model rows and the SDK version in go.mod give: run go generate ./... in
// client/sdkv2.
func TestGeneratedFileIsFresh(t *testing.T) {
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	want, err := generate()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(root, output))
	if err != nil {
		t.Fatalf("%v (run go generate ./... in client/sdkv2)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is stale: run go generate ./... in client/sdkv2\n%s", output, cmp.Diff(string(want), string(got)))
	}
	first, _, _ := bytes.Cut(got, []byte("\n"))
	if !bytes.HasPrefix(first, []byte("// Code generated ")) || !bytes.HasSuffix(first, []byte(" DO NOT EDIT.")) {
		t.Errorf("%s lacks the // Code generated … DO NOT EDIT. line", output)
	}
}

func TestClassify(t *testing.T) {
	str := &spec.Shape{Name: "S", Kind: spec.String}
	enum := &spec.Shape{Name: "E", Kind: spec.Enum}
	integer := &spec.Shape{Name: "I", Kind: spec.Integer}
	boolean := &spec.Shape{Name: "B", Kind: spec.Boolean}
	date := &spec.Shape{Name: "D", Kind: spec.Timestamp}
	strList := &spec.Shape{Name: "L", Kind: spec.List, Item: str}
	enums := &spec.Shape{Name: "EL", Kind: spec.List, Item: enum}
	structure := &spec.Shape{Name: "T", Kind: spec.Structure}
	type local string
	type localStruct struct{}

	ok := []struct {
		shape *spec.Shape
		sdk   reflect.Type
		want  holding
	}{
		{str, reflect.TypeFor[*string](), pointer},
		{str, reflect.TypeFor[string](), plain},
		{enum, reflect.TypeFor[types.TimeUnitsType](), plainEnum},
		{enum, reflect.TypeFor[*string](), pointer},
		{integer, reflect.TypeFor[*int32](), pointer},
		{integer, reflect.TypeFor[int32](), plain},
		{boolean, reflect.TypeFor[*bool](), pointer},
		{boolean, reflect.TypeFor[bool](), plain},
		{date, reflect.TypeFor[*time.Time](), pointer},
		{strList, reflect.TypeFor[[]string](), list},
		{enums, reflect.TypeFor[[]types.OAuthFlowType](), enumList},
		{structure, reflect.TypeFor[*types.RefreshTokenRotationType](), nested},
	}
	for _, tt := range ok {
		got, err := classify("X", spec.Member{Name: "M", Shape: tt.shape}, tt.sdk)
		if err != nil || got != tt.want {
			t.Errorf("classify(%s as %s) = %v, %v; want %v", tt.shape.Kind, tt.sdk, got, err, tt.want)
		}
	}

	bad := []struct {
		shape *spec.Shape
		sdk   reflect.Type
	}{
		{integer, reflect.TypeFor[*int64]()}, // another width
		{integer, reflect.TypeFor[int]()},    // likewise, plain
		{enum, reflect.TypeFor[*types.FeatureType]()},
		{integer, reflect.TypeFor[types.FeatureType]()},   // an enum type for a number     // a pointer to an enum type
		{str, reflect.TypeFor[local]()},                   // a named type from another package
		{date, reflect.TypeFor[time.Time]()},              // a plain time
		{strList, reflect.TypeFor[[]*string]()},           // a list of pointers
		{structure, reflect.TypeFor[types.FeatureType]()}, // not a structure
		{structure, reflect.TypeFor[*localStruct]()},      // a structure from another package
		{structure, reflect.TypeFor[*time.Time]()},        // a time is no structure
	}
	for _, tt := range bad {
		if got, err := classify("X", spec.Member{Name: "M", Shape: tt.shape}, tt.sdk); err == nil {
			t.Errorf("classify(%s as %s) = %v, want an error", tt.shape.Kind, tt.sdk, got)
		} else if !strings.HasPrefix(err.Error(), "X.M: ") {
			t.Errorf("classify(%s as %s): error %q does not name the member", tt.shape.Kind, tt.sdk, err)
		}
	}
}

// TestMissingField: a model member that the SDK struct lacks is skipped and
// named, not an error.
func TestMissingField(t *testing.T) {
	g := &gen{shared: map[string]bool{}, structSDK: map[*spec.Shape]reflect.Type{}}
	s := &spec.Shape{Name: "RefreshTokenRotationType", Kind: spec.Structure, Members: []spec.Member{
		{Name: "Feature", Shape: spec.FeatureType},
		{Name: "Brand new", Shape: spec.BooleanType},
		{Name: "RetryGracePeriodSeconds", Shape: spec.RetryGracePeriodSecondsType},
	}}
	cs, err := g.convs(s.Name, s, reflect.TypeFor[types.RefreshTokenRotationType]())
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range cs {
		names = append(names, c.m.Name)
	}
	if diff := cmp.Diff([]string{"Feature", "RetryGracePeriodSeconds"}, names); diff != "" {
		t.Errorf("converted members (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"RefreshTokenRotationType.Brand new"}, g.notInSDK); diff != "" {
		t.Errorf("notInSDK (-want +got):\n%s", diff)
	}
}
