#!/usr/bin/env python3
"""Writes the cockroachdb-docs query mix (bench/crdb-queries.txt) from the corpus itself, deterministically.

    python3 bench/crdb_queries.py /tmp/crdb/cockroachdb-docs/current > bench/crdb-queries.txt

Generated once and committed, so that every run of bench/peers.sh (and wrk with bench/rotate.lua) asks the
same 200 queries. The pages are the corpus' Markdown files outside `_`-folders (includes are parts of pages);
headings, prose and code are read with peer_sections.py. Every choice goes through one random.Random(SEED)
over sorted lists, so the same corpus gives the same file. Classes, as issue 19 lists them: words (1-3 words
of a heading), whole headings, questions made from headings, identifiers from code blocks (snake_case,
dotted settings, command-line flags, CamelCase), prefixes as typed (`word*`), typos (one edit in a word of a
heading), and quoted phrases from prose.
"""
import random
import re
import sys
from collections import Counter

from peer_sections import read_corpus

SEED = 19
COUNTS = {"words": 40, "headings": 30, "questions": 30, "identifiers": 30, "prefixes": 25, "typos": 25,
          "phrases": 20}
STOP = set("a an and are as at be by can do for from how i if in into is it of on or the this to use using "
           "what when where which why with you your".split())
VERBS = set("add alter back change check configure connect create define delete deploy disable drop enable "
            "export get import install manage migrate monitor move optimize pause remove rename restore resume "
            "run scale secure set show start stop test troubleshoot understand update upgrade use verify view "
            "write".split())
CLEAN_HEADING = re.compile(r"^[A-Za-z][A-Za-z0-9' -]*$")
SNAKE = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+){1,4}\b")
DOTTED = re.compile(r"\b[a-z]+(?:\.[a-z_]+){2,4}\b")
FLAG = re.compile(r"(?<![\w-])--[a-z]+(?:-[a-z]+){0,3}\b")
CAMEL = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+){1,3}\b")
CODE_BLOCK = re.compile(r"^ {0,3}(?:```|~~~)[^\n]*\n(.*?)^ {0,3}(?:```|~~~)", re.MULTILINE | re.DOTALL)
LIQUID_OR_LINK = re.compile(r"\{[%{].*?[%}]\}|\]\([^)]*\)|`[^`]*`|<[^>]+>")


def collect(root: str) -> tuple[list[str], list[str], Counter]:
    """Distinct headings (lower-cased), prose sentences and code identifiers with their counts."""
    headings, sentences, identifiers = set(), set(), Counter()
    for section in read_corpus(root):
        if section.path.split("/")[0].startswith("_") or "/_" in section.path:
            continue
        text = section.heading.replace("`", "").strip()
        if CLEAN_HEADING.match(text) and 2 <= len(text.split()) <= 6:
            headings.add(text.lower())
        for code in CODE_BLOCK.findall(section.body + "\n"):
            for pattern in (SNAKE, DOTTED, FLAG, CAMEL):
                identifiers.update(pattern.findall(code))
        prose = CODE_BLOCK.sub(" ", section.body + "\n")
        for sentence in re.split(r"(?<=[.!?])\s+", LIQUID_OR_LINK.sub(" ", prose)):
            if re.fullmatch(r"[A-Za-z ,']{30,200}[.]", sentence.strip()):
                sentences.add(sentence.strip())
    return sorted(headings), sorted(sentences), identifiers


def content_words(words: list[str]) -> bool:
    return bool(words) and words[0] not in STOP and words[-1] not in STOP


def words_queries(rng: random.Random, headings: list[str], n: int) -> list[str]:
    out = []
    while len(out) < n:
        words = rng.choice(headings).split()
        size = rng.choice((1, 1, 2, 2, 3))
        start = rng.randrange(max(1, len(words) - size + 1))
        span = words[start:start + size]
        if content_words(span) and all(len(w) > 2 for w in span):
            out.append(" ".join(span))
    return out


def question(heading: str, rng: random.Random) -> str:
    words = heading.split()
    if words[0] in VERBS:
        return rng.choice(("how to ", "how do i ", "how can i ")) + heading
    return ("what are " if words[-1].endswith("s") else "what is ") + heading


def identifier_queries(rng: random.Random, identifiers: Counter, n: int) -> list[str]:
    common = sorted(i for i, count in identifiers.items() if count >= 3 and 6 <= len(i) <= 40 and not host_name(i))
    by_kind = {kind: [i for i in common if pattern.fullmatch(i)]
               for kind, pattern in (("snake", SNAKE), ("dotted", DOTTED), ("flag", FLAG), ("camel", CAMEL))}
    shares = {"snake": n * 2 // 5, "dotted": n * 3 // 10, "flag": n // 6}
    shares["camel"] = n - sum(shares.values())
    return [i for kind, share in shares.items() for i in rng.sample(by_kind[kind], share)]


def host_name(identifier: str) -> bool:
    """Dotted names that are host or package names (github.io, o.s.b.web) rather than settings."""
    parts = identifier.split(".")
    return len(parts) > 1 and (parts[-1] in ("com", "io", "ai", "org", "net", "dev") or min(map(len, parts)) < 2)


def noun_heading(heading: str) -> bool:
    words = heading.split()
    return len(words) <= 3 and words[0] not in VERBS | STOP and not words[0].endswith("ing")


def prefix_query(rng: random.Random, headings: list[str]) -> str | None:
    words = rng.choice(headings).split()
    last = rng.randrange(len(words))
    if len(words[last]) < 6 or not words[last].isalpha():
        return None
    typed = words[last][:rng.randint(3, min(5, len(words[last]) - 2))] + "*"
    before = [w for w in words[:last] if w not in STOP][-1:]
    return " ".join(before + [typed]) if rng.random() < 0.5 else typed


def misspelt(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    edit = rng.choice(("swap", "drop", "double", "near"))
    if edit == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if edit == "drop":
        return word[:i] + word[i + 1:]
    if edit == "double":
        return word[:i] + word[i] + word[i:]
    keys = "qwertyuiopasdfghjklzxcvbnm"
    return word[:i] + keys[(keys.index(word[i]) + 1) % len(keys)] + word[i + 1:] if word[i] in keys else word


def typo_query(rng: random.Random, headings: list[str]) -> str | None:
    words = [w for w in rng.choice(headings).split() if w not in STOP][:2]
    long_ones = [k for k, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not long_ones:
        return None
    k = rng.choice(long_ones)
    wrong = misspelt(words[k], rng)
    return " ".join(words[:k] + [wrong] + words[k + 1:]) if wrong != words[k] else None


def phrase_query(rng: random.Random, sentences: list[str]) -> str | None:
    words = re.findall(r"[a-z']+", rng.choice(sentences).lower())
    size = rng.choice((2, 2, 3))
    if len(words) < size:
        return None
    start = rng.randrange(len(words) - size + 1)
    span = words[start:start + size]
    return '"' + " ".join(span) + '"' if content_words(span) and "'" not in "".join(span) else None


def fill(n: int, make) -> list[str]:
    out = []
    while len(out) < n:
        query = make()
        if query and query not in out:
            out.append(query)
    return out


def main(root: str) -> None:
    headings, sentences, identifiers = collect(root)
    rng = random.Random(SEED)
    verb_headings = [h for h in headings if h.split()[0] in VERBS]
    classes = {
        "words": words_queries(rng, headings, COUNTS["words"]),
        "headings": rng.sample(headings, COUNTS["headings"]),
        "questions": [question(h, rng) for h in rng.sample(verb_headings, COUNTS["questions"] * 2 // 3)]
        + [question(h, rng) for h in rng.sample([h for h in headings if noun_heading(h)],
                                                  COUNTS["questions"] - COUNTS["questions"] * 2 // 3)],
        "identifiers": identifier_queries(rng, identifiers, COUNTS["identifiers"]),
        "prefixes": fill(COUNTS["prefixes"], lambda: prefix_query(rng, headings)),
        "typos": fill(COUNTS["typos"], lambda: typo_query(rng, headings)),
        "phrases": fill(COUNTS["phrases"], lambda: phrase_query(rng, sentences)),
    }
    print("# cockroachdb-docs query mix for bench/peers.sh and bench/rotate.lua: one query per line, '#' lines are")
    print("# comments. Generated by `python3 bench/crdb_queries.py /tmp/crdb/cockroachdb-docs/current` (seed "
          f"{SEED}) from")
    print(f"# {len(headings)} distinct headings, {len(sentences)} prose sentences and {len(identifiers)} code "
          "identifiers of the corpus' pages; do not edit by hand.")
    for name, queries in classes.items():
        print(f"# ---- {name} ({len(queries)}) ----")
        print("\n".join(queries))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/crdb/cockroachdb-docs/current")
