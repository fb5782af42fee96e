package sdkv2_test

import (
	"context"
	"errors"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	cip "github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider"
	"github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider/types"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/sdkv2"
)

// The pre-flight middleware stops an invalid CreateUserPoolClient call before
// anything is sent. The HTTP client here fails every request, to show that
// none is made; in real code, leave HTTPClient out.
func Example() {
	cfg := aws.Config{
		Region:      "us-east-1",
		Credentials: credentials.NewStaticCredentialsProvider("AKIDEXAMPLE", "example", ""),
		HTTPClient:  refuseNetwork{},
	}
	svc := cip.NewFromConfig(cfg, sdkv2.WithPreflight())

	_, err := svc.CreateUserPoolClient(context.Background(), &cip.CreateUserPoolClientInput{
		UserPoolId:                      aws.String("us-east-1_Ab12Cd34E"),
		ClientName:                      aws.String("web-app"),
		AllowedOAuthFlowsUserPoolClient: true,
		AllowedOAuthFlows:               []types.OAuthFlowType{types.OAuthFlowTypeCode},
		AllowedOAuthScopes:              []string{"openid"},
		CallbackURLs:                    []string{"http://app.example.com/callback"},
		PreventUserExistenceErrors:      types.PreventUserExistenceErrorTypesEnabled,
	})

	var vs client.Violations
	if errors.As(err, &vs) {
		for _, v := range vs {
			fmt.Println(v.Severity, v.Path, v.Rule)
		}
	}
	// Output:
	// error CallbackURLs[0] urls.https
}

// Warnings let the call through unless FailOnWarnings is given; Report sees
// them either way.
func ExampleFailOnWarnings() {
	cfg := aws.Config{
		Region:      "us-east-1",
		Credentials: credentials.NewStaticCredentialsProvider("AKIDEXAMPLE", "example", ""),
		HTTPClient:  refuseNetwork{},
	}
	svc := cip.NewFromConfig(cfg, sdkv2.WithPreflight(
		sdkv2.FailOnWarnings(),
		sdkv2.Report(func(_ context.Context, op string, vs client.Violations) {
			fmt.Println(op, "has", len(vs.OnlyWarnings()), "warning(s)")
		}),
	))

	_, err := svc.CreateUserPoolClient(context.Background(), &cip.CreateUserPoolClientInput{
		UserPoolId: aws.String("us-east-1_Ab12Cd34E"),
		ClientName: aws.String("web-app"),
	})
	var vs client.Violations
	if errors.As(err, &vs) {
		for _, v := range vs {
			fmt.Println(v.Severity, v.Path, v.Rule)
		}
	}
	// Output:
	// CreateUserPoolClient has 1 warning(s)
	// warning PreventUserExistenceErrors security.user-existence-errors
}

// Describe's output converts to client.UserPoolClient, for Check and
// Normalize.
func ExampleFromUserPoolClient() {
	out := &types.UserPoolClientType{
		UserPoolId:           aws.String("us-east-1_Ab12Cd34E"),
		ClientName:           aws.String("web-app"),
		RefreshTokenValidity: 0, // the SDK's int32: 0 is "not returned"
		AccessTokenValidity:  aws.Int32(60),
		TokenValidityUnits:   &types.TokenValidityUnitsType{AccessToken: types.TimeUnitsTypeMinutes},
		ExplicitAuthFlows:    []types.ExplicitAuthFlowsType{types.ExplicitAuthFlowsTypeAllowUserSrpAuth},
	}
	c := sdkv2.FromUserPoolClient(out)
	fmt.Println("RefreshTokenValidity present:", c.RefreshTokenValidity != nil)
	for _, v := range c.Check() {
		fmt.Println(v.Severity, v.Path, v.Rule)
	}
	n := c.Normalize()
	fmt.Println(*n.AccessTokenValidity, *n.TokenValidityUnits.AccessToken)
	// Output:
	// RefreshTokenValidity present: false
	// warning ExplicitAuthFlows flows.refresh-auth-missing
	// warning PreventUserExistenceErrors security.user-existence-errors
	// 1 hours
}

// Preflight is a stack option: append it to APIOptions, on the client or for
// one call.
func ExamplePreflight() {
	cfg := aws.Config{
		Region:      "us-east-1",
		Credentials: credentials.NewStaticCredentialsProvider("AKIDEXAMPLE", "example", ""),
		HTTPClient:  refuseNetwork{},
	}
	svc := cip.NewFromConfig(cfg, func(o *cip.Options) {
		o.APIOptions = append(o.APIOptions, sdkv2.Preflight())
	})

	_, err := svc.UpdateUserPoolClient(context.Background(), &cip.UpdateUserPoolClientInput{
		UserPoolId:                 aws.String("us-east-1_Ab12Cd34E"),
		ClientId:                   aws.String("1example23456789"),
		AllowedOAuthFlows:          []types.OAuthFlowType{types.OAuthFlowTypeClientCredentials, types.OAuthFlowTypeCode},
		PreventUserExistenceErrors: types.PreventUserExistenceErrorTypesEnabled,
	})
	var vs client.Violations
	if errors.As(err, &vs) {
		for _, v := range vs.OnlyErrors() {
			fmt.Println(v.Path, v.Rule)
		}
	}
	// Output:
	// AllowedOAuthFlows oauth.client-credentials-alone
	// CallbackURLs oauth.callbacks-required
}
