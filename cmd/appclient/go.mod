module github.com/cognitokit/appclient/cmd/appclient

go 1.25.0

require (
	github.com/cognitokit/appclient v0.0.0-20261202033144-c9a7eca27abe // indirect
	github.com/cognitokit/appclient/client/cfn v0.0.0-20261202033144-c9a7eca27abe // indirect
	github.com/google/go-cmp v0.7.0 // indirect
)
