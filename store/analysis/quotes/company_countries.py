"""'Dominion Textiles Inc of Canada': a company the copy names with its home country speaks as the company alone
('Dominion Textiles Inc'), the name the article's later 'Dominion said' and its entity list know it by."""

from __future__ import annotations

from dataclasses import replace

from ..entities.gazetteer import country_code
from ..entities.vocabulary import LEGAL_FORMS
from ..types import Quote

# the wire's own country, which its copy never adds to a firm's name: "Harmon Corp of America" is the firm's whole
# name, and the short form lost the entity the article names
_NAMED_HOMES = {"America"}


def without_home_country(name: str) -> str:
    company, of, place = name.partition(" of ")
    words = company.split()
    if of and len(words) > 1 and words[-1].rstrip(".") in LEGAL_FORMS and country_code(place) is not None and \
            place not in _NAMED_HOMES:
        return company
    return name


def companies_without_home_country(quotes: list[Quote]) -> list[Quote]:
    out = []
    for q in quotes:
        if q.speaker and " of " in q.speaker:
            name = without_home_country(q.speaker)
            if name != q.speaker:
                q = replace(q, speaker=name)
        out.append(q)
    return out
