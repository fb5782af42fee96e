package client

import "time"

// Settings are the twenty-two members that the CreateUserPoolClient and
// UpdateUserPoolClient requests and UserPoolClientType share.
//
// A nil pointer or a nil slice means the member was not sent; a non-nil empty
// slice is an empty JSON list. Go field names follow Go conventions; the JSON
// names, used in every path and message, are the AWS wire names given in the
// comments.
type Settings struct {
	UserPoolID                               *string                 // UserPoolId
	ClientName                               *string                 // ClientName
	RefreshTokenValidity                     *int32                  // RefreshTokenValidity
	AccessTokenValidity                      *int32                  // AccessTokenValidity
	IDTokenValidity                          *int32                  // IdTokenValidity
	TokenValidityUnits                       *TokenValidityUnits     // TokenValidityUnits
	ReadAttributes                           []string                // ReadAttributes
	WriteAttributes                          []string                // WriteAttributes
	ExplicitAuthFlows                        []string                // ExplicitAuthFlows
	SupportedIdentityProviders               []string                // SupportedIdentityProviders
	CallbackURLs                             []string                // CallbackURLs
	LogoutURLs                               []string                // LogoutURLs
	DefaultRedirectURI                       *string                 // DefaultRedirectURI
	AllowedOAuthFlows                        []string                // AllowedOAuthFlows
	AllowedOAuthScopes                       []string                // AllowedOAuthScopes
	AllowedOAuthFlowsUserPoolClient          *bool                   // AllowedOAuthFlowsUserPoolClient
	AnalyticsConfiguration                   *AnalyticsConfiguration // AnalyticsConfiguration
	PreventUserExistenceErrors               *string                 // PreventUserExistenceErrors
	EnableTokenRevocation                    *bool                   // EnableTokenRevocation
	EnablePropagateAdditionalUserContextData *bool                   // EnablePropagateAdditionalUserContextData
	AuthSessionValidity                      *int32                  // AuthSessionValidity
	RefreshTokenRotation                     *RefreshTokenRotation   // RefreshTokenRotation
}

// CreateRequest is the input of CreateUserPoolClient
// (CreateUserPoolClientRequest, 24 members).
type CreateRequest struct {
	Settings
	GenerateSecret *bool   // GenerateSecret
	ClientSecret   *string // ClientSecret (sensitive: never printed)
}

// UpdateRequest is the input of UpdateUserPoolClient
// (UpdateUserPoolClientRequest, 23 members). UpdateUserPoolClient replaces
// the whole client: a member left out is reset to its default.
type UpdateRequest struct {
	Settings
	ClientID *string // ClientId (sensitive: never printed)
}

// UserPoolClient is UserPoolClientType (27 members): what
// DescribeUserPoolClient, CreateUserPoolClient and UpdateUserPoolClient return.
// AWS sets LastModifiedDate, CreationDate and ClientType; no request has them.
type UserPoolClient struct {
	Settings
	ClientID         *string    // ClientId (sensitive: never printed)
	ClientSecret     *string    // ClientSecret (sensitive: never printed)
	LastModifiedDate *time.Time // LastModifiedDate
	CreationDate     *time.Time // CreationDate
	ClientType       *string    // ClientType: REGULAR, or DCR for a client made by dynamic client registration
}

// TokenValidityUnits is TokenValidityUnitsType: the unit of each token
// validity. An absent member means the default unit: hours for the access and
// ID tokens, days for the refresh token.
type TokenValidityUnits struct {
	AccessToken  *string // AccessToken: seconds, minutes, hours or days
	IDToken      *string // IdToken
	RefreshToken *string // RefreshToken
}

// AnalyticsConfiguration is AnalyticsConfigurationType: the Amazon Pinpoint
// project that receives the client's analytics.
type AnalyticsConfiguration struct {
	ApplicationID  *string // ApplicationId
	ApplicationARN *string // ApplicationArn
	RoleARN        *string // RoleArn
	ExternalID     *string // ExternalId
	UserDataShared *bool   // UserDataShared
}

// RefreshTokenRotation is RefreshTokenRotationType.
type RefreshTokenRotation struct {
	Feature                 *string // Feature: ENABLED or DISABLED (required)
	RetryGracePeriodSeconds *int32  // RetryGracePeriodSeconds: 0 to 60
}

// Ptr returns a pointer to a copy of v: client.Ptr("my-app").
func Ptr[T any](v T) *T { return &v }
