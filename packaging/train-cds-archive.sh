#!/usr/bin/env bash
# Writes the class-data archive lib/app/socket-workbench.jsa of an app image: the JDK's and JavaFX's
# classes that the window loads on its way to the screen, parsed, verified and linked ahead of time
# (a static CDS archive with -XX:+AOTClassLinking, JDK 24+). It starts the window once under Xvfb with the
# launcher's own class path and options, records the classes it loads (-XX:DumpLoadedClassList), stops it
# once the window is on screen, keeps the JDK's and JavaFX's classes and dumps them.
# Called by packaging/build.sh (skip with --no-cds).
#   packaging/train-cds-archive.sh APP_IMAGE_DIR
# Why only JDK and JavaFX classes: they are most of the start-up's work, and the archive of every class
# the window loads (ours, Jackson, ControlsFX, Ikonli, JNA, picocli too) is 8.5 MB bigger for 0.1-0.2 s
# less (docs/BENCHMARKS.md, "Packaging"); the image stays under issue 5's 90 MB this way.
# Needs: xvfb, xdotool, libgtk-3-0.
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/functions.sh
app=$(cd "${1:?Usage: packaging/train-cds-archive.sh APP_IMAGE_DIR}" && pwd)
archive="$app/lib/app/socket-workbench.jsa"
need_window_tools "Training the class-data archive"

# The launcher's class path, main class and JVM options, minus those that read the archive. The dump
# runs with G1, which writes the archived heap objects that linked classes need (the launcher's
# Shenandoah loads them); its module and native-access options must match the launcher's.
read_launcher "$app"
dump_options=()
for option in "${LAUNCH_OPTIONS[@]}"; do
  case "$option" in -XX:+Use*GC|-XX:-Use*GC) ;; *) dump_options+=("$option") ;; esac
done

work=$(mktemp -d)
trap 'stop_xvfb; rm -rf "$work"' EXIT
rm -f "$archive"
log="$(dirname "$app")/cds-training.log"
start_xvfb
"$app/lib/runtime/bin/java" -XX:DumpLoadedClassList="$work/classes.lst" "${LAUNCH_OPTIONS[@]}" -cp "$LAUNCH_CLASSPATH" "$LAUNCH_MAIN" >"$log" 2>&1 &
pid=$!
if ! wait_for_window "$pid" 60; then
  kill "$pid" 2>/dev/null || true
  echo "Class-data training failed; see $log" >&2
  exit 1
fi
kill "$pid"
wait "$pid" 2>/dev/null || true
[ -s "$work/classes.lst" ] || { echo "The JVM listed no classes; see $log" >&2; exit 1; }

# Keep the JDK's and JavaFX's classes (and their lambda and constant-pool lines); leave out the app's and
# the other libraries' (their packages, as in the shaded jar).
grep -vE '(dev/socketworkbench|com/fasterxml|org/controlsfx|impl/org/controlsfx|org/kordamp|com/sun/jna|picocli)' \
  "$work/classes.lst" >"$work/kept.lst"
"$app/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$work/kept.lst" -XX:SharedArchiveFile="$archive" \
  -XX:+AOTClassLinking -XX:+UseG1GC "${dump_options[@]}" -cp "$LAUNCH_CLASSPATH" >>"$log" 2>&1 \
  || { echo "The class-data dump failed; see $log" >&2; exit 1; }
[ -s "$archive" ] || { echo "The JVM wrote no class-data archive; see $log" >&2; exit 1; }
echo "Class-data archive: $archive ($(( $(stat -c %s "$archive") / 1048576 )) MB, $(grep -vc '^@' "$work/kept.lst") classes)"
