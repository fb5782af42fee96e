#!/usr/bin/env bash
# The nested modules as a user's go get sees them: without go.work, against
# the version of the core their go.mod requires (not the checkout's core).
# That version is taken from this clone's history (core-from-git.sh), as the
# module proxy would serve it once the commit is on GitHub.
set -euo pipefail
cd "$(dirname "$0")/.."
export GOFLAGS="${GOFLAGS:--buildvcs=false}"
. .ci/core-from-git.sh
for dir in client/sdkv2 client/cfn cmd/appclient cmd/appclientvet cmd/tflint-ruleset-appclient; do
  # Only the package a user imports: its tests and generator may use newer
  # core code, through go.work.
  echo "-- GOWORK=off go build $dir (the package a user imports)"
  (cd "$dir" && GOWORK=off go build -o /dev/null .)
done
# The analyzer's module has two more packages a user imports: the analyzer
# (built above as the command's import) and the golangci-lint plugin.
echo "-- GOWORK=off go build cmd/appclientvet/gclplugin"
(cd cmd/appclientvet && GOWORK=off go build ./gclplugin)
