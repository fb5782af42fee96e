package client_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/cognitokit/appclient/client"
)

// benchFixtures are the shared benchmark inputs, copied from shared/bench into
// testdata/bench: a request with only the two required members, a typical web
// client, and one that sits at every model limit (100 callback URLs, 50
// scopes, 128-rune name, non-ASCII provider names). The side-by-side peer
// comparison in client/internal/peerbench uses the same files.
var benchFixtures = []string{"minimal", "typical", "large"}

func readBenchFixture(b *testing.B, name string) []byte {
	b.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "bench", name+".json"))
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// decodeBenchFixture decodes a fixture and fails when it does not decode
// cleanly, so that Check is measured on the exact value the fixture describes.
func decodeBenchFixture(b *testing.B, name string) client.CreateRequest {
	b.Helper()
	r, vs := client.DecodeCreate(readBenchFixture(b, name))
	if len(vs) != 0 {
		b.Fatalf("%s.json: decoding reported %v", name, vs)
	}
	if errs := r.Check().OnlyErrors(); len(errs) != 0 {
		b.Fatalf("%s.json: want no errors, got %v", name, errs)
	}
	return r
}

var sinkViolations client.Violations

// BenchmarkCheck measures Check on an already-decoded request. Warnings (not
// errors) are expected on some fixtures: minimal.json gets one for leaving out
// PreventUserExistenceErrors, typical.json one for its loopback http callback.
func BenchmarkCheck(b *testing.B) {
	for _, name := range benchFixtures {
		b.Run(name, func(b *testing.B) {
			r := decodeBenchFixture(b, name)
			b.ReportAllocs()
			for b.Loop() {
				sinkViolations = r.Check()
			}
		})
	}
}

// BenchmarkDecodeCheck measures the whole path from bytes to every violation:
// detecting the operation, decoding strictly and checking what decoded.
func BenchmarkDecodeCheck(b *testing.B) {
	for _, name := range benchFixtures {
		b.Run(name, func(b *testing.B) {
			data := readBenchFixture(b, name)
			if op, vs := client.DecodeCheck(data, client.Auto); op != client.Create || vs.HasErrors() {
				b.Fatalf("%s.json: DecodeCheck = %v, %v; want create without errors", name, op, vs)
			}
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				_, sinkViolations = client.DecodeCheck(data, client.Auto)
			}
		})
	}
}

var sinkRequest client.CreateRequest

// BenchmarkNormalize measures Normalize on each decoded fixture.
func BenchmarkNormalize(b *testing.B) {
	for _, name := range benchFixtures {
		b.Run(name, func(b *testing.B) {
			r := decodeBenchFixture(b, name)
			b.ReportAllocs()
			for b.Loop() {
				sinkRequest = r.Normalize()
			}
		})
	}
}
