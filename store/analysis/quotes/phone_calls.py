"""'The neighbours called the police', 'calling major fundraisers himself', 'called off projects with him': "call"
with an object and nothing said of it is a phone call, a summons or an act, no words reported.

"call" reports when it names something ("called the plan a disaster", "called the system “rigged”"): the parse
gives the name as a complement beside the object, an adjective read into the object, or quoted words; and when it
rebukes or questions ("calling out X", "calling into doubt X"). "called off", "called in" are acts whatever follows.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cue_table import cues

_COMPLEMENTS = {"oprd", "xcomp", "ccomp", "acomp", "advmod", "conj"}
_ACTS = frozenset(cues()["call_act_particles"])
# "Republicans had called the hearing because they felt …": PolNeAR counts a meeting or vote convened as the
# source's stance, and the clause after it leans on that source; left as they were
_CONVENED = frozenset(cues()["convened_nouns"])


def bare_call(verb: Token, obj: Token, hi: int, mask: bytearray) -> bool:
    """The object of "call" is all the content would hold: no name given it, no quoted word in it or after it."""
    if verb.lemma_.lower() != "call" or obj.dep_ != "dobj":
        return False
    particles = [c for c in verb.children if c.dep_ == "prt"]
    if particles:  # "called off its search late on Tuesday": an act; "called out X" is a rebuke, and reports
        return all(c.lower_ in _ACTS for c in particles)
    if hi != obj.right_edge.i or obj.lemma_.lower() in _CONVENED:
        return False
    for c in verb.children:
        if c.dep_ in _COMPLEMENTS and (c.i > obj.i or c.dep_ == "oprd") or c.dep_ == "dobj" and c.i != obj.i:
            return False  # "called the plan a disaster", "what some call people who …": a name given
        if c.dep_ == "prep" and (c.i < obj.i or c.lower_ in ("by", "as")):
            return False  # "calling into doubt his credentials", "calling the group by another name"
    doc = verb.doc
    last = min(len(doc) - 1, max(verb.right_edge.i, obj.right_edge.i + 1))
    if any(mask[t.idx] or t.is_quote for t in doc[obj.left_edge.i:last + 1]):
        return False  # "calling Pence “my partner”": the name is quoted, wherever the parse hung it
    if doc[obj.right_edge.i].pos_ == "ADJ" and obj.right_edge.i > obj.i:
        return False  # "called his quarrel with the agencies unusual", "unusual" read into the object: the name
    if any(c.dep_ == "appos" and c.pos_ != "PRON" and doc[c.left_edge.i - 1].text != "," for c in obj.children):
        return False  # "called her fallen son her hero", the name read as the son's apposition
    # "called Trump a liar" parsed as one noun phrase, "called its actions defensive": the name inside the object
    return not any(t.i > obj.left_edge.i and (t.lower_ in ("a", "an") or
                                              t.i > obj.i and t.pos_ == "ADJ" and t.head.i == obj.i)
                   for t in obj.subtree)
