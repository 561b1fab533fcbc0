#!/usr/bin/env bash
# Regenerates every app icon file from icons/socket-workbench.svg. The outputs are committed, so a
# build never needs these tools; run this only after editing the SVG.
#   Needs (Debian): librsvg2-bin (rsvg-convert), icoutils (icotool), icnsutils (png2icns).
#   apt-get install -y librsvg2-bin icoutils icnsutils
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
svg="$here/socket-workbench.svg"
png="$here/png"
runtime="$root/src/main/resources/dev/socketworkbench/icons"

for tool in rsvg-convert icotool png2icns; do
  command -v "$tool" >/dev/null || { echo "icons/generate.sh needs $tool: apt-get install -y librsvg2-bin icoutils icnsutils" >&2; exit 1; }
done

mkdir -p "$png" "$runtime"
for size in 16 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" --format png "$svg" --output "$png/socket-workbench-$size.png"
done

# Windows: one .ico holding the sizes Explorer and the taskbar ask for (256 is stored as PNG).
icotool --create --output "$here/socket-workbench.ico" \
  "$png/socket-workbench-16.png" "$png/socket-workbench-32.png" "$png/socket-workbench-48.png" \
  "$png/socket-workbench-64.png" "$png/socket-workbench-128.png" --raw="$png/socket-workbench-256.png"

# macOS: png2icns picks the icon type from each PNG's size (64 has no .icns slot).
png2icns "$here/socket-workbench.icns" \
  "$png/socket-workbench-16.png" "$png/socket-workbench-32.png" "$png/socket-workbench-48.png" \
  "$png/socket-workbench-128.png" "$png/socket-workbench-256.png" "$png/socket-workbench-512.png" >/dev/null

# Runtime copies for the window and taskbar (stage.getIcons(), see ui.common.Icons).
for size in 16 32 48 64 128 256; do
  cp "$png/socket-workbench-$size.png" "$runtime/app-$size.png"
done
echo "Icons written to $png, $here/socket-workbench.{ico,icns} and $runtime"
