#!/bin/sh
# Prints the JDK/JavaFX modules jdeps finds in the packaged class path, to compare with --add-modules in
# installer/app-image.txt when dependencies change. Run after `mvn package`.
set -eu
cd "$(dirname "$0")/../target/jpackage"
"${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}/bin/jdeps" \
  --print-module-deps --ignore-missing-deps --multi-release 17 \
  --module-path "jfx:input" --add-modules ALL-MODULE-PATH
echo "(plus what jdeps cannot see: jdk.crypto.ec for TLS, java.naming/java.xml for logback, jdk.httpserver for the sandbox)"
