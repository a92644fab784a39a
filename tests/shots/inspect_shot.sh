#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes docs/inspect.png: Inspect ROM on a test Fastboot ROM with the fake fastboot's phone
# connected (see inspect_shot.cpp).
#   tests/shots/inspect_shot.sh <build-dir> [output-file]
set -eu
build=$1
out=${2:-$(cd "$(dirname "$0")/../.." && pwd)/docs/inspect.png}
xvfb-run -a -s "-screen 0 1400x900x24" "$build/tests/inspect_shot" "$out"
