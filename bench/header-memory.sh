#!/usr/bin/env bash
# Memory under slow, huge request headers (issue 23, item 7): CONNECTIONS clients (1,000) each send HEADER_KIB
# (500) KiB of one header line and never finish the header, all held open at once. Before headers were bounded,
# 1,000 of them took the server from 145 to 979 MB. Prints RSS before, while held, and after, and how the
# server answered (a 431 once the header passes 32 KiB, then closed) and how many it kept open.
# Usage: flock /tmp/docsift-build.lock bench/header-memory.sh   (the bundled corpus; the pom's server JVM flags)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
CONNECTIONS=${CONNECTIONS:-1000}
HEADER_KIB=${HEADER_KIB:-500}
need curl python3
JAVA=$(find_java)
build_jar
make_workdir
cd "$ROOT"
ulimit -n "$(ulimit -Hn)"  # each client connection is a file here too
PORT=$(free_port)
# shellcheck disable=SC2046
"$JAVA" $(server_flags) -jar "$JAR" serve --port "$PORT" --corpus corpus --index "$WORK/index" --no-watch \
  --no-analytics >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
wait_for "http://127.0.0.1:$PORT/search?q=decorators" 120
echo "machine: $(nproc) cores; uptime: $(uptime)"
echo "RSS before: $(rss_mb "$SERVER_PID") MB"
python3 - "$PORT" "$CONNECTIONS" "$HEADER_KIB" "$SERVER_PID" <<'PY'
import collections, socket, sys, time
port, n, kib, pid = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
def rss():
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) // 1024
socks, outcome = [], collections.Counter()
chunk = b"a" * 4096
for i in range(n):
    s = socket.create_connection(("127.0.0.1", port))
    s.settimeout(0.5)
    s.sendall(b"GET /search?q=x HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: ")
    socks.append(s)
peak = rss()
for s in socks:  # each sends its header as far as the server reads it
    sent = 0
    try:
        while sent < kib * 1024:
            s.sendall(chunk)
            sent += len(chunk)
        outcome["all %d KiB sent, held open" % kib] += 1
    except OSError:
        outcome["cut off by the server after %d KiB or less" % ((sent + 4095) // 1024)] += 1
    peak = max(peak, rss())
time.sleep(2)
peak = max(peak, rss())
answers = collections.Counter()
for s in socks:
    try:
        data = s.recv(200)
        answers[data.split(b"\r\n", 1)[0].decode() or "closed without an answer"] += 1
    except socket.timeout:
        answers["no answer yet (still open)"] += 1
    except OSError as e:
        answers["reset: " + type(e).__name__] += 1
print(f"RSS while {n} connections held {kib} KiB headers: {rss()} MB (peak seen {peak} MB)")
for k, v in sorted(outcome.items()):
    print(f"  {v} x {k}")
for k, v in sorted(answers.items()):
    print(f"  {v} x answer: {k}")
for s in socks:
    s.close()
PY
sleep 2
echo "RSS after they closed: $(rss_mb "$SERVER_PID") MB (peak $(peak_rss_mb "$SERVER_PID") MB); uptime: $(uptime)"
