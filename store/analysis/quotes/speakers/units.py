"""'<Parent>'s <Unit name> unit said': wire copy names a company's unit between the parent's possessive (often with
its ticker) and the word 'unit', 'subsidiary' or 'division'. The unit's own name is who speaks; the phrase as a
whole ("Keller Foods unit") is no name, and a unit given no name of its own ("its Norwegian subsidiary", "its Keller
and Brisco divisions") speaks for the parent.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...entities.untagged import UNIT_NOUNS

_NOT_NAMES = {"NORP", "GPE", "LOC", "PERSON"}


def unit_speaker(resolver, token: Token) -> str | None:
    """The unit's name when capitalised words run from the owner's "'s" to the unit noun, else the parent's."""
    doc = token.doc
    if token.lemma_.lower() not in UNIT_NOUNS or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if token.i + 1 < len(doc) and (doc[token.i + 1].pos_ == "PROPN" or doc[token.i + 1].is_title):
        return None  # "<Firm>'s <Unit> unit President <Name> said": the unit only says whose post it is
    owner = next((c for c in token.lefts if c.dep_ == "poss"), None)
    if owner is None:
        return None
    first = token.i
    while first - 1 > owner.i + 1 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper() or \
            first - 2 > owner.i + 1 and doc[first - 1].lower_ == "of" and doc[first - 2].pos_ == "PROPN":
        first -= 2 if doc[first - 1].lower_ == "of" else 1  # "Bank of America": the name's own "of"
    run = doc[first:token.i]
    kinds = {resolver.ents[k].label for t in run if (k := resolver.overlapping(t.idx, t.idx + len(t))) is not None}
    if len(run) and not kinds & _NOT_NAMES and not any(t.dep_ in ("conj", "cc") for t in run):
        k = resolver.overlapping(run.start_char, run.end_char)
        entity = resolver.ents[k] if k is not None else None
        # the tagged name, unless the model left a leading initial off it ("RJ Reynolds Tobacco USA") or no tag
        if entity is not None and entity.label == "ORG" and entity.start == run.start_char:
            return resolver.full[k]
        return run.text
    name = resolver.resolve(owner)[0]
    return name if name and name[:1].isupper() else None
