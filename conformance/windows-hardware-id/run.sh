#!/usr/bin/env bash
# Windows hardware IDs against LicenseSpring's official generator, under Wine.
#
#   conformance/windows-hardware-id/run.sh [FACTSET.env...]     (default: every factsets/*.env)
#
# 1. installs wine64 and gcc-mingw-w64-x86-64 if missing (apt-get, as root; idempotent);
# 2. fetches @licensespring/node-sdk@1.4.17 with npm into target/windows-hardware-id/sdk and takes its
#    hardware_id_generator.dll (windows/x64, generator v1.0.0);
# 3. builds hwid_loader.exe (calls get_hardware_id for 0-3; never 5, which contacts cloud metadata) and
#    hwid_facts.exe (reads the same WMI/registry facts) with mingw;
# 4. creates the Wine prefix once ($LM_WINEPREFIX, default ~/.wine-lm) and reuses it;
# 5. for each fact set, runs both under Wine in a private mount namespace (observe.sh), then computes the project's
#    IDs for the reported facts with the project's own Windows code (WineConformanceCheck), prints a table and
#    exits non-zero on any difference.
# Needs root (apt-get, unshare -m, mount --bind), npm, Maven with a warm ~/.m2 and a JDK 17+.
# Not part of `mvn verify` (CI has no Wine); the observed vectors are pinned in WindowsGeneratorVectorsTest.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$root/target/windows-hardware-id
mkdir -p "$out"
# shellcheck source=../sdk.sh
. "$here/../sdk.sh"
require_root "apt-get, unshare -m and mount --bind"

if ! dpkg -s wine64 gcc-mingw-w64-x86-64 >/dev/null 2>&1; then
    log "installing wine64 and gcc-mingw-w64-x86-64"
    DEBIAN_FRONTEND=noninteractive apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends wine64 gcc-mingw-w64-x86-64
fi
wine_bin=$(dpkg -L wine64 | grep -m1 '/wine64$')
wineserver=${wine_bin%/*}/wineserver

fetch_sdk "$out"
dll=$out/sdk/package/dist/hwid/hardware_id_generator/bin/windows/x64/hardware_id_generator.dll
log "generator DLL sha256 $(sha256sum "$dll" | cut -c1-64)"

build() { # target source libs...
    local exe=$out/$1 src=$here/$2
    shift 2
    if [ ! -f "$exe" ] || [ "$src" -nt "$exe" ] || [ "$here/escape.h" -nt "$exe" ]; then
        x86_64-w64-mingw32-gcc -O2 -Wall -o "$exe" "$src" "$@"
    fi
}
build hwid_loader.exe hwid_loader.c
build hwid_facts.exe hwid_facts.c -lole32 -loleaut32 -luuid -lwbemuuid -ladvapi32

export WINEPREFIX=${LM_WINEPREFIX:-$HOME/.wine-lm} WINEDEBUG=-all
if [ ! -f "$WINEPREFIX/system.reg" ]; then
    log "creating the Wine prefix $WINEPREFIX (once)"
    "$wine_bin" wineboot -i >/dev/null 2>&1
    "$wineserver" -w
fi

log "compiling the project and the checker"
cp=$(project_classpath "$root" "$out")
mkdir -p "$out/checker"
javac -nowarn -d "$out/checker" -cp "$cp" "$here/WineConformanceCheck.java"

if [ $# -eq 0 ]; then
    set -- "$here"/factsets/*.env
fi
runs=()
for factset in "$@"; do
    name=$(basename "$factset" .env)
    log "fact set $name"
    LM_WINE_BIN=$wine_bin LM_DLL=$dll LM_EXE_DIR=$out "$here/observe.sh" "$factset" "$out/runs/$name"
    runs+=("$out/runs/$name")
done

java -cp "$out/checker:$cp" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    dev.licensemanager.hardware.WineConformanceCheck "${runs[@]}"
