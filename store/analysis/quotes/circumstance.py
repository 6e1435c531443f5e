"""When and where words were said is the writer's, not the quote's: 'Erdogan said, "They need to stand by us",
while addressing the press', 'the mayor said, "We will rebuild", during a visit to the site'. The parse hangs the
circumstance on the quoted clause, so the content runs past the closing mark and the quotation would turn mixed;
a content that opens with the quotation right after its cue and goes on past its close, after a comma, only with
such a phrase is the quotation alone (a direct quote), whichever convention counts it (names, PolNeAR).

The same holds inside a naming or judging report ('blasted the plan as a “giveaway” Tuesday on a radio show',
'called the mayor a “failure” during a town hall'; cue_finder's object path and _quoted_as): the parse hangs the
day or the occasion on the quoted noun, so the report would run on past the closing mark; it ends with the
quotation instead. Only a weekday, 'yesterday', 'today' or 'tonight' (bare or after 'on'), or a 'during' phrase,
counts, and only straight after the closing mark: 'described growth as “weak” in the first half' keeps its 'in'
phrase, which may be what was described.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..dates.lexicon import WEEKDAYS

_CIRCUMSTANCE = re.compile(r",?\s+(?:while|whilst|during|after|before|when|amid|following|upon)\b")
_OPENING = "\"“‘'"
_CLOSING = "\"”’'"


def quotation_then_circumstance(text: str, mask: bytearray, spans, cue_end: int):
    """The spans of a content cut to the quotation it opens with, when only a circumstance follows it."""
    if len(spans) != 1:
        return spans
    s, e = spans[0]
    if s > 0 and text[s] not in _OPENING and text[s - 1] in _OPENING:
        s -= 1  # the content the parse gives may begin after the opening mark
    if s < cue_end or text[s] not in _OPENING or not mask[s + 1]:
        return spans
    end = s + 1
    while end < e and (mask[end] or not text[end].isalnum()) and text[end] != "\n":
        end += 1
    quoted = text[s:end].rstrip()
    quoted = quoted.rstrip(",.")  # a comma after the closing mark is no part of the quotation
    if len(quoted) < 3 or quoted[-1] not in _CLOSING or not _CIRCUMSTANCE.match(text, s + len(quoted), e):
        return spans
    if quoted[-2] != "," and text[s + len(quoted)] != ",":
        return spans  # 'said "prices will fall" after the strike ends': with no comma, the time may be the claim's
    return [(s, s + len(quoted))]


# the weekdays written whole, and the days told from the report's ('tomorrow' is never the day of a saying)
_DAYS = frozenset(w for w in WEEKDAYS if w.endswith("day")) | {"yesterday", "today", "tonight"}


def _when_opens(doc: Doc, i: int) -> bool:
    """Token i opens a time or occasion of the saying: a day, 'on' + a day, or 'during'."""
    t = doc[i]
    if t.lower_ == "during" or t.lower_ in _DAYS:
        return True
    return t.lower_ == "on" and i + 1 < len(doc) and doc[i + 1].lower_ in _DAYS


def quotation_before_when(doc: Doc, mask: bytearray, lo: int, hi: int) -> int:
    """The last token of a report's phrase lo..hi cut at the closing mark of its last quotation when a day or a
    'during' phrase follows that mark straight and nothing after it is quoted."""
    last = next((i for i in range(hi, lo - 1, -1) if mask[doc[i].idx] and not doc[i].is_space), None)
    if last is None or last >= hi:
        return hi
    close = last + 1 if doc[last + 1].is_quote and doc[last + 1].text not in ("'", "‘") else last
    if close >= hi or not doc[close].is_quote and not doc[close].is_punct:
        return hi  # the quotation has no closing mark here
    after = close + 1
    if doc[after].text == "," and after < hi:
        after += 1
    return close if _when_opens(doc, after) else hi
