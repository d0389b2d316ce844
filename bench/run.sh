#!/bin/sh
# Builds the app-image + .deb and the hello-world baseline, starts Xvfb if there is no DISPLAY, prints all figures.
#   bench/run.sh            (build + measure)      bench/run.sh --no-build   (measure only)
set -eu
cd "$(dirname "$0")/.."
if [ "${1:-}" != "--no-build" ]; then
  mvn -B -q package -Pinstaller -DskipTests
  mvn -B -q -f bench/hello/pom.xml package
  installer/cds/dump.sh target/dist/license-manager   # as the .deb's postinst does on install
fi
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :97 -screen 0 1280x800x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb' EXIT
  export DISPLAY=:97
  sleep 1
fi
python3 bench/bench.py all
