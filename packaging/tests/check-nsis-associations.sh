#!/usr/bin/env bash
# packaging_nsis_associations: the Windows installer's file associations (packaging/windows/
# file-associations*.nsh.in, configured) compile with NSIS's makensis, warnings as errors, in an
# install and an uninstall section as CPack's template places them; they only add "Open with"
# entries (never an extension's default program), and the uninstaller removes every key and value
# the installer writes. Windows itself is not here: whether Explorer shows the entry is checked
# by hand (README). Exit 77 (skipped) without makensis (Debian: nsis).
set -euo pipefail
install=$1 uninstall=$2

command -v makensis >/dev/null || { echo "SKIP: makensis not installed"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
problem() { echo "FAIL: $*"; fail=1; }

cat >"$tmp/check.nsi" <<NSI
Unicode true
Name "Firmware Browser associations"
OutFile "$tmp/check.exe"
InstallDir "\$PROGRAMFILES64\\Firmware Browser"
RequestExecutionLevel admin
Section "-Core installation"
!include "$install"
WriteUninstaller "\$INSTDIR\\Uninstall.exe"
SectionEnd
Section "Uninstall"
!include "$uninstall"
SectionEnd
NSI
makensis -V2 -WX "$tmp/check.nsi" >"$tmp/makensis.log" 2>&1 || { cat "$tmp/makensis.log"; problem "makensis"; }

# Each registry write as "key|value name", each removal as "key|value name" or "key|*" (a whole key).
writes=$(sed -n 's/^WriteRegStr SHCTX "\([^"]*\)" "\([^"]*\)".*/\1|\2/p' "$install")
removals=$(sed -n -e 's/^DeleteRegValue SHCTX "\([^"]*\)" "\([^"]*\)".*/\1|\2/p' \
                  -e 's/^DeleteRegKey SHCTX "\([^"]*\)".*/\1|*/p' "$uninstall")
[ -n "$writes" ] || problem "no registry writes in $install"
while IFS='|' read -r key name; do
    case $key in
        'Software\Classes\.'*'\'* | 'Software\Classes\'[!.]*) ;;
        *) problem "writes $key \"$name\": an extension's default program is not ours to set" ;;
    esac
    removed=0
    while IFS='|' read -r gone gone_name; do
        if [ "$gone_name" = '*' ]; then
            [[ $key == "$gone" || $key == "$gone\\"* ]] && removed=1
        elif [ "$gone" = "$key" ] && [ "$gone_name" = "$name" ]; then
            removed=1
        fi
    done <<<"$removals"
    [ $removed -eq 1 ] || problem "the uninstaller leaves $key \"$name\""
done <<<"$writes"
for ext in .zip .tgz; do
    grep -qF "Software\\Classes\\$ext\\OpenWithProgids" "$install" || problem "no Open with entry for $ext"
    grep -qF "SupportedTypes\" \"$ext\"" "$install" || problem "$ext is not among the application's SupportedTypes"
done

[ $fail -eq 0 ] && echo "PASS: $(wc -l <<<"$writes") registry entries, all removed on uninstall"
exit $fail
