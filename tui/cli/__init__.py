"""The `newsreader` command: the reader with no arguments, or a subcommand.

Errors are one line on stderr and a non-zero exit, never a traceback
(NEWSREADER_DEBUG=1 shows it for a bug report).
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

from store import __version__
from store.errors import NewsreaderError
from store.paths import ENV_DB, resolve_db

if TYPE_CHECKING:
    import argparse

EXIT_ERROR = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    import argparse  # not for the reader's own command line (reader_options): it costs its start 1%

    def options(default: object) -> argparse.ArgumentParser:
        shared = argparse.ArgumentParser(add_help=False)
        shared.add_argument("--db", metavar="PATH", default=default,
                            help=f"library file (default: ${ENV_DB}, else the user data folder)")
        shared.add_argument("--model", metavar="NAME", default=default,
                            help="spaCy model (default: $NEWSREADER_MODEL, else en_core_web_sm)")
        return shared

    # a subcommand's own default would overwrite `newsreader --db X list`'s X: only the top level has one
    common = options(argparse.SUPPRESS)

    parser = argparse.ArgumentParser(
        prog="newsreader",
        parents=[options(None)],
        description="Read the news closely: entities, quotes by speaker and key dates, in your terminal.",
        epilog="With no command, newsreader opens the reader.",
    )
    parser.add_argument("--version", action="version", version=f"newsreader {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    add = sub.add_parser("add", parents=[common], help="import files, folders, JSON/JSONL, feeds or URLs")
    add.add_argument("sources", nargs="+", metavar="PATH|URL")
    add.add_argument("--title", default="", help="title (single file only)")
    add.add_argument("--source", default="", help="source, e.g. the agency (single file only)")
    add.add_argument("--published", default="", metavar="YYYY-MM-DD", help="publication date (single file only)")
    add.add_argument("--url", default="", help="the article's address (single file only)")
    add.add_argument("--max-size", type=float, default=5.0, metavar="MB", help="refuse texts larger than this (default 5)")
    add.add_argument("--encoding", help="encoding of files that are not UTF-8, e.g. cp1252")
    add.add_argument("--timeout", type=float, default=15.0, metavar="S", help="network timeout for URLs (default 15)")
    add.add_argument("-v", "--verbose", action="store_true", help="print each article once it is saved")
    add.add_argument("--no-analyze", action="store_true", help="save now, analyse each article when first opened")
    add.add_argument("--jobs", type=int, default=1, metavar="N", help="processes for the analysis (default 1)")

    lst = sub.add_parser("list", parents=[common], help="list the library, newest first")
    lst.add_argument("--json", action="store_true", help="one JSON object per line")

    show = sub.add_parser("show", parents=[common], help="print an article")
    show.add_argument("id", help="article id, or a unique prefix of at least 4 characters")
    fmt = show.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--markdown", action="store_true")

    remove = sub.add_parser("remove", parents=[common], help="remove articles")
    remove.add_argument("ids", nargs="+", metavar="ID", help="an id or a unique prefix; several remove several")

    sub.add_parser("export", parents=[common], help="print every article as JSON lines (re-importable with add)")

    feeds = sub.add_parser("feeds", parents=[common], help="subscribe to RSS and Atom feeds")
    feeds_sub = feeds.add_subparsers(dest="feeds_command", metavar="ACTION")
    feeds_add = feeds_sub.add_parser("add", parents=[common], help="subscribe to a feed and fetch it now")
    feeds_add.add_argument("url", metavar="URL")
    feeds_add.add_argument("--name", default="", help="the name to list it under (default: the feed's title)")
    feeds_add.add_argument("--no-analyze", action="store_true", help="save now, analyse each article when first opened")
    feeds_add.add_argument("--timeout", type=float, default=15.0, metavar="S", help="give up on the feed after this (default 15)")
    feeds_list = feeds_sub.add_parser("list", parents=[common], help="name, URL, last fetch, last error, articles")
    feeds_list.add_argument("--json", action="store_true", help="one JSON object per line")
    feeds_remove = feeds_sub.add_parser("remove", parents=[common], help="unsubscribe (the articles stay)")
    feeds_remove.add_argument("feed", metavar="URL|NAME")
    feeds_import = feeds_sub.add_parser("import", parents=[common], help="subscribe to the feeds of an OPML or newsboat urls file")
    feeds_import.add_argument("file", metavar="FILE")
    feeds_sub.add_parser("export", parents=[common], help="print the subscriptions as OPML 2.0")

    refresh = sub.add_parser("refresh", parents=[common], help="fetch every subscription and save the new entries")
    refresh.add_argument("--no-analyze", action="store_true", help="save now, analyse each article when first opened")
    refresh.add_argument("--jobs", type=int, default=4, metavar="N", help="feeds fetched at once (default 4)")
    refresh.add_argument("--timeout", type=float, default=15.0, metavar="S", help="give up on a feed after this (default 15)")

    def analysis_options(command: argparse.ArgumentParser) -> None:
        command.add_argument("--no-analyze", action="store_true", help="leave out the articles not analysed yet")
        command.add_argument("--jobs", type=int, default=1, metavar="N", help="processes to analyse those (default 1)")

    speakers = sub.add_parser("speakers", parents=[common], help="everyone quoted in the library: quotes and articles each")
    speakers.add_argument("--json", action="store_true", help="one JSON object per line")
    analysis_options(speakers)

    quotes = sub.add_parser("quotes", parents=[common], help="the library's quotes, newest first")
    quotes.add_argument("--speaker", metavar="NAME", help="only this speaker's (the full name, or a part only they have)")
    quotes.add_argument("--article", metavar="ID", help="only this article's (an id or a unique prefix)")
    quotes.add_argument("--since", metavar="YYYY-MM-DD", help="only from articles published on or after this day")
    quotes.add_argument("--until", metavar="YYYY-MM-DD", help="only from articles published on or before this day")
    quote_format = quotes.add_mutually_exclusive_group()
    quote_format.add_argument("--json", action="store_true", help="one JSON object per line")
    quote_format.add_argument("--csv", action="store_true", help="CSV with a header row")
    analysis_options(quotes)

    analyze = sub.add_parser("analyze", parents=[common], help="print the analysis of a file or a JSONL batch as JSON")
    analyze.add_argument("source", metavar="FILE|BATCH.jsonl|-", help="a .txt/.md/.html file, a JSONL batch, or - for stdin")
    analyze.add_argument("--published", default="", metavar="YYYY-MM-DD", help="publication date of a single file")
    analyze.add_argument("--jobs", type=int, default=1, metavar="N", help="processes for a batch (default 1)")
    return parser


def reader_options(argv: Sequence[str]) -> SimpleNamespace | None:
    """`newsreader [--db PATH] [--model NAME]`, the reader's command line, read without building the parser:
    its fifteen commands cost the reader's start 3% (of an empty Textual app's). None for anything else
    (a command, help, an abbreviated option, an option without its value): the parser reads those."""
    found: dict[str, str | None] = {"db": None, "model": None}
    tokens = list(argv)
    while tokens:
        name, eq, value = tokens.pop(0).partition("=")
        if name not in ("--db", "--model"):
            return None
        if not eq:
            if not tokens:
                return None
            value = tokens.pop(0)
        if not value or value.startswith("-"):
            return None
        found[name[2:]] = value
    return SimpleNamespace(command=None, **found)


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = reader_options(argv) or build_parser().parse_args(argv)
    try:
        return run(args)
    except NewsreaderError as err:
        print(f"newsreader: {err}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("newsreader: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # output piped into `head`: not an error worth a message
        sys.stderr.close()
        return EXIT_ERROR
    except Exception as err:  # the last line of defence: one line, not a traceback
        if os.environ.get("NEWSREADER_DEBUG"):
            raise
        print(f"newsreader: internal error: {type(err).__name__}: {err} (NEWSREADER_DEBUG=1 shows details)", file=sys.stderr)
        return EXIT_ERROR


def run(args: argparse.Namespace | SimpleNamespace) -> int:
    if args.command == "analyze":
        from .analyze import cmd_analyze

        return cmd_analyze(args.source, args.published, args.model, args.jobs)
    db = resolve_db(args.db)
    if args.command is None:
        return open_reader(db, args.model)
    from store.library import Library  # not before the reader's first frame: it reads the library after

    library = Library(db)
    if args.command == "add":
        from .add import cmd_add

        return cmd_add(library, args)
    if args.command == "list":
        return cmd_list(library, args)
    if args.command == "show":
        return cmd_show(library, args)
    if args.command == "remove":
        # every id is looked up first: one mistyped removes none, rather than some of them
        ids = list(dict.fromkeys(library.info(article_id).id for article_id in args.ids))
        for article_id in ids:
            info = library.remove(article_id)
            print(f"Removed {info.id} {info.title}")
        return 0
    if args.command == "export":
        return cmd_export(library)
    if args.command in ("speakers", "quotes"):
        from .views import cmd_quotes, cmd_speakers

        return cmd_speakers(library, args) if args.command == "speakers" else cmd_quotes(library, args)
    if args.command in ("feeds", "refresh"):
        from .feeds import cmd_feeds, cmd_refresh

        return cmd_feeds(library, args) if args.command == "feeds" else cmd_refresh(library, args)
    raise AssertionError(args.command)


def open_reader(db: Path, model: str | None) -> int:
    # The collector stays off until the reader's first rows are drawn (the app turns it back on then):
    # the start allocates some 100,000 objects that live as long as the reader, and the passes over them
    # (a hundred or so, up to the first frame) found almost nothing to free.
    gc.disable()
    try:
        from ..app import NewsreaderApp

        # the app opens (and seeds) the library after its first paint, and reports damage here
        app = NewsreaderApp(db, model=model, seed=True)
        app.run()
    finally:
        gc.enable()
    if app.error is not None:
        raise app.error
    return app.return_code or 0


def cmd_list(library, args: argparse.Namespace) -> int:
    if args.json:
        return list_json(library)
    from rich.console import Console

    from .output import write_library

    infos = library.infos()
    states = library.states()
    console = Console(highlight=False)
    if not infos:
        console.print(f"The library {library.path} is empty. Add articles with `newsreader add PATH`.", markup=False)
        return 0
    write_library(console, infos, states)
    return 0


def list_json(library) -> int:
    """One JSON object a line, from the index's rows as stored: at 100,000 articles, building an
    ArticleInfo for each (dates parsed, then printed again) was most of the time."""
    import orjson

    from store.article import ReadingState

    states = library.states()
    unread = ReadingState()
    out = sys.stdout.buffer
    lines = []
    for record in library.records():
        state = states.get(record["id"], unread)
        record["read"], record["starred"] = state.read, state.starred
        lines.append(orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE))
        if len(lines) == 4096:
            out.write(b"".join(lines))
            lines.clear()
    out.write(b"".join(lines))
    out.flush()
    return 0


def cmd_show(library, args: argparse.Namespace) -> int:
    import orjson

    from .output import article_markdown, article_record, print_article

    article = library.get(args.id)
    state = library.state(article.id)
    if args.json:
        sys.stdout.buffer.write(orjson.dumps(article_record(article, state), option=orjson.OPT_INDENT_2) + b"\n")
    elif args.markdown:
        sys.stdout.write(article_markdown(article))
    else:
        from rich.console import Console

        print_article(Console(highlight=False), article)
    return 0


def cmd_export(library) -> int:
    import orjson

    from .output import article_record

    out = sys.stdout.buffer
    for info in library.infos():
        out.write(orjson.dumps(article_record(library.get(info.id))) + b"\n")
    out.flush()
    return 0

