#!/usr/bin/env bash
# Mirrors benchmark: Xiaomi's CDN as seen from home, on loopback. Four nginx mirrors of one file, each
# on its own 127.0.0.x address, capped per connection (limit_rate) and per client (limit_conn: a 503
# past the cap), with Range and ETag as nginx serves static files:
#   first  127.0.0.11  2 MiB/s per connection, 4 connections   (8 MiB/s)   the card's first URL
#   slow   127.0.0.13  512 KiB/s per connection, 2 connections (1 MiB/s)
#   gone   127.0.0.14  lost the file: 404 with an S3 NoSuchKey document
#   fast   127.0.0.12  3 MiB/s per connection, 4 connections   (12 MiB/s)
# The URLs go in that order (a card's order says nothing about speed). Downloads the file RUNS times
# each, round by round, with firmware-cli fetch (plain, and with --connections M --per-host N when the
# build has them), aria2c (-x4 -s8 -k1M, adaptive mirror choice, its own MD5 check) and curl from the
# first mirror; checks every result's MD5 and prints the medians side by side with "the limit": the
# size over the sum of every usable mirror's cap (rate x connections), 48 MiB / 21 MiB/s = 2.29 s.
# aria2c gets -k1M because by default it never splits a range under 2 x 20 MiB: on this 48 MiB
# stand-in for a multi-GB ROM it would open 2 connections, where on a real ROM it opens all 8.
#   bench/mirrors_bench.sh [BUILD_DIR]          (or: scripts/dev.sh bench mirrors)
# Environment: SIZE_MB (48), RUNS (3), CONNECTIONS (8), PER_HOST (4), RUN_TIMEOUT (180 s per download),
# TOOLS (some of "fb_plain fb_engine aria2 curl_first"), ARIA2_OPTIONS (added to aria2c's),
# MIRRORS ("name address KiB/s connections;..." with 0 connections for a mirror that lost the file).
# Only loopback addresses; nginx runs as the invoking user from a temporary folder with its own
# configuration and stops with the script (also when the script is killed: a watchdog cleans up).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${1:-${BUILD_DIR:-$here/build}}
size_mb=${SIZE_MB:-48}
runs=${RUNS:-3}
connections=${CONNECTIONS:-8}
per_host=${PER_HOST:-4}
run_timeout=${RUN_TIMEOUT:-180}
cli=$build_dir/src/cli/firmware-cli

for tool in nginx aria2c curl openssl md5sum timeout; do
    command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] ||
        { echo "mirrors_bench: $tool is missing (scripts/dev.sh bench mirrors installs it)" >&2; exit 1; }
done
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$cli" ] || { echo "mirrors_bench: build firmware-cli first ($cli)" >&2; exit 1; }

# name address rate-in-KiB/s connections (0 connections: the mirror lost the file)
mirrors=(
    "first 127.0.0.11 2048 4"
    "slow 127.0.0.13 512 2"
    "gone 127.0.0.14 0 0"
    "fast 127.0.0.12 3072 4"
)
if [ -n "${MIRRORS:-}" ]; then
    IFS=';' read -r -a mirrors <<<"$MIRRORS"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/fwb-mirrors.XXXXXX")
child=
cleanup() {
    [ -z "$child" ] || kill "$child" 2>/dev/null
    [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$work/www" "$work/gone" "$work/out" "$work/logs" "$work/home"

echo "mirrors_bench: generating ${size_mb} MiB of deterministic data (AES-CTR stream of zeros)" >&2
{ openssl enc -aes-128-ctr -nosalt -K 0123456789abcdef0123456789abcdef -iv 00000000000000000000000000000000 \
      </dev/zero 2>/dev/null || true; } |
    head -c "$((size_mb * 1024 * 1024))" >"$work/www/rom.bin"
md5=$(md5sum "$work/www/rom.bin" | cut -d' ' -f1)

write_config() { # port
    {
        echo "worker_processes 1;"
        echo "pid $work/nginx.pid;"
        echo "error_log $work/logs/error.log;"
        # As root the workers would drop to nobody; keep them the invoking user.
        [ "$(id -u)" -ne 0 ] || echo "user root;"
        echo "events { worker_connections 256; }"
        echo "http {"
        echo "    access_log off; sendfile on; tcp_nopush on; keepalive_timeout 30s;"
        echo "    default_type application/octet-stream;"
        for dir in client_body proxy fastcgi uwsgi scgi; do echo "    ${dir}_temp_path $work/logs;"; done
        local name address rate conns
        for m in "${mirrors[@]}"; do
            read -r name address rate conns <<<"$m"
            echo "    limit_conn_zone \$binary_remote_addr zone=$name:1m;"
            echo "    server {"
            echo "        listen $address:$1;"
            if [ "$conns" -eq 0 ]; then
                echo "        root $work/gone;"
                echo "        location / {"
                echo "            default_type application/xml;"
                # shellcheck disable=SC2028 # the \n is nginx's, not echo's
                echo "            return 404 '<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>rom.bin</Key></Error>\n';"
                echo "        }"
            else
                echo "        root $work/www;"
                echo "        limit_rate ${rate}k;"
                echo "        limit_conn $name $conns;"
            fi
            echo "    }"
        done
        echo "}"
    } >"$work/nginx.conf"
}

port=
for _ in 1 2 3 4 5; do
    candidate=$(( 20000 + RANDOM % 20000 ))
    write_config "$candidate"
    if "$nginx_bin" -e "$work/logs/error.log" -p "$work" -c "$work/nginx.conf" 2>"$work/logs/start.log"; then
        port=$candidate
        break
    fi
done
[ -n "$port" ] || { echo "mirrors_bench: nginx did not start" >&2; cat "$work/logs/start.log" >&2; exit 1; }
# If this script is killed outright, the trap never runs: stop nginx and remove the folder then.
( trap '' INT TERM HUP
  while kill -0 $$ 2>/dev/null; do sleep 2; done
  for pidfile in "$work/child.pid" "$work/nginx.pid"; do
      [ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null
  done
  sleep 1; rm -rf "$work" ) </dev/null >/dev/null 2>&1 &

urls=()
cap_kib=0
for m in "${mirrors[@]}"; do
    read -r name address rate conns <<<"$m"
    urls+=("http://$address:$port/rom.bin")
    cap_kib=$((cap_kib + rate * conns))
done
for i in $(seq 50); do curl -sf -o /dev/null -r 0-0 "${urls[0]}" && break; sleep 0.1; done
[ "$i" -lt 50 ] || { echo "mirrors_bench: nginx does not serve ${urls[0]}" >&2; cat "$work/logs/error.log" >&2; exit 1; }

# The new engine's options: the probe fails on "Unknown option" before it needs a URL.
engine_options=()
probe=$(LANG=C LANGUAGE='' "$cli" fetch --connections 1 --per-host 1 2>&1 || true)
if ! grep -qi "unknown option" <<<"$probe"; then
    engine_options=(--connections "$connections" --per-host "$per_host")
fi

failures=0
run() { # label command...: sets "result" to the wall seconds, or "failed"; the file must have the right MD5
    local label=$1 start end status=0
    shift
    rm -rf "${work:?}/out" "${work:?}/home"
    mkdir -p "$work/out" "$work/home"
    sync
    start=$(date +%s.%N)
    HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share \
        XDG_CACHE_HOME=$work/home/.cache timeout "$run_timeout" "$@" >"$work/last.log" 2>&1 &
    child=$!
    echo "$child" >"$work/child.pid"
    wait "$child" || status=$? # wait, unlike a foreground command, lets a signal's trap run at once
    end=$(date +%s.%N)
    child=
    rm -f "$work/child.pid"
    result=failed
    if [ "$status" -ne 0 ]; then
        echo "mirrors_bench: $label: failed (exit $status)" >&2
    elif [ "$(md5sum <"$work/out/rom.bin" 2>/dev/null | cut -d' ' -f1)" != "$md5" ]; then
        echo "mirrors_bench: $label: the file's MD5 is wrong" >&2
    else
        result=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
        return
    fi
    tail -5 "$work/last.log" >&2
}

read -r -a aria2_options <<<"${ARIA2_OPTIONS:-}"
# Each tool's command line (words may hold spaces: TMPDIR is the user's).
command_of() { # tool -> the array "cmd"
    case $1 in
        fb_plain) cmd=("$cli" fetch "${urls[@]}" --md5 "$md5" -o "$work/out") ;;
        fb_engine) cmd=("$cli" fetch "${urls[@]}" --md5 "$md5" -o "$work/out" "${engine_options[@]}") ;;
        aria2) cmd=(aria2c -x4 -s8 -k1M --uri-selector=adaptive --checksum="md5=$md5" -d "$work/out" -o rom.bin
                    --allow-overwrite=true --auto-file-renaming=false --file-allocation=none
                    --console-log-level=warn --summary-interval=0 --download-result=hide "${aria2_options[@]}"
                    "${urls[@]}") ;;
        curl_first) cmd=(curl -sfS -o "$work/out/rom.bin" "${urls[0]}") ;;
    esac
}
tools=(fb_plain)
labels=("Firmware Browser (firmware-cli fetch)")
if [ ${#engine_options[@]} -gt 0 ]; then
    tools+=(fb_engine)
    labels+=("Firmware Browser ${engine_options[*]}")
fi
tools+=(aria2 curl_first)
labels+=("aria2c -x4 -s8 -k1M, adaptive" "curl, first mirror")
if [ -n "${TOOLS:-}" ]; then # e.g. TOOLS="aria2 curl_first": only these
    for k in "${!tools[@]}"; do
        [[ " $TOOLS " == *" ${tools[$k]} "* ]] || unset "tools[$k]" "labels[$k]"
    done
fi

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "mirrors_bench: $runs rounds of ${#tools[@]} downloads; load average $load_before" >&2
declare -A times
for round in $(seq "$runs"); do
    for k in "${!tools[@]}"; do
        command_of "${tools[$k]}"
        run "${labels[$k]}" "${cmd[@]}"
        times[$k]="${times[$k]:-} $result"
        [ "$result" != failed ] || failures=$((failures + 1))
        echo "  round $round: ${labels[$k]}: $result" >&2
    done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

median() { # the median of the numbers among the words of $1 ("failed" runs left out)
    tr ' ' '\n' <<<"$1" | awk '/^[0-9.]+$/' | sort -n | awk '{a[NR]=$1} END { if (NR) print a[int((NR+1)/2)]; else print "-" }'
}
limit=$(awk -v mb="$size_mb" -v kib="$cap_kib" 'BEGIN { printf "%.2f", mb * 1024 / kib }')

echo "Mirrors benchmark: ${size_mb} MiB (MD5 $md5) from ${#mirrors[@]} nginx mirrors on loopback, median of $runs, $(nproc) CPUs"
for m in "${mirrors[@]}"; do
    read -r name address rate conns <<<"$m"
    if [ "$conns" -eq 0 ]; then
        printf '  mirror %-6s %-12s lost the file (404, S3 NoSuchKey)\n' "$name" "$address"
    else
        printf '  mirror %-6s %-12s %5d KiB/s per connection x %d connections\n' "$name" "$address" "$rate" "$conns"
    fi
done
for k in "${!labels[@]}"; do
    ok=$(tr ' ' '\n' <<<"${times[$k]}" | awk '/^[0-9.]+$/' | wc -l)
    m=$(median "${times[$k]}")
    printf '  %-48s %7s s   runs:%s%s\n' "${labels[$k]}" "$m" "${times[$k]}" \
        "$([ "$ok" -eq "$runs" ] || echo "  ($((runs - ok)) failed)")"
done
printf '  %-48s %7s s   (%s MiB over %.2f MiB/s: every usable mirror at its cap)\n' "the limit" "$limit" \
    "$size_mb" "$(awk -v k="$cap_kib" 'BEGIN { print k / 1024 }')"
[ ${#engine_options[@]} -gt 0 ] || echo "  (this firmware-cli has no --connections / --per-host: one connection, one mirror at a time)"
echo "  load average before: $load_before, after: $load_after ($(nproc) CPUs); every result's MD5 checked"
[ "$failures" -eq 0 ]
