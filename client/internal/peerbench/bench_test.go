package peerbench_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/internal/peerbench"
)

var (
	sinkInt  int
	sinkErr  error
	sinkVios client.Violations
)

// BenchmarkCheck compares checks of an already-decoded request, per fixture:
// appclient's Check, jsonschema's Validate of the decoded instance,
// validator's Struct, Floor and FloorPattern. Names: BenchmarkCheck/FIXTURE/IMPL.
func BenchmarkCheck(b *testing.B) {
	p := newPeers(b)
	for _, name := range peerbench.Fixtures {
		data := fixture(b, name)
		b.Run(name+"/appclient", func(b *testing.B) {
			r, vs := client.DecodeCreate(data)
			if len(vs) != 0 {
				b.Fatal(vs)
			}
			b.ReportAllocs()
			for b.Loop() {
				sinkVios = r.Check()
			}
		})
		b.Run(name+"/jsonschema", func(b *testing.B) {
			inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
			if err != nil {
				b.Fatal(err)
			}
			if err := p.schema.Validate(inst); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				sinkErr = p.schema.Validate(inst)
			}
		})
		b.Run(name+"/validator", func(b *testing.B) {
			var c peerbench.Create
			if err := json.Unmarshal(data, &c); err != nil {
				b.Fatal(err)
			}
			if err := p.valid.Struct(&c); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				sinkErr = p.valid.Struct(&c)
			}
		})
		b.Run(name+"/floor", func(b *testing.B) {
			r, _ := client.DecodeCreate(data)
			b.ReportAllocs()
			for b.Loop() {
				sinkInt = peerbench.Floor(&r)
			}
		})
		b.Run(name+"/patternfloor", func(b *testing.B) {
			r, _ := client.DecodeCreate(data)
			b.ReportAllocs()
			for b.Loop() {
				sinkInt = peerbench.FloorPattern(&r)
			}
		})
	}
}

// BenchmarkDecode compares the whole path from bytes to a verdict, per
// fixture: appclient's DecodeCheck, jsonschema's generic decode + Validate,
// validator's strict encoding/json decode + Struct, a plain encoding/json
// Unmarshal with no validation, and FloorBytes.
// Names: BenchmarkDecode/FIXTURE/IMPL.
func BenchmarkDecode(b *testing.B) {
	p := newPeers(b)
	for _, name := range peerbench.Fixtures {
		data := fixture(b, name)
		run := func(impl string, f func()) {
			b.Run(name+"/"+impl, func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				b.ReportAllocs()
				for b.Loop() {
					f()
				}
			})
		}
		run("appclient", func() { _, sinkVios = client.DecodeCheck(data, client.Auto) })
		run("jsonschema", func() { sinkErr = peerbench.SchemaDecodeValidate(p.schema, data) })
		run("validator", func() { sinkErr = peerbench.ValidatorDecodeValidate(p.valid, data) })
		run("unmarshal", func() {
			var c peerbench.Create
			sinkErr = json.Unmarshal(data, &c)
		})
		run("floor", func() { sinkInt = peerbench.FloorBytes(data) })
	}
}
