#!/usr/bin/env bash
# packaging_cli_docs: the man page, the bash completion and the README's exit-code table keep up
# with `firmware-cli --help`: every command, option and exit code it prints is in each of them, the
# man page carries the CLI's version, and `man --warnings` renders the page without a warning.
set -euo pipefail
cli=$1 manpage=$2 completion=$3 readme=$4

help=$("$cli" --help)
version=$("$cli" --version | awk '{ print $2 }')
man_text=$(sed 's/\\-/-/g' "$manpage") # roff writes a minus as \-
fail=0
problem() { echo "FAIL: $*"; fail=1; }

commands=$(sed -n '/^Commands:/,/^$/p' <<<"$help" | sed -n 's/^  \([a-z][a-z]*\) .*/\1/p')
options=$(grep -oE '(^|[ [(])--?[a-z][a-z0-9-]*' <<<"$help" | grep -oE -- '--?[a-z][a-z0-9-]*' | sort -u)
codes=$(sed -n '/^Exit codes:/,$p' <<<"$help" | sed -n 's/^  \([0-9][0-9]*\) .*/\1/p')
[ "$(wc -w <<<"$commands")" -ge 6 ] || problem "found only these commands in --help: $commands"
[ "$(wc -w <<<"$options")" -ge 15 ] || problem "found only these options in --help: $options"
[ "$(wc -w <<<"$codes")" -ge 6 ] || problem "found only these exit codes in --help: $codes"

for command in $commands; do
    grep -qx "\.B firmware-cli $command" <<<"$man_text" || problem "man page: no synopsis line for '$command'"
    grep -qE "^\.BI? $command( |$)" <<<"$man_text" || problem "man page: '$command' is not described under COMMANDS"
    grep -qE "commands=.*\\<$command\\>" "$completion" || problem "completion: command '$command' missing"
done
for option in $options; do
    grep -qE -- "(^|[ \"])$option([ \"]|$)" <<<"$man_text" || problem "man page: option $option missing"
    grep -qE -- "(^|[ \"'=])$option([ \"')]|$)" "$completion" || problem "completion: option $option missing"
done
for code in $codes; do
    grep -A1 -x '\.TP' <<<"$man_text" | grep -qx "\.B $code" || problem "man page: exit code $code missing"
    grep -qE "^\| $code \|" "$readme" || problem "README: exit code $code missing from the table"
done
grep -qE "^\.TH FIRMWARE-CLI 1 \"[0-9-]+\" \"Firmware Browser $version\"" "$manpage" ||
    problem "man page: .TH does not name version $version"

if command -v man >/dev/null; then
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$manpage" 2>&1 >/dev/null || true)
    [ -z "$warnings" ] || problem "man --warnings: $warnings"
else
    echo "note: man is not installed; the page was not rendered"
fi
[ $fail -eq 0 ] && echo "PASS: $(wc -w <<<"$commands") commands, $(wc -w <<<"$options") options, $(wc -w <<<"$codes") exit codes documented"
exit $fail
