"""'X will sign a pact next month, the agency quoted officials as saying.': the parse hangs the fronted clause on
"quoted", not on "saying", so the speech verb finds no content of its own; the clause is what the officials said."""

from __future__ import annotations

from spacy.tokens import Token


def quoting_of(saying: Token) -> Token | None:
    """The 'quote' of 'quoted X as saying' (or 'X was quoted as saying') when `saying` is that 'saying', else None.
    This module and `trailing` read the same construction; each adds the word order its own reading needs."""
    as_ = saying.head
    if saying.tag_ != "VBG" or saying.dep_ != "pcomp" or as_.lower_ != "as":
        return None
    return as_.head if as_.head.lemma_.lower() == "quote" else None


def fronted_quoted_clause(verb: Token) -> Token | None:
    """The clause before 'quoted X as saying' when `verb` is that 'saying' and has no clause of its own."""
    quoting = quoting_of(verb)
    if quoting is None or verb.head.dep_ != "prep" or quoting.pos_ != "VERB" or \
            not any(c.dep_ == "dobj" and c.i < verb.head.i for c in quoting.children) and \
            not _subject_quoted(quoting, verb.head):
        return None
    return next((c for c in quoting.lefts if c.dep_ == "ccomp"), None)


def _subject_quoted(quoting: Token, as_: Token) -> bool:
    """'…, the minister was quoted as saying.': the one quoted is the passive's subject, named before 'as'.
    Not trailing._quoted_aux, which finds where such a source ends (the finite 'was' right before 'quoted') and
    so asks for the words in their order; here any passive with its subject before 'as' names the one quoted,
    whatever the parse put between."""
    return any(c.dep_ == "auxpass" for c in quoting.children) and \
        any(c.dep_ == "nsubjpass" and c.i < as_.i for c in quoting.children)
