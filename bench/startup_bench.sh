#!/usr/bin/env bash
# Start-up figures of firmware-browser under Xvfb: time until its window is visible (first paint),
# and its resident memory once idle with the catalog loaded. Median of 3 runs.
#   bench/startup_bench.sh BUILD_DIR
set -euo pipefail

build_dir=${1:?usage: startup_bench.sh BUILD_DIR}
app="$build_dir/src/app/firmware-browser"
[ -x "$app" ] || { echo "startup_bench: no $app (build first)" >&2; exit 1; }
for tool in xvfb-run xdotool; do
    command -v "$tool" >/dev/null || { echo "startup_bench: needs $tool (apt-get install xvfb xdotool)" >&2; exit 1; }
done

run_once() {
    local home
    home=$(mktemp -d)
    # A fresh profile each run: no saved window state, no imports.
    HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
        xvfb-run -a -s "-screen 0 1400x900x24" bash -c '
            start=$(date +%s%N)
            "$0" & pid=$!
            until xdotool search --onlyvisible --name "Firmware Browser" >/dev/null 2>&1; do sleep 0.01; done
            shown=$(date +%s%N)
            sleep 5
            rss=$(awk "/VmRSS/ {print \$2}" /proc/$pid/status)
            kill $pid; wait $pid 2>/dev/null || true
            echo "$(( (shown - start) / 1000000 )) $(( rss / 1024 ))"
        ' "$app"
    rm -rf "$home"
}

paints=() rss=()
for i in 1 2 3; do
    read -r ms mb < <(run_once)
    paints+=("$ms"); rss+=("$mb")
    echo "run $i: window visible after ${ms} ms, idle RSS ${mb} MB"
done
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
echo "firmware-browser: first paint $(median "${paints[@]}") ms (goal < 1000 ms), idle RSS $(median "${rss[@]}") MB (goal < 150 MB), median of 3"
