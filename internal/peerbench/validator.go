package peerbench

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"regexp"

	"github.com/cognitokit/appclient/internal/charclass"
	"github.com/go-playground/validator/v10"
)

// Create is CreateUserPoolClientRequest as a plain struct with
// go-playground/validator tags carrying the model's limits: min and max
// (string lengths count runes in validator, as Smithy counts code points;
// on lists they count items; on integers they bound the value), oneof for
// enums, dive for list items, and one registered regexp validator per model
// pattern (PatternTags). omitnil skips a member that was not sent.
// TestValidatorTagsMatchBounds compares every tag with the model bounds.
//
// It is also the target of the plain encoding/json Unmarshal benchmark.
type Create struct {
	UserPoolID                               *string                 `json:"UserPoolId" validate:"required,min=1,max=55,aws_userpoolid"`
	ClientName                               *string                 `json:"ClientName" validate:"required,min=1,max=128,aws_clientname"`
	GenerateSecret                           *bool                   `json:"GenerateSecret" validate:"omitnil"`
	ClientSecret                             *string                 `json:"ClientSecret" validate:"omitnil,min=24,max=64,aws_wordplus"`
	RefreshTokenValidity                     *int32                  `json:"RefreshTokenValidity" validate:"omitnil,min=0,max=315360000"`
	AccessTokenValidity                      *int32                  `json:"AccessTokenValidity" validate:"omitnil,min=1,max=86400"`
	IDTokenValidity                          *int32                  `json:"IdTokenValidity" validate:"omitnil,min=1,max=86400"`
	TokenValidityUnits                       *TokenValidityUnits     `json:"TokenValidityUnits" validate:"omitnil"`
	ReadAttributes                           []string                `json:"ReadAttributes" validate:"omitnil,dive,min=1,max=2048"`
	WriteAttributes                          []string                `json:"WriteAttributes" validate:"omitnil,dive,min=1,max=2048"`
	ExplicitAuthFlows                        []string                `json:"ExplicitAuthFlows" validate:"omitnil,dive,oneof=ADMIN_NO_SRP_AUTH CUSTOM_AUTH_FLOW_ONLY USER_PASSWORD_AUTH ALLOW_ADMIN_USER_PASSWORD_AUTH ALLOW_CUSTOM_AUTH ALLOW_USER_PASSWORD_AUTH ALLOW_USER_SRP_AUTH ALLOW_REFRESH_TOKEN_AUTH ALLOW_USER_AUTH"`
	SupportedIdentityProviders               []string                `json:"SupportedIdentityProviders" validate:"omitnil,dive,min=1,max=32,aws_providername"`
	CallbackURLs                             []string                `json:"CallbackURLs" validate:"omitnil,min=0,max=100,dive,min=1,max=1024,aws_redirecturl"`
	LogoutURLs                               []string                `json:"LogoutURLs" validate:"omitnil,min=0,max=100,dive,min=1,max=1024,aws_redirecturl"`
	DefaultRedirectURI                       *string                 `json:"DefaultRedirectURI" validate:"omitnil,min=1,max=1024,aws_redirecturl"`
	AllowedOAuthFlows                        []string                `json:"AllowedOAuthFlows" validate:"omitnil,min=0,max=3,dive,oneof=code implicit client_credentials"`
	AllowedOAuthScopes                       []string                `json:"AllowedOAuthScopes" validate:"omitnil,min=0,max=50,dive,min=1,max=256,aws_scope"`
	AllowedOAuthFlowsUserPoolClient          *bool                   `json:"AllowedOAuthFlowsUserPoolClient" validate:"omitnil"`
	AnalyticsConfiguration                   *AnalyticsConfiguration `json:"AnalyticsConfiguration" validate:"omitnil"`
	PreventUserExistenceErrors               *string                 `json:"PreventUserExistenceErrors" validate:"omitnil,oneof=LEGACY ENABLED"`
	EnableTokenRevocation                    *bool                   `json:"EnableTokenRevocation" validate:"omitnil"`
	EnablePropagateAdditionalUserContextData *bool                   `json:"EnablePropagateAdditionalUserContextData" validate:"omitnil"`
	AuthSessionValidity                      *int32                  `json:"AuthSessionValidity" validate:"omitnil,min=3,max=15"`
	RefreshTokenRotation                     *RefreshTokenRotation   `json:"RefreshTokenRotation" validate:"omitnil"`
}

// TokenValidityUnits is TokenValidityUnitsType.
type TokenValidityUnits struct {
	AccessToken  *string `json:"AccessToken" validate:"omitnil,oneof=seconds minutes hours days"`
	IDToken      *string `json:"IdToken" validate:"omitnil,oneof=seconds minutes hours days"`
	RefreshToken *string `json:"RefreshToken" validate:"omitnil,oneof=seconds minutes hours days"`
}

// AnalyticsConfiguration is AnalyticsConfigurationType.
type AnalyticsConfiguration struct {
	ApplicationID  *string `json:"ApplicationId" validate:"omitnil,aws_hex"`
	ApplicationARN *string `json:"ApplicationArn" validate:"omitnil,min=20,max=2048,aws_arn"`
	RoleARN        *string `json:"RoleArn" validate:"omitnil,min=20,max=2048,aws_arn"`
	ExternalID     *string `json:"ExternalId" validate:"omitnil,min=0,max=131072"`
	UserDataShared *bool   `json:"UserDataShared" validate:"omitnil"`
}

// RefreshTokenRotation is RefreshTokenRotationType.
type RefreshTokenRotation struct {
	Feature                 *string `json:"Feature" validate:"required,oneof=ENABLED DISABLED"`
	RetryGracePeriodSeconds *int32  `json:"RetryGracePeriodSeconds" validate:"omitnil,min=0,max=60"`
}

// PatternTags names the validator registered for each model pattern. Each is
// a compiled Go regexp of charclass's RE2 translation, as a validator user
// would write it.
var PatternTags = map[charclass.Class]string{
	charclass.UserPoolID:   "aws_userpoolid",
	charclass.ClientName:   "aws_clientname",
	charclass.WordPlus:     "aws_wordplus",
	charclass.ProviderName: "aws_providername",
	charclass.RedirectURL:  "aws_redirecturl",
	charclass.Scope:        "aws_scope",
	charclass.Hex:          "aws_hex",
	charclass.ARN:          "aws_arn",
}

// NewValidator returns a validator with the pattern validators registered.
func NewValidator() (*validator.Validate, error) {
	v := validator.New(validator.WithRequiredStructEnabled())
	// Report wire names, as appclient does.
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		name, _, _ := bytes.Cut([]byte(f.Tag.Get("json")), []byte(","))
		return string(name)
	})
	for c, tag := range PatternTags {
		re, err := regexp.Compile(c.RE2())
		if err != nil {
			return nil, err
		}
		if err := v.RegisterValidation(tag, func(fl validator.FieldLevel) bool {
			return re.MatchString(fl.Field().String())
		}); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// ValidatorDecodeValidate is the validator path from bytes to a verdict:
// encoding/json with DisallowUnknownFields (so unknown members are rejected,
// as appclient and the schema do), then Struct.
func ValidatorDecodeValidate(v *validator.Validate, data []byte) error {
	var c Create
	d := json.NewDecoder(bytes.NewReader(data))
	d.DisallowUnknownFields()
	if err := d.Decode(&c); err != nil {
		return err
	}
	if d.More() {
		return errors.New("data after the top-level value")
	}
	return v.Struct(&c)
}
