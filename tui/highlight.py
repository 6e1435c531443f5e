"""The article as one plain string plus styled spans: never markup, never raw control bytes.

Analysis offsets index the stored text. The screen shows a cleaned copy (lines
stripped, blank lines between paragraphs, escape sequences and control
characters dropped), so ArticleDoc keeps the map from stored offsets to shown
ones, and every highlight is a span laid on a rich Text built from the plain
string: "[bold red]" in an article is just nine characters.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rich.style import Style
from rich.text import Text

from store.article import Article
from store.matching import folded_in_place
from store.text import CONTROLS, ESCAPES, clean_line

from .byline import byline
from .entity_types import ENTITY_TYPES

if TYPE_CHECKING:
    from store.analysis.types import Analysis


_ITALIC = {"Date"}  # muted colours need a second cue
_TYPE_OF_LABEL = {label: name for name, labels in ENTITY_TYPES.items() for label in labels}

_UNSAFE = re.compile(f"(?:{ESCAPES.pattern})|{CONTROLS.pattern}", re.VERBOSE)
_LINE = re.compile(r"[^\n]+")
_FINAL = tuple(".!?:;,")
_CLOSERS = "”’\"')]»"


def entity_type(label: str) -> str | None:
    return _TYPE_OF_LABEL.get(label)


def is_subheading(line: str, following: str | None) -> bool:
    """The seed's headings: a short line without final punctuation, followed by a paragraph.

    >>> is_subheading("Confrontation with the West", "Both China and Russia are locked in confrontation.")
    True
    >>> is_subheading("Putin said this.", "More.")
    False
    """
    if following is None or len(line) > 80 or len(line.split()) > 12:
        return False
    core = line.rstrip(_CLOSERS)
    return bool(core) and not core.endswith(_FINAL) and len(following) > len(line)


@dataclass(frozen=True, slots=True)
class Block:
    kind: str  # "heading" or "paragraph"
    start: int  # offsets in the shown string
    end: int


@dataclass
class ArticleDoc:
    """The shown string, its blocks, and the map from stored offsets to shown ones."""

    plain: str
    title_end: int
    meta: tuple[tuple[int, int, str], ...]  # (start, end, style) of the lines under the title
    blocks: list[Block]
    _raw: list[int] = field(default_factory=list)  # stored offset where each kept piece starts
    _shown: list[int] = field(default_factory=list)  # its shown offset
    _length: list[int] = field(default_factory=list)
    url: tuple[int, int] | None = None  # where the article's URL is shown, under the title: a label, cut to a line
    byline: tuple[int, int] | None = None  # where the source and date are shown, under the title

    def shown(self, offset: int, end: bool = False) -> int:
        """Where stored offset `offset` appears; an offset in a dropped gap moves to the next kept text."""
        if end:
            return self.shown(offset - 1) + 1 if offset > 0 else self.shown(0)
        i = bisect_right(self._raw, offset) - 1
        if i >= 0 and offset < self._raw[i] + self._length[i]:
            return self._shown[i] + offset - self._raw[i]
        if i + 1 < len(self._raw):
            return self._shown[i + 1]
        return len(self.plain)

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.shown(start), max(self.shown(start), self.shown(end, end=True))

    def block_at(self, offset: int) -> Block | None:
        for block in self.blocks:
            if block.start <= offset < block.end:
                return block
        return None


def _kept_pieces(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    """Stretches of text[start:end] that are safe to show (no escapes, no control characters)."""
    at = start
    for bad in _UNSAFE.finditer(text, start, end):
        if bad.start() > at:
            yield at, bad.start()
        at = max(at, bad.end())
    if at < end:
        yield at, end


def build_doc(article: Article) -> ArticleDoc:
    parts: list[str] = []
    meta: list[tuple[int, int, str]] = []
    at = 0

    def put(s: str) -> tuple[int, int]:
        nonlocal at
        parts.append(s)
        at += len(s)
        return at - len(s), at

    title = clean_line(article.title) or "(untitled)"
    _, title_end = put(title)
    address = clean_line(article.url)
    for line, style in ((byline(article, long_date=True), "dim"), (address, "dim underline")):
        if line:
            put("\n")
            s, e = put(line)
            meta.append((s, e, style))
    url = meta[-1][:2] if address else None
    byline_at = meta[0][:2] if meta and meta[0][:2] != url else None
    text = article.text
    lines = []
    for match in _LINE.finditer(text):
        pieces = list(_kept_pieces(text, match.start(), match.end()))
        shown = "".join(text[a:b] for a, b in pieces)
        lead = len(shown) - len(shown.lstrip())
        shown = shown.strip()
        if shown:
            lines.append((pieces, lead, shown))
    doc = ArticleDoc("", title_end, tuple(meta), [], url=url, byline=byline_at)
    for n, (pieces, lead, shown) in enumerate(lines):
        put("\n\n")
        block_start = at
        skip = lead  # leading whitespace is not shown: move piece starts past it
        for a, b in pieces:
            cut = min(skip, b - a)
            skip -= cut
            a += cut
            room = block_start + len(shown) - at
            length = min(b - a, room)
            if length > 0:
                doc._raw.append(a)
                doc._shown.append(at)
                doc._length.append(length)
                put(text[a : a + length])
        following = lines[n + 1][2] if n + 1 < len(lines) else None
        kind = "heading" if n > 0 and is_subheading(shown, following) else "paragraph"
        doc.blocks.append(Block(kind, block_start, at))
    doc.plain = "".join(parts)
    return doc


@dataclass(frozen=True, slots=True)
class Highlights:
    """What to lay over the plain article, all in shown offsets."""

    entities: tuple[tuple[int, int, str], ...] = ()  # (start, end, type)
    hidden: frozenset[str] = frozenset()
    matches: tuple[tuple[int, int], ...] = ()
    current_match: int | None = None
    marks: tuple[tuple[int, int], ...] = ()


def entity_spans(doc: ArticleDoc, analysis: Analysis | None) -> tuple[tuple[int, int, str], ...]:
    if analysis is None:
        return ()
    found = []
    for e in analysis.entities:
        kind = entity_type(e.label)
        if kind:
            found.append((*doc.span(e.start, e.end), kind))
    return tuple(found)


def render(doc: ArticleDoc, marks: Highlights, colours: Mapping[str, str]) -> Text:
    """The article as rich Text; `colours` maps entity types and "heading"/"match"/"mark" to colours."""
    text = Text(doc.plain)
    text.stylize(Style(bold=True, color=colours.get("heading")), 0, doc.title_end)
    for start, end, style in doc.meta:
        text.stylize(style, start, end)
    heading = Style(bold=True, color=colours.get("heading"))
    for block in doc.blocks:
        if block.kind == "heading":
            text.stylize(heading, block.start, block.end)
    for start, end, kind in marks.entities:
        if kind not in marks.hidden:
            text.stylize(Style(color=colours.get(kind), bold=kind not in _ITALIC, italic=kind in _ITALIC), start, end)
    match_style = Style(bgcolor=colours.get("match"), color=colours.get("on-match"))
    for n, (start, end) in enumerate(marks.matches):
        style = Style(reverse=True, bold=True) if n == marks.current_match else match_style
        text.stylize(style, start, end)
    for start, end in marks.marks:
        text.stylize(Style(bgcolor=colours.get("mark"), color=colours.get("on-mark"), bold=True), start, end)
    return text


def find_all(plain: str, needle: str) -> tuple[tuple[int, int], ...]:
    """Matches of `needle` in any case and with or without diacritics ("erdogan" finds "Erdoğan", as the
    filters do), as (start, end) pairs."""
    if not needle:
        return ()
    hay, needle = folded_in_place(plain), folded_in_place(needle)
    found, at = [], hay.find(needle)
    while at != -1:
        found.append((at, at + len(needle)))
        at = hay.find(needle, at + len(needle))
    return tuple(found)
