package appclientvet

import (
	"encoding/json"
	"reflect"
	"testing"

	cip "github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider"

	"github.com/cognitokit/appclient/client/sdkv2"
)

// TestFieldNamesAreWirePaths holds the analyzer's one assumption about the
// SDK: the Go name of each field of the inputs and their nested structures
// is the member's AWS wire name, so that a field's path in the literal is
// the path of the core's findings. Every field is set, converted through
// sdkv2 and encoded by the core; each must come out under its own name.
func TestFieldNamesAreWirePaths(t *testing.T) {
	for _, in := range []any{&cip.CreateUserPoolClientInput{}, &cip.UpdateUserPoolClientInput{}} {
		v := reflect.ValueOf(in).Elem()
		paths := fill(t, v)
		var data []byte
		var err error
		switch in := in.(type) {
		case *cip.CreateUserPoolClientInput:
			data, err = json.Marshal(sdkv2.FromCreateInput(in))
		case *cip.UpdateUserPoolClientInput:
			data, err = json.Marshal(sdkv2.FromUpdateInput(in))
		}
		if err != nil {
			t.Fatal(err)
		}
		var doc map[string]any
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatal(err)
		}
		for _, p := range paths {
			var at any = doc
			for _, name := range p {
				m, _ := at.(map[string]any)
				at = m[name]
			}
			if at == nil {
				t.Errorf("%T: field %v is not member %v of the request the core encodes: %s", in, p, p, data)
			}
		}
		if len(paths) < 20 {
			t.Errorf("%T: only %d fields", in, len(paths))
		}
	}
}

// fill sets every exported field of the struct v to a non-zero value and
// returns the fields' paths.
func fill(t *testing.T, v reflect.Value) [][]string {
	var paths [][]string
	for i := range v.NumField() {
		f := v.Type().Field(i)
		if !f.IsExported() {
			continue
		}
		fv := v.Field(i)
		if fv.Kind() == reflect.Pointer && fv.Type().Elem().Kind() == reflect.Struct {
			nv := reflect.New(fv.Type().Elem())
			for _, p := range fill(t, nv.Elem()) {
				paths = append(paths, append([]string{f.Name}, p...))
			}
			fv.Set(nv)
			continue
		}
		if !setSome(fv) {
			t.Errorf("field %s: type %s not evaluated by the analyzer", f.Name, fv.Type())
			continue
		}
		paths = append(paths, []string{f.Name})
	}
	return paths
}

func setSome(fv reflect.Value) bool {
	switch fv.Kind() {
	case reflect.String:
		fv.SetString("x")
	case reflect.Bool:
		fv.SetBool(true)
	case reflect.Int32:
		fv.SetInt(1)
	case reflect.Pointer:
		nv := reflect.New(fv.Type().Elem())
		if !setSome(nv.Elem()) {
			return false
		}
		fv.Set(nv)
	case reflect.Slice:
		s := reflect.MakeSlice(fv.Type(), 1, 1)
		if !setSome(s.Index(0)) {
			return false
		}
		fv.Set(s)
	default:
		return false
	}
	return true
}
