#!/usr/bin/env bash
# packaging_cli_docs: the man page and the bash completion (both written by firmware-cli-docs from
# the CLI's command table) and the README agree with what `firmware-cli --help` and each
# `firmware-cli COMMAND --help` print: every command, each command's options under it, its
# synopsis in the README, every exit code; the man page carries the CLI's version, and
# `man --warnings` renders it without a warning.
set -euo pipefail
cli=$1 manpage=$2 completion=$3 readme=$4
export LANG=C.UTF-8 LANGUAGE= LC_ALL=C.UTF-8 # the English texts

help=$("$cli" --help)
version=$("$cli" --version | awk '{ print $2 }')
man_text=$(sed 's/\\-/-/g; s/\\f[BIRP]//g' "$manpage") # roff writes a minus as \-, fonts as \fB ... \fR
fail=0
problem() { echo "FAIL: $*"; fail=1; }

commands=$(sed -n '/^Commands:/,/^$/p' <<<"$help" | sed -n 's/^  \([a-z][a-z]*\)\( .*\)\{0,1\}$/\1/p')
codes=$(sed -n '/^Exit codes:/,$p' <<<"$help" | sed -n 's/^  \([0-9][0-9]*\) .*/\1/p')
[ "$(wc -w <<<"$commands")" -ge 9 ] || problem "found only these commands in --help: $commands"
[ "$(wc -w <<<"$codes")" -ge 6 ] || problem "found only these exit codes in --help: $codes"

# The README's synopsis block: the lines of the "Command line" section's first code block.
readme_synopses=$(sed -n '/^## Command line/,/^## /p' "$readme" | sed -n '/^```$/,/^```$/p' | sed '/^```$/d; s/ *#.*$//')
options_total=0
for command in $commands; do
    command_help=$("$cli" "$command" --help) || problem "'$command --help' fails"
    # The Usage line, with its wrapped continuation lines joined.
    synopsis=$(awk '/^Usage: / { sub(/^Usage: /, ""); line = $0; next }
                    line != "" && /^    / { sub(/^ +/, " "); line = line $0; next }
                    line != "" { print line; exit }' <<<"$command_help")
    grep -qxF -- "$synopsis" <<<"$readme_synopses" || problem "README: the synopsis '$synopsis' is not in the Command line block"
    grep -qx "\.B firmware-cli $command" <<<"$man_text" || problem "man page: no synopsis line for '$command'"
    # The man page's part on this command: from its heading to the next command's or section.
    section=$(awk -v name="$command" '
        /^\.TP$/ { tp = 1; next }
        tp && ($1 == name) { inside = 1; tp = 0; next }
        tp && inside && /^[a-z]+( |$)/ { exit }
        { tp = 0 }
        inside && /^\.SH/ { exit }
        inside { print }' <<<"$man_text")
    [ -n "$section" ] || problem "man page: '$command' is not described under COMMANDS"
    completion_options=$(awk -v name="$command" -F ') options=' 'NF == 2 {
        n = split($1, patterns, " [|] "); for (i = 1; i <= n; i++) { gsub(/ /, "", patterns[i]); if (patterns[i] == name) print $2 } }' "$completion")
    [ -n "$completion_options" ] || problem "completion: no options for '$command'"
    grep -qE "commands=.*\\<$command\\>" "$completion" || problem "completion: command '$command' missing"
    options=$(sed -n '/^Options:/,$p' <<<"$command_help" | grep -oE '^  (-[a-z], )?--?[a-z][a-z0-9-]*' | grep -oE -- '--?[a-z][a-z0-9-]*$')
    for option in $options; do
        options_total=$((options_total + 1))
        grep -qwF -- "$option" <<<"$completion_options" || problem "completion: $command's option $option missing"
        [ "$option" = --help ] && continue # described once, under OPTIONS
        grep -qE -- "^\.BI? \"?(-[a-z], )?$option[ \"]" <<<"$section" || problem "man page: $command's option $option missing"
    done
done
for code in $codes; do
    grep -A1 -x '\.TP' <<<"$man_text" | grep -qx "\.B $code" || problem "man page: exit code $code missing"
    grep -qE "^\| $code \|" "$readme" || problem "README: exit code $code missing from the table"
done
grep -qE "^\.TH FIRMWARE-CLI 1 \"[0-9-]+\" \"Firmware Browser $version\"" "$manpage" ||
    problem "man page: .TH does not name version $version"

if command -v man >/dev/null; then
    warnings=$(MANWIDTH=80 man --warnings -l "$manpage" 2>&1 >/dev/null || true)
    [ -z "$warnings" ] || problem "man --warnings: $warnings"
else
    echo "note: man is not installed; the page was not rendered"
fi
[ $fail -eq 0 ] && echo "PASS: $(wc -w <<<"$commands") commands, $options_total options, $(wc -w <<<"$codes") exit codes documented"
exit $fail
