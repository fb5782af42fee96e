package client_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cognitokit/appclient/client"
)

// FuzzDecodeCheck feeds arbitrary bytes to every decoder. Nothing may panic;
// an input that decodes without violations must survive encode→decode
// unchanged (and re-encode to the same bytes); and no violation message may
// echo the value of a ClientSecret or ClientId that decoded.
func FuzzDecodeCheck(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "roundtrip", "*.json"))
	if err != nil || len(files) == 0 {
		f.Fatalf("no seed fixtures: %v", err)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		``,
		`   `,
		`[]`,
		`null`,
		`{"UserPoolClient": 5}`,
		`{"UserPoolClient": {"CreationDate": "2026-01-02T15:04:05+05:30", "LastModifiedDate": -1.5}}`,
		`{"UserPoolClient": {"CreationDate": "0000-01-01T00:00:00Z"}}`,
		`{"ClientName": "x", "ClientName": "y"}`,
		`{"CallbackUrls": ["https://a.example"]}`,
		`{"CallbackURLs": ["a", null, 5]}`,
		`{"AccessTokenValidity": 1e2, "IdTokenValidity": "60", "AuthSessionValidity": 2147483648}`,
		`{"TokenValidityUnits": {"AccessToken": 5, "Bogus": {}}}`,
		`{"ClientSecret": "\ud800abcdefghijklmnopqrstuvwxyz", "ClientId": "abc"}`,
		"{\"ClientName\": \"\xff\"}",
		`{"ClientName": "x",}`,
		`{"RefreshTokenRotation": {"Feature": "ENABLED", "RetryGracePeriodSeconds": -0}}`,
		`[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		// Auto decodes as Create first and picks the op from the names it
		// saw: the same op, and the same violations, as Detect's.
		detected := client.Detect(data)
		autoOp, autoVs := client.DecodeCheck(data, client.Auto)
		if op, vs := client.DecodeCheck(data, detected); autoOp != op || !slices.Equal(autoVs, vs) {
			t.Errorf("DecodeCheck(Auto) = %v, %v; with Detect's op: %v, %v", autoOp, autoVs, op, vs)
		}
		for _, op := range []client.Op{client.Auto, client.Create, client.Update, client.Describe} {
			used, vs := client.DecodeCheck(data, op)
			for _, v := range vs {
				if v.Rule == "" || v.Message == "" || (v.Severity != client.Error && v.Severity != client.Warning) {
					t.Errorf("DecodeCheck(%v): malformed violation %#v", op, v)
				}
			}
			checkSecrets(t, data, used, vs)
		}

		if r, vs := client.DecodeCreate(data); len(vs) == 0 {
			roundTrip(t, "create", r, client.DecodeCreate)
		}
		if r, vs := client.DecodeUpdate(data); len(vs) == 0 {
			roundTrip(t, "update", r, client.DecodeUpdate)
		}
		if r, vs := client.DecodeUserPoolClient(data); len(vs) == 0 {
			roundTrip(t, "describe", r, client.DecodeUserPoolClient)
		}
	})
}

// roundTrip checks that v, which decoded without violations, encodes to JSON
// that decodes to v again and encodes to the same bytes.
func roundTrip[T interface{ MarshalJSON() ([]byte, error) }](t *testing.T, what string, v T, decode func([]byte) (T, client.Violations)) {
	t.Helper()
	enc, err := v.MarshalJSON()
	if err != nil {
		t.Fatalf("%s: MarshalJSON: %v", what, err)
	}
	got, vs := decode(enc)
	if len(vs) != 0 {
		t.Fatalf("%s: re-decoding %s: %v", what, enc, vs)
	}
	if diff := cmp.Diff(v, got); diff != "" {
		t.Fatalf("%s: decode(encode(v)) != v (-want +got):\n%s", what, diff)
	}
	enc2, _ := got.MarshalJSON()
	if !bytes.Equal(enc, enc2) {
		t.Fatalf("%s: encoding is not stable:\n%s\n%s", what, enc, enc2)
	}
}

// checkSecrets checks that no message echoes a ClientSecret or ClientId that
// decoded. A message may contain the value by coincidence (a secret "must",
// or one equal to another member's value), so the check is differential: the
// secret's letters and digits are rotated in the input, which keeps its
// length and character classes, and a message that contained the secret
// must still contain it afterwards.
func checkSecrets(t *testing.T, data []byte, op client.Op, vs client.Violations) {
	t.Helper()
	for _, secret := range decodedSecrets(data, op) {
		rotated := rotate(secret)
		if secret == rotated || bytes.Count(data, []byte(secret)) != 1 || bytes.Contains(data, []byte(rotated)) {
			continue
		}
		data2 := bytes.Replace(data, []byte(secret), []byte(rotated), 1)
		if !contains(decodedSecrets(data2, op), rotated) {
			continue // the one occurrence was not the secret's raw value
		}
		_, vs2 := client.DecodeCheck(data2, op)
		if len(vs2) != len(vs) {
			continue
		}
		for i := range vs {
			if strings.Contains(vs[i].Message, secret) && !strings.Contains(vs2[i].Message, secret) {
				t.Errorf("%v: violation %d echoes a secret value %q: %s", op, i, secret, vs[i])
			}
		}
	}
}

func contains(list []string, s string) bool {
	for _, e := range list {
		if e == s {
			return true
		}
	}
	return false
}

// decodedSecrets returns the ClientSecret and ClientId values that decoded.
func decodedSecrets(data []byte, op client.Op) []string {
	var out []string
	add := func(p *string) {
		if p != nil && *p != "" {
			out = append(out, *p)
		}
	}
	switch op {
	case client.Create:
		r, _ := client.DecodeCreate(data)
		add(r.ClientSecret)
	case client.Update:
		r, _ := client.DecodeUpdate(data)
		add(r.ClientID)
	case client.Describe:
		r, _ := client.DecodeUserPoolClient(data)
		add(r.ClientSecret)
		add(r.ClientID)
	}
	return out
}

// rotate maps ASCII letters to letters (ROT13) and digits to digits, leaving
// everything else alone.
func rotate(s string) string {
	b := []byte(s)
	for i, c := range b {
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			b[i] = 'A' + (c-'A'+13)%26
		case c >= '0' && c <= '9':
			b[i] = '0' + (c-'0'+5)%10
		}
	}
	return string(b)
}
