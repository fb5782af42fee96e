# Sourced by .ci/e2e-install.sh (not run on its own). Development and the
# rest of CI need none of this: go.work replaces that version by the checkout.
#
# client/sdkv2 and client/internal/peerbench require the core module,
# github.com/cognitokit/appclient, at a release tag or at the pseudo-version of
# a commit of this repository. go.work builds them against the core in this
# checkout, but the go command still reads the go.mod of the required version,
# and the module proxy has that only once the commit is on GitHub. So CI takes
# the required version from this clone instead: the core's path is private (no
# module proxy, no checksum database; the nested modules' go.sum lines pin its
# hashes, and the go command checks them), and git is told that the core's
# GitHub URL is this clone. The clone needs the history up to the required
# commit or tag (no shallow clone).
if [ -z "${APPCLIENT_CORE_CLONE:-}" ]; then
  APPCLIENT_CORE_CLONE=$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel)
  export APPCLIENT_CORE_CLONE
  # GONOPROXY and GONOSUMDB default to GOPRIVATE: read all three first.
  mapfile -t core_old < <(go env GOPRIVATE GONOPROXY GONOSUMDB)
  core_path=github.com/cognitokit/appclient
  export GOPRIVATE="${core_old[0]:+${core_old[0]},}$core_path"
  export GONOPROXY="${core_old[1]:+${core_old[1]},}$core_path"
  export GONOSUMDB="${core_old[2]:+${core_old[2]},}$core_path"
  core_n=${GIT_CONFIG_COUNT:-0}
  export "GIT_CONFIG_KEY_$core_n=url.$APPCLIENT_CORE_CLONE.insteadOf"
  export "GIT_CONFIG_VALUE_$core_n=https://$core_path"
  export GIT_CONFIG_COUNT=$((core_n + 1))
  unset core_old core_path core_n
fi
