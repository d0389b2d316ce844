#!/usr/bin/env bash
# Runs LicenseSpring's official hardware_id_generator.dll (algorithms 0-3, never 5) and the WMI/registry fact
# reader under Wine, inside a private mount namespace where the facts Wine reports are replaced as a fact set
# says. Usage: observe.sh FACTSET_FILE OUT_DIR   (needs root: unshare -m and mount --bind)
# Writes OUT_DIR/official.txt (hwid_loader.exe output) and OUT_DIR/facts.txt (hwid_facts.exe output).
# Fact set variables (unset = Wine's default): BOARD_VENDOR, BOARD_SERIAL, BOARD_NAME (SMBIOS, through a fake
# /sys/class/dmi/id), MACHINE_ID (Wine derives Win32_ComputerSystemProduct.UUID from /var/lib/dbus/machine-id),
# MACHINE_GUID (registry), WMI_DISABLED (Wine's WMI provider wbemprox switched off), SYSTEM_DRIVE_TYPE (Wine's drive type of C:, e.g. "network" hides the system disk),
# CPU_MODEL_NAME (a fake /proc/cpuinfo; Wine 8 reads the CPU name from cpuid, so it has no effect there).
set -euo pipefail
factset=$(realpath "$1")
out=$(realpath -m "$2")
: "${WINEPREFIX:?}" "${LM_WINE_BIN:?}" "${LM_DLL:?}" "${LM_EXE_DIR:?}"
rm -rf "$out" && mkdir -p "$out/fake/class/dmi/id"
(
    unset WMI_DISABLED BOARD_VENDOR BOARD_SERIAL BOARD_NAME MACHINE_ID MACHINE_GUID SYSTEM_DRIVE_TYPE CPU_MODEL_NAME
    # shellcheck disable=SC1090
    . "$factset"
    dmi=$out/fake/class/dmi/id
    [ -n "${BOARD_VENDOR+x}" ] && printf '%s\n' "$BOARD_VENDOR" > "$dmi/board_vendor"
    [ -n "${BOARD_SERIAL+x}" ] && printf '%s\n' "$BOARD_SERIAL" > "$dmi/board_serial"
    # Wine 8 takes board_serial only when board_name and board_version exist too (observed: without them
    # Win32_BaseBoard.SerialNumber stays "None"), so a fact set that sets board values gets both.
    if [ -n "${BOARD_VENDOR+x}${BOARD_SERIAL+x}${BOARD_NAME+x}" ]; then
        printf '%s\n' "${BOARD_NAME-Board}" > "$dmi/board_name"
        printf '1.0\n' > "$dmi/board_version"
    fi
    if [ -n "${MACHINE_ID+x}" ]; then printf '%s\n' "$MACHINE_ID" > "$out/fake/machine-id"; else cp /var/lib/dbus/machine-id "$out/fake/machine-id"; fi
    if [ -n "${CPU_MODEL_NAME+x}" ]; then
        sed "s/^model name\t: .*/model name\t: $CPU_MODEL_NAME/" /proc/cpuinfo > "$out/fake/cpuinfo"
    else
        cat /proc/cpuinfo > "$out/fake/cpuinfo"
    fi
    reg=$out/fake/system.reg
    if [ -n "${MACHINE_GUID+x}" ]; then
        guid=${MACHINE_GUID//\\/\\\\}
        awk -v g="$guid" '/^"MachineGuid"=/ { print "\"MachineGuid\"=\"" g "\""; next } { print }' \
            "$WINEPREFIX/system.reg" > "$reg"
    else
        cp "$WINEPREFIX/system.reg" "$reg"
    fi
    if [ -n "${WMI_DISABLED+x}" ]; then printf 'wbemprox=d\n' > "$out/fake/dlloverrides"; else : > "$out/fake/dlloverrides"; fi
    if [ -n "${SYSTEM_DRIVE_TYPE+x}" ]; then
        printf '\n[Software\\\\Wine\\\\Drives]\n"c:"="%s"\n' "$SYSTEM_DRIVE_TYPE" >> "$reg"
    fi
)
"${LM_WINE_BIN%/*}/wineserver" -k 2>/dev/null || true
"${LM_WINE_BIN%/*}/wineserver" -w 2>/dev/null || true
# The wineserver is started inside the namespace, so it and every Wine process see the replaced files; its
# registry save goes to the copy (and fails harmlessly), so the prefix itself is never changed.
timeout 300 unshare -m --propagation private sh -c '
    set -e
    f=$1/fake
    mount --bind "$f/cpuinfo" /proc/cpuinfo
    mount --bind "$f/class" /sys/class
    mount --bind "$f/machine-id" /var/lib/dbus/machine-id
    mount --bind "$f/system.reg" "$WINEPREFIX/system.reg"
    cd "$LM_EXE_DIR"
    WINEDLLOVERRIDES=$(cat "$f/dlloverrides"); export WINEDLLOVERRIDES
    "$LM_WINE_BIN" ./hwid_loader.exe "$LM_DLL" 0 1 2 3 > "$1/official.txt" 2>> "$1/wine.log"
    "$LM_WINE_BIN" ./hwid_facts.exe > "$1/facts.txt" 2>> "$1/wine.log"
    "${LM_WINE_BIN%/*}/wineserver" -w 2>/dev/null || true
' observe "$out"
sed -i 's/\r$//' "$out/official.txt" "$out/facts.txt"
