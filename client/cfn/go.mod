module github.com/cognitokit/appclient/client/cfn

go 1.25.0

require github.com/cognitokit/appclient v0.0.0-20261202022751-c7ca1b37e9ff

require github.com/google/go-cmp v0.7.0
