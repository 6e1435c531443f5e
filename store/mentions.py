"""Every analysed article's quotes and calendar dates, kept small for the views across the library.

The Speakers and Timeline views, `newsreader speakers` and `newsreader quotes` read these
records, never the analyses and texts. An article's records are written with its analysis,
under the same lock (Library.save_analysis_docs), in shards of 256 articles beside the
analyses, one folder per kind under library.views/, in this order:

    dates/NNNNN.json      "dv": each calendar date's value (2025-09-03, 2025-09 or 2025)
                          "do": its start-end in the text
    sentences/NNNNN.json  "d":  its words <tab> the sentence it stands in
    quotes/NNNNN.json     "q":  speaker, named, role, kind, start, end, spans, text, tab-separated
    speakers/NNNNN.json   "sa": each speaker once; "sc": how many quotes each has
                          "sn": the named ones; "sr": speaker <tab> role, once per pair the article gives
                          "sf": speaker <tab> affiliation, the same way (optional, see below)

Each field is one string, a line per item (tabs and newlines in the article's words become
spaces). Each record also holds its article's "id" and its version "v" (RECORDS_VERSION); a record of
another version counts as missing. The speakers record is written last: an article that has
one has them all ("recorded").

"sf" came after the records of this version were first written, so a record without it is still
whole: its speakers are shown with their role alone until the analysis is made again. Keeping the
version, rather than raising it, lets a large library open its views at once instead of rebuilding
every record from the analyses first; the next ANALYZER_VERSION rewrites them all anyway.

Why this shape: a view reads a record of every article in the library, and at 10,000 articles
its time goes to what it parses and to the Python objects it makes. So a view reads only its
own kinds: the Speakers view the speakers records (2 MB at 10,000 articles), the Timeline the
dates and, for the rows on screen only, their sentences; quotes are read a speaker at a time.
And JSON parses one string of lines far faster than the many short values of the same rows
(lists of names took a third longer, and lists of numbers four times as long), while a join
and a split give a view every line of a field in two calls.

A speaker is named as the views list it (store/sources.py: "Officials said" joins "officials");
an unattributed quote has an empty speaker. `spans` is "a-b,c-d" for a quote split around
its cue, else empty. Offsets are the analysis's, into the stored text.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from .analysis.types import calendar_value
from .analysis.version import ANALYZER_VERSION
from .jsonfile import Stamp, file_stamp, load_json_file
from .sources import as_source

Record = dict[str, Any]

# The analyzer's version, and the records' own after the dot: bumped when what a record holds changes while
# the analyses do not (2: a pronoun is no speaker), so that the records written before count as missing and
# are made again from the stored analyses (store/analyses.py, unanalysed), with no article analysed again;
# the article's facets are saved again with them (3: they name speakers as the records do).
RECORDS_VERSION = f"{ANALYZER_VERSION}.4"

KINDS = {  # in the order they are written: each kind's fields
    "dates": ("dv", "do"),
    "sentences": ("d",),
    "quotes": ("q",),
    "speakers": ("sa", "sc", "sn", "sr"),
}
OPTIONAL = {"speakers": ("sf",)}  # fields a record of this version may lack (older writers): read as empty
_BREAKS = str.maketrans({"\t": " ", "\n": " ", "\r": " "})
_ADVICE = "it holds nothing the analyses do not: move it away and newsreader rebuilds it"


class QuoteRow(NamedTuple):
    speaker: str  # "" when the quote is unattributed
    named: bool
    role: str
    kind: str
    start: int
    end: int
    spans: tuple[tuple[int, int], ...]  # what to mark in the article: the quoted pieces, else the whole
    text: str


def _field(value: object) -> str:
    return "" if value is None else str(value).translate(_BREAKS)


def _first(row: list[Any]) -> int:
    return row[0]


def records_of(rows: Mapping[str, Any], text: str) -> dict[str, Record]:
    """An article's records by kind, from its analysis as stored (store/analysis/record.py's rows) and its text."""
    canonicals = {row[3] for row in rows.get("ents", ())}
    lines, counts, named, roles, affiliations = [], {}, {}, {}, {}
    for s, e, spans, kind, speaker, at, _, _, _, _, *who in sorted(rows.get("quotes", ()), key=_first):
        name, is_named = as_source(_field(speaker), canonicals, text, at) if speaker else ("", False)
        role = _field(who[0] if who else None) if name else ""  # no one's role: the quote is unattributed
        split = spans and not (len(spans) == 1 and tuple(spans[0]) == (s, e))
        pieces = ",".join(f"{a}-{b}" for a, b in spans) if split else ""
        lines.append("\t".join((name, str(int(is_named)), role, _field(kind), str(s), str(e), pieces, _field(text[s:e]))))
        if name:
            counts[name] = counts.get(name, 0) + 1
            named[name] = named.get(name, False) or is_named
            if role:
                roles[f"{name}\t{role}"] = None
            if affiliation := _field(who[1] if len(who) > 1 else None):  # rows of an older analysis have none
                affiliations[f"{name}\t{affiliation}"] = None
    dates = [
        (day, s, e, a, b)
        for s, e, kind, value, a, b in sorted(rows.get("dates", ()), key=_first)
        if (day := calendar_value(kind, value))
    ]
    found = {
        "dates": {"dv": "\n".join(d[0] for d in dates), "do": "\n".join(f"{s}-{e}" for _, s, e, _, _ in dates)},
        "sentences": {"d": "\n".join(f"{_field(text[s:e])}\t{_field(text[a:b])}" for _, s, e, a, b in dates)},
        "quotes": {"q": "\n".join(lines)},
        "speakers": {
            "sa": "\n".join(counts),
            "sc": "\n".join(map(str, counts.values())),
            "sn": "\n".join(name for name, yes in named.items() if yes),
            "sr": "\n".join(roles),
            "sf": "\n".join(affiliations),
        },
    }
    return {kind: {"v": RECORDS_VERSION, **fields} for kind, fields in found.items()}


def quote_rows(record: Record) -> list[QuoteRow]:
    """The quotes of one quotes record, in the order of the text."""
    found = []
    for line in record["q"].split("\n") if record["q"] else ():
        fields = line.split("\t")
        if len(fields) != 8:
            continue  # not written by this version: skipped rather than misread
        speaker, named, role, kind, start, end, pieces, text = fields
        s, e = int(start), int(end)
        spans = tuple(tuple(int(x) for x in p.split("-")) for p in pieces.split(",")) if pieces else ((s, e),)
        found.append(QuoteRow(speaker, named == "1", role, kind, s, e, spans, text))  # type: ignore[arg-type]
    return found


def joined(records: Iterable[Record], field: str) -> list[str]:
    """One field's lines across many records, in one list: a join and a split, no loop over the lines. A record
    without the field (an OPTIONAL one) gives no line."""
    text = "\n".join(value for r in records if (value := r.get(field)))
    return text.split("\n") if text else []


class RecordFiles:
    """The records of one kind, for the whole library or shard by shard. A shard is read again only once it
    has been replaced (the reader keeps one of these per kind: after an analysis is saved, the next view
    reads one small file again)."""

    def __init__(self, folder: Path, fields: tuple[str, ...], optional: tuple[str, ...] = ()) -> None:
        self.folder, self.fields, self.optional = folder, fields, optional
        self.version = 0  # changes whenever what `records` returns may have
        self._shards: dict[str, tuple[Stamp | None, dict[str, Record]]] = {}  # file name -> records by id
        self._where: dict[str, str] = {}  # article id -> the file its record was last found in

    def records(self, known: Iterable[str] | Mapping[str, Any]) -> dict[str, Record]:
        """Current records by article id, for the articles in `known` (others were removed meanwhile)."""
        wanted = known if isinstance(known, (set, frozenset, Mapping)) else set(known)
        try:
            names = sorted(p.name for p in self.folder.glob("[0-9]*.json"))
        except OSError:
            names = []
        found: dict[str, Record] = {}
        for name in names:
            for article_id, record in self._shard(name).items():
                if article_id in wanted:
                    found[article_id] = record
                    self._where[article_id] = name
        if len(self._shards) != len(names):
            self._shards = {name: self._shards[name] for name in names if name in self._shards}
            self.version += 1
        return found

    def shard_of(self, article_id: str) -> str | None:
        """The file of the article's record, as last read by `records`: records of other kinds are in the file
        of the same name in their folders."""
        return self._where.get(article_id)

    def record_in(self, shard: str | None, article_id: str) -> Record | None:
        """One article's current record, reading only its shard."""
        return self._shard(shard).get(article_id) if shard else None

    def _shard(self, name: str) -> dict[str, Record]:
        path = self.folder / name
        stamp = file_stamp(path)
        cached = self._shards.get(name)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        data = (load_json_file(path, _ADVICE) or {}) if stamp is not None else {}
        current = {doc["id"]: doc for doc in data.get("records", {}).values() if self._current(doc)}
        self._shards[name] = (stamp, current)
        self.version += 1
        return current

    def _current(self, doc: object) -> bool:
        """Of this version, and whole: a record that is not (edited by hand, say) counts as missing
        rather than break a view; the next scan for unanalysed articles writes it again."""
        if type(doc) is not dict or doc.get("v") != RECORDS_VERSION or type(doc.get("id")) is not str:
            return False
        for field in self.fields:
            if type(doc.get(field)) is not str:
                return False
        for field in self.optional:
            if field in doc and type(doc[field]) is not str:
                return False
        return _WHOLE.get(self.fields, _whole)(doc)


def _whole(doc: Record) -> bool:
    return True


def _dates_whole(doc: Record) -> bool:
    return doc["dv"].count("\n") == doc["do"].count("\n")


def _speakers_whole(doc: Record) -> bool:
    counts = doc["sc"]
    return doc["sa"].count("\n") == counts.count("\n") and (not counts or counts.replace("\n", "").isdigit())


# fields whose lines go in pairs, one line each per item
_WHOLE = {KINDS["dates"]: _dates_whole, KINDS["speakers"]: _speakers_whole}


def files(paths: Any, kind: str) -> RecordFiles:
    """The records of one kind (a key of KINDS) of a library (its LibraryPaths)."""
    return RecordFiles(paths.views / kind, KINDS[kind], OPTIONAL.get(kind, ()))


def records_to_save(paths: Any, results: Iterable[tuple[str, Mapping[str, Any], str]]) -> dict[Path, dict[str, Record]]:
    """Library.save_analysis_docs's `records` for (article id, analysis rows, text) triples, folder by folder
    in the order of KINDS."""
    by_kind: dict[str, dict[str, Record]] = {kind: {} for kind in KINDS}
    for article_id, rows, text in results:
        for kind, record in records_of(rows, text).items():
            by_kind[kind][article_id] = record
    return {paths.views / kind: found for kind, found in by_kind.items()}


def recorded(paths: Any, ids: Iterable[str], records: LibraryRecords | None = None) -> set[str]:
    """Which of these articles have their records (a current speakers record: written last)."""
    if records is not None:
        return set(records.all("speakers", set(ids)))
    return set(files(paths, "speakers").records(set(ids)))


class LibraryRecords:
    """Every kind of record of one library, kept between views (a reader holds one), safe to share between
    its thread and a view's."""

    def __init__(self, paths: Any) -> None:
        self._files = {kind: files(paths, kind) for kind in KINDS}
        self._lock = threading.Lock()

    def all(self, kind: str, known: Iterable[str] | Mapping[str, Any]) -> dict[str, Record]:
        """The records of this kind of every article in `known`."""
        with self._lock:
            return self._files[kind].records(known)

    def version(self, kind: str) -> int:
        """Changes whenever `all` of this kind may return something new (a shard written since)."""
        return self._files[kind].version

    def some(self, kind: str, ids: Iterable[str], found_with: str) -> dict[str, Record]:
        """The records of these articles only, reading only their shards: those `all` found their
        `found_with` records in (the quotes of a speaker's articles, the sentences of the dates on screen)."""
        where, target = self._files[found_with], self._files[kind]
        found = {}
        for article_id in ids:
            with self._lock:  # an article at a time: a view's thread reading every shard lets the screen in between
                record = target.record_in(where.shard_of(article_id), article_id)
            if record is not None:
                found[article_id] = record
        return found
