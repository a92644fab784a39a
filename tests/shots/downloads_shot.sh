#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes docs/downloads.png: a throttled local HTTP server (3 mirrors on 127.0.0.1, ~4 MB/s per
# connection, with Range) serves sparse files; the harness queues them from the window under Xvfb
# and grabs it while they download segmented. LANGUAGE=zh_CN (ru, ...) for another language;
# SHOT_SIZE=800x600 for a small window.
#   tests/shots/downloads_shot.sh <build-dir> [output-dir]
set -eu
build=$1
out=${2:-$(cd "$(dirname "$0")/../.." && pwd)/docs}
work=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/served" "$work/downloads" "$out"
python3 "$(dirname "$0")/throttled_server.py" "$work/served" "$work/port" 3 &
server=$!
while [ ! -s "$work/port" ]; do sleep 0.1; done
bases=$(for port in $(cat "$work/port"); do printf 'http://127.0.0.1:%s/,' "$port"; done)
xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$build/tests/downloads_shot" "${bases%,}" "$work/served" "$work/downloads" "$out" ${SHOT_SIZE:-}
