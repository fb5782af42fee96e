// Package fix repeats list items: each repeat comes with a fix that
// removes it.
package fix

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	cip "github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider"
	"github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider/types"
)

const home = "https://app.example.com/cb"

func Input(pool string) *cip.CreateUserPoolClientInput {
	in := &cip.CreateUserPoolClientInput{
		UserPoolId: aws.String(pool),
		ClientName: aws.String("fix"),
		CallbackURLs: []string{
			home,
			"https://app.example.com/other",
			"https://app.example.com/cb", // want `^appclient: CallbackURLs\[2\]: warning: repeats CallbackURLs\[0\] \[lists\.duplicate\]$`
			// The next one stays.
			"https://app.example.com/last",
		},
		LogoutURLs:                 []string{"https://a.example.com", "https://a.example.com", "https://a.example.com"},                                                                 // want `LogoutURLs\[1\]: warning: repeats LogoutURLs\[0\]` `LogoutURLs\[2\]: warning: repeats LogoutURLs\[0\]`
		AllowedOAuthScopes:         []string{"openid", "email", "openid"},                                                                                                               // want `AllowedOAuthScopes\[2\]: warning: repeats AllowedOAuthScopes\[0\]`
		ExplicitAuthFlows:          []types.ExplicitAuthFlowsType{types.ExplicitAuthFlowsTypeAllowUserSrpAuth, types.ExplicitAuthFlowsTypeAllowRefreshTokenAuth, "ALLOW_USER_SRP_AUTH"}, // want `ExplicitAuthFlows\[2\]: warning: repeats ExplicitAuthFlows\[0\]`
		PreventUserExistenceErrors: types.PreventUserExistenceErrorTypesEnabled,
	}
	return in
}
