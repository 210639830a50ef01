#!/usr/bin/env bash
# Replication lag and bytes shipped: one primary watching a copy of a corpus and one replica following it.
# Each round appends a section with a new word to one file of the primary's corpus and measures the time from
# the save to the first /search on the replica that finds the word (polled every 2 ms), then reads from the
# replica's /health what the copy shipped (files, bytes). Prints each round, then the median and maximum.
# Usage: flock /tmp/docsift-build.lock bench/replication-lag.sh
#        CORPUS=/tmp/crdb/cockroachdb-docs FILE=v25.4/select-for-update.md bench/replication-lag.sh
#        (CORPUS: a folder of Markdown, default corpus/; FILE: the file edited, relative to it; ROUNDS=10)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

CORPUS=${CORPUS:-$(cd "$(dirname "$0")/.." && pwd)/corpus}
FILE=${FILE:-advanced-topics.md}
ROUNDS=${ROUNDS:-10}
need curl python3
JAVA=$(find_java)
build_jar
make_workdir
cp -r "$CORPUS" "$WORK/corpus"
mkdir -p "$WORK/web"
cd "$ROOT"
echo "indexing $CORPUS ..."
"$JAVA" -jar "$JAR" index --corpus "$WORK/corpus" --index "$WORK/primary" >/dev/null
start_docsift() {  # Args: name, then serve's arguments; prints "pid port"
  local name=$1 port; shift
  port=$(free_port)
  # shellcheck disable=SC2046
  "$JAVA" $(server_flags) -jar "$JAR" serve --port "$port" --web "$WORK/web" "$@" >>"$WORK/$name.log" 2>&1 &
  local pid=$!
  wait_for "http://127.0.0.1:$port/health" 120
  echo "$pid $port"
}
read -r PID PRIMARY_PORT < <(start_docsift primary --corpus "$WORK/corpus" --index "$WORK/primary")
PIDS+=("$PID")
START=$(now_ms)
read -r PID REPLICA_PORT < <(start_docsift replica --replicate-from "http://127.0.0.1:$PRIMARY_PORT" --index "$WORK/replica")
PIDS+=("$PID")
wait_for_replica "http://127.0.0.1:$REPLICA_PORT" 600
echo "replica started and serving its first copy after $(( $(now_ms) - START )) ms ($(du -sm "$WORK/replica" | cut -f1) MB copied)"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$WORK/corpus/$FILE" "$REPLICA_PORT" "$ROUNDS" <<'PY'
import json, statistics, sys, time, urllib.request
path, port, rounds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def get(p):
    return json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}{p}"))
lags, sizes = [], []
for r in range(rounds):
    word = f"lagmarker{r}x{int(time.time())}"
    time.sleep(1.0)  # let the previous round's copy settle: each round measures one change alone
    with open(path, "a", encoding="utf-8") as f:
        f.write(f"\n\n## Lag marker {r}\n\nThe word {word} is new.\n")
    start = time.monotonic()
    while get(f"/search?q={word}")["total"] == 0:
        time.sleep(0.002)
    lag = (time.monotonic() - start) * 1000
    health = get("/health")["replication"]
    while health["lastCopy"]["version"] != health["servingVersion"]:  # the copy's figures are noted just after the switch
        time.sleep(0.002)
        health = get("/health")["replication"]
    copy = health["lastCopy"]
    lags.append(lag); sizes.append(copy["bytes"])
    print(f"round {r}: searchable on the replica after {lag:.0f} ms; copy: {copy['files']} files, {copy['bytes']} bytes, {copy['ms']} ms")
print(f"lag save -> searchable on the replica: median {statistics.median(lags):.0f} ms, max {max(lags):.0f} ms; "
      f"bytes shipped per change: median {statistics.median(sizes):.0f}, max {max(sizes)}")
PY
echo "load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
