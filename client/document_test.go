package client_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cognitokit/appclient/client"
)

// positions renders where each violation of doc is, one line each:
// "LINE:COLUMN/UTF16COLUMN RULE PATH".
func positions(doc *client.Document) []string {
	var out []string
	for i, v := range doc.Violations {
		p := doc.Position(i)
		out = append(out, fmt.Sprintf("%d:%d/%d %s %s", p.Line, p.Column, p.UTF16Column, v.Rule, v.Path))
	}
	return out
}

func TestDecodeCheckDocument(t *testing.T) {
	const head = `"UserPoolId": "us-east-1_Ab12Cd34E", "ClientName": "web", "PreventUserExistenceErrors": "ENABLED"`
	tests := []struct {
		name string
		op   client.Op
		in   string
		want []string
	}{
		{"decoding and Check's findings", client.Auto,
			"{" + head + ",\n \"AccessTokenValidity\": \"60\",\n \"CallbackURLs\": [\"https://a.example.com/cb\", 5, \"http://b.example.com/cb\"]}",
			[]string{
				"2:2/2 json.type AccessTokenValidity",
				"3:47/47 json.type CallbackURLs[1]",
				"3:2/2 oauth.disabled-settings CallbackURLs",
				"3:50/50 urls.https CallbackURLs[2]",
			}},
		{"a missing member is at its enclosing object, or the document", client.Auto,
			"\n{\"UserPoolClient\": {\"ClientName\": \"web\",\n  \"RefreshTokenRotation\": {}}}",
			[]string{
				"3:3/3 model.required UserPoolClient.RefreshTokenRotation.Feature",
				"2:2/2 security.user-existence-errors UserPoolClient.PreventUserExistenceErrors",
			}},
		{"a bare describe object: the document", client.Describe, `{"ClientName": "web"}`,
			[]string{"1:1/1 security.user-existence-errors PreventUserExistenceErrors"}},
		{"columns in characters and in UTF-16 units", client.Auto,
			"{" + head + ", \"SupportedIdentityProviders\": [\"😀\", \"\"]}",
			[]string{"1:137/138 model.length SupportedIdentityProviders[1]"}},
		{"repeated members: each report where it was read, Check's at the value checked", client.Auto,
			"{" + head + ",\n\"AuthSessionValidity\": 1,\n\"AuthSessionValidity\": 2,\n\"AuthSessionValidity\": 16}",
			[]string{
				"3:1/1 json.duplicate-member AuthSessionValidity",
				"4:1/1 json.duplicate-member AuthSessionValidity",
				"4:1/1 model.range AuthSessionValidity",
			}},
		{"a count line is at its list", client.Auto,
			"{" + head + ",\n\"ReadAttributes\": [" + strings.Repeat("1,", 11) + "1]}",
			append(each(10, func(i int) string {
				return "2:" + strconv.Itoa(20+2*i) + "/" + strconv.Itoa(20+2*i) + " json.type ReadAttributes[" + strconv.Itoa(i) + "]"
			}), "2:1/1 json.type ReadAttributes"),
		},
		{"an unknown member is at its name", client.Auto,
			"{" + head + ",\r\"Callback\\u0055rls\": [],\r\"Bad\\u0000\": 1}",
			[]string{
				`2:1/1 json.unknown-member CallbackUrls`,
				`3:1/1 json.unknown-member "Bad\x00"`,
			}},
		{"syntax error after lone CRs", client.Auto,
			"{\r\"ClientName\": \"😀\",\r  \"UserPoolId\": tru}",
			[]string{"3:17/17 json.syntax UserPoolId"}},
		{"syntax error after CR LF", client.Auto,
			"{\r\n\"ClientName\": \"😀\", \"UserPoolId\": tru}",
			[]string{"2:34/35 json.syntax UserPoolId"}},
		{"an empty document", client.Auto, " \n ", []string{"1:1/1 json.syntax "}},
		{"not an object", client.Auto, "\n[1]", []string{
			"1:1/1 json.type ",
			"1:1/1 model.required UserPoolId",
			"1:1/1 model.required ClientName",
			"1:1/1 security.user-existence-errors PreventUserExistenceErrors",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := client.DecodeCheckDocument([]byte(tt.in), tt.op, nil)
			op, vs := client.DecodeCheckPool([]byte(tt.in), tt.op, nil)
			if diff := cmp.Diff(vs, doc.Violations); diff != "" || op != doc.Op {
				t.Errorf("DecodeCheckDocument read %v, DecodeCheckPool %v; violations (-want +got):\n%s", doc.Op, op, diff)
			}
			if diff := cmp.Diff(tt.want, positions(doc)); diff != "" {
				t.Errorf("positions (-want +got):\n%s", diff)
			}
		})
	}
}

func each(n int, f func(int) string) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = f(i)
	}
	return out
}

// TestDocumentPositionOutOfRange: an index that names no violation is the
// start of the document, not a panic.
func TestDocumentPositionOutOfRange(t *testing.T) {
	doc := client.DecodeCheckDocument([]byte(`{"ClientName": 5}`), client.Create, nil)
	want := client.Position{Offset: 0, Line: 1, Column: 1, UTF16Column: 1}
	for _, i := range []int{-1, len(doc.Violations), 1 << 30} {
		if got := doc.Position(i); got != want {
			t.Errorf("Position(%d) = %+v; want %+v", i, got, want)
		}
	}
}

// TestSyntaxErrorLineEnds: the text of a syntax error counts lines as SARIF
// and editors do, whatever ends them.
func TestSyntaxErrorLineEnds(t *testing.T) {
	for _, nl := range []string{"\n", "\r\n", "\r"} {
		in := strings.ReplaceAll("{\n  \"ClientName\": \"café\",\n  \"UserPoolId\": tru\n}", "\n", nl)
		_, vs := client.DecodeCheck([]byte(in), client.Create)
		want := client.Violations{syntax("UserPoolId", "malformed JSON at line 3, column 17: invalid character 't': expected true or false")}
		if diff := cmp.Diff(want, vs); diff != "" {
			t.Errorf("%q (-want +got):\n%s", nl, diff)
		}
	}
}

func ExampleDecodeCheckDocument() {
	data := []byte("{\n" +
		"  \"UserPoolId\": \"us-east-1_Ab12Cd34E\",\n" +
		"  \"ClientName\": \"web-app\",\n" +
		"  \"CallbackUrls\": [\"https://app.example.com/callback\"]\n" +
		"}")
	doc := client.DecodeCheckDocument(data, client.Auto, nil)
	for i, v := range doc.Violations {
		p := doc.Position(i)
		fmt.Printf("%d:%d: %s\n", p.Line, p.Column, v)
	}
	// Output:
	// 4:3: CallbackUrls: is not a member of CreateUserPoolClientRequest: did you mean "CallbackURLs"? (member names are case-sensitive) [json.unknown-member]
	// 1:1: PreventUserExistenceErrors: warning: is absent, so it is LEGACY: sign-in errors reveal whether a user exists; set it to ENABLED [security.user-existence-errors]
}

// TestDecodeCheckLeavesOutRepeats: Check's findings at a value that failed
// to decode, or inside it, are left out; the rest are kept.
func TestDecodeCheckLeavesOutRepeats(t *testing.T) {
	const head = `"UserPoolId": "us-east-1_Ab12Cd34E", "ClientName": "web", "PreventUserExistenceErrors": "ENABLED", `
	unknown := strings.Repeat(`"x": 1, `, 11) // one more than are listed: a count line
	tests := []struct {
		name string
		in   string
		want []string // "RULE PATH"
	}{
		{"an item of the wrong type, not its siblings",
			`{` + head + `"AllowedOAuthFlowsUserPoolClient": true, "AllowedOAuthFlows": ["code"], "AllowedOAuthScopes": ["openid"], "CallbackURLs": [5, "http://a.example.com/cb"]}`,
			[]string{"json.type CallbackURLs[0]", "urls.https CallbackURLs[1]"}},
		{"a list whose failed items are counted: everything in it",
			`{` + head + `"CallbackURLs": [` + strings.Repeat(`1, `, 11) + `"http://a.example.com/cb"]}`,
			append(each(10, func(i int) string { return "json.type CallbackURLs[" + strconv.Itoa(i) + "]" }), "json.type CallbackURLs")},
		{"a list of the wrong type, then repeated",
			`{` + head + `"CallbackURLs": 5, "CallbackURLs": ["http://a.example.com/cb"]}`,
			[]string{"json.type CallbackURLs", "json.duplicate-member CallbackURLs"}},
		{"an object of the wrong type, then repeated",
			`{` + head + `"TokenValidityUnits": 5, "TokenValidityUnits": {"AccessToken": "weeks"}}`,
			[]string{"json.type TokenValidityUnits", "json.duplicate-member TokenValidityUnits"}},
		{"an object whose unknown members are counted: everything in it",
			`{` + head + `"TokenValidityUnits": {` + unknown + `"AccessToken": "weeks"}}`,
			append(each(10, func(int) string { return "json.unknown-member TokenValidityUnits.x" }), "json.unknown-member TokenValidityUnits")},
		{"unknown members counted at the top: Check's findings stay",
			`{` + head + unknown + `"AccessTokenValidity": 0}`,
			append(each(10, func(int) string { return "json.unknown-member x" }), "json.unknown-member ", "model.range AccessTokenValidity")},
		{"a describe document whose UserPoolClient is not an object: nothing of Check's",
			`{"UserPoolClient": 5}`,
			[]string{"json.type UserPoolClient"}},
		{"an unknown member named like a path hides nothing",
			`{` + head + `"TokenValidityUnits.AccessToken": 1, "TokenValidityUnits": {"AccessToken": "weeks"}}`,
			[]string{"json.unknown-member TokenValidityUnits.AccessToken", "model.enum TokenValidityUnits.AccessToken"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, vs := client.DecodeCheck([]byte(tt.in), client.Auto)
			var got []string
			for _, v := range vs {
				got = append(got, string(v.Rule)+" "+v.Path)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("DecodeCheck(%s) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// FuzzDecodeCheckDocument: for any input, DecodeCheckDocument reports what
// DecodeCheck does, and each position lies in the input: at the start of the
// document, at a syntax error (where its message says), or at a member name
// or a value.
func FuzzDecodeCheckDocument(f *testing.F) {
	for _, s := range []string{
		``,
		"{\r\n\"ClientName\": \"😀\",\r\"CallbackURLs\": [1, [2, {\"a\": 3}]], \"ClientName\": 1}",
		`{"UserPoolClient": {"UserPoolClient": {"a.b": {"c[1]": 2}}, "\ud800": 1, "TokenValidityUnits": {"AccessToken": 1}}}`,
		`{"UserPoolClient": 5, "UserPoolClient": {"RefreshTokenRotation": {}}}`,
		`{"RefreshTokenRotation": {"Feature": "ENABLED"}, "RefreshTokenRotation": {"x": 1}, "CallbackURLs": ["a", 1, "\xff"]}`,
		"{\"ClientName\": \"x\",\r  \"UserPoolId\": tru}",
	} {
		f.Add([]byte(s), uint8(client.Auto))
	}
	f.Fuzz(func(t *testing.T, data []byte, op uint8) {
		o := client.Op(op % 4)
		doc := client.DecodeCheckDocument(data, o, nil)
		wantOp, want := client.DecodeCheckPool(data, o, nil)
		if diff := cmp.Diff(want, doc.Violations); diff != "" || wantOp != doc.Op {
			t.Fatalf("DecodeCheckDocument read %v, DecodeCheckPool %v; violations (-want +got):\n%s", doc.Op, wantOp, diff)
		}
		for i, v := range doc.Violations {
			p := doc.Position(i)
			if p.Offset < 0 || p.Offset > len(data) || p.Line < 1 || p.Column < 1 || p.UTF16Column < p.Column {
				t.Fatalf("%v: position %+v outside the input (%d bytes)", v, p, len(data))
			}
			if v.Rule == client.RuleJSONSyntax {
				if _, rest, ok := strings.Cut(v.Message, "at line "); ok {
					if at := fmt.Sprintf("%d, column %d:", p.Line, p.Column); !strings.HasPrefix(rest, at) {
						t.Fatalf("%v: position %+v, message says %s", v, p, rest)
					}
				}
				continue
			}
			if p.Offset > 0 && !strings.ContainsRune(`"{[-0123456789tfn`, rune(data[p.Offset])) {
				t.Fatalf("%v: position %+v is at %q, not a member name or a value", v, p, data[p.Offset:])
			}
		}
	})
}

// TestDecodeCheckOwnsItsStrings: DecodeCheck decodes strings without a copy
// each, and its violations must still not change when the caller reuses its
// input buffer afterwards.
func TestDecodeCheckOwnsItsStrings(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "*", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		wantOp, want := client.DecodeCheck(bytes.Clone(data), client.Auto)
		buf := bytes.Clone(data)
		op, got := client.DecodeCheck(buf, client.Auto)
		for i := range buf {
			buf[i] = 'X'
		}
		if op != wantOp {
			t.Errorf("%s: op %v, want %v", file, op, wantOp)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: violations changed with the input buffer (-want +got):\n%s", file, diff)
		}
	}
}
