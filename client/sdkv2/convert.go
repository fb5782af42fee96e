package sdkv2

import (
	"slices"

	cip "github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider"
	"github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider/types"

	"github.com/cognitokit/appclient/client"
)

// FromCreateInput returns the request that in describes: the members the SDK
// would send. A nil in gives the zero CreateRequest. The result shares no
// memory with in.
func FromCreateInput(in *cip.CreateUserPoolClientInput) client.CreateRequest {
	if in == nil {
		return client.CreateRequest{}
	}
	return client.CreateRequest{
		Settings: client.Settings{
			UserPoolID:                               clonePtr(in.UserPoolId),
			ClientName:                               clonePtr(in.ClientName),
			RefreshTokenValidity:                     nonZero(in.RefreshTokenValidity),
			AccessTokenValidity:                      clonePtr(in.AccessTokenValidity),
			IDTokenValidity:                          clonePtr(in.IdTokenValidity),
			TokenValidityUnits:                       fromUnits(in.TokenValidityUnits),
			ReadAttributes:                           slices.Clone(in.ReadAttributes),
			WriteAttributes:                          slices.Clone(in.WriteAttributes),
			ExplicitAuthFlows:                        fromEnums(in.ExplicitAuthFlows),
			SupportedIdentityProviders:               slices.Clone(in.SupportedIdentityProviders),
			CallbackURLs:                             slices.Clone(in.CallbackURLs),
			LogoutURLs:                               slices.Clone(in.LogoutURLs),
			DefaultRedirectURI:                       clonePtr(in.DefaultRedirectURI),
			AllowedOAuthFlows:                        fromEnums(in.AllowedOAuthFlows),
			AllowedOAuthScopes:                       slices.Clone(in.AllowedOAuthScopes),
			AllowedOAuthFlowsUserPoolClient:          nonZero(in.AllowedOAuthFlowsUserPoolClient),
			AnalyticsConfiguration:                   fromAnalytics(in.AnalyticsConfiguration),
			PreventUserExistenceErrors:               nonZero(string(in.PreventUserExistenceErrors)),
			EnableTokenRevocation:                    clonePtr(in.EnableTokenRevocation),
			EnablePropagateAdditionalUserContextData: clonePtr(in.EnablePropagateAdditionalUserContextData),
			AuthSessionValidity:                      clonePtr(in.AuthSessionValidity),
			RefreshTokenRotation:                     fromRotation(in.RefreshTokenRotation),
		},
		GenerateSecret: nonZero(in.GenerateSecret),
		ClientSecret:   clonePtr(in.ClientSecret),
	}
}

// ToCreateInput returns the SDK input for r. Members the SDK holds as plain
// values (see the package documentation) get their zero value when r leaves
// them out. The result shares no memory with r.
func ToCreateInput(r client.CreateRequest) *cip.CreateUserPoolClientInput {
	s := &r.Settings
	return &cip.CreateUserPoolClientInput{
		UserPoolId:                               clonePtr(s.UserPoolID),
		ClientName:                               clonePtr(s.ClientName),
		GenerateSecret:                           deref(r.GenerateSecret),
		ClientSecret:                             clonePtr(r.ClientSecret),
		RefreshTokenValidity:                     deref(s.RefreshTokenValidity),
		AccessTokenValidity:                      clonePtr(s.AccessTokenValidity),
		IdTokenValidity:                          clonePtr(s.IDTokenValidity),
		TokenValidityUnits:                       toUnits(s.TokenValidityUnits),
		ReadAttributes:                           slices.Clone(s.ReadAttributes),
		WriteAttributes:                          slices.Clone(s.WriteAttributes),
		ExplicitAuthFlows:                        toEnums[types.ExplicitAuthFlowsType](s.ExplicitAuthFlows),
		SupportedIdentityProviders:               slices.Clone(s.SupportedIdentityProviders),
		CallbackURLs:                             slices.Clone(s.CallbackURLs),
		LogoutURLs:                               slices.Clone(s.LogoutURLs),
		DefaultRedirectURI:                       clonePtr(s.DefaultRedirectURI),
		AllowedOAuthFlows:                        toEnums[types.OAuthFlowType](s.AllowedOAuthFlows),
		AllowedOAuthScopes:                       slices.Clone(s.AllowedOAuthScopes),
		AllowedOAuthFlowsUserPoolClient:          deref(s.AllowedOAuthFlowsUserPoolClient),
		AnalyticsConfiguration:                   toAnalytics(s.AnalyticsConfiguration),
		PreventUserExistenceErrors:               types.PreventUserExistenceErrorTypes(deref(s.PreventUserExistenceErrors)),
		EnableTokenRevocation:                    clonePtr(s.EnableTokenRevocation),
		EnablePropagateAdditionalUserContextData: clonePtr(s.EnablePropagateAdditionalUserContextData),
		AuthSessionValidity:                      clonePtr(s.AuthSessionValidity),
		RefreshTokenRotation:                     toRotation(s.RefreshTokenRotation),
	}
}

// FromUpdateInput returns the request that in describes: the members the SDK
// would send. A nil in gives the zero UpdateRequest. The result shares no
// memory with in.
func FromUpdateInput(in *cip.UpdateUserPoolClientInput) client.UpdateRequest {
	if in == nil {
		return client.UpdateRequest{}
	}
	return client.UpdateRequest{
		Settings: client.Settings{
			UserPoolID:                               clonePtr(in.UserPoolId),
			ClientName:                               clonePtr(in.ClientName),
			RefreshTokenValidity:                     nonZero(in.RefreshTokenValidity),
			AccessTokenValidity:                      clonePtr(in.AccessTokenValidity),
			IDTokenValidity:                          clonePtr(in.IdTokenValidity),
			TokenValidityUnits:                       fromUnits(in.TokenValidityUnits),
			ReadAttributes:                           slices.Clone(in.ReadAttributes),
			WriteAttributes:                          slices.Clone(in.WriteAttributes),
			ExplicitAuthFlows:                        fromEnums(in.ExplicitAuthFlows),
			SupportedIdentityProviders:               slices.Clone(in.SupportedIdentityProviders),
			CallbackURLs:                             slices.Clone(in.CallbackURLs),
			LogoutURLs:                               slices.Clone(in.LogoutURLs),
			DefaultRedirectURI:                       clonePtr(in.DefaultRedirectURI),
			AllowedOAuthFlows:                        fromEnums(in.AllowedOAuthFlows),
			AllowedOAuthScopes:                       slices.Clone(in.AllowedOAuthScopes),
			AllowedOAuthFlowsUserPoolClient:          nonZero(in.AllowedOAuthFlowsUserPoolClient),
			AnalyticsConfiguration:                   fromAnalytics(in.AnalyticsConfiguration),
			PreventUserExistenceErrors:               nonZero(string(in.PreventUserExistenceErrors)),
			EnableTokenRevocation:                    clonePtr(in.EnableTokenRevocation),
			EnablePropagateAdditionalUserContextData: clonePtr(in.EnablePropagateAdditionalUserContextData),
			AuthSessionValidity:                      clonePtr(in.AuthSessionValidity),
			RefreshTokenRotation:                     fromRotation(in.RefreshTokenRotation),
		},
		ClientID: clonePtr(in.ClientId),
	}
}

// ToUpdateInput returns the SDK input for r. Members the SDK holds as plain
// values (see the package documentation) get their zero value when r leaves
// them out. The result shares no memory with r.
func ToUpdateInput(r client.UpdateRequest) *cip.UpdateUserPoolClientInput {
	s := &r.Settings
	return &cip.UpdateUserPoolClientInput{
		UserPoolId:                               clonePtr(s.UserPoolID),
		ClientId:                                 clonePtr(r.ClientID),
		ClientName:                               clonePtr(s.ClientName),
		RefreshTokenValidity:                     deref(s.RefreshTokenValidity),
		AccessTokenValidity:                      clonePtr(s.AccessTokenValidity),
		IdTokenValidity:                          clonePtr(s.IDTokenValidity),
		TokenValidityUnits:                       toUnits(s.TokenValidityUnits),
		ReadAttributes:                           slices.Clone(s.ReadAttributes),
		WriteAttributes:                          slices.Clone(s.WriteAttributes),
		ExplicitAuthFlows:                        toEnums[types.ExplicitAuthFlowsType](s.ExplicitAuthFlows),
		SupportedIdentityProviders:               slices.Clone(s.SupportedIdentityProviders),
		CallbackURLs:                             slices.Clone(s.CallbackURLs),
		LogoutURLs:                               slices.Clone(s.LogoutURLs),
		DefaultRedirectURI:                       clonePtr(s.DefaultRedirectURI),
		AllowedOAuthFlows:                        toEnums[types.OAuthFlowType](s.AllowedOAuthFlows),
		AllowedOAuthScopes:                       slices.Clone(s.AllowedOAuthScopes),
		AllowedOAuthFlowsUserPoolClient:          deref(s.AllowedOAuthFlowsUserPoolClient),
		AnalyticsConfiguration:                   toAnalytics(s.AnalyticsConfiguration),
		PreventUserExistenceErrors:               types.PreventUserExistenceErrorTypes(deref(s.PreventUserExistenceErrors)),
		EnableTokenRevocation:                    clonePtr(s.EnableTokenRevocation),
		EnablePropagateAdditionalUserContextData: clonePtr(s.EnablePropagateAdditionalUserContextData),
		AuthSessionValidity:                      clonePtr(s.AuthSessionValidity),
		RefreshTokenRotation:                     toRotation(s.RefreshTokenRotation),
	}
}

// FromUserPoolClient returns the app client that c describes, as
// DescribeUserPoolClient, CreateUserPoolClient and UpdateUserPoolClient
// return it. A nil c gives the zero UserPoolClient. The result shares no
// memory with c.
func FromUserPoolClient(c *types.UserPoolClientType) client.UserPoolClient {
	if c == nil {
		return client.UserPoolClient{}
	}
	return client.UserPoolClient{
		Settings: client.Settings{
			UserPoolID:                               clonePtr(c.UserPoolId),
			ClientName:                               clonePtr(c.ClientName),
			RefreshTokenValidity:                     nonZero(c.RefreshTokenValidity),
			AccessTokenValidity:                      clonePtr(c.AccessTokenValidity),
			IDTokenValidity:                          clonePtr(c.IdTokenValidity),
			TokenValidityUnits:                       fromUnits(c.TokenValidityUnits),
			ReadAttributes:                           slices.Clone(c.ReadAttributes),
			WriteAttributes:                          slices.Clone(c.WriteAttributes),
			ExplicitAuthFlows:                        fromEnums(c.ExplicitAuthFlows),
			SupportedIdentityProviders:               slices.Clone(c.SupportedIdentityProviders),
			CallbackURLs:                             slices.Clone(c.CallbackURLs),
			LogoutURLs:                               slices.Clone(c.LogoutURLs),
			DefaultRedirectURI:                       clonePtr(c.DefaultRedirectURI),
			AllowedOAuthFlows:                        fromEnums(c.AllowedOAuthFlows),
			AllowedOAuthScopes:                       slices.Clone(c.AllowedOAuthScopes),
			AllowedOAuthFlowsUserPoolClient:          clonePtr(c.AllowedOAuthFlowsUserPoolClient),
			AnalyticsConfiguration:                   fromAnalytics(c.AnalyticsConfiguration),
			PreventUserExistenceErrors:               nonZero(string(c.PreventUserExistenceErrors)),
			EnableTokenRevocation:                    clonePtr(c.EnableTokenRevocation),
			EnablePropagateAdditionalUserContextData: clonePtr(c.EnablePropagateAdditionalUserContextData),
			AuthSessionValidity:                      clonePtr(c.AuthSessionValidity),
			RefreshTokenRotation:                     fromRotation(c.RefreshTokenRotation),
		},
		ClientID:         clonePtr(c.ClientId),
		ClientSecret:     clonePtr(c.ClientSecret),
		LastModifiedDate: clonePtr(c.LastModifiedDate),
		CreationDate:     clonePtr(c.CreationDate),
	}
}

// ToUserPoolClient returns the SDK shape for c. Members the SDK holds as
// plain values (see the package documentation) get their zero value when c
// leaves them out. The result shares no memory with c.
func ToUserPoolClient(c client.UserPoolClient) *types.UserPoolClientType {
	s := &c.Settings
	return &types.UserPoolClientType{
		UserPoolId:                               clonePtr(s.UserPoolID),
		ClientName:                               clonePtr(s.ClientName),
		ClientId:                                 clonePtr(c.ClientID),
		ClientSecret:                             clonePtr(c.ClientSecret),
		LastModifiedDate:                         clonePtr(c.LastModifiedDate),
		CreationDate:                             clonePtr(c.CreationDate),
		RefreshTokenValidity:                     deref(s.RefreshTokenValidity),
		AccessTokenValidity:                      clonePtr(s.AccessTokenValidity),
		IdTokenValidity:                          clonePtr(s.IDTokenValidity),
		TokenValidityUnits:                       toUnits(s.TokenValidityUnits),
		ReadAttributes:                           slices.Clone(s.ReadAttributes),
		WriteAttributes:                          slices.Clone(s.WriteAttributes),
		ExplicitAuthFlows:                        toEnums[types.ExplicitAuthFlowsType](s.ExplicitAuthFlows),
		SupportedIdentityProviders:               slices.Clone(s.SupportedIdentityProviders),
		CallbackURLs:                             slices.Clone(s.CallbackURLs),
		LogoutURLs:                               slices.Clone(s.LogoutURLs),
		DefaultRedirectURI:                       clonePtr(s.DefaultRedirectURI),
		AllowedOAuthFlows:                        toEnums[types.OAuthFlowType](s.AllowedOAuthFlows),
		AllowedOAuthScopes:                       slices.Clone(s.AllowedOAuthScopes),
		AllowedOAuthFlowsUserPoolClient:          clonePtr(s.AllowedOAuthFlowsUserPoolClient),
		AnalyticsConfiguration:                   toAnalytics(s.AnalyticsConfiguration),
		PreventUserExistenceErrors:               types.PreventUserExistenceErrorTypes(deref(s.PreventUserExistenceErrors)),
		EnableTokenRevocation:                    clonePtr(s.EnableTokenRevocation),
		EnablePropagateAdditionalUserContextData: clonePtr(s.EnablePropagateAdditionalUserContextData),
		AuthSessionValidity:                      clonePtr(s.AuthSessionValidity),
		RefreshTokenRotation:                     toRotation(s.RefreshTokenRotation),
	}
}

func fromUnits(u *types.TokenValidityUnitsType) *client.TokenValidityUnits {
	if u == nil {
		return nil
	}
	return &client.TokenValidityUnits{
		AccessToken:  nonZero(string(u.AccessToken)),
		IDToken:      nonZero(string(u.IdToken)),
		RefreshToken: nonZero(string(u.RefreshToken)),
	}
}

func toUnits(u *client.TokenValidityUnits) *types.TokenValidityUnitsType {
	if u == nil {
		return nil
	}
	return &types.TokenValidityUnitsType{
		AccessToken:  types.TimeUnitsType(deref(u.AccessToken)),
		IdToken:      types.TimeUnitsType(deref(u.IDToken)),
		RefreshToken: types.TimeUnitsType(deref(u.RefreshToken)),
	}
}

func fromAnalytics(a *types.AnalyticsConfigurationType) *client.AnalyticsConfiguration {
	if a == nil {
		return nil
	}
	return &client.AnalyticsConfiguration{
		ApplicationID:  clonePtr(a.ApplicationId),
		ApplicationARN: clonePtr(a.ApplicationArn),
		RoleARN:        clonePtr(a.RoleArn),
		ExternalID:     clonePtr(a.ExternalId),
		UserDataShared: nonZero(a.UserDataShared),
	}
}

func toAnalytics(a *client.AnalyticsConfiguration) *types.AnalyticsConfigurationType {
	if a == nil {
		return nil
	}
	return &types.AnalyticsConfigurationType{
		ApplicationId:  clonePtr(a.ApplicationID),
		ApplicationArn: clonePtr(a.ApplicationARN),
		RoleArn:        clonePtr(a.RoleARN),
		ExternalId:     clonePtr(a.ExternalID),
		UserDataShared: deref(a.UserDataShared),
	}
}

func fromRotation(r *types.RefreshTokenRotationType) *client.RefreshTokenRotation {
	if r == nil {
		return nil
	}
	return &client.RefreshTokenRotation{
		Feature:                 nonZero(string(r.Feature)),
		RetryGracePeriodSeconds: clonePtr(r.RetryGracePeriodSeconds),
	}
}

func toRotation(r *client.RefreshTokenRotation) *types.RefreshTokenRotationType {
	if r == nil {
		return nil
	}
	return &types.RefreshTokenRotationType{
		Feature:                 types.FeatureType(deref(r.Feature)),
		RetryGracePeriodSeconds: clonePtr(r.RetryGracePeriodSeconds),
	}
}

// fromEnums converts a list of SDK enum values to strings, keeping nil and
// unknown values.
func fromEnums[E ~string](list []E) []string {
	if list == nil {
		return nil
	}
	out := make([]string, len(list))
	for i, v := range list {
		out[i] = string(v)
	}
	return out
}

// toEnums converts strings to a list of SDK enum values, keeping nil and
// unknown values.
func toEnums[E ~string](list []string) []E {
	if list == nil {
		return nil
	}
	out := make([]E, len(list))
	for i, v := range list {
		out[i] = E(v)
	}
	return out
}

// nonZero maps a plain SDK value to our presence form: the zero value, which
// the SDK does not send, is absent.
func nonZero[T comparable](v T) *T {
	var zero T
	if v == zero {
		return nil
	}
	return &v
}

// deref maps our presence form to a plain SDK value: absent is the zero
// value.
func deref[T any](p *T) T {
	if p == nil {
		var zero T
		return zero
	}
	return *p
}

func clonePtr[T any](p *T) *T {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}
