module github.com/cognitokit/appclient/client/internal/peerbench

go 1.25.0

require (
	github.com/cognitokit/appclient v0.0.0-20261202065736-3b5d94958a63
	github.com/go-playground/validator/v10 v10.30.4
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
)

require (
	github.com/gabriel-vasile/mimetype v1.4.15 // indirect
	github.com/go-playground/locales v0.14.1 // indirect
	github.com/go-playground/universal-translator v0.18.1 // indirect
	github.com/leodido/go-urn v1.5.0 // indirect
	golang.org/x/crypto v0.55.0 // indirect
	golang.org/x/sys v0.47.0 // indirect
	golang.org/x/text v0.41.0 // indirect
)
