package cfn

import "strings"

// propKind is a property's schema type.
type propKind uint8

const (
	pString propKind = iota + 1
	pInt
	pBool
	pList   // a list of strings
	pObject // a structure; its members are in fields
)

func (k propKind) String() string {
	switch k {
	case pString:
		return "a string"
	case pInt:
		return "an integer"
	case pBool:
		return "a boolean"
	case pList:
		return "a list of strings"
	}
	return "a map"
}

// prop is one property of AWS::Cognito::UserPoolClient, or one member of
// a structure property, as the resource schema types it. Names are the API
// members' names.
type prop struct {
	name   string
	kind   propKind
	fields []prop
}

// props are the 23 settable properties, in the resource schema's order. The
// table is never changed.
var props = []prop{
	{name: "AccessTokenValidity", kind: pInt},
	{name: "AllowedOAuthFlows", kind: pList},
	{name: "AllowedOAuthFlowsUserPoolClient", kind: pBool},
	{name: "AllowedOAuthScopes", kind: pList},
	{name: "AnalyticsConfiguration", kind: pObject, fields: []prop{
		{name: "ApplicationArn", kind: pString},
		{name: "ApplicationId", kind: pString},
		{name: "ExternalId", kind: pString},
		{name: "RoleArn", kind: pString},
		{name: "UserDataShared", kind: pBool},
	}},
	{name: "AuthSessionValidity", kind: pInt},
	{name: "CallbackURLs", kind: pList},
	{name: "ClientName", kind: pString},
	{name: "DefaultRedirectURI", kind: pString},
	{name: "EnablePropagateAdditionalUserContextData", kind: pBool},
	{name: "EnableTokenRevocation", kind: pBool},
	{name: "ExplicitAuthFlows", kind: pList},
	{name: "GenerateSecret", kind: pBool},
	{name: "IdTokenValidity", kind: pInt},
	{name: "LogoutURLs", kind: pList},
	{name: "PreventUserExistenceErrors", kind: pString},
	{name: "ReadAttributes", kind: pList},
	{name: "RefreshTokenRotation", kind: pObject, fields: []prop{
		{name: "Feature", kind: pString},
		{name: "RetryGracePeriodSeconds", kind: pInt},
	}},
	{name: "RefreshTokenValidity", kind: pInt},
	{name: "SupportedIdentityProviders", kind: pList},
	{name: "TokenValidityUnits", kind: pObject, fields: []prop{
		{name: "AccessToken", kind: pString},
		{name: "IdToken", kind: pString},
		{name: "RefreshToken", kind: pString},
	}},
	{name: "UserPoolId", kind: pString},
	{name: "WriteAttributes", kind: pList},
}

// readOnly are the schema's read-only properties: never settable.
var readOnly = []string{"ClientSecret", "ClientId", "Name"}

func lookupIn(list []prop, name string) *prop {
	for i := range list {
		if list[i].name == name {
			return &list[i]
		}
	}
	return nil
}

// lookupProp returns the property named name, or nil.
func lookupProp(name string) *prop { return lookupIn(props, name) }

// suggest returns the name in list nearest to name: one that differs only
// in case, or within an edit distance of 2; "" when there is none.
func suggest(list []prop, name string) string {
	best, bestD := "", 3
	for _, p := range list {
		if strings.EqualFold(p.name, name) {
			return p.name
		}
		if d := distance(strings.ToLower(p.name), strings.ToLower(name)); d < bestD {
			best, bestD = p.name, d
		}
	}
	return best
}

// distance is the Levenshtein distance between a and b, in bytes, capped
// for long inputs.
func distance(a, b string) int {
	if len(a) > 64 || len(b) > 64 {
		if a == b {
			return 0
		}
		return 99
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			c = min(c, prev[j]+1, cur[j-1]+1)
			cur[j] = c
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
