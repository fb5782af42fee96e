package sdkv2_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	cip "github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider"
	"github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider/types"
	"github.com/aws/smithy-go"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/sdkv2"
)

const poolID = "us-east-1_Ab12Cd34E"

// ignoreMessage compares violations by path, rule and severity: the
// messages belong to package client and are tested there.
var ignoreMessage = cmpopts.IgnoreFields(client.Violation{}, "Message")

func validCreate() *cip.CreateUserPoolClientInput {
	return &cip.CreateUserPoolClientInput{
		UserPoolId:                 aws.String(poolID),
		ClientName:                 aws.String("web"),
		PreventUserExistenceErrors: types.PreventUserExistenceErrorTypesEnabled,
	}
}

func TestPreflight(t *testing.T) {
	passwordFlow := validCreate()
	passwordFlow.ExplicitAuthFlows = []types.ExplicitAuthFlowsType{
		types.ExplicitAuthFlowsTypeAllowUserPasswordAuth, types.ExplicitAuthFlowsTypeAllowRefreshTokenAuth,
	}
	fragment := validCreate()
	fragment.AllowedOAuthFlowsUserPoolClient = true
	fragment.AllowedOAuthFlows = []types.OAuthFlowType{types.OAuthFlowTypeCode}
	fragment.AllowedOAuthScopes = []string{"openid"}
	fragment.CallbackURLs = []string{"http://app.example.com/callback#done"}

	warning := client.Violations{
		{Path: "ExplicitAuthFlows[0]", Rule: "flows.password", Severity: client.Warning},
	}
	tests := []struct {
		name string
		opts []sdkv2.Option
		call func(context.Context, *cip.Client) error
		want client.Violations // nil: the call goes through
		sent []string
	}{{
		name: "valid create is sent",
		call: func(ctx context.Context, c *cip.Client) error {
			_, err := c.CreateUserPoolClient(ctx, validCreate())
			return err
		},
		sent: []string{"CreateUserPoolClient"},
	}, {
		name: "invalid create is not sent",
		call: func(ctx context.Context, c *cip.Client) error {
			_, err := c.CreateUserPoolClient(ctx, fragment)
			return err
		},
		want: client.Violations{
			{Path: "CallbackURLs[0]", Rule: "urls.fragment", Severity: client.Error},
		},
	}, {
		name: "required members come from us, before the SDK's validation",
		call: func(ctx context.Context, c *cip.Client) error {
			_, err := c.CreateUserPoolClient(ctx, &cip.CreateUserPoolClientInput{
				PreventUserExistenceErrors: types.PreventUserExistenceErrorTypesEnabled,
			})
			return err
		},
		want: client.Violations{
			{Path: "UserPoolId", Rule: "model.required", Severity: client.Error},
			{Path: "ClientName", Rule: "model.required", Severity: client.Error},
		},
	}, {
		name: "warnings do not fail the call by default",
		call: func(ctx context.Context, c *cip.Client) error {
			_, err := c.CreateUserPoolClient(ctx, passwordFlow)
			return err
		},
		sent: []string{"CreateUserPoolClient"},
	}, {
		name: "FailOnWarnings fails it",
		opts: []sdkv2.Option{sdkv2.FailOnWarnings()},
		call: func(ctx context.Context, c *cip.Client) error {
			_, err := c.CreateUserPoolClient(ctx, passwordFlow)
			return err
		},
		want: warning,
	}, {
		name: "valid update is sent",
		call: func(ctx context.Context, c *cip.Client) error {
			_, err := c.UpdateUserPoolClient(ctx, &cip.UpdateUserPoolClientInput{
				UserPoolId:                 aws.String(poolID),
				ClientId:                   aws.String("1example23456789"),
				PreventUserExistenceErrors: types.PreventUserExistenceErrorTypesEnabled,
			})
			return err
		},
		sent: []string{"UpdateUserPoolClient"},
	}, {
		name: "invalid update is not sent",
		call: func(ctx context.Context, c *cip.Client) error {
			_, err := c.UpdateUserPoolClient(ctx, &cip.UpdateUserPoolClientInput{
				UserPoolId:                 aws.String(poolID),
				ClientId:                   aws.String("1example23456789"),
				PreventUserExistenceErrors: types.PreventUserExistenceErrorTypesEnabled,
				AuthSessionValidity:        aws.Int32(16),
			})
			return err
		},
		want: client.Violations{
			{Path: "AuthSessionValidity", Rule: "model.range", Severity: client.Error},
		},
	}, {
		name: "other operations pass through",
		opts: []sdkv2.Option{sdkv2.FailOnWarnings()},
		call: func(ctx context.Context, c *cip.Client) error {
			_, err := c.ListUserPoolClients(ctx, &cip.ListUserPoolClientsInput{UserPoolId: aws.String(poolID)})
			return err
		},
		sent: []string{"ListUserPoolClients"},
	}, {
		name: "the SDK's own validation still runs on other operations",
		call: func(ctx context.Context, c *cip.Client) error {
			_, err := c.DescribeUserPoolClient(ctx, &cip.DescribeUserPoolClientInput{})
			var invalid smithy.InvalidParamsError
			if !errors.As(err, &invalid) {
				return errors.New("want the SDK's InvalidParamsError, got " + errString(err))
			}
			return nil
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := &recorder{}
			svc := newService(rec, sdkv2.WithPreflight(tt.opts...))
			err := tt.call(t.Context(), svc)

			var got client.Violations
			if err != nil && !errors.As(err, &got) {
				t.Fatalf("call failed with %v; want no error or client.Violations", err)
			}
			if diff := cmp.Diff(tt.want, got, ignoreMessage); diff != "" {
				t.Errorf("violations (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.sent, rec.sent()); diff != "" {
				t.Errorf("requests sent (-want +got):\n%s", diff)
			}
		})
	}
}

func errString(err error) string {
	if err == nil {
		return "nil"
	}
	return err.Error()
}

// TestPreflightError shows how the SDK presents a stopped call: an
// *smithy.OperationError that names the operation and unwraps to the
// violations.
func TestPreflightError(t *testing.T) {
	in := validCreate()
	in.ClientName = aws.String("")
	rec := &recorder{}
	_, err := newService(rec, sdkv2.WithPreflight()).CreateUserPoolClient(t.Context(), in)

	var opErr *smithy.OperationError
	if !errors.As(err, &opErr) {
		t.Fatalf("error %T is not an *smithy.OperationError: %v", err, err)
	}
	if got, want := opErr.Operation(), "CreateUserPoolClient"; got != want {
		t.Errorf("Operation() = %q, want %q", got, want)
	}
	var vs client.Violations
	if !errors.As(err, &vs) {
		t.Fatalf("errors.As(err, *client.Violations) = false for %v", err)
	}
	for _, want := range []string{"pre-flight", "not sent", "ClientName: must not be empty [model.length]"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error text %q does not contain %q", err.Error(), want)
		}
	}
	if got := rec.sent(); len(got) != 0 {
		t.Errorf("requests sent: %q, want none", got)
	}
}

func TestReport(t *testing.T) {
	type report struct {
		Op string
		VS client.Violations
	}
	var got []report
	opt := sdkv2.Report(func(_ context.Context, op string, vs client.Violations) {
		got = append(got, report{op, vs})
	})
	in := validCreate()
	in.ExplicitAuthFlows = []types.ExplicitAuthFlowsType{
		types.ExplicitAuthFlowsTypeAllowUserPasswordAuth, types.ExplicitAuthFlowsTypeAllowRefreshTokenAuth,
	}
	rec := &recorder{}
	svc := newService(rec, sdkv2.WithPreflight(opt))
	if _, err := svc.CreateUserPoolClient(t.Context(), validCreate()); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.CreateUserPoolClient(t.Context(), in); err != nil {
		t.Fatal(err)
	}
	want := []report{{"CreateUserPoolClient", client.Violations{
		{Path: "ExplicitAuthFlows[0]", Rule: "flows.password", Severity: client.Warning},
	}}}
	if diff := cmp.Diff(want, got, ignoreMessage); diff != "" {
		t.Errorf("reports (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"CreateUserPoolClient", "CreateUserPoolClient"}, rec.sent()); diff != "" {
		t.Errorf("requests sent (-want +got):\n%s", diff)
	}
}

// TestPreflightTwice: options given per call replace the client's, instead
// of failing with a duplicate middleware ID.
func TestPreflightTwice(t *testing.T) {
	in := validCreate()
	in.ExplicitAuthFlows = []types.ExplicitAuthFlowsType{
		types.ExplicitAuthFlowsTypeAllowUserPasswordAuth, types.ExplicitAuthFlowsTypeAllowRefreshTokenAuth,
	}
	rec := &recorder{}
	svc := newService(rec, sdkv2.WithPreflight())
	if _, err := svc.CreateUserPoolClient(t.Context(), in); err != nil {
		t.Fatalf("with the client's options: %v", err)
	}
	_, err := svc.CreateUserPoolClient(t.Context(), in, sdkv2.WithPreflight(sdkv2.FailOnWarnings()))
	var vs client.Violations
	if !errors.As(err, &vs) {
		t.Fatalf("with FailOnWarnings per call: got %v, want client.Violations", err)
	}
	if diff := cmp.Diff([]string{"CreateUserPoolClient"}, rec.sent()); diff != "" {
		t.Errorf("requests sent (-want +got):\n%s", diff)
	}
}

// TestPreflightAPIOptions uses the stack option directly.
func TestPreflightAPIOptions(t *testing.T) {
	rec := &recorder{}
	svc := newService(rec, func(o *cip.Options) {
		o.APIOptions = append(o.APIOptions, sdkv2.Preflight())
	})
	in := validCreate()
	in.RefreshTokenRotation = &types.RefreshTokenRotationType{} // the SDK sends {}: Feature is missing
	_, err := svc.CreateUserPoolClient(t.Context(), in)
	var got client.Violations
	if !errors.As(err, &got) {
		t.Fatalf("got %v, want client.Violations", err)
	}
	want := client.Violations{{Path: "RefreshTokenRotation.Feature", Rule: "model.required", Severity: client.Error}}
	if diff := cmp.Diff(want, got, ignoreMessage); diff != "" {
		t.Errorf("violations (-want +got):\n%s", diff)
	}
	if got := rec.sent(); len(got) != 0 {
		t.Errorf("requests sent: %q, want none", got)
	}
}
