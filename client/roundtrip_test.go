package client_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/internal/spec"
)

func readFixture(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "roundtrip", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func compact(t *testing.T, data []byte) string {
	t.Helper()
	var b bytes.Buffer
	if err := json.Compact(&b, data); err != nil {
		t.Fatalf("compacting %s: %v", data, err)
	}
	return b.String()
}

// inner returns the UserPoolClient member of a DescribeUserPoolClient output.
func inner(t *testing.T, data []byte) []byte {
	t.Helper()
	var doc struct{ UserPoolClient json.RawMessage }
	if err := json.Unmarshal(data, &doc); err != nil || doc.UserPoolClient == nil {
		t.Fatalf("no UserPoolClient member: %v", err)
	}
	return doc.UserPoolClient
}

// checkRoundTrip decodes a fixture with no violations, then checks that
// decode(encode(v)) == v and, when exact, that encode(v) is the fixture.
func checkRoundTrip[T interface{ MarshalJSON() ([]byte, error) }](t *testing.T, data, want []byte, decode func([]byte) (T, client.Violations)) []byte {
	t.Helper()
	v, vs := decode(data)
	if len(vs) != 0 {
		t.Fatalf("decoding the fixture: %v", vs)
	}
	enc, err := v.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	v2, vs := decode(enc)
	if len(vs) != 0 {
		t.Fatalf("decoding %s: %v", enc, vs)
	}
	if diff := cmp.Diff(v, v2); diff != "" {
		t.Errorf("decode(encode(v)) != v (-want +got):\n%s", diff)
	}
	if want != nil {
		if diff := cmp.Diff(compact(t, want), compact(t, enc)); diff != "" {
			t.Errorf("encode(decode(fixture)) != fixture (-want +got):\n%s", diff)
		}
	}
	return enc
}

func TestRoundTripFixtures(t *testing.T) {
	t.Run("create-full", func(t *testing.T) {
		data := readFixture(t, "create-full.json")
		checkRoundTrip(t, data, data, client.DecodeCreate)
	})
	t.Run("update-full", func(t *testing.T) {
		data := readFixture(t, "update-full.json")
		checkRoundTrip(t, data, data, client.DecodeUpdate)
	})
	t.Run("describe-full", func(t *testing.T) {
		data := readFixture(t, "describe-full.json")
		checkRoundTrip(t, data, inner(t, data), client.DecodeUserPoolClient)
		// The bare inner object decodes to the same client.
		wrapped, _ := client.DecodeUserPoolClient(data)
		bare, vs := client.DecodeUserPoolClient(inner(t, data))
		if len(vs) != 0 {
			t.Fatal(vs)
		}
		if diff := cmp.Diff(wrapped, bare); diff != "" {
			t.Errorf("bare != wrapped (-want +got):\n%s", diff)
		}
	})
	t.Run("bare-client", func(t *testing.T) {
		// ISO-8601 dates re-encode as epoch seconds, so only the value
		// round-trips.
		data := readFixture(t, "bare-client.json")
		checkRoundTrip(t, data, nil, client.DecodeUserPoolClient)
		v, _ := client.DecodeUserPoolClient(data)
		if v.TokenValidityUnits == nil || v.CallbackURLs == nil || v.CreationDate == nil || v.LastModifiedDate == nil {
			t.Errorf("present members decoded as absent: %+v", v)
		}
	})
}

// TestFullFixturesSetEveryMember walks the model's member lists: a member that
// the decoder or the encoder misses is absent from the re-encoded JSON.
func TestFullFixturesSetEveryMember(t *testing.T) {
	tests := []struct {
		file    string
		shape   *spec.Shape
		members int
		encode  func([]byte) ([]byte, client.Violations)
	}{
		{"create-full.json", spec.CreateUserPoolClientRequest, 24, func(b []byte) ([]byte, client.Violations) {
			v, vs := client.DecodeCreate(b)
			enc, _ := v.MarshalJSON()
			return enc, vs
		}},
		{"update-full.json", spec.UpdateUserPoolClientRequest, 23, func(b []byte) ([]byte, client.Violations) {
			v, vs := client.DecodeUpdate(b)
			enc, _ := v.MarshalJSON()
			return enc, vs
		}},
		{"describe-full.json", spec.UserPoolClientType, 27, func(b []byte) ([]byte, client.Violations) {
			v, vs := client.DecodeUserPoolClient(b)
			enc, _ := v.MarshalJSON()
			return enc, vs
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			if len(tt.shape.Members) != tt.members {
				t.Fatalf("%s has %d members; want %d", tt.shape.Name, len(tt.shape.Members), tt.members)
			}
			enc, vs := tt.encode(readFixture(t, tt.file))
			if len(vs) != 0 {
				t.Fatal(vs)
			}
			checkMembers(t, "", tt.shape, enc)
		})
	}
}

// checkMembers checks that the object enc has exactly the members of shape,
// and recursively those of its structure members.
func checkMembers(t *testing.T, path string, shape *spec.Shape, enc []byte) {
	t.Helper()
	var got map[string]json.RawMessage
	if err := json.Unmarshal(enc, &got); err != nil {
		t.Fatalf("%s: %v in %s", path, err, enc)
	}
	for _, m := range shape.Members {
		raw, ok := got[m.Name]
		if !ok {
			t.Errorf("%s%s is missing after decode and encode", path, m.Name)
			continue
		}
		if m.Shape.Kind == spec.Structure {
			checkMembers(t, path+m.Name+".", m.Shape, raw)
		}
	}
	if len(got) != len(shape.Members) {
		t.Errorf("%s: encoded %d members; want %d", path, len(got), len(shape.Members))
	}
}

// TestEncodeEscapesUnprintable holds the encoder to writing every character
// that is not printable as its \u escape, so that a value in normalize or
// diff output cannot break or reorder a line, and to keeping the value: it
// decodes back to the same string, as encoding/json reads it.
func TestEncodeEscapesUnprintable(t *testing.T) {
	tests := []struct{ value, want string }{
		{"plain ü 名", `"plain ü 名"`},
		{"a\nb\tc\"\\", `"a\nb\tc\"\\"`},
		{"\x00\x1f\x7f", `"\u0000\u001f\u007f"`},
		{"a\u0085FAKE", `"a\u0085FAKE"`},                             // NEL, a line break to some readers
		{"\u009b31m", `"\u009b31m"`},                                 // C1 CSI
		{"x\u2028y\u2029z", `"x\u2028y\u2029z"`},                     // line and paragraph separators
		{"\u202egnp.exe\u2066\u200f", `"\u202egnp.exe\u2066\u200f"`}, // bidi controls
		{"nb\u00a0sp", `"nb\u00a0sp"`},
		{"tag\U000E0041", `"tag\udb40\udc41"`}, // a format character beyond the BMP
		{"emoji 😀", `"emoji 😀"`},
		{"bad\xffbyte", `"bad\ufffdbyte"`},
	}
	for _, tt := range tests {
		data, err := client.UpdateRequest{Settings: client.Settings{ClientName: &tt.value}}.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		want := `{"ClientName":` + tt.want + `}`
		if string(data) != want {
			t.Errorf("%q: got %s, want %s", tt.value, data, want)
		}
		var back struct{ ClientName string }
		if err := json.Unmarshal(data, &back); err != nil {
			t.Fatalf("%q: %v", tt.value, err)
		}
		if wantBack := strings.ToValidUTF8(tt.value, "\ufffd"); back.ClientName != wantBack {
			t.Errorf("%q: decodes to %q", tt.value, back.ClientName)
		}
	}
}
