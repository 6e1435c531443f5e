"""newsreader_quotes: direct, indirect and mixed quotes with their canonical speakers."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("newsreader_quotes")
def make_quotes(nlp: Language, name: str) -> QuoteComponent:
    return QuoteComponent()


class QuoteComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = []
        return doc
