#!/usr/bin/env bash
# Runs every fuzz_* target of BUILD_DIR for SECONDS each, seeded from tests/data, and reports
# executions and findings. Findings (crash-*, oom-*, timeout-*) are kept in fuzz/findings/<target>/.
#   fuzz/run.sh BUILD_DIR [SECONDS [TARGET...]]     TARGET e.g. fuzz_safefilename; default: all
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${1:?usage: fuzz/run.sh BUILD_DIR [SECONDS [TARGET...]]}
seconds=${2:-60}
shift $(($# < 2 ? $# : 2))
only=("$@")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Seeds: real pages; the fixture catalog both zlib-compressed and stored (so the fuzzer reaches the
# record parser, not only zlib's checksum).
mkdir -p "$work/pagereader" "$work/catalogfile"
cp "$here"/tests/data/pages/*.md "$here"/tests/data/*.html "$work/pagereader/"
"$build_dir/tools/fwb-catalog-tool" import-pages "$here/tests/data/pages" --output "$work/catalogfile/pages.fwbcat" 2>/dev/null
"$build_dir/tools/fwb-catalog-tool" unpack "$work/catalogfile/pages.fwbcat" "$work/catalogfile/pages-stored.fwbcat"
cp "$here"/tests/data/*.fwbcat "$work/catalogfile/"
# Header values and file names: one seed per line of the lists in tests/data/fuzz, plus the real
# file names of the test pages.
seed_lines() { # LIST_FILE TARGET_CORPUS
    local n=0 line
    while IFS= read -r line; do
        n=$((n + 1))
        printf '%s' "$line" >"$2/$(basename "$1" .txt)-$n"
    done <"$1"
}
mkdir -p "$work/httpheaders" "$work/safefilename" "$work/latestyml" "$work/rominspector"
cp "$here"/tests/data/latest-*.yml "$work/latestyml/"
# ROM archives: tiny Fastboot ROMs (.tgz and the same .tar) and Recovery ROMs (.zip).
cp "$here"/tests/data/romarchives/*.t* "$here"/tests/data/romarchives/*.zip "$work/rominspector/"
seed_lines "$here/tests/data/fuzz/http-header-values.txt" "$work/httpheaders"
seed_lines "$here/tests/data/fuzz/hostile-file-names.txt" "$work/safefilename"
grep -ohE '[A-Za-z0-9_.+-]+[.](zip|tgz)' "$here"/tests/data/pages/*.md | sort -u >"$work/page-file-names.txt"
seed_lines "$work/page-file-names.txt" "$work/safefilename"
# Earlier findings (regression inputs) seed their target again.
for findings in "$here"/tests/data/fuzz/*/; do
    [ -d "$findings" ] || continue
    mkdir -p "$work/$(basename "$findings")"
    cp "$findings"* "$work/$(basename "$findings")/"
done

status=0
for target in "$build_dir"/fuzz/fuzz_*; do
    [ -f "$target" ] && [ -x "$target" ] || continue # skip the *_autogen folders
    name=$(basename "$target")
    what=${name#fuzz_}
    if [ ${#only[@]} -gt 0 ] && [[ " ${only[*]} " != *" $name "* ]]; then
        continue
    fi
    case "$what" in
        httpheaders | safefilename) max_len=4096 ;; # one header value, one file name
        latestyml) max_len=65536 ;;                  # a few dozen feed records
        rominspector) max_len=65536 ;;               # a tiny ROM archive
        *) max_len=400000 ;;                         # whole pages and catalog files
    esac
    dict=()
    [ -f "$here/fuzz/$name.dict" ] && dict=(-dict="$here/fuzz/$name.dict")
    corpus="$work/$what"
    mkdir -p "$corpus" "$here/fuzz/findings/$name"
    log="$work/$name.log"
    echo "== $name: ${seconds} s"
    (cd "$here/fuzz/findings/$name" && QT_LOGGING_RULES='*=false' "$target" -max_total_time="$seconds" \
        -rss_limit_mb=2048 -max_len="$max_len" "${dict[@]}" "$corpus" >"$log" 2>&1) || status=1
    grep -E '^#[0-9]+\s+DONE|^Done [0-9]+ runs' "$log" | tail -2 || true
    findings=$(find "$here/fuzz/findings/$name" -type f | wc -l)
    echo "   findings: $findings"
    [ "$findings" -eq 0 ] || { status=1; grep -E 'ERROR|SUMMARY' "$log" | head -5; cp "$log" "$here/fuzz/findings/"; }
    rmdir "$here/fuzz/findings/$name" 2>/dev/null || true
done
exit $status
