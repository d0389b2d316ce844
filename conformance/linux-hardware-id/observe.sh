#!/usr/bin/env bash
# Runs LicenseSpring's Linux libhardware_id_generator.so (algorithms 0-4, never 5) and then the project's own Linux
# code in one private mount namespace where the machine-id files are replaced as a fact set says.
# Usage: observe.sh FACTSET_FILE OUT_DIR   (needs root: unshare -m, overlay and bind mounts)
# Fact set variables: ETC_MACHINE_ID, DBUS_MACHINE_ID (unset: as on this machine; ABSENT: removed; otherwise the
# exact file content, e.g. $'abc\n'), FALLBACK (unset: no /var/tmp/.LicenseSpring; DIR:<content>: the directory
# with its file machine-id holding <content>, as the generator creates it; EMPTYDIR: the directory alone;
# FILE:<content>: /var/tmp/.LicenseSpring as a plain file), PROJECT_FIRST=1 (the project runs before
# the generator, to see whether the generator accepts a fallback file the project created).
# Writes OUT_DIR/official.txt (the loader's output), OUT_DIR/project.txt (WHAT alg id) and OUT_DIR/fallback.txt.
set -euo pipefail
factset=$(realpath "$1")
out=$(realpath -m "$2")
: "${LM_LIB:?}" "${LM_LOADER:?}" "${LM_JAVA_CP:?}" "${LM_CHECK_CLASSES:?}"
rm -rf "$out" && mkdir -p "$out"
timeout 300 unshare -m --propagation private bash -c '
    set -euo pipefail
    out=$1 factset=$2
    unset ETC_MACHINE_ID DBUS_MACHINE_ID FALLBACK PROJECT_FIRST
    . "$factset"
    for d in etc dbus; do mkdir -p "$out/ov/$d/upper" "$out/ov/$d/work"; done
    mount -t overlay overlay -o lowerdir=/etc,upperdir="$out/ov/etc/upper",workdir="$out/ov/etc/work" /etc
    mkdir -p /var/lib/dbus
    mount -t overlay overlay -o lowerdir=/var/lib/dbus,upperdir="$out/ov/dbus/upper",workdir="$out/ov/dbus/work" /var/lib/dbus
    mkdir -p "$out/vartmp" && mount --bind "$out/vartmp" /var/tmp
    put() { # file value
        if [ "$2" = ABSENT ]; then rm -f "$1"; else rm -f "$1"; printf "%s" "$2" > "$1"; fi
    }
    [ -n "${ETC_MACHINE_ID+x}" ] && put /etc/machine-id "$ETC_MACHINE_ID"
    [ -n "${DBUS_MACHINE_ID+x}" ] && put /var/lib/dbus/machine-id "$DBUS_MACHINE_ID"
    if [ -n "${FALLBACK+x}" ]; then
        case "$FALLBACK" in
            DIR:*) mkdir /var/tmp/.LicenseSpring && printf "%s" "${FALLBACK#DIR:}" > /var/tmp/.LicenseSpring/machine-id ;;
            EMPTYDIR) mkdir /var/tmp/.LicenseSpring ;;
            FILE:*) printf "%s" "${FALLBACK#FILE:}" > /var/tmp/.LicenseSpring ;;
        esac
    fi
    generator() { "$LM_LOADER" "$LM_LIB" 0 1 2 3 4 > "$out/official.txt"; }
    project() { java -cp "$LM_CHECK_CLASSES:$LM_JAVA_CP" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
        dev.licensemanager.hardware.LinuxProjectIds > "$out/project.txt"; }
    if [ -n "${PROJECT_FIRST+x}" ]; then project; generator; else generator; project; fi
    if [ -f /var/tmp/.LicenseSpring ]; then
        printf "FILE\t%s\n" "$(od -An -c /var/tmp/.LicenseSpring | tr -s " " | tr -d "\n")" > "$out/fallback.txt"
    elif [ -d /var/tmp/.LicenseSpring ]; then
        printf "DIR\t%s\n" "$(cd /var/tmp/.LicenseSpring && for f in *; do [ -f "$f" ] && printf "%s=%s; " "$f" \
            "$(od -An -c "$f" | tr -s " " | tr -d "\n")"; done)" > "$out/fallback.txt"
    else
        echo "NONE" > "$out/fallback.txt"
    fi
' observe "$out" "$factset"
