#!/usr/bin/env bash
# Renders the app icon's PNG sizes, the Windows .ico and the macOS .icns from the one SVG.
# The results are checked in; run this after changing the SVG (Debian: librsvg2-bin icoutils icnsutils).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
id=org.firmwarebrowser.FirmwareBrowser
hicolor=$here/linux/icons/hicolor
svg=$hicolor/scalable/apps/$id.svg

png() { echo "$hicolor/${1}x${1}/apps/$id.png"; }

for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "$hicolor/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" "$svg" --output "$(png "$size")"
done

# Windows keeps 256 px as PNG inside the .ico (--raw); the small sizes as bitmaps for old shells.
icotool --create --output "$here/windows/firmware-browser.ico" \
    "$(png 16)" "$(png 24)" "$(png 32)" "$(png 48)" "$(png 64)" "$(png 128)" --raw="$(png 256)"
png2icns "$here/macos/FirmwareBrowser.icns" \
    "$(png 16)" "$(png 32)" "$(png 48)" "$(png 128)" "$(png 256)" "$(png 512)" >/dev/null
