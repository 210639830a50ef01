#!/usr/bin/env bash
# `serve` to first answer: starts `serve` on CORPUS with an existing INDEX (built first if missing) and polls
# GET /search?q=select every 10 ms from the launch until it answers 200; prints the seconds, RUNS times.
# JVM flags: the server's (pom.xml's server.jvm.args) with JDK 25's AOT cache instead of the CDS archive (written
# by a training run first when missing or older than the jar: lib.sh, train_aot); CACHE=cds keeps the server's
# flags as they are; JVM_FLAGS="..." compares others.
#   CORPUS=/tmp/crdb/cockroachdb-docs/current INDEX=/tmp/crdb-index RUNS=3 bench/startup.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"
CORPUS="${CORPUS:-$ROOT/corpus}"
INDEX="${INDEX:-$(mktemp -d)/index}"
RUNS="${RUNS:-3}"
JAVA=$(find_java)
build_jar
CACHE="${CACHE:-aot}"
[[ -d "$INDEX" ]] || "$JAVA" -jar "$JAR" index --corpus "$CORPUS" --index "$INDEX" > /dev/null
if [[ -z "${JVM_FLAGS:-}" && "$CACHE" == aot ]]; then
  train_aot "$CORPUS" "$INDEX"
  read -r -a FLAGS <<< "$(aot_flags)"
else
  read -r -a FLAGS <<< "${JVM_FLAGS:-$(server_flags)}"
fi
for run in $(seq 1 "$RUNS"); do
  port=$(free_port)
  start=$(date +%s.%N)
  "$JAVA" "${FLAGS[@]}" -jar "$JAR" serve --corpus "$CORPUS" --index "$INDEX" --port "$port" --no-analytics \
      > /dev/null 2>&1 &
  pid=$!
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/search?q=select")" == 200 ]]; do
    kill -0 "$pid" 2>/dev/null || { echo "serve exited before answering" >&2; exit 1; }
    sleep 0.01
  done
  end=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  printf 'run %d: first answer after %.2f s (load %s; %s)\n' "$run" "$(awk "BEGIN { print $end - $start }")" \
      "$(cut -d' ' -f1 /proc/loadavg)" "${JVM_FLAGS:+JVM_FLAGS}${JVM_FLAGS:-$CACHE}"
done
