"""'Reuters, citing anonymous sources, reported …', 'the agency, which cited officials close to the inquiry, said
…': when the object of 'cite' is the people the information came from, the writer names where a report came from,
not what was reported. Only plural informants: 'cited a source for his claim' (the lack of one) and 'cited the
report' (a document whose content is the claim) stay reports.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cue_table import cues

_INFORMANTS = frozenset(cues()["informant_nouns"])  # "sources", "officials", "people familiar with …"


def cites_informants(verb: Token, obj: Token) -> bool:
    """obj, the object of `verb`, is a 'cite', names plural informants and nothing they said."""
    return verb.lemma_.lower() == "cite" and obj.tag_ in ("NNS", "NNPS") and obj.lemma_.lower() in _INFORMANTS
