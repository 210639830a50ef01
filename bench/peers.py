#!/usr/bin/python3
"""docsift against Sphinx 2.2 and SQLite FTS5 on the same queries in one run; driven by bench/peers.sh.

Each peer indexes one row per section (bench/peer_sections.py: split at headings, front matter dropped) and is
asked each query in its natural full-text syntax (`mode` and: every word required, as both engines do by
default; or: any word, ranked) for the top 10 ids. docsift is asked over HTTP (`/search?q=...&limit=10`, a
server started by peers.sh with `--cache-size 0`): its figure is the server-side `tookMs`, with the client's
round trip beside it. Sphinx is asked over SphinxQL on a loopback port (pymysql), SQLite in-process.

Timing: WARMUP passes over all queries for every engine, then per query RUNS calls per engine, the engines
taking turns call by call so that the machine's noise falls on all of them alike; a query's figure is the
median of its RUNS calls, and p50 / p99 are taken over the queries (nearest rank).
"""
import argparse
import http.client
import json
import os
import re
import resource
import socket
import sqlite3
import statistics
import subprocess
import time
import urllib.parse
from typing import Callable, NamedTuple
from xml.sax.saxutils import escape

import pymysql  # Debian's python3-pymysql: the MySQL protocol that SphinxQL speaks

from benchlib import free_port, percentile
from peer_sections import Section, markdown_files, read_corpus

CLASS_LINE = re.compile(r"^#\s*-+\s*(\w+)")
TOKEN = re.compile(r'"([^"]*)"|(\S+)')
INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class Term(NamedTuple):
    kind: str   # word, phrase, prefix, not, or
    text: str


class Answer(NamedTuple):
    client_ms: float
    server_ms: float | None
    hits: int           # docsift: total; peers: rows returned (at most 10)


class Engine(NamedTuple):
    name: str
    search: Callable[[str], Answer | None]   # None: the query has nothing this engine can search for


# ---------------------------------------------------------------- queries ----

def read_queries(path: str) -> list[tuple[str, str]]:
    """(class, query) for every line that is not a comment; the class is the last '# ---- name' line."""
    queries, kind = [], "all"
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        header = CLASS_LINE.match(line)
        if header:
            kind = header.group(1)
        elif line and not line.startswith("#"):
            queries.append((kind, line))
    return queries


def parse(query: str) -> list[Term]:
    """docsift's query syntax reduced to what the peers have: words, phrases, prefixes, NOT and OR."""
    terms = []
    for match in TOKEN.finditer(query):
        if match.group(1) is not None:
            terms.append(Term("phrase", match.group(1)))
            continue
        token = match.group(2)
        if token in ("OR", "|"):
            terms.append(Term("or", ""))
        elif token.startswith("-") and len(token) > 2 and token[1].isalnum():
            terms.append(Term("not", token[1:]))
        elif token != "AND":
            token = token[1:] if token.startswith("+") and len(token) > 1 else token
            is_prefix = token.endswith("*") and len(token.rstrip("*")) > 0
            terms.append(Term("prefix" if is_prefix else "word", token.rstrip("*") if is_prefix else token))
    return terms


def render(terms: list[Term], mode: str, tokens: Callable[[str], list[str]], style: dict) -> str | None:
    """One engine's query text: groups of positive terms (split at OR) joined by its AND/OR, minus NOT terms."""
    groups, nots = [[]], []
    for term in terms:
        if term.kind == "or":
            groups.append([])
            continue
        words = tokens(term.text)
        if not words:
            continue
        if term.kind == "not":
            nots += words
        elif term.kind == "prefix":
            groups[-1].append(style["prefix"](words))
        else:
            groups[-1].append(style["phrase"](words) if len(words) > 1 or term.kind == "phrase" else style["word"](words[0]))
    groups = [g for g in groups if g]
    if not groups:
        return None
    inner = style["and"] if mode == "and" else style["or"]
    text = style["or"].join("(" + inner.join(g) + ")" if len(groups) > 1 else inner.join(g) for g in groups)
    return style["not"](text, nots) if nots else text


SPHINX_STYLE = {
    "word": lambda w: w, "phrase": lambda ws: '"' + " ".join(ws) + '"',
    "prefix": lambda ws: " ".join(ws[:-1] + [ws[-1] + "*"]) if len(ws[-1]) >= 3 else " ".join(ws),
    "and": " ", "or": " | ", "not": lambda text, nots: text + "".join(" -" + n for n in nots),
}
FTS5_STYLE = {
    "word": lambda w: '"' + w + '"', "phrase": lambda ws: '"' + " ".join(ws) + '"',
    "prefix": lambda ws: '"' + " ".join(ws) + '" *',
    "and": " AND ", "or": " OR ", "not": lambda text, nots: "(" + text + ")" + "".join(' NOT "' + n + '"' for n in nots),
}


def sphinx_tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())          # Sphinx 2.2's default charset: letters, digits and _


def fts5_tokens(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower())      # unicode61: letters and digits; _ separates


# ---------------------------------------------------------------- engines ----

def timed(call: Callable[[], int]) -> Answer:
    start = time.perf_counter()
    hits = call()
    return Answer((time.perf_counter() - start) * 1000, None, hits)


def docsift_engine(port: int) -> Engine:
    connection = http.client.HTTPConnection("127.0.0.1", port)

    def search(query: str) -> Answer | None:
        start = time.perf_counter()
        connection.request("GET", "/search?limit=10&q=" + urllib.parse.quote(query))
        response = connection.getresponse()
        body = response.read()
        client_ms = (time.perf_counter() - start) * 1000
        if response.status != 200:
            return None
        answer = json.loads(body)
        return Answer(client_ms, answer["tookMs"], answer["total"])
    return Engine("docsift", search)


def sqlite_build(sections: list[Section], path: str) -> float:
    """Seconds to insert every section and merge the index into one b-tree ('optimize')."""
    start = time.perf_counter()
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("CREATE VIRTUAL TABLE sections USING fts5(heading, body, path UNINDEXED, tokenize='porter unicode61')")
    db.executemany("INSERT INTO sections(heading, body, path) VALUES (?, ?, ?)",
                   ((s.heading, s.body, s.path) for s in sections))
    db.execute("INSERT INTO sections(sections) VALUES ('optimize')")
    db.commit()
    db.close()
    return time.perf_counter() - start


def sqlite_engine(path: str, mode: str) -> Engine:
    db = sqlite3.connect(path)
    sql = "SELECT rowid FROM sections WHERE sections MATCH ? ORDER BY rank LIMIT 10"

    def search(query: str) -> Answer | None:
        text = render(parse(query), mode, fts5_tokens, FTS5_STYLE)
        return None if text is None else timed(lambda: len(db.execute(sql, (text,)).fetchall()))
    return Engine(f"SQLite FTS5 {sqlite3.sqlite_version} ({mode.upper()})", search)


def sphinx_write_source(sections: list[Section], path: str) -> None:
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<sphinx:docset>\n<sphinx:schema>\n'
                  '<sphinx:field name="heading"/>\n<sphinx:field name="body"/>\n</sphinx:schema>\n')
        for number, section in enumerate(sections, 1):
            heading, body = (escape(INVALID_XML.sub(" ", t)) for t in (section.heading, section.body))
            out.write(f'<sphinx:document id="{number}"><heading>{heading}</heading><body>{body}</body>'
                      '</sphinx:document>\n')
        out.write("</sphinx:docset>\n")


def sphinx_config(work: str, port: int) -> str:
    path = os.path.join(work, "sphinx.conf")
    with open(path, "w") as conf:
        conf.write(f"""source sections {{
  type = xmlpipe2
  xmlpipe_command = cat {work}/sections.xml
}}
index sections {{
  source = sections
  path = {work}/index/sections
  dict = keywords
  morphology = stem_en
  min_prefix_len = 3
}}
indexer {{
  mem_limit = 512M
  max_xmlpipe2_field = 16M
}}
searchd {{
  listen = 127.0.0.1:{port}:mysql41
  log = {work}/searchd.log
  query_log = {work}/query.log
  pid_file = {work}/searchd.pid
  binlog_path =
  workers = threads
}}
""")
    return path


def sphinx_build(config: str, work: str) -> tuple[float, int]:
    """Seconds of `indexer --all` over the written XML, and the indexer's peak RSS in MB."""
    os.makedirs(os.path.join(work, "index"), exist_ok=True)
    start = time.perf_counter()
    subprocess.run(["indexer", "--config", config, "--all", "--quiet"], check=True, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    return seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024


def sphinx_start(config: str, port: int) -> subprocess.Popen:
    server = subprocess.Popen(["searchd", "--config", config, "--nodetach"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.STDOUT)
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return server
        except OSError:
            time.sleep(0.05)
    server.kill()
    raise SystemExit(f"searchd did not listen on port {port}")


def sphinx_engine(port: int, mode: str) -> Engine:
    cursor = pymysql.connect(host="127.0.0.1", port=port, autocommit=True).cursor()
    sql = "SELECT id FROM sections WHERE MATCH(%s) LIMIT 10"

    def search(query: str) -> Answer | None:
        text = render(parse(query), mode, sphinx_tokens, SPHINX_STYLE)
        return None if text is None else timed(lambda: (cursor.execute(sql, (text,)), len(cursor.fetchall()))[1])
    return Engine(f"Sphinx 2.2.11 ({mode.upper()})", search)


# ------------------------------------------------------------ measurement ----

def ask(engine: Engine, query: str, errors: dict) -> Answer | None:
    try:
        return engine.search(query)
    except (sqlite3.Error, pymysql.err.MySQLError) as error:  # a query a peer refuses: counted, not timed
        errors[engine.name] = errors.get(engine.name, 0) + 1
        errors.setdefault("first " + engine.name, f"{query!r}: {error}")
        return None


def measure(engines: list[Engine], queries: list[tuple[str, str]], runs: int, warmup: int) -> dict:
    """Per engine, per query: (class, query, median client ms, median server ms or None, hits) or None."""
    errors: dict = {}
    for _ in range(warmup):
        for _, query in queries:
            for engine in engines:
                ask(engine, query, errors)
    errors.clear()
    table = {engine.name: [] for engine in engines}
    for kind, query in queries:
        calls = {engine.name: [] for engine in engines}
        for _ in range(runs):
            for engine in engines:
                calls[engine.name].append(ask(engine, query, errors))
        for name, answers in calls.items():
            answers = [a for a in answers if a is not None]
            table[name].append(None if not answers else (
                kind, query, statistics.median(a.client_ms for a in answers),
                statistics.median(a.server_ms for a in answers) if answers[0].server_ms is not None else None,
                answers[0].hits))
    table["errors"] = errors
    return table


def figure(rows: list, column: int) -> str:
    values = [r[column] for r in rows if r is not None and r[column] is not None]
    return f"{percentile(values, 0.5):.3f} / {percentile(values, 0.99):.3f}" if values else "-"


def load() -> str:
    return open("/proc/loadavg").read().split()[0]


# ----------------------------------------------------------------- report ----

def report(name: str, table: dict, builds: dict, text_bytes: int, loads: tuple[str, str]) -> None:
    print(f"\n== {name}: load average {loads[0]} at the start, {loads[1]} at the end; figures in ms, "
          "p50 / p99 over the queries of each query's median")
    print(f"{'engine':34} {'search p50 / p99':>18} {'client p50 / p99':>18} {'no hit':>7} {'skipped':>7} "
          f"{'build s':>8} {'index MB':>9} {'% text':>7}")
    for engine, rows in table.items():
        if engine == "errors":
            continue
        build = builds.get(engine.split(" (")[0], {})
        timed_rows = [r for r in rows if r is not None]
        server = figure(rows, 3) if any(r[3] is not None for r in timed_rows) else figure(rows, 2)
        size = build.get("bytes")
        print(f"{engine:34} {server:>18} {figure(rows, 2):>18} {sum(1 for r in timed_rows if r[4] == 0):>7} "
              f"{len(rows) - len(timed_rows):>7} {build.get('seconds', float('nan')):>8.1f} "
              f"{(size or 0) / 1e6:>9.1f} {100 * (size or 0) / text_bytes:>6.0f}%")
    for key, value in table["errors"].items():
        print(f"errors {key}: {value}")
    report_classes(table)
    report_slowest(table)


def report_slowest(table: dict, count: int = 10) -> None:
    """docsift's slowest queries (tookMs), with their totals and the peers' times for the same query."""
    engines = [e for e in table if e not in ("errors", "docsift")]
    peers = {e: {r[1]: r[2] for r in table[e] if r is not None} for e in engines}
    rows = sorted((r for r in table["docsift"] if r is not None), key=lambda r: -r[3])[:count]
    print(f"docsift's {len(rows)} slowest (tookMs ms, total; then " + ", ".join(short(e) for e in engines) + "):")
    for kind, query, _, server, total in rows:
        others = " ".join(f"{peers[e].get(query, float('nan')):7.3f}" for e in engines)
        print(f"  {server:8.3f} {total:7d}  {others}  {kind:11} {query}")


def short(engine: str) -> str:
    """'Sphinx 2.2.11 (AND)' -> 'Sphinx AND', 'SQLite FTS5 3.40.1 (OR)' -> 'FTS5 OR'."""
    return ("FTS5" if engine.startswith("SQLite") else engine.split()[0]) + " " + engine[engine.find("(") + 1:-1]


def report_classes(table: dict) -> None:
    engines = [e for e in table if e != "errors"]
    kinds = list(dict.fromkeys(r[0] for rows in table.values() if isinstance(rows, list) for r in rows if r))
    print("by class, p50 / p99 (docsift: tookMs):")
    print(f"{'class':12} " + " ".join(f"{e[:26]:>26}" for e in engines))
    for kind in kinds:
        cells = []
        for engine in engines:
            rows = [r for r in table[engine] if r is not None and r[0] == kind]
            column = 3 if rows and rows[0][3] is not None else 2
            cells.append(f"{figure(rows, column)} ({len(rows)})")
        print(f"{kind:12} " + " ".join(f"{c:>26}" for c in cells))


def write_rows(path: str, table: dict) -> None:
    with open(path, "w", encoding="utf-8") as out:
        out.write("engine\tclass\tquery\tclient_ms\tserver_ms\thits\n")
        for engine, rows in table.items():
            for row in rows if engine != "errors" else []:
                if row is not None:
                    kind, query, client, server, hits = row
                    out.write(f"{engine}\t{kind}\t{query}\t{client:.4f}\t{'' if server is None else f'{server:.4f}'}\t{hits}\n")


# ------------------------------------------------------------------- main ----

def build_peers(args, sections: list[Section]) -> tuple[dict, int]:
    builds, port = {}, free_port()
    fts5 = os.path.join(args.work, "fts5.db")
    builds[f"SQLite FTS5 {sqlite3.sqlite_version}"] = {"seconds": sqlite_build(sections, fts5),
                                                       "bytes": os.path.getsize(fts5)}
    config = sphinx_config(args.work, port)
    sphinx_write_source(sections, os.path.join(args.work, "sections.xml"))
    seconds, peak_mb = sphinx_build(config, args.work)
    index_bytes = sum(os.path.getsize(os.path.join(args.work, "index", f)) for f in os.listdir(os.path.join(args.work, "index")))
    builds["Sphinx 2.2.11"] = {"seconds": seconds, "bytes": index_bytes}
    print(f"built: SQLite FTS5 {builds[f'SQLite FTS5 {sqlite3.sqlite_version}']['seconds']:.1f} s; "
          f"Sphinx indexer {seconds:.1f} s, peak RSS {peak_mb} MB (load {load()})")
    return builds, port


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--name", required=True)
    parser.add_argument("--corpus", required=True, help="the folder (or one file) docsift indexed")
    parser.add_argument("--queries", required=True)
    parser.add_argument("--work", required=True, help="a scratch folder for the peers' indexes")
    parser.add_argument("--docsift-port", type=int, required=True)
    parser.add_argument("--docsift-build", required=True, help="seconds,index bytes of docsift's full build")
    parser.add_argument("--modes", default="and", help="peer query modes: 'and', 'or' or 'and or'")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--max-queries", type=int, default=0, help="only the first N queries (0: all)")
    parser.add_argument("--out", help="a TSV file for every query's figures")
    args = parser.parse_args()
    run(args)


def run(args) -> None:
    start_load = load()
    started = time.perf_counter()
    sections = list(read_corpus(args.corpus))
    base = os.path.dirname(args.corpus) if os.path.isfile(args.corpus) else args.corpus
    files = markdown_files(args.corpus)
    text_bytes = sum(os.path.getsize(os.path.join(base, f)) for f in files)
    print(f"{args.name}: {len(files)} Markdown files, {text_bytes / 1e6:.1f} MB, {len(sections)} sections "
          f"(split in {time.perf_counter() - started:.1f} s)")
    builds, port = build_peers(args, sections)
    seconds, size = args.docsift_build.split(",")
    builds["docsift"] = {"seconds": float(seconds), "bytes": int(size)}
    searchd = sphinx_start(os.path.join(args.work, "sphinx.conf"), port)
    try:
        engines = [docsift_engine(args.docsift_port)]
        for mode in args.modes.split():
            engines += [sphinx_engine(port, mode), sqlite_engine(os.path.join(args.work, "fts5.db"), mode)]
        queries = read_queries(args.queries)
        queries = queries[:args.max_queries] if args.max_queries else queries
        table = measure(engines, queries, args.runs, args.warmup)
    finally:
        searchd.terminate()
        searchd.wait()
    report(args.name, table, builds, text_bytes, (start_load, load()))
    if args.out:
        write_rows(args.out, table)


if __name__ == "__main__":
    main()
