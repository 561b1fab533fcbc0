#!/usr/bin/env bash
# The TCP benchmarks of issue 3 ("Speed"), side by side in one run, loopback (127.0.0.1) only:
#   1. echo throughput, 64-byte messages, one outstanding per connection, at 50 and 1,000 connections:
#      our ThreadedServer (virtual threads; the same with -Djdk.pollerMode=1; platform threads), Netty epoll,
#      the seed's Python MThreadserver.py,
#      and two reference servers (a bare thread-per-connection java.net.Socket echo, virtual and platform);
#      one C epoll load client (echo_load.c) for all; servers interleaved, ROUNDS rounds, medians;
#   2. 10,000 connections held (virtual, platform, and Netty for reference), server heap capped at 512 MB:
#      heap used after a full GC, resident memory, the server's own connection count;
#   3. TcpClient.send of 1 MiB payloads to a C discard sink (bulk_sink.c), against a bare SocketChannel
#      writing from a direct and from a heap buffer.
# Every load is bounded in count and time. Prints tables; raw lines stay in target/bench-tcp/.
#
#   src/bench/tcp/run.sh                 # everything, about 10 minutes on 2 cores
#   ROUNDS=1 MEASURE=2 src/bench/tcp/run.sh   # a quick look
# Knobs (environment): ROUNDS=3 WARMUP=5 MEASURE=5 COUNTS="50 1000" HOLD=10000 HOLD_SECONDS=60
#   SERVERS="virtual virtual-syspoller platform netty python plain-virtual plain-platform" BULK_MIB=4096 BULK_SECONDS=20
#   SERVER_JVM_OPTS="-Xmx512m" PHASES="echo hold bulk"
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROOT=$PWD

ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-5}
MEASURE=${MEASURE:-5}
COUNTS=${COUNTS:-"50 1000"}
HOLD=${HOLD:-10000}
HOLD_SECONDS=${HOLD_SECONDS:-60}
SERVERS=${SERVERS:-"virtual virtual-syspoller platform netty python plain-virtual plain-platform"}
BULK_MIB=${BULK_MIB:-4096}
BULK_SECONDS=${BULK_SECONDS:-20}
PHASES=${PHASES:-"echo hold bulk"}

OUT=$ROOT/target/bench-tcp
mkdir -p "$OUT"
# shellcheck source=src/bench/tcp/lib.sh
source "$ROOT/src/bench/tcp/lib.sh"
use_jdk
LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)
build
# 10,000 connections need 10,000 descriptors in the client and in the server (plus the JVM's own).
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt $((HOLD + 1000)) ]; then
  echo "Open-files limit is $(ulimit -n), too low for HOLD=$HOLD connections; the hold phase may fail." >&2
fi

machine() {
  echo "date:     $(date -u '+%Y-%m-%d %H:%M UTC')   commit: $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "machine:  nproc=$(nproc)  cpu=\"$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)\"  kernel=$(uname -r)"
  echo "          memory=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)  load average at start: $LOAD_AT_START  open-files limit: $(ulimit -n)"
  echo "jdk:      $("$JAVA" -version 2>&1 | head -1)  ($JAVA_HOME)"
  echo "python:   $(python3 --version 2>&1)   gcc: $(gcc -dumpfullversion)"
  echo "netty:    $(tr ':' '\n' < "$OUT/classpath" | sed -n 's#.*/netty-transport-native-epoll-\([^/]*\)-linux-x86_64.jar#\1#p')"
  echo "server JVM options: ${SERVER_JVM[*]}"
}
machine | tee "$OUT/machine.txt"

trap 'stop_server; [ -n "${CLIENT_PID:-}" ] && kill "$CLIENT_PID" 2>/dev/null; true' EXIT

# ---------------------------------------------------------------- 1. echo throughput
if [[ " $PHASES " == *" echo "* ]]; then
  echo "== echo: ${ROUNDS} rounds x servers [$SERVERS] x connections [$COUNTS], warm-up ${WARMUP}s, measured ${MEASURE}s"
  printf 'round\tserver\tconns\trate\tserverUsPerMsg\tclientUsPerMsg\tserverCpu\tfailed\n' > "$OUT/echo.tsv"
  : > "$OUT/echo-client.err"
  read -r -a order <<< "$SERVERS"
  for ((r = 1; r <= ROUNDS; r++)); do
    for ((i = 0; i < ${#order[@]}; i++)); do
      s=${order[$(((i + r - 1) % ${#order[@]}))]}   # rotate the order each round
      start_server "$s"
      for c in $COUNTS; do
        line=$(ECHO_LOAD_SERVER_PID=$SRV_PID "$OUT/echo_load" echo "$SRV_PORT" "$c" "$WARMUP" "$MEASURE" 64 \
               2>> "$OUT/echo-client.err" || true)
        echo "  round $r  $(printf '%-15s' "$s") $line"
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$r" "$s" "$c" "$(field rate "$line")" "$(field serverUsPerMsg "$line")" \
          "$(field clientUsPerMsg "$line")" "$(field serverCpu "$line")" "$(field failed "$line")" >> "$OUT/echo.tsv"
      done
      stop_server
    done
  done
fi

# ---------------------------------------------------------------- 2. many connections held
if [[ " $PHASES " == *" hold "* ]]; then
  echo "== hold: $HOLD connections per server (open one by one, one echo each), server ${SERVER_JVM[*]}"
  printf 'server\theld\tfailed\tconnectSeconds\tstatsUp\tstatsAfterClose\n' > "$OUT/hold.tsv"
  for s in virtual platform netty; do
    start_server "$s"
    : > "$OUT/hold-$s.log"   # empty it here: the child's own truncation may come after the first grep
    "$OUT/echo_load" hold "$SRV_PORT" "$HOLD" "$HOLD_SECONDS" 64 >> "$OUT/hold-$s.log" 2>&1 &
    CLIENT_PID=$!
    for _ in $(seq 1800); do
      grep -q '^HELD' "$OUT/hold-$s.log" && break
      kill -0 "$CLIENT_PID" 2>/dev/null || break
      sleep 0.1
    done
    held=$(grep '^HELD' "$OUT/hold-$s.log" || echo "HELD 0 failed=? connect_seconds=?")
    up=$(server_stats)
    kill -TERM "$CLIENT_PID" 2>/dev/null || true
    wait "$CLIENT_PID" 2>/dev/null || true
    CLIENT_PID=""
    # Wait (bounded) until the server has seen every close, then measure again.
    for _ in $(seq 100); do
      after=$(server_stats)
      [ "$(field connections "$after")" = 0 ] && break
      sleep 0.2
    done
    echo "  $(printf '%-9s' "$s") $held"
    echo "            up:    $up"
    echo "            after: $after"
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$s" "$(awk '{print $2}' <<< "$held")" "$(field failed "$held")" \
      "$(field connect_seconds "$held")" "$up" "$after" >> "$OUT/hold.tsv"
    stop_server
  done
fi

# ---------------------------------------------------------------- 3. bulk send
if [[ " $PHASES " == *" bulk "* ]]; then
  echo "== bulk: ${BULK_MIB} MiB in 1 MiB sends (at most ${BULK_SECONDS}s) to a C discard sink, ${ROUNDS} rounds"
  printf 'round\tmode\tsenderGbps\tsinkGbps\tbytes\tcpuMsPerGB\n' > "$OUT/bulk.tsv"
  : > "$OUT/sink.log"
  "$OUT/bulk_sink" $((3 * ROUNDS)) >> "$OUT/sink.log" 2>&1 &
  SINK_PID=$!
  for _ in $(seq 50); do grep -q LISTENING "$OUT/sink.log" && break; sleep 0.1; done
  sink_port=$(awk '/^LISTENING/ {print $2; exit}' "$OUT/sink.log")
  n=0
  for ((r = 1; r <= ROUNDS; r++)); do
    for mode in direct channel client; do
      line=$("$JAVA" -Xmx512m -cp "$CP" dev.socketworkbench.bench.TcpBulkSendMain "$mode" "$sink_port" "$BULK_MIB" "$BULK_SECONDS" 1024 || true)
      n=$((n + 1))
      for _ in $(seq 100); do [ "$(grep -c '^SINK' "$OUT/sink.log" || true)" -ge "$n" ] && break; sleep 0.1; done
      sink=$(grep '^SINK' "$OUT/sink.log" | sed -n "${n}p")
      echo "  round $r  $line | $sink"
      printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$r" "$mode" "$(field gbps "$line")" "$(field gbps "$sink")" "$(field bytes "$line")" \
        "$(field cpuMsPerGB "$line")" >> "$OUT/bulk.tsv"
    done
  done
  wait "$SINK_PID" 2>/dev/null || true
fi

# ---------------------------------------------------------------- tables
echo
machine
OUT="$OUT" PHASES="$PHASES" python3 - <<'EOF'
import csv, os, statistics
out = os.environ["OUT"]
phases = os.environ["PHASES"].split()

def rows(name):
    path = os.path.join(out, name)
    return list(csv.DictReader(open(path), delimiter="\t")) if os.path.exists(path) else []

def num(v):
    try:
        return float(v)
    except (TypeError, ValueError):
        return None

def med(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None

if "echo" in phases:
    echo = rows("echo.tsv")
    servers = list(dict.fromkeys(r["server"] for r in echo))
    counts = list(dict.fromkeys(r["conns"] for r in echo))
    print("\nEcho, 64-byte messages, one outstanding per connection: median msgs/s over %d rounds"
          % max([int(r["round"]) for r in echo] or [0]))
    print("  %-17s %6s %10s %8s %14s %13s %14s %s" % ("server", "conns", "msgs/s", "x Netty", "server us/msg", "server cores",
          "client us/msg", "msgs/s per round"))
    for c in counts:
        netty = med([num(r["rate"]) for r in echo if r["server"] == "netty" and r["conns"] == c])
        for s in servers:
            sel = [r for r in echo if r["server"] == s and r["conns"] == c]
            rates = [num(r["rate"]) for r in sel]
            rate = med(rates)
            ratio = "%.2f" % (rate / netty) if rate and netty else "-"
            su = med([num(r["serverUsPerMsg"]) for r in sel])
            sc = med([num(r["serverCpu"]) for r in sel])
            cu = med([num(r["clientUsPerMsg"]) for r in sel])
            each = " ".join("%.0f" % x if x is not None else "-" for x in rates)
            print("  %-17s %6s %10s %8s %14s %13s %14s %s" % (s, c, "%.0f" % rate if rate else "failed", ratio,
                  "%.1f" % su if su else "-", "%.2f" % sc if sc else "-", "%.1f" % cu if cu else "-", each))

    print("  server us/msg: the server process's CPU (all threads, user+system) per echoed message; server cores: its")
    print("  CPU seconds per second. virtual-syspoller = virtual with -Djdk.pollerMode=1; plain-* = a bare java.net.Socket")
    print("  thread-per-connection echo loop (no registry, events or copies), the floor for our engine's design.")

if "hold" in phases:
    hold = rows("hold.tsv")
    print("\nConnections held (server heap capped by the JVM options above; heap used after a full GC)")
    print("  %-9s %7s %7s %9s %13s %12s %9s %16s %14s" % ("server", "held", "failed", "connect s", "registry/open",
          "heap MiB", "RSS MiB", "platform threads", "heap after close"))
    f = lambda line, k: next((p.split("=", 1)[1] for p in line.split() if p.startswith(k + "=")), "-")
    for r in hold:
        up, after = r["statsUp"], r["statsAfterClose"]
        print("  %-9s %7s %7s %9s %13s %12s %9s %16s %14s" % (r["server"], r["held"], r["failed"], r["connectSeconds"],
              f(up, "connections"), f(up, "heapUsedMiB"), f(up, "rssMiB"), f(up, "platformThreads"), f(after, "heapUsedMiB")))

if "bulk" in phases:
    bulk = rows("bulk.tsv")
    print("\nBulk send, 1 MiB payloads to a discard sink: median GB/s (10^9 bytes/s, first send to the sink's close)")
    print("and the sender JVM's CPU ms per GB")
    for mode, label in (("direct", "SocketChannel.write, direct buffer"), ("channel", "SocketChannel.write, heap buffer"),
                        ("client", "TcpClient.send (SENT event, 64 KiB kept)")):
        sel = [r for r in bulk if r["mode"] == mode]
        m = med([num(r["senderGbps"]) for r in sel])
        cpu = med([num(r["cpuMsPerGB"]) for r in sel])
        print("  %-38s %6s GB/s %6s CPU ms/GB   rounds: %s" % (label, "%.2f" % m if m else "-", "%.0f" % cpu if cpu else "-",
              " ".join(r["senderGbps"] for r in sel)))
EOF
