"""Fetch subscriptions in parallel and save only the entries not seen before.

Fetching runs in threads (the work is waiting on servers); parsing and saving
run in the calling thread, one feed at a time as its answer arrives, each under
the library's write lock: the articles first, then the feed's row, so a crash in
between costs at most a duplicate that the library's text ids skip next time.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field

from ..article import Article, now
from ..errors import ImportProblem
from ..ingest.feeds import feed_items, looks_like_feed
from ..ingest.fields import DEFAULT_MAX_CHARS, build_article
from ..text import clean_line
from .fetch import MAX_FEED_BYTES, TIMEOUT, Fetched, client, fetch_feed
from .subscriptions import Subscription, Subscriptions, check_url, default_name, subscriptions_of

JOBS = 4


@dataclass
class Outcome:
    """What one feed's refresh did: `problem` set means it failed and nothing of it was saved."""

    url: str
    name: str
    added: list[Article] = field(default_factory=list)
    duplicates: int = 0
    not_modified: bool = False
    problem: ImportProblem | None = None
    entry_problems: list[ImportProblem] = field(default_factory=list)


@dataclass(frozen=True)
class Limits:
    timeout: float = TIMEOUT
    max_bytes: int = MAX_FEED_BYTES
    max_chars: int = DEFAULT_MAX_CHARS


Items = list[tuple[str, tuple[str, dict] | ImportProblem]]


def _parse(fetched: Fetched, where: str) -> Items:
    if fetched.body is None:
        return []
    body = fetched.body
    if not looks_like_feed(body[:2048]):
        head = body.lstrip()[:64].lower()
        if "html" in fetched.content_type or head.startswith((b"<!doctype html", b"<html")):
            raise ImportProblem(where, "is a web page (HTML), not an RSS or Atom feed")
    return list(feed_items(body, where, allow_empty=True))


def _commit(library, subs: Subscriptions, sub: Subscription, fetched: Fetched, items: Items, limits: Limits,
            create: bool) -> Outcome:
    outcome = Outcome(sub.url, sub.name)
    seen = set(sub.seen)
    articles: list[Article] = []
    for key, item in items:
        if key in seen:
            continue
        if isinstance(item, ImportProblem):
            outcome.entry_problems.append(item)
            continue
        label, fields = item
        try:
            articles.append(build_article(label, max_chars=limits.max_chars, **fields))
        except ImportProblem as problem:
            outcome.entry_problems.append(problem)
    # the subscriptions are read before the articles are saved: a damaged file stops both
    with library.lock, subs.editing() as feeds:
        row = feeds.get(sub.url)
        if row is None:
            if not create:
                return outcome  # unsubscribed while its answer was on the way
            row = feeds[sub.url] = sub
        result = library.add(articles) if articles else None
        row.last_fetched = now().isoformat()
        row.last_error = ""
        if fetched.body is not None:
            row.etag, row.last_modified = fetched.etag, fetched.last_modified
            row.remember([key for key, _ in items])
            known = set(row.articles)
            row.articles.extend(dict.fromkeys(a.id for a in articles if a.id not in known))  # two entries, one text
    outcome.not_modified = fetched.body is None
    if result is not None:
        outcome.added = result.stored
        outcome.duplicates = result.duplicates
    return outcome


def _failed(subs: Subscriptions, sub: Subscription, problem: ImportProblem) -> Outcome:
    with subs.editing() as feeds:
        if sub.url in feeds:
            feeds[sub.url].last_error = problem.problem
    return Outcome(sub.url, sub.name, problem=problem)


def refresh(library, *, jobs: int = JOBS, limits: Limits = Limits(),
            on_done: Callable[[Outcome], None] | None = None) -> list[Outcome]:
    """Refresh every subscription; one feed's failure is its Outcome's problem, never the others'."""
    subs = subscriptions_of(library)
    todo = subs.all()
    outcomes: list[Outcome] = []
    if not todo:
        return outcomes
    with client(limits.timeout, jobs) as http, ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        running = {
            pool.submit(fetch_feed, http, s.url, s.etag, s.last_modified, timeout=limits.timeout,
                        max_bytes=limits.max_bytes): s
            for s in todo
        }
        try:
            for future in as_completed(running):
                sub = running[future]
                try:
                    fetched = future.result()
                    outcome = _commit(library, subs, sub, fetched, _parse(fetched, sub.url), limits, create=False)
                except ImportProblem as problem:
                    outcome = _failed(subs, sub, _named(problem, sub))
                outcomes.append(outcome)
                if on_done is not None:
                    on_done(outcome)
        except BaseException:
            # a full disk or Ctrl-C: the feeds still queued are not fetched for nothing
            pool.shutdown(wait=False, cancel_futures=True)
            raise
    return outcomes


def _named(problem: ImportProblem, sub: Subscription) -> ImportProblem:
    """The feed's name beside its URL, so the line says which subscription failed."""
    # problem.where is the URL as check_url shows it (escaped if the file was edited by hand)
    name = clean_line(sub.name)
    if name and name != problem.where and name != default_name(sub.url):
        return ImportProblem(f"{name} ({problem.where})", problem.problem)
    return problem


def subscribe(library, url: str, name: str = "", *, limits: Limits = Limits()) -> tuple[Subscription, Outcome]:
    """Fetch `url` now and, if it is a feed, keep the subscription with its articles.

    A first fetch that fails stores nothing: an address that never worked is most
    likely a typing mistake, and the message says why.
    """
    url = check_url(url)
    with client(limits.timeout, 1) as http:
        fetched = fetch_feed(http, url, timeout=limits.timeout, max_bytes=limits.max_bytes)
    items = _parse(fetched, url)
    title = ""
    for _, item in items:
        if not isinstance(item, ImportProblem) and item[1].get("source"):
            title = clean_line(item[1]["source"])
            break
    # names reach the terminal in `feeds list`: no escape sequences from a stranger's feed title
    sub = Subscription(url=url, name=clean_line(name) or title or default_name(url), added=now().isoformat())
    return sub, _commit(library, subscriptions_of(library), sub, fetched, items, limits, create=True)
