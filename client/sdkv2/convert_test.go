package sdkv2_test

import (
	"reflect"
	"strconv"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	cip "github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider"
	"github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider/types"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/sdkv2"
)

// sdkOpts lets cmp compare the SDK shapes, whose only unexported field is an
// empty marker (noSmithyDocumentSerde).
var sdkOpts = cmpopts.IgnoreUnexported(
	cip.CreateUserPoolClientInput{}, cip.UpdateUserPoolClientInput{},
	types.UserPoolClientType{}, types.TokenValidityUnitsType{},
	types.AnalyticsConfigurationType{}, types.RefreshTokenRotationType{},
)

var (
	created  = time.Date(2024, 5, 1, 12, 30, 0, 0, time.UTC)
	modified = time.Date(2025, 1, 2, 3, 4, 5, 600_000_000, time.UTC)
)

// Every member present, with values that are not the SDK's zero values, and
// one enum value the SDK does not know.
func fullSettings() client.Settings {
	p := client.Ptr[string]
	return client.Settings{
		UserPoolID:           p(poolID),
		ClientName:           p("web"),
		RefreshTokenValidity: client.Ptr[int32](30),
		AccessTokenValidity:  client.Ptr[int32](60),
		IDTokenValidity:      client.Ptr[int32](90),
		TokenValidityUnits: &client.TokenValidityUnits{
			AccessToken: p("minutes"), IDToken: p("minutes"), RefreshToken: p("days"),
		},
		ReadAttributes:                  []string{"email", "name"},
		WriteAttributes:                 []string{},
		ExplicitAuthFlows:               []string{"ALLOW_USER_SRP_AUTH", "ALLOW_SOMETHING_NEW"},
		SupportedIdentityProviders:      []string{"COGNITO"},
		CallbackURLs:                    []string{"https://app.example.com/cb"},
		LogoutURLs:                      []string{"https://app.example.com/out"},
		DefaultRedirectURI:              p("https://app.example.com/cb"),
		AllowedOAuthFlows:               []string{"code"},
		AllowedOAuthScopes:              []string{"openid"},
		AllowedOAuthFlowsUserPoolClient: client.Ptr(true),
		AnalyticsConfiguration: &client.AnalyticsConfiguration{
			ApplicationID:  p("0123456789abcdef0123456789abcdef"),
			ApplicationARN: p("arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123"),
			RoleARN:        p("arn:aws:iam::123456789012:role/pinpoint"),
			ExternalID:     p("external"),
			UserDataShared: client.Ptr(true),
		},
		PreventUserExistenceErrors:               p("ENABLED"),
		EnableTokenRevocation:                    client.Ptr(false),
		EnablePropagateAdditionalUserContextData: client.Ptr(false),
		AuthSessionValidity:                      client.Ptr[int32](3),
		RefreshTokenRotation: &client.RefreshTokenRotation{
			Feature: p("ENABLED"), RetryGracePeriodSeconds: client.Ptr[int32](0),
		},
	}
}

func fullUnits() *types.TokenValidityUnitsType {
	return &types.TokenValidityUnitsType{AccessToken: "minutes", IdToken: "minutes", RefreshToken: "days"}
}

func fullAnalytics() *types.AnalyticsConfigurationType {
	return &types.AnalyticsConfigurationType{
		ApplicationId:  aws.String("0123456789abcdef0123456789abcdef"),
		ApplicationArn: aws.String("arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123"),
		RoleArn:        aws.String("arn:aws:iam::123456789012:role/pinpoint"),
		ExternalId:     aws.String("external"),
		UserDataShared: true,
	}
}

func fullRotation() *types.RefreshTokenRotationType {
	return &types.RefreshTokenRotationType{Feature: "ENABLED", RetryGracePeriodSeconds: aws.Int32(0)}
}

func TestCreateInput(t *testing.T) {
	tests := []struct {
		name string
		ours client.CreateRequest
		sdk  *cip.CreateUserPoolClientInput
	}{{
		name: "empty",
		ours: client.CreateRequest{},
		sdk:  &cip.CreateUserPoolClientInput{},
	}, {
		name: "every member",
		ours: client.CreateRequest{
			Settings:       fullSettings(),
			GenerateSecret: client.Ptr(true),
			ClientSecret:   client.Ptr("secret"),
		},
		sdk: &cip.CreateUserPoolClientInput{
			UserPoolId:                               aws.String(poolID),
			ClientName:                               aws.String("web"),
			GenerateSecret:                           true,
			ClientSecret:                             aws.String("secret"),
			RefreshTokenValidity:                     30,
			AccessTokenValidity:                      aws.Int32(60),
			IdTokenValidity:                          aws.Int32(90),
			TokenValidityUnits:                       fullUnits(),
			ReadAttributes:                           []string{"email", "name"},
			WriteAttributes:                          []string{},
			ExplicitAuthFlows:                        []types.ExplicitAuthFlowsType{"ALLOW_USER_SRP_AUTH", "ALLOW_SOMETHING_NEW"},
			SupportedIdentityProviders:               []string{"COGNITO"},
			CallbackURLs:                             []string{"https://app.example.com/cb"},
			LogoutURLs:                               []string{"https://app.example.com/out"},
			DefaultRedirectURI:                       aws.String("https://app.example.com/cb"),
			AllowedOAuthFlows:                        []types.OAuthFlowType{"code"},
			AllowedOAuthScopes:                       []string{"openid"},
			AllowedOAuthFlowsUserPoolClient:          true,
			AnalyticsConfiguration:                   fullAnalytics(),
			PreventUserExistenceErrors:               "ENABLED",
			EnableTokenRevocation:                    aws.Bool(false),
			EnablePropagateAdditionalUserContextData: aws.Bool(false),
			AuthSessionValidity:                      aws.Int32(3),
			RefreshTokenRotation:                     fullRotation(),
		},
	}, {
		name: "nested shapes with nothing in them",
		ours: client.CreateRequest{Settings: client.Settings{
			TokenValidityUnits:     &client.TokenValidityUnits{},
			AnalyticsConfiguration: &client.AnalyticsConfiguration{},
			RefreshTokenRotation:   &client.RefreshTokenRotation{},
		}},
		sdk: &cip.CreateUserPoolClientInput{
			TokenValidityUnits:     &types.TokenValidityUnitsType{},
			AnalyticsConfiguration: &types.AnalyticsConfigurationType{},
			RefreshTokenRotation:   &types.RefreshTokenRotationType{},
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.sdk, sdkv2.ToCreateInput(tt.ours), sdkOpts); diff != "" {
				t.Errorf("ToCreateInput (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.ours, sdkv2.FromCreateInput(tt.sdk)); diff != "" {
				t.Errorf("FromCreateInput (-want +got):\n%s", diff)
			}
		})
	}
}

func TestUpdateInput(t *testing.T) {
	ours := client.UpdateRequest{Settings: fullSettings(), ClientID: client.Ptr("1example23456789")}
	sdk := &cip.UpdateUserPoolClientInput{
		UserPoolId:                               aws.String(poolID),
		ClientId:                                 aws.String("1example23456789"),
		ClientName:                               aws.String("web"),
		RefreshTokenValidity:                     30,
		AccessTokenValidity:                      aws.Int32(60),
		IdTokenValidity:                          aws.Int32(90),
		TokenValidityUnits:                       fullUnits(),
		ReadAttributes:                           []string{"email", "name"},
		WriteAttributes:                          []string{},
		ExplicitAuthFlows:                        []types.ExplicitAuthFlowsType{"ALLOW_USER_SRP_AUTH", "ALLOW_SOMETHING_NEW"},
		SupportedIdentityProviders:               []string{"COGNITO"},
		CallbackURLs:                             []string{"https://app.example.com/cb"},
		LogoutURLs:                               []string{"https://app.example.com/out"},
		DefaultRedirectURI:                       aws.String("https://app.example.com/cb"),
		AllowedOAuthFlows:                        []types.OAuthFlowType{"code"},
		AllowedOAuthScopes:                       []string{"openid"},
		AllowedOAuthFlowsUserPoolClient:          true,
		AnalyticsConfiguration:                   fullAnalytics(),
		PreventUserExistenceErrors:               "ENABLED",
		EnableTokenRevocation:                    aws.Bool(false),
		EnablePropagateAdditionalUserContextData: aws.Bool(false),
		AuthSessionValidity:                      aws.Int32(3),
		RefreshTokenRotation:                     fullRotation(),
	}
	if diff := cmp.Diff(sdk, sdkv2.ToUpdateInput(ours), sdkOpts); diff != "" {
		t.Errorf("ToUpdateInput (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(ours, sdkv2.FromUpdateInput(sdk)); diff != "" {
		t.Errorf("FromUpdateInput (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(client.UpdateRequest{}, sdkv2.FromUpdateInput(nil)); diff != "" {
		t.Errorf("FromUpdateInput(nil) (-want +got):\n%s", diff)
	}
}

func TestUserPoolClient(t *testing.T) {
	ours := client.UserPoolClient{
		Settings:         fullSettings(),
		ClientID:         client.Ptr("1example23456789"),
		ClientSecret:     client.Ptr("secret"),
		CreationDate:     &created,
		LastModifiedDate: &modified,
	}
	ours.AllowedOAuthFlowsUserPoolClient = client.Ptr(false) // a *bool in UserPoolClientType: false is kept
	sdk := &types.UserPoolClientType{
		UserPoolId:                               aws.String(poolID),
		ClientName:                               aws.String("web"),
		ClientId:                                 aws.String("1example23456789"),
		ClientSecret:                             aws.String("secret"),
		CreationDate:                             &created,
		LastModifiedDate:                         &modified,
		RefreshTokenValidity:                     30,
		AccessTokenValidity:                      aws.Int32(60),
		IdTokenValidity:                          aws.Int32(90),
		TokenValidityUnits:                       fullUnits(),
		ReadAttributes:                           []string{"email", "name"},
		WriteAttributes:                          []string{},
		ExplicitAuthFlows:                        []types.ExplicitAuthFlowsType{"ALLOW_USER_SRP_AUTH", "ALLOW_SOMETHING_NEW"},
		SupportedIdentityProviders:               []string{"COGNITO"},
		CallbackURLs:                             []string{"https://app.example.com/cb"},
		LogoutURLs:                               []string{"https://app.example.com/out"},
		DefaultRedirectURI:                       aws.String("https://app.example.com/cb"),
		AllowedOAuthFlows:                        []types.OAuthFlowType{"code"},
		AllowedOAuthScopes:                       []string{"openid"},
		AllowedOAuthFlowsUserPoolClient:          aws.Bool(false),
		AnalyticsConfiguration:                   fullAnalytics(),
		PreventUserExistenceErrors:               "ENABLED",
		EnableTokenRevocation:                    aws.Bool(false),
		EnablePropagateAdditionalUserContextData: aws.Bool(false),
		AuthSessionValidity:                      aws.Int32(3),
		RefreshTokenRotation:                     fullRotation(),
	}
	if diff := cmp.Diff(sdk, sdkv2.ToUserPoolClient(ours), sdkOpts); diff != "" {
		t.Errorf("ToUserPoolClient (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(ours, sdkv2.FromUserPoolClient(sdk)); diff != "" {
		t.Errorf("FromUserPoolClient (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(client.UserPoolClient{}, sdkv2.FromUserPoolClient(nil)); diff != "" {
		t.Errorf("FromUserPoolClient(nil) (-want +got):\n%s", diff)
	}
}

// TestZeroValueMembers pins the documented loss: a present member that the
// SDK holds as a plain value, holding that value's zero, comes back absent,
// because the SDK neither keeps nor sends the difference.
func TestZeroValueMembers(t *testing.T) {
	zero := func() client.Settings {
		return client.Settings{
			RefreshTokenValidity:            client.Ptr[int32](0),
			AllowedOAuthFlowsUserPoolClient: client.Ptr(false),
			PreventUserExistenceErrors:      client.Ptr(""),
			TokenValidityUnits: &client.TokenValidityUnits{
				AccessToken: client.Ptr(""), IDToken: client.Ptr(""), RefreshToken: client.Ptr(""),
			},
			AnalyticsConfiguration: &client.AnalyticsConfiguration{UserDataShared: client.Ptr(false)},
			RefreshTokenRotation:   &client.RefreshTokenRotation{Feature: client.Ptr("")},
		}
	}
	absent := client.Settings{
		TokenValidityUnits:     &client.TokenValidityUnits{},
		AnalyticsConfiguration: &client.AnalyticsConfiguration{},
		RefreshTokenRotation:   &client.RefreshTokenRotation{},
	}

	create := client.CreateRequest{Settings: zero(), GenerateSecret: client.Ptr(false)}
	if diff := cmp.Diff(client.CreateRequest{Settings: absent}, sdkv2.FromCreateInput(sdkv2.ToCreateInput(create))); diff != "" {
		t.Errorf("create round trip (-want +got):\n%s", diff)
	}
	update := client.UpdateRequest{Settings: zero()}
	if diff := cmp.Diff(client.UpdateRequest{Settings: absent}, sdkv2.FromUpdateInput(sdkv2.ToUpdateInput(update))); diff != "" {
		t.Errorf("update round trip (-want +got):\n%s", diff)
	}
	// UserPoolClientType has a *bool AllowedOAuthFlowsUserPoolClient: false stays.
	described := client.UserPoolClient{Settings: zero()}
	wantDescribed := client.UserPoolClient{Settings: absent}
	wantDescribed.AllowedOAuthFlowsUserPoolClient = client.Ptr(false)
	if diff := cmp.Diff(wantDescribed, sdkv2.FromUserPoolClient(sdkv2.ToUserPoolClient(described))); diff != "" {
		t.Errorf("UserPoolClient round trip (-want +got):\n%s", diff)
	}
}

// TestEveryMember fills every exported field of each shape, on both sides,
// with a distinct non-zero value, and round-trips it. A member that a
// conversion forgets, including one that a newer SDK or a newer core adds,
// comes back zero and fails the test. On our side, the members that the SDK
// has no field for (NotInSDK, such as UserPoolClientType.ClientType) are the
// only ones expected back absent (canonical).
func TestEveryMember(t *testing.T) {
	t.Run("ours", func(t *testing.T) {
		var create client.CreateRequest
		fill(t, &create)
		if diff := cmp.Diff(canonical(create), sdkv2.FromCreateInput(sdkv2.ToCreateInput(create))); diff != "" {
			t.Errorf("CreateRequest (-want +got):\n%s", diff)
		}
		var update client.UpdateRequest
		fill(t, &update)
		if diff := cmp.Diff(canonical(update), sdkv2.FromUpdateInput(sdkv2.ToUpdateInput(update))); diff != "" {
			t.Errorf("UpdateRequest (-want +got):\n%s", diff)
		}
		var described client.UserPoolClient
		fill(t, &described)
		if diff := cmp.Diff(canonical(described), sdkv2.FromUserPoolClient(sdkv2.ToUserPoolClient(described))); diff != "" {
			t.Errorf("UserPoolClient (-want +got):\n%s", diff)
		}
	})
	t.Run("sdk", func(t *testing.T) {
		var create cip.CreateUserPoolClientInput
		fill(t, &create)
		if diff := cmp.Diff(&create, sdkv2.ToCreateInput(sdkv2.FromCreateInput(&create)), sdkOpts); diff != "" {
			t.Errorf("CreateUserPoolClientInput (-want +got):\n%s", diff)
		}
		var update cip.UpdateUserPoolClientInput
		fill(t, &update)
		if diff := cmp.Diff(&update, sdkv2.ToUpdateInput(sdkv2.FromUpdateInput(&update)), sdkOpts); diff != "" {
			t.Errorf("UpdateUserPoolClientInput (-want +got):\n%s", diff)
		}
		var described types.UserPoolClientType
		fill(t, &described)
		if diff := cmp.Diff(&described, sdkv2.ToUserPoolClient(sdkv2.FromUserPoolClient(&described)), sdkOpts); diff != "" {
			t.Errorf("UserPoolClientType (-want +got):\n%s", diff)
		}
	})
}

// TestNoSharedMemory changes everything reachable from each result and
// checks that the argument did not change.
func TestNoSharedMemory(t *testing.T) {
	var ours, keep client.UserPoolClient
	fill(t, &ours)
	fill(t, &keep) // fill is deterministic: keep is an independent copy
	refill(t, sdkv2.ToUserPoolClient(ours))
	if diff := cmp.Diff(keep, ours); diff != "" {
		t.Errorf("ToUserPoolClient's result shares memory with its argument (-want +got):\n%s", diff)
	}

	var sdk, keepSDK cip.CreateUserPoolClientInput
	fill(t, &sdk)
	fill(t, &keepSDK)
	back := sdkv2.FromCreateInput(&sdk)
	refill(t, &back)
	if diff := cmp.Diff(&keepSDK, &sdk, sdkOpts); diff != "" {
		t.Errorf("FromCreateInput's result shares memory with its argument (-want +got):\n%s", diff)
	}
}

// fill sets every exported field reachable from ptr to a distinct non-zero
// value: strings "v1", "v2", …; integers 1, 2, …; true; lists of two; times
// from the counter.
func fill(t *testing.T, ptr any) {
	t.Helper()
	n := 0
	fillValue(t, reflect.ValueOf(ptr).Elem(), &n, false)
}

// refill overwrites, in place, every value reachable from ptr: through its
// pointers and in its lists' existing elements.
func refill(t *testing.T, ptr any) {
	t.Helper()
	n := 1000
	fillValue(t, reflect.ValueOf(ptr).Elem(), &n, true)
}

func fillValue(t *testing.T, v reflect.Value, n *int, inPlace bool) {
	t.Helper()
	*n++
	switch v.Kind() {
	case reflect.String:
		v.SetString("v" + strconv.Itoa(*n))
	case reflect.Int32:
		v.SetInt(int64(*n))
	case reflect.Bool:
		v.SetBool(!inPlace || !v.Bool())
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		fillValue(t, v.Elem(), n, inPlace)
	case reflect.Slice:
		if !inPlace || v.IsNil() {
			v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		}
		for i := range v.Len() {
			fillValue(t, v.Index(i), n, inPlace)
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[time.Time]() {
			v.Set(reflect.ValueOf(time.Unix(int64(*n)*1_000_003, int64(*n)).UTC()))
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fillValue(t, v.Field(i), n, inPlace)
			}
		}
	default:
		t.Fatalf("fill: no rule for %s", v.Type())
	}
}
