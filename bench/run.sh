#!/bin/sh
# Builds the app-image + .deb and the hello-world baseline, starts Xvfb if there is no DISPLAY, prints all figures.
#   bench/run.sh            (build + measure)      bench/run.sh --no-build   (measure only)
set -eu
cd "$(dirname "$0")/.."
# The image's runtime as .ci/run picks it: a JDK 25+ when one is installed (the per-user startup archive).
IMAGE_JDK=""
for jdk in "${IMAGE_JDK_HOME:-}" /usr/lib/jvm/temurin-2[5-9]-jdk* /usr/lib/jvm/java-2[5-9]-openjdk*; do
  if [ -n "$jdk" ] && [ -x "$jdk/bin/jpackage" ]; then IMAGE_JDK="-Dimage.jdk=$jdk"; break; fi
done
if [ "${1:-}" != "--no-build" ]; then
  mvn -B -q package -Pinstaller -DskipTests $IMAGE_JDK
  mvn -B -q -f bench/hello/pom.xml package $IMAGE_JDK
  if grep -q 'SharedArchiveFile=\$APPDIR/app.jsa' target/dist/license-manager/lib/app/license-manager.cfg; then
    installer/cds/dump.sh target/dist/license-manager   # JDK 17 runtime: as the .deb's postinst does on install
  fi
fi
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :97 -screen 0 1280x800x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb' EXIT
  export DISPLAY=:97
  sleep 1
fi
python3 bench/bench.py all
