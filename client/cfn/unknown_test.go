package cfn_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/cfn"
	"github.com/cognitokit/appclient/client/clienttest"
)

// getAtt is a value CloudFormation knows only at deploy.
var getAtt = map[string]any{"Fn::GetAtt": []any{"Site", "Arn"}}

// clientTemplate is a template with one app client whose Properties are
// the request's members (a ClientSecret, which CloudFormation cannot set,
// becomes GenerateSecret), each member in unknown replaced by an Fn::GetAtt, and a
// resource for the Fn::GetAtt to name.
func clientTemplate(t *rapid.T, r client.CreateRequest, unknown func(member string) bool) []byte {
	data, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	props := map[string]any{}
	if err := json.Unmarshal(data, &props); err != nil {
		t.Fatal(err)
	}
	if _, ok := props["ClientSecret"]; ok {
		delete(props, "ClientSecret")
		props["GenerateSecret"] = true // a secret, as CloudFormation makes one
	}
	for k, v := range props {
		if unknown(k) {
			props[k] = getAtt
		} else if list, ok := v.([]any); ok && len(list) > 0 && rapid.Bool().Draw(t, "an unknown item in "+k) {
			list[rapid.IntRange(0, len(list)-1).Draw(t, "item of "+k)] = getAtt
		}
	}
	doc := map[string]any{"Resources": map[string]any{
		"Site":   map[string]any{"Type": "AWS::S3::Bucket"},
		"Client": map[string]any{"Type": "AWS::Cognito::UserPoolClient", "Properties": props},
	}}
	out, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestPropUnknownNeverErrs: a valid client stays free of errors whatever of
// its members, or of its lists' items, is known only at deploy.
func TestPropUnknownNeverErrs(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := clienttest.Create().Draw(t, "request")
		unknown := map[string]bool{}
		data := clientTemplate(t, r, func(m string) bool {
			if _, ok := unknown[m]; !ok {
				unknown[m] = rapid.Bool().Draw(t, "unknown "+m)
			}
			return unknown[m]
		})
		rep := cfn.Check(data, cfn.Options{})
		for _, res := range rep.Results {
			for _, f := range res.Findings {
				if f.Severity == client.Error {
					t.Fatalf("an error on a valid client with unknown values: %s\n%s", f.Violation, data)
				}
			}
		}
	})
}

// TestPropUnknownMasksTheRule: a client that breaks a rule does not break it
// once the members the rule reads are known only at deploy: the rule is not
// applied, and said to be skipped.
func TestPropUnknownMasksTheRule(t *testing.T) {
	for _, rule := range client.Rules() {
		if rule.Members == nil || rule.Severity != client.Error || rule.Family() == "pool" || slices.Contains(rule.Members, "ClientSecret") {
			continue // the json and model rules read every member; CloudFormation cannot set ClientSecret
		}
		t.Run(string(rule.ID), func(t *testing.T) {
			rapid.Check(t, func(t *rapid.T) {
				r := clienttest.Breaking(rule.ID).Draw(t, "request")
				data := clientTemplate(t, r, func(m string) bool {
					for _, read := range rule.Members {
						if top, _, _ := strings.Cut(read, "."); top == m {
							return true
						}
					}
					return false
				})
				rep := cfn.Check(data, cfn.Options{})
				if len(rep.Results) != 1 {
					t.Fatalf("%d results", len(rep.Results))
				}
				for _, f := range rep.Results[0].Findings {
					if f.Rule == rule.ID {
						t.Fatalf("%s reported although what it reads is unknown: %s\n%s", rule.ID, f.Violation, data)
					}
				}
				skipped := false
				for _, s := range rep.Results[0].Skipped {
					skipped = skipped || slices.Contains(s.Rules, rule.ID)
				}
				if !skipped {
					t.Fatalf("%s is not listed as skipped\n%s", rule.ID, data)
				}
			})
		})
	}
}
