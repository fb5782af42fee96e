package cfn

import (
	"testing"

	"github.com/cognitokit/appclient/client"
	"github.com/google/go-cmp/cmp"
)

// prepareOne reads a template with one client and returns its prepared
// cases.
func prepareOne(t *testing.T, src string, opts Options) *prepared {
	t.Helper()
	root, err := parse([]byte(src))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	tm := newTemplate(root, opts)
	for _, pair := range tm.resources.Pairs {
		if typeOf(pair.Value) == clientType {
			return tm.prepare(pair)
		}
	}
	t.Fatal("no client")
	return nil
}

func TestCases(t *testing.T) {
	tests := []struct {
		name string
		src  string
		opts Options
		want []client.Case
	}{
		{
			name: "literal with pool ref",
			src: `{"Resources": {"Pool": {"Type": "AWS::Cognito::UserPool"},
				"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {
					"UserPoolId": {"Ref": "Pool"}, "AccessTokenValidity": "60", "GenerateSecret": "True",
					"CallbackURLs": ["https://a.example", {"Ref": "AWS::NoValue"}, {"Fn::Sub": "https://${AWS::Region}.example/cb"}]}}}}`,
			want: []client.Case{{
				Create: &client.CreateRequest{
					Settings: client.Settings{
						UserPoolID:          client.Ptr("us-east-1_TemplatePool"), // a pool of the template: valid by construction
						ClientName:          client.Ptr("cfn-generated"),
						AccessTokenValidity: client.Ptr(int32(60)),
						CallbackURLs:        []string{"https://a.example", "https://.example/cb"},
					},
					GenerateSecret: client.Ptr(true),
				},
				Pool:   &client.Pool{Attributes: poolAttributes(nil), IdentityProviders: []string{}, ResourceServers: []client.ResourceServer{}},
				Partly: []client.Partly{{Path: "CallbackURLs[1]", Pieces: []client.Piece{{Text: "https://"}, {Hole: "${AWS::Region}"}, {Text: ".example/cb"}}}},
			}},
		},
		{
			name: "parameter default and allowed values",
			src: `{"Parameters": {"Host": {"Type": "String", "Default": "app.example"},
					"Unit": {"Type": "String", "AllowedValues": ["hours", "days"]}},
				"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {
					"UserPoolId": "us-east-1_abc", "ClientName": "x",
					"CallbackURLs": [{"Fn::Sub": "https://${Host}/cb"}],
					"TokenValidityUnits": {"AccessToken": {"Ref": "Unit"}}}}}}`,
			want: []client.Case{
				{
					Create: &client.CreateRequest{Settings: client.Settings{
						UserPoolID: client.Ptr("us-east-1_abc"), ClientName: client.Ptr("x"),
						CallbackURLs:       []string{"https://app.example/cb"},
						TokenValidityUnits: &client.TokenValidityUnits{AccessToken: client.Ptr("hours")},
					}},
					Assumes: []client.Assumption{
						{Text: "with parameter Host = app.example (its Default)", Paths: []string{"CallbackURLs[0]"}, Open: true},
						{Text: "with parameter Unit = hours", Paths: []string{"TokenValidityUnits.AccessToken"}},
					},
				},
				{
					Create: &client.CreateRequest{Settings: client.Settings{
						UserPoolID: client.Ptr("us-east-1_abc"), ClientName: client.Ptr("x"),
						CallbackURLs:       []string{"https://app.example/cb"},
						TokenValidityUnits: &client.TokenValidityUnits{AccessToken: client.Ptr("days")},
					}},
					Assumes: []client.Assumption{
						{Text: "with parameter Host = app.example (its Default)", Paths: []string{"CallbackURLs[0]"}, Open: true},
						{Text: "with parameter Unit = days", Paths: []string{"TokenValidityUnits.AccessToken"}},
					},
				},
			},
		},
		{
			name: "free condition",
			src: `{"Conditions": {"East": {"Fn::Equals": [{"Ref": "AWS::Region"}, "us-east-1"]}},
				"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {
					"UserPoolId": "us-east-1_abc", "ClientName": "x",
					"LogoutURLs": ["https://a.example", {"Fn::If": ["East", "http://b.example", {"Ref": "AWS::NoValue"}]}]}}}}`,
			want: []client.Case{
				{
					Create: &client.CreateRequest{Settings: client.Settings{
						UserPoolID: client.Ptr("us-east-1_abc"), ClientName: client.Ptr("x"),
						LogoutURLs: []string{"https://a.example", "http://b.example"},
					}},
					Assumes: []client.Assumption{{Text: "when condition East is true", Paths: []string{"LogoutURLs[1]"}}},
				},
				{
					Create: &client.CreateRequest{Settings: client.Settings{
						UserPoolID: client.Ptr("us-east-1_abc"), ClientName: client.Ptr("x"),
						LogoutURLs: []string{"https://a.example"},
					}},
					Assumes: []client.Assumption{{Text: "when condition East is false", Paths: []string{"LogoutURLs"}}},
				},
			},
		},
		{
			name: "region given",
			opts: Options{Parameters: map[string]string{"AWS::Region": "eu-west-1"}},
			src: `{"Conditions": {"East": {"Fn::Equals": [{"Ref": "AWS::Region"}, "us-east-1"]}},
				"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Condition": "East", "Properties": {
					"UserPoolId": "us-east-1_abc"}}}}`,
			want: nil,
		},
		{
			name: "idp ref and join",
			src: `{"Resources": {"G": {"Type": "AWS::Cognito::UserPoolIdentityProvider", "Properties": {"ProviderName": "Google"}},
				"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {
					"UserPoolId": {"Fn::ImportValue": "PoolId"},
					"SupportedIdentityProviders": [{"Ref": "G"}, "COGNITO"],
					"DefaultRedirectURI": {"Fn::Join": ["", ["https://", {"Fn::GetAtt": ["G", "X"]}, "/cb"]]}}}}}`,
			want: []client.Case{{
				Create: &client.CreateRequest{Settings: client.Settings{
					UserPoolID: client.Ptr(""), ClientName: client.Ptr("cfn-generated"),
					SupportedIdentityProviders: []string{"Google", "COGNITO"},
					DefaultRedirectURI:         client.Ptr("https:///cb"),
				}},
				Unknown: []client.Unknown{{Path: "UserPoolId", Reason: "Fn::ImportValue PoolId (another stack's export)"}},
				Partly:  []client.Partly{{Path: "DefaultRedirectURI", Pieces: []client.Piece{{Text: "https://"}, {Hole: "(Fn::GetAtt G.X)"}, {Text: "/cb"}}}},
			}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := prepareOne(t, tt.src, tt.opts)
			if diff := cmp.Diff(tt.want, p.cases); diff != "" {
				t.Errorf("cases (-want +got):\n%s", diff)
			}
			for _, f := range p.r.Findings {
				t.Errorf("unexpected finding %v", f)
			}
		})
	}
}

func TestSuggest(t *testing.T) {
	for in, want := range map[string]string{"CallbackUrls": "CallbackURLs", "callbackurls": "CallbackURLs", "AccessTokenValidty": "AccessTokenValidity", "Zzz": ""} {
		if got := suggest(props, in); got != want {
			t.Errorf("suggest(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAbsentUnderCondition(t *testing.T) {
	p := prepareOne(t, `{"Conditions": {"C": {"Fn::Equals": [{"Ref": "AWS::Region"}, "x"]}},
		"Resources": {"R": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {
			"UserPoolId": "us-east-1_abc", "ClientName": "n",
			"DefaultRedirectURI": {"Fn::If": ["C", "https://a.example", {"Ref": "AWS::NoValue"}]},
			"TokenValidityUnits": {"AccessToken": {"Fn::If": ["C", {"Ref": "AWS::NoValue"}, "days"]}}}}}}`, Options{})
	var got [][]client.Assumption
	for _, c := range p.cases {
		got = append(got, c.Assumes)
	}
	want := [][]client.Assumption{
		{{Text: "when condition C is true", Paths: []string{"DefaultRedirectURI", "TokenValidityUnits.AccessToken"}}},
		{{Text: "when condition C is false", Paths: []string{"DefaultRedirectURI", "TokenValidityUnits.AccessToken"}}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("assumptions (-want +got):\n%s", diff)
	}
}

func TestListParameterAssumption(t *testing.T) {
	p := prepareOne(t, `{"Parameters": {"Cbs": {"Type": "CommaDelimitedList", "Default": "https://a.example, https://b.example"}},
		"Resources": {"R": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {
			"UserPoolId": "us-east-1_abc", "ClientName": "n", "CallbackURLs": {"Ref": "Cbs"}}}}}`, Options{})
	want := []client.Case{{
		Create: &client.CreateRequest{Settings: client.Settings{
			UserPoolID: client.Ptr("us-east-1_abc"), ClientName: client.Ptr("n"),
			CallbackURLs: []string{"https://a.example", "https://b.example"},
		}},
		Assumes: []client.Assumption{{Text: "with parameter Cbs = https://a.example, https://b.example (its Default)", Paths: []string{"CallbackURLs"}, Open: true}},
	}}
	if diff := cmp.Diff(want, p.cases); diff != "" {
		t.Errorf("cases (-want +got):\n%s", diff)
	}
}
