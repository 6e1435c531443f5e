"""The last day of a run: "On the last day, she gave her speech", "the last night of the convention", "his last day
in office". After an article or a possessive, "last" picks the end of a stretch the story tells, not the day before
the report, which is what "last night" alone means; read so, the convention's closing night became the eve of
publication. No calendar word places such a day, so it is left out, as a day of an unnamed stretch is. "Over the
last day" (the hours up to the report) keeps its reading.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import PARTS_OF_DAY

# words before "last" that make it the last of a run ("the last night of the fair"), not the night before
_LAST_OF = {"the", "a", "his", "her", "its", "their", "my", "our", "your", "whose", "very"}
_SPAN_OF_TIME = {"over", "for", "in", "within", "past"}  # "prices fell over the last day": up to the report


def last_of_a_run(doc: Doc, s: int, e: int) -> bool:
    """Whether tokens s:e are "the last day", "(his) last night", "the very last evening" of a run."""
    words = [t.lower_ for t in doc[s:e]]
    if len(words) < 2 or words[-2] != "last" or (words[-1] != "day" and words[-1] not in PARTS_OF_DAY):
        return False
    k = s + len(words) - 3  # the word before "last", in the span or just before it
    while k >= 0 and doc[k].lower_ == "very":
        k -= 1
    if k < 0 or not opens_a_run(doc[k]):
        return False
    return k == 0 or doc[k - 1].lower_ not in _SPAN_OF_TIME


def opens_a_run(before: Token) -> bool:
    """Whether the word before "last" makes it the last of a run: an article, a possessive, "very"."""
    return before.lower_ in _LAST_OF or before.text.endswith(("'s", "’s"))
