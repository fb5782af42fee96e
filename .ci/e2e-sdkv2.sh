#!/usr/bin/env bash
# The nested module client/sdkv2 (AWS SDK for Go v2 adapter), with its
# end-to-end test against cognito-local 5.3.0, a Cognito emulator, built
# against the core in this checkout (go.work).
# Needs Go, Node and npm; installs cognito-local into a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/../client/sdkv2"

COGNITO_LOCAL_VERSION=5.3.0
export GOFLAGS="${GOFLAGS:--buildvcs=false}"

# gofmt and go vet ran on every module in .ci/run (go vet work).

for tool in node npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "e2e-sdkv2: $tool is required to run cognito-local (install Node.js 20 or later with npm)" >&2
    exit 1
  fi
done

tmp=$(mktemp -d)
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

echo "-- npm install cognito-local@$COGNITO_LOCAL_VERSION"
npm install --prefix "$tmp/npm" "cognito-local@$COGNITO_LOCAL_VERSION" \
  --no-audit --no-fund --loglevel=error >"$tmp/npm.log" 2>&1 || {
  cat "$tmp/npm.log" >&2
  echo "e2e-sdkv2: npm install cognito-local@$COGNITO_LOCAL_VERSION failed" >&2
  exit 1
}
bin="$tmp/npm/node_modules/.bin/cognito-local"

# An unused port, from the kernel.
port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')

# cognito-local keeps its data in .cognito under its working directory.
mkdir -p "$tmp/data"
(cd "$tmp/data" && PORT="$port" HOST=127.0.0.1 exec "$bin") >"$tmp/cognito-local.log" 2>&1 &
pid=$!

endpoint="http://127.0.0.1:$port"
echo "-- waiting for cognito-local at $endpoint (pid $pid)"
ready() {
  if command -v curl >/dev/null 2>&1; then
    curl -fsS -o /dev/null --max-time 2 "$endpoint/health" 2>/dev/null
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
  fi
}
deadline=$((SECONDS + 60))
until ready; do
  if ! kill -0 "$pid" 2>/dev/null; then
    cat "$tmp/cognito-local.log" >&2
    echo "e2e-sdkv2: cognito-local exited before answering" >&2
    exit 1
  fi
  if [ "$SECONDS" -ge "$deadline" ]; then
    cat "$tmp/cognito-local.log" >&2
    echo "e2e-sdkv2: cognito-local did not answer within 60 s" >&2
    exit 1
  fi
  sleep 0.5
done

echo "-- go test -race ./... (client/sdkv2, APPCLIENT_COGNITO_ENDPOINT=$endpoint)"
export APPCLIENT_COGNITO_ENDPOINT="$endpoint"
status=0
go test -race -count=1 -v ./... >"$tmp/test.log" 2>&1 || status=$?
# Top-level results, and everything the end-to-end test says.
grep -E '^(--- |ok |FAIL|PASS$|panic)|e2e_test\.go' "$tmp/test.log" || true
if [ "$status" -ne 0 ]; then
  cat "$tmp/test.log"
  echo "-- cognito-local log"
  cat "$tmp/cognito-local.log"
  exit "$status"
fi
if ! grep -q -- '^--- PASS: TestCognitoLocal' "$tmp/test.log"; then
  echo "e2e-sdkv2: TestCognitoLocal did not run and pass" >&2
  exit 1
fi
echo "-- e2e-sdkv2: ok"
