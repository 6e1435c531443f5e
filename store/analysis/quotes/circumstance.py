"""When and where words were said is the writer's, not the quote's: 'Erdogan said, "They need to stand by us",
while addressing the press', 'the mayor said, "We will rebuild", during a visit to the site'. The parse hangs the
circumstance on the quoted clause, so the content runs past the closing mark and the quotation would turn mixed;
a content that opens with the quotation right after its cue and goes on past its close, after a comma, only with
such a phrase is the quotation alone (a direct quote), whichever convention counts it (names, PolNeAR).
"""

from __future__ import annotations

import re

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
