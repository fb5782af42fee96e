package cfn_test

import (
	"fmt"

	"github.com/cognitokit/appclient/client/cfn"
)

// A callback built with Fn::Sub: the host is known only at deploy, but the
// scheme is known, so plain HTTP is a warning; a parameter's Default is a
// case, and a finding that rests on it names it.
func ExampleCheck() {
	template := []byte(`
Parameters:
  Flow:
    Type: String
    Default: token
Resources:
  WebClient:
    Type: AWS::Cognito::UserPoolClient
    Properties:
      UserPoolId: us-east-1_Ab12Cd34E
      ClientName: web
      PreventUserExistenceErrors: ENABLED
      AllowedOAuthFlowsUserPoolClient: true
      AllowedOAuthFlows: [!Ref Flow]
      AllowedOAuthScopes: [openid]
      CallbackURLs:
        - !Sub http://${Domain}/cb
      CallbackUrls: []
`)
	rep := cfn.Check(template, cfn.Options{})
	for _, r := range rep.Results {
		for _, f := range r.Findings {
			fmt.Printf("%d:%d: %s: %s [%s] %s\n", f.Pos.Line, f.Pos.Column, f.Field, f.Severity, f.Rule, f.Message)
		}
	}
	// Output:
	// 17:11: Resources.WebClient.Properties.CallbackURLs[0].Fn::Sub: error [cfn.function] Fn::Sub names "${Domain}", but "Domain" is neither a parameter, a pseudo parameter nor a resource of the template
	// 18:7: Resources.WebClient.Properties.CallbackUrls: error [cfn.unknown-property] CallbackUrls is not a property of AWS::Cognito::UserPoolClient: did you mean CallbackURLs?
	// 14:27: Resources.WebClient.Properties.AllowedOAuthFlows[0]: warning [model.enum] "token" is not a valid value: must be one of code, implicit, client_credentials (with parameter Flow = token (its Default))
	// 17:11: Resources.WebClient.Properties.CallbackURLs[0]: warning [urls.https] uses plain HTTP to a host known only at deploy: AWS accepts it only if the host turns out to be exactly localhost, 127.0.0.1 or [::1]; use HTTPS
}
