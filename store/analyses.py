"""Analyses in the library: cached under the text's hash and the analyzer's version.

A stored analysis is used only when both match, so editing an article or
upgrading newsreader re-analyses lazily, and opening an analysed article never
loads spaCy.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator

from .analysis.record import from_rows, to_rows
from .analysis.types import Analysis
from .analysis.version import ANALYZER_VERSION
from .article import Article
from .errors import ArticleNotFound, LibraryError, LibraryFull, LibraryReadOnly
from .facets import facets_of
from .library import Library


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _is_current(doc: dict | None, text: str) -> bool:
    return doc is not None and doc.get("version") == ANALYZER_VERSION and doc.get("hash") == text_hash(text)


def stored_analysis(library: Library, article: Article) -> Analysis | None:
    doc = library.analysis_doc(article.id)
    return from_rows(doc, article.text) if doc is not None and _is_current(doc, article.text) else None


def has_stored_analysis(library: Library, article_id: str) -> bool:
    """Whether `stored_analysis` would find one, without building it. Reads the text only when an
    analysis of this analyzer's version is stored; an article removed meanwhile has none."""
    try:
        doc = library.analysis_doc(article_id)
        if doc is None or doc.get("version") != ANALYZER_VERSION:
            return False
        return _is_current(doc, library.get(article_id).text)
    except ArticleNotFound:
        return False


def unanalysed(library: Library, ids: Iterable[str], stop: Callable[[], bool] = lambda: False) -> list[str]:
    """The ids, in the order given, of the articles with no stored, current analysis.

    Read in the order they are stored, so each file of texts and of analyses is read once;
    `stop()` is asked every few hundred articles and, when true, ends the scan early with what it has.
    """
    wanted = list(ids)
    missing: set[str] = set()
    for n, article_id in enumerate(library.in_storage_order(wanted)):
        if n % 256 == 0 and stop():
            break
        if not has_stored_analysis(library, article_id):
            missing.add(article_id)
    return [i for i in wanted if i in missing]


def save_analyses(library: Library, results: Iterable[tuple[Article, Analysis]]) -> None:
    results = list(results)
    library.save_analysis_docs(
        {a.id: {"hash": text_hash(a.text), "version": ANALYZER_VERSION, **to_rows(r)} for a, r in results},
        {a.id: facets_of(r) for a, r in results},
    )


def analyze_articles(
    library: Library,
    articles: list[Article],
    model: str | None = None,
    batch_size: int = 64,
    n_process: int = 1,
    save_every: int = 256,
) -> Iterator[tuple[Article, Analysis]]:
    """Analyse with nlp.pipe and store in batches; yields as each is done (for progress bars).

    `save_every=0` stores nothing: the caller saves.
    """
    from .analysis.pipeline import analyze_many, build_pipeline

    nlp = build_pipeline(model)
    done: list[tuple[Article, Analysis]] = []
    results = analyze_many(nlp, ((a.text, a.published) for a in articles), batch_size=batch_size, n_process=n_process)
    for article, analysis in zip(articles, results, strict=True):
        yield article, analysis
        if not save_every:
            continue
        done.append((article, analysis))
        if len(done) >= save_every:
            save_analyses(library, done)
            done.clear()
    if done:
        save_analyses(library, done)


def fresh_analysis(library: Library, article: Article, model: str | None = None) -> tuple[Analysis, LibraryError | None]:
    """Analyse now and store the result. A library that cannot be written still gets its analysis,
    with the reason it was not kept (read-only, or a full disk), so the reader can show both."""
    ((_, fresh),) = analyze_articles(library, [article], model, save_every=0)
    try:
        save_analyses(library, [(article, fresh)])
    except (LibraryReadOnly, LibraryFull) as err:
        return fresh, err
    return fresh, None


def analysis_for(library: Library, article: Article, model: str | None = None) -> tuple[Analysis, LibraryError | None]:
    """The stored analysis, or a fresh one (stored for next time if it can be). The second case loads spaCy."""
    found = stored_analysis(library, article)
    if found is not None:
        return found, None
    return fresh_analysis(library, article, model)
