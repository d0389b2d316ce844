#!/usr/bin/env bash
# The sandbox's product_details against LicenseSpring's own Node SDK (@licensespring/node-sdk, LicenseAPI): the SDK
# signs each request and verifies each answer's LicenseSignature, as against the real server. Needs npm and network
# once (the SDK and its dependencies go to target/product-details/, install scripts are not run); no root.
# Prints one line per case and exits non-zero on any difference.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work="$root/target/product-details"
. "$root/conformance/sdk.sh"
mkdir -p "$work"
if [ ! -f "$work/node_modules/@licensespring/node-sdk/package.json" ]; then
    log "installing @licensespring/node-sdk@$sdk_version with its dependencies"
    (cd "$work" && npm install --silent --ignore-scripts --no-audit --no-fund \
        "@licensespring/node-sdk@$sdk_version" >/dev/null)
fi
cp=$(project_classpath "$root" "$work")
sandbox_out="$work/sandbox.out"
java -cp "$cp" dev.licensemanager.app.Main sandbox --port 0 --json >"$sandbox_out" 2>"$work/sandbox.err" &
pid=$!
trap 'rc=$?; kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; exit $rc' EXIT
for _ in $(seq 1 300); do
    if head -n 1 "$sandbox_out" 2>/dev/null | grep -q '"base_url"'; then break; fi
    if ! kill -0 "$pid" 2>/dev/null; then cat "$work/sandbox.err" >&2; exit 2; fi
    sleep 0.1
done
head -n 1 "$sandbox_out" >"$work/sandbox.json"
log "sandbox at $(grep -o '"base_url":"[^"]*"' "$work/sandbox.json")"
node "$here/oracle.js" "$work" "$work/sandbox.json"
