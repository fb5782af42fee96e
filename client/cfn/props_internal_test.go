package cfn

import (
	"testing"

	"github.com/cognitokit/appclient/internal/spec"
)

// TestSchemaMatchesModel holds the embedded resource schema to the API
// model: each settable property is a member of CreateUserPoolClient with the
// same type, members included, so that the request the reader writes
// decodes. When CloudFormation adds a property the model lacks, refresh the
// model first (go run ./internal/gen -smithy ...).
func TestSchemaMatchesModel(t *testing.T) {
	if len(props) != 23 {
		t.Errorf("the schema has %d settable properties, want 23", len(props))
	}
	var match func(path string, ps []prop, shape *spec.Shape)
	match = func(path string, ps []prop, shape *spec.Shape) {
		for _, p := range ps {
			m, ok := shape.Lookup(p.name)
			if !ok {
				t.Errorf("%s%s: a property of the resource schema, not a member of %s in the model", path, p.name, shape.Name)
				continue
			}
			want := map[spec.Kind]propKind{spec.String: pString, spec.Enum: pString, spec.Integer: pInt,
				spec.Boolean: pBool, spec.List: pList, spec.Structure: pObject}[m.Shape.Kind]
			if p.kind != want {
				t.Errorf("%s%s is %v in the schema, %v in the model", path, p.name, p.kind, m.Shape.Kind)
			}
			if p.kind == pObject {
				match(path+p.name+".", p.fields, m.Shape)
			}
		}
	}
	match("", props, spec.CreateUserPoolClientRequest)
	for _, m := range spec.CreateUserPoolClientRequest.Members {
		if lookupProp(m.Name) == nil {
			t.Logf("%s: a member of the model that CloudFormation cannot set", m.Name)
		}
	}
	for _, ro := range []string{"ClientSecret", "ClientId", "Name"} {
		found := false
		for _, r := range readOnly {
			found = found || r == ro
		}
		if !found {
			t.Errorf("%s is not read-only in the schema", ro)
		}
	}
}

// TestLoadSchemaRefusesWhatItCannotRead: a schema with a type the reader
// does not know is a bug in the embedded file, refused at once.
func TestLoadSchemaRefusesWhatItCannotRead(t *testing.T) {
	for _, bad := range []string{
		`{"properties": {"X": {"type": "number"}}}`,
		`{"properties": {"X": {"type": "integer", "minimum": "one"}}}`,
		`{"properties": `,
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("loadSchema(%s) did not panic", bad)
				}
			}()
			loadSchema([]byte(bad))
		}()
	}
}
