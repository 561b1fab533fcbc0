#!/usr/bin/env bash
# Measures launch-to-first-window of the app image under Xvfb: the time from starting
# bin/socket-workbench until a visible window named "Socket Workbench" exists (xdotool, polled
# every 20 ms, at most 30 s). One warm-up run first (it fills JavaFX's native-library cache in
# ~/.openjfx), then RUNS measured runs; prints each and the median in milliseconds. Each run also
# shows the CPU time (user + system) the app had used by then, which a busy machine disturbs much
# less than the wall-clock figure.
#   packaging/measure-startup.sh [APP_IMAGE_DIR] [RUNS]      (defaults: target/dist/socket-workbench 5)
# Extra JVM options for an experiment go in JAVA_TOOL_OPTIONS (the jpackage launcher ignores
# JDK_JAVA_OPTIONS), e.g. JAVA_TOOL_OPTIONS=-XX:AOTMode=off to measure an --aot image without its cache.
# On a machine busy with other work, MEASURE_NICE=-20 (as root) runs the measurement in a session
# of its own at that priority (session autogroup and process nice value), which comes closer to
# what an idle machine shows.
# Needs: xvfb, xdotool, libgtk-3-0.
set -euo pipefail
if [ -n "${MEASURE_NICE:-}" ] && [ -z "${MEASURE_OWN_SESSION:-}" ]; then
  MEASURE_OWN_SESSION=1 exec setsid --wait "$0" "$@"
fi
if [ -n "${MEASURE_NICE:-}" ]; then
  # With autogroup scheduling, nice values only rank processes within one session.
  echo "$MEASURE_NICE" > /proc/self/autogroup 2>/dev/null || echo "Could not raise the session's priority (not root?)." >&2
fi
cd "$(dirname "$0")/.."
source packaging/functions.sh
app=${1:-target/dist/socket-workbench}
runs=${2:-5}
launcher="$app/bin/socket-workbench"
[ -x "$launcher" ] || { echo "No launcher at $launcher: build the app image first (packaging/build.sh)." >&2; exit 1; }
for tool in Xvfb xdotool; do
  command -v "$tool" >/dev/null || { echo "measure-startup.sh needs $tool: apt-get install -y xvfb xdotool libgtk-3-0" >&2; exit 1; }
done

app_pid=""
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; fi
  stop_xvfb
}
trap cleanup EXIT
nice_cmd=()
if [ -n "${MEASURE_NICE:-}" ]; then nice_cmd=(nice -n "$MEASURE_NICE"); fi
XVFB_NICE="${MEASURE_NICE:-}" start_xvfb

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# CPU time (user + system) of process $1 so far, in ms (clock ticks from /proc/PID/stat).
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / hz)}' "/proc/$1/stat"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

# Sets WALL and CPU (ms) for one run.
one_run() {
  local start end
  start=$(now_ms)
  "${nice_cmd[@]}" "$launcher" >/dev/null 2>&1 &
  app_pid=$!
  wait_for_window "$app_pid" 30
  end=$(now_ms)
  CPU=$(cpu_ms "$app_pid")
  WALL=$(( end - start ))
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
}

echo "priority: ${MEASURE_NICE:-normal}; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
one_run
echo "warm-up: $WALL ms to the window (CPU $CPU ms)"
walls=(); cpus=()
for i in $(seq 1 "$runs"); do
  one_run
  echo "run $i: $WALL ms to the window (CPU $CPU ms)"
  walls+=("$WALL"); cpus+=("$CPU")
done
echo "median of $runs: $(printf '%s\n' "${walls[@]}" | median) ms to the window (CPU $(printf '%s\n' "${cpus[@]}" | median) ms); load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
