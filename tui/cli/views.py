"""`newsreader speakers` and `newsreader quotes`: the Speakers view on the command line.

Both read the library's records of speakers and quotes (store/mentions.py). Articles without
them are first given them: built from a stored analysis when there is one, else analysed now with a
progress bar (`--no-analyze` leaves them out instead, and says how many).
"""

from __future__ import annotations

import argparse
import csv
import sys
from datetime import date
from typing import Any

import orjson
from rich.console import Console
from rich.text import Text

from store.errors import NewsreaderError
from store.library import Library
from store.mentions import LibraryRecords
from store.speakers import QuoteEntry, Speaker, SpeakerIndex, quotes_in
from store.text import clean_line

EXIT_ERROR = 1


def read_records(library: Library, ids: list[str], args: argparse.Namespace, err: Console) -> tuple[LibraryRecords, dict[str, dict], int]:
    """The library's records, the speakers records of these articles (analysing those without records
    first), and 1 if that analysis could not be done."""
    from store.analyses import unanalysed

    records = LibraryRecords(library.paths)
    speakers = records.all("speakers", set(ids))
    missing = [i for i in ids if i not in speakers]
    status = 0
    if missing:
        waiting = unanalysed(library, missing)  # gives those with a stored analysis their records
        if waiting and not args.no_analyze:
            from .add import analyze_new

            status = analyze_new(library, [library.get(i) for i in waiting], args.model, args.jobs, err)
        speakers = records.all("speakers", set(ids))
    left_out = len(ids) - len(speakers)
    if left_out:
        err.print(
            f"newsreader: {left_out} article{'s' * (left_out != 1)} not analysed left out"
            + (" (run without --no-analyze to analyse them)" if args.no_analyze else ""),
            markup=False, highlight=False, soft_wrap=True,
        )
    return records, speakers, status


def cmd_speakers(library: Library, args: argparse.Namespace) -> int:
    err = Console(stderr=True, highlight=False)
    infos = {info.id: info for info in library.infos()}
    records, found, status = read_records(library, list(infos), args, err)
    speakers = SpeakerIndex(found, infos, lambda ids: records.some("quotes", ids, "speakers")).speakers
    if args.json:
        out = sys.stdout.buffer
        for s in speakers:
            out.write(orjson.dumps(speaker_record(s)) + b"\n")
        out.flush()
        return status
    write_speakers(Console(highlight=False), speakers)
    return status


def speaker_record(speaker: Speaker) -> dict[str, Any]:
    return {"name": speaker.name, "quotes": speaker.quotes, "articles": speaker.articles,
            "named": speaker.named, "role": speaker.role or None, "affiliation": speaker.affiliation or None}


def write_speakers(console: Console, speakers: list[Speaker]) -> None:
    """A table, named speakers first, then the unnamed sources under their own heading."""
    if not speakers:
        console.print("No quotes in the analysed articles.", markup=False)
        return
    console.print(Text(f"{'Quotes':>7}  {'Articles':>8}  Speaker", style="bold"))
    heading = False
    for s in speakers:
        if not s.named and not heading:
            console.print(Text("Unnamed sources", style="bold"))
            heading = True
        line = Text(f"{s.quotes:>7}  {s.articles:>8}  ")
        line.append(clean_line(s.name))
        if words := s.described:
            line.append(f" · {words}", style="dim")
        console.print(line, soft_wrap=True)


def _day(value: str, option: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise NewsreaderError(f"{option}: not a date (YYYY-MM-DD): {value!r}") from None


def _speaker(index: SpeakerIndex, name: str) -> str:
    """The speaker's name as listed: exactly, else in any case, else the one speaker whose name holds it."""
    found = index.named(name)
    if found is not None:
        return found.name
    holding = [index.names[n] for n in index.named_like(name)]
    if len(holding) == 1:
        return holding[0]
    if holding:
        some = ", ".join(f'"{clean_line(found)}"' for found in holding[:3])
        raise NewsreaderError(f"--speaker {name!r}: {len(holding)} speakers match ({some}{', …' if len(holding) > 3 else ''}); give the full name")
    raise NewsreaderError(f"--speaker {name!r}: nobody of that name is quoted in the analysed articles; `newsreader speakers` lists them")


def cmd_quotes(library: Library, args: argparse.Namespace) -> int:
    since = _day(args.since, "--since") if args.since else None
    until = _day(args.until, "--until") if args.until else None
    if since and until and since > until:
        raise NewsreaderError(f"--since {since} is after --until {until}")
    err = Console(stderr=True, highlight=False)
    infos = {info.id: info for info in library.infos()}
    ids = [library.resolve(args.article)] if args.article else list(infos)
    records, analysed, status = read_records(library, ids, args, err)
    index = SpeakerIndex(analysed, infos, lambda chosen: records.some("quotes", chosen, "speakers"))
    speaker = _speaker(index, args.speaker) if args.speaker else None
    chosen = index.articles_of(speaker) if speaker else [i for i in ids if i in analysed]
    found = quotes_in(records.some("quotes", chosen, "speakers"), infos, speaker=speaker, since=since, until=until,
                      speakers=analysed)
    if args.json:
        out = sys.stdout.buffer
        for quote in found:
            out.write(orjson.dumps(quote_record(quote)) + b"\n")
        out.flush()
    elif args.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        columns = ("speaker", "role", "affiliation", "kind", "text", "article", "title", "published")
        writer.writerow(columns)
        for quote in found:
            row = quote_record(quote)
            writer.writerow([clean_line(str(row[key] or "")) for key in columns])
    else:
        write_quotes(Console(highlight=False), found)
    return status


def quote_record(quote: QuoteEntry) -> dict[str, Any]:
    info = quote.article
    return {
        "speaker": quote.speaker or None, "role": quote.role or None, "affiliation": quote.affiliation or None,
        "kind": quote.kind, "text": quote.text,
        "article": info.id, "title": info.title, "published": info.published.isoformat() if info.published else None,
        "start": quote.spans[0][0], "end": quote.spans[-1][1], "named": quote.named,
    }


def write_quotes(console: Console, quotes: list[QuoteEntry]) -> None:
    if not quotes:
        console.print("No quotes found.", markup=False)
        return
    for n, quote in enumerate(quotes):
        if n:
            console.print()
        head = Text(clean_line(quote.speaker) or "(unattributed)", style="bold")
        if quote.speaker and (words := quote.described):  # as the Quotes panel shows the speaker
            head.append(f" · {words}")
        head.append(f" — {quote.kind}", style="dim")
        console.print(head, soft_wrap=True)
        console.print(Text(clean_line(quote.text)))
        info = quote.article
        where = " · ".join(x for x in (clean_line(info.title), info.published.isoformat() if info.published else "", info.id[:8]) if x)
        console.print(Text(where, style="dim"), soft_wrap=True)
