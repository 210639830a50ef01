#!/usr/bin/env python3
"""What link text pointing at a section (anchor text) could add to a judged set, before building it.

Usage: python3 bench/anchor_text.py CORPUS_DIR QUERIES.jsonl

For each answerable query it finds the grade-2 section, collects the text of every Markdown link that points at it
from another section (same page or another; `[text](page.md#anchor)`, `[text](#anchor)`, Jekyll's
`{% link {{ page.version.version }}/page.md %}`; a link to a page counts for its first section), and prints:
- the queries whose answer would gain a query word that its own heading and text never use (what a vocabulary
  bridge is for: the upper bound of what anchor text can do for the vocabulary class);
- the queries whose answer has a query word in its inbound link text at all (what a low-weighted field could
  re-order among near ties).
Words are lower-cased, stop words dropped and crudely stemmed (s, es, ed, ing): a rough count, not docsift's
analysis. Headings are read from '#' lines outside code fences; a page's lead section is its front matter title.
"""
import collections
import json
import os
import posixpath
import re
import sys

STOP = set("a an the of to in on for and or with by is are be how do i my can what why when which from at as it "
           "that this not don't does use using into each every".split())
LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
JEKYLL_LINK = re.compile(r"\{%\s*link\s*\{\{[^}]*\}\}/")


def stem(word):
    for suffix in ("ing", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[:-len(suffix)]
    return word


def words(text):
    return {stem(w) for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOP}


def slug(heading):
    heading = re.sub(r"[`*_]", "", heading.strip().lower())
    return re.sub(r"[^\w\- ]", "", heading).replace(" ", "-")


def plain_heading(text):
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text.strip().strip("#").strip())
    return re.sub(r"[`*]|__", "", text).strip()


def read_corpus(root):
    """Sections {(file, anchor): [heading, text]}, keys {(file, heading): (file, anchor)}, links [(source, text, file, anchor)]."""
    sections, keys, links = {}, {}, []
    for folder, _, files in os.walk(root):
        for name in files:
            if name.endswith(".md"):
                read_page(root, os.path.join(folder, name), sections, keys, links)
    return sections, keys, links


def read_page(root, path, sections, keys, links):
    rel = os.path.relpath(path, root)
    text = open(path, encoding="utf-8", errors="replace").read()
    current, in_code = None, False
    front = re.match(r"---\n(.*?)\n---", text, re.S)
    if front:
        title = re.search(r"^title:\s*(.*)$", front.group(1), re.M)
        if title:
            heading = title.group(1).strip().strip('"')
            current = (rel, "")
            sections[current], keys[(rel, heading)] = [heading, ""], current
    for line in text[front.end() if front else 0:].splitlines(True):
        if line.startswith("```"):
            in_code = not in_code
        match = re.match(r"^(#{1,6})\s+(.*)", line)
        if match and not in_code:
            heading = plain_heading(match.group(2))
            current = (rel, slug(heading))
            sections[current], keys[(rel, heading)] = [heading, ""], current
            continue
        if current:
            sections[current][1] += line
        for link in LINK.finditer(line):
            target = JEKYLL_LINK.sub("", link.group(2)).replace("%}", "").strip()
            if target.startswith(("http", "mailto")):
                continue
            page, _, anchor = target.partition("#")
            page = posixpath.normpath(posixpath.join(posixpath.dirname(rel), page)) if page else rel
            links.append((current, link.group(1), page, anchor))


def inbound_texts(sections, links):
    first_section = {}
    for key in sections:
        first_section.setdefault(key[0], key)
    inbound = collections.defaultdict(list)
    for source, text, page, anchor in links:
        target = (page, anchor) if anchor else first_section.get(page)
        if target in sections and target != source:
            inbound[target].append(text)
    return inbound


def main(root, queries):
    sections, keys, links = read_corpus(root)
    inbound = inbound_texts(sections, links)
    answers = resolved = linked = 0
    new_words, shared = [], []
    for line in open(queries, encoding="utf-8"):
        query = json.loads(line)
        best = [key for key, grade in query["rel"].items() if grade == 2]
        if not best:
            continue
        answers += 1
        page, _, heading = best[0].partition(" > ")
        section = keys.get((page, heading))
        if section is None:
            continue
        resolved += 1
        texts = inbound.get(section, [])
        linked += bool(texts)
        anchor_words = set().union(*map(words, texts)) if texts else set()
        asked = words(query["q"])
        own = words(" ".join(sections[section]))
        if asked & anchor_words - own:
            new_words.append((query["q"], sorted(asked & anchor_words - own)))
        if asked & anchor_words:
            shared.append((query["q"], sorted(asked & anchor_words)))
    print(f"{root}: {len(sections)} sections, {len(links)} links, {len(inbound)} sections receive link text")
    print(f"answerable queries {answers}, answer section found {resolved}, answer receives link text {linked}")
    print(f"answers that would gain a query word they do not use: {len(new_words)}")
    for query, added in new_words:
        print(f"    {query!r}: {added}")
    print(f"answers whose inbound link text has a query word (that they use already): {len(shared)}")
    for query, common in shared:
        print(f"    {query!r}: {common}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
