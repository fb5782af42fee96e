// Command sample creates the app clients of a service: the module that the
// README's go vet example and TestGoVet check.
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	cip "github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider"
	"github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider/types"
)

const appURL = "https://app.example.com"

func main() {
	ctx := context.Background()
	svc := cip.New(cip.Options{Region: "us-east-1"})
	pool := os.Getenv("USER_POOL_ID") // unknown: its rules are skipped

	web := &cip.CreateUserPoolClientInput{
		UserPoolId:                      aws.String(pool),
		ClientName:                      aws.String("web"),
		AllowedOAuthFlowsUserPoolClient: true,
		AllowedOAuthFlows:               []types.OAuthFlowType{types.OAuthFlowTypeCode, types.OAuthFlowTypeImplicit},
		AllowedOAuthScopes:              []string{"openid", "email", "openid"},
		CallbackURLs:                    []string{appURL + "/callback", "http://app.example.com/callback"},
		AccessTokenValidity:             aws.Int32(48),
		ExplicitAuthFlows: []types.ExplicitAuthFlowsType{
			types.ExplicitAuthFlowsTypeAllowUserSrpAuth,
			types.ExplicitAuthFlowsTypeAllowRefreshTokenAuth,
		},
		PreventUserExistenceErrors: types.PreventUserExistenceErrorTypesEnabled,
	}
	if _, err := svc.CreateUserPoolClient(ctx, web); err != nil {
		log.Fatal(err)
	}

	// Machine to machine: client credentials need a secret.
	_, err := svc.CreateUserPoolClient(ctx, &cip.CreateUserPoolClientInput{
		UserPoolId:                      aws.String(pool),
		ClientName:                      aws.String("billing-worker"),
		AllowedOAuthFlowsUserPoolClient: true,
		AllowedOAuthFlows:               []types.OAuthFlowType{types.OAuthFlowTypeClientCredentials},
		AllowedOAuthScopes:              []string{os.Getenv("SCOPE")},
		PreventUserExistenceErrors:      types.PreventUserExistenceErrorTypesEnabled,
	})
	if err != nil {
		log.Fatal(err)
	}
}
