#!/usr/bin/env bash
# README screenshots from the real demo, started the way a user starts it (no vendor configuration: the built-in
# sandbox, this computer's real hardware ID) and driven from the keyboard like a user (Keys.java, XTEST).
#   Xvfb :99 -screen 0 1280x800x24 &  DISPLAY=:99 assets/screenshots/take.sh
# LM_RUN is the start command (default: mvn -q javafx:run); LANGS and THEMES choose what is taken; PREFIX names the
# files (default: none; e.g. PREFIX=scale2- with LM_RUN='mvn -q javafx:run -Djavafx.options=...').
# Every start has its own empty LM_HOME; the demo sandbox keeps its licenses in memory only, so each start lists the
# same four licenses whatever an earlier start freed. It waits on the windows (xwininfo) and on the screen holding
# still, not on fixed times. Every PNG must be looked at before it is committed.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=assets/screenshots
RUN=${LM_RUN:-mvn -q javafx:run}
LANGS=${LANGS:-en ja}
THEMES=${THEMES:-light dark}
PREFIX=${PREFIX:-}
# The tools it needs, and the Japanese font, through the project's own installer (a no-op when present).
.ci/packages x11-utils imagemagick pngquant fonts-noto-cjk
tmp=$(mktemp -d)
app=""
cleanup() {
  [ -z "$app" ] || kill -- "-$app" 2>/dev/null || true
  [ -z "${KEYS_PID:-}" ] || kill "$KEYS_PID" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
javac -d "$tmp/keys" "$OUT/Keys.java"
# One keyboard process for the whole run (a JVM start per key press costs seconds on a busy machine).
coproc KEYS { java -cp "$tmp/keys" Keys; }
keys() { echo "$*" >&"${KEYS[1]}"; read -r _ <&"${KEYS[0]}"; }

# The app's windows larger than a stub: "id w h x y", one a line.
windows() {
  xwininfo -root -tree | awk '/^     0x/ && /"java"/ && !/has no name/ { if (match($0, /[0-9]+x[0-9]+\+-?[0-9]+\+-?[0-9]+/)) {
      split(substr($0, RSTART, RLENGTH), g, /[x+]/); if (g[1] > 40 && g[2] > 40) print $1, g[1], g[2], g[3], g[4] } }'
}
ids() { windows | awk '{ print $1 }' | sort; }

# until SECONDS COMMAND...: retries the command every 0.2 s; fails with a message after SECONDS.
until_() {
  local end=$((SECONDS + $1)); shift
  until "$@"; do
    [ $SECONDS -lt $end ] || { echo "take.sh: timed out waiting for: $*" >&2; return 1; }
    sleep 0.2
  done
}
new_window() { [ -n "$(comm -13 <(echo "$1") <(ids))" ]; }   # a window that was not there before
only_main() { [ "$(ids | wc -l)" -eq 1 ]; }
any_window() { [ -n "$(ids)" ]; }
no_window() { [ -z "$(ids)" ]; }

# The number of pixels that differ between two screen grabs.
differ() { compare -metric AE "$1" "$2" null: 2>&1 | awk '{ print int($1) }'; }
grab() { import -window root -depth 8 "ppm:$1"; }
# Waits until the screen differs from the grab $1 (if given) and then holds still for about a second (a blinking
# caret is not a change: under 150 pixels).
settle() {
  local still=0 end=$((SECONDS + 60))
  grab "$tmp/prev.ppm"
  while [ $SECONDS -lt $end ]; do
    sleep 0.2
    grab "$tmp/cur.ppm"
    if [ -n "${1:-}" ] && [ "$(differ "$1" "$tmp/cur.ppm")" -lt 150 ]; then continue; fi
    if [ "$(differ "$tmp/prev.ppm" "$tmp/cur.ppm")" -lt 150 ]; then
      still=$((still + 1))
      [ $still -lt 3 ] || return 0
    else
      still=0
    fi
    mv "$tmp/cur.ppm" "$tmp/prev.ppm"
  done
  echo "take.sh: the screen did not settle" >&2
  return 1
}
# Presses keys, then waits for the screen to change and hold still.
press() { grab "$tmp/before.ppm"; keys "$@"; settle "$tmp/before.ppm"; }
# Presses keys, then waits for a new window (a dialog) and for the screen to hold still.
dialog() { local before; before=$(ids); keys "$@"; until_ 60 new_window "$before"; settle; }
# Presses keys, then waits until only the main window is left.
close() { keys "$@"; until_ 30 only_main; settle; }

# Crops the screen to the app's windows (main window and any dialog over it), with a margin, and quantizes it.
shot() {
  local box sw sh
  read -r sw sh < <(xwininfo -root | awk '/Width:/ { w = $2 } /Height:/ { h = $2 } END { print w, h }')
  box=$(windows | awk -v sw="$sw" -v sh="$sh" 'NR == 1 { x0 = $4; y0 = $5; x1 = $4 + $2; y1 = $5 + $3 }
        { if ($4 < x0) x0 = $4; if ($5 < y0) y0 = $5; if ($4 + $2 > x1) x1 = $4 + $2; if ($5 + $3 > y1) y1 = $5 + $3 }
        END { m = 12; x0 -= m; y0 -= m; x1 += m; y1 += m; if (x0 < 0) x0 = 0; if (y0 < 0) y0 = 0
              if (x1 > sw) x1 = sw; if (y1 > sh) y1 = sh; printf "%dx%d+%d+%d", x1 - x0, y1 - y0, x0, y0 }')
  local f="$OUT/$PREFIX$1.png"
  import -window root -crop "$box" +repage "$f"
  pngquant --force --skip-if-larger --quality 80-100 --output "$f" -- "$f" || true
  echo "$f ($box)"
}

for lang in $LANGS; do
  for theme in $THEMES; do
    s="$lang-$theme"
    t0=$SECONDS
    home="$tmp/home-$s"
    mkdir -p "$home"
    # Its own process group, so that the JVM that mvn starts is stopped with it.
    LM_HOME=$home LM_LANG=$lang LM_THEME=$theme setsid $RUN >"$tmp/run-$s.log" 2>&1 &
    app=$!
    until_ 180 any_window
    settle                                                            # the list is loaded
    shot "licenses-$s"
    dialog key:SPACE;                                                 shot "licenses-confirm-$s"
    close key:ESCAPE
    press alt:E
    press type:DEMO-KEY-1111-2222;                                    shot "key-$s"
    dialog alt:T;                                                     shot "doctor-$s"
    close key:ESCAPE
    press ctrl:TAB
    press type:alice@example.com key:TAB type:demo-password alt:F;    shot "account-$s"
    press ctrl:TAB;                                                   shot "sso-$s"
    press ctrl:TAB
    dialog key:ENTER;                                                 shot "confirm-$s"
    dialog key:ENTER;                                                 shot "success-$s"
    close key:ENTER;                                                  shot "receipt-$s"
    press alt:K                                                       # back to the list, asked again
    dialog key:SPACE
    dialog key:ENTER;                                                 shot "licenses-success-$s"
    close key:ENTER
    dialog alt:R;                                                     shot "licenses-confirm-all-$s"
    dialog key:ENTER;                                                 shot "licenses-summary-$s"
    close key:ENTER;                                                  shot "licenses-freed-$s"
    kill -- "-$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    app=""
    until_ 30 no_window
    echo "$s: $((SECONDS - t0)) s"
  done
done
