#!/bin/sh
# recipegen serve under load: builds Content/ with `recipegen serve` on a free loopback port and
# runs wrk against a recipe page, the home page, a static asset and a missing page, one after
# the other. Prints requests/s, latency (p50, p99) and errors per path, and exits 1 when a good
# path got a non-2xx/3xx answer or any path got a socket error.
#
#   Benchmarks/serve-load.sh [DURATION=30s] [CONNECTIONS=64] [THREADS=2]
#   RECIPEGEN=.build/release/recipegen CONTENT=Content TEMPLATES=Templates Benchmarks/serve-load.sh
set -eu

DURATION=${1:-30s}
CONNECTIONS=${2:-64}
THREADS=${3:-2}
RECIPEGEN=${RECIPEGEN:-.build/release/recipegen}
CONTENT=${CONTENT:-Content}
TEMPLATES=${TEMPLATES:-Templates}
CONFIG=${CONFIG:-recipegen.yaml}

if ! command -v wrk >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then
        echo "installing wrk"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
    else
        echo "serve-load needs: sudo apt-get install wrk"; exit 1
    fi
fi
[ -x "$RECIPEGEN" ] || { echo "no $RECIPEGEN: run 'swift build -c release --product recipegen' first"; exit 1; }

work=$(mktemp -d)
server=""
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

"$RECIPEGEN" serve --port 0 --content "$CONTENT" --templates "$TEMPLATES" --config "$CONFIG" \
    --output "$work/Output" 2>"$work/serve.log" &
server=$!
port=""
for _ in $(seq 1 600); do
    port=$(sed -n 's|^serving http://[^:]*:\([0-9]*\)/.*|\1|p' "$work/serve.log")
    [ -n "$port" ] && break
    kill -0 "$server" 2>/dev/null || { cat "$work/serve.log"; exit 1; }
    sleep 0.1
done
[ -n "$port" ] || { echo "recipegen serve did not start"; cat "$work/serve.log"; exit 1; }

recipe=$(cd "$work/Output" && ls -d recipes/*/ | head -n 1)
asset=$(cd "$work/Output" && ls assets/*.css | head -n 1)
base="http://127.0.0.1:$port"
echo "recipegen serve on $base; wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency per path"
printf '%-44s %10s %9s %9s %9s %8s %8s\n' path requests/s p50 p99 requests non-2xx socket-err
failed=0
for entry in "page /$recipe" "home /" "asset /$asset" "missing /no/such/page/"; do
    kind=${entry%% *}
    path=${entry#* }
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$base$path" >"$work/wrk.txt" 2>&1 || true
    rps=$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$work/wrk.txt")
    p50=$(sed -n 's/^ *50% *\([0-9.]*[a-z]*\).*/\1/p' "$work/wrk.txt")
    p99=$(sed -n 's/^ *99% *\([0-9.]*[a-z]*\).*/\1/p' "$work/wrk.txt")
    total=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$work/wrk.txt")
    non2xx=$(sed -n 's/^ *Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' "$work/wrk.txt")
    socket=$(sed -n 's/^ *Socket errors: *connect \([0-9]*\), read \([0-9]*\), write \([0-9]*\), timeout \([0-9]*\).*/\1 \2 \3 \4/p' "$work/wrk.txt")
    socket_total=0
    for n in $socket; do socket_total=$((socket_total + n)); done
    printf '%-44s %10s %9s %9s %9s %8s %8s\n' "$path" "${rps:-?}" "${p50:-?}" "${p99:-?}" "${total:-?}" "${non2xx:-0}" "$socket_total"
    [ -n "$rps" ] || { cat "$work/wrk.txt"; failed=1; }
    [ "$socket_total" = 0 ] || { echo "  socket errors (connect read write timeout): $socket"; failed=1; }
    if [ "$kind" != missing ] && [ "${non2xx:-0}" != 0 ]; then failed=1; fi
    if [ "$kind" = missing ] && [ "${non2xx:-0}" != "${total:-x}" ]; then
        echo "  the missing page answered something other than 404"; failed=1
    fi
done
kill -0 "$server" 2>/dev/null || { echo "recipegen serve died"; cat "$work/serve.log"; exit 1; }
[ "$failed" = 0 ] && echo "no errors" || echo "ERRORS"
exit "$failed"
