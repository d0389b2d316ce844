#!/usr/bin/env bash
# Sandbox load benchmark: N mixed requests from C concurrent clients against one 8-seat license,
# over real loopback HTTP. Fails if any seat is lost or double-counted; prints requests per second.
# Usage: bench/sandbox-load.sh [REQUESTS=2000] [CLIENTS=16]
set -euo pipefail
cd "$(dirname "$0")/.."
REQUESTS="${1:-2000}"
CLIENTS="${2:-16}"
mvn -B -o -q -Dstyle.color=never test -Dtest=SandboxLoadTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dlm.load.requests="$REQUESTS" -Dlm.load.clients="$CLIENTS" >/dev/null
line=$(grep -h '^SANDBOX_LOAD' target/surefire-reports/dev.licensemanager.sandbox.SandboxLoadTest-output.txt | tail -1)
echo "$line"
echo "requests/s: $(sed -E 's/.*rps=([0-9]+).*/\1/' <<<"$line")"
