package sdkv2_test

import (
	"context"
	"errors"
	"net/http"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	cip "github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider"
	"github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider/types"
	"github.com/google/go-cmp/cmp"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/sdkv2"
)

// endpointEnv names the cognito-local endpoint for TestCognitoLocal;
// .ci/e2e-sdkv2.sh starts cognito-local and sets it.
const endpointEnv = "APPCLIENT_COGNITO_ENDPOINT"

// e2eCreate is a valid app client, without warnings, that uses only the
// members cognito-local 5.3.0 stores. Its token units are all explicit:
// cognito-local defaults an absent IdToken unit to minutes, AWS to hours.
func e2eCreate(poolID string) *cip.CreateUserPoolClientInput {
	return &cip.CreateUserPoolClientInput{
		UserPoolId:           aws.String(poolID),
		ClientName:           aws.String("appclient-e2e-web"),
		GenerateSecret:       true,
		RefreshTokenValidity: 30,
		AccessTokenValidity:  aws.Int32(60),
		IdTokenValidity:      aws.Int32(60),
		TokenValidityUnits: &types.TokenValidityUnitsType{
			AccessToken: types.TimeUnitsTypeMinutes, IdToken: types.TimeUnitsTypeMinutes, RefreshToken: types.TimeUnitsTypeDays,
		},
		ReadAttributes:  []string{"email", "name"},
		WriteAttributes: []string{"name"},
		ExplicitAuthFlows: []types.ExplicitAuthFlowsType{
			types.ExplicitAuthFlowsTypeAllowUserSrpAuth, types.ExplicitAuthFlowsTypeAllowRefreshTokenAuth,
		},
		SupportedIdentityProviders:      []string{"COGNITO"},
		CallbackURLs:                    []string{"https://app.example.com/callback"},
		LogoutURLs:                      []string{"https://app.example.com/signed-out"},
		DefaultRedirectURI:              aws.String("https://app.example.com/callback"),
		AllowedOAuthFlowsUserPoolClient: true,
		AllowedOAuthFlows:               []types.OAuthFlowType{types.OAuthFlowTypeCode},
		AllowedOAuthScopes:              []string{"email", "openid"},
		PreventUserExistenceErrors:      types.PreventUserExistenceErrorTypesEnabled,
		EnableTokenRevocation:           aws.Bool(true),
	}
}

// TestCognitoLocal runs the pre-flight middleware and the conversions
// against cognito-local, a Cognito emulator that validates nothing itself:
// whatever it refuses to store, it is our middleware that refused.
func TestCognitoLocal(t *testing.T) {
	endpoint := os.Getenv(endpointEnv)
	if endpoint == "" {
		t.Skip(endpointEnv + " is not set: run .ci/e2e-sdkv2.sh, which starts cognito-local 5.3.0 and sets it")
	}
	ctx := t.Context()
	rec := &recorder{next: &http.Client{Timeout: 30 * time.Second}}
	cfg := aws.Config{
		Region:      "us-east-1",
		Credentials: credentials.NewStaticCredentialsProvider("local", "local", ""),
		HTTPClient:  rec,
	}
	svc := cip.NewFromConfig(cfg, func(o *cip.Options) {
		o.BaseEndpoint = aws.String(endpoint)
	}, sdkv2.WithPreflight())

	pool, err := svc.CreateUserPool(ctx, &cip.CreateUserPoolInput{
		PoolName: aws.String("appclient-e2e-" + strconv.FormatInt(time.Now().UnixNano(), 36)),
	})
	if err != nil {
		t.Fatalf("CreateUserPool: %v", err)
	}
	poolID := aws.ToString(pool.UserPool.Id)
	t.Logf("user pool %s", poolID)
	t.Cleanup(func() {
		if _, err := svc.DeleteUserPool(context.Background(), &cip.DeleteUserPoolInput{UserPoolId: aws.String(poolID)}); err != nil {
			t.Logf("DeleteUserPool: %v", err)
		}
	})

	// A valid client goes through, and Describe returns it.
	in := e2eCreate(poolID)
	want := sdkv2.FromCreateInput(in)
	if vs := want.Check(); len(vs) != 0 {
		t.Fatalf("the valid request has violations:\n%v", vs)
	}
	created, err := svc.CreateUserPoolClient(ctx, in)
	if err != nil {
		t.Fatalf("CreateUserPoolClient (valid): %v", err)
	}
	clientID := aws.ToString(created.UserPoolClient.ClientId)
	described, err := svc.DescribeUserPoolClient(ctx, &cip.DescribeUserPoolClientInput{
		UserPoolId: aws.String(poolID), ClientId: aws.String(clientID),
	})
	if err != nil {
		t.Fatalf("DescribeUserPoolClient: %v", err)
	}

	// Describe's output through our conversion, Check and Normalize.
	got := sdkv2.FromUserPoolClient(described.UserPoolClient)
	if diff := cmp.Diff(described.UserPoolClient, sdkv2.ToUserPoolClient(got), sdkOpts); diff != "" {
		t.Errorf("DescribeUserPoolClient output, SDK → ours → SDK (-want +got):\n%s", diff)
	}
	if vs := got.Check(); len(vs) != 0 {
		t.Errorf("Check of the described client:\n%v", vs)
	}
	if got.ClientID == nil || got.ClientSecret == nil || got.CreationDate == nil || got.LastModifiedDate == nil {
		t.Errorf("described client lacks ClientId, ClientSecret, CreationDate or LastModifiedDate: %+v", got)
	}
	norm := got.Normalize()
	if diff := cmp.Diff(norm, norm.Normalize()); diff != "" {
		t.Errorf("Normalize is not idempotent on the described client (-want +got):\n%s", diff)
	}
	if vs := norm.Check(); vs.HasErrors() {
		t.Errorf("Check of the normalized described client:\n%v", vs)
	}
	// What was stored is what was sent, up to Normalize.
	if diff := cmp.Diff(want.Normalize().Settings, norm.Settings); diff != "" {
		t.Errorf("stored settings, normalized (-sent +described):\n%s", diff)
	}

	// An invalid client is stopped before the server sees it.
	bad := e2eCreate(poolID)
	bad.ClientName = aws.String("appclient-e2e-invalid")
	bad.CallbackURLs = []string{"http://app.example.com/callback#done"}
	bad.DefaultRedirectURI = aws.String("http://app.example.com/callback#done")
	_, err = svc.CreateUserPoolClient(ctx, bad)
	var vs client.Violations
	if !errors.As(err, &vs) {
		t.Fatalf("CreateUserPoolClient (invalid): got %v, want client.Violations", err)
	}
	if !vs.HasErrors() {
		t.Errorf("CreateUserPoolClient (invalid) failed without errors: %v", vs)
	}
	t.Logf("stopped: %v", err)

	// An invalid update is stopped too, and the client keeps its settings.
	_, err = svc.UpdateUserPoolClient(ctx, &cip.UpdateUserPoolClientInput{
		UserPoolId:                 aws.String(poolID),
		ClientId:                   aws.String(clientID),
		ClientName:                 aws.String("appclient-e2e-renamed"),
		AllowedOAuthFlows:          []types.OAuthFlowType{types.OAuthFlowTypeClientCredentials, types.OAuthFlowTypeCode},
		PreventUserExistenceErrors: types.PreventUserExistenceErrorTypesEnabled,
	})
	if !errors.As(err, &vs) {
		t.Fatalf("UpdateUserPoolClient (invalid): got %v, want client.Violations", err)
	}

	// Proof from the server: it holds exactly the valid client, unchanged.
	list, err := svc.ListUserPoolClients(ctx, &cip.ListUserPoolClientsInput{UserPoolId: aws.String(poolID)})
	if err != nil {
		t.Fatalf("ListUserPoolClients: %v", err)
	}
	var names []string
	for _, c := range list.UserPoolClients {
		names = append(names, aws.ToString(c.ClientName))
	}
	if diff := cmp.Diff([]string{"appclient-e2e-web"}, names); diff != "" {
		t.Errorf("the pool's clients (-want +got):\n%s", diff)
	}
	// Proof from the wire: no request for the stopped calls was made.
	wantSent := []string{
		"CreateUserPool", "CreateUserPoolClient", "DescribeUserPoolClient", "ListUserPoolClients",
	}
	if diff := cmp.Diff(wantSent, rec.sent()); diff != "" {
		t.Errorf("requests sent (-want +got):\n%s", diff)
	}
}
