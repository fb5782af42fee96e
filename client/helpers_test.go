package client_test

import (
	"errors"

	"github.com/cognitokit/appclient/client"
)

func asViolations(err error, vs *client.Violations) bool { return errors.As(err, vs) }
