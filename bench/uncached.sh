#!/usr/bin/env bash
# HTTP /search with the query-result cache off: `serve --cache-size 0` (the server's JVM flags) on CORPUS with an
# existing INDEX (built first if missing), WARMUP seconds of wrk with bench/rotate.lua at 8 connections, then
# DURATION seconds at each of CONNECTIONS, every request searched, ranked, highlighted and faceted. Prints
# req/s, p50 and p99 per level with the load average, and the server's RSS after the run.
#   CORPUS=/tmp/crdb/cockroachdb-docs/current INDEX=/tmp/crdb-index bench/uncached.sh
#   QUERIES=bench/crdb-queries.txt DURATION=10 CONNECTIONS="1 8 32" bench/uncached.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"

CORPUS=${CORPUS:-$ROOT/corpus}
WARMUP=${WARMUP:-15}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-1 32}
need wrk curl python3
JAVA=$(find_java)
build_jar
make_workdir
INDEX=${INDEX:-$WORK/index}
[[ -d "$INDEX" ]] || "$JAVA" -jar "$JAR" index --corpus "$CORPUS" --index "$INDEX" >/dev/null 2>&1

PORT=$(free_port)
# shellcheck disable=SC2046
"$JAVA" $(server_flags) -jar "$JAR" serve --port "$PORT" --corpus "$CORPUS" --index "$INDEX" --cache-size 0 \
  --analytics-dir "$WORK/analytics" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
wait_for "http://127.0.0.1:$PORT/search?q=select" 180
# The start-up pass (catching up with the corpus) runs after the first answer; measure after it.
until curl -fs "http://127.0.0.1:$PORT/health" | python3 -c 'import json, sys
sys.exit(json.load(sys.stdin).get("indexing", {}).get("state") == "catching-up")'; do sleep 0.2; done
echo "corpus $CORPUS, queries $QUERIES ($(grep -cv '^\s*\(#\|$\)' "$QUERIES")), cache off; warming up ${WARMUP} s"
wrk_run 8 "$WARMUP" "http://127.0.0.1:$PORT/search" "$ROOT/bench/rotate.lua" >/dev/null
for c in $CONNECTIONS; do
  read -r rps p50 p99 < <(wrk_run "$c" "$DURATION" "http://127.0.0.1:$PORT/search" "$ROOT/bench/rotate.lua")
  echo "$c connections, ${DURATION} s: $rps req/s, p50 $p50 ms, p99 $p99 ms (load $(cut -d' ' -f1 /proc/loadavg))"
done
echo "server RSS after the run: $(rss_mb "$SERVER_PID") MB (peak $(peak_rss_mb "$SERVER_PID") MB)"
