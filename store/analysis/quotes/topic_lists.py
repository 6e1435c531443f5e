"""A list of the topics someone discussed is no report of what they said: "In the interview, Holt discusses her
background, the pandemic and its effect on her campaign, gridlock, and climate change", "spoke about affordable
housing, healthcare, and raising the minimum wage", "discussed why she joined the party, what her role entails,
and why voters should choose her", "her views on trade, taxes, and immigration". An interview's introduction or a speech's summary names what came up, not a
claim anyone made; one or two topics ("discussed the race", "spoke about her son and his school") are still read
as a report, as PolNeAR counts them.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cue_table import cues
from .index import sent_bounds

_TOPIC_WORDS = frozenset(cues()["topic_list_words"])  # "discussed", "spoke about", "his views on" …
_LIST_WORDS = {"and", "or"}
_NOT_ITEMS = {"including", "which", "who", "whom", "whose"}  # examples or a clause on an item, no list
_SUBJECTS = {"nsubj", "nsubjpass", "expl"}
_OWN_CLAUSES = {"advcl", "conj", "xcomp", "parataxis", "acl", "relcl"}


def lists_topics(cue: Token, start: int) -> bool:
    """The content of a verb of discussing, from `start` (a character offset) on, runs through three or more
    topics: two commas and an "and" or "or" after the second, before a clause of the verb's own or of the sentence
    around it begins (the parse often keeps only the first topic as the content, so the list is read on past it;
    'When Obama came to discuss his strategy, he was flanked by X, Y and Z' lists the company, not topics)."""
    if cue.lemma_.lower() not in _TOPIC_WORDS:
        return False
    doc = cue.doc
    hi = sent_bounds(doc, cue.i)[1]
    lo_edge, hi_edge = cue.left_edge.i, cue.right_edge.i
    commas = joined = 0
    for t in doc[cue.i + 1:hi]:
        if t.idx < start:
            continue
        if t.text == ";" or t.pos_ in ("VERB", "AUX") and t.dep_ in _OWN_CLAUSES and \
                (t.head.i == cue.i or doc[t.i - 1].text == ","):
            break  # ", saying X", "and said Y": another clause, of the verb's own or the writer's, no topic
        if t.dep_ in _SUBJECTS and not lo_edge <= t.head.i <= hi_edge:
            break  # "When Obama came to discuss his strategy, he was flanked by X, Y and Z": the clause it hangs on
        if t.lower_ in _NOT_ITEMS:
            break  # "polls, including ones showing X, Y, and Z", "race, beauty and identity, all of which …"
        if t.text == ",":
            commas += 1
        elif t.lower_ in _LIST_WORDS and commas >= 2:
            joined += 1  # "A, B, and C", "A, B, C and D": the last item after the second comma at least
    return joined >= 1
