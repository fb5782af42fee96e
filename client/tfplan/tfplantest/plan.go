// Package tfplantest generates Terraform plans, as terraform show -json
// writes them, for property tests of the plan reader and of the command
// that prints what it finds: plans whose app clients break rules at values
// that must never be shown (client secrets, values marked sensitive,
// variable values, prior state and drift), so that a test can check that
// none of those values reaches any output.
package tfplantest

import (
	"encoding/json"
	"strings"

	"pgregory.net/rapid"
)

// Plan is a generated plan and the secret values planted in it.
type Plan struct {
	Data []byte
	// Secrets are the planted values that no output may contain. Each is
	// "zQx" followed by letters and digits, so that no other text of a
	// plan or an output holds it by chance.
	Secrets []string
}

type obj = map[string]any

// secret draws a value to plant.
func secret(t *rapid.T, label string) string {
	return "zQx" + rapid.StringMatching(`[A-Za-z0-9]{10,20}`).Draw(t, label)
}

// Plans generates plans with one to four app clients, created, updated or
// replaced, some managed, each with values that break rules, some of them
// secret.
func Plans() *rapid.Generator[Plan] {
	return rapid.Custom(func(t *rapid.T) Plan {
		var p Plan
		plant := func(label string) string {
			s := secret(t, label)
			p.Secrets = append(p.Secrets, s)
			return s
		}
		// Variables: strings, lists and maps of secrets.
		vars := obj{}
		nvars := rapid.IntRange(0, 3).Draw(t, "variables")
		var varValues []string
		for i := 0; i < nvars; i++ {
			v := plant("variable")
			varValues = append(varValues, v)
			var value any = v
			switch rapid.IntRange(0, 2).Draw(t, "variable shape") {
			case 1:
				value = []any{"https://" + v + ".example.com/cb", v}
			case 2:
				value = obj{"key": v}
			}
			vars["v"+string(rune('a'+i))] = obj{"value": value}
		}
		var changes, prior, drift []any
		n := rapid.IntRange(1, 4).Draw(t, "clients")
		for i := 0; i < n; i++ {
			name := "c" + string(rune('a'+i))
			managed := rapid.Bool().Draw(t, "managed")
			typ := "aws_cognito_user_pool_client"
			if managed {
				typ = "aws_cognito_managed_user_pool_client"
			}
			actions := rapid.SampledFrom([][]string{{"create"}, {"update"}, {"delete", "create"}, {"create", "delete"}, {"no-op"}, {"delete"}}).Draw(t, "actions")
			clientSecret := plant("client secret")
			sens := obj{"client_secret": true}
			after := obj{
				"user_pool_id":  "us-east-1_Pool12345",
				"client_secret": clientSecret,
				"id":            "client" + rapid.StringMatching(`[a-z0-9]{20}`).Draw(t, "id"),
			}
			unknown := obj{}
			// Callback URLs: plain HTTP, fragments, secrets in the host
			// or the path; sensitive or not.
			var urls []any
			var urlMarks []any
			sensitiveURLs := rapid.Bool().Draw(t, "sensitive urls")
			// A value to plant: a secret if the URLs are sensitive, a
			// variable's value, or (for URLs not sensitive) plain text.
			part := func(label string) string {
				switch {
				case sensitiveURLs:
					return plant(label)
				case len(varValues) > 0 && rapid.Bool().Draw(t, "from a variable"):
					return rapid.SampledFrom(varValues).Draw(t, "variable")
				}
				return "shown"
			}
			for j, m := 0, rapid.IntRange(0, 4).Draw(t, "urls"); j < m; j++ {
				var u any
				switch rapid.IntRange(0, 4).Draw(t, "url") {
				case 0:
					u = "http://" + part("host") + ".example.com/cb"
				case 1:
					u = "https://app.example.com/" + part("path") + "#frag"
				case 2:
					u = "javascript://" + part("script")
				case 3:
					u = nil // known after apply
				default:
					u = "https://app.example.com/cb"
				}
				urls = append(urls, u)
				urlMarks = append(urlMarks, u == nil)
			}
			if len(urls) > 0 {
				after["callback_urls"] = urls
				unknown["callback_urls"] = urlMarks
				if sensitiveURLs {
					sens["callback_urls"] = true
				}
			}
			// Scopes: a secret is no scope; openid with client_credentials.
			scopes := []any{"openid"}
			if rapid.Bool().Draw(t, "secret scope") {
				scopes = append(scopes, plant("scope"))
				sens["allowed_oauth_scopes"] = []any{false, true}
			}
			if len(varValues) > 0 && rapid.Bool().Draw(t, "scope from a variable") {
				scopes = append(scopes, rapid.SampledFrom(varValues).Draw(t, "variable scope"))
			}
			after["allowed_oauth_scopes"] = scopes
			after["allowed_oauth_flows"] = rapid.SampledFrom([][]any{{"code"}, {"client_credentials", "code"}, {"implicit"}}).Draw(t, "flows")
			after["allowed_oauth_flows_user_pool_client"] = true
			if rapid.Bool().Draw(t, "secret redirect") {
				after["default_redirect_uri"] = "http://" + plant("redirect") + ".example.com/"
				sens["default_redirect_uri"] = true
			}
			if len(varValues) > 0 && rapid.Bool().Draw(t, "name from a variable") {
				after["name"] = rapid.SampledFrom(varValues).Draw(t, "variable name")
			} else if !managed {
				after["name"] = name
			}
			if rapid.Bool().Draw(t, "legacy flows") {
				after["explicit_auth_flows"] = []any{"ADMIN_NO_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"}
			}
			after["token_validity_units"] = []any{obj{"access_token": rapid.SampledFrom([]string{"minutes", "hours", "days", "weeks"}).Draw(t, "unit")}}
			after["access_token_validity"] = rapid.IntRange(0, 3000).Draw(t, "access validity")
			if managed {
				after["name_pattern"] = "^x"
				unknown["name"] = true
			} else {
				after["generate_secret"] = rapid.Bool().Draw(t, "generate secret")
			}
			// What the plan had before: secrets everywhere, none marked
			// but client_secret; the reader never reads it.
			before := obj{"client_secret": clientSecret, "name": plant("before name"),
				"callback_urls": []any{"http://" + plant("before host") + ".example.com/"}}
			var afterValue any = after
			afterSens := any(sens)
			if len(actions) == 1 && actions[0] == "delete" {
				afterValue, afterSens = nil, false
			}
			addr := typ + "." + name
			changes = append(changes, obj{
				"address": addr, "mode": "managed", "type": typ, "name": name,
				"provider_name": "registry.terraform.io/hashicorp/aws",
				"change": obj{"actions": actions, "before": before, "after": afterValue, "after_unknown": unknown,
					"before_sensitive": obj{"client_secret": true}, "after_sensitive": afterSens},
			})
			state := obj{"address": addr, "mode": "managed", "type": typ, "name": name,
				"values": obj{"client_secret": plant("prior secret"), "name": plant("prior name"),
					"callback_urls": []any{"http://" + plant("prior host") + ".example.com/"}},
				"sensitive_values": obj{"client_secret": true}}
			prior = append(prior, state)
			drifted := obj{"client_secret": plant("drift secret"), "default_redirect_uri": "http://" + plant("drift host") + ".example.com/"}
			drift = append(drift, obj{"address": addr, "mode": "managed", "type": typ, "name": name,
				"change": obj{"actions": []any{"update"}, "before": drifted, "after": drifted, "after_unknown": obj{},
					"before_sensitive": obj{"client_secret": true}, "after_sensitive": obj{"client_secret": true}}})
		}
		// An identity provider with a secret in provider_details.
		changes = append(changes, obj{
			"address": "aws_cognito_identity_provider.google", "mode": "managed", "type": "aws_cognito_identity_provider", "name": "google",
			"change": obj{"actions": []any{"create"}, "before": nil,
				"after": obj{"provider_name": "Google", "provider_type": "Google", "user_pool_id": "us-east-1_Pool12345",
					"provider_details": obj{"client_id": "id", "client_secret": plant("provider secret")}, "attribute_mapping": obj{"email": "email"}},
				"after_unknown": obj{"id": true}, "after_sensitive": obj{"provider_details": true}},
		})
		plan := obj{
			"format_version":    rapid.SampledFrom([]string{"1.0", "1.2", "1.9"}).Draw(t, "version"),
			"terraform_version": "1.9.8",
			"variables":         vars,
			"resource_drift":    drift,
			"resource_changes":  changes,
			"prior_state":       obj{"format_version": "1.0", "values": obj{"root_module": obj{"resources": prior}}},
		}
		data, err := json.Marshal(plan)
		if err != nil {
			panic(err)
		}
		p.Data = data
		return p
	})
}

// GoString shows the plan as its JSON, for a failing test's report.
func (p Plan) GoString() string {
	return "plan " + string(p.Data) + "\nsecrets " + strings.Join(p.Secrets, " ")
}

// Leaks returns the planted secrets that text holds.
func (p Plan) Leaks(text string) []string {
	var out []string
	for _, s := range p.Secrets {
		if strings.Contains(text, s) {
			out = append(out, s)
		}
	}
	return out
}

// Example returns the plan Plans generates from seed: a test without
// rapid's runner (the command's, whose module need not require rapid) can
// loop over seeds.
func Example(seed int) Plan {
	return Plans().Example(seed)
}
