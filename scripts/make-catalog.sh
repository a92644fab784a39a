#!/usr/bin/env bash
# Rebuilds the embedded catalog resources/catalog/xfu.fwbcat from the upstream XFU data
# (../shared/upstream: the version pages tarball, the firmware and vendor tarball and the name maps). Needs a configured build
# folder (scripts/dev.sh build); only the small fwb-catalog-tool is built.
#   scripts/make-catalog.sh [UPSTREAM_DIR]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
upstream=${1:-$here/../shared/upstream}
build_dir=${BUILD_DIR:-$here/build}
tool="$build_dir/tools/fwb-catalog-tool"
[ -x "$tool" ] || cmake --build "$build_dir" --target fwb-catalog-tool

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xJf "$upstream/xfu-pages.tar.xz" -C "$work"
tar -xJf "$upstream/xfu-firmware.tar.xz" -C "$work"
"$tool" import-pages "$work/xfu-pages/pages" \
    --firmware "$work/xfu-firmware" \
    --output "$here/resources/catalog/xfu.fwbcat" \
    --names "$upstream/names.yml" --names "$upstream/miui_devices.yml" --names "$upstream/hyperos_devices.yml" \
    --snapshot 2026-08-23 \
    --source "XFU version, firmware and vendor pages (XiaomiFirmwareUpdater/xmfirmwareupdater.github.io @ c39d2587)"
