#!/usr/bin/env bash
# Save to searchable through a live `serve` with a reader searching all the while (bench/save.py): RUNS fresh
# starts on an existing index of CORPUS; after each start, the first save of ARTICLE on its own, then EDITS more
# saves (p50 / p95 / max), each until GET /search shows the saved word. The server's JVM flags, default cache.
#   bench/save.sh                         # the bundled article, 3 starts x 21 saves
#   RUNS=1 EDITS=5 bench/save.sh          # a quick look
set -euo pipefail
source "$(dirname "$0")/lib.sh"

CORPUS=${CORPUS:-$ROOT/corpus}
ARTICLE=${ARTICLE:-advanced-topics.md}
need wrk python3
JAVA=$(find_java)
build_jar
make_workdir
"$JAVA" -jar "$JAR" index --corpus "$CORPUS" --index "$WORK/index" >/dev/null 2>&1
echo "save -> searchable on $CORPUS/$ARTICLE, reader: wrk -c1 with bench/rotate.lua; load $(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2046
python3 "$ROOT/bench/save.py" --corpus "$CORPUS" --article "$ARTICLE" --index "$WORK/index" \
  --rotate "$ROOT/bench/rotate.lua" --runs "${RUNS:-3}" --edits "${EDITS:-20}" -- \
  "$JAVA" $(server_flags) -jar "$JAR" serve --port '{PORT}' --corpus '{CORPUS}' --index '{INDEX}' \
  --analytics-dir '{WORK}/analytics'
