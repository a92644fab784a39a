#!/usr/bin/env bash
# packaging_metainfo: `appstreamcli validate --no-net` passes, and the metainfo agrees with CMake:
# id, launchable desktop file, newest release = project version, homepage, screenshots under it.
# Exit 77 (skipped) without appstreamcli (Debian: appstream).
set -euo pipefail
metainfo=$1 app_id=$2 version=$3 homepage=$4

command -v appstreamcli >/dev/null || { echo "SKIP: appstreamcli not installed"; exit 77; }
appstreamcli validate --no-net "$metainfo"

fail=0
expect() { # expect DESCRIPTION PATTERN: the file has a line matching PATTERN (grep -E)
    grep -Eq -- "$2" "$metainfo" || { echo "FAIL: $1 (no line matches $2)"; fail=1; }
}
expect "component id" "<id>${app_id//./\\.}</id>"
expect "launchable" "<launchable type=\"desktop-id\">${app_id//./\\.}\\.desktop</launchable>"
expect "homepage" "<url type=\"homepage\">${homepage}</url>"
expect "binary firmware-browser" "<binary>firmware-browser</binary>"
expect "binary firmware-cli" "<binary>firmware-cli</binary>"
expect "content rating" "<content_rating type=\"oars-1\\.[01]\""
# Releases are listed newest first: the first one is this version.
first_release=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n 1 | cut -d'"' -f2)
[ "$first_release" = "$version" ] || { echo "FAIL: newest release is '$first_release', project version is $version"; fail=1; }
# Screenshots are the repository's own docs/ images, served raw from the homepage's repository.
repo=${homepage#https://github.com/}
shots=$(grep -o '<image>[^<]*</image>' "$metainfo" | sed 's/<[^>]*>//g')
[ -n "$shots" ] || { echo "FAIL: no screenshots"; fail=1; }
here=$(cd "$(dirname "$0")/../.." && pwd)
for url in $shots; do
    case "$url" in
        "https://raw.githubusercontent.com/$repo/"*/docs/*.png)
            file=docs/${url##*/docs/}
            [ -f "$here/$file" ] || { echo "FAIL: $url: $file is not in the repository"; fail=1; } ;;
        *) echo "FAIL: screenshot $url is not a raw docs/ path of $homepage"; fail=1 ;;
    esac
done
[ $fail -eq 0 ] && echo "PASS: $metainfo"
exit $fail
