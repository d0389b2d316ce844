#!/usr/bin/env bash
# Linux hardware IDs against LicenseSpring's official generator library (the Linux counterpart of
# conformance/windows-hardware-id/run.sh).
#
#   conformance/linux-hardware-id/run.sh [FACTSET.env...]     (default: every factsets/*.env)
#
# Fetches @licensespring/node-sdk@1.4.17 with npm, builds the loader (../windows-hardware-id/hwid_loader.c) with
# gcc, and for each fact set runs the official libhardware_id_generator.so (linux/x86_64/glibc, algorithms 0-4,
# never 5) and then the project's own Linux code in one private mount namespace whose machine-id files are
# replaced as the fact set says (observe.sh). Prints a table and exits non-zero on any difference.
# Needs root (unshare -m, overlay and bind mounts), gcc, npm, Maven with a warm ~/.m2 and a JDK 17+.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$root/target/linux-hardware-id
mkdir -p "$out"
# shellcheck source=../sdk.sh
. "$here/../sdk.sh"
require_root "unshare -m, overlay and bind mounts"

fetch_sdk "$out"
lib=$out/sdk/package/dist/hwid/hardware_id_generator/bin/linux/x86_64/glibc/libhardware_id_generator.so
log "generator library sha256 $(sha256sum "$lib" | cut -c1-64)"
# The same loader source as the Windows check, built natively.
loader_src=$here/../windows-hardware-id/hwid_loader.c
if [ ! -f "$out/hwid_loader_linux" ] || [ "$loader_src" -nt "$out/hwid_loader_linux" ]; then
    gcc -O2 -Wall -o "$out/hwid_loader_linux" "$loader_src" -ldl
fi

log "compiling the project"
cp=$(project_classpath "$root" "$out")
mkdir -p "$out/classes"
javac -nowarn -d "$out/classes" -cp "$cp" "$here/LinuxProjectIds.java"

short() { if [ -n "$1" ]; then printf '%s…' "${1:0:16}"; else printf '(no ID)'; fi; }
[ $# -gt 0 ] || set -- "$here"/factsets/*.env
printf '%-36s %-3s %-18s %-18s %s\n' "fact set" "alg" "official library" "project" "result"
rows=0 diffs=0
for factset in "$@"; do
    name=$(basename "$factset" .env)
    LM_LIB=$lib LM_LOADER=$out/hwid_loader_linux LM_JAVA_CP=$cp LM_CHECK_CLASSES=$out/classes \
        "$here/observe.sh" "$factset" "$out/runs/$name"
    for alg in 0 1 2 3 4; do
        official=$(awk -F'\t' -v a="$alg" '$1 == "ID" && $2 == a { print $3 }' "$out/runs/$name/official.txt")
        project=$(awk -F'\t' -v a="$alg" '$1 == "ID" && $2 == a { print $3 }' "$out/runs/$name/project.txt")
        rows=$((rows + 1))
        if [ "$official" = "$project" ]; then result=equal; else result=DIFFERENT; diffs=$((diffs + 1)); fi
        printf '%-36s %-3s %-18s %-18s %s\n' "$name" "$alg" "$(short "$official")" "$(short "$project")" "$result"
    done
done
echo "$((rows - diffs)) of $rows comparisons equal, $# fact sets"
[ "$diffs" -eq 0 ] && [ "$rows" -gt 0 ]
