"""A forecast whose object is a figure: "BZW sees 155 mln profit for 1987", "Stephansen expects a 26.3 billion dlr
deficit".

The rulings count stances with content as reports ("meteorologists predict landfall …"); "predict" and "forecast"
take their object as the content already, but "expect", "see" and "estimate" report a clause, and with a bare
object they say nothing ("expects no dramatic developments", "Last week saw protests") unless the object is a
figure: that is the business wire's forecast, with its source as the verb's subject.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..doctext import tokens
from ..types import Quote
from .cue_table import cues
from .perceived import lived_through

FIGURE_VERBS = frozenset(cues()["figure_verbs"])
RESULT_VERBS = frozenset(cues()["result_verbs"])
_NOT_SOURCES = {"this", "that", "there", "which", "what"}  # "it" is left to the speakers: see forecasts_of_no_one
_CLAUSE_VERB_TAGS = {"VB", "VBP", "VBZ", "VBD", "MD"}


def figure_object(verb: Token) -> Token | None:
    """The object of an active forecast verb with a subject of its own, when the object holds a figure."""
    if any(c.dep_ in ("auxpass", "nsubjpass", "ccomp", "xcomp") for c in verb.children) or lived_through(verb):
        return None  # "the index saw a 5% fall": what happened, no forecast
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in _NOT_SOURCES or subject.ent_type_ in ("DATE", "TIME"):
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(t.like_num for t in obj.subtree) and not _level_after(verb, obj) and not compared_level(obj):
        return None  # "expects no dramatic developments"; "estimated the loss at 10 mln dlrs" gives its figure after
    next_acts = {t.i for c in verb.rights if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and
                 not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children) for t in c.subtree}
    if any(t.tag_ in _CLAUSE_VERB_TAGS for t in verb.subtree if t.i > obj.i and t.i not in next_acts):
        return None  # "The show sees three men move in together": the object heads a clause that happens, no forecast
    return obj  # ("expects 2.5 pct growth but said …": the source's next act is no clause of the object's)


def forecasts_of_no_one(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """A forecast whose source is 'it' stands only when the speakers tied 'it' to someone: the bank or firm named
    before ('The Bank said ... It estimated the shortage at N stg'). An 'it' they could tie to no source is a thing
    or a time ('The year was hard. It saw 12 plants close'), no forecast."""
    if not any(q.speaker is None and q.cue_start is not None for q in quotes):
        return quotes
    starts = {t.idx: t for t in tokens(doc)}  # the Doc's one list of Tokens, not a new Token per word
    return [q for q in quotes if q.speaker is not None or not _its_forecast(starts.get(q.cue_start), q.start)]


def _its_forecast(verb: Token | None, start: int) -> bool:
    """The object of 'it <expects|sees|estimates>' as the content: no clause ('It expects that X' is left as it was)."""
    return verb is not None and verb.lemma_.lower() in FIGURE_VERBS and \
        any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children) and \
        any(c.dep_ == "dobj" and c.left_edge.idx == start for c in verb.children)


def reported_result(verb: Token) -> Token | None:
    """'reported a 38 pct fall in net profit', 'reported lower profits at the unit': the result the subject gave out,
    in figures or against another level (cues.json result_verbs); not one foretold ('will report a record year')
    nor an object with no figure ('report their second half in March')."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None
    holder = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.tag_ == "VBG" and holder is not None and holder.tag_ == "NNS" and \
            not any(c.dep_ in ("det", "poss") for c in holder.children):
        return None  # "members reporting losses over 5 mln dlrs get relief": a kind of people, no report
    obj = figure_object(verb)
    if obj is None or not (any(t.pos_ == "NUM" for t in obj.subtree) or compared_level(obj)):
        return None
    return obj


def compared_level(obj: Token) -> bool:
    """'expected a softer result', 'sees lower interest rates', 'expects higher prices': a level given against the
    present one, a forecast as a figure is; not 'more', 'less', 'fewer' or 'further', which may count what is awaited
    ('expects more details next week')."""
    return any(c.dep_ == "amod" and c.tag_ == "JJR" and c.lower_ not in _NOT_COMPARED for c in obj.children)


_NOT_COMPARED = frozenset(cues()["uncompared_levels"])


def _level_after(verb: Token, obj: Token) -> bool:
    """A level in money, a share or a unit right after the object, in an 'at' phrase the parse hung on the verb
    ('estimated the loss at 10 mln dlrs'); not a meeting or a place ('expects a decision at its next meeting')."""
    at = past_its_day(verb, obj.right_edge.i + 1)
    return any(c.dep_ == "prep" and c.lower_ == "at" and c.i == at and _a_level(c) for c in verb.rights)


def past_its_day(verb: Token, i: int) -> int:
    """The first token from i on that is not a day the parse hung on the verb: the Bank 'estimated the shortage
    in the system today at around 1.2 billion stg' puts its level after the day it estimates for."""
    doc = verb.doc
    while i < len(doc) and doc[i].head.i == verb.i and doc[i].dep_ == "npadvmod" and doc[i].ent_type_ == "DATE" \
            and doc[i].n_lefts == 0:
        i += 1
    return i


def conjoined_objects(verb: Token, hi: int) -> int:
    """"forecast a deficit of 20 billion dlrs, and a fiscal 1987 deficit of 180 billion": a second object the
    parse hung on the verb goes on with the first."""
    doc = verb.doc
    for child in verb.rights:
        if child.i > hi and child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN") and \
                all(t.is_punct and t.text == "," or t.dep_ == "cc" for t in doc[hi + 1:child.left_edge.i]):
            hi = child.right_edge.i
    return hi


def figure_at(verb: Token, hi: int) -> int:
    """"forecasting a higher sale price at between 1.5 and 1.7 billion", "estimated the cost at 150 mln dlrs": the
    figure the parse hung on the verb right after its object is part of the forecast (not "at a news conference",
    nor "at its meeting on March 3")."""
    at = past_its_day(verb, hi + 1)
    for child in verb.rights:
        if child.dep_ == "prep" and child.lower_ == "at" and child.i == at and \
                (any(t.like_num for t in child.subtree) or _a_level(child)) and \
                not any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree):  # "at hundreds of millions of dollars"
            return child.right_edge.i
    return hi


_LEVEL_PREPS = {"to", "from"}
_LEVEL_ENTS = {"PERCENT", "MONEY", "QUANTITY"}
_LEVEL_UNITS = frozenset(cues()["level_units"])  # what a level is counted in: "to 10 pct", "to 19 mln"


def level_reached(verb: Token, hi: int) -> int:
    """"announced a cut in its prime rate to 7 pct from 7-1/4 pct": the level a change moves to or from,
    which the parse hung on the verb right after its object, is part of what was announced (not "explained the plan
    to 300 workers", an audience, nor "to 1990", a date)."""
    moved = True
    while moved:
        moved = False
        for child in verb.rights:
            if child.dep_ == "prep" and child.lower_ in _LEVEL_PREPS and child.i == hi + 1 and _a_level(child):
                hi, moved = child.right_edge.i, True
                break
    return hi


def _a_level(prep: Token) -> bool:
    level = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if level is None or any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree):
        return False
    return level.like_num or level.lower_ in _LEVEL_UNITS or level.ent_type_ in _LEVEL_ENTS


_MOVEMENTS = frozenset(cues()["movement_nouns"])
_CHANGE_PREPS = {"of", "from", "on", "over"}


def figure_change(appos: Token, lo: int) -> bool:
    """'budgeted 78 mln dlrs for the program, an increase from 65 mln', 'imports totalled 74 billion, a rise of 5.8
    pct': a change set off after a figure says how the figure moved, part of what was reported, not the writer
    introducing something. Only a movement noun counted by a figure or a 'from'/'of' phrase, after content holding
    a figure."""
    if appos.dep_ != "appos" or appos.lemma_.lower() not in _MOVEMENTS:
        return False
    doc = appos.doc
    if not any(t.like_num for t in doc[lo:appos.left_edge.i]):
        return False
    return any(c.dep_ == "prep" and c.lower_ in _CHANGE_PREPS for c in appos.children) or \
        any(t.like_num for t in doc[appos.left_edge.i:appos.i])
