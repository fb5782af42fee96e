package cfn_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/cognitokit/appclient/client/cfn"
)

// largeTemplate has one client with n callback URLs, each under one of six
// conditions that depend on the region: 64 cases of n items.
func largeTemplate(n int) []byte {
	var b strings.Builder
	b.WriteString("Conditions:\n")
	for i := 0; i < 6; i++ {
		fmt.Fprintf(&b, "  C%d: !Equals [!Ref \"AWS::Region\", r%d]\n", i, i)
	}
	b.WriteString("Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: us-east-1_abc\n      CallbackURLs:\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "        - !If [C%d, \"https://a%d.example.com/cb\", !Ref \"AWS::NoValue\"]\n", i%6, i)
	}
	return []byte(b.String())
}

// TestLarge: a large template, 64 cases of 2,000 items, is read whole.
// (How fast is for the benchmarks to say: BenchmarkCheckLarge,
// BenchmarkCheckClients.)
func TestLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("large")
	}
	rep := cfn.Check(largeTemplate(2000), cfn.Options{})
	if len(rep.Results) != 1 || rep.Results[0].Cases != 64 {
		t.Fatalf("want one result of 64 cases, got %+v", rep.Results)
	}
}

func BenchmarkCheckLarge(b *testing.B) {
	data := largeTemplate(500)
	for b.Loop() {
		cfn.Check(data, cfn.Options{})
	}
}

// clientsTemplate is a template with a pool, a resource server, a
// parameter and n app clients, each like the web client of
// testdata/examples/cloudformation/auth.yaml: the size a platform team's
// template reaches.
func clientsTemplate(n int) []byte {
	var b strings.Builder
	b.WriteString(`AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Domain: {Type: String, Default: app.example.com}
Resources:
  Pool:
    Type: AWS::Cognito::UserPool
    Properties:
      UserPoolTier: ESSENTIALS
      Schema: [{Name: email, Required: true, Mutable: true}]
  Api:
    Type: AWS::Cognito::UserPoolResourceServer
    Properties: {UserPoolId: !Ref Pool, Identifier: api, Name: API, Scopes: [{ScopeName: read, ScopeDescription: r}]}
`)
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `  Client%d:
    Type: AWS::Cognito::UserPoolClient
    Properties:
      UserPoolId: !Ref Pool
      ClientName: client-%d
      AllowedOAuthFlowsUserPoolClient: true
      AllowedOAuthFlows: [code]
      AllowedOAuthScopes: [openid, email, api/read]
      CallbackURLs: [!Sub "https://${Domain}/cb/%d", "https://app.example.com/cb"]
      LogoutURLs: ["https://app.example.com/"]
      SupportedIdentityProviders: [COGNITO]
      AccessTokenValidity: 60
      TokenValidityUnits: {AccessToken: minutes}
      WriteAttributes: [email, name]
      PreventUserExistenceErrors: ENABLED
      EnableTokenRevocation: true
      ExplicitAuthFlows: [ALLOW_USER_SRP_AUTH, ALLOW_REFRESH_TOKEN_AUTH]
`, i, i, i)
	}
	return []byte(b.String())
}

// BenchmarkCheckClients reads templates of 1, 10, 100 and 1,000 clients:
// the time per client should stay flat (linear in the template's size).
func BenchmarkCheckClients(b *testing.B) {
	for _, n := range []int{1, 10, 100, 1000} {
		data := clientsTemplate(n)
		b.Run(fmt.Sprintf("clients=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if rep := cfn.Check(data, cfn.Options{}); len(rep.Results) != n {
					b.Fatalf("%d results, want %d", len(rep.Results), n)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/client")
		})
	}
}

// BenchmarkCheckCDK reads the CDK app's synthesized template (JSON, seven
// clients, a pool, a resource server and an identity provider).
func BenchmarkCheckCDK(b *testing.B) {
	data, err := os.ReadFile("testdata/cdk/cdk.out.golden/Auth.template.json")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		cfn.Check(data, cfn.Options{})
	}
}
