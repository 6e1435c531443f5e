"""A report that ends with another source and cue: 'Officials expect X, the agency's chief told reporters.'

When a sentence opens with one source's view and ends on a second source named last, the parse may hang the
second cue inside the first one's complement: 'the agency expects' then seems to report the chief's name and
'told reporters' too ('…, a daily paper reported' after a minister's words, '…, its president said before the
meeting' after a company's forecast). The words after the comma are who passed the report on, not part of it: the
first report stops at that comma, and is no report at all when nothing comes before it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .cue_table import cues
from .trailing import trailing_report

_PASSING_ON = frozenset(cues()["later_source_verbs"])


def before_later_source(doc: Doc, cue: Token, lo: int, hi: int, mask: bytearray) -> int:
    """The content's last token lo..hi once a sentence-final '…, SOURCE CUE.' inside it is cut off (lo - 1 when
    the content is only that source and cue); hi when there is none."""
    for t in doc[max(lo, cue.i + 1):hi + 1]:
        if t.pos_ != "VERB" or t.lemma_.lower() not in _PASSING_ON:
            continue
        found = trailing_report(t, mask)
        if found is None or found[2] is None or found[0] > cue.i:
            continue  # the later cue must report the words around the first one, and name its source
        comma = found[1] + 1
        if doc[comma].text == "," and comma >= lo - 1:
            return comma - 1
    return hi
