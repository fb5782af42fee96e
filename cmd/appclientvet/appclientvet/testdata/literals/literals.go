// Package literals builds app client inputs the ways Go code does.
package literals

import (
	"context"
	"fmt"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	cip "github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider"
	"github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider/types"
	"github.com/aws/smithy-go/ptr"
)

// API is what a program puts in front of the SDK's client.
type API interface {
	CreateUserPoolClient(ctx context.Context, in *cip.CreateUserPoolClientInput, opts ...func(*cip.Options)) (*cip.CreateUserPoolClientOutput, error)
	UpdateUserPoolClient(ctx context.Context, in *cip.UpdateUserPoolClientInput, opts ...func(*cip.Options)) (*cip.UpdateUserPoolClientOutput, error)
}

const (
	callback = "http://app.example.com/cb"
	hours    = 48
	srp      = types.ExplicitAuthFlowsTypeAllowUserSrpAuth
)

// Constants of all kinds, passed straight to the SDK.
func Constants(ctx context.Context, api API, pool string) {
	api.CreateUserPoolClient(ctx, &cip.CreateUserPoolClientInput{
		UserPoolId:                      aws.String(pool),
		ClientName:                      aws.String("web"),
		AllowedOAuthFlowsUserPoolClient: true,
		AllowedOAuthFlows:               []types.OAuthFlowType{types.OAuthFlowTypeCode},
		AllowedOAuthScopes:              []string{"openid"},
		CallbackURLs:                    []string{"https://app.example.com/cb", callback}, // want `^appclient: CallbackURLs\[1\]: must use HTTPS: .* \[urls\.https\]$`
		AccessTokenValidity:             aws.Int32(hours),                                 // want `^appclient: AccessTokenValidity: 48 hours .* \[tokens\.access-range\]$`
		ExplicitAuthFlows:               []types.ExplicitAuthFlowsType{srp, "ALLOW_REFRESH_TOKEN_AUTH"},
		PreventUserExistenceErrors:      types.PreventUserExistenceErrorTypesEnabled,
	})
}

// Pointer in a variable, then sent: a member it leaves out is absent.
func Pointer(ctx context.Context, api *cip.Client, pool string) {
	in := &cip.CreateUserPoolClientInput{ // want `^appclient: ClientName: is required by CreateUserPoolClient \[model\.required\]$`
		UserPoolId:                 &pool,
		GenerateSecret:             true,
		ExplicitAuthFlows:          []types.ExplicitAuthFlowsType{"ADMIN_NO_SRP_AUTH", types.ExplicitAuthFlowsTypeAllowRefreshTokenAuth}, // want `ExplicitAuthFlows: must not combine legacy values .*\[flows\.legacy-mix\]` `^appclient: ExplicitAuthFlows\[0\]: warning: ADMIN_NO_SRP_AUTH is a deprecated legacy name.*\[flows\.legacy\]` `ExplicitAuthFlows\[0\]: warning: .*\[flows\.password\]`
		PreventUserExistenceErrors: "ENABLED",
	}
	api.CreateUserPoolClient(ctx, in)
}

// Value in a variable, sent by address; the update names no client.
func Value(ctx context.Context, api API, pool, id string) {
	in := cip.UpdateUserPoolClientInput{
		UserPoolId:                 aws.String(pool),
		ClientId:                   aws.String(id),
		RefreshTokenValidity:       3651, // want `RefreshTokenValidity: .*\[tokens\.refresh-range\]`
		PreventUserExistenceErrors: types.PreventUserExistenceErrorTypesEnabled,
		EnableTokenRevocation:      ptr.Bool(false), // want `^appclient: EnableTokenRevocation: warning: is false: .*\[security\.token-revocation-off\]$`
	}
	api.UpdateUserPoolClient(ctx, &in)
}

// Unknown values never make a finding: variables, calls, other structs.
func Unknown(ctx context.Context, api API, cfg struct{ Hours int32 }, host, url string, units *types.TokenValidityUnitsType) {
	api.CreateUserPoolClient(ctx, &cip.CreateUserPoolClientInput{
		UserPoolId:          aws.String(os.Getenv("POOL")),
		ClientName:          aws.String(fmt.Sprintf("web-%s", host)),
		AccessTokenValidity: aws.Int32(hours), // 48 in units that are unknown
		TokenValidityUnits:  units,
		IdTokenValidity:     aws.Int32(cfg.Hours),
		// An unknown item: the known ones are still checked one by one,
		// but not for duplicates.
		CallbackURLs: []string{
			"https://a.example.com/cb",
			url,
			"https://a.example.com/cb",
			"https://b.example.com/cb#x", // want `CallbackURLs\[3\]: must not include a fragment .*\[urls\.fragment\]`
			"http://" + host + "/cb",     // want `^appclient: CallbackURLs\[4\]: warning: uses plain HTTP to a host known only at deploy.*\[urls\.https\]$`
			"https://" + host + "/cb",
			fmt.Sprintf("http://%s:%d/cb", host, 8080), // want `CallbackURLs\[6\]: warning: uses plain HTTP to a host known only at deploy`
			fmt.Sprintf("https://%s/cb#%s", "a.example.com", host), // want `CallbackURLs\[7\]: must not include a fragment`
			fmt.Sprintf("%s://%v/cb", "http", "b.example.com"),     // want `CallbackURLs\[8\]: must use HTTPS`
			fmt.Sprintf("http://%5s/cb", host),                     // a width: not evaluated
		},
		LogoutURLs:                 []string{"https://" + host + "/bye", url},
		PreventUserExistenceErrors: types.PreventUserExistenceErrorTypesEnabled,
	})
}

// Nested shapes: units, analytics and refresh token rotation.
func Nested(ctx context.Context, api API, pool string) {
	api.CreateUserPoolClient(ctx, &cip.CreateUserPoolClientInput{
		UserPoolId:          aws.String(pool),
		ClientName:          aws.String("nested"),
		AccessTokenValidity: aws.Int32(2), // want `^appclient: AccessTokenValidity: 2 days is more than the 1 day maximum.*\[tokens\.access-range\]$`
		TokenValidityUnits: &types.TokenValidityUnitsType{
			AccessToken: types.TimeUnitsTypeDays,
			IdToken:     types.TimeUnitsTypeMinutes,
		},
		IdTokenValidity: aws.Int32(60),
		AnalyticsConfiguration: &types.AnalyticsConfigurationType{ // want `AnalyticsConfiguration: warning: must set either ApplicationArn alone.*\[analytics\.shape\]`
			ApplicationId: aws.String("0123456789abcdef0123456789abcdef"),
			RoleArn:       aws.String("not-an-arn"), // want `AnalyticsConfiguration\.RoleArn: must be at least 20 characters \(got 10\) \[model\.length\]` `AnalyticsConfiguration\.RoleArn: must match the ArnType pattern.*\[model\.pattern\]`
		},
		RefreshTokenRotation: &types.RefreshTokenRotationType{
			Feature:                 types.FeatureTypeEnabled,
			RetryGracePeriodSeconds: aws.Int32(600), // want `^appclient: RefreshTokenRotation\.RetryGracePeriodSeconds: must be between 0 and 60 \(got 600\) \[model\.range\]$`
		},
		PreventUserExistenceErrors: types.PreventUserExistenceErrorTypesEnabled,
	})
}

// Changed after the literal: what is changed is unknown.
func Changed(ctx context.Context, api API, pool string, flows []types.OAuthFlowType) {
	in := &cip.CreateUserPoolClientInput{
		UserPoolId:                      aws.String(pool),
		ClientName:                      aws.String("changed"),
		AllowedOAuthFlowsUserPoolClient: true,
		CallbackURLs:                    []string{"https://app.example.com/cb"},
		PreventUserExistenceErrors:      types.PreventUserExistenceErrorTypesEnabled,
	}
	in.AllowedOAuthFlows = flows
	in.AllowedOAuthScopes = append(in.AllowedOAuthScopes, "openid")
	api.CreateUserPoolClient(ctx, in)
}

// Unchanged: the same literal, sent as it is, lacks the OAuth flows.
func Unchanged(ctx context.Context, api API, pool string) {
	in := &cip.CreateUserPoolClientInput{ // want `^appclient: AllowedOAuthFlows: must not be empty when AllowedOAuthFlowsUserPoolClient is true \[oauth\.flows-and-scopes-required\]$` `AllowedOAuthScopes: must not be empty`
		UserPoolId:                      aws.String(pool),
		ClientName:                      aws.String("changed"),
		AllowedOAuthFlowsUserPoolClient: true,
		CallbackURLs:                    []string{"https://app.example.com/cb"},
		PreventUserExistenceErrors:      types.PreventUserExistenceErrorTypesEnabled,
	}
	_ = in.ClientName // a read changes nothing
	api.CreateUserPoolClient(ctx, in)
}

// Returned: the caller may set what the literal leaves out, so only the
// values written are checked.
func Returned(pool string) *cip.CreateUserPoolClientInput {
	return &cip.CreateUserPoolClientInput{
		UserPoolId:   aws.String(pool),
		CallbackURLs: []string{"https://app.example.com/cb#frag"}, // want `CallbackURLs\[0\]: must not include a fragment`
	}
}

func helper(*cip.CreateUserPoolClientInput) {}

// Passed on, changed in a closure, through an index or an address: no
// finding rests on what may have changed.
func PassedOn(ctx context.Context, api API, pool string, urls []string) {
	a := cip.CreateUserPoolClientInput{ // no ClientName: helper may set it
		UserPoolId:   aws.String(pool),
		CallbackURLs: []string{"https://files.example.com#top"}, // want `CallbackURLs\[0\]: must not include a fragment`
	}
	helper(&a)

	b := &cip.CreateUserPoolClientInput{
		UserPoolId:                      aws.String(pool),
		ClientName:                      aws.String("b"),
		AllowedOAuthFlowsUserPoolClient: true,
		CallbackURLs:                    []string{"http://changed.example.com"}, // replaced below
		PreventUserExistenceErrors:      types.PreventUserExistenceErrorTypesEnabled,
	}
	set := func() {
		b.AllowedOAuthFlows = []types.OAuthFlowType{types.OAuthFlowTypeCode}
		b.AllowedOAuthScopes = []string{"openid"}
	}
	set()
	b.CallbackURLs[0] = urls[0]
	api.CreateUserPoolClient(ctx, b)

	c := &cip.CreateUserPoolClientInput{
		UserPoolId:                 aws.String(pool),
		PreventUserExistenceErrors: types.PreventUserExistenceErrorTypesEnabled,
	}
	name := &c.ClientName
	*name = aws.String("c")
	api.CreateUserPoolClient(ctx, c)

	// Overwritten whole: the first literal is never sent, the second is
	// stored through a pointer (so what it leaves out is unknown).
	d := &cip.CreateUserPoolClientInput{CallbackURLs: []string{"https://d.example.com#x"}}
	*d = cip.CreateUserPoolClientInput{CallbackURLs: []string{"http://d.example.com"}} // want `CallbackURLs\[0\]: must use HTTPS`
	api.CreateUserPoolClient(ctx, d)

	// A table of inputs: each may be completed by the code that reads it.
	table := []*cip.CreateUserPoolClientInput{
		{UserPoolId: aws.String(pool), CallbackURLs: []string{"https://t.example.com#x"}}, // want `CallbackURLs\[0\]: must not include a fragment`
		// 48 hours is too long unless TokenValidityUnits, which the
		// reader may set, says minutes.
		{UserPoolId: aws.String(pool), IdTokenValidity: aws.Int32(48)},
	}
	for _, in := range table {
		api.CreateUserPoolClient(ctx, in)
	}
}
