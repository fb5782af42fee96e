package tfplan_test

import (
	"encoding/json"
	"strconv"
	"testing"
	"time"

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

// TestLarge: a plan of 2,000 clients (about 1.5 MB) is read whole, in time
// that grows linearly: four times the clients take well under eight times
// as long.
func TestLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("large")
	}
	small, large := largePlan(t, 500), largePlan(t, 2000)
	start := time.Now()
	rep := tfplan.Check(small)
	d1 := time.Since(start)
	start = time.Now()
	rep = tfplan.Check(large)
	d2 := time.Since(start)
	if len(rep.Results) != 2000 || len(rep.Results[1999].Findings) == 0 {
		t.Fatalf("want 2000 results with findings, got %d", len(rep.Results))
	}
	t.Logf("%d bytes: %v; %d bytes: %v", len(small), d1, len(large), d2)
	if d2 > 8*d1+time.Second {
		t.Errorf("2,000 clients took %v, 500 took %v: more than linear", d2, d1)
	}
}

func BenchmarkCheckPlan(b *testing.B) {
	data := largePlan(b, 100)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		tfplan.Check(data)
	}
}
