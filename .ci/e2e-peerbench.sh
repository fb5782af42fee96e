#!/usr/bin/env bash
# The nested module internal/peerbench: the side-by-side comparison of appclient
# with jsonschema/validator/encoding/json. go test ./... at the root skips it
# (it has its own go.mod), so CI vets and tests it here. Tests only: the
# benchmarks are run by hand (cd internal/peerbench && go run ./cmd/table).
set -euo pipefail
cd "$(dirname "$0")/../internal/peerbench"

export GOFLAGS="${GOFLAGS:--buildvcs=false}"
go mod download
go vet ./...
# The rejection test proves the peers really validate; the others check the
# generated schema, the validator tags and Floor against the pinned model bounds.
go test -count=1 -run 'TestPeers|TestCaseFoldedMember|TestValidatorTagsMatchBounds|TestSchemaShape|TestFloor' ./...
