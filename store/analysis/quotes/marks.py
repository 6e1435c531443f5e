"""Pair quotation marks into direct-quote spans, on the raw text (no parse needed).

Marks are paired paragraph by paragraph so that one unbalanced mark can cost at most
its own paragraph. A quote left open at a paragraph end continues into the next
paragraph when that one opens with a quote mark (newswire convention), or when the next
paragraphs go on without reopening it up to a mark that closes it (text set a sentence to
a paragraph); the pieces become the spans of one quote.
"""

from __future__ import annotations

import re

from ..types import LONGEST_NAME

DOUBLE_OPEN = "“„‟«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
_OPEN_CONTEXT = " \t([{—–-/\u00a0"  # a mark right after these starts a quote
_CLOSE_CONTEXT = " \t,.;:!?)]}—–-…/\u00a0"  # a mark right before these ends one


def _role(text: str, i: int) -> tuple[str, str] | None:
    """(family, open|close|either) for the mark at i, or None when it is an apostrophe."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    after = text[i + 2] if i + 2 < len(text) else " "
    if ch in DOUBLE_OPEN:
        return "double", "open"
    if ch in DOUBLE_CLOSE:
        if (i == 0 or prev == "\n") and nxt.isalnum():
            return "double", "open"  # '”Fear. I am …” ― Ana Ruiz': a paragraph opened with the wrong mark
        return "double", "close"
    if ch == '"':
        # Wire copy that uses " as an apostrophe: Opec"s, Nigeria"s.
        if prev.isalpha() and nxt in "sS" and not after.isalpha():
            return None
        opens = prev in _OPEN_CONTEXT or prev in "\n" or i == 0
        closes = nxt in _CLOSE_CONTEXT or nxt in "\n\"'’”" or i + 1 == len(text)
        if opens and not closes:
            return "double", "open"
        if closes and not opens:
            return "double", "close"
        return "double", "either"
    if ch == "`":
        # Two backticks open a double quotation (``like this'', wire copy): one alone is no mark.
        return ("double", "open") if nxt == "`" and prev != "`" else None
    if ch == "'" and nxt == "'":
        # Two apostrophes standing for a double quotation mark (''like this'', archive copy).
        nxt2 = text[i + 2] if i + 2 < len(text) else " "
        opens = prev in _OPEN_CONTEXT or prev == "\n" or i == 0
        closes = nxt2 in _CLOSE_CONTEXT or nxt2 in "\n\"”" or i + 2 == len(text)
        if opens and not closes:
            return "double", "open"
        if closes and not opens:
            return "double", "close"
        if prev.isalnum() and nxt2.isalnum():
            return None
        return "double", "either"
    if ch in "’'":
        if prev.isalnum() and nxt.isalpha():
            return None  # don't, Putin's
        if nxt.isdigit() or (nxt in "nN" and after in "’'"):
            return None  # ’90s, rock ’n’ roll
        if prev in "nN" and i >= 2 and text[i - 2] in "’'":
            return None  # the closing half of ’n’
        opens = prev in _OPEN_CONTEXT or i == 0
        if ch == "'" and opens and nxt.isalnum():
            return "single", "open"
        if not prev.isspace() and (nxt in _CLOSE_CONTEXT or nxt in "\n\"”" or i + 1 == len(text)):
            return "single", "close"
        return None
    if ch in SINGLE_OPEN:
        return ("single", "open") if not nxt.isspace() else None
    if ch in SINGLE_CLOSE:
        return "single", "close"
    return None


_MARK_RE = re.compile("[" + re.escape(DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + "\"'`") + "]")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            out.append((start, end))
        start = end + 1
    return out


# A markup tag with attributes left in the text ('<tweet author="X" id="1">'): its marks delimit values, not words.
_TAG_RE = re.compile(r"<[A-Za-z][\w:-]*\s[^<>\n]*=[^<>\n]*>")


def _tags(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if text.find("<", start, end) < 0:
        return []
    return [m.span() for m in _TAG_RE.finditer(text, start, end)]


def _pair_paragraph(text: str, start: int, end: int) -> tuple[list[list[tuple[int, int]]], int | None, list]:
    """Closed quotes of one paragraph, where a still-open double quote began (if any), and the earlier
    sentences that quote goes on from."""
    spans: list[list[tuple[int, int]]] = []
    chain: list[tuple[int, int]] = []  # sentences of a quotation that went on under a fresh opening mark
    open_at: int | None = None  # a double quote
    single_at: int | None = None  # a single quote at top level
    skip = -1
    tags = _tags(text, start, end)
    for m in _MARK_RE.finditer(text, start, end):  # a regex scan: a Python loop per character is slow
        i = m.start()
        if i == skip or tags and any(s < i < e for s, e in tags):
            continue
        role = _role(text, i)
        if role is None:
            continue
        family, kind = role
        width = 2 if text[i] in "'`" and family == "double" else 1
        if width == 2:
            skip = i + 1
        if family == "double":
            if open_at is None:
                if kind in ("open", "either"):
                    open_at, single_at = i, None
            elif kind in ("close", "either"):
                spans.append([*chain, (open_at, i + width)])
                open_at, chain = None, []
            else:  # an opener inside an open quote: the earlier one was never closed
                piece = (open_at, _rstrip(text, open_at, i))
                # '"We will win. "They know it," he said.': paragraphs of one quotation run together, each
                # reopened by its mark (text that lost its paragraph breaks); mid-sentence, a stray mark
                chain = [*chain, piece] if _SENTENCE_END.search(text, piece[0], piece[1]) and \
                    _opening(text, open_at) and _opening(text, i) else []
                open_at = i
        elif open_at is None:  # single quotes inside double ones are part of the outer quote
            if single_at is None:
                if kind == "open":
                    single_at = i
            elif kind == "close":
                spans.append([(single_at, i + 1)])
                single_at = None
    return spans, open_at, chain


def _opening(text: str, i: int) -> bool:
    """A mark set as an opening one: a space before, a word after ('fell.“ he said' is a closing mark turned)."""
    prev = text[i - 1] if i > 0 else " "
    return (prev.isspace() or prev in _OPEN_CONTEXT) and i + 1 < len(text) and not text[i + 1].isspace()


_SENTENCE_END = re.compile(r"\w[)\]'’]*[.?!]['’]?$")


def _opens_with_mark(text: str, start: int, end: int) -> bool:
    head = text[start:end].lstrip()
    return bool(head) and (head[0] in DOUBLE_OPEN or head[0] == '"' or head.startswith(("''", "``")))


def find_quotes(text: str) -> list[list[tuple[int, int]]]:
    """Direct quotes as lists of (start, end) spans that include their marks, in text order."""
    quotes: list[list[tuple[int, int]]] = []
    pending: list[tuple[int, int]] | None = None  # a quote running on from the previous paragraph
    paragraphs = _paragraphs(text)
    n, resume = 0, None  # resume: where pairing picks up in a paragraph a run-on quote closed in
    while n < len(paragraphs):
        p_start, p_end = paragraphs[n]
        if resume is not None:
            p_start, resume = resume, None
        spans, open_at, chain = _pair_paragraph(text, p_start, p_end)
        if pending is not None:
            if spans and text[p_start:spans[0][0][0]].strip() == "":
                pending.extend(spans.pop(0))
                quotes.append(pending)
                pending = None
            elif not spans and open_at is not None and text[p_start:(chain or [(open_at,)])[0][0]].strip() == "":
                pending.extend([*chain, (open_at, _rstrip(text, open_at, p_end))])
                open_at, chain = None, []
            else:
                quotes.append(pending)
                pending = None
        quotes.extend(spans)
        n += 1
        if open_at is not None:
            piece = (open_at, _rstrip(text, open_at, p_end))
            nxt = paragraphs[n] if n < len(paragraphs) else None
            if nxt and _opens_with_mark(text, *nxt):
                pending = [*chain, piece]
            elif nxt and (run := _run_on(text, paragraphs, n)) is not None:
                pieces, n, resume = run
                quotes.append([*chain, piece, *pieces] if _has_words(text, *piece) else [*chain, *pieces])
            elif chain or len(text[piece[0]:piece[1]].split()) >= 4:
                quotes.append([*chain, piece])  # never closed: the quote runs to the paragraph end
    if pending is not None:
        quotes.append(pending)
    return [q for q in quotes if any(_has_words(text, s, e) for s, e in q)]


_RUN_ON_PARAGRAPHS = 4  # how far a quote left open may run on through unmarked paragraphs to its closing mark


def _run_on(text: str, paragraphs: list[tuple[int, int]], n: int):
    """A quote left open that goes on in the next paragraphs without reopening, up to the closing mark that
    ends it with words before it ('"We are ready.' / 'We will win," he said.'): text with a paragraph per
    sentence. Its pieces, the paragraph it closes in and where that paragraph's own marks begin; None when a
    new quotation opens or no mark closes it first."""
    pieces = []
    for m in range(n, min(n + _RUN_ON_PARAGRAPHS, len(paragraphs))):
        start, end = paragraphs[m]
        mark = _first_double(text, start, end)
        if mark is None:
            pieces.append((start, _rstrip(text, start, end)))
            continue
        at, kind = mark
        if kind != "close" or not _has_words(text, start, at) or _signature(text[start:at]):
            return None
        width = 2 if text[at] in "'`" else 1
        pieces.append((start, at + width))
        return pieces, m, at + width
    return None


def _signature(words: str) -> bool:
    """'Donald Trump."', 'Former party chair Ann Holt."', 'Ann Holt, party chair."' under an epigraph: a name,
    with its role before or after it, signs the quotation above it and says none of it."""
    words = words.strip()
    if not words.endswith(".") or len(words.split()) > LONGEST_NAME + 2:
        return False
    name = words.split(",")[0].split() if "," in words else words.rstrip(".").split()[-2:]
    return len(name) <= LONGEST_NAME and all(w[0].isupper() for w in name + words.split()[:1])


def _first_double(text: str, start: int, end: int) -> tuple[int, str] | None:
    for m in _MARK_RE.finditer(text, start, end):
        role = _role(text, m.start())
        if role is not None and role[0] == "double":
            return m.start(), role[1]
    return None


def _has_words(text: str, start: int, end: int) -> bool:
    return any(c.isalnum() for c in text[start:end])


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return end
