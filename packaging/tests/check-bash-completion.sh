#!/usr/bin/env bash
# packaging_bash_completion: sources the completion and completes command lines as bash would,
# with the real firmware-cli for codenames and versions.
completion=$1 cli=$2
command -v bash >/dev/null || exit 77
# shellcheck source=/dev/null # written at build time from ../linux/firmware-cli.bash-completion.in
source "$completion"
complete -p firmware-cli >/dev/null || { echo "FAIL: no completion registered for firmware-cli"; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/roms"
touch "$tmp/rom file.zip" "$tmp/page.html"
export XDG_DATA_HOME=$tmp/data # the CLI reads no one's imported pages

fail=0
complete_line() { # WORD... : sets COMPREPLY to what TAB offers for the last word, in this shell
    COMP_WORDS=("$cli" "$@")
    COMP_CWORD=$#
    COMP_LINE="${COMP_WORDS[*]}"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _firmware_cli 2>/dev/null # compopt complains outside a real completion
}
offered() { printf '%s\n' "${COMPREPLY[@]}"; }
offers() { # EXPECTED WORD... : EXPECTED is among the answers
    local expected=$1
    shift
    complete_line "$@"
    offered | grep -qxF -- "$expected" ||
        { echo "FAIL: '$*' does not offer '$expected' (offers: $(offered | tr '\n' ' '))"; fail=1; }
}
offers_not() { # UNEXPECTED WORD...
    local unexpected=$1
    shift
    complete_line "$@"
    ! offered | grep -qxF -- "$unexpected" || { echo "FAIL: '$*' offers '$unexpected'"; fail=1; }
}

for command in list show import latest refresh download fetch verify device; do offers "$command" ""; done
offers --version ""
offers help ""
offers fetch help fe # help COMMAND
complete_line sh
[ "$(offered)" = show ] || { echo "FAIL: 'sh' completes to '$(offered)'"; fail=1; }
offers --device list --
offers --json list --branch Stable --
offers_not --md5 list --
offers --md5 fetch https://example.org/a.zip --
offers_not --catalog fetch https://example.org/a.zip --
offers Fastboot list --type F
offers Recovery download gemini 7.6.8 --type ""
offers Recovery download gemini 7.6.8 --type re # the values of the catalog, typed in any case
offers Stable list --branch St
offers 'Public\ Beta' list --branch Pu
offers Global list --region Gl
offers gemini show gem
# The first codename completion asked the catalog; the shell keeps the answer for the next TAB.
[ "$(wc -l <<<"${_firmware_cli_codenames-}")" -gt 100 ] || { echo "FAIL: the codenames were not kept"; fail=1; }
offers gemini show --catalog "$tmp/x" gem # the option's value is not the codename
offers 7.6.8 show gemini 7.6.
offers_not 7.6.8 show gemini 7.6.8 "" # both arguments given
offers 7.6.8 download -o "$tmp" gemini 7.6.
offers "$tmp/roms" download gemini 7.6.8 -o "$tmp/r"
offers "$tmp/rom file.zip" verify "$tmp/rom"
offers "$tmp/page.html" import "$tmp/pa"
offers gemini latest gem
offers --serial device --adb "$tmp/adb" --
offers --help verify --
offers --mirror download gemini 7.6.8 --mi
offers gemini download --mirror bn.d.miui.com gem # --mirror takes a value

[ $fail -eq 0 ] && echo "PASS: bash completion of firmware-cli"
exit $fail
