// Command appclient validates Amazon Cognito user pool app client
// configurations before they reach AWS.
//
// Usage:
//
//	appclient validate [--format text|json|sarif] [--op auto|create|update|describe]
//	                   [--pool FILE ...] [--parameters KEY=VALUE|FILE ...]
//	                   [--explain-skipped] [--max-bytes N] [FILE|DIR ...]
//	appclient normalize [--op auto|create|update|describe] [--max-bytes N] [FILE]
//	appclient diff [--format text|json] [--op-desired OP] [--op-current OP] [--max-bytes N] DESIRED CURRENT
//	appclient rules [--format text|markdown|json]
//	appclient help
//
// validate checks each FILE (standard input when there is none, or for "-"):
// a CreateUserPoolClient or UpdateUserPoolClient request as the AWS CLI's
// --cli-input-json takes it, or DescribeUserPoolClient output. --pool adds
// facts about the user pool (describe-user-pool, list-identity-providers or
// list-resource-servers output) and the rules that need them; --format sarif
// writes SARIF 2.1.0 with each result at the member's line and column.
// validate also reads CloudFormation, SAM and CDK templates (a DIR is a
// cdk.out folder): each AWS::Cognito::UserPoolClient is checked with what
// the template knows, and a value known only at deploy is never an error.
// normalize prints the canonical form of one configuration. diff prints the
// members whose effective values differ between two configurations. rules
// prints the rule catalogue. "appclient help" prints the details.
//
// validate exits 0 when no file has an error, 1 when some file has one, and
// 2 for usage errors or files that cannot be read; normalize exits 1 when
// its input has an error; diff exits 0 when the two are equal, 1 when they
// differ, and 2 when an input cannot be read or has errors.
package main

import (
	"os"

	"github.com/cognitokit/appclient/cmd/appclient/internal/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
