// Package nowarn is checked with -warnings=false: only errors remain.
package nowarn

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	cip "github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider"
)

func Input(pool string) *cip.CreateUserPoolClientInput {
	return &cip.CreateUserPoolClientInput{
		UserPoolId:            aws.String(pool),
		ClientName:            aws.String("nowarn"),
		EnableTokenRevocation: aws.Bool(false),                                         // a warning, left out
		CallbackURLs:          []string{"http://x.example.com", "http://localhost/cb"}, // want `CallbackURLs\[0\]: must use HTTPS`
		LogoutURLs:            []string{"https://a.example.com", "https://a.example.com"},
	}
}
