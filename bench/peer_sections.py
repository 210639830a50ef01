"""Markdown files -> one row per section, for the peer engines of bench/peers.py and the query generator.

A section starts at each ATX heading (`#` to `######`) outside fenced code; the text before the first heading
is a section of its own with an empty heading. Front matter (`---` ... `---` at the top) is dropped; the rest
is kept as written (Liquid tags, HTML and link targets included), because the peers index the Markdown the
way a plain full-text setup would, without docsift's parsing.
"""
import os
import re
from typing import Iterator, NamedTuple

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx")
HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


class Section(NamedTuple):
    path: str      # relative to the corpus root
    heading: str   # the heading's text as written ('' before the first heading)
    level: int     # 1-6, 0 before the first heading
    body: str      # the lines up to the next heading, code included


def markdown_files(root: str) -> list[str]:
    """Every Markdown file under root (or root itself if it is a file), sorted, as paths relative to root."""
    if os.path.isfile(root):
        return [os.path.basename(root)]
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [os.path.relpath(os.path.join(folder, f), root) for f in files
                  if f.endswith(MARKDOWN_SUFFIXES) and not f.startswith(".")]
    return sorted(found)


def read_corpus(root: str) -> Iterator[Section]:
    """The sections of every Markdown file under root, file by file in path order."""
    base = os.path.dirname(root) if os.path.isfile(root) else root
    for relative in markdown_files(root):
        with open(os.path.join(base, relative), encoding="utf-8", errors="replace") as handle:
            yield from split_sections(relative, handle.read())


def without_front_matter(text: str) -> str:
    if text.startswith("---\n") or text.startswith("---\r\n"):
        end = re.search(r"^---[ \t]*\r?$", text[4:], re.MULTILINE)
        if end:
            return text[4 + end.end():].lstrip("\r\n")
    return text


def split_sections(path: str, text: str) -> list[Section]:
    sections, heading, level, lines, fence = [], "", 0, [], None
    for line in without_front_matter(text).splitlines():
        opening = FENCE.match(line)
        if opening and (fence is None or opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence)):
            fence = None if fence else opening.group(1)
        match = HEADING.match(line) if fence is None else None
        if match:
            _keep(sections, path, heading, level, lines)
            heading, level, lines = match.group(2), len(match.group(1)), []
        else:
            lines.append(line)
    _keep(sections, path, heading, level, lines)
    return sections


def _keep(sections: list[Section], path: str, heading: str, level: int, lines: list[str]) -> None:
    body = "\n".join(lines).strip()
    if heading or body:
        sections.append(Section(path, heading, level, body))
