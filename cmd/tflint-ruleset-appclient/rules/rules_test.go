package rules

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/cognitokit/appclient/client"
	gocmp "github.com/google/go-cmp/cmp"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// issueString is an emitted issue as a test compares it:
// "line:col-line:col rule severity: message".
func issueString(i *helper.Issue) string {
	r := i.Range
	return fmt.Sprintf("%d:%02d-%d:%02d %s %s: %s", r.Start.Line, r.Start.Column, r.End.Line, r.End.Column,
		i.Rule.Name(), i.Rule.Severity(), i.Message)
}

// run checks the sources with every rule of the ruleset, as tflint does
// (one runner per module, through NewRunner), and returns the issues in the
// order of their ranges (tflint sorts them so).
func run(t *testing.T, files map[string]string) []string {
	t.Helper()
	tr := helper.TestRunner(t, files)
	rs := RuleSet()
	runner, err := rs.NewRunner(tr)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs.BuiltinImpl().Rules {
		if err := r.Check(runner); err != nil {
			t.Fatalf("%s: %v", r.Name(), err)
		}
	}
	var got []string
	for _, i := range tr.Issues {
		got = append(got, issueString(i))
	}
	slices.SortStableFunc(got, func(a, b string) int { return cmp.Compare(position(a), position(b)) })
	return got
}

// preamble opens a client with the attributes every case sets.
const preamble = `
resource "aws_cognito_user_pool_client" "c" {
  name                          = "web"
  user_pool_id                  = "us-east-1_AbCdEfGhI"
  prevent_user_existence_errors = "ENABLED"
`

func TestCheck(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{{
		name: "literals",
		src: preamble + `
  allowed_oauth_flows_user_pool_client = true
  allowed_oauth_flows                  = ["code"]
  allowed_oauth_scopes                 = ["openid"]
  supported_identity_providers         = ["COGNITO"]
  callback_urls                        = ["https://example.com/cb", "http://example.com/cb", "https://example.com/#x"]
  access_token_validity                = 2
  token_validity_units {
    access_token = "weeks"
  }
}`,
		want: []string{
			"11:69-11:92 urls.https Error: callback_urls[1]: must use HTTPS: plain HTTP is allowed only to exactly localhost, 127.0.0.1 or [::1]",
			"11:94-11:118 urls.fragment Error: callback_urls[2]: must not include a fragment (#), not even an empty one",
			"14:20-14:27 model.enum Error: token_validity_units.access_token: \"weeks\" is not a valid value: must be one of seconds, minutes, hours, days",
		},
	}, {
		name: "missing name at the resource",
		src: `
resource "aws_cognito_user_pool_client" "c" {
  user_pool_id                  = "us-east-1_AbCdEfGhI"
  prevent_user_existence_errors = "ENABLED"
}`,
		want: []string{
			"2:01-2:44 model.required Error: name: is required by CreateUserPoolClient",
		},
	}, {
		name: "variables with defaults are known",
		src: `
variable "flows" {
  default = ["client_credentials", "code"]
}
variable "prevent" {
  default = "ENABLED"
}
resource "aws_cognito_user_pool_client" "c" {
  name                          = "web"
  user_pool_id                  = "us-east-1_AbCdEfGhI"
  prevent_user_existence_errors = var.prevent
  generate_secret               = true
  allowed_oauth_flows           = var.flows
}`,
		want: []string{
			"8:01-8:44 oauth.callbacks-required Error: callback_urls: must list at least one URL when AllowedOAuthFlows includes code or implicit",
			"13:35-13:44 oauth.client-credentials-alone Error: allowed_oauth_flows: client_credentials must be the only OAuth flow: remove \"code\" or move it to another app client",
			"13:35-13:44 oauth.disabled-settings Warning: allowed_oauth_flows: is set, but AllowedOAuthFlowsUserPoolClient is not true: the OAuth settings have no effect until it is",
		},
	}, {
		name: "a variable without default and a resource reference are unknown",
		src: `
variable "prevent" {}
variable "name" {}
resource "aws_cognito_user_pool" "pool" {
  name = "pool"
}
resource "aws_cognito_user_pool_client" "c" {
  name                          = var.name
  user_pool_id                  = aws_cognito_user_pool.pool.id
  prevent_user_existence_errors = var.prevent
  callback_urls                 = [var.name, "http://example.com/cb"]
}`,
		want: []string{
			"11:46-11:69 urls.https Error: callback_urls[1]: must use HTTPS: plain HTTP is allowed only to exactly localhost, 127.0.0.1 or [::1]",
		},
	}, {
		name: "string templates with unknown parts",
		src: `
variable "domain" {}
variable "env" {
  default = "dev"
}
resource "aws_cognito_user_pool_client" "c" {
  name                          = "web-${var.env}"
  user_pool_id                  = "us-east-1_AbCdEfGhI"
  prevent_user_existence_errors = "ENABLED"
  callback_urls = [
    "https://${var.domain}/cb",
    "http://${var.domain}/cb",
    "https://${var.domain}/cb#${var.env}",
  ]
}`,
		want: []string{
			"12:05-12:30 urls.https Warning: callback_urls[1]: uses plain HTTP to a host known only at deploy: AWS accepts it only if the host turns out to be exactly localhost, 127.0.0.1 or [::1]; use HTTPS",
			"13:05-13:42 urls.fragment Error: callback_urls[2]: must not include a fragment (#), not even an empty one",
		},
	}, {
		name: "sensitive values are checked, never shown",
		src: `
variable "url" {
  default   = "http://secret.example.com/cb"
  sensitive = true
}
variable "units" {
  default   = "weeks"
  sensitive = true
}
resource "aws_cognito_user_pool_client" "c" {
  name                          = "web"
  user_pool_id                  = "us-east-1_AbCdEfGhI"
  prevent_user_existence_errors = "ENABLED"
  callback_urls                 = ["https://example.com/cb", var.url]
  token_validity_units {
    id_token = var.units
  }
}`,
		want: []string{
			"14:35-14:70 oauth.disabled-settings Warning: callback_urls: the value breaks this rule; it is secret, so neither it nor what is wrong with it is shown",
			"14:62-14:69 urls.https Error: callback_urls[1]: the value breaks this rule; it is secret, so neither it nor what is wrong with it is shown",
			"16:16-16:25 model.enum Error: token_validity_units.id_token: the value breaks this rule; it is secret, so neither it nor what is wrong with it is shown",
		},
	}, {
		// helper.TestRunner evaluates variables only: a local is an
		// expression it cannot evaluate, so unknown (tflint itself
		// evaluates locals: see testdata/e2e).
		name: "locals, unknown to the test runner",
		src: `
locals {
  url = "http://example.com/cb"
}
resource "aws_cognito_user_pool_client" "c" {
  name                          = "web"
  user_pool_id                  = "us-east-1_AbCdEfGhI"
  prevent_user_existence_errors = "ENABLED"
  callback_urls                 = [local.url]
  logout_urls                   = local.url
}`,
		want: nil,
	}, {
		// helper.TestRunner does not expand dynamic blocks (tflint does:
		// see testdata/e2e): an unexpanded one is unknown, never absent.
		name: "dynamic blocks",
		src: `
resource "aws_cognito_user_pool_client" "c" {
  name                          = "web"
  user_pool_id                  = "us-east-1_AbCdEfGhI"
  prevent_user_existence_errors = "ENABLED"
  refresh_token_validity        = 5000
  dynamic "token_validity_units" {
    for_each = [1]
    content {
      refresh_token = "minutes"
    }
  }
}`,
		want: nil,
	}, {
		// Terraform refuses these: the rules take them as unknown, never
		// as an error of their own.
		name: "wrong types and two blocks are unknown",
		src: preamble + `
  callback_urls          = "http://example.com/cb"
  refresh_token_validity = 1.5
  access_token_validity  = 9999999999
  token_validity_units {
    access_token = "weeks"
  }
  token_validity_units {
    access_token = "days"
  }
}`,
		want: nil,
	}, {
		name: "null is not set",
		src: `
resource "aws_cognito_user_pool_client" "c" {
  name                          = "web"
  user_pool_id                  = "us-east-1_AbCdEfGhI"
  prevent_user_existence_errors = null
  refresh_token_validity        = 5000
}`,
		want: []string{
			"5:35-5:39 security.user-existence-errors Warning: prevent_user_existence_errors: is absent, so it is LEGACY: sign-in errors reveal whether a user exists; set it to ENABLED",
			"6:35-6:39 tokens.refresh-range Error: refresh_token_validity: 5000 days (days is the default unit when TokenValidityUnits.RefreshToken is absent) is more than the 3650 days maximum for refresh tokens (allowed: 1 hour to 3650 days)",
		},
	}, {
		name: "managed client: an update, unset attributes unknown",
		src: `
resource "aws_cognito_managed_user_pool_client" "m" {
  name_prefix         = "AmazonOpenSearchService-"
  user_pool_id        = "us-east-1_AbCdEfGhI"
  allowed_oauth_flows = ["client_credentials", "code"]
  callback_urls       = ["http://example.com/cb"]
}`,
		want: []string{
			"5:25-5:55 oauth.client-credentials-alone Error: allowed_oauth_flows: client_credentials must be the only OAuth flow: remove \"code\" or move it to another app client",
			"6:26-6:49 urls.https Error: callback_urls[0]: must use HTTPS: plain HTTP is allowed only to exactly localhost, 127.0.0.1 or [::1]",
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := run(t, map[string]string{"main.tf": tt.src})
			if diff := gocmp.Diff(tt.want, got); diff != "" {
				t.Errorf("issues (-want +got):\n%s\ngot:\n%s", diff, quoted(got))
			}
		})
	}
}

// TestSensitiveNeverShown checks that no issue quotes a sensitive value,
// whatever rule it breaks.
func TestSensitiveNeverShown(t *testing.T) {
	const secret = "hTTp://s3cr3t.example.com/cb#weeks"
	src := `
variable "s" {
  default   = "` + secret + `"
  sensitive = true
}
resource "aws_cognito_user_pool_client" "c" {
  name                          = var.s
  user_pool_id                  = var.s
  prevent_user_existence_errors = var.s
  callback_urls                 = [var.s, var.s]
  logout_urls                   = [var.s]
  default_redirect_uri          = var.s
  allowed_oauth_scopes          = [var.s]
  explicit_auth_flows           = [var.s]
  token_validity_units {
    access_token = var.s
  }
}`
	got := run(t, map[string]string{"main.tf": src})
	if len(got) == 0 {
		t.Fatal("no issue: the sensitive values are not checked")
	}
	for _, g := range got {
		for _, piece := range []string{"s3cr3t", "weeks", "hTTp"} {
			if strings.Contains(strings.ToLower(g), strings.ToLower(piece)) {
				t.Errorf("issue shows the sensitive value: %s", g)
			}
		}
	}
}

// TestRulesMatchCatalogue checks that the ruleset has one rule per
// catalogue rule, named by its ID, with its severity and AWS page.
func TestRulesMatchCatalogue(t *testing.T) {
	var want, got []string
	for _, r := range client.Rules() {
		want = append(want, fmt.Sprintf("%s %s %s", r.ID, severityOf(r.Severity), r.Source))
	}
	for _, r := range RuleSet().BuiltinImpl().Rules {
		got = append(got, fmt.Sprintf("%s %s %s", r.Name(), r.Severity(), r.Link()))
		if !r.Enabled() {
			t.Errorf("%s is disabled by default", r.Name())
		}
	}
	if diff := gocmp.Diff(want, got); diff != "" {
		t.Errorf("rules (-want +got):\n%s", diff)
	}
}

// TestDisabledRule checks that .tflint.hcl disables a rule by its ID.
func TestDisabledRule(t *testing.T) {
	rs := RuleSet()
	err := rs.ApplyGlobalConfig(&tflint.Config{Rules: map[string]*tflint.RuleConfig{
		"urls.https": {Name: "urls.https", Enabled: false},
	}})
	if err != nil {
		t.Fatal(err)
	}
	tr := helper.TestRunner(t, map[string]string{"main.tf": preamble + `
  callback_urls = ["http://example.com/cb#x"]
}`})
	runner, _ := rs.NewRunner(tr)
	for _, r := range rs.BuiltinImpl().EnabledRules {
		if err := r.Check(runner); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	for _, i := range tr.Issues {
		got = append(got, i.Rule.Name())
	}
	if diff := gocmp.Diff([]string{"oauth.disabled-settings", "urls.fragment"}, got); diff != "" {
		t.Errorf("rules emitted (-want +got):\n%s", diff)
	}
}

// position is the start of an issueString as a number that sorts in
// source order.
func position(s string) int {
	line, rest, _ := strings.Cut(s, ":")
	col, _, _ := strings.Cut(rest, "-")
	l, _ := strconv.Atoi(line)
	c, _ := strconv.Atoi(col)
	return l*10000 + c
}

// quoted formats issues as the lines of a want list.
func quoted(issues []string) string {
	var b strings.Builder
	for _, i := range issues {
		b.WriteString("\t\t\t" + strconv.Quote(i) + ",\n")
	}
	return b.String()
}
