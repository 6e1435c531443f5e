"""Plain text and Markdown: header lines or YAML front matter, a title, a trailing credit."""

from __future__ import annotations

import re
from typing import Any

from ..errors import ImportProblem

HEADER_KEYS = {
    "title": "title",
    "source": "source",
    "published": "published",
    "date": "published",
    "url": "url",
    "link": "url",
    # kept off the body, not stored: the Article has no field for them
    "author": "",
    "license": "",
}
_HEADER_LINE = re.compile(r"^(?P<key>[A-Za-z]+)[ \t]*:[ \t]*(?P<value>.*?)\s*$")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FINAL_PUNCT = tuple(".!?:;,\"”’)…")
_CREDIT_PREFIX = re.compile(r"^(?:source|credit|via|©|\(c\)|[-—–]+)\s*:?\s*", re.IGNORECASE)
_SMALL_WORDS = {"of", "and", "the", "for", "de", "la", "news", "&", "in", "on"}


def split_header(text: str, where: str) -> tuple[dict[str, Any], str]:
    """Metadata from `Key: value` lines or `---` YAML front matter, and the rest of the text."""
    match = _FRONT_MATTER.match(text)
    if match:
        return _front_matter(match.group("yaml") or "", where), text[match.end() :]
    fields: dict[str, Any] = {}
    lines = text.split("\n")
    used = 0
    for line in lines:
        m = _HEADER_LINE.match(line)
        if not m or m.group("key").lower() not in HEADER_KEYS:
            break
        name = HEADER_KEYS[m.group("key").lower()]
        if name:
            fields[name] = m.group("value")
        used += 1
    if used == 0:
        return {}, text
    return fields, "\n".join(lines[used:])


def _front_matter(block: str, where: str) -> dict[str, Any]:
    import yaml

    try:
        data = yaml.safe_load(block) if block.strip() else {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = f" at line {mark.line + 2}" if mark is not None else ""
        raise ImportProblem(where, f"has front matter that is not valid YAML{line}") from None
    if not isinstance(data, dict):
        raise ImportProblem(where, "has front matter that is not a set of `key: value` fields")
    fields = {}
    for key, value in data.items():
        name = HEADER_KEYS.get(str(key).lower())
        if name and value is not None:
            fields[name] = value
    return fields


def split_title(body: str, markdown: bool) -> tuple[str, str]:
    """A leading heading (Markdown `#`, setext, or a short unpunctuated line alone) and the rest.

    Returns ("", body) when the text starts straight with its first paragraph.
    """
    stripped = body.lstrip("\n")
    first, _, rest = stripped.partition("\n")
    if markdown and first.startswith("#"):
        return first.lstrip("#").strip().rstrip("#").strip(), rest
    if markdown and re.match(r"^(=+|-+)\s*$", rest.split("\n", 1)[0]) and first.strip():
        return first.strip(), rest.partition("\n")[2]
    line = first.strip()
    # without a blank line after it, a short first line is more likely hard-wrapped text
    next_line_blank = not rest.split("\n", 1)[0].strip()
    if next_line_blank and rest.strip() and 0 < len(line) <= 120 and not line.endswith(_FINAL_PUNCT):
        return line, rest
    return "", body


def split_credit(body: str, known_source: str = "") -> tuple[str, str]:
    """A trailing credit line such as "Athens News Agency" or "Source: Reuters", and the rest."""
    trimmed = body.rstrip()
    head, _, last = trimmed.rpartition("\n")
    line = last.strip()
    if not head.strip() or not line:
        return "", body
    if known_source and line.lower() == known_source.lower():
        return line, head
    credit = _CREDIT_PREFIX.sub("", line).strip("() ")
    had_prefix = credit != line.strip("() ")
    words = credit.split()
    looks_like_name = (
        0 < len(words) <= 6
        and len(credit) <= 60
        and not credit.endswith(_FINAL_PUNCT)
        and not credit.startswith(("“", '"', "‘", "'", "«"))
        and all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words)
        and head.rstrip().endswith(_FINAL_PUNCT)
    )
    if looks_like_name and (had_prefix or not known_source):
        return credit, head
    return "", body


def markdown_to_text(source: str) -> str:
    """Markdown as the reader sees it: headings and paragraphs as lines, no markup characters."""
    from markdown_it import MarkdownIt

    blocks: list[str] = []
    prefix = ""
    for token in MarkdownIt("commonmark").parse(source):
        if token.type == "list_item_open":
            prefix = "• "
        elif token.type == "inline":
            text = "".join(
                child.content if child.type in ("text", "code_inline", "html_inline") else "\n" if child.type in ("softbreak", "hardbreak") else ""
                for child in token.children or []
            )
            blocks.append(prefix + text.replace("\n", " ").strip())
            prefix = ""
        elif token.type in ("fence", "code_block"):
            blocks.append(token.content.rstrip("\n"))
    return "\n\n".join(b for b in blocks if b)


def parse_plain(text: str, where: str, markdown: bool) -> dict[str, Any]:
    """Fields for build_article from a .txt or .md file's text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fields, body = split_header(text, where)
    if not fields.get("title"):
        title, body = split_title(body, markdown)
        if title:
            fields["title"] = title
    credit, body = split_credit(body, str(fields.get("source") or ""))
    if credit and not fields.get("source"):
        fields["source"] = credit
    if markdown:
        body = markdown_to_text(body)
    fields["text"] = body
    return fields
