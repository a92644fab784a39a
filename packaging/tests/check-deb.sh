#!/usr/bin/env bash
# packaging_deb: CPack builds the DEB into a temporary folder; it holds the expected files and no
# other binary (no tests, benchmarks or tools), its Depends come from dpkg-shlibdeps, and the
# firmware-cli and firmware-browser extracted from it run; its menu entry offers the app for ROM files. Exit 77 (skipped) without the tools
# (Debian: dpkg-dev for dpkg-shlibdeps, file).
set -euo pipefail
build=$1 version=$2 app_id=$3

for tool in cpack dpkg-deb dpkg-shlibdeps file; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool not installed"; exit 77; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
problem() { echo "FAIL: $*"; fail=1; }

start=$SECONDS
if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$tmp" >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log"
    echo "FAIL: cpack -G DEB"
    exit 1
fi
debs=("$tmp"/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { ls -l "$tmp"; echo "FAIL: expected one .deb"; exit 1; }
deb=${debs[0]}
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB) in $((SECONDS - start)) s"

dpkg-deb -c "$deb" | awk '{ print $NF }' | sed 's|^\./|/|' >"$tmp/files"
expected=(
    /usr/bin/firmware-browser
    /usr/bin/firmware-cli
    "/usr/share/applications/$app_id.desktop"
    "/usr/share/metainfo/$app_id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    /usr/share/man/man1/firmware-cli.1.gz
    /usr/share/bash-completion/completions/firmware-cli
    /usr/share/doc/firmware-browser/copyright
)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expected[@]}"; do
    grep -qxF "$path" "$tmp/files" || problem "the package lacks $path"
done
binaries=$(grep -E '^/usr/(s?bin|lib|libexec)/.' "$tmp/files" | grep -v '/$' | sort | tr '\n' ' ')
[ "$binaries" = "/usr/bin/firmware-browser /usr/bin/firmware-cli " ] ||
    problem "binaries in the package: $binaries (expected only firmware-browser and firmware-cli)"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = firmware-browser ] || problem "Package: $(field Package)"
[ "$(field Version)" = "$version" ] || problem "Version: $(field Version), expected $version"
depends=$(field Depends)
depended=$(tr ',' '\n' <<<"$depends" | awk '{ print $1 }') # package names without versions
for lib in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6svg6 libarchive13; do
    grep -qxF "$lib" <<<"$depended" || problem "Depends lacks $lib: $depends"
done
for name in Maintainer Section Homepage Description; do
    [ -n "$(field "$name")" ] || problem "no $name field"
done

dpkg-deb -x "$deb" "$tmp/root"
# The installed metainfo, desktop file and icons fit together (validate-tree checks them as a set).
if command -v appstreamcli >/dev/null; then
    appstreamcli validate-tree --no-net "$tmp/root" >"$tmp/validate.log" 2>&1 ||
        { cat "$tmp/validate.log"; problem "appstreamcli validate-tree"; }
fi
# The menu entry offers the app for the ROM types as the desktop sees it (the mimeinfo.cache that
# desktop-file-utils' trigger writes), and the package claims no MIME type of its own.
if command -v update-desktop-database >/dev/null; then
    update-desktop-database "$tmp/root/usr/share/applications"
    for type in application/zip application/x-compressed-tar; do
        grep -qxF "$type=$app_id.desktop;" "$tmp/root/usr/share/applications/mimeinfo.cache" ||
            problem "the desktop database does not offer $app_id for $type"
    done
fi
! grep -q '^/usr/share/mime/' "$tmp/files" || problem "the package installs MIME types: $(grep '^/usr/share/mime/' "$tmp/files")"
bin=$tmp/root/usr/bin
file "$bin/firmware-cli" | grep -q ', stripped' || problem "firmware-cli is not stripped: $(file -b "$bin/firmware-cli")"
export XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config XDG_CACHE_HOME=$tmp/cache
out=$("$bin/firmware-cli" --version) || problem "firmware-cli --version failed"
[ "$out" = "firmware-cli $version" ] || problem "firmware-cli --version printed '$out'"
# The built-in catalog came along: the seed page's Recovery file and its MD5.
"$bin/firmware-cli" show gemini 7.6.8 | grep -qx 'MD5: b3186f9d5fb716d6f2c182b3ac61ea61' ||
    problem "firmware-cli show gemini 7.6.8 did not print the seed's MD5"
out=$(QT_QPA_PLATFORM=offscreen "$bin/firmware-browser" --version 2>&1) || problem "firmware-browser --version failed"
grep -q " $version\$" <<<"$out" || problem "firmware-browser --version printed '$out'"

[ $fail -eq 0 ] && echo "PASS: $(wc -l <"$tmp/files") entries, Depends: $depends"
exit $fail
