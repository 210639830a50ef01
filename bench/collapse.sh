#!/usr/bin/env bash
# What collapsing a site's versions does to the first page of results, and what it costs.
# For each query, the first page (10) three ways: every copy listed (collapse=none&group=none: docsift before
# the collapse), one hit per section across versions (group=none), and grouped by page (group=page, 10 pages);
# it prints the distinct pages on each (a page = its article id without the version folder). Then the server's
# own tookMs of each way, in alternating rounds (the three ways in a rotating order, every query each round) with
# the result cache off, so every answer is a real search.
#   CORPUS=/tmp/crdb/cockroachdb-docs/current bench/collapse.sh        (ROUNDS=5 by default)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
CORPUS="${CORPUS:-/tmp/crdb/cockroachdb-docs/current}"
INDEX="${INDEX:-$(mktemp -d)/index}"
ROUNDS="${ROUNDS:-5}"
build_jar
JAVA=$(find_java)
PORT=$(free_port)
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(uptime)"
# shellcheck disable=SC2046
"$JAVA" $(server_flags) -jar "$JAR" serve --corpus "$CORPUS" --index "$INDEX" --port "$PORT" --no-watch \
  --no-analytics --cache-size 0 >"$INDEX.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
wait_for "http://127.0.0.1:$PORT/health" 600
ROUNDS="$ROUNDS" python3 - "http://127.0.0.1:$PORT" <<'PY'
import json, re, statistics, sys, urllib.parse, urllib.request
base = sys.argv[1]
import os
rounds = int(os.environ["ROUNDS"])
queries = ["begin transaction", "trasaction isolation", "create index", "changefeed kafka", "follower reads",
           "select for update", "import into csv", "backup to s3", "alter table add column",
           "as of system time", "decommission a node", "cluster settings"]
ways = {"every copy": "collapse=none&group=none", "one per section": "group=none", "by page": "group=page"}
version = re.compile(r"(^|/)(v|version-?)?\d+(\.\d+)+(\.x)?/")

def ask(q, params):
    url = f"{base}/search?q={urllib.parse.quote(q)}&limit=10&{params}"
    with urllib.request.urlopen(url) as response:
        return json.load(response)

def pages(answer):
    return len({version.sub(r"\1", hit["article"], count=1) for hit in answer["hits"]})

print(f"\n{'query':<24}" + "".join(f"{w:>18}" for w in ways) + "   (distinct pages on the first page)")
for q in queries:
    print(f"{q:<24}" + "".join(f"{pages(ask(q, p)):>18}" for p in ways.values()))

took = {w: [] for w in ways}
names = list(ways)
for r in range(rounds):
    order = names[r % 3:] + names[:r % 3]
    for q in queries:
        for w in order:
            took[w].append(ask(q, ways[w])["tookMs"])
print(f"\nserver tookMs over {rounds} rounds x {len(queries)} queries (alternating order, cache off):")
for w in names:
    t = sorted(took[w])
    print(f"  {w:<16} median {statistics.median(t):7.2f} ms   p90 {t[int(0.9 * (len(t) - 1))]:7.2f} ms   mean {statistics.mean(t):7.2f} ms")
PY
echo "after: $(uptime)"
