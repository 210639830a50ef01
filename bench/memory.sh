#!/usr/bin/env bash
# Resident memory of `serve` after it has indexed a corpus and answered the 299-query mix once: what a
# server needs per MB of Markdown. Usage: bench/memory.sh CORPUS_DIR   (the pom's server JVM flags)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
CORPUS=${1:?usage: bench/memory.sh CORPUS_DIR}
need curl python3
JAVA=$(find_java)
build_jar
make_workdir
cd "$ROOT"
PORT=$(free_port)
# shellcheck disable=SC2046
"$JAVA" $(server_flags) -jar "$JAR" serve --port "$PORT" --corpus "$CORPUS" --index "$WORK/index" \
  --analytics-dir "$WORK/analytics" --no-watch >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
wait_for "http://127.0.0.1:$PORT/search?q=decorators" 600
python3 - "$PORT" "$QUERIES" <<'PY'
import sys, urllib.parse, urllib.request
port, queries = sys.argv[1:]
for line in open(queries, encoding="utf-8"):
    q = line.strip()
    if q and not q.startswith("#"):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/search?q={urllib.parse.quote(q)}").read()
PY
MB=$(du -sm --apparent-size "$CORPUS" | cut -f1)
echo "corpus $CORPUS: ${MB} MB of files; index $(du -sm "$WORK/index" | cut -f1) MB"
echo "RSS after the query mix: $(rss_mb "$SERVER_PID") MB (peak $(peak_rss_mb "$SERVER_PID") MB)"
uptime
