"""'the senator praised the volunteers for staying open', 'critics assailed the regulator for its slow response':
praise or blame with its reason is a judgement the subject voiced, reported over the one judged and the reason.
So is praise or blame with what the judged one is held to be, in the writer's words ('hailed the ruling as a
victory', 'attacked the board as a muddle'), as a verb of regarding reports its 'as' phrase.

The same verbs with a bare object hold a stance and report no words ('praised the plan', 'attacked the bill'), and
the cue rules drop them. The 'for' phrase makes the difference only when it gives a reason: the judged one's own
act or quality ('for his handling of X', 'for refusing to leave'), not a span of time ('attacked the convoy for two
hours') or a purpose ('hailed the deal for the region').
"""

from __future__ import annotations

from spacy.tokens import Token

from .cue_table import cues

_JUDGING = frozenset(cues()["judging_verbs"])
_TIME_ENTS = ("DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT")


def judged_for(verb: Token, obj: Token) -> bool:
    """A verb of praise or blame whose object is followed by 'for' and a reason."""
    if verb.lemma_.lower() not in _JUDGING or obj.dep_ != "dobj" or \
            any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    for child in verb.rights:
        if child.i == obj.right_edge.i + 1 and child.lower_ == "as" and child.dep_ == "prep":
            # 'attacked the recognition of X as Y': the 'as' goes with the act the object names, no judgement
            return _held_to_be(child) and not any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)
        if child.i <= obj.right_edge.i or child.lower_ != "for" or child.dep_ not in ("prep", "advcl", "mark"):
            continue
        return _reason(child)
    return False


def _reason(for_: Token) -> bool:
    """'for staying open' (a gerund) or 'for her support' (a noun owned by someone): an act or a quality."""
    for c in for_.children:
        if c.dep_ == "pcomp" and c.tag_ == "VBG":
            return True
        if c.dep_ == "pobj" and c.ent_type_ not in _TIME_ENTS and c.pos_ == "NOUN" and \
                any(d.dep_ == "poss" for d in c.children):
            return True
    return False


def _held_to_be(as_: Token) -> bool:
    """'as a victory', 'as heroes', 'as unfair': a phrase naming what the judged one is; not a time ('as of
    Monday'). Not words in quotation marks ('attacked the inquiry as "a sham"'), which stay a direct quote of their
    own, as the names rulings give 'described the market as "…"'."""
    return any(c.dep_ == "pobj" and c.ent_type_ not in _TIME_ENTS or c.dep_ in ("amod", "acomp") and c.pos_ == "ADJ"
               for c in as_.children) and \
        not any(t.is_quote for t in as_.subtree)
