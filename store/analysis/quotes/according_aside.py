"""The writer's own words after an 'according to X' that closes a report.

"Some 59 percent view her unfavorably, according to a poll last week - virtually the same as her rival's figure",
"…, according to the survey, even as turnout fell", "…, according to exit polls (a sizable margin …)": when the
reported clause is whole before the cue, what a dash, a bracket or 'even as' opens after the source is the writer
comparing or weighing the figure, not more of the source's report. (Not "was, according to X, among the dead",
where the clause goes on after the source with no such opener; nor ", although …", which the report keeps about as
often as not.)
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..entities.vocabulary import DASHES

_OPENERS = {"(", "["}


def writers_aside(doc: Doc, head: Token, cue: Token, cut_hi: int) -> bool:
    """The stretch after the source (from token cut_hi + 1) is the writer's aside on a clause whole before the cue."""
    if head.i >= cue.i or head.right_edge.i <= cut_hi:
        return False  # the clause's verb comes after the source: what follows is the report itself
    i = cut_hi + 1
    while i < len(doc) and doc[i].text == ",":
        i += 1
    if i >= len(doc):
        return False
    first = doc[i]
    if first.text in DASHES or first.text in _OPENERS:
        return True
    return first.lower_ == "even" and i + 1 < len(doc) and doc[i + 1].lower_ in ("as", "though")
