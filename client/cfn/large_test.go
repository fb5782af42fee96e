package cfn_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

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

// TestLarge checks that a large template is read in reasonable time: 64
// cases of 2,000 items.
func TestLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("large")
	}
	start := time.Now()
	rep := cfn.Check(largeTemplate(2000), cfn.Options{})
	if len(rep.Results) != 1 || rep.Results[0].Cases != 64 {
		t.Fatalf("want one result of 64 cases, got %+v", rep.Results)
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("Check took %v", d)
	}
}

func BenchmarkCheckLarge(b *testing.B) {
	data := largeTemplate(500)
	for b.Loop() {
		cfn.Check(data, cfn.Options{})
	}
}
