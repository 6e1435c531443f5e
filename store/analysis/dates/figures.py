"""Four-digit numbers the model tags DATE that are no years: a measure, a label's number, a code, a table's figure.

"785 miles (1260 kilometers)", "flight 1344", "room 1201", "Indonesia's PPN 2058, 2444": the small
model reads any four digits as a year. A wrong year is worse than none: the Dates panel and the
library's Timeline (which opens on its earliest date) show it. A year used as a year ("in 1986",
"the 1990 budget", "1987 wheat") has none of these words beside it and stays.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..doctext import text_of
from .lexicon import MONTHS, WEEKDAYS

# what a number counts or measures when it stands just before it
_MEASURES = {
    "kilometers", "kilometres", "km", "miles", "mi", "metres", "meters", "feet", "ft", "yards", "inches",
    "tonnes", "tons", "kg", "kilograms", "pounds", "lbs", "grams", "dlrs", "dollars", "stg", "yen", "marks",
    "francs", "guilders", "lire", "pesos", "rupees", "yuan", "euros", "pct", "percent", "%", "shares", "barrels",
    "bpd", "acres", "hectares", "people", "persons", "passengers", "employees", "workers", "troops", "soldiers",
    "homes", "houses", "vehicles", "copies", "tickets", "seats", "beds", "likes", "followers", "megawatts", "mw",
    "kilowatts", "kw", "degrees", "points", "units",
}
# a word whose number names one of its kind: "flight 1344", "section 1201", "Resolution 1441" (not "no" without
# its stop, which is "no 1987 budget"; not "code", which is "the Internal Revenue Code 1986")
_LABELS = {
    "flight", "flights", "section", "sections", "route", "room", "rooms", "model", "no.", "nos.",
    "number", "article", "chapter", "rule", "highway", "interstate", "platform", "gate", "suite",
    "item", "clause", "paragraph", "exit", "channel", "bus", "page", "pages", "box", "pier", "terminal",
    "apartment", "lot", "ward", "track", "resolution", "#",
}
_JOINS = {"or", "to", "-", "–"}
# "up 115 points to 1854", "fell 30 points from 2010": the level an index moved to or from, counted in points
_LEVEL_MOVES = {"to", "at", "from"}
_POINTS = {"point", "points"}
# capitals that do date a year: "FY 1987", "AD 1066"
_ERA_CAPS = {"FY", "AD", "BC", "CE", "BCE"}


def _year_digits(text: str) -> bool:
    return len(text) == 4 and text.isdigit()


def _code_caps(text: str) -> bool:
    """ "PPN", "XYZQ": a ticker's or a product line's letters, not a month written in capitals."""
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper() and text not in _ERA_CAPS \
        and text.lower() not in MONTHS and text.lower() not in WEEKDAYS


def _measured(doc: Doc, k: int) -> bool:
    """The number at k counts the unit after it, maybe after a second figure: "2000 or 3000 likes"."""
    n = len(doc)
    j = k + 1
    # only a figure written like this one: "in 1985 to 19.7 pct", "in 1987 and 5.50 dlrs in 1988" are years
    if j + 1 < n and doc[j].lower_ in _JOINS and _year_digits(doc[j + 1].text):
        j += 2
    if j >= n:
        return False
    word = doc[j].lower_
    if word in _MEASURES:
        return True
    # "1010 light-years", "1010 light years": a distance, whichever way it is written
    return word in ("light", "light-years", "light-year") and (
        word != "light" or (j + 1 < n and doc[j + 1].lower_ in ("-", "years", "year"))
    )


def _index_level(doc: Doc, k: int) -> bool:
    """The number at k is the level an index moved to or from, counted in points: "up 115 points to 1854"."""
    if k < 2 or doc[k - 1].lower_ not in _LEVEL_MOVES or doc[k - 2].lower_ not in _POINTS:
        return False
    # not "10 points to 1998's champions", "points from 1986 levels": a year that dates what follows
    after = doc[k + 1] if k + 1 < len(doc) else None
    return after is None or (after.pos_ not in ("NOUN", "PROPN", "ADJ") and after.text not in ("'s", "’s"))


def past_index_level(doc: Doc, s: int, e: int) -> int:
    """The span's start once an index level the model ran into it is left out: "fell 10 points to 2417 this
    morning" keeps the morning."""
    return s + 1 if e - s > 1 and _year_digits(doc[s].text) and _index_level(doc, s) else s


def not_a_year(doc: Doc, s: int, e: int) -> bool:
    """The span's four-digit number is a figure, a label's number or a code, not a year."""
    k = next((i for i in range(s, e) if _year_digits(doc[i].text)), None)
    if k is None or any(doc[i].lower_ in MONTHS for i in range(s, e)):
        return False  # "May 1987": a month's year
    if _measured(doc, k):
        return True
    before = doc[k - 1] if k > 0 else None
    if before is not None and before.lower_ in _LABELS:
        return True
    if _index_level(doc, k):
        return True
    # "XYZQ 1012 rose", "PPN 2058, 2444": letters and a number that names a thing on its own; "the EC 1987
    # farm price package" and "OPEC 1987 output" date what follows
    if before is not None and _code_caps(before.text):
        return k + 1 >= len(doc) or doc[k + 1].pos_ not in ("NOUN", "PROPN", "ADJ")
    return False


_FIGURE = re.compile(r"^[(+-]?\d[\d.,/]*[)%]?$", re.ASCII)


def _plain_year(word: str) -> bool:
    return _year_digits(word) and word.isascii() and 1000 <= int(word) <= 2099


def in_figure_row(doc: Doc, s: int, e: int) -> bool:
    """ "Brisbane 21 15 1 5 2123 1631 130.2 62": a span of bare numbers on a line that is a row of a table
    (a team's or a company's figures), which the model reads as years ("1631", "7 2009"). The line is a
    row when most of its words are figures and several of them could be no year (counts, decimals); a
    header of years ("1996 1995 1996 1995") has none such and stays, and a year in a sentence is no row."""
    if not all(_FIGURE.match(t.text) for t in doc[s:e]):
        return False
    text = text_of(doc)
    left = text.rfind("\n", 0, doc[s].idx) + 1
    right = text.find("\n", doc[e - 1].idx)
    words = text[left:right if right >= 0 else len(text)].split()
    figures = [w for w in words if _FIGURE.match(w)]
    others = [w for w in figures if not _plain_year(w)]
    return len(figures) >= 5 and len(figures) * 3 >= len(words) * 2 and len(others) >= 3
