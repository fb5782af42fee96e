package client_test

import (
	"os"
	"testing"

	"github.com/cognitokit/appclient/client"
)

func decodeBench(t *testing.T, name string) client.CreateRequest {
	t.Helper()
	data, err := os.ReadFile("../testdata/bench/" + name + ".json")
	if err != nil {
		t.Fatal(err)
	}
	r, vs := client.DecodeCreate(data)
	if vs.HasErrors() {
		t.Fatalf("%s: %v", name, vs)
	}
	return r
}

// TestCheckAllocations pins the cost of Check on the benchmark fixtures:
// a configuration with nothing to report costs no allocation, and one with
// only warnings costs none either when the caller reuses a buffer (the
// messages are constants and list paths are prebuilt).
func TestCheckAllocations(t *testing.T) {
	if testing.Short() {
		t.Skip("allocation counts are not meaningful with -short instrumentation off")
	}
	if raceEnabled {
		t.Skip("under -race, sync.Pool drops reused passes on purpose, so Check allocates a new one now and then")
	}
	for _, name := range []string{"minimal", "typical", "large"} {
		r := decodeBench(t, name)
		if r.Check().HasErrors() {
			t.Fatalf("%s has errors: %v", name, r.Check())
		}
		buf := make(client.Violations, 0, 16)
		if n := testing.AllocsPerRun(100, func() { buf = r.AppendCheck(buf[:0]) }); n != 0 {
			t.Errorf("%s: AppendCheck with a reused buffer: %v allocations, want 0 (violations: %v)", name, n, buf)
		}
		// Without warnings, Check itself allocates nothing.
		clean := r
		clean.PreventUserExistenceErrors = client.Ptr("ENABLED")
		clean.CallbackURLs = withoutLoopback(r.CallbackURLs)
		clean.ExplicitAuthFlows = []string{"ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"}
		clean.AllowedOAuthFlows = onlyCode(r.AllowedOAuthFlows)
		clean.RefreshTokenRotation = nil
		if got := clean.Check(); got != nil {
			t.Fatalf("%s without its warnings still reports %v", name, got)
		}
		if n := testing.AllocsPerRun(100, func() { _ = clean.Check() }); n != 0 {
			t.Errorf("%s: Check on a clean request: %v allocations, want 0", name, n)
		}
	}
}

func withoutLoopback(list []string) []string {
	var out []string
	for _, u := range list {
		if len(u) < 7 || u[:7] != "http://" {
			out = append(out, u)
		}
	}
	return out
}

func onlyCode(list []string) []string {
	if list == nil {
		return nil
	}
	return []string{"code"}
}

// TestDecodeCheckAllocations pins what DecodeCheck allocates, whatever the
// input's size: one private copy of the input, one slab for its strings,
// and the result; the decoded request itself stays on the stack.
func TestDecodeCheckAllocations(t *testing.T) {
	if testing.Short() {
		t.Skip("allocation counts are not meaningful with -short instrumentation off")
	}
	if raceEnabled {
		t.Skip("under -race, sync.Pool drops reused passes on purpose")
	}
	for _, tt := range []struct {
		name string
		max  float64
	}{{"minimal", 3}, {"typical", 12}, {"large", 100}} {
		data, err := os.ReadFile("../testdata/bench/" + tt.name + ".json")
		if err != nil {
			t.Fatal(err)
		}
		if n := testing.AllocsPerRun(50, func() { client.DecodeCheck(data, client.Auto) }); n > tt.max {
			t.Errorf("%s: DecodeCheck made %v allocations, want at most %v", tt.name, n, tt.max)
		}
	}
}
