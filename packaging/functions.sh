# Shell functions shared by the packaging scripts and .ci/package-check (sourced, not run).

# The feature version of the JDK at $1 (25 for 25.0.3), or nothing.
java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

# Prints a JDK of at least feature version $1 (default 25, which packaging needs) that has the tool $2
# (default jpackage): JAVA_HOME if it is one, else the newest in /usr/lib/jvm. .ci/run asks for 21 and javac.
pick_jdk() {
  local min=${1:-25} tool=${2:-jpackage}
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/$tool" ] && [ "$(java_major "$JAVA_HOME")" -ge "$min" ]; then
    echo "$JAVA_HOME"; return
  fi
  local d best="" best_v=0 v
  for d in /usr/lib/jvm/*/; do
    d=${d%/}; [ -x "$d/bin/$tool" ] || continue
    v=$(java_major "$d"); if [ "${v:-0}" -gt "$best_v" ]; then best=$d; best_v=$v; fi
  done
  [ "$best_v" -ge "$min" ] && echo "$best"
}

# The Implementation-Version in the manifest of jar $1 (e.g. 0.1.0).
jar_version() {
  unzip -p "$1" META-INF/MANIFEST.MF | tr -d '\r' | awk -F': ' '/^Implementation-Version:/ {print $2}'
}

# --- The window under Xvfb. Needs Xvfb (package xvfb) and xdotool.

# Starts a private X server on a free display (Xvfb picks it and writes it to a pipe), exports
# DISPLAY and sets XVFB_PID. Stop it with stop_xvfb. XVFB_NICE, if set, is its nice value.
start_xvfb() {
  exec 9< <(exec nice -n "${XVFB_NICE:-0}" Xvfb -displayfd 1 -screen 0 1280x800x24 -nolisten tcp 2>/dev/null)
  XVFB_PID=$!
  local display
  read -r -t 10 display <&9 || { echo "Xvfb did not start within 10 s." >&2; return 1; }
  export DISPLAY=":$display"
  # Wait until a client can really connect: once, on a loaded machine, the app reached the display
  # before it accepted connections and GTK gave up ("cannot open display").
  local i
  for i in $(seq 1 50); do
    xdotool getdisplaygeometry >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "Xvfb on $DISPLAY accepts no connections after 10 s." >&2
  return 1
}

stop_xvfb() {
  if [ -n "${XVFB_PID:-}" ]; then
    kill "$XVFB_PID" 2>/dev/null || true
    wait "$XVFB_PID" 2>/dev/null || true
    XVFB_PID=""
  fi
  exec 9<&- 2>/dev/null || true
}

# Waits until a visible window named "Socket Workbench" exists, polling every 20 ms for at most
# $2 seconds; fails early when process $1 ends first.
wait_for_window() {
  local pid=$1 polls=$(( $2 * 50 )) i
  for (( i = 0; i < polls; i++ )); do
    if xdotool search --onlyvisible --name "Socket Workbench" >/dev/null 2>&1; then
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { echo "The app ended before it showed its window." >&2; return 1; }
    sleep 0.02
  done
  echo "No window named 'Socket Workbench' appeared within $2 s." >&2
  return 1
}

# --- The launcher's own start: for the training runs of train-cds-archive.sh and train-aot-cache.sh.

# Reads the .cfg of app image $1 and sets LAUNCH_CLASSPATH, LAUNCH_MAIN and the array LAUNCH_OPTIONS
# (the JVM options, $APPDIR expanded) without those that read or log a class-data archive or AOT cache,
# so a training run starts the window as the launcher does but without the file it is about to write.
read_launcher() {
  local app=$1 cfg="$1/lib/app/socket-workbench.cfg" appdir="$1/lib/app" option
  LAUNCH_CLASSPATH=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\$APPDIR|$appdir|g")
  LAUNCH_MAIN=$(sed -n 's/^app\.mainclass=//p' "$cfg")
  LAUNCH_OPTIONS=()
  while IFS= read -r option; do
    case "$option" in -XX:SharedArchiveFile=*|-XX:AOTCache=*|-Xlog:*) continue ;; esac
    LAUNCH_OPTIONS+=("${option//\$APPDIR/$appdir}")
  done < <(sed -n 's/^java-options=//p' "$cfg")
}

# Fails with one sentence unless Xvfb and xdotool are here; $1 says what needs them.
need_window_tools() {
  local tool
  for tool in Xvfb xdotool; do
    command -v "$tool" >/dev/null || { echo "$1 needs $tool: apt-get install -y xvfb xdotool libgtk-3-0" >&2; exit 1; }
  done
}
