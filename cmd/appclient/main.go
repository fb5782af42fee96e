// Command appclient validates Amazon Cognito user pool app client
// configurations before they reach AWS.
//
// Usage:
//
//	appclient validate [--format text|json] [--op auto|create|update|describe] [FILE ...]
//	appclient rules [--format text|markdown|json]
//	appclient help
//
// validate exits 0 when no file has an error, 1 when some file has one, and
// 2 for usage errors or files that cannot be read.
package main

import (
	"os"

	"github.com/cognitokit/appclient/internal/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
