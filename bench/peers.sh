#!/usr/bin/env bash
# docsift against its peers on the same queries in one run: Sphinx 2.2 (Debian's sphinxsearch, over SphinxQL on a
# loopback port) and SQLite FTS5 (in-process), on cockroachdb-docs (bench/crdb-queries.txt, 200 queries made
# by bench/crdb_queries.py) and on the bundled article (bench/queries.txt). For each corpus: docsift's full
# build (`docsift index`, default JVM flags: time, peak RSS, size), `serve --cache-size 0` with the server's
# flags, then bench/peers.py builds the peers' indexes (one row per section) and asks every engine every
# query: WARMUP passes, then RUNS calls per query, the engines taking turns; p50 / p99 over the queries of
# each query's median. docsift's figure is its server-side tookMs (the client's round trip beside it); the
# peers' is the client's call (Sphinx: over its socket; SQLite: in-process).
#   bench/peers.sh                                   # both corpora, 5 runs per query, peers in AND mode
#   CORPORA=article MAX_QUERIES=20 RUNS=3 bench/peers.sh    # a quick look
#   MODES="and or" INDEX_DIR=/tmp/keep bench/peers.sh      # peers in both modes; keep docsift's indexes
# Per-query figures go to OUT (default target/peers/NAME.tsv).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

CRDB=${CRDB:-/tmp/crdb/cockroachdb-docs/current}
CORPORA=${CORPORA:-crdb article}
RUNS=${RUNS:-5}
WARMUP=${WARMUP:-2}
MAX_QUERIES=${MAX_QUERIES:-0}
MODES=${MODES:-and}
OUT=${OUT:-$ROOT/target/peers}
PYTHON=/usr/bin/python3  # Debian's own, which python3-pymysql installs into
need searchd:sphinxsearch indexer:sphinxsearch curl /usr/bin/time:time
if ! "$PYTHON" -c 'import pymysql' 2>/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pymysql >/dev/null
fi
JAVA=$(find_java)
build_jar
make_workdir
INDEX_DIR=${INDEX_DIR:-$WORK}
mkdir -p "$OUT" "$INDEX_DIR"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "docsift $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), $("$JAVA" -version 2>&1 | head -1)"

# docsift's full build of a corpus into $INDEX_DIR/NAME-index; prints "seconds,bytes".
docsift_build() {
  local name=$1 corpus=$2 index="$INDEX_DIR/$1-index" seconds peak_kb bytes
  rm -rf "$index"
  /usr/bin/time -f '%e %M' -o "$WORK/$name.time" \
    "$JAVA" -jar "$JAR" index --corpus "$corpus" --index "$index" >"$WORK/$name-index.log" 2>&1
  read -r seconds peak_kb <"$WORK/$name.time"
  bytes=$(du -sb "$index" | cut -f1)
  echo "docsift index: $seconds s wall, peak RSS $((peak_kb / 1024)) MB, index $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB" \
    "(load $(cut -d' ' -f1 /proc/loadavg))" >&2
  echo "$seconds,$bytes"
}

# Starts `serve --cache-size 0` on NAME's index and waits until it answers and has finished its start-up pass.
docsift_serve() {
  local name=$1 corpus=$2 port=$3
  # shellcheck disable=SC2046
  "$JAVA" $(server_flags) -jar "$JAR" serve --port "$port" --corpus "$corpus" --index "$INDEX_DIR/$name-index" \
    --cache-size 0 --analytics-dir "$WORK/analytics" >"$WORK/$name-server.log" 2>&1 &
  SERVER_PID=$!
  wait_for "http://127.0.0.1:$port/search?q=select" 180
  until curl -fs "http://127.0.0.1:$port/health" | "$PYTHON" -c 'import json, sys
sys.exit(json.load(sys.stdin).get("indexing", {}).get("state") == "catching-up")'; do sleep 0.2; done
}

run_corpus() {
  local name=$1 corpus=$2 queries=$3 build port
  echo
  build=$(docsift_build "$name" "$corpus")
  port=$(free_port)
  docsift_serve "$name" "$corpus" "$port"
  mkdir -p "$WORK/$name-peers"
  "$PYTHON" "$ROOT/bench/peers.py" --name "$name" --corpus "$corpus" --queries "$queries" \
    --work "$WORK/$name-peers" --docsift-port "$port" --docsift-build "$build" --modes "$MODES" \
    --runs "$RUNS" --warmup "$WARMUP" --max-queries "$MAX_QUERIES" --out "$OUT/$name.tsv"
  echo "docsift server RSS after the run: $(rss_mb "$SERVER_PID") MB"
  kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=
  rm -rf "$WORK/$name-peers"
}

for corpus in $CORPORA; do
  case $corpus in
    crdb) run_corpus cockroachdb-docs "$CRDB" "$ROOT/bench/crdb-queries.txt" ;;
    article) run_corpus article "$ROOT/corpus" "$ROOT/bench/queries.txt" ;;
    *) echo "unknown corpus $corpus (crdb or article)" >&2; exit 1 ;;
  esac
done
