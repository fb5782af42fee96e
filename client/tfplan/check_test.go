package tfplan_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/tfplan"
)

type obj = map[string]any

// planOf makes a plan with one aws_cognito_user_pool_client change (or of
// the type typ) and its configuration expressions (nil: no configuration).
func planOf(t testing.TB, typ string, actions []string, after, unknown any, expr obj) []byte {
	t.Helper()
	if typ == "" {
		typ = tfplan.ClientType
	}
	p := obj{
		"format_version": "1.2",
		"resource_changes": []any{obj{
			"address": typ + ".c", "mode": "managed", "type": typ, "name": "c",
			"change": obj{"actions": actions, "before": nil, "after": after, "after_unknown": unknown,
				"before_sensitive": false, "after_sensitive": obj{"client_secret": true}},
		}},
	}
	if expr != nil {
		p["configuration"] = obj{"root_module": obj{"resources": []any{
			obj{"address": typ + ".c", "mode": "managed", "type": typ, "name": "c", "expressions": expr},
		}}}
	}
	data, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func constants(after obj) obj {
	e := obj{}
	for k, v := range after {
		e[k] = obj{"constant_value": v}
	}
	return e
}

// got is a result as the table tests compare it: its findings and
// skipped paths, each "FIELD [RULE]" or "FIELD".
type got struct {
	Action   string
	Op       string
	Findings []string
	Skipped  []string
}

func summary(r tfplan.Result) got {
	g := got{Action: r.Action, Op: r.Op.String()}
	for _, f := range r.Findings {
		g.Findings = append(g.Findings, f.Field+" ["+string(f.Rule)+"]")
	}
	for _, s := range r.Skipped {
		g.Skipped = append(g.Skipped, s.Field)
	}
	return g
}

func TestDetect(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{`{"format_version":"1.2","resource_changes":[]}`, true},
		{`{"format_version":"1.0","planned_values":{}}`, true},
		{"\ufeff {\"format_version\":\"2.0\",\"resource_changes\":[]}", true},
		{`{"format_version":"1.2"}`, false},              // terraform show -json on a state
		{`{"resource_changes":[]}`, false},               // no version
		{`{"ClientName":"web","UserPoolId":"x"}`, false}, // an API request
		{`[{"format_version":"1.2"}]`, false},
		{`Resources: {}`, false},
		{`{"format_version":"1.2","resource_changes":[`, false},
		{``, false},
	} {
		if got := tfplan.Detect([]byte(tc.in)); got != tc.want {
			t.Errorf("Detect(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestMappingMembers holds the table to the API model: every member it
// names is a member of CreateUserPoolClient, of the type its kind says.
func TestMappingMembers(t *testing.T) {
	doc := obj{}
	for _, a := range tfplan.Mapping() {
		if a.API == "" {
			continue
		}
		var v any
		switch a.Kind {
		case tfplan.String:
			v = "x"
		case tfplan.Number:
			v = 1
		case tfplan.Bool:
			v = true
		case tfplan.Set:
			v = []string{"x"}
		case tfplan.Block:
			v = obj{}
		}
		top, sub, inner := strings.Cut(a.API, ".")
		if !inner {
			if _, ok := doc[top]; !ok {
				doc[top] = v
			}
			continue
		}
		m, _ := doc[top].(obj)
		if m == nil {
			t.Fatalf("%s before its block", a.TF)
		}
		m[sub] = v
	}
	data, _ := json.Marshal(doc)
	_, vs := client.DecodeCreate(data)
	for _, v := range vs {
		if strings.HasPrefix(string(v.Rule), "json.") {
			t.Errorf("%s: %s [%s]", v.Path, v.Message, v.Rule)
		}
	}
	// Every member of the request but ClientSecret (which the provider
	// does not expose) has its attribute.
	var names []string
	for k := range doc {
		names = append(names, k)
	}
	if len(names) != 23 {
		t.Errorf("%d members mapped, want the 23 of CreateUserPoolClient but ClientSecret", len(names))
	}
}

func TestActions(t *testing.T) {
	after := obj{"name": "web", "user_pool_id": "us-east-1_abc", "explicit_auth_flows": []string{"ALLOW_REFRESH_TOKEN_AUTH"},
		"prevent_user_existence_errors": "ENABLED", "id": "client-id-0123"}
	for _, tc := range []struct {
		typ     string
		actions []string
		want    string // "" when the client is not checked
	}{
		{"", []string{"create"}, "create create"},
		{"", []string{"update"}, "update update"},
		{"", []string{"delete", "create"}, "replace create"},
		{"", []string{"create", "delete"}, "replace create"},
		{"", []string{"no-op"}, ""},
		{"", []string{"delete"}, ""},
		{"", []string{"read"}, ""},
		{"", []string{"forget"}, ""},
		{"", []string{"create", "forget"}, "create create"},
		{tfplan.ManagedClientType, []string{"create"}, "create update"},
		{tfplan.ManagedClientType, []string{"update"}, "update update"},
		{"aws_cognito_user_pool", []string{"create"}, ""},
	} {
		rep := tfplan.Check(planOf(t, tc.typ, tc.actions, after, obj{}, constants(after)))
		var g string
		if len(rep.Results) == 1 {
			g = rep.Results[0].Action + " " + rep.Results[0].Op.String()
		}
		if g != tc.want {
			t.Errorf("%s %v: got %q, want %q", tc.typ, tc.actions, g, tc.want)
		}
		if tc.want == "" && tc.typ == "" && len(rep.NotChanged) != 1 {
			t.Errorf("%v: NotChanged %v", tc.actions, rep.NotChanged)
		}
	}
}

// TestUnknownAndAbsent: unknown values are never errors, and are listed;
// what the configuration does not set is absent.
func TestUnknownAndAbsent(t *testing.T) {
	base := obj{"name": "web", "user_pool_id": "us-east-1_abc", "explicit_auth_flows": []string{"ALLOW_REFRESH_TOKEN_AUTH"},
		"prevent_user_existence_errors": "ENABLED"}
	with := func(kv ...any) obj {
		m := obj{}
		for k, v := range base {
			m[k] = v
		}
		for i := 0; i < len(kv); i += 2 {
			m[kv[i].(string)] = kv[i+1]
		}
		return m
	}
	const c = "aws_cognito_user_pool_client.c."
	for _, tc := range []struct {
		name    string
		typ     string
		after   obj
		unknown obj
		expr    obj // nil: the expressions are the after's constants
		noConf  bool
		want    got
	}{{
		name:    "unset computed attributes are absent",
		after:   base,
		unknown: obj{"access_token_validity": true, "callback_urls": true, "id": true, "client_secret": true, "enable_token_revocation": true},
		want:    got{Action: "create", Op: "create"},
	}, {
		name:    "without a configuration they stay unknown",
		after:   base,
		unknown: obj{"access_token_validity": true},
		noConf:  true,
		want:    got{Action: "create", Op: "create", Skipped: []string{c + "access_token_validity"}},
	}, {
		name:    "a configured attribute known after apply",
		after:   with("allowed_oauth_flows", []string{"code"}, "allowed_oauth_flows_user_pool_client", true, "allowed_oauth_scopes", []string{"openid"}),
		unknown: obj{"callback_urls": true},
		expr:    obj{"callback_urls": obj{"references": []string{"aws_lb.app.dns_name"}}},
		want:    got{Action: "create", Op: "create", Skipped: []string{c + "callback_urls"}},
	}, {
		name: "an unknown set item keeps its place",
		after: with("allowed_oauth_flows", []string{"code"}, "allowed_oauth_flows_user_pool_client", true, "allowed_oauth_scopes", []string{"openid"},
			"callback_urls", []any{nil, "http://app.example.com/cb"}, "default_redirect_uri", "https://app.example.com/x"),
		unknown: obj{"callback_urls": []any{true, false}},
		want: got{Action: "create", Op: "create",
			Findings: []string{c + "callback_urls[1] [urls.https]"},
			Skipped:  []string{c + "callback_urls[0]"}},
	}, {
		name:    "a block known after apply",
		after:   with("token_validity_units", []any{obj{"access_token": "minutes"}}, "access_token_validity", 1),
		unknown: obj{"token_validity_units": []any{obj{"id_token": true}}},
		expr:    obj{"token_validity_units": []any{obj{"access_token": obj{"constant_value": "minutes"}, "id_token": obj{"references": []string{"var.u"}}}}},
		want: got{Action: "create", Op: "create",
			Findings: []string{c + "access_token_validity [tokens.access-range]"},
			Skipped:  []string{c + "token_validity_units[0].id_token"}},
	}, {
		name:    "an unset block member is absent",
		after:   with("token_validity_units", []any{obj{"access_token": "weeks"}}, "access_token_validity", 1),
		unknown: obj{"token_validity_units": []any{obj{"id_token": true}}},
		expr:    obj{"token_validity_units": []any{obj{"access_token": obj{"constant_value": "weeks"}}}},
		want:    got{Action: "create", Op: "create", Findings: []string{c + "token_validity_units[0].access_token [model.enum]"}},
	}, {
		name:    "null is absent",
		after:   with("callback_urls", nil, "default_redirect_uri", nil, "token_validity_units", []any{}, "generate_secret", nil),
		unknown: obj{},
		want:    got{Action: "create", Op: "create"},
	}, {
		name:    "managed client: what the configuration does not set is unknown",
		typ:     tfplan.ManagedClientType,
		after:   obj{"name_pattern": "^x", "user_pool_id": "us-east-1_abc", "callback_urls": []string{"https://a.example.com/cb"}},
		unknown: obj{"name": true, "allowed_oauth_flows": true, "default_redirect_uri": true, "prevent_user_existence_errors": true},
		want: got{Action: "create", Op: "update",
			Skipped: []string{
				"aws_cognito_managed_user_pool_client.c.name",
				"aws_cognito_managed_user_pool_client.c.allowed_oauth_flows",
				"aws_cognito_managed_user_pool_client.c.default_redirect_uri",
				"aws_cognito_managed_user_pool_client.c.prevent_user_existence_errors"}},
	}, {
		name:    "a pool the plan creates",
		after:   base,
		unknown: obj{"user_pool_id": true},
		expr:    obj{"user_pool_id": obj{"references": []string{"aws_cognito_user_pool.p.id", "aws_cognito_user_pool.p"}}},
		want:    got{Action: "create", Op: "create", Skipped: []string{c + "user_pool_id"}},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			after := tc.after
			if tc.typ == tfplan.ManagedClientType {
				after = obj{}
				for k, v := range tc.after {
					after[k] = v
				}
			}
			var expr obj
			if !tc.noConf {
				expr = tc.expr
				if expr == nil {
					expr = constants(after)
				} else {
					for k, v := range constants(after) {
						if _, ok := expr[k]; !ok {
							expr[k] = v
						}
					}
				}
			}
			rep := tfplan.Check(planOf(t, tc.typ, []string{"create"}, after, tc.unknown, expr))
			if len(rep.Results) != 1 {
				t.Fatalf("results: %+v; plan findings %+v", rep.Results, rep.Plan)
			}
			if diff := cmp.Diff(tc.want, summary(rep.Results[0])); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestReaderFindings: what the reader itself reports.
func TestReaderFindings(t *testing.T) {
	base := obj{"name": "web", "user_pool_id": "us-east-1_abc", "explicit_auth_flows": []string{"ALLOW_REFRESH_TOKEN_AUTH"},
		"prevent_user_existence_errors": "ENABLED"}
	with := func(kv ...any) obj {
		m := obj{}
		for k, v := range base {
			m[k] = v
		}
		for i := 0; i < len(kv); i += 2 {
			m[kv[i].(string)] = kv[i+1]
		}
		return m
	}
	const c = "aws_cognito_user_pool_client.c"
	for _, tc := range []struct {
		name  string
		plan  []byte
		want  []string // plan findings, then the result's: "FIELD [RULE]"
		clean bool     // the result has no other finding
	}{
		{name: "syntax", plan: []byte(`{"format_version": "1.2", "resource_changes": [}`), want: []string{" [tfplan.syntax]"}},
		{name: "two documents", plan: []byte(`{"format_version": "1.2"} {}`), want: []string{" [tfplan.syntax]"}},
		{name: "not UTF-8", plan: []byte("{\"format_version\": \"1.2\", \"x\": \"\xff\"}"), want: []string{" [tfplan.syntax]"}},
		{name: "not an object", plan: []byte(`[1]`), want: []string{" [tfplan.type]"}},
		{name: "too deep", plan: []byte(`{"format_version": "1.2", "x": ` + strings.Repeat("[", 513) + strings.Repeat("]", 513) + `}`), want: []string{" [tfplan.syntax]"}},
		{name: "deep enough", plan: []byte(`{"format_version": "1.2", "x": ` + strings.Repeat("[", 500) + strings.Repeat("]", 500) + `}`)},
		{name: "version 2", plan: []byte(`{"format_version": "2.0", "resource_changes": []}`), want: []string{" [tfplan.version]"}},
		{name: "version missing", plan: []byte(`{"format_version": 1, "resource_changes": []}`), want: []string{" [tfplan.version]"}},
		{name: "resource_changes not a list", plan: []byte(`{"format_version": "1.1", "resource_changes": {}}`), want: []string{" [tfplan.type]"}},
		{name: "a change not an object", plan: []byte(`{"format_version": "1.1", "resource_changes": [1]}`), want: []string{" [tfplan.type]"}},
		{name: "after not an object", plan: planOf(t, "", []string{"create"}, "x", obj{}, nil), want: []string{c + " [tfplan.type]"}},
		{name: "a string of the wrong type", plan: planOf(t, "", []string{"create"}, with("name", 1), obj{}, nil),
			want: []string{c + ".name [tfplan.type]"}, clean: true},
		{name: "a number too large", plan: planOf(t, "", []string{"create"}, with("access_token_validity", 1e12), obj{}, nil),
			want: []string{c + ".access_token_validity [tfplan.type]"}, clean: true},
		{name: "a set item of the wrong type", plan: planOf(t, "", []string{"create"}, with("read_attributes", []any{"email", 2}), obj{}, nil),
			want: []string{c + ".read_attributes[1] [tfplan.type]"}, clean: true},
		{name: "two blocks", plan: planOf(t, "", []string{"create"}, with("token_validity_units", []any{obj{}, obj{}}), obj{}, nil),
			want: []string{c + ".token_validity_units [tfplan.type]"}, clean: true},
		{name: "an attribute of a newer provider", plan: planOf(t, "", []string{"create"}, with("client_type", "PUBLIC"), obj{"shiny": true}, nil),
			want: []string{c + ".client_type [tfplan.unknown-attribute]", c + ".shiny [tfplan.unknown-attribute]"}, clean: true},
		{name: "in a block", plan: planOf(t, "", []string{"create"}, with("refresh_token_rotation", []any{obj{"feature": "DISABLED", "new": 1}}), obj{}, nil),
			want: []string{c + ".refresh_token_rotation[0].new [tfplan.unknown-attribute]"}, clean: true},
		{name: "at most ten of a rule", plan: planOf(t, "", []string{"create"}, with("a", 1, "b", 1, "c", 1, "d", 1, "e", 1, "f", 1, "g", 1, "h", 1, "i", 1, "j", 1, "k", 1, "l", 1), obj{}, nil),
			want: []string{c + ".a [tfplan.unknown-attribute]", c + ".b [tfplan.unknown-attribute]", c + ".c [tfplan.unknown-attribute]",
				c + ".d [tfplan.unknown-attribute]", c + ".e [tfplan.unknown-attribute]", c + ".f [tfplan.unknown-attribute]",
				c + ".g [tfplan.unknown-attribute]", c + ".h [tfplan.unknown-attribute]", c + ".i [tfplan.unknown-attribute]",
				c + ".j [tfplan.unknown-attribute]", c + " [tfplan.unknown-attribute]"}, clean: true},
		{name: "generate_secret on a managed client", plan: planOf(t, tfplan.ManagedClientType, []string{"update"}, with("generate_secret", true), obj{}, nil),
			want: []string{"aws_cognito_managed_user_pool_client.c.generate_secret [tfplan.unknown-attribute]"}, clean: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep := tfplan.Check(tc.plan)
			var g []string
			for _, f := range rep.Plan {
				g = append(g, f.Field+" ["+string(f.Rule)+"]")
			}
			for _, r := range rep.Results {
				for _, f := range r.Findings {
					if strings.HasPrefix(string(f.Rule), "tfplan.") || !tc.clean {
						g = append(g, f.Field+" ["+string(f.Rule)+"]")
					} else {
						t.Errorf("another finding: %s: %s [%s]", f.Field, f.Message, f.Rule)
					}
				}
			}
			if diff := cmp.Diff(tc.want, g); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
