//go:build go1.26

package literals

import (
	"context"

	cip "github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider"
	"github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider/types"
)

// New uses Go 1.26's new(value).
func New(ctx context.Context, api API, pool string) {
	api.CreateUserPoolClient(ctx, &cip.CreateUserPoolClientInput{
		UserPoolId:                 new(pool),
		ClientName:                 new("go126"),
		AccessTokenValidity:        new(int32(2000)), // want `AccessTokenValidity: 2000 hours .*\[tokens\.access-range\]`
		EnableTokenRevocation:      new(false),       // want `EnableTokenRevocation: warning: is false`
		PreventUserExistenceErrors: types.PreventUserExistenceErrorTypesEnabled,
	})
}
