package sdkv2_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/clienttest"
	"github.com/cognitokit/appclient/client/sdkv2"
)

// The properties, on valid shapes (clienttest) and on arbitrary ones (anyOf,
// with empty strings, zeros, unknown enum values, nil and empty lists):
//
//	ours → SDK → ours = canonical(ours)
//	SDK → ours → SDK  = the identity
//
// canonical (members_test.go) makes absent the members that the SDK has no
// field for, and the present members that the SDK holds as plain values and
// that hold the zero value (see the package documentation); it is the
// identity on everything else. The arbitrary shapes are drawn by anyOf
// (members_test.go), member by member from the model rows.

func TestRoundTripValid(t *testing.T) {
	t.Run("CreateRequest", rapid.MakeCheck(func(t *rapid.T) {
		r := clienttest.Create().Draw(t, "CreateRequest")
		if diff := cmp.Diff(canonical(r), sdkv2.FromCreateInput(sdkv2.ToCreateInput(r))); diff != "" {
			t.Fatalf("ours → SDK → ours (-want +got):\n%s", diff)
		}
	}))
	t.Run("UpdateRequest", rapid.MakeCheck(func(t *rapid.T) {
		r := clienttest.Update().Draw(t, "UpdateRequest")
		if diff := cmp.Diff(canonical(r), sdkv2.FromUpdateInput(sdkv2.ToUpdateInput(r))); diff != "" {
			t.Fatalf("ours → SDK → ours (-want +got):\n%s", diff)
		}
	}))
	t.Run("UserPoolClient", rapid.MakeCheck(func(t *rapid.T) {
		r := clienttest.UserPoolClient().Draw(t, "UserPoolClient")
		if diff := cmp.Diff(canonical(r), sdkv2.FromUserPoolClient(sdkv2.ToUserPoolClient(r))); diff != "" {
			t.Fatalf("ours → SDK → ours (-want +got):\n%s", diff)
		}
	}))
}

// TestRoundTripVerdict: on valid shapes the conversions keep Check's verdict
// exactly; the preflight middleware sees what the caller built.
func TestRoundTripVerdict(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := clienttest.Create().Draw(t, "CreateRequest")
		back := sdkv2.FromCreateInput(sdkv2.ToCreateInput(r))
		if diff := cmp.Diff(r.Check(), back.Check()); diff != "" {
			t.Fatalf("Check after the round trip (-want +got):\n%s", diff)
		}
	})
}

func TestRoundTripOurs(t *testing.T) {
	t.Run("CreateRequest", rapid.MakeCheck(func(t *rapid.T) {
		r := anyOf[client.CreateRequest]().Draw(t, "CreateRequest")
		if diff := cmp.Diff(canonical(r), sdkv2.FromCreateInput(sdkv2.ToCreateInput(r))); diff != "" {
			t.Fatalf("ours → SDK → ours (-want +got):\n%s", diff)
		}
	}))
	t.Run("UpdateRequest", rapid.MakeCheck(func(t *rapid.T) {
		r := anyOf[client.UpdateRequest]().Draw(t, "UpdateRequest")
		if diff := cmp.Diff(canonical(r), sdkv2.FromUpdateInput(sdkv2.ToUpdateInput(r))); diff != "" {
			t.Fatalf("ours → SDK → ours (-want +got):\n%s", diff)
		}
	}))
	t.Run("UserPoolClient", rapid.MakeCheck(func(t *rapid.T) {
		r := anyOf[client.UserPoolClient]().Draw(t, "UserPoolClient")
		if diff := cmp.Diff(canonical(r), sdkv2.FromUserPoolClient(sdkv2.ToUserPoolClient(r))); diff != "" {
			t.Fatalf("ours → SDK → ours (-want +got):\n%s", diff)
		}
	}))
}

func TestRoundTripSDK(t *testing.T) {
	// The SDK shapes are built from ours, which reaches every SDK value: each
	// pointer nil or not, each plain value zero or not, lists nil, empty or
	// not, enum values known (to the model), unknown or empty.
	t.Run("CreateUserPoolClientInput", rapid.MakeCheck(func(t *rapid.T) {
		in := sdkv2.ToCreateInput(anyOf[client.CreateRequest]().Draw(t, "CreateRequest"))
		if diff := cmp.Diff(in, sdkv2.ToCreateInput(sdkv2.FromCreateInput(in)), sdkOpts); diff != "" {
			t.Fatalf("SDK → ours → SDK (-want +got):\n%s", diff)
		}
	}))
	t.Run("UpdateUserPoolClientInput", rapid.MakeCheck(func(t *rapid.T) {
		in := sdkv2.ToUpdateInput(anyOf[client.UpdateRequest]().Draw(t, "UpdateRequest"))
		if diff := cmp.Diff(in, sdkv2.ToUpdateInput(sdkv2.FromUpdateInput(in)), sdkOpts); diff != "" {
			t.Fatalf("SDK → ours → SDK (-want +got):\n%s", diff)
		}
	}))
	t.Run("UserPoolClientType", rapid.MakeCheck(func(t *rapid.T) {
		c := sdkv2.ToUserPoolClient(anyOf[client.UserPoolClient]().Draw(t, "UserPoolClient"))
		if diff := cmp.Diff(c, sdkv2.ToUserPoolClient(sdkv2.FromUserPoolClient(c)), sdkOpts); diff != "" {
			t.Fatalf("SDK → ours → SDK (-want +got):\n%s", diff)
		}
	}))
}

// anyString draws nil, "", one of known (the model's enum values, if any) or
// any string.
func anyString(known []string) *rapid.Generator[*string] {
	gens := []*rapid.Generator[string]{rapid.Just(""), rapid.String()}
	if len(known) > 0 {
		gens = append(gens, rapid.SampledFrom(known))
	}
	return rapid.Ptr(rapid.OneOf(gens...), true)
}

// anyList draws nil, an empty list or a list of up to four strings from
// anyString's values.
func anyList(known []string) *rapid.Generator[[]string] {
	item := rapid.Custom(func(t *rapid.T) string {
		if p := anyString(known).Draw(t, "item"); p != nil {
			return *p
		}
		return ""
	})
	return rapid.OneOf(rapid.Just([]string(nil)), rapid.Just([]string{}), rapid.SliceOfN(item, 1, 4))
}

func anyInt32() *rapid.Generator[*int32] {
	return rapid.Ptr(rapid.OneOf(rapid.Just[int32](0), rapid.Int32()), true)
}

func anyBool() *rapid.Generator[*bool] { return rapid.Ptr(rapid.Bool(), true) }

func anyTime() *rapid.Generator[*time.Time] {
	return rapid.Ptr(rapid.Custom(func(t *rapid.T) time.Time {
		sec := rapid.Int64Range(-1<<40, 1<<40).Draw(t, "seconds")
		nsec := rapid.Int64Range(0, 999_999_999).Draw(t, "nanoseconds")
		zone := rapid.SampledFrom([]*time.Location{time.UTC, time.Local, time.FixedZone("X", 3600)}).Draw(t, "zone")
		return time.Unix(sec, nsec).In(zone)
	}), true)
}
