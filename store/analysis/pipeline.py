"""The analysis pipeline: the spaCy model plus newsreader's components, run with nlp.pipe."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from ..model import load_model, model_name
from . import extensions  # noqa: F401  (registers the Doc extensions)
from .types import Analysis, ReferenceDate
from .version import ANALYZER_VERSION

__all__ = ["ANALYZER_VERSION", "analyze", "analyze_many", "build_pipeline"]

COMPONENTS = ("newsreader_entities", "newsreader_dates", "newsreader_quotes")


def build_pipeline(model: str | None = None) -> Language:
    """The model named by --model / NEWSREADER_MODEL / the default, with newsreader's components last."""
    from . import dates, entities, quotes  # noqa: F401  (register the component factories)

    nlp = load_model(model_name(model))
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)
    return nlp


def make_doc(nlp: Language, text: str, published: date | None) -> Doc:
    doc = nlp.make_doc(text)
    doc._.published = published
    return doc


def to_analysis(doc: Doc) -> Analysis:
    return Analysis(
        reference_date=doc._.reference_date or ReferenceDate(),
        entities=tuple(doc._.entities or ()),
        quotes=tuple(doc._.quotes or ()),
        dates=tuple(doc._.dates or ()),
    )


def analyze_many(
    nlp: Language, items: Iterable[tuple[str, date | None]], batch_size: int = 32, n_process: int = 1
) -> Iterator[Analysis]:
    """One Analysis per (text, published) pair, in order."""
    docs = (make_doc(nlp, text, published) for text, published in items)
    for doc in nlp.pipe(docs, batch_size=batch_size, n_process=n_process):
        yield to_analysis(doc)


def analyze(nlp: Language, text: str, published: date | None = None) -> Analysis:
    return next(analyze_many(nlp, [(text, published)]))
