#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes docs/phone.png: the window after detecting the fake adb's phone (see phone_shot.cpp).
#   tests/shots/phone_shot.sh <build-dir> [output-file]
set -eu
build=$1
out=${2:-$(cd "$(dirname "$0")/../.." && pwd)/docs/phone.png}
xvfb-run -a -s "-screen 0 1600x1000x24" "$build/tests/phone_shot" "$out"
