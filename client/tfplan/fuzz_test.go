package tfplan_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cognitokit/appclient/client/tfplan"
)

// FuzzCheckPlan checks that Check never panics, that every finding has a
// rule and a field under its resource's address, and that no message or
// skip reason holds a client_secret of the plan.
func FuzzCheckPlan(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(plansDir, "*.json"))
	files = append(files, "../../testdata/examples/terraform/plan.json")
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		// Compact and small: Go's fuzzer minimizes each input that finds new
		// coverage, which takes it minutes for a plan of several kilobytes.
		var b bytes.Buffer
		if err := json.Compact(&b, data); err == nil && b.Len() < 2500 {
			f.Add(b.Bytes())
		}
	}
	f.Add([]byte(`{"format_version":"1.2","resource_changes":[{"type":"aws_cognito_user_pool_client","mode":"managed","change":{"actions":["create"],"after":{"callback_urls":[null,"http://x"],"token_validity_units":[{"access_token":"weeks"}]},"after_unknown":{"callback_urls":[true,false]}}}]}`))
	// Pool facts from the plan, by reference and by ID.
	f.Add([]byte(`{"format_version":"1.2","resource_changes":[` +
		`{"type":"aws_cognito_user_pool","name":"p","mode":"managed","change":{"actions":["create"],"after":{"schema":[{"name":"email","required":true}],"user_pool_tier":"LITE"},"after_unknown":{"id":true}}},` +
		`{"type":"aws_cognito_resource_server","name":"r","mode":"managed","change":{"actions":["create"],"after":{"identifier":"api","scope":[{"scope_name":"read"}]},"after_unknown":{"user_pool_id":true}}},` +
		`{"type":"aws_cognito_identity_provider","name":"g","mode":"managed","change":{"actions":["no-op"],"after":{"provider_name":"Google","user_pool_id":"us-east-1_x","attribute_mapping":{"email":"email"}}}},` +
		`{"type":"aws_cognito_user_pool_client","name":"c","mode":"managed","change":{"actions":["create"],"after":{"name":"c","allowed_oauth_scopes":["api/write"],"write_attributes":["name"],"supported_identity_providers":["Google"]},"after_unknown":{"user_pool_id":true}}}],` +
		`"configuration":{"root_module":{"resources":[` +
		`{"type":"aws_cognito_resource_server","name":"r","mode":"managed","expressions":{"user_pool_id":{"references":["aws_cognito_user_pool.p.id"]}}},` +
		`{"type":"aws_cognito_user_pool_client","name":"c","mode":"managed","expressions":{"user_pool_id":{"references":["aws_cognito_user_pool.p.id"]}}}]}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		tfplan.Detect(data)
		rep := tfplan.Check(data)
		if rep == nil {
			t.Fatal("Check returned nil")
		}
		secrets := clientSecrets(data)
		for _, x := range rep.Plan {
			if x.Rule == "" {
				t.Errorf("finding without a rule: %+v", x)
			}
		}
		for _, r := range rep.Results {
			for _, x := range r.Findings {
				if x.Rule == "" {
					t.Errorf("finding without a rule: %+v", x)
				}
				if !strings.HasPrefix(x.Field, r.Address) {
					t.Errorf("field %q is not under %q", x.Field, r.Address)
				}
				for _, s := range secrets {
					if strings.Contains(x.Message, s) {
						t.Errorf("a message holds a client_secret: %+v", x)
					}
				}
			}
			for _, s := range r.Skipped {
				for _, sec := range secrets {
					if strings.Contains(s.Reason, sec) {
						t.Errorf("a skip reason holds a client_secret: %+v", s)
					}
				}
			}
		}
	})
}

// clientSecrets returns the client_secret values of the plan's changes, of
// eight bytes or more and not part of the text that stands for them.
func clientSecrets(data []byte) []string {
	var p struct {
		ResourceChanges []struct {
			Change struct {
				Before, After any
			}
		} `json:"resource_changes"`
	}
	if json.Unmarshal(data, &p) != nil {
		return nil
	}
	var out []string
	for _, rc := range p.ResourceChanges {
		for _, v := range []any{rc.Change.Before, rc.Change.After} {
			m, _ := v.(map[string]any)
			if s, ok := m["client_secret"].(string); ok && len(s) >= 8 && !strings.Contains("(a value not shown)", s) {
				out = append(out, s)
			}
		}
	}
	return out
}
