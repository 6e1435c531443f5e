"""'…," the retired neurosurgeon told a radio host', 'the former talk show host joined …': news copy calls a person
it has just named by what they used to be, as it calls them "the candidate". A definite singular noun a "former"
or "retired" describes is then read like the described words ("the billionaire businessman"): the person the
paragraph follows. Not the unnamed sources such words also describe ("a former official who … said …" / "the
former official added"): a source's own words and any noun the article brought in with "a" stay unnamed."""

from __future__ import annotations

from spacy.tokens import Token

from .words import ONE_SOURCE

_FORMERLY = {"former", "retired", "onetime", "one-time", "erstwhile"}
# staff and sources an article keeps unnamed, whatever they used to be
_UNNAMED = ONE_SOURCE | {"aide", "adviser", "advisor", "staffer", "employee", "member", "officer", "agent",
                         "associate", "colleague", "friend", "insider", "operative", "strategist", "worker"}


def former_role(token: Token) -> bool:
    """'the retired neurosurgeon', 'the former radio host': a person described by what they were."""
    if token.tag_ != "NN" or not token.is_lower or token.lemma_.lower() in _UNNAMED:
        return False
    lefts = list(token.lefts)
    if not lefts or lefts[0].lower_ != "the" or not any(c.lower_ in _FORMERLY for c in lefts):
        return False
    before = token.doc[:token.i]  # "a former official who …" brought in before: that unnamed one again
    return not any(t.lemma_.lower() == token.lemma_.lower() and
                   any(c.lower_ in ("a", "an") for c in t.lefts) for t in before)
