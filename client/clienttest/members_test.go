package clienttest_test

import (
	"encoding/json"
	"testing"

	"pgregory.net/rapid"

	"github.com/cognitokit/appclient/client/clienttest"
	"github.com/cognitokit/appclient/internal/spec"
)

// TestGeneratorsDrawEveryMember walks the model's member lists: a member
// that a generator never draws (a new AWS member nobody taught it) is never
// present in what it generates, and so never tested.
func TestGeneratorsDrawEveryMember(t *testing.T) {
	tests := []struct {
		shape *spec.Shape
		draw  func(*rapid.T) any
	}{
		{spec.CreateUserPoolClientRequest, func(t *rapid.T) any { return clienttest.Create().Draw(t, "r") }},
		{spec.UpdateUserPoolClientRequest, func(t *rapid.T) any { return clienttest.Update().Draw(t, "r") }},
		{spec.UserPoolClientType, func(t *rapid.T) any { return clienttest.UserPoolClient().Draw(t, "r") }},
	}
	for _, tt := range tests {
		t.Run(tt.shape.Name, func(t *testing.T) {
			seen := map[string]bool{}
			rapid.Check(t, func(rt *rapid.T) {
				data, err := json.Marshal(tt.draw(rt))
				if err != nil {
					rt.Fatal(err)
				}
				var members map[string]json.RawMessage
				if err := json.Unmarshal(data, &members); err != nil {
					rt.Fatal(err)
				}
				for name, raw := range members {
					seen[name] = true
					if m, ok := tt.shape.Lookup(name); ok && m.Shape.Kind == spec.Structure {
						var inner map[string]json.RawMessage
						if json.Unmarshal(raw, &inner) == nil {
							for n := range inner {
								seen[name+"."+n] = true
							}
						}
					}
				}
			})
			for _, m := range tt.shape.Members {
				if !seen[m.Name] {
					t.Errorf("%s.%s is never drawn", tt.shape.Name, m.Name)
				}
				if m.Shape.Kind == spec.Structure {
					for _, n := range m.Shape.Members {
						if !seen[m.Name+"."+n.Name] {
							t.Errorf("%s.%s.%s is never drawn", tt.shape.Name, m.Name, n.Name)
						}
					}
				}
			}
		})
	}
}
