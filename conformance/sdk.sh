# Shared by the conformance checks (sourced, not run): root check, the SDK fetch and the project's classpath.
# The official generator v1.0.0 ships in this npm package; both checks use its libraries.
sdk_version=1.4.17

log() { printf '== %s\n' "$*" >&2; }

require_root() { # why
    if [ "$(id -u)" != 0 ]; then
        echo "run.sh needs root ($1)" >&2
        exit 2
    fi
}

# Fetches @licensespring/node-sdk into $1/sdk once (npm pack, no install scripts run).
fetch_sdk() {
    if [ ! -f "$1/sdk/package/package.json" ]; then
        log "fetching @licensespring/node-sdk@$sdk_version"
        rm -rf "$1/sdk" && mkdir -p "$1/sdk"
        (cd "$1/sdk" && npm pack --silent "@licensespring/node-sdk@$sdk_version" >/dev/null \
            && tar xzf "licensespring-node-sdk-$sdk_version.tgz")
    fi
}

# Compiles the project (offline) and prints its runtime classpath, target/classes first.
project_classpath() { # root out
    (cd "$1" && mvn -o -q compile dependency:build-classpath -Dmdep.outputFile="$2/classpath.txt" >/dev/null)
    printf '%s:%s' "$1/target/classes" "$(cat "$2/classpath.txt")"
}
