package client_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cognitokit/appclient/client"
)

func TestCheckPool(t *testing.T) {
	base := func() client.CreateRequest {
		r := validCreate()
		r.SupportedIdentityProviders = []string{"COGNITO", "Google"}
		r.ExplicitAuthFlows = []string{"ALLOW_USER_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"}
		r.AllowedOAuthScopes = []string{"openid", "api/read"}
		r.ReadAttributes = []string{"email", "custom:tenant"}
		r.WriteAttributes = []string{"custom:tenant"}
		return r
	}
	tierWarning := v("ExplicitAuthFlows[0]", client.RuleFlowsUserAuthTier,
		"ALLOW_USER_AUTH needs the user pool's Essentials or Plus feature plan; on Lite, AWS answers FeatureUnavailableInTierException")
	full := client.Pool{
		ID: "us-east-1_Ab12Cd34E", Tier: "ESSENTIALS",
		IdentityProviders: []string{"Google"},
		ResourceServers:   []client.ResourceServer{{Identifier: "api", Scopes: []string{"read"}}},
		Attributes:        []client.Attribute{{Name: "email", Mutable: true}, {Name: "tenant", Mutable: true}},
	}
	requiresEmail := client.Pool{Tier: "PLUS", Attributes: []client.Attribute{
		{Name: "sub", Required: true}, {Name: "email", Mutable: true, Required: true}, {Name: "name", Mutable: true}, {Name: "tenant", Mutable: true},
	}}
	// username names the user and email_verified cannot be written: neither
	// need be in WriteAttributes.
	mapsGoogle := client.Pool{Tier: "PLUS", Providers: []client.Provider{{Name: "Google", Type: "Google",
		AttributeMapping: map[string]string{"username": "sub", "name": "name", "email": "email", "email_verified": "email_verified"}}}}
	tests := []struct {
		name string
		pool *client.Pool
		edit func(r *client.CreateRequest)
		want client.Violations
	}{
		{"no pool: only the offline warning", nil, nil, vs(tierWarning)},
		{"empty pool knows nothing", &client.Pool{}, nil, vs(tierWarning)},
		{"every fact satisfied", &full, nil, nil},
		{"Lite tier", &client.Pool{Tier: "LITE"}, nil, vs(
			v("ExplicitAuthFlows[0]", client.RulePoolFeaturePlan, "ALLOW_USER_AUTH is not available on the pool's Lite feature plan: upgrade to Essentials or Plus"))},
		{"providers known, none configured", &client.Pool{Tier: "PLUS", IdentityProviders: []string{}}, nil, vs(
			v("SupportedIdentityProviders[1]", client.RulePoolIdentityProvider, `The provider "Google" does not exist for the user pool`))},
		{"resource servers known", &client.Pool{Tier: "PLUS", ResourceServers: []client.ResourceServer{{Identifier: "api", Scopes: []string{"write"}}}}, nil, vs(
			v("AllowedOAuthScopes[1]", client.RulePoolScope, `Invalid scope requested: "api/read" is not a scope of any resource server of the pool`))},
		{"immutable write attribute", &client.Pool{Tier: "PLUS", Attributes: []client.Attribute{{Name: "email", Mutable: true}, {Name: "custom:tenant"}}}, nil, vs(
			v("WriteAttributes[0]", client.RulePoolWriteAttributes, `Invalid write attributes specified: "custom:tenant" is immutable`))},
		{"other pool: its tier says nothing of this one", &client.Pool{ID: "eu-west-1_Zz", Tier: "PLUS"}, nil, vs(
			v("ExplicitAuthFlows[0]", client.RuleFlowsUserAuthTier, "ALLOW_USER_AUTH needs the user pool's Essentials or Plus feature plan; on Lite, AWS answers FeatureUnavailableInTierException"),
			v("UserPoolId", client.RulePoolMismatch, `the pool facts describe user pool "eu-west-1_Zz", not this one: no pool rule was applied`))},
		{"another pool's facts apply no pool rule", &client.Pool{ID: "eu-west-1_Zz", Tier: "LITE", IdentityProviders: []string{}, Attributes: requiresEmail.Attributes}, func(r *client.CreateRequest) {
			r.SupportedIdentityProviders = []string{"COGNITO", "Google"}
			r.WriteAttributes = []string{"name"}
		}, vs(
			v("ExplicitAuthFlows[0]", client.RuleFlowsUserAuthTier, "ALLOW_USER_AUTH needs the user pool's Essentials or Plus feature plan; on Lite, AWS answers FeatureUnavailableInTierException"),
			v("UserPoolId", client.RulePoolMismatch, `the pool facts describe user pool "eu-west-1_Zz", not this one: no pool rule was applied`))},
		{"the same facts about this pool", &client.Pool{ID: "us-east-1_Ab12Cd34E", Tier: "PLUS", IdentityProviders: []string{}, Attributes: requiresEmail.Attributes}, func(r *client.CreateRequest) {
			r.SupportedIdentityProviders = []string{"COGNITO", "Google"}
			r.WriteAttributes = []string{"name"}
		}, vs(
			v("SupportedIdentityProviders[1]", client.RulePoolIdentityProvider, `The provider "Google" does not exist for User Pool "us-east-1_Ab12Cd34E"`),
			v("WriteAttributes", client.RulePoolRequiredAttributes, `Invalid write attributes specified: must include "email", which the pool's schema marks required`))},
		{"a provider name cannot forge an output line", &client.Pool{Tier: "PLUS", IdentityProviders: []string{}}, func(r *client.CreateRequest) {
			r.SupportedIdentityProviders = []string{"COGNITO", "E\nX: forged"}
		}, vs(
			v("SupportedIdentityProviders[1]", client.RuleModelPattern, `contains U+000A at character 2, which is not allowed; must match the ProviderNameType pattern ^[\p{L}\p{M}\p{S}\p{N}\p{P}\p{Z}]+$: letters, marks, symbols, numbers, punctuation and spaces (no control or format characters)`),
			v("SupportedIdentityProviders[1]", client.RulePoolIdentityProvider, `The provider "E\nX: forged" does not exist for the user pool`))},
		{"required attribute written", &requiresEmail, func(r *client.CreateRequest) { r.WriteAttributes = []string{"email"} }, nil},
		{"required attribute not written", &requiresEmail, func(r *client.CreateRequest) { r.WriteAttributes = []string{"name"} }, vs(
			v("WriteAttributes", client.RulePoolRequiredAttributes, `Invalid write attributes specified: must include "email", which the pool's schema marks required`))},
		{"no attribute written", &requiresEmail, func(r *client.CreateRequest) { r.WriteAttributes = []string{} }, vs(
			v("WriteAttributes", client.RulePoolRequiredAttributes, `Invalid write attributes specified: must include "email", which the pool's schema marks required`))},
		{"WriteAttributes absent: AWS lets the client write every mutable attribute", &requiresEmail, func(r *client.CreateRequest) { r.WriteAttributes = nil }, nil},
		{"required but immutable (sub) need not be written", &client.Pool{Tier: "PLUS", Attributes: []client.Attribute{{Name: "sub", Required: true}, {Name: "name", Mutable: true}}},
			func(r *client.CreateRequest) { r.ReadAttributes, r.WriteAttributes = nil, []string{"name"} }, nil},
		{"schema unknown", &client.Pool{Tier: "PLUS"}, func(r *client.CreateRequest) { r.WriteAttributes = []string{"name"} }, nil},
		{"mapped attributes written", &mapsGoogle, func(r *client.CreateRequest) { r.WriteAttributes = []string{"name", "email"} }, nil},
		{"a mapped attribute not written", &mapsGoogle, func(r *client.CreateRequest) { r.WriteAttributes = []string{"email"} }, vs(
			v("WriteAttributes", client.RulePoolMappedAttributes, `does not include "name", which identity provider "Google" maps: sign-in through it fails when Amazon Cognito cannot update a mapped attribute`))},
		{"no mapped attribute written", &mapsGoogle, func(r *client.CreateRequest) { r.WriteAttributes = []string{} }, vs(
			v("WriteAttributes", client.RulePoolMappedAttributes, `does not include "email", "name", which identity provider "Google" maps: sign-in through it fails when Amazon Cognito cannot update a mapped attribute`))},
		{"mapping of a provider the client does not use", &mapsGoogle, func(r *client.CreateRequest) {
			r.SupportedIdentityProviders = []string{"COGNITO", "google"}
			r.WriteAttributes = []string{}
		}, nil},
		{"WriteAttributes absent: the client writes every mutable attribute", &mapsGoogle, func(r *client.CreateRequest) { r.WriteAttributes = nil }, nil},
		{"COGNITO is always allowed", &client.Pool{Tier: "PLUS", IdentityProviders: []string{}}, func(r *client.CreateRequest) {
			r.SupportedIdentityProviders = []string{"COGNITO"}
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := base()
			if tt.edit != nil {
				tt.edit(&r)
			}
			if diff := cmp.Diff(tt.want, r.CheckPool(tt.pool)); diff != "" {
				t.Errorf("CheckPool (-want +got):\n%s", diff)
			}
		})
	}
	r := base()
	if diff := cmp.Diff(r.Check(), r.CheckPool(nil)); diff != "" {
		t.Errorf("CheckPool(nil) differs from Check (-Check +CheckPool):\n%s", diff)
	}
}

func TestPoolAddJSON(t *testing.T) {
	var p client.Pool
	for _, doc := range []string{
		`{"UserPool":{"Id":"us-east-1_X","UserPoolTier":"PLUS","SchemaAttributes":[{"Name":"sub","Mutable":false,"Required":true},{"Name":"email","Required":true},{"Name":"name","Required":false}]}}`,
		`{"Providers":[{"ProviderName":"Google","ProviderType":"Google"}]}`,
		`{"IdentityProvider":{"UserPoolId":"us-east-1_X","ProviderName":"Google","ProviderType":"Google","AttributeMapping":{"email":"email","username":"sub"}}}`,
		`{"ResourceServers":[{"UserPoolId":"us-east-1_X","Identifier":"https://api","Scopes":[{"ScopeName":"read"}]}]}`,
	} {
		if err := p.AddJSON([]byte(doc)); err != nil {
			t.Fatal(err)
		}
	}
	want := client.Pool{
		ID: "us-east-1_X", Tier: "PLUS",
		IdentityProviders: []string{"Google"},
		Providers:         []client.Provider{{Name: "Google", Type: "Google", AttributeMapping: map[string]string{"email": "email", "username": "sub"}}},
		ResourceServers:   []client.ResourceServer{{Identifier: "https://api", Scopes: []string{"read"}}},
		Attributes:        []client.Attribute{{Name: "sub", Required: true}, {Name: "email", Mutable: true, Required: true}, {Name: "name", Mutable: true}},
	}
	if diff := cmp.Diff(want, p); diff != "" {
		t.Errorf("AddJSON (-want +got):\n%s", diff)
	}
	for _, bad := range []string{`{}`, `[]`, `{"UserPool":`, `{"Providers":{}}`} {
		if err := new(client.Pool).AddJSON([]byte(bad)); err == nil {
			t.Errorf("AddJSON(%s) = nil, want an error", bad)
		}
	}
	// A byte order mark is named, as the request decoder names it.
	bom := "\xef\xbb\xbf" + `{"Providers":[{"ProviderName":"Google"}]}`
	err := new(client.Pool).AddJSON([]byte(bom))
	wantErr := "pool facts: the input starts with a UTF-8 byte order mark (U+FEFF), which JSON does not allow: save the file without it"
	if err == nil || err.Error() != wantErr {
		t.Errorf("AddJSON(%q) = %v, want %q", bom, err, wantErr)
	}
}

func FuzzPoolAddJSON(f *testing.F) {
	f.Add([]byte(`{"UserPool":{"Id":"us-east-1_X","UserPoolTier":"LITE","SchemaAttributes":[{"Name":"email"}]}}`))
	f.Add([]byte(`{"Providers":[{"ProviderName":"Google"}]}`))
	f.Add([]byte(`{"IdentityProvider":{"UserPoolId":"us-east-1_X","ProviderName":"Google","AttributeMapping":{"email":"email"}}}`))
	f.Add([]byte(`{"ResourceServers":[{"Identifier":"a","Scopes":[{"ScopeName":"r"}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var p client.Pool
		if p.AddJSON(data) != nil {
			return
		}
		r := validCreate()
		_ = r.CheckPool(&p) // must not panic on any facts
		for _, prov := range p.Providers {
			r.SupportedIdentityProviders = append(r.SupportedIdentityProviders, prov.Name)
		}
		r.WriteAttributes = []string{}
		for _, v := range r.CheckPool(&p) {
			if i := strings.IndexFunc(v.Message, forging); i >= 0 {
				t.Fatalf("%s message has a raw %U: %+q", v.Rule, []rune(v.Message[i:])[0], v.Message)
			}
		}
	})
}
