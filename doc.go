// Package appclient checks and normalizes Amazon Cognito user pool app client
// configurations before they reach AWS.
//
// See the client package for the typed shapes and Check.
package appclient
