#!/usr/bin/env bash
# Read replicas behind nginx: one primary over a copy of corpus/, two replicas (serve --replicate-from), and
# nginx (a user process with its own config, pid and logs under the work folder) in front of the replicas
# with passive health checks and retries (proxy_next_upstream), as deploy/nginx-replicas.conf.
#   1. throughput through nginx with one replica, then with two, and straight to one replica (same run);
#   2. wrk through nginx while replica 1 is killed with SIGKILL and restarted: failed requests counted
#      (non-2xx answers and socket errors; the goal is 0).
# Usage: flock /tmp/docsift-build.lock bench/replicas.sh   (DURATION=20 seconds per throughput run,
#        CONNECTIONS=32, KILL_RUN=30 seconds for the kill run, SKIP_THROUGHPUT=1 for the kill run only;
#        the servers' logs are left in /tmp/docsift-replicas-logs)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-32}
KILL_RUN=${KILL_RUN:-30}
need wrk nginx curl python3
JAVA=$(find_java)
build_jar
make_workdir
save_logs() { # called by cleanup_workdir once everything is stopped
  mkdir -p /tmp/docsift-replicas-logs && cp "$WORK"/*.log "$WORK"/kill-run.txt "$WORK"/nginx/error.log \
    /tmp/docsift-replicas-logs/ 2>/dev/null
}
cd "$ROOT"
cp -r corpus "$WORK/corpus"
mkdir -p "$WORK/web"

# Starts a docsift on a free port; prints "pid port". Args: name, then serve's arguments.
start_docsift() {
  local name=$1 port; shift
  port=${FIXED_PORT:-$(free_port)}
  # shellcheck disable=SC2046
  "$JAVA" $(server_flags) -jar "$JAR" serve --port "$port" --web "$WORK/web" "$@" >>"$WORK/$name.log" 2>&1 &
  local pid=$!
  wait_for "http://127.0.0.1:$port/search?q=decorators" 60
  echo "$pid $port"
}
read -r PRIMARY_PID PRIMARY_PORT < <(start_docsift primary --corpus "$WORK/corpus" --index "$WORK/primary")
PIDS+=("$PRIMARY_PID")
PRIMARY="http://127.0.0.1:$PRIMARY_PORT"
REPLICA_PORTS=()
start_replica() {  # Args: number, port (empty: any)
  local pid port
  read -r pid port < <(FIXED_PORT=${2:-} start_docsift "replica$1" --replicate-from "$PRIMARY" --index "$WORK/replica$1")
  PIDS+=("$pid")
  wait_for_replica "http://127.0.0.1:$port" 120
  REPLICA_PID[$1]=$pid
  REPLICA_PORT[$1]=$port
}
declare -A REPLICA_PID REPLICA_PORT
start_replica 1
start_replica 2

# nginx in front of the replicas given as arguments (ports), on port NGINX_PORT.
NGINX_PORT=$(free_port)
nginx_over() {
  local servers="" port
  for port in "$@"; do servers+="    server 127.0.0.1:$port max_fails=1 fail_timeout=5s;"$'\n'; done
  nginx_conf "  upstream docsift_replicas {
$servers    keepalive 64;
  }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://docsift_replicas;
      proxy_http_version 1.1;
      proxy_set_header Connection \"\";
      proxy_set_header Host \$host;
      proxy_next_upstream error timeout http_502 http_503 http_504;
      proxy_next_upstream_tries 3;
      proxy_next_upstream_timeout 10s;
      proxy_connect_timeout 1s;
      proxy_read_timeout 10s;
    }
  }" 4096
  if [[ -f "$WORK/nginx/nginx.pid" ]]; then
    nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -s reload
    sleep 1
  else
    nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"
  fi
  wait_for "http://127.0.0.1:$NGINX_PORT/search?q=decorators" 10
}
URL="http://127.0.0.1:$NGINX_PORT/search"
SCRIPT="$ROOT/bench/rotate.lua"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "warming up both replicas (JIT) for 10 s each ..."
wrk_run 8 10 "http://127.0.0.1:${REPLICA_PORT[1]}/search" "$SCRIPT" >/dev/null
wrk_run 8 10 "http://127.0.0.1:${REPLICA_PORT[2]}/search" "$SCRIPT" >/dev/null

if [[ "${SKIP_THROUGHPUT:-}" != 1 ]]; then
printf '%-34s | %s\n' "$CONNECTIONS connections, ${DURATION} s" "req/s p50_ms p99_ms"
printf '%-34s | %s\n' "replica 1 directly" "$(wrk_run "$CONNECTIONS" "$DURATION" "http://127.0.0.1:${REPLICA_PORT[1]}/search" "$SCRIPT")"
nginx_over "${REPLICA_PORT[1]}"
printf '%-34s | %s\n' "nginx -> 1 replica" "$(wrk_run "$CONNECTIONS" "$DURATION" "$URL" "$SCRIPT")"
nginx_over "${REPLICA_PORT[1]}" "${REPLICA_PORT[2]}"
printf '%-34s | %s\n' "nginx -> 2 replicas" "$(wrk_run "$CONNECTIONS" "$DURATION" "$URL" "$SCRIPT")"
fi
nginx_over "${REPLICA_PORT[1]}" "${REPLICA_PORT[2]}"

# --- kill run: wrk for KILL_RUN s; replica 1 killed (SIGKILL) at 1/4, restarted on its port at 1/2 ---
echo "kill run: ${KILL_RUN} s through nginx -> 2 replicas; replica 1 killed with SIGKILL, then restarted"
wrk -t2 -c"$CONNECTIONS" -d"$KILL_RUN" -s "$SCRIPT" "$URL" >"$WORK/kill-run.txt" 2>&1 &
WRK_PID=$!
sleep $((KILL_RUN / 4))
kill -9 "${REPLICA_PID[1]}"
echo "  replica 1 killed at $(date -u +%T)"
sleep $((KILL_RUN / 4))
START=$(now_ms)
start_replica 1 "${REPLICA_PORT[1]}"
echo "  replica 1 restarted from its folder and answering after $(( $(now_ms) - START )) ms"
wait "$WRK_PID"
REQUESTS=$(awk '/requests in/ {print $1}' "$WORK/kill-run.txt")
NON2XX=$(awk '/Non-2xx/ {print $NF}' "$WORK/kill-run.txt")
SOCKET=$(awk -F'[ ,]+' '/Socket errors/ {print $5 + $7 + $9 + $11}' "$WORK/kill-run.txt")
echo "  requests: ${REQUESTS}, non-2xx answers: ${NON2XX:-0}, socket errors: ${SOCKET:-0} ($(grep 'Socket errors' "$WORK/kill-run.txt" | xargs))"
echo "  replica 1 /health after the run: $(curl -s "http://127.0.0.1:${REPLICA_PORT[1]}/health" | python3 -c 'import json,sys; h=json.load(sys.stdin); print(h["status"], h["replication"]["servingVersion"], h["replication"]["primaryVersion"])')"
echo "load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
