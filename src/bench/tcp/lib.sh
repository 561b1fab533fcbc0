# Shared by run.sh and profile.sh (sourced, not run): pick a JDK >= 21, build, start and stop the echo
# servers of the benchmark. Expects ROOT (the project root) and OUT (target/bench-tcp) to be set.

java_major() {  # prints the feature version of the JDK at $1, or 0 (as .ci/run)
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

use_jdk() {  # sets JAVA_HOME, PATH and JAVA; checks the other tools
  JAVA_HOME=$(pick_jdk || true)
  if [ -z "$JAVA_HOME" ]; then
    echo "No JDK 21 or newer found in JAVA_HOME or /usr/lib/jvm; install one (e.g. Temurin 21) and try again." >&2
    exit 1
  fi
  export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
  JAVA="$JAVA_HOME/bin/java"
  local tool
  for tool in mvn gcc python3; do
    command -v "$tool" >/dev/null || { echo "This benchmark needs $tool on the PATH; install it and try again." >&2; exit 1; }
  done
}

bench_classpath() {  # sets CP; ENGINE_CLASSES=DIR runs the servers on another build of the main classes (A/B)
  CP="$ROOT/target/test-classes:${ENGINE_CLASSES:-$ROOT/target/classes}:$(cat "$OUT/classpath")"
}

build() {  # test classes, the test class path (Netty included) and the C programs; sets CP and SEED
  echo "== build"
  (cd "$ROOT" && mvn -B -q test-compile \
     && mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath")
  bench_classpath
  gcc -O2 -Wall -Wextra -o "$OUT/echo_load" "$ROOT/src/bench/tcp/echo_load.c"
  gcc -O2 -Wall -Wextra -o "$OUT/bulk_sink" "$ROOT/src/bench/tcp/bulk_sink.c"
  SEED=$ROOT/src/test/resources/seeds/tcp/MThreadserver.py
}

# ---------------------------------------------------------------- servers
SRV_PID=""
SRV_PORT=""
SRV_LOG=""
read -r -a SERVER_JVM <<< "${SERVER_JVM_OPTS:--Xmx512m}"

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

port_listening() {  # true when 127.0.0.1:$1 is in LISTEN state
  grep -qi "0100007F:$(printf '%04X' "$1") 00000000:0000 0A" /proc/net/tcp
}

# The JDK 25 default number of read pollers for virtual threads on Linux: cores rounded down to a power of two.
jdk_read_pollers() {
  local n; n=$(nproc); local p=1
  while [ $((p * 2)) -le "$n" ] && [ $((p * 2)) -le 32 ]; do p=$((p * 2)); done
  echo "$p"
}

start_server() {  # $1 = virtual|virtual-jdkdefaults|virtual-syspoller|vx-*|platform|netty|python|plain-virtual|plain-platform
  local name=$1 cls extra=()
  SRV_LOG="$OUT/server-$name.log"
  if [ "$name" = python ]; then
    SRV_PORT=$(free_port)
    # The seed prints every message it echoes; that stays, written to /dev/null.
    python3 "$SEED" "$SRV_PORT" > /dev/null 2> "$SRV_LOG" &
    SRV_PID=$!
    for _ in $(seq 100); do port_listening "$SRV_PORT" && return 0; sleep 0.1; done
    echo "The Python server did not start listening; see $SRV_LOG" >&2; return 1
  fi
  case $name in
    virtual|platform) cls=(dev.socketworkbench.bench.TcpThreadedEchoServerMain "$name") ;;
    # The same server with the JDK's platform-thread I/O pollers instead of its default virtual-thread ones.
    virtual-syspoller) cls=(dev.socketworkbench.bench.TcpThreadedEchoServerMain virtual); extra=(-Djdk.pollerMode=1) ;;
    # The server as it was before VirtualThreadIo: no yield before a read, the JDK's own read-poller count.
    virtual-jdkdefaults) cls=(dev.socketworkbench.bench.TcpThreadedEchoServerMain virtual)
                         extra=(-Dsocketworkbench.server.yieldBeforeRead=false -Djdk.readPollers="$(jdk_read_pollers)") ;;
    # For experiments: vx-<knob>-<knob>..., knobs y0|y1 (yield before read), p<N> (carrier threads),
    # m<N> (jdk.pollerMode), r<N> (jdk.readPollers); e.g. vx-y0-r2.
    vx-*) cls=(dev.socketworkbench.bench.TcpThreadedEchoServerMain virtual)
          IFS=- read -r -a knobs <<< "${name#vx-}"
          for k in "${knobs[@]}"; do case $k in
            y0) extra+=(-Dsocketworkbench.server.yieldBeforeRead=false) ;;
            y1) extra+=(-Dsocketworkbench.server.yieldBeforeRead=true) ;;
            p*) extra+=(-Djdk.virtualThreadScheduler.parallelism="${k#p}") ;;
            m*) extra+=(-Djdk.pollerMode="${k#m}") ;;
            r*) extra+=(-Djdk.readPollers="${k#r}") ;;
            *) echo "unknown knob $k in $name" >&2; return 1 ;;
          esac; done ;;
    plain-*) cls=(dev.socketworkbench.bench.TcpPlainEchoServerMain "${name#plain-}") ;;
    netty) cls=(dev.socketworkbench.bench.TcpNettyEchoServerMain) ;;
    *) echo "unknown server $name" >&2; return 1 ;;
  esac
  rm -f "$OUT/ctl"
  mkfifo "$OUT/ctl"
  : > "$SRV_LOG"   # empty it here: the child's own truncation may come after the first look for LISTENING
  "$JAVA" "${SERVER_JVM[@]}" ${extra[@]+"${extra[@]}"} --enable-native-access=ALL-UNNAMED -cp "$CP" "${cls[@]}" < "$OUT/ctl" >> "$SRV_LOG" 2>&1 &
  SRV_PID=$!
  exec 3> "$OUT/ctl"
  for _ in $(seq 150); do
    SRV_PORT=$(awk '/^LISTENING/ {print $2; exit}' "$SRV_LOG")
    [ -n "$SRV_PORT" ] && return 0
    sleep 0.1
  done
  echo "Server $name did not start; see $SRV_LOG" >&2; return 1
}

server_stats() {  # asks a Java server for one STATS line and prints it
  local before
  before=$(grep -c '^STATS' "$SRV_LOG" || true)
  echo stats >&3
  for _ in $(seq 300); do
    if [ "$(grep -c '^STATS' "$SRV_LOG" || true)" -gt "$before" ]; then
      grep '^STATS' "$SRV_LOG" | tail -1; return 0
    fi
    sleep 0.1
  done
  echo "STATS (no answer)"
}

stop_server() {
  if [ "${SRV_PID}" = "" ]; then return 0; fi
  if [ -e "$OUT/ctl" ]; then
    echo quit >&3 2>/dev/null || true
    exec 3>&-
    rm -f "$OUT/ctl"
  else
    kill "$SRV_PID" 2>/dev/null || true
  fi
  for _ in $(seq 150); do kill -0 "$SRV_PID" 2>/dev/null || break; sleep 0.1; done
  kill "$SRV_PID" 2>/dev/null || true
  wait "$SRV_PID" 2>/dev/null || true
  SRV_PID=""
}

field() {  # field NAME LINE -> value of NAME=value in LINE
  sed -n "s/.*[ ]$1=\([^ ]*\).*/\1/p" <<< " $2"
}

