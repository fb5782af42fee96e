// Package literals builds app client inputs the ways Go code does.
package literals

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	cip "github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider"
	"github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider/types"
)

// API is what a program puts in front of the SDK's client.
type API interface {
	CreateUserPoolClient(ctx context.Context, in *cip.CreateUserPoolClientInput, opts ...func(*cip.Options)) (*cip.CreateUserPoolClientOutput, error)
	UpdateUserPoolClient(ctx context.Context, in *cip.UpdateUserPoolClientInput, opts ...func(*cip.Options)) (*cip.UpdateUserPoolClientOutput, error)
}

const (
	callback = "http://app.example.com/cb"
	hours    = 48
)

// Constants of all kinds, passed straight to the SDK.
func Constants(ctx context.Context, api API, pool string) {
	api.CreateUserPoolClient(ctx, &cip.CreateUserPoolClientInput{
		UserPoolId:                      aws.String(pool),
		ClientName:                      aws.String("web"),
		AllowedOAuthFlowsUserPoolClient: true,
		AllowedOAuthFlows:               []types.OAuthFlowType{types.OAuthFlowTypeCode},
		AllowedOAuthScopes:              []string{"openid"},
		CallbackURLs:                    []string{"https://app.example.com/cb", callback},
		AccessTokenValidity:             aws.Int32(hours),
		ExplicitAuthFlows: []types.ExplicitAuthFlowsType{
			types.ExplicitAuthFlowsTypeAllowUserSrpAuth,
			types.ExplicitAuthFlowsTypeAllowRefreshTokenAuth,
		},
		PreventUserExistenceErrors: types.PreventUserExistenceErrorTypesEnabled,
	})
}
