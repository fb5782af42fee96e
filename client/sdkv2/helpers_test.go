package sdkv2_test

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"slices"
	"strings"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	cip "github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider"
)

// recorder is an HTTP client for the SDK that records the operation of every
// request (from X-Amz-Target) and, when next is nil, answers each with an
// empty JSON object instead of reaching the network.
type recorder struct {
	next aws.HTTPClient

	mu  sync.Mutex
	ops []string
}

func (r *recorder) Do(req *http.Request) (*http.Response, error) {
	target := req.Header.Get("X-Amz-Target")
	r.mu.Lock()
	r.ops = append(r.ops, strings.TrimPrefix(target, "AWSCognitoIdentityProviderService."))
	r.mu.Unlock()
	if r.next != nil {
		return r.next.Do(req)
	}
	if req.Body != nil {
		io.Copy(io.Discard, req.Body)
		req.Body.Close()
	}
	return &http.Response{
		StatusCode: http.StatusOK,
		Header:     http.Header{"Content-Type": {"application/x-amz-json-1.1"}},
		Body:       io.NopCloser(bytes.NewReader([]byte(`{}`))),
		Request:    req,
	}, nil
}

// sent returns the operations of the requests made so far.
func (r *recorder) sent() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.ops)
}

// newService returns a Cognito client whose requests go to rec, with the
// given options applied.
func newService(rec *recorder, optFns ...func(*cip.Options)) *cip.Client {
	cfg := aws.Config{
		Region:      "us-east-1",
		Credentials: credentials.NewStaticCredentialsProvider("test", "test", ""),
		HTTPClient:  rec,
	}
	return cip.NewFromConfig(cfg, optFns...)
}

// refuseNetwork is an HTTP client that fails every request: in the examples
// it shows that nothing is sent.
type refuseNetwork struct{}

func (refuseNetwork) Do(*http.Request) (*http.Response, error) {
	return nil, errors.New("this example sends no request")
}
