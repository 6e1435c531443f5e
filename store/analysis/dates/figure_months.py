"""A bare month whose figures are told of: "the June export figures, due out on Friday", told in August.

Told ahead ("to be reported", "will be revised"), a bare month reads as the next one of its name, a year on. But a
month's figures come out after it ends, a few weeks to a quarter later: the figures of a month still to come next
year are not what a report looks ahead to, the figures of one of the last three months are. Later than that
("figures for November will show", told in August) the month may well be the coming one, and stays.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

# nouns of a month's figures: "the February figures", "figures for February", "the January deficit"
_FIGURES = {"figures", "figure", "data", "statistics", "numbers", "results", "report", "index", "deficit", "surplus"}
_MONTHS_BACK = 3  # how late a month's figures can come out and still be looked ahead to


def _figures_of(doc: Doc, s: int, e: int) -> bool:
    """ "figures for June", "the June export figures", "the total June deficit of 2 billion": a
    month whose figures are told of (the noun after it, or the noun its words modify a few words on)."""
    before = [t.lower_ for t in doc[max(0, s - 2) : s]]
    after = [t.lower_ for t in doc[e : e + 2]]
    if (len(before) == 2 and before[1] == "for" and before[0] in _FIGURES) or any(w in _FIGURES for w in after):
        return True
    head = doc[s]
    for _ in range(4):  # "the June monthly export figures": up through the compound nouns
        if head.head.i == head.i or head.head.i < s or head.head.i > e + 4:
            return False
        head = head.head
        if head.lower_ in _FIGURES:
            return True
        if head.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return False
    return False


def _names_a_thing(doc: Doc, s: int, e: int) -> bool:
    """ "the January dismissal of the harbour master", "since the February summit", "after a sharp January rise": a
    month written before the noun it dates, as a word of that noun's name. Such a thing, told of a month or two after the
    month, is the one just gone: one a year ahead would be called "next January's"."""
    if e - s != 1 or e >= len(doc):
        return False
    month, noun = doc[s], doc[s].head
    # the noun straight after the month, or after words of its name between ("the July wage agreement")
    return (
        month.dep_ in ("compound", "nmod", "amod", "npadvmod")
        and e <= noun.i <= e + 2
        and noun.pos_ == "NOUN"
        and all(t.head.i == noun.i and t.dep_ in ("compound", "amod") for t in doc[e:noun.i])
    )


def figures_month(doc: Doc, s: int, e: int, value: str, ref: date | None) -> str | None:
    """The month a year back ("2031-06") when the bare month at s:e, read as `value` ("2032-06"), lies a year on
    from one of the last three months before the report and its figures are told of, or it is written before the
    noun of what happened in it; otherwise None."""
    if ref is None or len(value) != 7 or not (_figures_of(doc, s, e) or _names_a_thing(doc, s, e)):
        return None
    year, month = int(value[:4]) - 1, int(value[5:])
    back = (ref.year - year) * 12 + ref.month - month  # months from that month to the report's
    return f"{year:04d}-{month:02d}" if 1 <= back <= _MONTHS_BACK else None
