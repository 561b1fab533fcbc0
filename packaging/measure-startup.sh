#!/usr/bin/env bash
# Measures launch-to-first-window of the app image under Xvfb: the time from starting
# bin/socket-workbench until a visible window named "Socket Workbench" exists (xdotool, polled
# every 20 ms, at most 30 s). One warm-up run first (it fills JavaFX's native-library cache and,
# when the launcher uses AppCDS, writes the archive), then RUNS measured runs; prints each and
# the median in milliseconds.
#   packaging/measure-startup.sh [APP_IMAGE_DIR] [RUNS]
#   defaults: target/dist/socket-workbench 5
# Extra JVM options for an experiment go in JAVA_TOOL_OPTIONS (the jpackage launcher ignores
# JDK_JAVA_OPTIONS), e.g. JAVA_TOOL_OPTIONS=-Xshare:off.
# Needs: Xvfb (xvfb), xdotool, libgtk-3-0.
set -euo pipefail
cd "$(dirname "$0")/.."
app=${1:-target/dist/socket-workbench}
runs=${2:-5}
launcher="$app/bin/socket-workbench"
[ -x "$launcher" ] || { echo "No launcher at $launcher: build the app image first (packaging/build.sh)." >&2; exit 1; }
for tool in Xvfb xdotool; do
  command -v "$tool" >/dev/null || { echo "measure-startup.sh needs $tool: apt-get install -y xvfb xdotool libgtk-3-0" >&2; exit 1; }
done

# A private X server on a free display number, written by Xvfb itself to a pipe.
exec 3< <(Xvfb -displayfd 1 -screen 0 1280x800x24 -nolisten tcp 2>/dev/null)
xvfb_pid=$!
read -r -t 10 display <&3 || { echo "Xvfb did not start within 10 s." >&2; exit 1; }
export DISPLAY=":$display"
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  kill "$xvfb_pid" 2>/dev/null || true
}
trap cleanup EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Prints the launch-to-window time of one run in ms, or fails after 30 s.
one_run() {
  local start end
  start=$(now_ms)
  "$launcher" >/dev/null 2>&1 &
  app_pid=$!
  for _ in $(seq 1 1500); do
    if xdotool search --onlyvisible --name "Socket Workbench" >/dev/null 2>&1; then
      end=$(now_ms)
      kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
      echo $(( end - start ))
      return 0
    fi
    kill -0 "$app_pid" 2>/dev/null || { echo "The app exited before showing its window." >&2; return 1; }
    sleep 0.02
  done
  echo "No window named 'Socket Workbench' within 30 s." >&2
  return 1
}

echo "warm-up: $(one_run) ms"
times=()
for i in $(seq 1 "$runs"); do
  t=$(one_run)
  echo "run $i: $t ms"
  times+=("$t")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}')
echo "median of $runs: $median ms"
