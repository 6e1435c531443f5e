"""`newsreader add`: import, save in batches, then analyse what was new."""

from __future__ import annotations

import argparse
from contextlib import suppress
from typing import TYPE_CHECKING, Any, Self

from store.article import Article
from store.errors import ImportProblem, LibraryFull, LibraryReadOnly, ModelMissing, NewsreaderError

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress

EXIT_ERROR = 1
BATCH = 256


def _stderr() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def _progress(console: Console, label: str, few: bool, counted: str = "{task.fields[found]} articles") -> Progress:
    """`counted`: what follows the figures. Importing counts the sources given, and says how many articles they
    held so far ("3/40 212 articles"); analysing counts the articles themselves ("118/1991 articles")."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(
        TextColumn(label), BarColumn(), MofNCompleteColumn(), TextColumn(counted),
        TimeRemainingColumn(), console=console, transient=True, disable=few or not console.is_terminal,
    )


class _NoProgress:
    """In place of the bar for a single source, which shows none: rich, a tenth of a second to import,
    is loaded only if there is something to print."""

    def __init__(self) -> None:
        self._console: Console | None = None

    @property
    def console(self) -> Console:
        if self._console is None:
            self._console = _stderr()
        return self._console

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def add_task(self, *args: Any, **fields: Any) -> int:
        return 0

    def update(self, *args: Any, **fields: Any) -> None:
        return None


def analyze_new(library, articles: list[Article], model: str | None, jobs: int, err: Console) -> int:
    """Analyse and store; returns 1 if the analysis could not run (the articles stay saved).

    Shared by `add` and the feed commands, so new articles are analysed one way wherever they come from.
    """
    from store.analyses import analyze_articles

    progress = _progress(err, "Analysing", len(articles) < 2, "articles")  # not "118/1991 1991 articles"
    try:
        with progress:
            task = progress.add_task("analyse", total=len(articles))
            for _ in analyze_articles(library, articles, model, n_process=max(1, jobs)):
                progress.advance(task)
    except (ModelMissing, LibraryReadOnly, LibraryFull) as missing:
        err.print(f"newsreader: {missing}; the articles are saved and will be analysed when opened", markup=False, soft_wrap=True)
        return 1
    return 0


def cmd_add(library, args: argparse.Namespace) -> int:
    from store.ingest import ImportOptions, expand, read_sources
    from store.ingest.fields import Overrides, parse_published
    from store.ingest.folders import LeftOut

    overrides = Overrides(
        title=args.title, source=args.source, url=args.url,
        published=parse_published(args.published, "--published") if args.published else None,
    )
    left_out = LeftOut()
    sources = list(expand(args.sources, left_out))
    if overrides != Overrides() and len(sources) != 1:
        raise NewsreaderError("--title, --source, --published and --url apply to a single file, not to several")
    options = ImportOptions(
        overrides=overrides, max_chars=int(args.max_size * 1_000_000), encoding=args.encoding, timeout=args.timeout
    )
    added = duplicates = problems = 0
    batch: list[Article] = []
    to_analyze: list[Article] = []

    def commit() -> None:
        nonlocal added, duplicates
        result = library.add(batch)
        if not args.no_analyze:
            to_analyze.extend(result.stored)
        batch.clear()
        added += len(result.added)
        duplicates += result.duplicates
        if args.verbose:
            for info in result.added:
                print(f"saved {info.id} {info.title}", flush=True)

    progress = _progress(_stderr(), "Importing", False) if len(sources) > 1 else _NoProgress()
    found = 0
    stopped = False
    try:
        with progress:
            task = progress.add_task("import", total=len(sources), found=0)
            for source in sources:
                for item in read_sources([source], options):
                    if isinstance(item, ImportProblem):
                        problems += 1
                        progress.console.print(f"newsreader: {item}", markup=False, highlight=False, soft_wrap=True)
                        continue
                    batch.append(item)
                    found += 1
                    if len(batch) >= BATCH:
                        commit()
                progress.update(task, advance=1, found=found)
            if batch:
                commit()
    except (LibraryReadOnly, LibraryFull) as refused:
        # what was committed before stays; the rest is not half-written, and analysing would hit the same wall
        progress.console.print(f"newsreader: {refused}", markup=False, highlight=False, soft_wrap=True)
        stopped = True
        to_analyze.clear()
    if added > BATCH and not stopped:  # an import: the reader's next start then reads a short log
        with suppress(NewsreaderError):  # busy or full: every article is in, and the log compacts later
            library.tidy_index()
    if to_analyze:
        problems += analyze_new(library, to_analyze, args.model, args.jobs, progress.console)
    summary = f"Added {added} article{'s' * (added != 1)} to {library.path}"
    extras = []
    if duplicates:
        extras.append(f"{duplicates} duplicate{'s' * (duplicates != 1)} skipped")
    if problems:
        extras.append(f"{problems} could not be imported")
    if stopped:
        extras.append("stopped: the library cannot be written")
    print(summary + (f" ({', '.join(extras)})" if extras else "") + ".")
    if left_out:  # not a problem: said, so that a file the user expected is not missed in silence
        print(left_out.summary())
    return EXIT_ERROR if problems or stopped else 0


