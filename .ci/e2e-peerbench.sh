#!/usr/bin/env bash
# The nested module client/internal/peerbench: the side-by-side comparison of appclient
# with jsonschema/validator/encoding/json. go test ./... at the root skips it
# (it has its own go.mod), so CI vets and tests it here, against the core in
# this checkout (go.work). Tests only: the benchmarks are run by hand
# (cd client/internal/peerbench && go run ./cmd/table). No go mod download: in
# workspace mode it would fetch every module of the workspace and write
# go.work.sum; go vet fetches what this module needs.
set -euo pipefail
cd "$(dirname "$0")/../client/internal/peerbench"

export GOFLAGS="${GOFLAGS:--buildvcs=false}"
go vet ./...
# The rejection test proves the peers really validate; the others check the
# generated schema, the validator tags and Floor against the pinned model bounds.
go test -count=1 -run 'TestPeers|TestCaseFoldedMember|TestValidatorTagsMatchBounds|TestSchemaShape|TestFloor' ./...
