#!/usr/bin/env bash
# `serve` to first answer: starts `serve` on CORPUS with an existing INDEX (built first if missing) and polls
# GET /search?q=select every 10 ms from the launch until it answers 200; prints the seconds, RUNS times.
# JVM flags: the server's (pom.xml's server.jvm.args), or JVM_FLAGS="..." to compare others.
#   CORPUS=/tmp/crdb/cockroachdb-docs/current INDEX=/tmp/crdb-index RUNS=3 bench/startup.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"
CORPUS="${CORPUS:-$ROOT/corpus}"
INDEX="${INDEX:-$(mktemp -d)/index}"
RUNS="${RUNS:-3}"
JAVA=$(find_java)
build_jar
read -r -a FLAGS <<< "${JVM_FLAGS:-$(server_flags)}"
[[ -d "$INDEX" ]] || "$JAVA" -jar "$JAR" index --corpus "$CORPUS" --index "$INDEX" > /dev/null
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
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
  printf 'run %d: first answer after %.2f s (load %s)\n' "$run" "$(awk "BEGIN { print $end - $start }")" \
      "$(cut -d' ' -f1 /proc/loadavg)"
done
