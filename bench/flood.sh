#!/usr/bin/env bash
# Flood of expensive searches (issue 23, item 5): 64 connections of long, many-prefix, many-typo and
# deep-paging queries for 60 s against a large corpus, while a probe sends an ordinary search 0.5 s into the
# flood and then every 3 s. Passes when every probe is answered within 1 s (200, or a fast 503), and there are
# no 5xx or socket errors. Prints throughput, status counts, every probe's latency and the server's RSS
# before and after. The flood starts once the server has warmed its search up (its log says so, a few seconds
# after start); COLD=1 starts it at once, on a server whose JIT has compiled nothing of the flood's searches.
# Usage: CORPUS=/tmp/crdb/cockroachdb-docs [INDEX=dir] bench/flood.sh   (CONNECTIONS=64 DURATION=60 COLD=)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

CONNECTIONS=${CONNECTIONS:-64}
DURATION=${DURATION:-60}
: "${CORPUS:?set CORPUS to a large corpus, e.g. /tmp/crdb/cockroachdb-docs}"
need wrk curl
JAVA=$(find_java)
build_jar
make_workdir
INDEX=${INDEX:-$WORK/index}

cd "$ROOT"
[[ -d "$INDEX" ]] || "$JAVA" -jar "$JAR" index --corpus "$CORPUS" --index "$INDEX" >/dev/null
PORT=$(free_port)
# shellcheck disable=SC2046
"$JAVA" $(server_flags) -jar "$JAR" serve --port "$PORT" --corpus "$CORPUS" --index "$INDEX" --no-watch \
  >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
wait_for "http://127.0.0.1:$PORT/health" 300
curl -fs -o /dev/null "http://127.0.0.1:$PORT/search?q=warm%20up"
if [[ -z "${COLD:-}" ]]; then
  for ((i = 0; i < 600; i++)); do grep -q 'Search warmed up' "$WORK/server.log" && break; sleep 0.2; done
  grep -o 'Search warmed up.*' "$WORK/server.log" || echo "the server did not say it warmed up within 120 s"
fi

PROBES=("select for update" "create index" "changefeed kafka" "backup to s3" "transaction retry error"
  "primary key" "alter table add column" "cluster settings" "time travel queries" "multi-region survival goals"
  "node decommission" "import into" "show jobs" "foreign key" "json columns" "rolling upgrade" "row level ttl"
  "sql statistics" "computed columns" "follower reads" "user roles grant" "cdc webhook")
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); uptime: $(uptime)"
BEFORE=$(rss_mb "$SERVER_PID")
echo "RSS before: $BEFORE MB; $CONNECTIONS connections of expensive searches for $DURATION s; probes at 0.5 s, then every 3 s ..."
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 30s -s "$ROOT/bench/flood.lua" "http://127.0.0.1:$PORT" \
  >"$WORK/wrk.out" 2>&1 &
WRK_PID=$!
START=$(now_ms)
sleep 0.5
slow=0
for ((i = 0; i < (DURATION - 3) / 3 + 1; i++)); do
  q=${PROBES[$((i % ${#PROBES[@]}))]}
  at=$(( $(now_ms) - START ))
  line=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' --max-time 10 -G \
    --data-urlencode "q=$q" "http://127.0.0.1:$PORT/search" || echo "000 10")
  echo "probe at $(awk -v t="$at" 'BEGIN { printf "%.1f", t / 1000 }') s '$q': $line"
  awk -v t="${line#* }" 'BEGIN { exit !(t > 1.0) }' && slow=$((slow + 1))
  # The next probe 3 s after this one started.
  sleep "$(awk -v s="$START" -v n="$(now_ms)" -v i="$i" 'BEGIN { d = (s + 500 + (i + 1) * 3000 - n) / 1000; print (d > 0 ? d : 0) }')"
done
wait "$WRK_PID"
grep -E '^(answers|latency):' "$WORK/wrk.out"
echo "RSS after: $(rss_mb "$SERVER_PID") MB (peak $(peak_rss_mb "$SERVER_PID") MB); uptime: $(uptime)"
if ((slow > 0)) || grep -qE '5xx [1-9]|connect [1-9]|read [1-9]|write [1-9]|timeout [1-9]' "$WORK/wrk.out"; then
  echo "FAIL: $slow probes slower than 1 s, or 5xx / socket errors" >&2
  exit 1
fi
echo "PASS: every probe answered within 1 s; no 5xx, no socket errors"
