package client_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/clienttest"
	"github.com/cognitokit/appclient/internal/spec"
)

// TestRuleMembersAreModelPaths: the json and model rules read every member
// (nil Members); every other rule names the members it reads, each a real
// member path of one of the three shapes, in AWS wire names, once.
func TestRuleMembersAreModelPaths(t *testing.T) {
	for _, r := range client.Rules() {
		if f := r.Family(); f == "json" || f == "model" {
			if r.Members != nil {
				t.Errorf("%s: Members = %q, want nil (every member)", r.ID, r.Members)
			}
			continue
		}
		if len(r.Members) == 0 {
			t.Errorf("%s names no members", r.ID)
		}
		for i, path := range r.Members {
			if slices.Contains(r.Members[:i], path) {
				t.Errorf("%s: %s is listed twice", r.ID, path)
			}
			if !modelPath(path) {
				t.Errorf("%s: %q is not a member path of CreateUserPoolClientRequest, UpdateUserPoolClientRequest or UserPoolClientType", r.ID, path)
			}
		}
	}
}

// modelPath reports whether path names a member of one of the roots, or a
// member of such a member's structure.
func modelPath(path string) bool {
	for _, root := range spec.Roots() {
		shape, ok := root, true
		for name := range strings.SplitSeq(path, ".") {
			if shape == nil || shape.Kind != spec.Structure {
				ok = false
				break
			}
			m, found := shape.Lookup(name)
			if !found {
				ok = false
				break
			}
			shape = m.Shape
		}
		if ok {
			return true
		}
	}
	return false
}

// checkedRules are the rules that have a check: the service and pool rules.
func checkedRules() []client.Rule {
	var out []client.Rule
	for _, r := range client.Rules() {
		if f := r.Family(); f != "json" && f != "model" {
			out = append(out, r)
		}
	}
	return out
}

// TestPropFindingsDependOnlyOnMembers: a rule's violations depend only on
// its Members (and the pool facts). Replacing every other member of an
// input with the members of another input of the same shape, or removing
// it, does not change them. This is what lets a reader skip a rule whose
// members are unknown.
func TestPropFindingsDependOnlyOnMembers(t *testing.T) {
	rules := checkedRules()
	rapid.Check(t, func(t *rapid.T) {
		a := anyInput().Draw(t, "input")
		var b checkedInput
		switch a.value.(type) {
		case *client.CreateRequest:
			b = createInput(rapid.OneOf(clienttest.Create(), clienttest.Breaking(rapid.SampledFrom(serviceErrors()).Draw(t, "other rule"))).Draw(t, "other"), nil)
		case *client.UpdateRequest:
			b = updateInput(clienttest.Update().Draw(t, "other"), nil)
		default:
			b = describeInput(clienttest.UserPoolClient().Draw(t, "other"), nil)
		}
		other := b.encode()
		if rapid.Bool().Draw(t, "remove the other members") {
			other = []byte("{}")
		}
		input := decodedAs(t, a, a.encode())
		for _, rule := range rules {
			want := client.CheckRule(rule.ID, input, a.pool)
			// Pool facts apply only to the pool UserPoolId names
			// (CheckPool), so with facts a rule's findings also depend
			// on it.
			members := rule.Members
			if a.pool != nil {
				members = append(slices.Clip(members), "UserPoolId")
			}
			mixed := mix(t, a.encode(), other, members)
			got := client.CheckRule(rule.ID, decodedAs(t, a, mixed), a.pool)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Fatalf("%s reads a member outside its Members %q: its violations changed (-input +mixed):\n%s\nmixed: %s", rule.ID, rule.Members, diff, mixed)
			}
		}
	})
}

// TestPropSkippedRulesFindNothing: Check does not apply a rule none of
// whose members is present, unless the rule reports an absence; applied
// anyway, the rule would find nothing. So Check's violations of each rule
// are the rule's own, applied alone, with or without its members.
func TestPropSkippedRulesFindNothing(t *testing.T) {
	rules := checkedRules()
	rapid.Check(t, func(t *rapid.T) {
		in := anyInput().Draw(t, "input")
		for _, rule := range rules {
			for _, strip := range []bool{false, true} {
				in := in
				if strip {
					in = inputOf(t, in, mix(t, []byte("{}"), in.encode(), rule.Members))
				}
				var got client.Violations
				for _, v := range in.check() {
					if v.Rule == rule.ID {
						got = append(got, v)
					}
				}
				want := client.CheckRule(rule.ID, in.value, in.pool)
				if diff := cmp.Diff(want, got); diff != "" {
					t.Fatalf("Check's violations of %s (members removed: %v) differ from the rule's own (-alone +Check):\n%s", rule.ID, strip, diff)
				}
			}
		}
	})
}

// inputOf returns the input of in's shape and pool that data decodes to.
func inputOf(t *rapid.T, in checkedInput, data []byte) checkedInput {
	switch v := decodedAs(t, in, data).(type) {
	case *client.CreateRequest:
		return createInput(*v, in.pool)
	case *client.UpdateRequest:
		return updateInput(*v, in.pool)
	case *client.UserPoolClient:
		return describeInput(*v, in.pool)
	}
	panic("unreachable")
}

// decodedAs decodes data as the shape of in, failing on any decoding
// violation.
func decodedAs(t *rapid.T, in checkedInput, data []byte) any {
	v, vs := in.decode(data)
	if len(vs) != 0 {
		t.Fatalf("%s does not decode: %v", data, vs)
	}
	return v
}

// mix returns the JSON object into, with the members at paths (wire-name
// paths, one level of nesting) taken from the object from: set to from's
// value, or removed where from has none. A path inside a structure also
// takes whether the structure is present.
func mix(t *rapid.T, from, into []byte, paths []string) []byte {
	object := func(data []byte) map[string]json.RawMessage {
		m := map[string]json.RawMessage{}
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatalf("%s: %v", data, err)
		}
		return m
	}
	marshal := func(m map[string]json.RawMessage) []byte {
		data, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	src, dst := object(from), object(into)
	for _, path := range paths {
		top, member, nested := strings.Cut(path, ".")
		v, ok := src[top]
		switch {
		case !ok:
			delete(dst, top)
		case !nested:
			dst[top] = v
		default:
			inner := map[string]json.RawMessage{}
			if d, ok := dst[top]; ok {
				inner = object(d)
			}
			if sv, ok := object(v)[member]; ok {
				inner[member] = sv
			} else {
				delete(inner, member)
			}
			dst[top] = marshal(inner)
		}
	}
	return marshal(dst)
}
