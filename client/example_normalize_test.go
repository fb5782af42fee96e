package client_test

import (
	"fmt"

	"github.com/cognitokit/appclient/client"
)

// ExampleCreateRequest_Normalize shows the canonical form of a request:
// lifetimes in their largest exact unit, RefreshTokenValidity 0 as 30 days,
// lists sorted without duplicates, and the documented defaults written out.
func ExampleCreateRequest_Normalize() {
	r := client.CreateRequest{Settings: client.Settings{
		UserPoolID:           client.Ptr("us-east-1_Ab12Cd34E"),
		ClientName:           client.Ptr("web-app"),
		AccessTokenValidity:  client.Ptr[int32](60),
		RefreshTokenValidity: client.Ptr[int32](0),
		TokenValidityUnits:   &client.TokenValidityUnits{AccessToken: client.Ptr("minutes")},
		AllowedOAuthScopes:   []string{"openid", "email", "openid"},
	}}
	n := r.Normalize()
	data, _ := n.MarshalJSON()
	fmt.Println(string(data))

	life, _ := n.Lifetimes()
	fmt.Println(life.Access, life.Refresh, life.AuthSession)
	fmt.Println(r.Equivalent(n))
	// Output:
	// {"UserPoolId":"us-east-1_Ab12Cd34E","ClientName":"web-app","GenerateSecret":false,"RefreshTokenValidity":30,"AccessTokenValidity":1,"IdTokenValidity":1,"TokenValidityUnits":{"AccessToken":"hours","IdToken":"hours","RefreshToken":"days"},"ExplicitAuthFlows":["ALLOW_CUSTOM_AUTH","ALLOW_REFRESH_TOKEN_AUTH","ALLOW_USER_SRP_AUTH"],"AllowedOAuthScopes":["email","openid"],"AllowedOAuthFlowsUserPoolClient":false,"PreventUserExistenceErrors":"LEGACY","EnableTokenRevocation":true,"EnablePropagateAdditionalUserContextData":false,"AuthSessionValidity":3}
	// 1h0m0s 720h0m0s 3m0s
	// true
}
