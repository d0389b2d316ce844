#!/usr/bin/env bash
# Linux hardware IDs against LicenseSpring's official generator library (the Linux counterpart of
# conformance/windows-hardware-id/run.sh).
#
#   conformance/linux-hardware-id/run.sh [FACTSET.env...]     (default: every factsets/*.env)
#
# Fetches @licensespring/node-sdk@1.4.17 with npm (or reuses the Windows check's copy), builds a dlopen loader with
# gcc, and for each fact set runs the official libhardware_id_generator.so (linux/x86_64/glibc, algorithms 0-4,
# never 5) and then the project's own Linux code in one private mount namespace whose machine-id files are
# replaced as the fact set says (observe.sh). Prints a table and exits non-zero on any difference.
# Needs root (unshare -m, overlay and bind mounts), gcc, npm, Maven with a warm ~/.m2 and a JDK 17+.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$root/target/linux-hardware-id
sdk_version=1.4.17
mkdir -p "$out"
log() { printf '== %s\n' "$*" >&2; }
if [ "$(id -u)" != 0 ]; then
    echo "run.sh needs root (unshare -m, overlay and bind mounts)" >&2
    exit 2
fi

rel=package/dist/hwid/hardware_id_generator/bin/linux/x86_64/glibc/libhardware_id_generator.so
lib=$out/sdk/$rel
[ -f "$lib" ] || [ ! -f "$root/target/windows-hardware-id/sdk/$rel" ] || lib=$root/target/windows-hardware-id/sdk/$rel
if [ ! -f "$lib" ]; then
    log "fetching @licensespring/node-sdk@$sdk_version"
    rm -rf "$out/sdk" && mkdir -p "$out/sdk"
    (cd "$out/sdk" && npm pack --silent "@licensespring/node-sdk@$sdk_version" >/dev/null \
        && tar xzf "licensespring-node-sdk-$sdk_version.tgz")
fi
log "generator library sha256 $(sha256sum "$lib" | cut -c1-64)"
if [ ! -f "$out/hwid_loader_linux" ] || [ "$here/hwid_loader_linux.c" -nt "$out/hwid_loader_linux" ]; then
    gcc -O2 -Wall -o "$out/hwid_loader_linux" "$here/hwid_loader_linux.c" -ldl
fi

log "compiling the project"
(cd "$root" && mvn -o -q compile dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" >/dev/null)
cp="$root/target/classes:$(cat "$out/classpath.txt")"
mkdir -p "$out/classes"
javac -nowarn -d "$out/classes" -cp "$cp" "$here/LinuxProjectIds.java"

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
        printf '%-36s %-3s %-18s %-18s %s\n' "$name" "$alg" "${official:0:16}${official:+…}${official:-(no ID)}" \
            "${project:0:16}${project:+…}${project:-(no ID)}" "$result"
    done
done
echo "$((rows - diffs)) of $rows comparisons equal, $# fact sets"
[ "$diffs" -eq 0 ] && [ "$rows" -gt 0 ]
