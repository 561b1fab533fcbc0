#!/usr/bin/env bash
# Builds the Linux app image (and, with "deb", the .deb) from the shaded jar that `mvn package`
# (or `mvn verify`) left in target/socket-workbench.jar:
#   packaging/build.sh [--no-cds|--aot]        -> target/dist/socket-workbench/bin/socket-workbench
#   packaging/build.sh deb [--no-cds|--aot]    -> the app image, then target/dist/socket-workbench_<version>_amd64.deb
# By default the image gets a class-data archive (packaging/train-cds-archive.sh): the JDK's and JavaFX's
# start-up classes, linked ahead of time, made by one training start of the window under Xvfb; the window
# opens in about 1.7 s instead of 2.6-3.0 s, for 33 MB (docs/BENCHMARKS.md, "Packaging").
#   --no-cds  no archive: smaller (56 MB), slower to start, needs no Xvfb to build.
#   --aot     a JDK 25 AOT cache of every class instead (packaging/train-aot-cache.sh): 1.2-1.4 s, 99 MB, G1.
# Uses JDK 25's jlink and jpackage (JAVA_HOME, or the newest JDK in /usr/lib/jvm) and python3. The .deb also
# needs fakeroot and dpkg-deb; the archive and --aot need xvfb, xdotool and libgtk-3-0. See packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
what=app-image archive=cds
for arg in "$@"; do
  case "$arg" in
    app-image|deb) what=$arg ;;
    --aot) archive=aot ;;
    --no-cds) archive=none ;;
    *) echo "Usage: packaging/build.sh [app-image|deb] [--no-cds|--aot]" >&2; exit 2 ;;
  esac
done

source packaging/functions.sh
jdk=$(pick_jdk || true)
[ -n "$jdk" ] || { echo "Packaging needs JDK 25 or newer with jpackage; set JAVA_HOME to one, e.g. /usr/lib/jvm/temurin-25-jdk-amd64." >&2; exit 1; }

jar=target/socket-workbench.jar
[ -f "$jar" ] || { echo "There is no $jar yet; build it first with: mvn -B package" >&2; exit 1; }
version=$(jar_version "$jar")
if ! [[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]]; then
  echo "The jar's version '$version' is not plain numbers like 0.1.0 (jpackage and the Windows installer refuse e.g. -SNAPSHOT); set a release version in pom.xml." >&2
  exit 1
fi

echo "Packaging Socket Workbench $version with $jdk"
rm -rf target/jlink-runtime target/jpackage-input target/dist/socket-workbench
"$jdk/bin/jlink" @packaging/jlink.args --output target/jlink-runtime
# The JVM library ships with its symbol table (about 5 MB) that only makes crash logs easier to read.
if command -v strip >/dev/null; then
  strip --strip-unneeded target/jlink-runtime/lib/server/libjvm.so
fi
mkdir -p target/jpackage-input
# JNA carries its native library for some 30 systems (1.7 MB in the jar); the image keeps this machine's.
case "$(uname -m)" in x86_64) jna_arch=x86-64 ;; i?86) jna_arch=x86 ;; armv7*) jna_arch=arm ;; *) jna_arch=$(uname -m) ;; esac
python3 - "$jar" target/jpackage-input/socket-workbench.jar "com/sun/jna/linux-$jna_arch/" <<'PY'
import re, sys, zipfile
source, target, keep = sys.argv[1:]
native = re.compile(r"com/sun/jna/[a-z0-9]+-[a-z0-9-]+/")
with zipfile.ZipFile(source) as jar, zipfile.ZipFile(target, "w") as out:
    for entry in jar.infolist():
        if native.match(entry.filename) and not entry.filename.startswith(keep):
            continue
        out.writestr(entry, jar.read(entry), compress_type=entry.compress_type)
PY
archive_options=()
case "$archive" in
  cds)
    # A missing or unusable archive (another CPU, say) is skipped silently: the app then starts as without it.
    archive_options=(--java-options '-XX:SharedArchiveFile=$APPDIR/socket-workbench.jsa' --java-options '-Xlog:aot*=off,cds*=off') ;;
  aot)
    # The AOT cache was measured with G1 only (with ZGC, JDK 25 used it without its linked classes), so
    # --aot trades Shenandoah's short pauses under a log flood for the fastest start (docs/BENCHMARKS.md).
    archive_options=(--java-options -XX:-UseShenandoahGC --java-options -XX:+UseG1GC
                     --java-options '-XX:AOTCache=$APPDIR/socket-workbench.aot' --java-options '-Xlog:aot*=off,cds*=off') ;;
esac
"$jdk/bin/jpackage" @packaging/app.args @packaging/linux/app-image.args --app-version "$version" "${archive_options[@]}"
# A class-data archive is valid only for the jar it was made with, modification time included. A fixed
# time (2000-01-01) lets the .deb's postinst give the installed jar the same one, which its packaging loses.
touch -d @946684800 target/dist/socket-workbench/lib/app/socket-workbench.jar
case "$archive" in
  cds) packaging/train-cds-archive.sh target/dist/socket-workbench ;;
  aot) packaging/train-aot-cache.sh target/dist/socket-workbench ;;
esac
echo "App image: target/dist/socket-workbench ($(du -sm target/dist/socket-workbench | cut -f1) MB)"

if [ "$what" = deb ]; then
  for tool in fakeroot dpkg-deb; do
    command -v "$tool" >/dev/null || { echo "Building the .deb needs $tool: apt-get install -y fakeroot dpkg" >&2; exit 1; }
  done
  rm -f target/dist/socket-workbench_*.deb
  "$jdk/bin/jpackage" @packaging/linux/deb.args --app-image target/dist/socket-workbench --app-version "$version"
  ls -l target/dist/*.deb
fi
