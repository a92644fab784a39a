#!/usr/bin/env bash
# Firmware Browser developer entry point.
#   scripts/dev.sh run            set up, build, start the app on its bundled catalog
#   scripts/dev.sh test           set up, build, run every test with ctest
#   scripts/dev.sh bench catalog  build and print the catalog speed figures
#   scripts/dev.sh build          set up and build only
# Installs the Debian/Ubuntu packages it needs when they are missing (as root, or with sudo).
# BUILD_DIR overrides the build folder (default: build/ in the checkout).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${BUILD_DIR:-$here/build}

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-svg-dev libqt6svg6 qt6-gtk-platformtheme qt6-qpa-plugins
    libgl-dev libvulkan-dev
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "dev.sh: installing ${missing[*]}" >&2
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    install_packages "${packages[@]}"
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" "$@"
    cmake --build "$build_dir" --parallel "$(nproc)"
}

command=${1:-}
shift || true
case "$command" in
    build)
        configure_and_build
        ;;
    run)
        configure_and_build
        exec "$build_dir/src/app/firmware-browser" "$@"
        ;;
    test)
        configure_and_build
        cd "$build_dir"
        ctest --output-on-failure --parallel "$(nproc)" --timeout 300 "$@"
        ;;
    bench)
        what=${1:-catalog}
        configure_and_build
        case "$what" in
            catalog)
                "$build_dir/bench/bench_catalog" 3
                install_packages xvfb xauth xdotool
                "$here/bench/startup_bench.sh" "$build_dir"
                ;;
            *)
                echo "dev.sh: unknown benchmark '$what' (catalog)" >&2
                exit 1
                ;;
        esac
        ;;
    *)
        echo "usage: scripts/dev.sh run|test|build|bench [catalog]" >&2
        exit 1
        ;;
esac
