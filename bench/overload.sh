#!/usr/bin/env bash
# Overload test (issue: robustness): 64 connections for 60 s against /search on the bundled corpus, with
# hostile queries mixed in. Passes when there are no socket errors and no 5xx; prints p50/p99 and the
# server's RSS before and after, to show memory stays flat.
# Usage: bench/overload.sh        (CONNECTIONS=64 DURATION=60 to change)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

CONNECTIONS=${CONNECTIONS:-64}
DURATION=${DURATION:-60}
need wrk curl python3
JAVA=$(find_java)
build_jar
make_workdir

cd "$ROOT"
"$JAVA" -jar "$JAR" index --corpus corpus --index "$WORK/index" >/dev/null
PORT=$(free_port)
# shellcheck disable=SC2046
"$JAVA" $(server_flags) -jar "$JAR" serve --port "$PORT" --corpus corpus --index "$WORK/index" --no-watch \
  >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
wait_for "http://127.0.0.1:$PORT/search?q=decorators" 60

echo "warming up for 10 s ..."
wrk -t2 -c8 -d10 -s "$ROOT/bench/rotate.lua" "http://127.0.0.1:$PORT" >/dev/null
BEFORE=$(rss_mb "$SERVER_PID")
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "RSS before: $BEFORE MB; running $CONNECTIONS connections for $DURATION s ..."
OUT=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s "$ROOT/bench/overload.lua" "http://127.0.0.1:$PORT")
echo "$OUT" | grep -E '^(answers|latency):|Requests/sec'
AFTER=$(rss_mb "$SERVER_PID")
echo "RSS after: $AFTER MB (peak $(peak_rss_mb "$SERVER_PID") MB)"
curl -fs "http://127.0.0.1:$PORT/search?q=django" >/dev/null && echo "server still answers normally"
if echo "$OUT" | grep -qE '5xx [1-9]|connect [1-9]|read [1-9]|write [1-9]|timeout [1-9]'; then
  echo "FAIL: errors or 5xx under load" >&2
  exit 1
fi
echo "PASS: no errors, no 5xx"
