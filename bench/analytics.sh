#!/usr/bin/env bash
# /search throughput with search analytics on and off, uncached (--cache-size 0) and cached (the default
# cache, warmed by one pass of the query mix), in alternating runs so that drift of the shared machine
# falls on both sides alike. Each run: a fresh server on the bundled corpus, 5 s of warm-up, then wrk with
# the 299-query mix (bench/rotate.lua) for DURATION seconds at CONNECTIONS connections.
# Usage: bench/analytics.sh        (ROUNDS=3 DURATION=10 CONNECTIONS=32 to change)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-32}
need wrk curl
JAVA=$(find_java)
build_jar
make_workdir
cd "$ROOT"
"$JAVA" -jar "$JAR" index --corpus corpus --index "$WORK/index" >/dev/null 2>&1

run() {  # analytics(on|off) cache(uncached|cached) -> prints "req/s p50 p99"
  local analytics=$1 cache=$2 port flags=()
  port=$(free_port)
  [[ $analytics == off ]] && flags+=(--no-analytics)
  [[ $cache == uncached ]] && flags+=(--cache-size 0)
  rm -rf "$WORK/analytics"
  # shellcheck disable=SC2046
  "$JAVA" $(server_flags) -jar "$JAR" serve --port "$port" --corpus corpus --index "$WORK/index" \
    --analytics-dir "$WORK/analytics" --no-watch "${flags[@]}" >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  wait_for "http://127.0.0.1:$port/search?q=decorators" 60
  wrk -t2 -c"$CONNECTIONS" -d5 -s bench/rotate.lua "http://127.0.0.1:$port" >/dev/null
  wrk_run "$CONNECTIONS" "${DURATION}s" "http://127.0.0.1:$port" bench/rotate.lua
  kill "$SERVER_PID"; wait "$SERVER_PID" || true
  SERVER_PID=
}

echo "round cache analytics req/s p50_ms p99_ms"
for round in $(seq "$ROUNDS"); do
  for cache in uncached cached; do
    for analytics in on off; do
      echo "$round $cache $analytics $(run "$analytics" "$cache")"
    done
  done
done
uptime
