"""'X will sign a pact next month, the agency quoted officials as saying.': the parse hangs the fronted clause on
"quoted", not on "saying", so the speech verb finds no content of its own; the clause is what the officials said."""

from __future__ import annotations

from spacy.tokens import Token


def fronted_quoted_clause(verb: Token) -> Token | None:
    """The clause before 'quoted X as saying' when `verb` is that 'saying' and has no clause of its own."""
    as_ = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or as_.lower_ != "as" or as_.dep_ != "prep":
        return None
    quoting = as_.head
    if quoting.lemma_.lower() != "quote" or quoting.pos_ != "VERB" or \
            not any(c.dep_ == "dobj" and c.i < as_.i for c in quoting.children) and not _passive(quoting, as_):
        return None
    return next((c for c in quoting.lefts if c.dep_ == "ccomp"), None)


def _passive(quoting: Token, as_: Token) -> bool:
    """'…, the minister was quoted as saying.': the one quoted is the passive's subject, named before 'quoted'."""
    return any(c.dep_ == "auxpass" for c in quoting.children) and \
        any(c.dep_ == "nsubjpass" and c.i < as_.i for c in quoting.children)
