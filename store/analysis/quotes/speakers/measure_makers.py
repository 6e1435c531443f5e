"""Whose figures speak when the words before the measure name the maker in a way the plain "<ORG> data" rule
misses (DESIGN.md, "Things that speak for someone": figures speak for whoever issued them):

- the maker's name with its initials in brackets between it and the measure ('according to Eastbrook University
  (EBU) data'): the named body, not "Eastbrook University (EBU) data";
- a proper-noun run the model left untagged, or tagged as no organisation, that is a short form the article gave
  in full ('API figures showed' after 'the American Petroleum Institute (API)'), or one untagged word in capitals
  ('according to LSEG data'): the body; never an indicator's initials ('GDP data', 'CPI figures') or a
  title-case run ('Jobless Claims data'), which name the measure, not who made it;
- customs ('Peruvian customs data showed'): the customs service, with the country's word the article gives before
  it ("Peruvian customs"), as an unnamed source keeps its capital.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...entities.referents import key
from ...entities.vocabulary import HEADS
from .owners import aliased_owner
from .unnamed import untagged_owner

# initials and words that name an indicator or a rate, never the body that publishes it
_INDICATORS = frozenset(HEADS["not_names"]) | {
    "cpi", "ppi", "pmi", "gnp", "m1", "m2", "m3", "ism", "nfp", "hicp", "rpi", "wpi", "ipi", "pce"}
# a body whose plain noun, before a measure, is the maker
_MEASURING_BODIES = {"customs"}


def _bracketed_before(token: Token) -> int | None:
    """The index of the word before '(<initials>)' written right before the measure, else None."""
    doc = token.doc
    i = token.i
    if i >= 4 and doc[i - 1].text == ")" and doc[i - 3].text == "(" and doc[i - 2].text[:1].isupper() and \
            doc[i - 2].pos_ in ("PROPN", "NOUN") and " " not in doc[i - 2].text:
        return i - 4
    return None


def measure_maker(resolver, token: Token) -> str | None:
    """The maker the words right before the measure `token` name, by the three ways above; None otherwise."""
    doc = token.doc
    if any(c.dep_ == "poss" for c in token.lefts) or not token.is_lower:
        return None  # "the website's AIS result", "Consumer Price Index": an owner or a measure's own name
    before = _bracketed_before(token)
    if before is not None:
        k = resolver.overlapping(doc[before].idx, doc[before].idx + len(doc[before]))
        if k is not None and resolver.ents[k].label == "ORG" and resolver.ents[k].end == \
                doc[before].idx + len(doc[before]):
            return resolver.full[k]
        return None
    aliases = doc._.aliases or {}
    full = aliased_owner(token, aliases)
    if full is not None:
        return full
    owner = untagged_owner(token)
    # one word in capitals ('LSEG', 'IHS'): a run of title-case words is as often an indicator's own name ('Jobless
    # Claims data', 'Housing Starts figures')
    if owner is not None and " " not in owner and owner.isupper() and len(owner) > 1 and \
            owner.lower() not in _INDICATORS:
        return aliases.get(key(tuple(owner.split())), owner)
    body = doc[token.i - 1] if token.i > 0 else None
    if body is not None and body.lower_ in _MEASURING_BODIES and body.head.i == token.i and \
            body.dep_ in ("compound", "nmod", "amod"):
        first = body.i
        while first > 0 and doc[first - 1].head.i in (token.i, body.i) and doc[first - 1].text[:1].isupper() and \
                (doc[first - 1].ent_type_ in ("NORP", "GPE") or doc[first - 1].pos_ == "PROPN"):
            first -= 1
        return " ".join([*(t.text for t in doc[first:body.i]), body.lower_])
    return None
