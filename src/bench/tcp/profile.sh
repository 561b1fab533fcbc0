#!/usr/bin/env bash
# Why one echo server is slower than another: runs the echo load against ONE server and, during the
# measured window, counts what the server process does per message with `perf stat` (system calls by
# name, context switches, CPU time) and, for the Java servers, the bytes it allocates per message.
# Counts per message barely depend on how busy the machine is, unlike msgs/s. Loopback only.
#
#   src/bench/tcp/profile.sh SERVER CONNS [WARMUP=5] [MEASURE=5]
#     SERVER: virtual | platform | netty | python | plain-virtual | plain-platform
#   SERVER_JVM_OPTS="-Xmx512m -Djdk.pollerMode=1" src/bench/tcp/profile.sh virtual 1000   # try a JVM option
#   NOBUILD=1 ...   skips the Maven and gcc steps when nothing changed
#   ENGINE_CLASSES=/tmp/old-classes ...   runs the server on a saved copy of target/classes (before/after a change)
# Needs perf (linux-tools) with the raw_syscalls/syscalls tracepoints, i.e. run as root.
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROOT=$PWD
OUT=$ROOT/target/bench-tcp
mkdir -p "$OUT"
# shellcheck source=src/bench/tcp/lib.sh
source "$ROOT/src/bench/tcp/lib.sh"
use_jdk
command -v perf >/dev/null || { echo "profile.sh needs perf (apt-get install linux-perf); install it and try again." >&2; exit 1; }
if [ "${NOBUILD:-}" = 1 ] && [ -s "$OUT/classpath" ] && [ -x "$OUT/echo_load" ]; then
  bench_classpath
  SEED=$ROOT/src/test/resources/seeds/tcp/MThreadserver.py
else
  build > /dev/null
fi

SERVER=${1:?usage: profile.sh SERVER CONNS [WARMUP] [MEASURE]}
CONNS=${2:?usage: profile.sh SERVER CONNS [WARMUP] [MEASURE]}
WARMUP=${3:-5}
MEASURE=${4:-5}
CLIENT_PID=""
trap 'stop_server; [ -n "$CLIENT_PID" ] && kill "$CLIENT_PID" 2>/dev/null; true' EXIT

EVENTS=task-clock,context-switches,cpu-migrations,raw_syscalls:sys_enter
for s in read write readv writev recvfrom sendto recvmsg sendmsg epoll_wait epoll_pwait epoll_ctl futex poll ppoll sched_yield; do
  [ -d "/sys/kernel/tracing/events/syscalls/sys_enter_$s" ] && EVENTS="$EVENTS,syscalls:sys_enter_$s"
done

alloc_bytes() {  # total bytes the Java server has allocated so far, or "" for Python
  [ -e "$OUT/ctl" ] || { echo ""; return; }
  local before
  before=$(grep -c '^ALLOC' "$SRV_LOG" || true)
  echo alloc >&3
  for _ in $(seq 100); do
    if [ "$(grep -c '^ALLOC' "$SRV_LOG" || true)" -gt "$before" ]; then
      grep '^ALLOC' "$SRV_LOG" | tail -1 | sed 's/.*bytes=//'; return
    fi
    sleep 0.05
  done
}

start_server "$SERVER"
# The client measures MEASURE+1 s; perf samples the first MEASURE s of that window.
: > "$OUT/profile-client.err"   # empty it here: the child's own truncation may come after the first grep
ECHO_LOAD_SERVER_PID=$SRV_PID "$OUT/echo_load" echo "$SRV_PORT" "$CONNS" "$WARMUP" $((MEASURE + 1)) 64 \
  > "$OUT/profile-client.out" 2>> "$OUT/profile-client.err" &
CLIENT_PID=$!
for _ in $(seq 1200); do
  grep -q MEASURING "$OUT/profile-client.err" && break
  kill -0 "$CLIENT_PID" 2>/dev/null || break
  sleep 0.05
done
a0=$(alloc_bytes)
perf stat -x, -e "$EVENTS" -p "$SRV_PID" -- sleep "$MEASURE" 2> "$OUT/profile-perf.csv" > /dev/null
a1=$(alloc_bytes)
wait "$CLIENT_PID" || true
CLIENT_PID=""
stop_server
result=$(grep '^RESULT' "$OUT/profile-client.out" || true)
echo "$SERVER conns=$CONNS ${SERVER_JVM[*]}"
echo "  $result"
RATE=$(field rate "$result") MEASURE=$MEASURE A0="$a0" A1="$a1" python3 - "$OUT/profile-perf.csv" <<'EOF'
import os, sys
rate = float(os.environ["RATE"] or 0)
msgs = rate * float(os.environ["MEASURE"])
if msgs <= 0:
    sys.exit("no messages measured")
print("  per message over %.0f messages (%.0f msgs/s x %s s):" % (msgs, rate, os.environ["MEASURE"]))
for line in open(sys.argv[1]):
    parts = line.strip().split(",")
    if len(parts) < 3 or not parts[0].replace(".", "").isdigit():
        continue
    value, unit, name = float(parts[0]), parts[1], parts[2]
    name = name.replace("syscalls:sys_enter_", "").replace("raw_syscalls:sys_enter", "all syscalls")
    if name == "task-clock":
        print("    %-18s %8.2f us CPU" % ("cpu", value * 1000 / msgs))  # perf gives msec
    elif value > 0:
        print("    %-18s %8.3f" % (name, value / msgs))
a0, a1 = os.environ["A0"], os.environ["A1"]
if a0 and a1:
    print("    %-18s %8.0f bytes" % ("allocated", (int(a1) - int(a0)) / msgs))
EOF
