#!/usr/bin/env bash
# Times `mvn -B verify` (what .ci/run runs) on fresh clones of two revisions, one after the other in the same run, so
# the baseline and the change meet the same machine. Prints, per revision: wall time, CPU (user+sys of Maven and
# every process it started), the time of each build phase (from Maven's log timestamps), the surefire and failsafe
# test counts, and the ten slowest test classes.
#   bench/suite-time.sh [BASE_REV] [NEW_REV]     (defaults: BASE_REV from $SUITE_BASE or HEAD~1, NEW_REV HEAD)
# Offline Maven (-o): the local repository must hold every plugin and dependency (run `mvn -B verify` once first).
# Run it on an idle machine: `uptime` is printed before and after each run.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
BASE=${1:-${SUITE_BASE:-HEAD~1}}
NEW=${2:-HEAD}
WORK=$(mktemp -d /tmp/suite-time.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

IMAGE_JDK=()
for jdk in "${IMAGE_JDK_HOME:-}" /usr/lib/jvm/temurin-2[5-9]-jdk* /usr/lib/jvm/java-2[5-9]-openjdk*; do
  if [ -n "$jdk" ] && [ -x "$jdk/bin/jpackage" ]; then IMAGE_JDK=("-Dimage.jdk=$jdk"); break; fi
done

run() { # name rev
  local dir="$WORK/$1" log="$WORK/$1.log"
  git clone -q "$REPO" "$dir"
  git -C "$dir" checkout -q "$2"
  echo "== $1: $(git -C "$dir" log --oneline -1)"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  local t0 t1
  t0=$(date +%s.%N)
  # bash's `times` after the child ends gives the CPU of every process it waited for, Maven's forks included.
  (cd "$dir" && export CI=true MAVEN_OPTS="-Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss" &&
    rc=0 && xvfb-run -a -s "-screen 0 1280x800x24" mvn -o -B verify "${IMAGE_JDK[@]}" >"$log" 2>&1 || rc=$?
    echo "exit=$rc" >>"$log"; times >"$dir.cpu")
  t1=$(date +%s.%N)
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
  python3 - "$log" "$dir" "$t0" "$t1" "$dir.cpu" <<'EOF'
import re, sys, glob, datetime
log, d, t0, t1, cpu = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
text = open(log).read()
def secs(s):
    m = re.match(r"(\d+)m([\d.]+)s", s)
    return int(m.group(1)) * 60 + float(m.group(2))
c = open(cpu).read().split()
# `times` prints the shell's own then its children's user and sys times; the children's are the last two.
print(f"result: {'BUILD SUCCESS' if 'BUILD SUCCESS' in text else 'BUILD FAILURE'}; {text.strip().splitlines()[-1]}")
print(f"wall: {t1 - t0:.0f} s; CPU (user+sys, all processes): {secs(c[-2]) + secs(c[-1]):.0f} s")
steps = re.findall(r"^(\d\d:\d\d:\d\d) \[INFO\] --- ([\w.-]+):[\w.-]+:([\w-]+) \(([\w-]+)\)", text, re.M)
end = re.findall(r"^(\d\d:\d\d:\d\d) \[INFO\] BUILD", text, re.M)
times = [datetime.datetime.strptime(s[0], "%H:%M:%S") for s in steps] + [datetime.datetime.strptime(end[-1], "%H:%M:%S")] if end else []
phase = {}
for i, s in enumerate(steps):
    if i + 1 < len(times):
        key = {"maven-compiler-plugin": "compile", "maven-surefire-plugin": "surefire (unit and UI tests)",
               "maven-failsafe-plugin": "failsafe (packaged image tests)"}.get(s[1], "packaging (jar, image, archive)")
        if s[1] == "maven-resources-plugin" and i < 5:
            key = "compile"
        phase[key] = phase.get(key, 0) + (times[i + 1] - times[i]).total_seconds()
for k, v in phase.items():
    print(f"  {k}: {v:.0f} s")
for m in re.findall(r"^\S* ?\[\w+\] Tests run: (\d+), Failures: (\d+), Errors: (\d+), Skipped: (\d+)$", text, re.M):
    print(f"  tests: {m[0]} run, {m[1]} failures, {m[2]} errors, {m[3]} skipped")
rows = []
for f in glob.glob(d + "/target/*-reports/TEST-*.xml"):
    head = open(f).read(4000)
    m = re.search(r'<testsuite [^>]*?name="([^"]+)"[^>]*?time="([\d.]+)"', head) or \
        re.search(r'<testsuite [^>]*?time="([\d.]+)"[^>]*?name="([^"]+)"', head)
    if m:
        name, t = (m.group(1), m.group(2)) if not m.group(1)[0].isdigit() else (m.group(2), m.group(1))
        rows.append((float(t), name.replace("dev.licensemanager.", "")))
rows.sort(reverse=True)
print(f"  test classes: {len(rows)}, their times summed: {sum(r[0] for r in rows):.0f} s; slowest:")
for t, n in rows[:10]:
    print(f"    {t:6.1f} s  {n}")
EOF
}

run base "$BASE"
run new "$NEW"
