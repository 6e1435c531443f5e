"""A person's name set off by commas after the description of their post ("The agency's representative in
<Country>, Dr. <Name>, said"): the small model hangs the name on the description as an adverbial noun
('npadvmod') rather than an apposition when a title such as "Dr." opens it, and the description then spoke
instead of the person it describes."""

from __future__ import annotations

from spacy.tokens import Token


def comma_framed_names(token: Token) -> list[Token]:
    """The heads of person names hung on `token` as adverbial nouns and framed by commas on both sides."""
    doc = token.doc
    found = []
    for child in token.rights:
        if child.dep_ != "npadvmod" or child.ent_type_ != "PERSON":
            continue
        first, last = child.left_edge.i, child.right_edge.i
        if first > 0 and doc[first - 1].text == "," and last + 1 < len(doc) and doc[last + 1].text == ",":
            found.append(child)
    return found
