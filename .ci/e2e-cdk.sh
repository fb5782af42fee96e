#!/usr/bin/env bash
# The real CDK end-to-end fixture: synthesizes the CDK v2 app in
# client/cfn/testdata/cdk (plain JavaScript, versions pinned by its
# package-lock.json) into a fresh cdk.out, checks that the synthesized
# templates are the committed golden ones (cdk.out.golden) and that the
# positions EXPECTED.md gives are theirs, and hands the cloud assembly to
# check_synth_output below.
# Needs Node and npm, and Go for the final check (TestCDKSynth);
# installs aws-cdk-lib and constructs into a temporary folder with npm ci (no
# CDK CLI, no AWS account, no network but the npm registry). About 15-20 s
# with a warm npm cache; a cold cache adds the download of aws-cdk-lib.
#
# CDK_SYNTH_KEEP=DIR     also copy the synthesized *.template.json files to DIR.
# CDK_GOLDEN_UPDATE=1    rewrite cdk.out.golden from this synth instead of
#                        comparing (after changing app.js or the versions).
set -euo pipefail
cd "$(dirname "$0")/.."

app_dir=client/cfn/testdata/cdk
golden="$app_dir/cdk.out.golden"
export GOFLAGS="${GOFLAGS:--buildvcs=false}"

for tool in node npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "e2e-cdk: $tool is required to synthesize the CDK app (install Node.js 20 or later with npm)" >&2
    exit 1
  fi
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cp "$app_dir/package.json" "$app_dir/package-lock.json" "$app_dir/app.js" "$tmp/"
if ! grep -q '^app\.synth();' "$tmp/app.js"; then
  echo "e2e-cdk: $app_dir/app.js must call app.synth()" >&2
  exit 1
fi

start=$SECONDS
echo "-- npm ci ($app_dir/package-lock.json)"
(cd "$tmp" && npm ci --no-audit --no-fund --loglevel=error) >"$tmp/npm.log" 2>&1 || {
  cat "$tmp/npm.log" >&2
  echo "e2e-cdk: npm ci failed" >&2
  exit 1
}
installed=$SECONDS
echo "-- node app.js (CDK_OUTDIR=\$tmp/cdk.out)"
(cd "$tmp" && CDK_OUTDIR="$tmp/cdk.out" node app.js) >"$tmp/synth.log" 2>&1 || {
  cat "$tmp/synth.log" >&2
  echo "e2e-cdk: synthesis failed" >&2
  exit 1
}
synthesized=$SECONDS
(cd "$tmp" && node -e '
  const v = (p) => require(p + "/package.json").version;
  console.log("node " + process.versions.node + ", aws-cdk-lib " + v("aws-cdk-lib") + ", constructs " + v("constructs"));
')
echo "npm ci $((installed - start)) s, synth $((synthesized - installed)) s"

templates=$(cd "$tmp/cdk.out" && ls -1 -- *.template.json 2>/dev/null | LC_ALL=C sort || true)
echo "-- templates"
printf '%s\n' "$templates" | sed 's/^/  /'
if ! printf '%s\n' "$templates" | grep -qx 'Auth.template.json' ||
  ! printf '%s\n' "$templates" | grep -q '\.nested\.template\.json$'; then
  echo "e2e-cdk: want Auth.template.json and a *.nested.template.json in cdk.out" >&2
  exit 1
fi
for t in $templates; do
  if ! grep -q '"aws:cdk:path"' "$tmp/cdk.out/$t"; then
    echo "e2e-cdk: $t has no aws:cdk:path metadata" >&2
    exit 1
  fi
done

# The golden templates are what the reader's own tests read, and what
# EXPECTED.md gives lines and columns in: they must be this app's output.
if [ "${CDK_GOLDEN_UPDATE:-}" = 1 ]; then
  echo "-- updating $golden"
  rm -rf "$golden"
  mkdir -p "$golden"
  for t in $templates; do cp "$tmp/cdk.out/$t" "$golden/"; done
else
  echo "-- compare with $golden"
  golden_list=$(cd "$golden" && ls -1 -- *.template.json | LC_ALL=C sort)
  if [ "$golden_list" != "$templates" ]; then
    echo "e2e-cdk: synthesized templates differ from $golden:" >&2
    diff <(printf '%s\n' "$golden_list") <(printf '%s\n' "$templates") >&2 || true
    echo "(after changing app.js or the versions, run CDK_GOLDEN_UPDATE=1 bash .ci/e2e-cdk.sh and update EXPECTED.md)" >&2
    exit 1
  fi
  # Compared with two values masked: the CDKMetadata Analytics string is
  # gzip output, which another zlib (another Node release) may write with
  # other bytes, and the nested template's asset hash in TemplateURL is the
  # SHA-256 of that template, Analytics string included. Each is the last
  # thing on its line, so no line or column in EXPECTED.md depends on them.
  mask() { sed -E -e 's/"v2:deflate64:[^"]*"/"v2:deflate64:(masked)"/' -e 's#/[0-9a-f]{64}\.json"#/(masked).json"#' "$1"; }
  for t in $templates; do
    if ! diff -u --label "$golden/$t" --label "cdk.out/$t" <(mask "$golden/$t") <(mask "$tmp/cdk.out/$t") >"$tmp/golden.diff"; then
      head -60 "$tmp/golden.diff" >&2
      echo "e2e-cdk: $t differs from $golden/$t" >&2
      echo "(after changing app.js or the versions, run CDK_GOLDEN_UPDATE=1 bash .ci/e2e-cdk.sh and update EXPECTED.md)" >&2
      exit 1
    fi
    if ! cmp -s "$golden/$t" "$tmp/cdk.out/$t"; then
      echo "   $t: equal but for the masked Analytics string or asset hash"
    fi
  done
fi

# EXPECTED.md gives lines and columns in the golden templates: check them.
echo "-- positions in $app_dir/EXPECTED.md"
node "$app_dir/positions.js" --check "$app_dir/EXPECTED.md" "$golden"

# check_synth_output checks what appclient finds in the cloud assembly $1:
# TestCDKSynth runs "appclient validate" on it as text, JSON and SARIF and
# compares with testdata/cli/cdk-*.golden: the errors of BadTokens,
# BadCallback, BadFlows, WriteEmailVerified and LegacyMix (the last in the
# nested template), each at its aws:cdk:path and position, and no error for
# Web, Machine and Partial (client/cfn/testdata/cdk/EXPECTED.md).
check_synth_output() {
  local out=$1
  if [ -n "${CDK_SYNTH_KEEP:-}" ]; then
    mkdir -p "$CDK_SYNTH_KEEP"
    cp "$out"/*.template.json "$CDK_SYNTH_KEEP/"
    echo "-- kept the templates in $CDK_SYNTH_KEEP"
  fi
  echo "-- appclient validate on the fresh synthesis (TestCDKSynth)"
  APPCLIENT_CDK_OUT="$out" go test ./cmd/appclient/internal/cli -run '^TestCDKSynth$' -count=1
}
check_synth_output "$tmp/cdk.out"
echo "-- e2e-cdk: ok ($((SECONDS - start)) s)"
