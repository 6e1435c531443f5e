"""Whose document speaks when the model mistook the owner's short name: 'an Atlas statement said' after 'Atlas
Consolidated Mining and Development Corp', with "Atlas" tagged a work of art, is the company's statement."""

from __future__ import annotations

from spacy.tokens import Token

from ...entities.referents import key

# what the model calls a name it does not know: a name the article gives in full may still hide behind these
_MISREAD = {"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "FAC", "LOC", ""}


def aliased_owner(token: Token, aliases: dict[tuple[str, ...], str]) -> str | None:
    """The full name of the article's organisation or person whose short name is the proper-noun run right
    before a speech noun, whatever the model tagged the run; None when the run is no short form the article
    gave ('a Turkish statement' names no one: a nationality never speaks)."""
    # "API statistics showed" after "the American Petroleum Institute (API)": an acronym the model tagged a common
    # noun, and an organisation whose short mention left no entity record of its own; "the FOMC minutes showed":
    # one the tagger read as an adjective
    parts = [t for t in token.lefts if (t.dep_ in ("compound", "nmod") or t.dep_ == "amod" and t.is_upper) and
             t.text[:1].isupper() and (t.pos_ == "PROPN" or t.is_upper and len(t) > 1)]
    if not parts or any(t.i != parts[0].i + n for n, t in enumerate(parts)) or parts[-1].i + 1 != token.i \
            or any(t.ent_type_ not in _MISREAD | {"ORG"} for t in parts):
        return None
    full = aliases.get(key(tuple(t.text for t in parts)))
    return full if full and len(full.split()) > len(parts) else None
