"""`newsreader feeds …` and `newsreader refresh`: subscriptions kept with the library."""

from __future__ import annotations

import argparse
import sys

from rich.console import Console

from store.errors import ImportProblem, LibraryFull, LibraryReadOnly, NewsreaderError

EXIT_ERROR = 1


def _err() -> Console:
    return Console(stderr=True, highlight=False)


def _say(console: Console, line: str) -> None:
    console.print(line, markup=False, highlight=False, soft_wrap=True)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"


def cmd_feeds(library, args: argparse.Namespace) -> int:
    action = args.feeds_command
    if action == "add":
        return _add(library, args)
    if action == "list":
        return _list(library, args)
    if action == "remove":
        return _remove(library, args)
    if action == "import":
        return _import(library, args)
    if action == "export":
        return _export(library)
    raise NewsreaderError("feeds: say what to do: add, list, remove, import or export (see `newsreader feeds -h`)")


def _limits(args: argparse.Namespace):
    from store.feeds.refresh import Limits

    return Limits(timeout=args.timeout)


def _add(library, args: argparse.Namespace) -> int:
    from store.feeds.refresh import subscribe
    from store.feeds.subscriptions import FeedNotFound, check_url, subscriptions_of

    err = _err()
    url = check_url(args.url)
    try:
        existing = subscriptions_of(library).find(url)
    except FeedNotFound:
        existing = None
    if existing is not None:
        print(f"Already subscribed to {existing.name} ({existing.url}); `newsreader refresh` fetches it.")
        return 0
    try:
        sub, outcome = subscribe(library, url, args.name, limits=_limits(args))
    except ImportProblem as problem:
        _say(err, f"newsreader: {problem}; not subscribed")
        return EXIT_ERROR
    for problem in outcome.entry_problems:
        _say(err, f"newsreader: {problem}")
    analysis = _analyze(library, outcome.added, args, err)
    print(f"Subscribed to {sub.name} ({sub.url}): {_plural(len(outcome.added), 'new article')}"
          + (f", {outcome.duplicates} already in the library" if outcome.duplicates else "") + ".")
    return EXIT_ERROR if outcome.entry_problems or analysis else 0


def _analyze(library, articles, args: argparse.Namespace, err: Console) -> int:
    if args.no_analyze or not articles:
        return 0
    from .add import analyze_new

    return analyze_new(library, articles, args.model, 1, err)


def _counts(library, subs) -> list[tuple[object, int]]:
    return [(s, sum(1 for i in s.articles if i in library)) for s in subs]


def _list(library, args: argparse.Namespace) -> int:
    from store.feeds.subscriptions import subscriptions_of

    subs = sorted(subscriptions_of(library).all(), key=lambda s: s.name.lower())
    rows = _counts(library, subs)
    if args.json:
        import orjson

        out = sys.stdout.buffer
        for sub, count in rows:
            out.write(orjson.dumps({
                "name": sub.name, "url": sub.url, "last_fetched": sub.last_fetched or None,
                "last_error": sub.last_error or None, "articles": count,
            }) + b"\n")
        out.flush()
        return 0
    console = Console(highlight=False)
    if not rows:
        _say(console, "No subscriptions. Subscribe with `newsreader feeds add URL`.")
        return 0
    from rich.table import Table

    table = Table(box=None, pad_edge=False)
    for column in ("name", "URL", "last fetched (UTC)", "articles", "last error"):
        table.add_column(column, justify="right" if column == "articles" else "left", overflow="fold",
                         no_wrap=column.startswith("last fetched"))
    for sub, count in rows:
        fetched = sub.last_fetched[:16].replace("T", " ") if sub.last_fetched else "never"
        table.add_row(sub.name, sub.url, fetched, str(count), sub.last_error)
    console.print(table, markup=False)
    return 0


def _remove(library, args: argparse.Namespace) -> int:
    from store.feeds.subscriptions import subscriptions_of

    subs = subscriptions_of(library)
    sub = subs.find(args.feed)
    with subs.editing() as feeds:
        feeds.pop(sub.url, None)
    print(f"Unsubscribed from {sub.name} ({sub.url}); its articles stay in the library.")
    return 0


def _import(library, args: argparse.Namespace) -> int:
    from pathlib import Path

    from store.article import now
    from store.feeds.opml import read_list
    from store.feeds.subscriptions import Subscription, check_url, default_name, subscriptions_of
    from store.text import clean_line

    err = _err()
    problems = added = already = 0
    with subscriptions_of(library).editing() as feeds:
        for item in read_list(Path(args.file).expanduser()):
            if isinstance(item, ImportProblem):
                problems += 1
                _say(err, f"newsreader: {item}")
                continue
            try:
                url = check_url(item.url)
            except ImportProblem as problem:
                problems += 1
                _say(err, f"newsreader: {item.where}: {problem}")
                continue
            if url in feeds:
                already += 1
                continue
            feeds[url] = Subscription(url=url, name=clean_line(item.name) or default_name(url), added=now().isoformat())
            added += 1
    extras = [f"{already} already subscribed"] if already else []
    if problems:
        extras.append(f"{problems} refused")
    print(f"Subscribed to {_plural(added, 'feed')}" + (f" ({', '.join(extras)})" if extras else "")
          + ("; `newsreader refresh` fetches them." if added else "."))
    return EXIT_ERROR if problems else 0


def _export(library) -> int:
    from store.feeds.opml import write_opml
    from store.feeds.subscriptions import subscriptions_of

    subs = sorted(subscriptions_of(library).all(), key=lambda s: s.name.lower())
    sys.stdout.buffer.write(write_opml((s.url, s.name) for s in subs))
    sys.stdout.buffer.flush()
    return 0


def cmd_refresh(library, args: argparse.Namespace) -> int:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from store.feeds.refresh import refresh
    from store.feeds.subscriptions import subscriptions_of

    err = _err()
    total = len(subscriptions_of(library).all())
    if not total:
        print("No subscriptions to refresh. Subscribe with `newsreader feeds add URL`.")
        return 0
    progress = Progress(
        TextColumn("Refreshing"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[new]} new"),
        TimeRemainingColumn(), console=err, transient=True, disable=total < 4 or not err.is_terminal,
    )
    new: list = []
    failed = entry_problems = unchanged = 0

    def done(outcome) -> None:
        nonlocal failed, entry_problems, unchanged
        if outcome.problem is not None:
            failed += 1
            _say(progress.console, f"newsreader: {outcome.problem}")
        for problem in outcome.entry_problems:
            entry_problems += 1
            _say(progress.console, f"newsreader: {problem}")
        unchanged += outcome.not_modified
        new.extend(outcome.added)
        progress.update(task, advance=1, new=len(new))

    stopped = False
    with progress:
        task = progress.add_task("refresh", total=total, new=0)
        try:
            refresh(library, jobs=max(1, args.jobs), limits=_limits(args), on_done=done)
        except (LibraryReadOnly, LibraryFull) as refused:
            _say(err, f"newsreader: {refused}")
            stopped = True
    analysis = 0 if stopped else _analyze(library, new, args, err)
    extras = []
    if unchanged:
        extras.append(f"{unchanged} not modified")
    if failed:
        extras.append(f"{failed} failed")
    if entry_problems:
        extras.append(f"{_plural(entry_problems, 'entry')} could not be imported".replace("entrys", "entries"))
    if stopped:
        extras.append("stopped: the library cannot be written")
    print(f"Refreshed {_plural(total, 'feed')}: {_plural(len(new), 'new article')}"
          + (f" ({', '.join(extras)})" if extras else "") + ".")
    return EXIT_ERROR if failed or entry_problems or analysis or stopped else 0
