"""newsreader_dates: temporal expressions with TIMEX3 values, and the reference date."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .types import ReferenceDate


@Language.factory("newsreader_dates")
def make_dates(nlp: Language, name: str) -> DateComponent:
    return DateComponent()


class DateComponent:
    def __call__(self, doc: Doc) -> Doc:
        published = doc._.published
        doc._.reference_date = ReferenceDate(published, "given") if published else ReferenceDate()
        doc._.dates = []
        return doc
