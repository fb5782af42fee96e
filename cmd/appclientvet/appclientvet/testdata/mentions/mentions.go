// Package mentions names the input types without writing a literal of
// them: nothing to check.
package mentions

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	cip "github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider"
	"github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider/types"
)

type Creator func(context.Context, *cip.CreateUserPoolClientInput) error

var zero cip.CreateUserPoolClientInput

func New() *cip.UpdateUserPoolClientInput { return new(cip.UpdateUserPoolClientInput) }

func Fill(in *cip.CreateUserPoolClientInput, urls []string) {
	in.CallbackURLs = append(in.CallbackURLs, urls...)
	in.AccessTokenValidity = aws.Int32(48)
}

// A nested shape on its own is not an input.
var Units = &types.TokenValidityUnitsType{AccessToken: types.TimeUnitsTypeDays}

func Name(in *cip.CreateUserPoolClientInput) string {
	return aws.ToString(in.ClientName) + aws.ToString(zero.ClientName)
}
