#!/usr/bin/env bash
# The UDP benchmarks of docs/BENCHMARKS.md in one run: builds what it needs, measures every contender side by
# side (interleaved rounds, so background noise hits all alike) and prints a table with ratios to C.
#
#   src/bench/udp/run.sh            # defaults: 5 rounds, 5 s per echo run, 2,000,000 datagrams per send run
#   ROUNDS=5 SECONDS_PER_RUN=10 COUNT=1000000 src/bench/udp/run.sh
#   PARTS=send src/bench/udp/run.sh   # only part 2 (send rate); PARTS=echo for part 1 only
#   PARTS=send SENDERS="c-sendmmsg java-discard" src/bench/udp/run.sh   # only these senders in part 2
#
# Only 127.0.0.1 is used. Every process is bounded in time (timeout) and every load in count or time.
# Everything printed is kept in target/bench-udp/run.log, with results.tsv, table.txt and one log per process.
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROOT=$PWD
ROUNDS=${ROUNDS:-5}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-5}
WARMUP_SECONDS=${WARMUP_SECONDS:-3}
COUNT=${COUNT:-2000000}
JAVA_WARMUP=${JAVA_WARMUP:-500000}
PARTS=${PARTS:-echo send}
OUT=$ROOT/target/bench-udp
mkdir -p "$OUT"
exec > >(tee "$OUT/run.log") 2>&1
RESULTS=$OUT/results.tsv
: > "$RESULTS"

# --- the JDK, picked as .ci/run does ---------------------------------------------------------------------
java_major() {  # prints the feature version of the JDK at $1, or 0
  local v
  v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}')
  echo "${v:-0}" | cut -d. -f1
}
pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ]; then
    echo "$JAVA_HOME"; return
  fi
  local best="" best_v=0 d v
  for d in /usr/lib/jvm/*/; do
    d=${d%/}
    [ -x "$d/bin/javac" ] || continue
    v=$(java_major "$d")
    if [ "$v" -gt "$best_v" ]; then best="$d"; best_v="$v"; fi
  done
  [ "$best_v" -ge 21 ] && echo "$best"
}
JAVA_HOME=$(pick_jdk || true)
if [ -z "$JAVA_HOME" ]; then
  echo "No JDK 21 or newer found in JAVA_HOME or /usr/lib/jvm; install one (e.g. Temurin 21) and rerun." >&2
  exit 1
fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
for tool in gcc mvn python3 timeout; do
  command -v "$tool" >/dev/null || { echo "$tool is missing; install it (apt-get install gcc maven python3 coreutils) and rerun." >&2; exit 1; }
done

# --- build ---------------------------------------------------------------------------------------------
echo "Building (gcc -O2, mvn test-compile) ..."
for prog in echo_server rtt_client flood_sender flood_sendmmsg flood_gso drain_receiver; do
  gcc -O2 -Wall -o "$OUT/$prog" "src/bench/udp/$prog.c"
done
mvn -B -q test-compile -DskipTests
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" >/dev/null
CP="$ROOT/target/classes:$ROOT/target/test-classes:$(cat "$OUT/classpath.txt")"
JAVA=(java -Xms256m -Xmx256m -cp "$CP")

# --- the machine ---------------------------------------------------------------------------------------
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
{
  echo "date        $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cpu         $(nproc) x $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
  echo "kernel      $(uname -r)$(lscpu 2>/dev/null | awk -F': *' '/Hypervisor vendor/ {print " (virtual machine, " $2 ")"}')"
  echo "jdk         $(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.runtime.version/ {print $2; exit}') ($JAVA_HOME)"
  echo "gcc         $(gcc -dumpfullversion)"
  echo "python      $(python3 -c 'import platform; print(platform.python_version())')"
  echo "load start  $LOAD_START (1, 5, 15 min)"
  echo "settings    ROUNDS=$ROUNDS SECONDS_PER_RUN=$SECONDS_PER_RUN WARMUP_SECONDS=$WARMUP_SECONDS COUNT=$COUNT JAVA_WARMUP=$JAVA_WARMUP PARTS='$PARTS' SENDERS='${SENDERS:-all}'"
} | tee "$OUT/machine.txt"

# --- process handling ----------------------------------------------------------------------------------
PIDS=()
cleanup() {
  local p
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
}
trap cleanup EXIT

# start NAME LOG CMD... : starts CMD in the background (bounded by timeout), waits for "ready <port>",
# and sets STARTED_PORT and STARTED_PID (the server's own pid, for its CPU time).
start() {
  local name=$1 log=$2; shift 2
  rm -f "$log"   # a "ready" line left from an earlier run must not be read as this one's
  timeout 1200 "$@" > "$log" 2>&1 &
  local tpid=$!
  PIDS+=("$tpid")
  local i
  for i in $(seq 300); do
    if grep -q '^ready' "$log" 2>/dev/null; then break; fi
    kill -0 "$tpid" 2>/dev/null || { echo "$name exited before it was ready:" >&2; cat "$log" >&2; exit 1; }
    sleep 0.1
  done
  grep -q '^ready' "$log" || { echo "$name was not ready within 30 s:" >&2; cat "$log" >&2; exit 1; }
  STARTED_PORT=$(awk '/^ready/ {print $2; exit}' "$log")
  STARTED_PID=$(pgrep -P "$tpid" | head -1)
}

cpu_ticks() {  # user+system clock ticks of process $1, all its threads
  awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0
}
free_port() {
  python3 -c 'import socket; s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# --- 1. echo round trips -------------------------------------------------------------------------------
if [[ " $PARTS " == *" echo "* ]]; then
echo
echo "1. UDP echo: one 64-byte datagram in flight, rtt_client for ${SECONDS_PER_RUN} s per run, $ROUNDS rounds"
declare -A PORT SPID
ECHO_SERVERS=()
add_server() {  # add_server NAME CMD...
  local name=$1; shift
  start "$name" "$OUT/server-$name.log" "$@"
  PORT[$name]=$STARTED_PORT
  SPID[$name]=$STARTED_PID
  ECHO_SERVERS+=("$name")
}
# add_chatty_server NAME CMD... : for servers that print per datagram. Their output goes to /dev/null (the
# cheapest place; a terminal would be slower), so they get a free port chosen here (the placeholder PORT in
# CMD) and are ready once they answer a datagram.
add_chatty_server() {
  local name=$1; shift
  local port; port=$(free_port)
  timeout 1200 "${@/#PORT/$port}" > /dev/null 2> "$OUT/server-$name.err" &
  local tpid=$!
  PIDS+=("$tpid")
  await_echo "$port" || { echo "$name did not answer on 127.0.0.1:$port within 30 s:" >&2; cat "$OUT/server-$name.err" >&2; exit 1; }
  PORT[$name]=$port
  SPID[$name]=$(pgrep -P "$tpid" | head -1)
  ECHO_SERVERS+=("$name")
}
await_echo() {  # true once something on 127.0.0.1:$1 answers a datagram (30 s at most)
  python3 - "$1" <<'PY'
import socket, sys, time
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(0.2)
end = time.monotonic() + 30
while time.monotonic() < end:
    try:
        s.sendto(b"ping", ("127.0.0.1", int(sys.argv[1])))
        s.recvfrom(2048)
        sys.exit(0)
    except OSError:   # timeout, or port unreachable while the server starts
        time.sleep(0.1)
sys.exit(1)
PY
}

add_server c-echo_server "$OUT/echo_server" 0
add_server java-discard "${JAVA[@]}" dev.socketworkbench.bench.UdpEchoServerMain discard 0 1100
add_server java-queue "${JAVA[@]}" dev.socketworkbench.bench.UdpEchoServerMain queue 0 1100
# The command line, exactly as a user runs it: it prints two lines per round trip.
if "${JAVA[@]}" dev.socketworkbench.Main udp listen --help > "$OUT/cli-help.txt" 2>&1 && grep -q -- '--reply' "$OUT/cli-help.txt"; then
  add_chatty_server java-cli "${JAVA[@]}" dev.socketworkbench.Main udp listen --port PORT --reply echo
else
  echo "   (this build has no 'udp listen --reply': java-cli skipped)"
fi
# The seed's socketserver.UDPServer replies "Got your message!" and prints two lines per datagram.
add_chatty_server python-socketserver python3 src/test/resources/seeds/udp_socketserver_reply.py 127.0.0.1 PORT

echo "   warm-up: ${WARMUP_SECONDS} s per server (JIT, caches), not recorded"
for s in "${ECHO_SERVERS[@]}"; do
  timeout 30 "$OUT/rtt_client" "${PORT[$s]}" "$WARMUP_SECONDS" > /dev/null
done
n=${#ECHO_SERVERS[@]}
for round in $(seq "$ROUNDS"); do
  for k in $(seq 0 $((n - 1))); do
    s=${ECHO_SERVERS[$(( (k + round - 1) % n ))]}   # rotate the order each round
    before=$(cpu_ticks "${SPID[$s]}")
    line=$(timeout $((SECONDS_PER_RUN + 30)) "$OUT/rtt_client" "${PORT[$s]}" "$SECONDS_PER_RUN")
    after=$(cpu_ticks "${SPID[$s]}")
    read -r trips secs rate lost <<< "$line"
    printf '   round %d  %-22s %8s round trips/s  (%s, server cpu %s ticks)\n' "$round" "$s" "$rate" "$lost" $((after - before))
    printf 'echo\t%s\t%s\t%s\t%s\t%s\t%s\t-\n' "$round" "$s" "$rate" "$trips" "$((after - before))" "${lost#lost=}" >> "$RESULTS"
  done
done
cleanup
PIDS=()
fi

# --- 2. send rate --------------------------------------------------------------------------------------
# c-flood_sender: one send() per datagram; c-sendmmsg: batches of 64, as UdpSender's flood path does.
# java-*: UdpSender (a flood: sendmmsg batches on Linux); java-discard-oneperwrite: the same with batching turned
# off (-Dsocketworkbench.udp.sendmmsg=false), one DatagramChannel.write per datagram as before.
if [[ " $PARTS " == *" send "* ]]; then
echo
echo "2. UDP send: $COUNT datagrams of 64 bytes per run to drain_receiver, $ROUNDS rounds"
read -r -a SENDERS <<< "${SENDERS:-c-flood_sender c-sendmmsg java-discard java-count java-queue java-discard-oneperwrite}"
n=${#SENDERS[@]}
for round in $(seq "$ROUNDS"); do
  for k in $(seq 0 $((n - 1))); do
    s=${SENDERS[$(( (k + round - 1) % n ))]}
    rlog=$OUT/receiver-$round-$s.log
    start drain_receiver "$rlog" "$OUT/drain_receiver" 0 "$COUNT" 300 1000
    rpid=${PIDS[-1]}
    slog=$OUT/sender-$round-$s.log
    case $s in
      c-flood_sender) cmd=("$OUT/flood_sender" "$STARTED_PORT" "$COUNT") ;;
      c-sendmmsg) cmd=("$OUT/flood_sendmmsg" "$STARTED_PORT" "$COUNT" 64) ;;
      c-gso) cmd=("$OUT/flood_gso" "$STARTED_PORT" "$COUNT" 64) ;;   # an experiment: only when SENDERS names it
      java-discard-oneperwrite) cmd=(java -Dsocketworkbench.udp.sendmmsg=false "${JAVA[@]:1}" dev.socketworkbench.bench.UdpSendRateMain "$STARTED_PORT" "$COUNT" discard "$JAVA_WARMUP") ;;
      java-*) cmd=("${JAVA[@]}" dev.socketworkbench.bench.UdpSendRateMain "$STARTED_PORT" "$COUNT" "${s#java-}" "$JAVA_WARMUP") ;;
    esac
    if ! timeout 300 "${cmd[@]}" > "$slog" 2>&1; then
      echo "   round $round  $s FAILED, left out of the table: $(tail -1 "$slog")"
      kill "$rpid" 2>/dev/null || true
      wait "$rpid" || true
      unset 'PIDS[-1]'
      continue
    fi
    line=$(grep '^sent' "$slog")
    wait "$rpid" || true
    unset 'PIDS[-1]'
    read -r _ sent _ secs _ rate _ errors _ cpu <<< "$line"
    read -r _ received _ drops <<< "$(grep '^received' "$rlog")"
    printf '   round %d  %-16s sent %9s in %6s s = %8s/s (sender process cpu %s s), received %9s (kernel drops %s)\n' \
      "$round" "$s" "$sent" "$secs" "$rate" "$cpu" "$received" "$drops"
    printf 'send\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$s" "$rate" "$sent" "$received" "$drops" "$cpu" >> "$RESULTS"
  done
done
fi

LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)
echo "load end    $LOAD_END" | tee -a "$OUT/machine.txt"

# --- the table -----------------------------------------------------------------------------------------
echo
python3 - "$RESULTS" "$(getconf CLK_TCK)" <<'PY' | tee "$OUT/table.txt"
import statistics, sys
from collections import defaultdict
path, tck = sys.argv[1], int(sys.argv[2])
runs = {"echo": defaultdict(dict), "send": defaultdict(dict)}   # kind -> name -> round -> row
for row in open(path):
    kind, rnd, name, rate, a, b, c, d = row.rstrip("\n").split("\t")
    runs[kind][name][int(rnd)] = (float(rate), int(a), b, c, d)

def ratios(kind, name, base):
    """Median rate / median rate of the baseline, and the median of per-round ratios (same round = same noise)."""
    mine, theirs = runs[kind][name], runs[kind].get(base, {})
    if not theirs:
        return "-", "-"
    whole = statistics.median(r[0] for r in mine.values()) / statistics.median(r[0] for r in theirs.values())
    paired = statistics.median(mine[k][0] / theirs[k][0] for k in mine if k in theirs)
    return f"{whole:.2f}x", f"{paired:.2f}x"

if runs["echo"]:
    print("UDP echo round trips per second (one 64-byte datagram in flight, the same C client for every server)")
    print(f"{'server':22}{'median/s':>10}{'min':>9}{'max':>9}{'vs C':>7}{'paired':>8}{'server CPU us/trip':>20}")
    for name, by_round in runs["echo"].items():
        rates = [r[0] for r in by_round.values()]
        trips = sum(r[1] for r in by_round.values())
        cpu_us = sum(int(r[2]) for r in by_round.values()) / tck * 1e6 / trips if trips else 0
        whole, paired = ratios("echo", name, "c-echo_server")
        print(f"{name:22}{statistics.median(rates):>10,.0f}{min(rates):>9,.0f}{max(rates):>9,.0f}{whole:>7}{paired:>8}{cpu_us:>20.1f}")
    print()
print("UDP send, 64-byte datagrams as fast as possible, to drain_receiver (received = counted by the receiver;")
print("CPU us/dgram = the sender process's CPU time per datagram; 1 core/s = 1e6 / that, the rate with a core to itself;")
print("vs C = against c-flood_sender, one send() per datagram; vs mmsg = paired against c-sendmmsg, batches of 64)")
print(f"{'sender':26}{'median sent/s':>14}{'min':>10}{'max':>10}{'vs C':>7}{'paired':>8}{'vs mmsg':>9}{'CPU us/dgram':>14}{'1 core/s':>10}{'received / sent, all runs':>30}")
for name, by_round in runs["send"].items():
    rates = [r[0] for r in by_round.values()]
    sent = sum(r[1] for r in by_round.values())
    got = sum(int(r[2]) for r in by_round.values())
    cpu_us = sum(float(r[4]) for r in by_round.values()) * 1e6 / sent if sent else 0
    whole, paired = ratios("send", name, "c-flood_sender")
    _, paired_mmsg = ratios("send", name, "c-sendmmsg")
    print(f"{name:26}{statistics.median(rates):>14,.0f}{min(rates):>10,.0f}{max(rates):>10,.0f}{whole:>7}{paired:>8}{paired_mmsg:>9}{cpu_us:>14.2f}{1e6 / cpu_us if cpu_us else 0:>10,.0f}{f'{got:,} / {sent:,}':>30}")
PY
