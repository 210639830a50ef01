#!/usr/bin/env bash
# Every row of README's "Latest figures against the targets" table, re-measured in one session on this tree's
# build, one step after another (never two at once), each step's output in OUT/NN-step.txt with the load
# average before and after it. About 30 minutes on the 2-core machine; meant for a machine nobody else uses.
#   bench/table.sh                       # all steps
#   STEPS="querylatency startup-crdb" bench/table.sh     # some of them (names below)
# Steps: build cds crdb-index querylatency startup-crdb startup-article startup-crdb-cds startup-article-cds
#        uncached-crdb uncached-article http
#        searchbench indexbench freshness first-save save scale peers profile (JFR of QueryLatency: the hot methods)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

CRDB=${CRDB:-/tmp/crdb/cockroachdb-docs/current}
OUT=${OUT:-$ROOT/target/table-$(date -u +%Y%m%d-%H%M)}
KEEP=${KEEP:-$OUT/indexes}
STEPS=${STEPS:-build cds crdb-index querylatency startup-crdb startup-article startup-crdb-cds startup-article-cds uncached-crdb uncached-article http searchbench indexbench freshness first-save save scale peers profile}
SHORT=${SHORT:-10}   # seconds per wrk level (README's earlier runs: 20)
JAVA=$(find_java)
JMH_JVM=$JAVA        # the JMH fork's java: the default `java` may be too old for the benchmark classes
mkdir -p "$OUT" "$KEEP"
cd "$ROOT"

step_build() {
  mvn -q -B -DskipTests package
  mvn -q -B -Pbench -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$OUT/bench.classpath"
  echo "commit $(git rev-parse HEAD)"; "$JAVA" -version 2>&1 | head -1
}
step_cds() {
  # The server's CDS archive is written when a JVM with the server's flags exits; one from an older jar is not
  # rewritten and slows every start, so each session starts from a fresh one: one start and clean stop.
  local port
  rm -f target/docsift.jsa
  port=$(free_port)
  # shellcheck disable=SC2046
  "$JAVA" $(server_flags) -jar "$JAR" serve --port "$port" --index "$OUT/cds-index" --no-analytics >/dev/null 2>&1 &
  wait_for "http://127.0.0.1:$port/search?q=select" 120
  kill $!; wait $! || true
  ls -l target/docsift.jsa
}
step_crdb-index() {
  local text
  rm -rf "$KEEP/crdb-index"
  /usr/bin/time -f '%e s wall, peak RSS %M KB' "$JAVA" -jar "$JAR" index --corpus "$CRDB" --index "$KEEP/crdb-index" 2>&1 | tail -3
  text=$(find "$CRDB" \( -name '*.md' -o -name '*.markdown' -o -name '*.mdx' \) -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
  awk -v i="$(du -sb "$KEEP/crdb-index" | cut -f1)" -v t="$text" \
    'BEGIN { printf "index %.1f MB = %.0f%% of %.1f MB of Markdown\n", i / 1e6, 100 * i / t, t / 1e6 }'
}
step_querylatency() {
  # shellcheck disable=SC2046
  "$JAVA" $(server_flags | sed "s/-XX:[+]AutoCreateSharedArchive//; s/-XX:SharedArchiveFile=[^ ]*//") \
    -cp "target/test-classes:target/classes:$(cat "$OUT/bench.classpath")" -Ddocsift.index="$KEEP/crdb-index" \
    docsift.bench.QueryLatency 4
}
step_profile() {
  # shellcheck disable=SC2046
  "$JAVA" $(server_flags | sed "s/-XX:[+]AutoCreateSharedArchive//; s/-XX:SharedArchiveFile=[^ ]*//") \
    -XX:StartFlightRecording=filename="$OUT/querylatency.jfr",settings=profile \
    -cp "target/test-classes:target/classes:$(cat "$OUT/bench.classpath")" -Ddocsift.index="$KEEP/crdb-index" \
    docsift.bench.QueryLatency 4 >/dev/null
  "$(dirname "$JAVA")/jfr" view --width 160 hot-methods "$OUT/querylatency.jfr"
}
step_startup-crdb() { CORPUS="$CRDB" INDEX="$KEEP/crdb-index" RUNS=3 bench/startup.sh; }
step_startup-article() { RUNS=3 bench/startup.sh; }
step_startup-crdb-cds() { CACHE=cds CORPUS="$CRDB" INDEX="$KEEP/crdb-index" RUNS=3 bench/startup.sh; }
step_startup-article-cds() { CACHE=cds RUNS=3 bench/startup.sh; }
step_uncached-crdb() { CORPUS="$CRDB" INDEX="$KEEP/crdb-index" WARMUP=$SHORT DURATION=$SHORT bench/uncached.sh; }
step_uncached-article() { WARMUP=$SHORT DURATION=$SHORT bench/uncached.sh; }
step_http() { DURATION=$SHORT bench/http.sh; }
step_searchbench() {
  mvn -q -B -Pbench -DskipTests test-compile exec:exec@bench -Djmh.args="SearchBench -f 1 -jvm $JMH_JVM -rf text"
}
step_indexbench() {
  mvn -q -B -Pbench -DskipTests test-compile exec:exec@bench -Djmh.args="IndexBench -f 1 -jvm $JMH_JVM -rf text"
}
step_freshness() { mvn -q -B test-compile exec:exec@freshness; }
step_first-save() { mvn -q -B test-compile exec:exec@first-save; }
step_save() { bench/save.sh; }
step_scale() { DURATION=$SHORT bench/scale.sh; }
step_peers() { bench/peers.sh; }

number=0
for step in $STEPS; do
  number=$((number + 1))
  file=$(printf '%s/%02d-%s.txt' "$OUT" "$number" "$step")
  {
    echo "== $step: start $(date -u +%H:%M:%S) UTC, load $(cut -d' ' -f1-3 /proc/loadavg)"
    start=$(now_ms)
    "step_$step" 2>&1 || echo "!! $step FAILED with status $?"
    echo "== $step: $(( ($(now_ms) - start) / 1000 )) s, end load $(cut -d' ' -f1-3 /proc/loadavg)"
  } 2>&1 | tee "$file"
done
echo "all output in $OUT"
