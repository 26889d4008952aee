#!/usr/bin/env bash
# Takes README screenshots of the real window under Xvfb, on a fresh copy of the demo round.
# usage: tools/screenshot.sh OUT.png [LANG] [PROPS] [ACTIONS]
#   LANG     ko or en (default ko)
#   PROPS    extra JVM options, e.g. "-Dsangsaeng.startTab=results"
#   ACTIONS  xdotool commands run against the app window ($WIN) before the shot, e.g.
#            'xdotool mousemove --window $WIN 300 90 click 1; sleep 1'
#   WELCOME_SHOWN=false in the environment shows the first-start welcome.
# Needs xvfb, xdotool, imagemagick (apt-get install xvfb xdotool imagemagick libgtk-3-0).
set -euo pipefail
out=${1:?usage: tools/screenshot.sh OUT.png [LANG] [PROPS] [ACTIONS]}
lang=${2:-ko}
props=${3:-}
actions=${4:-}
cd "$(dirname "$0")/.."
[[ -f target/sangsaeng-review.jar ]] || mvn -q -B package -DskipTests
data=$(mktemp -d)
printf 'language=%s\nwindow.width=1280\nwindow.height=800\n' "$lang" > "$data/settings.properties"
[[ ${WELCOME_SHOWN:-true} == true ]] && echo 'welcome.shown=true' >> "$data/settings.properties"
display=:$(( 60 + RANDOM % 30 ))
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$data"' EXIT
sleep 1
# shellcheck disable=SC2086
DISPLAY=$display java -Dsangsaeng.dataDir="$data" $props -jar target/sangsaeng-review.jar >"$data/app.log" 2>&1 &
app=$!
export DISPLAY=$display
WIN=""
for _ in $(seq 1 60); do
  WIN=$(xdotool search --onlyvisible --pid "$app" 2>/dev/null | tail -1 || true)
  [[ -n "$WIN" ]] && break
  sleep 0.5
done
[[ -n "$WIN" ]] || { echo "no window appeared"; cat "$data/app.log"; exit 1; }
sleep 3
eval "$actions"
sleep 1
# Grab the whole screen, then crop to the main window, so dialogs over it are in the picture too.
eval "$(xdotool getwindowgeometry --shell "$WIN")"
import -window root -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage "$out"
echo "screenshot: $out"
