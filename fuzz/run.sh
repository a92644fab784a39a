#!/usr/bin/env bash
# Runs every fuzz_* target of BUILD_DIR for SECONDS each, seeded from tests/data, and reports
# executions and findings. Findings (crash-*, oom-*, timeout-*) are kept in fuzz/findings/<target>/.
#   fuzz/run.sh BUILD_DIR [SECONDS]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${1:?usage: fuzz/run.sh BUILD_DIR [SECONDS]}
seconds=${2:-60}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Seeds: real pages; the fixture catalog both zlib-compressed and stored (so the fuzzer reaches the
# record parser, not only zlib's checksum).
mkdir -p "$work/pagereader" "$work/catalogfile"
cp "$here"/tests/data/pages/*.md "$here"/tests/data/*.html "$work/pagereader/"
"$build_dir/tools/fwb-catalog-tool" import-pages "$here/tests/data/pages" --output "$work/catalogfile/pages.fwbcat" 2>/dev/null
"$build_dir/tools/fwb-catalog-tool" unpack "$work/catalogfile/pages.fwbcat" "$work/catalogfile/pages-stored.fwbcat"
cp "$here"/tests/data/*.fwbcat "$work/catalogfile/"

status=0
for target in "$build_dir"/fuzz/fuzz_*; do
    [ -f "$target" ] && [ -x "$target" ] || continue # skip the *_autogen folders
    name=$(basename "$target")
    what=${name#fuzz_}
    corpus="$work/$what"
    mkdir -p "$corpus" "$here/fuzz/findings/$name"
    log="$work/$name.log"
    echo "== $name: ${seconds} s"
    (cd "$here/fuzz/findings/$name" && QT_LOGGING_RULES='*=false' "$target" -max_total_time="$seconds" \
        -rss_limit_mb=2048 -max_len=400000 "$corpus" >"$log" 2>&1) || status=1
    grep -E '^#[0-9]+\s+DONE|^Done [0-9]+ runs' "$log" | tail -2 || true
    findings=$(find "$here/fuzz/findings/$name" -type f | wc -l)
    echo "   findings: $findings"
    [ "$findings" -eq 0 ] || { status=1; grep -E 'ERROR|SUMMARY' "$log" | head -5; }
    rmdir "$here/fuzz/findings/$name" 2>/dev/null || true
done
exit $status
