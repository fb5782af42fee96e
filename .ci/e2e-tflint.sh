#!/usr/bin/env bash
# The tflint ruleset (cmd/tflint-ruleset-appclient) in a real tflint: builds
# a pinned tflint from the Go module proxy, then runs TestTflint, which
# builds the plugin, installs it in a temporary plugin directory
# (TFLINT_PLUGIN_DIR), runs tflint --format json on the sample configuration
# testdata/e2e (no provider, no AWS account, no network for tflint: the
# plugin has no source, so nothing is downloaded) and compares the issues and
# their ranges with testdata/e2e.golden.json.
# Needs only Go (and the module proxy). About 2 minutes with a cold build
# cache (tflint is large: 162 s here, with the module cache warm), under 10 s
# with a warm one, which CI keeps between runs.
set -euo pipefail
cd "$(dirname "$0")/../cmd/tflint-ruleset-appclient"

# v0.64.0 needs Go 1.26.3 or later (its go.mod's go line): the machine's Go 1.26.8
# builds it, without a toolchain download.
TFLINT_VERSION=v0.64.0
export GOFLAGS="${GOFLAGS:--buildvcs=false}"

# gofmt and go vet ran on every module in .ci/run (go vet work).

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "-- go install github.com/terraform-linters/tflint@$TFLINT_VERSION"
start=$SECONDS
GOBIN="$tmp" go install "github.com/terraform-linters/tflint@$TFLINT_VERSION"
echo "   built in $((SECONDS - start))s: $("$tmp/tflint" --version | head -1)"

echo "-- tflint on testdata/e2e (TestTflint)"
TFLINT="$tmp/tflint" go test -count=1 -run '^TestTflint$' -v . | grep -v '^=== RUN'
