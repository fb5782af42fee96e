// Command appclientvet checks the Amazon Cognito app client configurations
// that Go code writes as AWS SDK for Go v2 literals
// (cognitoidentityprovider.CreateUserPoolClientInput and
// UpdateUserPoolClientInput), with appclient's rules. Run it alone on
// packages, or under go vet:
//
//	go install github.com/cognitokit/appclient/cmd/appclientvet@latest
//	go vet -vettool=$(which appclientvet) ./...
//
// The flag -warnings=false reports errors only. See package
// github.com/cognitokit/appclient/cmd/appclientvet/appclientvet for what it
// evaluates.
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/cognitokit/appclient/cmd/appclientvet/appclientvet"
)

func main() { singlechecker.Main(appclientvet.Analyzer) }
