"""A US state's or a Canadian province's abbreviation after a town and a comma ("Tulsa, Okla, said", "Reno, Nev.",
"ALBANY, Ga, May 2 -", "Rimouski, Que.") is the state, whatever the model made of it: a person ("Okla" and "Que"
read as names), a firm, a work. Wire copy writes the state this way after every town it places, with or without the
full stop, and in capitals in a dateline written in capitals ("PEORIA, ILL., March 2 -"), which the model reads as a
firm's acronym. A dateline in capitals names a country after its town the same way
("PORT LOUIS, MAURITIUS, May 4 -"): the country, not a firm. There the model at times tags no name at all
("DULUTH, MINN., May 2 -"): the state is added."""

from __future__ import annotations

from spacy.tokens import Doc

from . import gazetteer
from .mentions import Mention, covered, mention_of
from .vocabulary import STATE_ABBREVIATIONS

_UNDOTTED = {a.rstrip(".") for a in STATE_ABBREVIATIONS if "." not in a.rstrip(".")}


def states_after_a_town(doc: Doc, mentions: list[Mention]) -> None:
    for m in mentions:
        if m.label == "GPE" or m.role or m.start < 2 or doc[m.start - 1].text != ",":
            continue
        town = doc[m.start - 2]
        if not (town.is_alpha and town.text[:1].isupper()):
            continue  # "the rate, Ind." or a list after a number: no town before it
        name = m.name
        if name.isupper() and town.text.isupper():
            name = name.title()  # "ILL." in a capitals dateline is "Ill."
        after = doc[m.end] if m.end < len(doc) else None
        if name in STATE_ABBREVIATIONS and not (after is not None and after.is_alpha):
            m.label = "GPE"
        elif name in _UNDOTTED and (after is None or after.text[:1] in _CLOSING or after.is_sent_start):
            m.label = "GPE"  # "Enid, Okla, on Monday": the stop left out, as wire copy often does
        elif m.name.isupper() and town.text.isupper() and m.start <= _DATELINE and after is not None \
                and after.text == "," and (gazetteer.country_code(name) or name in gazetteer.states()):
            m.label = "GPE"
    _untagged_state_in_a_dateline(doc, mentions)


def _untagged_state_in_a_dateline(doc: Doc, mentions: list[Mention]) -> None:
    comma = next((t.i for t in doc[: _DATELINE] if t.text == ","), None)
    if comma is None or comma + 2 >= len(doc) or not any(t.is_alpha for t in doc[:comma]) \
            or not all(t.is_upper or t.is_punct or t.is_space for t in doc[:comma]):
        return  # the town of a dateline in capitals opens the text, alone before its comma
    state = doc[comma + 1]
    after = doc[comma + 2]
    if after.text == "." and comma + 3 < len(doc):
        after = doc[comma + 3]  # "MINN", ".", ","
    if state.is_alpha and state.is_upper and state.text.title() in _UNDOTTED and after.text == "," \
            and state.i not in covered(mentions):
        mentions.append(mention_of(doc[state.i : state.i + 1], "GPE"))
        mentions.sort(key=lambda m: m.start)


_CLOSING = (",", ".", "-", ";", ")")
_DATELINE = 6  # the words a dateline's town may take before its country
