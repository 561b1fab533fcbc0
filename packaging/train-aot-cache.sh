#!/usr/bin/env bash
# Writes the AOT cache lib/app/socket-workbench.aot of an app image (JDK 25, JEP 483/514): starts
# the window once under Xvfb with the launcher's own class path and JVM options, stops it once the
# window is on screen, and lets the JVM assemble the cache from the classes that start-up loaded
# and linked. Called by packaging/build.sh --aot.
#   packaging/train-aot-cache.sh APP_IMAGE_DIR
# Needs: xvfb, xdotool, libgtk-3-0.
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/functions.sh
app=$(cd "${1:?Usage: packaging/train-aot-cache.sh APP_IMAGE_DIR}" && pwd)
cache="$app/lib/app/socket-workbench.aot"
need_window_tools "Training the AOT cache"

# The same class path, main class and JVM options as the launcher, minus those that read the cache.
read_launcher "$app"

rm -f "$cache"
log="$(dirname "$app")/aot-training.log"
start_xvfb
trap stop_xvfb EXIT
"$app/lib/runtime/bin/java" -XX:AOTCacheOutput="$cache" "${LAUNCH_OPTIONS[@]}" -cp "$LAUNCH_CLASSPATH" "$LAUNCH_MAIN" >"$log" 2>&1 &
pid=$!
if ! wait_for_window "$pid" 60; then
  kill "$pid" 2>/dev/null || true
  echo "AOT training failed; see $log" >&2
  exit 1
fi
# Ending the JVM (SIGTERM runs its normal exit) makes it assemble the cache before it stops.
kill "$pid"
wait "$pid" 2>/dev/null || true
[ -s "$cache" ] || { echo "The JVM wrote no AOT cache; see $log" >&2; exit 1; }
echo "AOT cache: $cache ($(( $(stat -c %s "$cache") / 1048576 )) MB)"
