#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes docs/downloads.png: a throttled local HTTP server (127.0.0.1, ~25 MB/s) serves sparse
# files; the harness queues them from the window under Xvfb and grabs it.
#   tests/shots/downloads_shot.sh <build-dir> [output-dir]
set -eu
build=$1
out=${2:-$(cd "$(dirname "$0")/../.." && pwd)/docs}
work=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/served" "$work/downloads" "$out"
python3 "$(dirname "$0")/throttled_server.py" "$work/served" "$work/port" &
server=$!
while [ ! -s "$work/port" ]; do sleep 0.1; done
port=$(cat "$work/port")
xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$build/tests/downloads_shot" "http://127.0.0.1:$port/" "$work/served" "$work/downloads" "$out"
