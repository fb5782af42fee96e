// Package spec holds the per-member limits of the AWS model for the app client
// shapes as plain data, in one place: lengths, ranges, item counts, patterns,
// enums and which members each operation has.
//
// The values are read from the Smithy model of the Amazon Cognito user pools
// API (cognito-identity-provider 2016-04-18). A drift test compares them with
// the pinned copy of the model bounds in testdata/model/bounds.json.
package spec

import "github.com/cognitokit/appclient/internal/charclass"

// Kind is the Smithy type of a shape.
type Kind uint8

// The shape kinds used by the app client shapes.
const (
	String Kind = iota + 1
	Integer
	Boolean
	Enum
	List
	Structure
	Timestamp
)

var kindNames = [...]string{"", "string", "integer", "boolean", "enum", "list", "structure", "timestamp"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// NoLimit marks a Min or Max that the model does not set.
const NoLimit = -1

// Shape is one model shape and its constraints.
//
// Min and Max are the @length trait of a string (counted in Unicode code
// points), the @range trait of an integer, or the @length trait of a list
// (counted in items). NoLimit means the model sets no bound.
type Shape struct {
	Name      string
	Kind      Kind
	Min, Max  int64
	Pattern   charclass.Class
	Enum      []string
	Item      *Shape   // the member shape of a list
	Members   []Member // the members of a structure, in model order
	Sensitive bool     // the @sensitive trait: never echo the value
}

// Member is one member of a structure.
type Member struct {
	Name     string // the AWS wire name
	Shape    *Shape
	Required bool
}

// Strings and numbers.
var (
	UserPoolIDType     = &Shape{Name: "UserPoolIdType", Kind: String, Min: 1, Max: 55, Pattern: charclass.UserPoolID}
	ClientNameType     = &Shape{Name: "ClientNameType", Kind: String, Min: 1, Max: 128, Pattern: charclass.ClientName}
	ClientIDType       = &Shape{Name: "ClientIdType", Kind: String, Min: 1, Max: 128, Pattern: charclass.WordPlus, Sensitive: true}
	ClientSecretType   = &Shape{Name: "ClientSecretType", Kind: String, Min: 24, Max: 64, Pattern: charclass.WordPlus, Sensitive: true}
	ClientPermission   = &Shape{Name: "ClientPermissionType", Kind: String, Min: 1, Max: 2048}
	ProviderNameType   = &Shape{Name: "ProviderNameType", Kind: String, Min: 1, Max: 32, Pattern: charclass.ProviderName}
	RedirectURLType    = &Shape{Name: "RedirectUrlType", Kind: String, Min: 1, Max: 1024, Pattern: charclass.RedirectURL}
	ScopeType          = &Shape{Name: "ScopeType", Kind: String, Min: 1, Max: 256, Pattern: charclass.Scope}
	HexStringType      = &Shape{Name: "HexStringType", Kind: String, Min: NoLimit, Max: NoLimit, Pattern: charclass.Hex}
	ARNType            = &Shape{Name: "ArnType", Kind: String, Min: 20, Max: 2048, Pattern: charclass.ARN}
	StringType         = &Shape{Name: "StringType", Kind: String, Min: 0, Max: 131072}
	RefreshTokenValid  = &Shape{Name: "RefreshTokenValidityType", Kind: Integer, Min: 0, Max: 315360000}
	AccessTokenValid   = &Shape{Name: "AccessTokenValidityType", Kind: Integer, Min: 1, Max: 86400}
	IDTokenValid       = &Shape{Name: "IdTokenValidityType", Kind: Integer, Min: 1, Max: 86400}
	AuthSessionValid   = &Shape{Name: "AuthSessionValidityType", Kind: Integer, Min: 3, Max: 15}
	RetryGracePeriod   = &Shape{Name: "RetryGracePeriodSecondsType", Kind: Integer, Min: 0, Max: 60}
	BooleanType        = &Shape{Name: "BooleanType", Kind: Boolean, Min: NoLimit, Max: NoLimit}
	WrappedBooleanType = &Shape{Name: "WrappedBooleanType", Kind: Boolean, Min: NoLimit, Max: NoLimit}
	GenerateSecretType = &Shape{Name: "GenerateSecret", Kind: Boolean, Min: NoLimit, Max: NoLimit}
	DateType           = &Shape{Name: "DateType", Kind: Timestamp, Min: NoLimit, Max: NoLimit}
)

// Enums. The values are case-sensitive, in model order.
var (
	TimeUnitsType = &Shape{Name: "TimeUnitsType", Kind: Enum, Min: NoLimit, Max: NoLimit,
		Enum: []string{"seconds", "minutes", "hours", "days"}}
	ExplicitAuthFlowsType = &Shape{Name: "ExplicitAuthFlowsType", Kind: Enum, Min: NoLimit, Max: NoLimit,
		Enum: []string{"ADMIN_NO_SRP_AUTH", "CUSTOM_AUTH_FLOW_ONLY", "USER_PASSWORD_AUTH",
			"ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_CUSTOM_AUTH", "ALLOW_USER_PASSWORD_AUTH",
			"ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_AUTH"}}
	OAuthFlowType = &Shape{Name: "OAuthFlowType", Kind: Enum, Min: NoLimit, Max: NoLimit,
		Enum: []string{"code", "implicit", "client_credentials"}}
	PreventUserExistenceErrorTypes = &Shape{Name: "PreventUserExistenceErrorTypes", Kind: Enum, Min: NoLimit, Max: NoLimit,
		Enum: []string{"LEGACY", "ENABLED"}}
	FeatureType = &Shape{Name: "FeatureType", Kind: Enum, Min: NoLimit, Max: NoLimit,
		Enum: []string{"ENABLED", "DISABLED"}}
)

// Lists.
var (
	ClientPermissionList   = &Shape{Name: "ClientPermissionListType", Kind: List, Min: NoLimit, Max: NoLimit, Item: ClientPermission}
	ExplicitAuthFlowsList  = &Shape{Name: "ExplicitAuthFlowsListType", Kind: List, Min: NoLimit, Max: NoLimit, Item: ExplicitAuthFlowsType}
	SupportedProvidersList = &Shape{Name: "SupportedIdentityProvidersListType", Kind: List, Min: NoLimit, Max: NoLimit, Item: ProviderNameType}
	CallbackURLsList       = &Shape{Name: "CallbackURLsListType", Kind: List, Min: 0, Max: 100, Item: RedirectURLType}
	LogoutURLsList         = &Shape{Name: "LogoutURLsListType", Kind: List, Min: 0, Max: 100, Item: RedirectURLType}
	OAuthFlowsList         = &Shape{Name: "OAuthFlowsType", Kind: List, Min: 0, Max: 3, Item: OAuthFlowType}
	ScopeList              = &Shape{Name: "ScopeListType", Kind: List, Min: 0, Max: 50, Item: ScopeType}
)

// Structures.
var (
	TokenValidityUnitsType = &Shape{Name: "TokenValidityUnitsType", Kind: Structure, Min: NoLimit, Max: NoLimit,
		Members: []Member{
			{Name: "AccessToken", Shape: TimeUnitsType},
			{Name: "IdToken", Shape: TimeUnitsType},
			{Name: "RefreshToken", Shape: TimeUnitsType},
		}}
	AnalyticsConfigurationType = &Shape{Name: "AnalyticsConfigurationType", Kind: Structure, Min: NoLimit, Max: NoLimit,
		Members: []Member{
			{Name: "ApplicationId", Shape: HexStringType},
			{Name: "ApplicationArn", Shape: ARNType},
			{Name: "RoleArn", Shape: ARNType},
			{Name: "ExternalId", Shape: StringType},
			{Name: "UserDataShared", Shape: BooleanType},
		}}
	RefreshTokenRotationType = &Shape{Name: "RefreshTokenRotationType", Kind: Structure, Min: NoLimit, Max: NoLimit,
		Members: []Member{
			{Name: "Feature", Shape: FeatureType, Required: true},
			{Name: "RetryGracePeriodSeconds", Shape: RetryGracePeriod},
		}}
)

// settingsTail are the twenty members that end all three roots, in model order.
func settingsTail() []Member {
	return []Member{
		{Name: "RefreshTokenValidity", Shape: RefreshTokenValid},
		{Name: "AccessTokenValidity", Shape: AccessTokenValid},
		{Name: "IdTokenValidity", Shape: IDTokenValid},
		{Name: "TokenValidityUnits", Shape: TokenValidityUnitsType},
		{Name: "ReadAttributes", Shape: ClientPermissionList},
		{Name: "WriteAttributes", Shape: ClientPermissionList},
		{Name: "ExplicitAuthFlows", Shape: ExplicitAuthFlowsList},
		{Name: "SupportedIdentityProviders", Shape: SupportedProvidersList},
		{Name: "CallbackURLs", Shape: CallbackURLsList},
		{Name: "LogoutURLs", Shape: LogoutURLsList},
		{Name: "DefaultRedirectURI", Shape: RedirectURLType},
		{Name: "AllowedOAuthFlows", Shape: OAuthFlowsList},
		{Name: "AllowedOAuthScopes", Shape: ScopeList},
		{Name: "AllowedOAuthFlowsUserPoolClient", Shape: BooleanType},
		{Name: "AnalyticsConfiguration", Shape: AnalyticsConfigurationType},
		{Name: "PreventUserExistenceErrors", Shape: PreventUserExistenceErrorTypes},
		{Name: "EnableTokenRevocation", Shape: WrappedBooleanType},
		{Name: "EnablePropagateAdditionalUserContextData", Shape: WrappedBooleanType},
		{Name: "AuthSessionValidity", Shape: AuthSessionValid},
		{Name: "RefreshTokenRotation", Shape: RefreshTokenRotationType},
	}
}

func join(head ...Member) []Member { return append(head, settingsTail()...) }

// The three roots, each with its members in model order.
var (
	CreateUserPoolClientRequest = &Shape{Name: "CreateUserPoolClientRequest", Kind: Structure, Min: NoLimit, Max: NoLimit,
		Members: join(
			Member{Name: "UserPoolId", Shape: UserPoolIDType, Required: true},
			Member{Name: "ClientName", Shape: ClientNameType, Required: true},
			Member{Name: "GenerateSecret", Shape: GenerateSecretType},
			Member{Name: "ClientSecret", Shape: ClientSecretType},
		)}
	UpdateUserPoolClientRequest = &Shape{Name: "UpdateUserPoolClientRequest", Kind: Structure, Min: NoLimit, Max: NoLimit,
		Members: join(
			Member{Name: "UserPoolId", Shape: UserPoolIDType, Required: true},
			Member{Name: "ClientId", Shape: ClientIDType, Required: true},
			Member{Name: "ClientName", Shape: ClientNameType},
		)}
	UserPoolClientType = &Shape{Name: "UserPoolClientType", Kind: Structure, Min: NoLimit, Max: NoLimit,
		Members: join(
			Member{Name: "UserPoolId", Shape: UserPoolIDType},
			Member{Name: "ClientName", Shape: ClientNameType},
			Member{Name: "ClientId", Shape: ClientIDType},
			Member{Name: "ClientSecret", Shape: ClientSecretType},
			Member{Name: "LastModifiedDate", Shape: DateType},
			Member{Name: "CreationDate", Shape: DateType},
		)}
)

// Roots are the three top-level shapes: the CreateUserPoolClient and
// UpdateUserPoolClient inputs and the UserPoolClientType they return.
func Roots() []*Shape {
	return []*Shape{CreateUserPoolClientRequest, UpdateUserPoolClientRequest, UserPoolClientType}
}

// Shapes lists every shape reachable from the roots, roots included, once each.
func Shapes() []*Shape {
	var out []*Shape
	seen := map[*Shape]bool{}
	var walk func(s *Shape)
	walk = func(s *Shape) {
		if s == nil || seen[s] {
			return
		}
		seen[s] = true
		out = append(out, s)
		walk(s.Item)
		for _, m := range s.Members {
			walk(m.Shape)
		}
	}
	for _, r := range Roots() {
		walk(r)
	}
	return out
}

// Lookup finds the member of s named exactly name.
func (s *Shape) Lookup(name string) (Member, bool) {
	for _, m := range s.Members {
		if m.Name == name {
			return m, true
		}
	}
	return Member{}, false
}
