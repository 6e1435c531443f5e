"""A mention that brings someone new in ('one major French bank', 'another bank') stands for no one named before."""

from __future__ import annotations

from spacy.tokens import Token

# "a", "one", "another", "other", "several": the article is not pointing back at a name it gave
_NEW = {"a", "an", "one", "another", "other", "some", "several", "many", "two", "three", "four", "five"}


def introduces_new(token: Token) -> bool:
    """'One major French bank said', 'Another bank said': an indefinite phrase is a source of its own, never the
    short form of an organisation named before ('Bank of Japan'), as 'the bank' may be."""
    return any(c.dep_ in ("det", "nummod", "amod", "quantmod") and c.lower_ in _NEW and c.i < token.i
               for c in token.children)
