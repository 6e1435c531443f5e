"""Names that only an organisation has, whatever kind the model gave them: a run of capital letters that names
no place ('RT', 'UPI', 'NYPD' read as a country or a nationality), and a group named for what it stands against
('Iraq Veterans Against the War', read as the war it opposes)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from . import gazetteer
from .mentions import Mention
from .vocabulary import LEGAL_FORMS, PLACE_PREPOSITIONS, STATE_ABBREVIATIONS

_CAPITALS = re.compile(r"[A-Z]{2,5}")
_FORMS = {form.rstrip(".") for form in LEGAL_FORMS}  # "S.A." as the words hold it, less the last stop


def acronyms_of_no_place(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> None:
    """'RT reported', 'UPI said': initials written without full stops that the gazetteer knows for no country or
    place are a body's or a firm's, not a people's; read as a place, only when the article never writes them
    where a place goes ('in NYC', 'Washington, DC')."""
    found = [m for m in mentions if m.label in ("GPE", "NORP") and len(m.words) == 1 and _CAPITALS.fullmatch(m.name)
             and not gazetteer.country_code(m.name) and not gazetteer.is_place(m.name, places)
             and m.name not in STATE_ABBREVIATIONS]
    if not found:
        return
    placed = {m.name for m in mentions if len(m.words) == 1 and m.start
              and (doc[m.start - 1].text == "," or doc[m.start - 1].lower_ in PLACE_PREPOSITIONS)}
    for m in found:
        if m.label == "NORP" or m.name not in placed:
            m.label = "ORG"


def groups_against(mentions: list[Mention]) -> None:
    """'Mothers Against Drunk Driving', 'Veterans Against the War': a capitalised 'Against' inside a name joins
    a group of people to its cause; the model reads the cause's last word ('War') and makes an event of it."""
    for m in mentions:
        if m.label in ("EVENT", "PERSON", "GPE", "LOC", "FAC", "NORP") and "Against" in m.words[1:-1]:
            m.label = "ORG"


def firms_by_legal_form(mentions: list[Mention]) -> None:
    """'92%-owned by Ogden Corp., New York': a name closed by a firm's legal form is the firm's, whatever the
    rules that read a town before its state or a name listed with places made of it."""
    for m in mentions:
        if m.label != "ORG" and len(m.words) > 1 and m.words[-1].rstrip(".") in _FORMS:
            m.label = "ORG"
