#!/usr/bin/env bash
# HTTP benchmark of docsift's /search on the bundled corpus against this machine's ceiling: nginx serving a
# static JSON file the size of a typical /search answer, driven by the same wrk in the same run.
# Prints startup time (serve -> first answer), then req/s and p50/p99 at 1, 8, 32 and 64 connections.
# Usage: bench/http.sh            (DURATION=10 seconds per level, CONNECTIONS="1 8 32 64" to change)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-1 8 32 64}
need wrk nginx curl python3
JAVA=$(find_java)
build_jar
make_workdir
chmod 755 "$WORK"  # nginx workers run as nobody and must read the static file

# --- docsift: build the index first, so that serve starts on an existing one ---
cd "$ROOT"
"$JAVA" -jar "$JAR" index --corpus corpus --index "$WORK/index" >/dev/null
mkdir -p "$WORK/web"
WEB="$ROOT/web"; [[ -d "$WEB" ]] || WEB="$WORK/web"
PORT=$(free_port)
start_server() {
  # shellcheck disable=SC2046
  "$JAVA" $(server_flags) -jar "$JAR" serve --port "$PORT" --corpus corpus --index "$WORK/index" --web "$WEB" \
    >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  wait_for "http://127.0.0.1:$PORT/search?q=decorators" 60
}
# The first start after a build writes the class-data archive on exit; the second one is the one measured.
start_server; kill "$SERVER_PID"; wait "$SERVER_PID" || true
START=$(now_ms)
start_server
STARTUP=$(( $(now_ms) - START ))

# --- the ceiling: nginx on loopback with a temporary config, serving a real /search answer of median size ---
mkdir -p "$WORK/nginx/html"
python3 - "$PORT" "$QUERIES" "$WORK/nginx/html/search.json" <<'PY'
import sys, urllib.parse, urllib.request
port, queries, out = sys.argv[1:]
bodies = []
for line in open(queries, encoding="utf-8"):
    q = line.strip()
    if q and not q.startswith("#"):
        bodies.append(urllib.request.urlopen(f"http://127.0.0.1:{port}/search?q={urllib.parse.quote(q)}").read())
bodies.sort(key=len)
open(out, "wb").write(bodies[len(bodies) // 2])
print(f"typical /search answer: {len(bodies[len(bodies) // 2])} bytes (median of {len(bodies)} queries)")
PY
NGINX_PORT=$(free_port)
nginx_conf "  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/nginx/html;
    location / { default_type application/json; }
  }"
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' >"$WORK/nginx/out.log" 2>&1 &
NGINX_PID=$!
wait_for "http://127.0.0.1:$NGINX_PORT/search.json" 10

# --- warm-up, then the measured levels, alternating the two servers at each level ---
echo "warming up docsift (JIT) for 10 s ..."
wrk_run 8 10 "http://127.0.0.1:$PORT/search" "$ROOT/bench/rotate.lua" >/dev/null
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "docsift: serve -> first /search answer: $STARTUP ms (existing index; JVM flags: $(server_flags))"
printf '%-6s | %-28s | %-28s | %s\n' conns "docsift /search req/s p50 p99" "nginx static req/s p50 p99" "docsift/nginx"
for c in $CONNECTIONS; do
  read -r d_rps d_p50 d_p99 < <(wrk_run "$c" "$DURATION" "http://127.0.0.1:$PORT/search" "$ROOT/bench/rotate.lua")
  read -r n_rps n_p50 n_p99 < <(wrk_run "$c" "$DURATION" "http://127.0.0.1:$NGINX_PORT/search.json")
  printf '%-6s | %7s %8s ms %8s ms | %7s %8s ms %8s ms | %5s%%\n' "$c" "$d_rps" "$d_p50" "$d_p99" \
    "$n_rps" "$n_p50" "$n_p99" "$(awk -v a="$d_rps" -v b="$n_rps" 'BEGIN { printf "%.1f", 100 * a / b }')"
done
echo "docsift RSS after the run: $(rss_mb "$SERVER_PID") MB (peak $(peak_rss_mb "$SERVER_PID") MB)"
