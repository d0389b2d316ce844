#!/bin/sh
# Makes every app icon from one source image (assets/icon-source.png, 1024x1024):
#   icon.png (256x256, Linux desktop entry/launcher), icon.ico (16..256, Windows), icon.icns (16..1024, macOS).
# Needs ImageMagick (convert) and python3 (stdlib only; writes the PNG-based .icns that macOS 10.7+ reads,
# since ImageMagick 6 cannot write ICNS). On macOS, `iconutil` gives the same result from an .iconset.
# --source redraws icon-source.png itself (a key over a rounded square in the default accent colour).
set -eu
cd "$(dirname "$0")"
ACCENT="${ACCENT:-#1a73e8}"

if [ "${1:-}" = "--source" ] || [ ! -f icon-source.png ]; then
  convert -size 1024x1024 xc:none \
    -fill "$ACCENT" -draw "roundrectangle 48,48 976,976 200,200" \
    -fill none -stroke white -strokewidth 64 -draw "circle 360,512 360,662" \
    -stroke none -fill white -draw "rectangle 500,480 860,544" \
    -draw "rectangle 740,544 788,660" -draw "rectangle 812,544 860,620" \
    -fill none -stroke white -strokewidth 8 -draw "roundrectangle 48,48 976,976 200,200" \
    -strip PNG32:icon-source.png
fi

convert icon-source.png -resize 256x256 -strip PNG32:icon.png
convert icon-source.png -define icon:auto-resize=256,128,64,48,32,16 icon.ico

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for s in 16 32 64 128 256 512 1024; do
  convert icon-source.png -resize "${s}x${s}" -strip "PNG32:$tmp/$s.png"
done
python3 - "$tmp" icon.icns <<'PY'
import struct, sys
src, out = sys.argv[1], sys.argv[2]
# ICNS element types holding PNG data, by pixel size (Apple's icns format).
types = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512), ("ic10", 1024)]
body = b""
for t, s in types:
    data = open(f"{src}/{s}.png", "rb").read()
    body += t.encode("ascii") + struct.pack(">I", len(data) + 8) + data
open(out, "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
ls -l icon-source.png icon.png icon.ico icon.icns
