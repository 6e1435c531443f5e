"""'…," the Texan said', 'the Briton added': one person called by where they are from. As "the Ohio Democrat",
it is the person the story follows, never a speaker called "Texan" (DESIGN.md, "Canonical names": a bare
nationality is never a speaker)."""

from __future__ import annotations

from spacy.tokens import Token

from ...entities.vocabulary import DEMONYM_NOUNS


def one_of_a_people(token: Token) -> bool:
    """'the Texan', 'the Briton', 'the New Yorker': a singular noun for someone from a place, with "the" and no
    noun after it that it would only describe ("the German government" is headed by "government")."""
    if token.tag_ not in ("NN", "NNP") or not any(c.lower_ == "the" for c in token.lefts):
        return False
    return token.lower_ in DEMONYM_NOUNS or token.ent_type_ == "NORP" and token.text[:1].isupper()
