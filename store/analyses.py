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
from .errors import ArticleNotFound, LibraryCorrupt, LibraryError, LibraryFull, LibraryReadOnly
from .facets import facets_of
from .library import Library
from .mentions import LibraryRecords, recorded, records_to_save


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _is_current(doc: dict | None, text: str) -> bool:
    return doc is not None and doc.get("version") == ANALYZER_VERSION and doc.get("hash") == text_hash(text)


def stored_analysis(library: Library, article: Article) -> Analysis | None:
    doc = library.analysis_doc(article.id)
    return from_rows(doc, article.text) if doc is not None and _is_current(doc, article.text) else None


def _current_doc(library: Library, article_id: str) -> tuple[dict, Article] | None:
    """The stored analysis doc, if current, with its article. Reads the text only when an analysis of this
    analyzer's version is stored; an article removed meanwhile has none."""
    try:
        doc = library.analysis_doc(article_id)
        if doc is None or doc.get("version") != ANALYZER_VERSION:
            return None
        article = library.get(article_id)
    except ArticleNotFound:
        return None
    return (doc, article) if _is_current(doc, article.text) else None


def has_stored_analysis(library: Library, article_id: str) -> bool:
    """Whether `stored_analysis` would find one, without building it."""
    return _current_doc(library, article_id) is not None


def unanalysed(
    library: Library, ids: Iterable[str], stop: Callable[[], bool] = lambda: False, records: LibraryRecords | None = None
) -> list[str]:
    """The ids, in the order given, of the articles with no stored, current analysis.

    An article with its records for the views across the library (store/mentions.py) has one: they are
    written with it. The others are read in the order they are stored, so each file of texts and of
    analyses is read once; those analysed without records (by an older newsreader, or a crash between the
    writes) get them, built from the analysis. `stop()` is asked every few hundred articles and, when true,
    ends the scan early with what it has. `records`: where to read the records, if a reader keeps them.
    """
    wanted = list(ids)
    try:
        have = recorded(library.paths, wanted, records)
    except LibraryCorrupt:  # said when a view reads it; here, every article is looked at the long way
        have = set()
    missing: set[str] = set()
    rebuilt: list[tuple[str, dict, str]] = []
    for n, article_id in enumerate(library.in_storage_order(i for i in wanted if i not in have)):
        if n % 256 == 0 and stop():
            break
        found = _current_doc(library, article_id)
        if found is None:
            missing.add(article_id)
            continue
        rebuilt.append((article_id, found[0], found[1].text))
        if len(rebuilt) >= 256:
            rebuilt = _save_records(library, rebuilt)
    if rebuilt:
        _save_records(library, rebuilt)
    return [i for i in wanted if i in missing]


def _save_records(library: Library, rebuilt: list[tuple[str, dict, str]]) -> list[tuple[str, dict, str]]:
    # the facets too: made with the records' form (a new form of records can name speakers anew)
    facets = {i: facets_of(from_rows(doc, text), text) for i, doc, text in rebuilt}
    try:
        library.save_analysis_docs({}, facets, records_to_save(library.paths, rebuilt))
    except LibraryError:  # read-only, full, busy or damaged: derived data, rebuilt at the next scan that can
        pass
    return []


def save_analyses(library: Library, results: Iterable[tuple[Article, Analysis]]) -> None:
    results = list(results)
    rows = {a.id: to_rows(r) for a, r in results}
    library.save_analysis_docs(
        {a.id: {"hash": text_hash(a.text), "version": ANALYZER_VERSION, **rows[a.id]} for a, _ in results},
        {a.id: facets_of(r, a.text) for a, r in results},
        records_to_save(library.paths, ((a.id, rows[a.id], a.text) for a, _ in results)),
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
