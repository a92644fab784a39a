#!/usr/bin/env bash
# packaging_desktop_file: desktop-file-validate passes, and the entry names the app id's icon and
# the installed binary, which takes files (%F: "Open with" passes every selected file to one
# launch) of the ROM types only: Recovery .zip and Fastboot .tgz, offered in "Open with", never a
# type the app does not open. Exit 77 (skipped) without desktop-file-validate (Debian:
# desktop-file-utils).
set -euo pipefail
desktop=$1 app_id=$2

command -v desktop-file-validate >/dev/null || { echo "SKIP: desktop-file-validate not installed"; exit 77; }
desktop-file-validate "$desktop"
[ "$(basename "$desktop")" = "$app_id.desktop" ] || { echo "FAIL: file name is not $app_id.desktop"; exit 1; }

key() { sed -n "s/^$1=//p" "$desktop" | head -n 1; }
fail=0
[ "$(key Icon)" = "$app_id" ] || { echo "FAIL: Icon=$(key Icon), expected $app_id"; fail=1; }
[ "$(key Exec)" = "firmware-browser %F" ] || { echo "FAIL: Exec=$(key Exec), expected firmware-browser %F"; fail=1; }
expected_types="application/zip;application/x-compressed-tar;"
[ "$(key MimeType)" = "$expected_types" ] ||
    { echo "FAIL: MimeType=$(key MimeType), expected $expected_types"; fail=1; }
[ "$(key TryExec)" = firmware-browser ] || { echo "FAIL: TryExec=$(key TryExec)"; fail=1; }
[ $fail -eq 0 ] && echo "PASS: $desktop"
exit $fail
