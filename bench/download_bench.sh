#!/usr/bin/env bash
# Download benchmark: serves a generated 1 GiB file from nginx on 127.0.0.1 and prints the
# median of 3 runs of curl -> file, md5sum of the file, curl then md5sum, both in parallel and
# firmware-cli fetch --md5 against the floor max(curl -> file, md5sum) (issue 14's goal: <= 1.15x), plus
# firmware-cli's peak RSS and the main-thread latency benchmark. Prints figures only.
#   bench/download_bench.sh [BUILD_DIR]      (SIZE_MB=1024 RUNS=3 override)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${1:-${BUILD_DIR:-$here/build}}
size_mb=${SIZE_MB:-1024}
runs=${RUNS:-3}
cli=$build_dir/src/cli/firmware-cli
latency=$build_dir/bench/bench_download_latency

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}
need=()
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
[ -x /usr/bin/time ] || need+=(time)
command -v curl >/dev/null 2>&1 || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
    echo "download_bench: installing ${need[*]}" >&2
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$cli" ] || { echo "download_bench: build firmware-cli first ($cli)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/fwb-bench.XXXXXX")
cleanup() {
    [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/www" "$work/out" "$work/logs"

echo "Generating ${size_mb} MiB of random data..." >&2
head -c "$((size_mb * 1024 * 1024))" /dev/urandom > "$work/www/rom.bin"
md5=$(md5sum "$work/www/rom.bin" | cut -d' ' -f1)
chmod -R a+rX "$work" # nginx's workers run as an unprivileged user when started as root

port=$(( 20000 + RANDOM % 20000 ))
cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/logs/error.log;
events { worker_connections 64; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    client_body_temp_path $work/logs;
    proxy_temp_path $work/logs;
    fastcgi_temp_path $work/logs;
    uwsgi_temp_path $work/logs;
    scgi_temp_path $work/logs;
    server {
        listen 127.0.0.1:$port;
        root $work/www;
    }
}
CONF
"$nginx_bin" -p "$work" -c "$work/nginx.conf"
url="http://127.0.0.1:$port/rom.bin"
for i in $(seq 50); do curl -sf -o /dev/null -r 0-0 "$url" && break; sleep 0.1; done
[ "$i" -lt 50 ] || { echo "download_bench: nginx does not serve $url" >&2; cat "$work/logs/error.log" >&2; exit 1; }

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
seconds() { # runs "$@", prints wall seconds
    local start end
    start=$(date +%s.%N)
    "$@" >"$work/last.log" 2>&1 || { echo "download_bench: failed: $*" >&2; cat "$work/last.log" >&2; }
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}
fresh() { rm -f "$work"/out/*; sync; }

curl_file=(); md5_only=(); curl_md5=(); both=(); fetch=(); rss=()
for i in $(seq "$runs"); do
    fresh; curl_file+=("$(seconds curl -sf -o "$work/out/rom.bin" "$url")")
    md5_only+=("$(seconds md5sum "$work/www/rom.bin")")
    fresh; curl_md5+=("$(seconds sh -c "curl -sf -o '$work/out/rom.bin' '$url' && md5sum '$work/out/rom.bin'")")
    fresh; both+=("$(seconds sh -c "curl -sf -o '$work/out/rom.bin' '$url' & md5sum '$work/www/rom.bin'; wait")")
    fresh; fetch+=("$(seconds "$cli" fetch "$url" --md5 "$md5" -o "$work/out")")
    [ -f "$work/out/rom.bin" ] || { echo "download_bench: firmware-cli fetch failed" >&2; cat "$work/last.log" >&2; exit 1; }
    fresh
    /usr/bin/time -v "$cli" fetch "$url" --md5 "$md5" -o "$work/out" > /dev/null 2> "$work/time.txt"
    rss+=("$(awk -F: '/Maximum resident set size/ {gsub(/ /,"",$2); print $2}' "$work/time.txt")")
done
fresh

m_curl=$(printf '%s\n' "${curl_file[@]}" | median)
m_md5=$(printf '%s\n' "${md5_only[@]}" | median)
floor=$(echo "if ($m_curl > $m_md5) $m_curl else $m_md5" | bc -l)
m_curl_md5=$(printf '%s\n' "${curl_md5[@]}" | median)
m_both=$(printf '%s\n' "${both[@]}" | median)
m_fetch=$(printf '%s\n' "${fetch[@]}" | median)
m_rss=$(printf '%s\n' "${rss[@]}" | median)
mb=$(echo "$size_mb * 1.048576" | bc -l)

echo "Download benchmark: ${size_mb} MiB from nginx on 127.0.0.1, median of $runs runs, $(nproc) CPUs"
printf '  %-38s %6.2f s  %6.0f MB/s\n' "curl -> file" "$m_curl" "$(echo "$mb / $m_curl" | bc -l)"
printf '  %-38s %6.2f s  %6.0f MB/s\n' "md5sum of the file" "$m_md5" "$(echo "$mb / $m_md5" | bc -l)"
printf '  %-38s %6.2f s  %6.0f MB/s\n' "curl -> file, then md5sum" "$m_curl_md5" "$(echo "$mb / $m_curl_md5" | bc -l)"
printf '  %-38s %6.2f s  (control: how well 2 busy processes overlap here)\n' "curl -> file and md5sum, in parallel" "$m_both"
printf '  %-38s %6.2f s  %6.0f MB/s\n' "firmware-cli fetch --md5" "$m_fetch" "$(echo "$mb / $m_fetch" | bc -l)"
printf '  %-38s %6.2f x  (goal <= 1.15; the parallel control: %.2f x)\n' "fetch --md5 / max(curl, md5sum)" \
    "$(echo "$m_fetch / $floor" | bc -l)" "$(echo "$m_both / $floor" | bc -l)"
printf '  %-38s %6.1f MB (target < 80)\n' "firmware-cli peak RSS" "$(echo "$m_rss / 1024" | bc -l)"
echo "  runs (s): curl ${curl_file[*]} | md5sum ${md5_only[*]} | curl+md5sum ${curl_md5[*]} | parallel ${both[*]} | fetch ${fetch[*]} | RSS KiB ${rss[*]}"
if [ -x "$latency" ]; then
    echo "Main-thread latency (10 ms timer, goal < 50 ms):"
    "$latency" "$url" "$md5" "$work/out" | sed 's/^/  /' || true
fi
