package client_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cognitokit/appclient/client"
)

func TestPoolsAddJSON(t *testing.T) {
	var ps client.Pools
	for _, doc := range []string{
		`{"UserPool":{"Id":"us-east-1_A","UserPoolTier":"LITE"}}`,
		`{"Providers":[{"ProviderName":"Google"}]}`, // names no pool: goes to us-east-1_A
		`{"UserPool":{"Id":"eu-west-1_B","UserPoolTier":"PLUS","SchemaAttributes":[{"Name":"email","Required":true}]}}`,
		`{"ResourceServers":[]}`, // names no pool: goes to eu-west-1_B
		`{"IdentityProvider":{"UserPoolId":"us-east-1_A","ProviderName":"Google","AttributeMapping":{"email":"email"}}}`,
		`{"Providers":[{"ProviderName":"Facebook"}]}`, // after a file naming us-east-1_A
	} {
		if err := ps.AddJSON([]byte(doc)); err != nil {
			t.Fatalf("AddJSON(%s): %v", doc, err)
		}
	}
	if diff := cmp.Diff([]string{"us-east-1_A", "eu-west-1_B"}, ps.IDs()); diff != "" {
		t.Errorf("IDs (-want +got):\n%s", diff)
	}
	// describe-user-pool output makes the schema known, here empty.
	wantA := &client.Pool{ID: "us-east-1_A", Tier: "LITE", IdentityProviders: []string{"Google", "Facebook"}, Attributes: []client.Attribute{},
		Providers: []client.Provider{{Name: "Google", AttributeMapping: map[string]string{"email": "email"}}}}
	if diff := cmp.Diff(wantA, ps.For("us-east-1_A")); diff != "" {
		t.Errorf("For(us-east-1_A) (-want +got):\n%s", diff)
	}
	wantB := &client.Pool{ID: "eu-west-1_B", Tier: "PLUS", ResourceServers: []client.ResourceServer{},
		Attributes: []client.Attribute{{Name: "email", Mutable: true, Required: true}}}
	if diff := cmp.Diff(wantB, ps.For("eu-west-1_B")); diff != "" {
		t.Errorf("For(eu-west-1_B) (-want +got):\n%s", diff)
	}
	if p := ps.For("us-west-2_C"); p != nil {
		t.Errorf("For(an unknown pool) = %+v, want nil", p)
	}
	if p := ps.For(""); p != nil {
		t.Errorf("For(\"\") = %+v, want nil", p)
	}
	if p := (*client.Pools)(nil).For("us-east-1_A"); p != nil {
		t.Errorf("nil Pools: For = %+v, want nil", p)
	}

	// Facts that name no pool cannot come first.
	var empty client.Pools
	err := empty.AddJSON([]byte(`{"Providers":[{"ProviderName":"Google"}]}`))
	if err == nil || !strings.Contains(err.Error(), "give the pool's describe-user-pool output before it") {
		t.Errorf("AddJSON of unnamed facts first = %v, want an error saying to give describe-user-pool first", err)
	}
	if ids := empty.IDs(); len(ids) != 0 {
		t.Errorf("after the error, IDs = %q, want none", ids)
	}
	if err := empty.AddJSON([]byte(`{}`)); err == nil {
		t.Error("AddJSON({}) = nil, want an error")
	}
}

// TestDecodeCheckPools: each client gets its own pool's facts, and a client
// of another pool, or without UserPoolId, gets none (no pool.mismatch
// either: the facts were never applied to it).
func TestDecodeCheckPools(t *testing.T) {
	var ps client.Pools
	for _, doc := range []string{
		`{"UserPool":{"Id":"us-east-1_A","UserPoolTier":"LITE"}}`,
		`{"UserPool":{"Id":"eu-west-1_B","UserPoolTier":"PLUS"}}`,
	} {
		if err := ps.AddJSON([]byte(doc)); err != nil {
			t.Fatal(err)
		}
	}
	const userAuth = `"ClientName":"app","PreventUserExistenceErrors":"ENABLED","ExplicitAuthFlows":["ALLOW_USER_AUTH","ALLOW_REFRESH_TOKEN_AUTH"]`
	lite := v("ExplicitAuthFlows[0]", client.RulePoolFeaturePlan, "ALLOW_USER_AUTH is not available on the pool's Lite feature plan: upgrade to Essentials or Plus")
	offline := v("ExplicitAuthFlows[0]", client.RuleFlowsUserAuthTier,
		"ALLOW_USER_AUTH needs the user pool's Essentials or Plus feature plan; on Lite, AWS answers FeatureUnavailableInTierException")
	tests := []struct {
		name string
		doc  string
		op   client.Op
		want client.Violations
	}{
		{"client of pool A", `{"UserPoolId":"us-east-1_A",` + userAuth + `}`, client.Create, vs(lite)},
		{"client of pool B", `{"UserPoolId":"eu-west-1_B",` + userAuth + `}`, client.Create, nil},
		{"client of an unknown pool", `{"UserPoolId":"us-west-2_C",` + userAuth + `}`, client.Create, vs(offline)},
		{"description without UserPoolId", `{"UserPoolClient":{` + userAuth + `}}`, client.Describe, vs(
			v("UserPoolClient.ExplicitAuthFlows[0]", client.RuleFlowsUserAuthTier, offline.Message))},
		{"wrapped description of pool A", `{"UserPoolClient":{"UserPoolId":"us-east-1_A",` + userAuth + `}}`, client.Describe, vs(
			v("UserPoolClient.ExplicitAuthFlows[0]", client.RulePoolFeaturePlan, lite.Message))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got := client.DecodeCheckPools([]byte(tt.doc), tt.op, &ps)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("DecodeCheckPools (-want +got):\n%s", diff)
			}
			doc := client.DecodeCheckDocumentPools([]byte(tt.doc), tt.op, &ps)
			if diff := cmp.Diff(tt.want, doc.Violations); diff != "" {
				t.Errorf("DecodeCheckDocumentPools (-want +got):\n%s", diff)
			}
		})
	}
	// With one Pool given directly, about another pool, CheckPool applies
	// none of its facts and warns that it names another pool.
	_, got := client.DecodeCheckPool([]byte(`{"UserPoolId":"eu-west-1_B",`+userAuth+`}`), client.Create, ps.For("us-east-1_A"))
	want := vs(v("UserPoolId", client.RulePoolMismatch, `the pool facts describe user pool "us-east-1_A", not this one: no pool rule was applied`))
	want = append(vs(v("ExplicitAuthFlows[0]", client.RuleFlowsUserAuthTier, offline.Message)), want...)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("DecodeCheckPool with another pool's facts (-want +got):\n%s", diff)
	}
}
