package tfplan_test

import (
	"encoding/json"
	"fmt"
	"strconv"
	"testing"

	"github.com/cognitokit/appclient/client/tfplan"
)

// largePlan is a plan with n clients, each with a sensitive callback URL
// and a finding, and n variables.
func largePlan(t testing.TB, n int) []byte {
	var changes, conf []any
	vars := obj{}
	for i := 0; i < n; i++ {
		name := "c" + strconv.Itoa(i)
		after := obj{"name": name, "user_pool_id": "us-east-1_abc", "client_secret": "secret" + strconv.Itoa(i),
			"callback_urls":       []string{"http://h" + strconv.Itoa(i) + ".example.com/cb", "https://ok.example.com/cb"},
			"allowed_oauth_flows": []string{"code"}, "allowed_oauth_flows_user_pool_client": true, "allowed_oauth_scopes": []string{"openid"}}
		changes = append(changes, obj{"address": tfplan.ClientType + "." + name, "mode": "managed", "type": tfplan.ClientType, "name": name,
			"change": obj{"actions": []string{"create"}, "after": after, "after_unknown": obj{"id": true},
				"after_sensitive": obj{"client_secret": true, "callback_urls": []any{true, false}}}})
		conf = append(conf, obj{"mode": "managed", "type": tfplan.ClientType, "name": name, "expressions": constants(after)})
		vars["v"+strconv.Itoa(i)] = obj{"value": "variable-value-" + strconv.Itoa(i)}
	}
	data, err := json.Marshal(obj{"format_version": "1.2", "variables": vars, "resource_changes": changes,
		"configuration": obj{"root_module": obj{"resources": conf}}})
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestLarge: a plan of 2,000 clients is read whole, every client checked.
// (How fast is for BenchmarkCheckPlan to say, never a wall clock here.)
func TestLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("large")
	}
	rep := tfplan.Check(largePlan(t, 2000))
	if len(rep.Results) != 2000 || len(rep.Results[1999].Findings) == 0 {
		t.Fatalf("want 2000 results with findings, got %d", len(rep.Results))
	}
}

// BenchmarkCheckPlan reads plans of 10, 100 and 1,000 clients: the time and
// the allocations per client should stay flat (linear in the plan's size).
func BenchmarkCheckPlan(b *testing.B) {
	for _, n := range []int{10, 100, 1000} {
		data := largePlan(b, n)
		b.Run(fmt.Sprintf("clients=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				tfplan.Check(data)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/client")
		})
	}
}
