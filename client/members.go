package client

import "strings"

// memberSet is a set of top-level members, one bit each: the first element
// of a member path ("TokenValidityUnits" for "TokenValidityUnits.IdToken").
type memberSet uint32

// The bits of the top-level members that a pass holds: the shared members
// and the create request's own.
const (
	mUserPoolID memberSet = 1 << iota
	mClientName
	mGenerateSecret
	mClientSecret
	mRefreshTokenValidity
	mAccessTokenValidity
	mIDTokenValidity
	mTokenValidityUnits
	mReadAttributes
	mWriteAttributes
	mExplicitAuthFlows
	mSupportedIdentityProviders
	mCallbackURLs
	mLogoutURLs
	mDefaultRedirectURI
	mAllowedOAuthFlows
	mAllowedOAuthScopes
	mAllowedOAuthFlowsUserPoolClient
	mAnalyticsConfiguration
	mPreventUserExistenceErrors
	mEnableTokenRevocation
	mEnablePropagateAdditionalUserContextData
	mAuthSessionValidity
	mRefreshTokenRotation

	// always is in every set present returns, so that a rule whose
	// applies entry has it is never skipped.
	always memberSet = 1 << 31

	// everyMember stands for a member that has no bit: a rule that reads
	// one is never skipped.
	everyMember memberSet = 1<<32 - 1
)

// memberBits maps each top-level member's wire name to its bit.
var memberBits = map[string]memberSet{
	"UserPoolId":                               mUserPoolID,
	"ClientName":                               mClientName,
	"GenerateSecret":                           mGenerateSecret,
	"ClientSecret":                             mClientSecret,
	"RefreshTokenValidity":                     mRefreshTokenValidity,
	"AccessTokenValidity":                      mAccessTokenValidity,
	"IdTokenValidity":                          mIDTokenValidity,
	"TokenValidityUnits":                       mTokenValidityUnits,
	"ReadAttributes":                           mReadAttributes,
	"WriteAttributes":                          mWriteAttributes,
	"ExplicitAuthFlows":                        mExplicitAuthFlows,
	"SupportedIdentityProviders":               mSupportedIdentityProviders,
	"CallbackURLs":                             mCallbackURLs,
	"LogoutURLs":                               mLogoutURLs,
	"DefaultRedirectURI":                       mDefaultRedirectURI,
	"AllowedOAuthFlows":                        mAllowedOAuthFlows,
	"AllowedOAuthScopes":                       mAllowedOAuthScopes,
	"AllowedOAuthFlowsUserPoolClient":          mAllowedOAuthFlowsUserPoolClient,
	"AnalyticsConfiguration":                   mAnalyticsConfiguration,
	"PreventUserExistenceErrors":               mPreventUserExistenceErrors,
	"EnableTokenRevocation":                    mEnableTokenRevocation,
	"EnablePropagateAdditionalUserContextData": mEnablePropagateAdditionalUserContextData,
	"AuthSessionValidity":                      mAuthSessionValidity,
	"RefreshTokenRotation":                     mRefreshTokenRotation,
}

// membersOf returns the top-level members that the paths name. A nil list
// (the json and model rules) or a member without a bit gives everyMember.
func membersOf(paths []string) memberSet {
	if paths == nil {
		return everyMember
	}
	var m memberSet
	for _, path := range paths {
		top, _, _ := strings.Cut(path, ".")
		bit, ok := memberBits[top]
		if !ok {
			return everyMember
		}
		m |= bit
	}
	return m
}

// present returns the top-level members that p's input has.
func (p *pass) present() memberSet {
	m := always
	set := func(bit memberSet, present bool) {
		if present {
			m |= bit
		}
	}
	s := &p.Settings
	set(mUserPoolID, s.UserPoolID != nil)
	set(mClientName, s.ClientName != nil)
	set(mGenerateSecret, p.generateSecret != nil)
	set(mClientSecret, p.clientSecret != nil)
	set(mRefreshTokenValidity, s.RefreshTokenValidity != nil)
	set(mAccessTokenValidity, s.AccessTokenValidity != nil)
	set(mIDTokenValidity, s.IDTokenValidity != nil)
	set(mTokenValidityUnits, s.TokenValidityUnits != nil)
	set(mReadAttributes, s.ReadAttributes != nil)
	set(mWriteAttributes, s.WriteAttributes != nil)
	set(mExplicitAuthFlows, s.ExplicitAuthFlows != nil)
	set(mSupportedIdentityProviders, s.SupportedIdentityProviders != nil)
	set(mCallbackURLs, s.CallbackURLs != nil)
	set(mLogoutURLs, s.LogoutURLs != nil)
	set(mDefaultRedirectURI, s.DefaultRedirectURI != nil)
	set(mAllowedOAuthFlows, s.AllowedOAuthFlows != nil)
	set(mAllowedOAuthScopes, s.AllowedOAuthScopes != nil)
	set(mAllowedOAuthFlowsUserPoolClient, s.AllowedOAuthFlowsUserPoolClient != nil)
	set(mAnalyticsConfiguration, s.AnalyticsConfiguration != nil)
	set(mPreventUserExistenceErrors, s.PreventUserExistenceErrors != nil)
	set(mEnableTokenRevocation, s.EnableTokenRevocation != nil)
	set(mEnablePropagateAdditionalUserContextData, s.EnablePropagateAdditionalUserContextData != nil)
	set(mAuthSessionValidity, s.AuthSessionValidity != nil)
	set(mRefreshTokenRotation, s.RefreshTokenRotation != nil)
	return m
}
