# Shared helpers of the bench/*.sh scripts; sourced, not run.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR="$ROOT/target/docsift.jar"
QUERIES="${QUERIES:-$ROOT/bench/queries.txt}"
export QUERIES

# Installs what the benchmark needs from Debian when it is missing (we run as root on the bench machine).
need() {
  local missing=()
  for pkg in "$@"; do
    command -v "${pkg%%:*}" >/dev/null 2>&1 || missing+=("${pkg#*:}")
  done
  if ((${#missing[@]})); then
    echo "installing ${missing[*]}" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# A JDK >= 21 (the default java may be 17): JAVA from the environment, else the newest under /usr/lib/jvm.
find_java() {
  if [[ -n "${JAVA:-}" ]]; then echo "$JAVA"; return; fi
  local candidate version
  for candidate in $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV); do
    version=$("$candidate" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    if [[ "${version%%.*}" -ge 21 ]]; then echo "$candidate"; return; fi
  done
  echo "no JDK 21 or newer under /usr/lib/jvm" >&2; exit 1
}

# The server's JVM flags, as pom.xml's server.jvm.args (one source of truth with `mvn exec:exec`).
server_flags() {
  local heap
  heap=$(sed -n 's:.*<server.heap.args>\(.*\)</server.heap.args>.*:\1:p' "$ROOT/pom.xml")
  sed -n 's:.*<server.jvm.args>\(.*\)</server.jvm.args>.*:\1:p' "$ROOT/pom.xml" \
    | sed -e "s|\${server.heap.args}|$heap|" -e "s:\${project.build.directory}:$ROOT/target:g"
}

# The server's flags with JDK 25's AOT cache (JEP 483, 515) in place of the CDS archive: the classes loaded and
# linked, and method profiles, of a training run of `serve` (train_aot), mapped at start.
aot_flags() {
  echo "$(without_cds) -XX:AOTCache=$ROOT/target/docsift.aot -Xlog:aot=off"
}
without_cds() {
  server_flags | sed -e 's/-XX:+AutoCreateSharedArchive//' -e 's/-XX:SharedArchiveFile=[^ ]*//'
}

# Writes target/docsift.aot unless it is newer than the jar: `serve` on CORPUS with its INDEX (both existing),
# a few searches and pages, then a clean stop, after which the JVM writes the cache (JDK 25 or newer).
train_aot() {
  local corpus=$1 index=$2 cache="$ROOT/target/docsift.aot" port pid query page
  [[ -f "$cache" && "$cache" -nt "$JAR" ]] && return 0
  port=$(free_port)
  "$JAVA" $(without_cds) -XX:AOTCacheOutput="$cache" -Xlog:aot=off -jar "$JAR" serve --corpus "$corpus" \
      --index "$index" --port "$port" --no-analytics > /dev/null 2>&1 &
  pid=$!
  wait_for "http://127.0.0.1:$port/health" 120
  grep -v '^#' "$QUERIES" | grep . | head -40 | while read -r query; do
    curl -s -o /dev/null -G --data-urlencode "q=$query" "http://127.0.0.1:$port/search"
  done
  for page in / /app.js /api/site /health; do curl -s -o /dev/null "http://127.0.0.1:$port$page"; done
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

build_jar() {
  if [[ ! -f "$JAR" ]]; then
    (cd "$ROOT" && mvn -q -B -DskipTests package)
  fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Milliseconds since the epoch.
now_ms() {
  date +%s%3N
}

# Polls a URL until it answers 200 (at most $2 seconds).
wait_for() {
  local url=$1 limit=${2:-60} start
  start=$(now_ms)
  until curl -fs -o /dev/null "$url"; do
    if (( $(now_ms) - start > limit * 1000 )); then echo "no answer from $url" >&2; return 1; fi
    sleep 0.01
  done
}

# Polls a read replica's /health until it serves the primary's latest version (at most $2 seconds).
wait_for_replica() {
  local url=$1 limit=${2:-120} start
  start=$(now_ms)
  until curl -fs "$url/health" | python3 -c 'import json, sys; r = json.load(sys.stdin)["replication"]
sys.exit(0 if r["status"] == "ok" and r["servingVersion"] >= 0 and r["servingVersion"] == r["primaryVersion"] else 1)' 2>/dev/null; do
    if (( $(now_ms) - start > limit * 1000 )); then echo "replica at $url did not catch up" >&2; return 1; fi
    sleep 0.01
  done
}

# Runs wrk and prints "req/s p50_ms p99_ms". Args: connections duration url [lua script]
wrk_run() {
  local conns=$1 duration=$2 url=$3 script=${4:-} threads=2
  ((conns < 2)) && threads=1
  wrk -t"$threads" -c"$conns" -d"$duration" --latency ${script:+-s "$script"} "$url" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^Requests\/sec/ { rps = $2 }
    /Non-2xx/ { bad = $NF }
    END { if (bad) print "wrk: " bad " non-2xx answers" > "/dev/stderr"; printf "%.0f %.3f %.3f\n", rps, p50, p99 }'
}

# Resident set size of a process, in MB.
rss_mb() {
  awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"
}
peak_rss_mb() {
  awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"
}

# A temporary work folder, removed on exit together with the server and nginx the script started (their
# PIDs go in SERVER_PID, NGINX_PID or the PIDS array).
make_workdir() {
  WORK=$(mktemp -d)
  SERVER_PID=
  NGINX_PID=
  PIDS=()
  trap cleanup_workdir EXIT
}
# Stops what a script started (SERVER_PID, NGINX_PID, every pid in PIDS, an nginx writing $WORK/nginx/nginx.pid),
# lets the script keep what it wants through an optional save_logs function, then removes $WORK.
cleanup_workdir() {
  set +e
  [[ -n "${SERVER_PID:-}" ]] && kill "$SERVER_PID" && wait "$SERVER_PID"
  [[ -n "${NGINX_PID:-}" ]] && kill "$NGINX_PID" && wait "$NGINX_PID"
  for pid in "${PIDS[@]}"; do kill "$pid" && wait "$pid"; done
  [[ -f "$WORK/nginx/nginx.pid" ]] && kill "$(cat "$WORK/nginx/nginx.pid")" && sleep 0.5
  declare -F save_logs >/dev/null && save_logs
  rm -rf "$WORK"
} 2>/dev/null

# Writes $WORK/nginx/nginx.conf for an nginx run as a user process (pid, logs and temp files under
# $WORK/nginx) whose http block holds $1 (its upstream and server blocks). Args: http-block text,
# worker_connections (default 1024).
nginx_conf() {
  mkdir -p "$WORK/nginx"
  cat >"$WORK/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections ${2:-1024}; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx;
  proxy_temp_path $WORK/nginx;
  fastcgi_temp_path $WORK/nginx;
  uwsgi_temp_path $WORK/nginx;
  scgi_temp_path $WORK/nginx;
$1
}
CONF
}
