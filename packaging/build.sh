#!/usr/bin/env bash
# Builds the Linux app image (and, with "deb", the .deb) from the shaded jar that `mvn package`
# (or `mvn verify`) left in target/socket-workbench.jar:
#   packaging/build.sh          -> target/dist/socket-workbench/bin/socket-workbench
#   packaging/build.sh deb      -> the app image, then target/dist/socket-workbench_<version>_amd64.deb
# Uses JDK 25's jlink and jpackage (JAVA_HOME, or the newest JDK in /usr/lib/jvm). The .deb also
# needs fakeroot and dpkg-deb. See packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-app-image}
case "$what" in app-image|deb) ;; *) echo "Usage: packaging/build.sh [app-image|deb]" >&2; exit 2 ;; esac

java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1; }
pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jpackage" ] && [ "$(java_major "$JAVA_HOME")" -ge 25 ]; then echo "$JAVA_HOME"; return; fi
  local d best="" best_v=0 v
  for d in /usr/lib/jvm/*/; do
    d=${d%/}; [ -x "$d/bin/jpackage" ] || continue
    v=$(java_major "$d"); if [ "${v:-0}" -gt "$best_v" ]; then best=$d; best_v=$v; fi
  done
  [ "$best_v" -ge 25 ] && echo "$best"
}
jdk=$(pick_jdk || true)
[ -n "$jdk" ] || { echo "Packaging needs JDK 25 or newer with jpackage; set JAVA_HOME to one, e.g. /usr/lib/jvm/temurin-25-jdk-amd64." >&2; exit 1; }

jar=target/socket-workbench.jar
[ -f "$jar" ] || { echo "There is no $jar yet; build it first with: mvn -B package" >&2; exit 1; }
version=$(unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' | awk -F': ' '/^Implementation-Version:/ {print $2}')
if ! [[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]]; then
  echo "The jar's version '$version' is not plain numbers like 0.1.0 (jpackage and the Windows installer refuse e.g. -SNAPSHOT); set a release version in pom.xml." >&2
  exit 1
fi

echo "Packaging Socket Workbench $version with $jdk"
rm -rf target/jlink-runtime target/jpackage-input target/dist/socket-workbench
"$jdk/bin/jlink" @packaging/jlink.args --output target/jlink-runtime
mkdir -p target/jpackage-input
cp "$jar" target/jpackage-input/
"$jdk/bin/jpackage" @packaging/app.args @packaging/linux/app-image.args --app-version "$version"
echo "App image: target/dist/socket-workbench ($(du -sm target/dist/socket-workbench | cut -f1) MB)"

if [ "$what" = deb ]; then
  for tool in fakeroot dpkg-deb; do
    command -v "$tool" >/dev/null || { echo "Building the .deb needs $tool: apt-get install -y fakeroot dpkg" >&2; exit 1; }
  done
  rm -f target/dist/socket-workbench_*.deb
  "$jdk/bin/jpackage" @packaging/linux/deb.args --app-image target/dist/socket-workbench --app-version "$version"
  ls -l target/dist/*.deb
fi
