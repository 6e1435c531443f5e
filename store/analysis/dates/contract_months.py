"""A bare month that names a contract: "October crude stood higher", "December bonds fell", "for March delivery".

A market quotes its contracts by the month of delivery, and a contract still trading is for this month or one
ahead; the price moves now, so the verb's past tense says nothing of the month. Read like any bare month told in
the past, "October crude" in a late-August report would be last October. So would a month a dealer quotes a price
for ("fetched 410 for Mar/Apr", "June at 212.50") in a sentence of prices. A month the report has just left stays
where the tense put it ("the July contract expired"), as does a month after a preposition of time ("in October
crude output fell"): there the month dates the deed, not the goods.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from ..doctext import text_of
from .lexicon import CONTRACT_INSTRUMENT_NOUNS, CONTRACT_MONTH_MOVES, CONTRACT_MONTH_QUALIFIERS, CONTRACT_NOUNS, MONTHS
from .token_shapes import glued_length, year_word

# a price quoted by the unit of a traded good, or a dealer's verb: the sentence is a market's prices, not figures
_QUOTED = re.compile(
    r"(?i)\b(?:per|a) (?:tonne|ton|lb|pound|ounce|barrel|bushel|gallon|bag)\b|\b(?:fob|cif|c and f)\b"
    r"|\b(?:traded|trading|offered|bid|asked|quoted|paid)\b"
)
_FUTURES = re.compile(r"(?i)\bfutures\b")
# a price or its move: "4.10", "12-1/2", "up", "unchanged"; a year ("since 1984") is no price
_PRICE = re.compile(r"(?i)^(?:\d(?!\d{3}$)[\d.,/-]*|up|down|unchanged|higher|lower|steady|firm|firmer|easier)$")
_CLAUSE_OPENERS = frozenset({"and", "with", "while", "but", ",", ";", "--", "(", "."})


def contract_month(doc: Doc, s: int, e: int, value: str, ref: date | None) -> str | None:
    """The month ahead ("1996-10") for a bare month (tokens s:e, read as `value`) that modifies a traded good or
    contract, when it was read two months or more behind the report; otherwise None."""
    if ref is None or e - s != 1 or len(value) != 7:
        return None
    year, month = int(value[:4]), int(value[5:])
    listed = _month_list(doc, s, e)
    # a month just gone may be the contract expiring; in a list of contracts it is the one a year on, as the
    # months after it are
    if (ref.year - year) * 12 + ref.month - month < (1 if listed else 2):
        return None
    ahead = f"{ref.year if month >= ref.month else ref.year + 1:04d}-{month:02d}"
    if _quoted_position(doc, s, e) or _traded_month(doc, s, e):
        return ahead
    s, e = listed or (s, e)
    if glued_length(doc, e):
        e += 3  # "June 10-year bond futures", "April 15-day forward Brent": the length is the contract's own
        if e + 1 < len(doc) and doc[e].lower_ == "forward":
            e += 1
    if e >= len(doc):
        return None
    words = {doc[e].lower_}
    if e + 2 < len(doc) and doc[e + 1].text == "-" and not doc[e].whitespace_ and not doc[e + 1].whitespace_:
        words.add(f"{doc[e].lower_}-{doc[e + 2].lower_}")  # "T-bonds", which the tokenizer splits
    if not (words & CONTRACT_NOUNS or _instrument_head(doc, s, e)) or (doc[s].head.i <= s and not listed):
        return None
    if s > 0 and doc[s - 1].pos_ == "ADP" and doc[s - 1].lower_ not in ("for", "of"):
        return None  # "in October crude output fell": the month of the deed
    return ahead


def _instrument_head(doc: Doc, s: int, e: int) -> bool:
    """ "June share price index futures", "June T-bond futures", "June Treasury bonds": the month and the words after
    it name one instrument, whose noun the parser makes the month's head a few words on; only nouns nothing but an
    instrument is (not "June export shipments", which were shipped)."""
    head = doc[e - 1]
    while head.dep_ in ("compound", "nmod") and head.i < head.head.i <= e + 4:  # "September Treasury bond futures"
        head = head.head
    if head.i < e or head.lower_ not in CONTRACT_INSTRUMENT_NOUNS:
        return False
    return all(t.pos_ in ("PROPN", "NOUN", "NUM", "ADJ") or t.text == "-" for t in doc[e:head.i])


def _month_list(doc: Doc, s: int, e: int) -> tuple[int, int] | None:
    """The bounds of the list of bare months the month at s:e is one of ("for March, May and July delivery"), or
    None: the noun after the last month, and the word before the first, say what every month of the list names,
    while the parser hangs the months on one another or on the preposition instead of on the noun."""
    first, last = s, e
    while first >= 2 and doc[first - 1].lower_ in (",", "and", "or") and _bare_month(doc, first - 2):
        first -= 2
    while _bare_month(doc, last + 1) and doc[last].lower_ in (",", "and", "or"):
        last += 2
    return (first, last) if last - first > 1 else None


def _bare_month(doc: Doc, i: int) -> bool:
    return 0 <= i < len(doc) and doc[i].lower_ in MONTHS and doc[i].is_title and not (
        i + 1 < len(doc) and doc[i + 1].like_num
    )


def _month(doc: Doc, i: int) -> bool:
    return 0 <= i < len(doc) and doc[i].lower_.rstrip(".") in MONTHS


def _quoted_position(doc: Doc, s: int, e: int) -> bool:
    """ "Feb/Mar loadings", "fetched 410 for Mar/Apr", "215 dlrs and June at 212.50", in a sentence of a market's
    prices: a dealer names the shipment or delivery month a price is for, which is still ahead. A pair of months
    joined by a slash is one such period; so is a month a price is quoted for or at."""
    first, last = s, e  # the month, or the slash pair it is one side of
    if _month(doc, e + 1) and doc[e].text == "/":
        last = e + 2
    elif _month(doc, s - 2) and doc[s - 1].text == "/":
        first = s - 2
    after = doc[last].lower_ if last < len(doc) else ""
    priced = (first > 0 and doc[first - 1].lower_ == "for") or (
        after == "at" and last + 1 < len(doc) and doc[last + 1].like_num
    ) or _basis(doc, first)
    paired = last - first == 3 and (priced or after in CONTRACT_NOUNS)
    return (paired or priced) and bool(_QUOTED.search(doc[s].sent.text))


def _basis(doc: Doc, first: int) -> bool:
    """ "sold for June loading at 15 cents over July", "30 under March": a cash price quoted as a premium
    or discount to a futures contract, which is one still trading."""
    if first < 2 or doc[first - 1].lower_ not in ("over", "under", "ov", "un"):
        return False
    k = first - 2
    if doc[k].lower_ in ("cents", "cent", "cts", "points", "dlrs") and k > 0:
        k -= 1
    return doc[k].like_num and not year_word(doc[k])


def _traded_month(doc: Doc, s: int, e: int) -> bool:
    """ "September was four cents higher", "with March at 98.10", "new crop July unchanged", "buyers of March", in a
    futures report: the month is the contract itself, the subject whose price moved, with no noun after it to say
    so. A month after a trader's word ("near", "new crop") is one unless a noun follows ("the key June meeting");
    a month opening its clause is one only when a price follows within four words; one after "in" or "since"
    dates a deed, and a year after it ("March was the worst since 1984") is no price."""
    if not _FUTURES.search(text_of(doc)):
        return False
    before = doc[s - 1].lower_ if s > 0 else "."
    if before == "of":
        return s > 1 and doc[s - 2].lower_ in ("buyers", "sellers")
    if before == "by" and s > 1 and doc[s - 2].lower_ in ("paced", "led"):
        return True  # "gains of a cent or so, paced by <Month>": the contract that moved most
    if before in CONTRACT_MONTH_QUALIFIERS and (e >= len(doc) or doc[e].pos_ not in ("NOUN", "PROPN")):
        return True  # "an aggressive buyer of new crop March.", "near September traded at its low": no other noun
    if not (s == doc[s].sent.start or before in _CLAUSE_OPENERS or before in CONTRACT_MONTH_QUALIFIERS):
        return False
    if e >= len(doc) or doc[e].lower_ not in CONTRACT_MONTH_MOVES:
        return False
    end = min(e + 5, doc[s].sent.end)
    return any(_PRICE.match(doc[i].text) for i in range(e, end))
