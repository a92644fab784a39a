#!/usr/bin/env bash
# Firmware Browser developer entry point.
#   scripts/dev.sh run            set up, build, start the app on its bundled catalog
#   scripts/dev.sh test           set up, build, run every test with ctest
#   scripts/dev.sh bench catalog  build and print the catalog speed figures
#   scripts/dev.sh bench download build and print the download speed, RSS and latency figures
#   scripts/dev.sh bench mirrors  build, then download a 48 MiB file from 4 capped loopback nginx mirrors
#                                 (one slow, one lost the file) with firmware-cli, aria2c and curl
#   scripts/dev.sh bench refresh  build and print the catalog refresh's parse + merge times
#                                 (FWB_LATEST_YML: the feed to use, default ../shared/upstream/latest.yml)
#   scripts/dev.sh bench soak [N] build, then kill firmware-cli fetch N times (default 20) while a local
#                                 server resets connections; checks the 2 GiB result and prints the figures
#   scripts/dev.sh test --sanitize  the same with AddressSanitizer + UBSan (build-sanitize/)
#   scripts/dev.sh build|test --clang  the same with clang++ instead of g++ (build-clang/, Debug; with
#                                 --sanitize: build-sanitize-clang/), same warnings, same -Werror
#   scripts/dev.sh fuzz [SECONDS [fuzz_NAME...]]  build the libFuzzer targets (clang) and run each (default 60 s)
#   scripts/dev.sh build          set up and build only
#   scripts/dev.sh package        build, then make the DEB and .tar.gz with CPack (in <build>/packages/)
# Installs the Debian/Ubuntu packages it needs when they are missing (as root, or with sudo).
# BUILD_DIR overrides the build folder (default: build/ in the checkout); FWB_WERROR=ON makes
# compiler warnings errors (.ci/run sets it).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${BUILD_DIR:-$here/build}

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-svg-dev libqt6svg6 qt6-gtk-platformtheme qt6-qpa-plugins
    libgl-dev libvulkan-dev libyaml-dev zlib1g-dev libarchive-dev libssl-dev
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

compiler=() # -DCMAKE_CXX_COMPILER=clang++ after --clang
configure_and_build() {
    install_packages "${packages[@]}"
    [ ${#compiler[@]} -eq 0 ] || install_packages clang
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" \
        -DFWB_WERROR="${FWB_WERROR:-OFF}" "${compiler[@]}" "$@"
    cmake --build "$build_dir" --parallel "$(nproc)"
}

# The workflow validator that ctest's workflow_valid runs, from npm into the build folder.
install_workflow_validator() {
    local tools=$build_dir/ci-tools
    [ -x "$tools/node_modules/.bin/action-validator" ] && return 0
    command -v npm >/dev/null 2>&1 || install_packages npm
    npm install --prefix "$tools" --no-audit --no-fund --loglevel=error @action-validator/cli@0.6.0 >&2 ||
        echo "dev.sh: could not install @action-validator/cli; ctest workflow_valid will be skipped" >&2
}

# build and test take --sanitize and --clang before their other arguments.
sanitize=
while [ "${2:-}" = --sanitize ] || [ "${2:-}" = --clang ]; do
    case $2 in
        --sanitize) sanitize=1 ;;
        # Debug unless BUILD_TYPE says otherwise: clang's warnings come from its front end whatever
        # the optimisation, and -O0 compiles about twice as fast.
        --clang) compiler=(-DCMAKE_CXX_COMPILER=clang++); BUILD_TYPE=${BUILD_TYPE:-Debug} ;;
    esac
    set -- "$1" "${@:3}"
done
suffix=${sanitize:+-sanitize}${compiler:+-clang}
[ -z "$suffix" ] || build_dir=${BUILD_DIR:-$here/build$suffix}

command=${1:-}
shift || true
case "$command" in
    build)
        configure_and_build
        ;;
    run)
        configure_and_build
        # Tools > Detect Phone runs Android's adb and fastboot (the tests use fakes instead).
        install_packages adb fastboot
        exec "$build_dir/src/app/firmware-browser" "$@"
        ;;
    test)
        if [ -n "$sanitize" ]; then
            BUILD_TYPE=${BUILD_TYPE:-Debug} configure_and_build -DFWB_SANITIZE=ON -DBUILD_BENCHMARKS=OFF
            export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
        else
            configure_and_build
        fi
        # The packaging tests validate with these tools (they skip without them).
        install_packages desktop-file-utils appstream dpkg-dev file man-db nsis
        install_workflow_validator
        cd "$build_dir"
        ctest --output-on-failure --parallel "$(nproc)" --timeout 600 "$@"
        ;;
    package)
        install_packages dpkg-dev file
        configure_and_build
        cpack --config "$build_dir/CPackConfig.cmake" -B "$build_dir/packages"
        ls -l "$build_dir"/packages/*.deb "$build_dir"/packages/*.tar.gz
        ;;
    fuzz)
        seconds=${1:-60}
        shift || true
        install_packages clang libclang-rt-14-dev
        build_dir=${BUILD_DIR:-$here/build-fuzz}
        install_packages "${packages[@]}"
        CXX=clang++ cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DFWB_FUZZ=ON -DBUILD_TESTING=OFF -DBUILD_BENCHMARKS=OFF
        cmake --build "$build_dir" --parallel "$(nproc)" --target fwb-catalog-tool fuzz_targets
        "$here/fuzz/run.sh" "$build_dir" "$seconds" "$@"
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
            download)
                "$here/bench/download_bench.sh" "$build_dir"
                ;;
            mirrors)
                had_nginx=$(dpkg-query -W -f='${Status}' nginx 2>/dev/null || true)
                install_packages nginx aria2 curl openssl
                # The bench runs nginx from a temporary folder; the package's own service is not
                # wanted: where installing it just started it, stop and disable it again.
                if [[ $had_nginx != *"install ok installed"* ]] && [ -d /run/systemd/system ]; then
                    as_root systemctl disable --now nginx || true
                fi
                "$here/bench/mirrors_bench.sh" "$build_dir"
                ;;
            refresh)
                "$build_dir/bench/bench_refresh" "${FWB_LATEST_YML:-$here/../shared/upstream/latest.yml}"
                ;;
            soak)
                install_packages python3
                "$here/bench/soak.py" --cli "$build_dir/src/cli/firmware-cli" --kills "${2:-20}"
                ;;
            *)
                echo "dev.sh: unknown benchmark '$what' (catalog, download, mirrors, refresh, soak)" >&2
                exit 1
                ;;
        esac
        ;;
    *)
        echo "usage: scripts/dev.sh run|test [--sanitize] [--clang]|build [--clang]|package|bench [catalog|download|mirrors|refresh|soak]|fuzz [SECONDS]" >&2
        exit 1
        ;;
esac
