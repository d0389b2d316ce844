#!/bin/sh
# Creates the AppCDS archive <image>/lib/app/app.jsa from the shipped class list, in place: CDS on JDK 17
# checks the runtime and class-path locations, so the archive must be made where the image will run. The
# .deb's postinst does the same after installation; the launcher passes -XX:SharedArchiveFile=$APPDIR/app.jsa
# and runs normally (just slower) when the file is missing.     usage: installer/cds/dump.sh [IMAGE]
set -eu
img="${1:-$(dirname "$0")/../../target/dist/license-manager}"
app="$img/lib/app"
launcher=$(ls "$img"/bin/* | head -n 1)
rm -f "$app/app.jsa"
JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$app/app.classlist -XX:SharedArchiveFile=$app/app.jsa" \
  "$launcher" >/dev/null 2>&1 || true
if [ -f "$app/app.jsa" ]; then echo "AppCDS archive: $app/app.jsa ($(du -h "$app/app.jsa" | cut -f1))"; else echo "AppCDS dump failed" >&2; exit 1; fi
