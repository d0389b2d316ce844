#!/usr/bin/env bash
# In-process timing of the hardware ID on this machine. Builds nothing of the app:
# run `mvn -q package -DskipTests` first (needs target/classes and target/lib).
# Prints medians over RUNS fresh JVMs for every cold figure, and the warm median over N calls,
# each next to a baseline measured in the same run (a plain Files.readString of /etc/machine-id).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
N=${N:-2000}
[[ -d target/classes && -d target/lib ]] || { echo "run: mvn -q package -DskipTests" >&2; exit 2; }
CP="target/classes:target/lib/*"
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
javac -q -nowarn -d "$OUT" -cp "$CP" bench/HardwareIdBench.java 2>/dev/null || javac -d "$OUT" -cp "$CP" bench/HardwareIdBench.java
RUN=(java -Xshare:auto -Dlogback.configurationFile=/dev/null -cp "$OUT:$CP" HardwareIdBench)

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
cold() { # mode key
    for _ in $(seq "$RUNS"); do "${RUN[@]}" "$1" 2>/dev/null | awk -v k="$2" '$1==k {print $2}'; done | median
}

echo "hardware-id bench  $(date -u +%FT%TZ)  $(nproc) cores  load $(cut -d' ' -f1-3 /proc/loadavg)  java $(java -version 2>&1 | head -1 | cut -d'"' -f2)  os $(uname -sr)"
echo "(cold figures include class loading and are inflated when the machine is shared; compare with the baseline line)"
printf '%-44s %10s\n' "measure (ms, median of $RUNS fresh JVMs)" "value"
printf '%-44s %10s\n' "cold  baseline Files.readString(machine-id)" "$(cold cold-baseline cold-baseline)"
printf '%-44s %10s\n' "cold  hardware ID (create+compute, default)" "$(cold cold-id cold-id)"
printf '%-44s %10s\n' "cold  hardware ID, logging already started" "$(cold cold-id-after-logging cold-id-after-logging)"
printf '%-44s %10s\n' "cold  hardware ID, JDK infra already used" "$(cold cold-id-after-jdk-warmup cold-id-after-jdk-warmup)"
printf '%-44s %10s\n' "cold  SLF4J/logback start-up alone" "$(cold cold-logging cold-logging)"
printf '%-44s %10s\n' "cold  OSHI getHardwareUUID (incl. SystemInfo)" "$(cold cold-oshi cold-oshi-uuid)"
printf '%-44s %10s\n' "cold  OSHI getProcessorID (after the above)" "$(cold cold-oshi cold-oshi-cpuid)"
echo "warm (one JVM, $N calls after 500 warm-up; uncached = new service each call):"
"${RUN[@]}" warm "$N" 2>/dev/null | grep -v '^sink' | awk '{printf "  %-42s %10s\n", $1, $2}
    $1=="warm-id-median" {verdict = ($2 <= 10.0) ? "PASS" : "FAIL"}
    END {printf "  %-42s %10s\n", "target warm median <= 10 ms", verdict}'
t0=$(date +%s%N)
java -cp "$CP" dev.licensemanager.app.Main hardware-id >/dev/null 2>&1 || true
t1=$(date +%s%N)
printf '%-44s %10s\n' "CLI wall: license-manager hardware-id (JVM)" "$(( (t1 - t0) / 1000000 ))"
