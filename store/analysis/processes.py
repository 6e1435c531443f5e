"""Analysis spread over worker processes, for `add --jobs N` and `analyze --jobs N`.

spaCy's own `nlp.pipe(n_process=N)` sends each Doc to the workers and back as bytes, and
msgpack cannot carry what newsreader keeps on a Doc (the publication date, the entity,
quote and date records). So each worker runs the whole pipeline on a batch of texts and
returns the finished Analysis records, which pickle.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import date
from itertools import islice
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

    from .types import Analysis

_worker_nlp: Language | None = None  # set in the parent before the pool starts: forked workers inherit it


def _start_worker(model: str | None) -> None:
    global _worker_nlp
    if _worker_nlp is None:  # a spawned worker (no fork on this platform) loads the pipeline itself
        from .pipeline import build_pipeline

        _worker_nlp = build_pipeline(model)


def _analyse_batch(batch: list[tuple[str, date | None]], piece_limit: int) -> list[Analysis]:
    from .pipeline import analyze_many

    assert _worker_nlp is not None
    return list(analyze_many(_worker_nlp, batch, batch_size=len(batch), piece_limit=piece_limit))


def analyze_in_processes(
    nlp: Language, items: Iterable[tuple[str, date | None]], batch_size: int, n_process: int, piece_limit: int
) -> Iterator[Analysis]:
    """Analyses in the order of `items`, at most two batches per worker in flight."""
    global _worker_nlp
    _worker_nlp = nlp
    model = nlp.meta.get("newsreader_model")
    source = iter(items)
    batches = iter(lambda: list(islice(source, batch_size)), [])
    pending: deque[Future[list[Analysis]]] = deque()
    with ProcessPoolExecutor(n_process, initializer=_start_worker, initargs=(model,)) as pool:
        for batch in batches:
            pending.append(pool.submit(_analyse_batch, batch, piece_limit))
            if len(pending) >= 2 * n_process:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
