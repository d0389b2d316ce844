#!/usr/bin/env bash
# Reliability figures: runs the reliability suite (Fault*, Fuzz*, Secret*) and prints what it tried and found.
#   bench/reliability-figures.sh          run the suite, then print the figures
#   bench/reliability-figures.sh --print  only print the figures of the last run (target/reliability-figures/)
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" != "--print" ]]; then
  rm -rf target/reliability-figures
  start=$(date +%s)
  mvn -B -o -q test -Dtest='Fault*,Fuzz*,Secret*' -Dsurefire.failIfNoSpecifiedTests=false || status=$?
  echo "suite wall time (incl. Maven): $(( $(date +%s) - start )) s, exit ${status:-0}"
fi
dir=target/reliability-figures
[[ -d $dir ]] || { echo "no figures in $dir: run the suite first" >&2; exit 1; }
get() { cat "$dir"/*.properties 2>/dev/null | awk -F= -v k="$1" '$1==k {s+=$2} END {print s+0}'; }
echo "faults tried (service + CLI):          $(get faults_tried)"
echo "faults named correctly:                $(get faults_named_correctly)"
echo "lost-response fault points (both ways): $(get fault_points_checked_both_directions)"
echo "keep-alive cases (service + CLI):      $(get keep_alive_cases_tried) (attempts reported = requests the server received: $(get keep_alive_cases_attempts_match_server))"
echo "shutdown: CLI SIGTERM runs:            $(get cli_sigterm_runs); sandbox kill runs: $(get sandbox_kill_runs) (acknowledged deactivations checked: $(get acknowledged_deactivations_checked))"
echo "malformed responses tried:             $(get malformed_responses_tried)"
echo "malformed responses handled:           $(get malformed_responses_handled)"
echo "user inputs tried:                     $(get inputs_tried) (refused, nothing sent: $(get inputs_refused_nothing_sent); sent normalised: $(get inputs_sent_normalised))"
echo "config / seed files tried:             $(get config_files_tried) / $(get seed_files_tried)"
echo "secret runs / places scanned:          $(get secret_runs) / $(get places_scanned)"
echo "markers found outside allowed places:  $(get markers_found_outside_allowed_places)"
if ls target/surefire-reports/TEST-*.xml >/dev/null 2>&1; then
  python3 - <<'PY' 2>/dev/null || true
import glob, re
total = 0.0
for f in glob.glob('target/surefire-reports/TEST-*.xml'):
    name = f.split('TEST-')[1][:-4].split('.')[-1]
    if re.match(r'(Fault|Fuzz|Secret)', name):
        m = re.search(r'<testsuite[^>]* time="([0-9.]+)"', open(f, encoding='utf-8', errors='replace').read())
        if m:
            total += float(m.group(1))
            print(f"  {name:32s} {float(m.group(1)):6.1f} s")
print(f"  {'suite test time':32s} {total:6.1f} s")
PY
fi
