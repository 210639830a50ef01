#!/usr/bin/env python3
"""Save to searchable through a live `serve`, as a writer sees it; driven by bench/save.sh.

Each run starts the server (the command given after `--`) on a fresh copy of the corpus with an existing
index, waits for its first answer and for /health to say the start-up pass is over and the folder is
watched, starts a reader (wrk with bench/rotate.lua at one connection, every answer searched unless cached)
and saves the article EDITS + 1 times: each save appends a new unique word to another prose line and polls
GET /search for that word every 2 ms until a hit's snippet shows it. The first save after the start is
reported on its own (issue 19: <= 300 ms); the others give p50 / p95 / max (issue 19: p95 <= 100 ms).
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request

from benchlib import free_port, percentile

POLL_S = 0.002
TIMEOUT_S = 30


def get_json(url: str):
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


def wait(condition, what: str, limit: float = 180) -> None:
    deadline = time.time() + limit
    while time.time() < deadline:
        try:
            if condition():
                return
        except OSError:
            pass
        time.sleep(0.01)
    raise SystemExit(f"gave up waiting for {what}")


def ready(base: str) -> bool:
    health = get_json(base + "/health")
    indexing = health.get("indexing", {}).get("state")
    watch = health.get("watch", {}).get("state")
    return indexing != "catching-up" and watch not in ("starting", None)


def prose_lines(text: str) -> list[int]:
    """Lines of plain prose (outside fences; not headings, lists, tables or HTML), where a word can go."""
    lines, fenced, out = text.split("\n"), False, []
    for number, line in enumerate(lines):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        elif not fenced and len(line) > 60 and line[0].isalpha():
            out.append(number)
    return out


def searchable(base: str, word: str) -> bool:
    answer = get_json(f"{base}/search?q={urllib.parse.quote(word)}&limit=3")
    return any(word in (hit.get("snippet") or "").lower() for hit in answer["hits"])


def save_and_wait(path: str, lines: list[str], line: int, word: str, base: str) -> float:
    lines[line] += " " + word
    start = time.perf_counter()
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(lines))
    while not searchable(base, word):
        if time.perf_counter() - start > TIMEOUT_S:
            raise SystemExit(f"{word} not searchable after {TIMEOUT_S} s")
        time.sleep(POLL_S)
    return (time.perf_counter() - start) * 1000


def one_run(args, run: int) -> tuple[float, list[float]]:
    work = tempfile.mkdtemp(prefix="docsift-save-")
    try:
        corpus, index = os.path.join(work, "corpus"), os.path.join(work, "index")
        shutil.copytree(args.corpus, corpus)
        shutil.copytree(args.index, index)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        command = [c.replace("{PORT}", str(port)).replace("{CORPUS}", corpus).replace("{INDEX}", index)
                   .replace("{WORK}", work) for c in args.command]
        with open(os.path.join(work, "server.log"), "w") as log:
            server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        try:
            wait(lambda: get_json(base + "/search?q=select") is not None, "the first answer")
            wait(lambda: ready(base), "the start-up pass and the watcher")
            return edits(args, base, os.path.join(corpus, args.article), run)
        finally:
            server.terminate()
            server.wait()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def edits(args, base: str, path: str, run: int) -> tuple[float, list[float]]:
    lines = open(path, encoding="utf-8").read().split("\n")
    candidates = prose_lines("\n".join(lines))
    reader = subprocess.Popen(["wrk", "-t1", "-c1", "-d600", "-s", args.rotate, base + "/search"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        times = []
        for edit in range(args.edits + 1):
            line = candidates[(edit * 7 + run) % len(candidates)]
            times.append(save_and_wait(path, lines, line, f"zqsave{run}x{edit}w", base))
            time.sleep(args.pause)
        return times[0], times[1:]
    finally:
        reader.terminate()
        reader.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--article", required=True, help="the file under the corpus to edit")
    parser.add_argument("--index", required=True, help="an index of the corpus, copied for each run")
    parser.add_argument("--rotate", required=True, help="bench/rotate.lua")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--pause", type=float, default=0.3, help="seconds between saves")
    parser.add_argument("command", nargs="+", help="the serve command: {PORT} {CORPUS} {INDEX} {WORK} filled in")
    args = parser.parse_args()
    later = []
    for run in range(args.runs):
        first, rest = one_run(args, run)
        later += rest
        print(f"run {run + 1}: first save after the start searchable in {first:.0f} ms; the next {len(rest)}: "
              f"p50 {statistics.median(rest):.0f} ms, p95 {percentile(rest, 0.95):.0f} ms, max {max(rest):.0f} ms "
              f"(load {open('/proc/loadavg').read().split()[0]})", flush=True)
    print(f"all runs, {len(later)} saves after the first: p50 {statistics.median(later):.0f} ms, "
          f"p95 {percentile(later, 0.95):.0f} ms, max {max(later):.0f} ms")


if __name__ == "__main__":
    main()
