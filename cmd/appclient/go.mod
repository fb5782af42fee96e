module github.com/cognitokit/appclient/cmd/appclient

go 1.25.0

require (
	github.com/cognitokit/appclient v0.0.0-20261202065736-3b5d94958a63
	github.com/cognitokit/appclient/client/cfn v0.0.0-20261202065743-cf95a71e2dba
	github.com/google/go-cmp v0.7.0
	pgregory.net/rapid v1.3.0
)

require go.yaml.in/yaml/v3 v3.0.6 // indirect
