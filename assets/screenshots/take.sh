#!/usr/bin/env bash
# README screenshots from the real demo, started the way a user starts it (no vendor configuration: the built-in
# sandbox, this computer's real hardware ID) and driven from the keyboard like a user (Keys.java, XTEST).
#   Xvfb :99 -screen 0 1280x800x24 &  DISPLAY=:99 assets/screenshots/take.sh
# LM_RUN is the start command (default: mvn -q javafx:run); LANGS and THEMES choose what is taken.
# Needs xwininfo (x11-utils) and import (imagemagick). Every PNG must be looked at before it is committed.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=assets/screenshots
RUN=${LM_RUN:-mvn -q javafx:run}
LANGS=${LANGS:-en ja}
THEMES=${THEMES:-light dark}
keys() { java "$OUT/Keys.java" "$@"; }

# Crops the screen to the app's windows (main window and any dialog over it), with a margin.
shot() {
  local box
  box=$(xwininfo -root -tree | awk '/^     0x/ && /"java"/ { if (match($0, /[0-9]+x[0-9]+\+-?[0-9]+\+-?[0-9]+/)) {
          split(substr($0, RSTART, RLENGTH), g, /[x+]/); if (g[1] > 40 && g[2] > 40) print g[1], g[2], g[3], g[4] } }' |
        awk 'NR == 1 { x0 = $3; y0 = $4; x1 = $3 + $1; y1 = $4 + $2 }
             { if ($3 < x0) x0 = $3; if ($4 < y0) y0 = $4; if ($3 + $1 > x1) x1 = $3 + $1; if ($4 + $2 > y1) y1 = $4 + $2 }
             END { m = 12; printf "%dx%d+%d+%d", x1 - x0 + 2 * m, y1 - y0 + 2 * m, x0 - m, y0 - m }')
  import -window root -crop "$box" +repage "$OUT/$1.png"
  echo "$OUT/$1.png ($box)"
}

for lang in $LANGS; do
  for theme in $THEMES; do
    home=$(mktemp -d)
    LM_HOME=$home LM_LANG=$lang LM_THEME=$theme $RUN >"$home/run.log" 2>&1 &
    app=$!
    for _ in $(seq 1 120); do
      xwininfo -root -tree | grep -q 'License Manager' && break
      sleep 0.5
    done
    sleep 6   # the demo sandbox and the hardware ID come up after the first frame
    suffix="$lang-$theme"
    keys type:DEMO-KEY-1111-2222 wait:500;                          shot "key-$suffix"
    keys ctrl:TAB wait:2000 type:alice@example.com key:TAB type:demo-password alt:F wait:5000
    shot "account-$suffix"
    keys ctrl:TAB wait:2000;                                        shot "sso-$suffix"
    keys ctrl:TAB wait:1500 key:ENTER wait:5000;                    shot "confirm-$suffix"
    keys key:ENTER wait:5000;                                       shot "success-$suffix"
    keys key:ENTER wait:1500;                                       shot "receipt-$suffix"
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    rm -rf "$home"
  done
done
