package main

import (
	"github.com/cognitokit/appclient/cmd/tflint-ruleset-appclient/rules"
	"github.com/terraform-linters/tflint-plugin-sdk/plugin"
)

func main() {
	plugin.Serve(&plugin.ServeOpts{RuleSet: rules.RuleSet()})
}
