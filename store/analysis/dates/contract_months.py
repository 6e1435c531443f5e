"""A bare month that names a contract: "October crude stood higher", "December bonds fell", "for March delivery".

A market quotes its contracts by the month of delivery, and a contract still trading is for this month or one
ahead; the price moves now, so the verb's past tense says nothing of the month. Read like any bare month told in
the past, "October crude" in a late-August report would be last October. A month the report has just left stays
where the tense put it ("the July contract expired"), as does a month after a preposition of time ("in October
crude output fell"): there the month dates the deed, not the goods.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from .lexicon import CONTRACT_NOUNS


def contract_month(doc: Doc, s: int, e: int, value: str, ref: date | None) -> str | None:
    """The month ahead ("1996-10") for a bare month (tokens s:e, read as `value`) that modifies a traded good or
    contract, when it was read two months or more behind the report; otherwise None."""
    if ref is None or e - s != 1 or e >= len(doc) or len(value) != 7:
        return None
    year, month = int(value[:4]), int(value[5:])
    if (ref.year - year) * 12 + ref.month - month < 2:
        return None
    words = {doc[e].lower_}
    if e + 2 < len(doc) and doc[e + 1].text == "-" and not doc[e].whitespace_ and not doc[e + 1].whitespace_:
        words.add(f"{doc[e].lower_}-{doc[e + 2].lower_}")  # "T-bonds", which the tokenizer splits
    if not words & CONTRACT_NOUNS or doc[s].head.i <= s:
        return None
    if s > 0 and doc[s - 1].pos_ == "ADP" and doc[s - 1].lower_ not in ("for", "of"):
        return None  # "in October crude output fell": the month of the deed
    ahead = ref.year if month >= ref.month else ref.year + 1
    return f"{ahead:04d}-{month:02d}"
