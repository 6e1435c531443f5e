"""'Dutch paper, packaging and graphical equipment group Harlow NV said': a run of descriptions before a company's
name, which the parse takes for a list, makes the first description the subject and the name its last conjunct.
The name speaks, not "Dutch paper". A list joined by 'and' ("Analysts and Harlow NV said") names two sources."""

from __future__ import annotations

from spacy.tokens import Token


def name_closing_descriptions(resolver, token: Token) -> Token | None:
    if token.pos_ != "NOUN" or token.dep_ not in ("nsubj", "nsubjpass") or \
            any(c.dep_ == "cc" for c in token.children):
        return None
    for conj in token.children:
        if conj.dep_ != "conj" or conj.pos_ != "PROPN" or conj.i < token.i:
            continue
        k = resolver.overlapping(conj.idx, conj.idx + len(conj))
        if k is not None and resolver.ents[k].label == "ORG" and resolver.ents[k].end == conj.idx + len(conj) and \
                _after_ticker(conj.doc, conj.i + 1) == token.head.i:
            return conj
    return None


def _after_ticker(doc, i: int) -> int:
    """The token after a Reuters ticker that follows a company's name ('Harlow NV <HARL.AS> said'), if there is one."""
    if i < len(doc) and doc[i].text == "<":
        close = next((t.i for t in doc[i:i + 6] if t.text == ">"), None)
        return close + 1 if close is not None else i
    return i
