package client_test

import (
	"fmt"

	"github.com/cognitokit/appclient/client"
)

// ExampleUpdateFrom changes one setting of a live client without resetting
// the others: UpdateUserPoolClient replaces the whole client, so the update
// starts from what DescribeUserPoolClient returned. The token lifetimes go
// out with explicit units.
func ExampleUpdateFrom() {
	current, _ := client.DecodeUserPoolClient([]byte(`{"UserPoolClient": {
		"UserPoolId": "us-east-1_Ab12Cd34E", "ClientId": "4k9n2q7r1s5t8v3w6x0y2z4a6b", "ClientName": "web",
		"AccessTokenValidity": 60, "TokenValidityUnits": {"AccessToken": "minutes"},
		"CallbackURLs": ["https://app.example.com/cb"], "AllowedOAuthFlows": ["code"],
		"AllowedOAuthScopes": ["openid"], "AllowedOAuthFlowsUserPoolClient": true,
		"PreventUserExistenceErrors": "ENABLED"}}`))

	update, err := client.UpdateFrom(current).WithChanges(client.Settings{
		CallbackURLs:       []string{"https://app.example.com/cb", "https://app.example.com/cb2"},
		IDTokenValidity:    client.Ptr[int32](30),
		TokenValidityUnits: &client.TokenValidityUnits{IDToken: client.Ptr("minutes"), RefreshToken: client.Ptr("hours")},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(update.Validate())
	for _, c := range client.Diff(update.UpdatedClient(current), current) {
		fmt.Printf("%s: %s (was %s)\n", c.Path, c.Desired, c.Current)
	}

	// A unit change without a value keeps the lifetime, when it can.
	_, err = update.WithChanges(client.Settings{TokenValidityUnits: &client.TokenValidityUnits{RefreshToken: client.Ptr("days")}})
	fmt.Println(err)
	_, err = update.WithChanges(client.Settings{TokenValidityUnits: &client.TokenValidityUnits{IDToken: client.Ptr("hours")}})
	fmt.Println(err)
	// Output:
	// <nil>
	// IdTokenValidity: 30 minutes (was 1 hour)
	// CallbackURLs: ["https://app.example.com/cb","https://app.example.com/cb2"] (was ["https://app.example.com/cb"])
	// <nil>
	// client: IdTokenValidity: 30 minutes cannot be written in hours; give the value with the unit
}

// ExampleDiff compares a configuration file with the live client. Lifetimes
// in other units and lists in another order are no difference; the secret is
// shown by presence only.
func ExampleDiff() {
	desired, _ := client.DecodeCreate([]byte(`{"UserPoolId": "us-east-1_Ab12Cd34E", "ClientName": "web",
		"GenerateSecret": true, "AccessTokenValidity": 1,
		"AllowedOAuthScopes": ["openid", "email"], "PreventUserExistenceErrors": "ENABLED"}`))
	current, _ := client.DecodeUserPoolClient([]byte(`{"UserPoolClient": {
		"UserPoolId": "us-east-1_Ab12Cd34E", "ClientName": "web", "ClientId": "4k9n2q7r1s5t8v3w6x0y2z4a6b",
		"AccessTokenValidity": 60, "TokenValidityUnits": {"AccessToken": "minutes"},
		"AllowedOAuthScopes": ["email", "openid", "profile"]}}`))
	for _, c := range client.Diff(desired.CreatedClient(), current) {
		fmt.Printf("%s: desired %s, current %s\n", c.Path, c.Desired, c.Current)
	}
	// Output:
	// ClientSecret: desired present, current absent
	// AllowedOAuthScopes: desired ["email","openid"], current ["email","openid","profile"]
	// PreventUserExistenceErrors: desired "ENABLED", current "LEGACY"
}
