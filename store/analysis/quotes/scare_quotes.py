"""What is no quote of its own: quoted terms and headings, and a report nested in another."""

from __future__ import annotations

import re
from dataclasses import replace

from ..types import Quote
from .cue_table import cues
from .speaker_runs import inherit


def _words(text: str) -> int:
    return sum(any(c.isalnum() for c in w) for w in text.split())


def drop_scare_quotes(text: str, quotes: list[Quote]) -> list[Quote]:
    """Keep quotations, not quoted terms: titles, nicknames and scare quotes are not quotes.

    Words quoted inside reported content are already shown by the mixed quote, as one part of
    the statement ("stressed that ties have “stood the test” and remain …"): listing them again
    splits one statement in two (PolNeAR never counts them twice either). Elsewhere a short
    quote needs a speech cue right beside it ("“We'll see,” he said").
    """
    mixed = [q for q in quotes if q.kind == "mixed"]
    out = []
    for q in quotes:
        if q.kind == "direct" and any(_programme(text, span) for span in q.spans):
            spans = tuple(span for span in q.spans if not _programme(text, span))
            if not spans:
                continue
            start, end = spans[0][0], spans[-1][1]  # 'told ABC's "Good Morning America." "When you …"'
            q = replace(q, start=start, end=end, text=text[start:end], spans=spans)
        if q.kind == "direct":
            words = _words(q.text)
            if any(m.start <= q.start and q.end <= m.end for m in mixed):
                continue
            if q.cue is None and q.speaker is None and _quoted_heading(text, q):
                continue
            elif words <= 6 and _embedded(text, q.start) and not (q.cue_start is not None and 0 <= q.start - q.cue_start <= 30) \
                    and not _called_as(text, q):
                continue  # a phrase quoted inside a sentence: a term, a title or a fragment of one
            elif words <= 3:
                near = q.cue_start is not None and (0 <= q.cue_start - q.end <= 25 or 0 <= q.start - q.cue_end <= 25)
                if not ((near or _opens_attributed_sentence(text, q)) and q.speaker_start is not None):
                    continue
        out.append(q)
    return out


def _opens_attributed_sentence(text: str, q: Quote) -> bool:
    """'“It worked,” SpaceX founder Elon Musk told reporters': a short quote that opens its sentence and
    closes on a comma, question or exclamation mark inside the marks is what the attribution after it
    reports, however long the speaker's description; a quoted term never ends that way."""
    if q.cue_start is None or not 0 <= q.cue_start - q.end <= 90:
        return False
    before = text[:q.start].rstrip(" \t")
    if before and not before.endswith(("\n", ".", "!", "?", "”", '"')):
        return False
    if not q.text.rstrip("\"”’'").endswith((",", "?", "!")):
        return False
    return not re.search(r"[.;:!?\n]", text[q.end:q.cue_start])


def _called_as(text: str, q: Quote) -> bool:
    """'Trump characterized the call with Zelensky as "perfectly fine and routine."': a verdict a named source
    gave, quoted a few words after its verb, ending the sentence."""
    if q.cue_start is None or q.speaker_start is None or not 0 <= q.start - q.cue_start <= 80:
        return False
    between = text[q.cue_end:q.start]
    return bool(re.search(r"\b(?:as|a|an)\s*$", between)) and not re.search(r"[.;!?]", between) and \
        q.text.rstrip("\"”’'").endswith((".", "!", "?"))


# 'told MSNBC's "Morning Joe"', 'said on "Meet the Press."', 'said on the podcast “Here's the Thing.”': the show
# a source spoke on, named in quotation marks
_SHOW_BEFORE = re.compile(r"\b(?:told|tells?|telling|on)\s+(?:[A-Z][\w.&-]*(?:'s|’s)\s+)?$|"
                          r"\bon\s+(?:the|his|her|their|a)\s+(?:[\w.&-]+\s+){0,2}"
                          r"(?:show|program|programme|podcast|broadcast)\s+$")
_SMALL_WORDS = {"a", "an", "and", "the", "of", "on", "in", "with", "for", "to", "at", "by", "from", "or", "&"}


# 'in his 2012 book, “A Life Abroad”', 'the television program “Evening Hour”', 'an essay titled “Why We Build”',
# 'in an interview with “Sunday Politics”': a work or broadcast named by its title in quotation marks
_WORKS = "|".join(re.escape(w) for w in cues()["work_nouns"])
_WORK_BEFORE = re.compile(rf"\b(?:{_WORKS})s?(?:\s+(?:titled|entitled|called))?\s*,?\s*$|\binterview\s+with\s+$",
                          re.IGNORECASE)


def _programme(text: str, span: tuple[int, int]) -> bool:
    """The quoted words are a programme's title in Title Case (at most seven words) right after "told" or "on",
    or a work's title (at most ten) right after a noun naming the work."""
    words = text[span[0]:span[1]].strip("\"“”'‘’ .,").split()
    if not words:
        return False
    if not (len(words) <= 7 and _SHOW_BEFORE.search(text, max(0, span[0] - 40), span[0]) or
            len(words) <= 10 and _WORK_BEFORE.search(text, max(0, span[0] - 40), span[0])):
        return False
    return all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words if w[0].isalnum() or w == "&") and \
        words[0][0].isupper()


def titles_only(text: str, spans) -> bool:
    """Every quotation of a direct quote is a work's or a programme's title: it quotes no one's words."""
    return bool(spans) and all(_programme(text, span) for span in spans)


def _quoted_heading(text: str, q: Quote) -> bool:
    """A short line that is nothing but an unpunctuated quotation: a headline quoting the story."""
    line_start = text.rfind("\n", 0, q.start) + 1
    line_end = text.find("\n", q.end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    inner = q.text.strip("\"“”'‘’«» ")
    return line == q.text.strip() and _words(inner) <= 10 and not inner.endswith((".", "!", "?", ","))


def echoed_headings(text: str, quotes: list[Quote]) -> list[Quote]:
    """A quoted subheading that repeats words of a quote attributed below it belongs to that speaker.

    '“Always together then and now”' over '“We were always together then and we remain together
    now,” he said': the heading quotes the speaker, it is no headline of the writer's own.
    """
    out = []
    for n, q in enumerate(quotes):
        if q.kind == "direct" and q.cue is None and q.speaker is None and _quoted_heading(text, q):
            words = _word_set(q.text)
            source = next((o for o in quotes[n + 1:] if o.speaker is not None and o.kind != "indirect" and
                           len(words) >= 2 and len(words & _word_set(o.text)) >= 0.8 * len(words)), None)
            if source is not None:
                q = inherit(q, source)
        out.append(q)
    return out


def _word_set(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower())}


def _embedded(text: str, start: int) -> bool:
    """The quote opens mid-sentence: not at a paragraph start, nor after a sentence end, colon or comma."""
    before = text[text.rfind("\n", 0, start) + 1:start].rstrip()
    while before and before[-1] in "\"“”'‘’":
        before = before[:-1].rstrip()
    return bool(before) and before[-1] not in ".?!:,;—–-"


def drop_nested(quotes: list[Quote]) -> list[Quote]:
    """One attribution per stretch of reported content: a quote inside another's reported content goes.

    "He said she thinks the plan will fail" reports one thing; the inner cue only colours it. A
    direct quote inside a mixed quote was already judged by drop_scare_quotes.
    """
    relaying = {m for m, o in enumerate(quotes) if any(_relays(o, q) for q in quotes)}
    quotes = [q for m, q in enumerate(quotes) if m not in relaying]
    out = []
    for n, q in enumerate(quotes):
        inside = False
        for m, o in enumerate(quotes):
            if m == n or o.kind == "direct" or not (o.start <= q.start and q.end <= o.end):
                continue
            if q.kind == "direct" and o.kind == "mixed":  # drop_scare_quotes kept it as a real stretch of speech
                continue
            if (o.start, o.end) != (q.start, q.end) or m < n:
                inside = True
                break
        if not inside:
            out.append(q)
    return out


def _relays(outer: Quote, inner: Quote) -> bool:
    """'Pelosi called Trump's conduct a "breach of his …," according to NBC': the quoted words are the named
    person's, and the outlet only passes them on."""
    return outer.cue == "according to" and inner.kind == "mixed" and inner is not outer and \
        outer.start <= inner.start and inner.end <= outer.end and bool(inner.speaker) and \
        inner.speaker[:1].isupper() and inner.speaker_start is not None and \
        outer.start <= inner.speaker_start < outer.end
