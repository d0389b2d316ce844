#!/bin/sh
# Regenerates installer/cds/app.classlist (the AppCDS class list shipped in the image) from a training run of
# the built app-image up to its first window and its services (LM_EXIT_ON_SHOWN=ready). Needs DISPLAY (Xvfb). Rerun when the startup path changes much;
# a stale list is never wrong, it only archives fewer classes.
#   mvn -B package -DskipTests && DISPLAY=:99 bench/make-classlist.sh
set -eu
cd "$(dirname "$0")/.."
img=target/dist/license-manager
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rm -f "$img/lib/app/app.jsa"
LM_HOME="$tmp/lm" LM_EXIT_ON_SHOWN=ready JAVA_TOOL_OPTIONS="-Duser.home=$tmp -XX:DumpLoadedClassList=$tmp/classlist" \
  "$img/bin/license-manager" >/dev/null 2>&1
cp "$tmp/classlist" installer/cds/app.classlist
echo "installer/cds/app.classlist: $(grep -vc '^#' installer/cds/app.classlist) classes"
