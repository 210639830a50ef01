#!/usr/bin/env bash
# Scale benchmark on a real large corpus: cockroachdb-docs (14,894 Markdown files, 114 MB).
# Prints full index time and MB/s, index size against text size, peak RSS of the indexer, then serves the
# index and prints startup time, /search p50/p99 with highlighting (wrk, one connection, query mix),
# server RSS, and the freshness of a one-file update (in-process JMH benchmark with the corpus loaded).
# Usage: bench/scale.sh [corpus.tar.xz]   (default /work/shared/corpora/cockroachdb-docs.tar.xz)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

TARBALL=${1:-/work/shared/corpora/cockroachdb-docs.tar.xz}
DURATION=${DURATION:-20}
need wrk curl python3 xz:xz-utils /usr/bin/time:time
JAVA=$(find_java)
build_jar
make_workdir

tar -xJf "$TARBALL" -C "$WORK"
CORPUS=$(find "$WORK" -mindepth 1 -maxdepth 1 -type d | head -1)
FILES=$(find "$CORPUS" -name '*.md' | wc -l)
TEXT_BYTES=$(find "$CORPUS" -name '*.md' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
echo "corpus: $FILES Markdown files, $((TEXT_BYTES / 1000000)) MB; machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

# --- full index, the way `docsift index` runs, with the server's JVM flags ---
# shellcheck disable=SC2046
/usr/bin/time -f '%e s wall, peak RSS %M KB' -o "$WORK/time.txt" \
  "$JAVA" $(server_flags | sed "s/-XX:[+]AutoCreateSharedArchive//; s/-XX:SharedArchiveFile=[^ ]*//") -jar "$JAR" index --corpus "$CORPUS" --index "$WORK/index" | tee "$WORK/index.txt"
INDEX_MS=$(sed -n 's/.* in \([0-9]*\) ms .*/\1/p' "$WORK/index.txt")
INDEX_BYTES=$(du -sb "$WORK/index" | cut -f1)
awk -v ms="$INDEX_MS" -v tb="$TEXT_BYTES" -v ib="$INDEX_BYTES" 'BEGIN {
  printf "full index: %.1f s, %.1f MB/s; index %.0f MB = %.0f%% of the text\n", ms / 1000, tb / 1e6 / (ms / 1000), ib / 1e6, 100 * ib / tb }'
echo "index process: $(cat "$WORK/time.txt")"

# --- serve it: startup, query latency with highlighting, memory ---
PORT=$(free_port)
START=$(now_ms)
# shellcheck disable=SC2046
"$JAVA" $(server_flags) -jar "$JAR" serve --port "$PORT" --corpus "$CORPUS" --index "$WORK/index" \
  --web "$ROOT/web" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
wait_for "http://127.0.0.1:$PORT/search?q=select" 120
echo "serve -> first /search answer: $(( $(now_ms) - START )) ms"
wrk_run 4 10 "http://127.0.0.1:$PORT/search" "$ROOT/bench/rotate.lua" >/dev/null
read -r rps p50 p99 < <(wrk_run 1 "$DURATION" "http://127.0.0.1:$PORT/search" "$ROOT/bench/rotate.lua")
echo "/search at 1 connection: $rps req/s, p50 $p50 ms, p99 $p99 ms"
read -r rps p50 p99 < <(wrk_run 32 "$DURATION" "http://127.0.0.1:$PORT/search" "$ROOT/bench/rotate.lua")
echo "/search at 32 connections: $rps req/s, p50 $p50 ms, p99 $p99 ms"
echo "server RSS: $(rss_mb "$SERVER_PID") MB (peak $(peak_rss_mb "$SERVER_PID") MB)"
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=

# --- freshness: one saved file re-indexed and searchable, with the whole corpus indexed (JMH) ---
echo "one-file update with the large corpus loaded (JMH, ms):"
(cd "$ROOT" && mvn -q -B -Pbench -DskipTests test-compile exec:exec@bench \
  -Djmh.args="IndexBench.incrementalUpdate -f 1 -wi 3 -i 5 -jvmArgsAppend -Ddocsift.corpus=$CORPUS") \
  | grep -E '^(Benchmark|IndexBench)' | grep -E 'Benchmark|p0.50|p0.95|p0.99|incrementalUpdate +sample'
