package client_test

import (
	"fmt"

	"github.com/cognitokit/appclient/client"
)

func ExampleCreateRequest_Check() {
	req := client.CreateRequest{
		Settings: client.Settings{
			UserPoolID:          client.Ptr("us-east-1_Ab12Cd34E"),
			ClientName:          client.Ptr("web-app"),
			AccessTokenValidity: client.Ptr[int32](60), // hours, since TokenValidityUnits is absent
			AllowedOAuthFlows:   []string{"code"},
			AllowedOAuthScopes:  []string{"openid"},
			CallbackURLs:        []string{"http://app.example.com/callback"},

			AllowedOAuthFlowsUserPoolClient: client.Ptr(true),
			PreventUserExistenceErrors:      client.Ptr("ENABLED"),
		},
	}
	for _, v := range req.Check() {
		fmt.Println(v)
	}
	// Output:
	// AccessTokenValidity: 60 hours (hours is the default unit when TokenValidityUnits.AccessToken is absent) is more than the 1 day maximum for access tokens (allowed: 5 minutes to 1 day) [tokens.access-range]
	// CallbackURLs[0]: must use HTTPS: plain HTTP is allowed only to exactly localhost, 127.0.0.1 or [::1] [urls.https]
}

func ExampleDecodeCheck() {
	data := []byte(`{
		"UserPoolId": "us-east-1_Ab12Cd34E",
		"ClientName": "web-app",
		"CallbackUrls": ["https://app.example.com/callback"],
		"PreventUserExistenceErrors": "ENABLED"
	}`)
	op, vs := client.DecodeCheck(data, client.Auto)
	fmt.Println(op, vs.HasErrors())
	for _, v := range vs {
		fmt.Println(v)
	}
	// Output:
	// create true
	// CallbackUrls: is not a member of CreateUserPoolClientRequest: did you mean "CallbackURLs"? (member names are case-sensitive) [json.unknown-member]
}

func ExampleViolations_Err() {
	req := client.UpdateRequest{Settings: client.Settings{UserPoolID: client.Ptr("us-east-1_Ab12Cd34E")}}
	if err := req.Check().Err(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// ClientId: is required by UpdateUserPoolClient [model.required]
}

// The README's first example: Validate returns only what AWS would reject.
func ExampleCreateRequest_Validate() {
	req := client.CreateRequest{
		Settings: client.Settings{
			UserPoolID:          client.Ptr("us-east-1_Ab12Cd34E"),
			ClientName:          client.Ptr("web-app"),
			AccessTokenValidity: client.Ptr[int32](60), // hours, since TokenValidityUnits is absent
			CallbackURLs:        []string{"http://app.example.com/callback"},
		},
	}
	if err := req.Validate(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// AccessTokenValidity: 60 hours (hours is the default unit when TokenValidityUnits.AccessToken is absent) is more than the 1 day maximum for access tokens (allowed: 5 minutes to 1 day) [tokens.access-range]
	// CallbackURLs[0]: must use HTTPS: plain HTTP is allowed only to exactly localhost, 127.0.0.1 or [::1] [urls.https]
}
