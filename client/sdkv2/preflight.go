package sdkv2

import (
	"context"
	"fmt"

	cip "github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider"
	"github.com/aws/smithy-go/middleware"

	"github.com/cognitokit/appclient/client"
)

// MiddlewareID is the ID of the pre-flight middleware in the Initialize step.
const MiddlewareID = "appclient.Preflight"

// Option configures Preflight.
type Option func(*config)

type config struct {
	failOnWarnings bool
	report         func(ctx context.Context, operation string, vs client.Violations)
}

// FailOnWarnings makes warnings fail the call too. By default only
// violations of severity client.Error stop a call; warnings (AWS accepts the
// request, but it is risky or depends on pool state) let it through.
func FailOnWarnings() Option {
	return func(c *config) { c.failOnWarnings = true }
}

// Report calls f with every non-empty result of Check, before the call is
// failed or let through: the place to log the warnings of calls that go on.
// operation is "CreateUserPoolClient" or "UpdateUserPoolClient". f may keep
// vs but must not change it: the failed call's error holds the same slice.
func Report(f func(ctx context.Context, operation string, vs client.Violations)) Option {
	return func(c *config) { c.report = f }
}

// Preflight returns a stack option for cognitoidentityprovider.Options.APIOptions
// that checks CreateUserPoolClient and UpdateUserPoolClient inputs with
// client's Check before anything is sent. When Check finds an error (or, with
// FailOnWarnings, any violation) the call fails with an error from which
// errors.As extracts the client.Violations; no request is built, signed or
// sent, and no retry is made. Every other operation passes through untouched.
//
// The middleware checks what the SDK would send: members the SDK holds as
// plain values are absent when they are zero (see the package
// documentation).
//
// Adding Preflight again, for example per call on a client that already has
// it, replaces the earlier one, so the last options win.
func Preflight(opts ...Option) func(*middleware.Stack) error {
	var c config
	for _, o := range opts {
		o(&c)
	}
	return func(stack *middleware.Stack) error {
		m := &preflight{config: c}
		if _, ok := stack.Initialize.Get(MiddlewareID); ok {
			_, err := stack.Initialize.Swap(MiddlewareID, m)
			return err
		}
		// Before: first in the Initialize step, so that our findings, which
		// include the required members, come ahead of the SDK's own
		// parameter validation.
		return stack.Initialize.Add(m, middleware.Before)
	}
}

// WithPreflight returns a function for cognitoidentityprovider.NewFromConfig
// or for a single call that appends Preflight(opts...) to APIOptions:
//
//	svc := cognitoidentityprovider.NewFromConfig(cfg, sdkv2.WithPreflight())
func WithPreflight(opts ...Option) func(*cip.Options) {
	mw := Preflight(opts...)
	return func(o *cip.Options) { o.APIOptions = append(o.APIOptions, mw) }
}

type preflight struct{ config }

func (*preflight) ID() string { return MiddlewareID }

func (m *preflight) HandleInitialize(ctx context.Context, in middleware.InitializeInput, next middleware.InitializeHandler) (
	middleware.InitializeOutput, middleware.Metadata, error,
) {
	var (
		op string
		vs client.Violations
	)
	switch p := in.Parameters.(type) {
	case *cip.CreateUserPoolClientInput:
		r := FromCreateInput(p)
		op, vs = "CreateUserPoolClient", r.Check()
	case *cip.UpdateUserPoolClientInput:
		r := FromUpdateInput(p)
		op, vs = "UpdateUserPoolClient", r.Check()
	default:
		return next.HandleInitialize(ctx, in)
	}
	if len(vs) > 0 && m.report != nil {
		m.report(ctx, op, vs)
	}
	if vs.HasErrors() || (m.failOnWarnings && len(vs) > 0) {
		return middleware.InitializeOutput{}, middleware.Metadata{}, &preflightError{vs: vs}
	}
	return next.HandleInitialize(ctx, in)
}

// preflightError says that the request was not sent, and unwraps to the
// violations.
type preflightError struct{ vs client.Violations }

func (e *preflightError) Error() string {
	return fmt.Sprintf("appclient pre-flight check failed, request not sent:\n%s", e.vs.Error())
}

func (e *preflightError) Unwrap() error { return e.vs }
