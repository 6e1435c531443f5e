"""A speaker going on talking: the quotes after an attributed one that keep its speaker."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ..types import Quote
from .speakers.words import PERSONAL, SUBJECT_PRONOUNS


def inherit(q: Quote, src: Quote) -> Quote:
    return Quote(q.start, q.end, q.text, q.spans, q.kind, src.speaker, src.speaker_start, src.speaker_end,
                 None, None, None)


def continue_speakers(text: str, quotes: list[Quote]) -> list[Quote]:
    """A bare direct quote right after an attributed one (same or next paragraph) keeps its speaker.

    When it follows an attributed direct quote in the same paragraph ('…,” she told ABC's “This Week.”
    “…”', the title between dropped) or fills the next paragraph on its own, the speaker simply goes on
    talking: it becomes another piece of that quote.
    """
    out: list[Quote] = []
    for q in quotes:
        if q.kind == "direct" and q.cue is None and q.speaker is None and out:
            prev = out[-1]
            between = text[prev.end:q.start]
            if prev.speaker is not None and "\n" not in between and len(between) < 200 and \
                    prev.kind == "direct" and prev.cue_start is not None:
                out[-1] = _extend(text, prev, q)
                continue
            if _attribution_ends_before(text, prev, q) or prev.speaker is not None and \
                    _paragraph_is_quote(text, q.start) and _whole_paragraph(text, q) and \
                    _about_the_speaker(between, prev.speaker):
                q = inherit(q, prev)
            elif prev.speaker is not None and between.count("\n") <= 2 and len(between) < 400 and \
                    _paragraph_is_quote(text, q.start):
                if prev.kind == "direct" and prev.cue_start is not None and _whole_paragraph(text, q):
                    out[-1] = _extend(text, prev, q)
                    continue
                q = inherit(q, prev)
        out.append(q)
    return out


def _about_the_speaker(between: str, speaker: str) -> bool:
    """'He said the greatest fear … / He did not name Deng Xiaoping … / "These fears are unfounded …"': one
    paragraph of the writer's own about the speaker ("He …", their surname) between their words and a
    quotation standing alone keeps them the speaker."""
    rest, *lines = between.split("\n")  # what ends the speaker's paragraph (", he said."), then the others
    paragraphs = [p.strip() for p in lines if p.strip()]
    if len(rest) > 80 or len(paragraphs) != 1 or len(paragraphs[0]) > 300:
        return False
    first = paragraphs[0].split()[0]
    return first in ("He", "She") or first in speaker.split()[-1:]


def _attribution_ends_before(text: str, prev: Quote, q: Quote) -> bool:
    """'…, Martin said. “The major story will be …”', 'He said that … . “But on the whole …”': the sentence
    before, in the same paragraph, reports its speaker's words; the quote that follows is that speaker's."""
    if prev.speaker is None or prev.speaker_start is None or prev.speaker_end is None or prev.cue_end is None or \
            prev.kind == "direct":
        return False
    said = max(prev.end, prev.speaker_end, prev.cue_end)
    return said <= q.start and text[said:q.start].strip() == "."


def _whole_paragraph(text: str, q: Quote) -> bool:
    line_end = text.find("\n", q.end)
    return text[q.end:len(text) if line_end < 0 else line_end].strip() == ""


def _extend(text: str, prev: Quote, q: Quote) -> Quote:
    return Quote(prev.start, q.end, text[prev.start:q.end], prev.spans + q.spans, prev.kind, prev.speaker,
                 prev.speaker_start, prev.speaker_end, prev.cue, prev.cue_start, prev.cue_end)


def _paragraph_is_quote(text: str, start: int) -> bool:
    """The quote opens its paragraph, so nothing in between could name another source."""
    line_start = text.rfind("\n", 0, start) + 1
    return text[line_start:start].strip() == ""


# "he" or "she" -> a woman?: the gender a run's speaker must have for the pronoun to go on with it
_HE_SHE = {w: PERSONAL[w] == "f" for w in SUBJECT_PRONOUNS & PERSONAL.keys()}


def keep_run_speakers(text: str, mask: bytearray, quotes: list[Quote], female: set[str]) -> list[Quote]:
    """Paragraphs that are wholly quotation keep the speaker last introduced until another one is.

    '“… John Carver promised us money.” / “Nothing came,” he said.': a person named inside the
    quotes is talked about, not introduced, so the pronoun goes on with the speaker of the run. A
    paragraph of the writer's own ends the run; a named source in it (a name, a dash byline) starts one.
    """
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    wholly = [_wholly_quoted(text, mask, a, text.find("\n", a) if text.find("\n", a) >= 0 else len(text))
              for a in starts]
    out: list[Quote] = []
    run: Quote | None = None
    last = -1
    for q in quotes:
        p0, p1 = bisect.bisect_right(starts, q.start) - 1, bisect.bisect_right(starts, max(q.start, q.end - 1)) - 1
        inside = all(wholly[p] for p in range(p0, p1 + 1))
        joined = run is not None and inside and all(wholly[p] or not text[starts[p]:starts[p + 1]].strip()
                                                     for p in range(last + 1, p0))
        mention = text[q.speaker_start:q.speaker_end].lower() if q.speaker_start is not None else None
        if joined and run.speaker != q.speaker and (mention is None and q.cue is None or mention in _HE_SHE and
                                                    _HE_SHE[mention] == (run.speaker in female) and
                                                    _named_only_in_quotes(text, mask, q.speaker, q.speaker_start)):
            q = replace(q, speaker=run.speaker) if mention else \
                replace(q, speaker=run.speaker, speaker_start=run.speaker_start, speaker_end=run.speaker_end)
        if q.speaker is not None and (joined or not inside or run is None):
            run = q if not joined or mention not in _HE_SHE else run
        elif not joined:
            run = None
        last = p1
        out.append(q)
    return out


def _wholly_quoted(text: str, mask: bytearray, start: int, end: int) -> bool:
    """The paragraph opens with a quotation and has no more than an attribution clause outside it."""
    body = text[start:end]
    lead = len(body) - len(body.lstrip())
    if not body.strip() or not mask[start + lead]:
        return False
    outside = "".join(c if not mask[start + i] else " " for i, c in enumerate(body))
    return len(re.findall(r"\w+", outside)) <= 6


def _named_only_in_quotes(text: str, mask: bytearray, name: str | None, before: int) -> bool:
    """The person's latest mention before `before` lies inside quotation marks."""
    if not name or not name.split():  # an anonymous source names no one
        return False
    word = name.split()[-1]
    at = text.rfind(word, 0, before)
    return at >= 0 and bool(mask[at])
