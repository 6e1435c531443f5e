"""The analysis pipeline: the spaCy model plus newsreader's components, run with nlp.pipe."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from ..model import load_model, model_name
from . import extensions  # noqa: F401  (registers the Doc extensions)
from .attribute_ruler_index import index_attribute_ruler
from .doctext import keep_text
from .legal_forms import legal_forms_as_written_usually
from .rank_abbreviations import keep_ranks_whole
from .types import Analysis, EntityMention, Quote, ReferenceDate
from .version import ANALYZER_VERSION

__all__ = ["ANALYZER_VERSION", "analyze", "analyze_many", "build_pipeline"]

# spaCy's memory follows the characters it holds at once, so a long text goes through in pieces
# and a batch holds at most BATCH_CHARS: a 104,179-character interview took 689 MB in one piece,
# 362 MB in 30,000-character pieces analysed one after the other.
MAX_PIECE = 30_000
BATCH_CHARS = 50_000
COMPONENTS = ("newsreader_entities", "newsreader_dates", "newsreader_quotes")


def build_pipeline(model: str | None = None) -> Language:
    """The model named by --model / NEWSREADER_MODEL / the default, with newsreader's components last."""
    from . import paragraphs  # noqa: F401  (register the component factories)
    from .dates import component as _dates  # noqa: F401
    from .entities import component as _entities  # noqa: F401
    from .quotes import component as _quotes  # noqa: F401

    nlp = load_model(model_name(model))
    keep_ranks_whole(nlp)
    index_attribute_ruler(nlp)  # the same parts of speech and lemmas, matched at a sixth of the cost
    nlp.meta["newsreader_model"] = model  # worker processes build the same pipeline from it
    if "newsreader_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("newsreader_paragraphs", before="parser" if "parser" in nlp.pipe_names else None)
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)
    return nlp


# Zero-width characters pasted from the web split or glue words ("Daily Xtra\u200d's editorial director"):
# the model reads a space in their place, one character for one, so every offset still points into the text.
_INVISIBLE = str.maketrans({c: " " for c in "\u200b\u200c\u200d\u2060\ufeff"})
# Windows-1252 punctuation read as Latin-1 leaves C1 code points where the quotation marks and dashes were
# (import repairs them, store/text.py; a batch is analysed as given): the model reads the marks, one for one.
# Not the bullet U+0095: read as '•' in a list of launches, the model joined list items into names.
_INVISIBLE.update(str.maketrans("\x85\x91\x92\x93\x94\x96\x97", "…‘’“”–—"))


# The model knows contractions by the straight apostrophe: "it’s" written curly came out a verb with lemma '’', so
# "it’s unlikely that X" read as a report. The ending of a contraction or possessive is read straight, one character
# for one, so offsets hold and `_as_written` gives spans back as written. Not a closing single quote (no letter
# after), nor a name's apostrophe ("O’Brien": no ending of these).
_CURLY_ENDING = re.compile(r"(?<=[^\W_])’(?=(?:s|t|re|ve|d|ll|m)\b)", re.IGNORECASE)


def make_doc(nlp: Language, text: str, published: date | None) -> Doc:
    text = _CURLY_ENDING.sub("'", text.translate(_INVISIBLE))
    text = legal_forms_as_written_usually(text)
    doc = nlp.make_doc(text)
    keep_text(doc, text)  # the components read it several times; Doc.text would join the tokens each time
    doc._.published = published
    return doc


def to_analysis(doc: Doc) -> Analysis:
    return Analysis(
        reference_date=doc._.reference_date or ReferenceDate(),
        entities=tuple(doc._.entities or ()),
        quotes=tuple(doc._.quotes or ()),
        dates=tuple(doc._.dates or ()),
    )


def pieces(text: str, limit: int = MAX_PIECE) -> list[tuple[int, str]]:
    """(offset, piece) cuts at paragraph breaks, else at a space, none longer than `limit`.

    spaCy refuses texts over nlp.max_length (1,000,000 characters) and its memory
    grows with the text, so long articles are analysed a piece at a time.
    """
    out: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        cut = text.rfind("\n", start, start + limit)
        if cut <= start:
            cut = text.rfind(" ", start, start + limit)
        cut = start + limit if cut <= start else cut + 1
        out.append((start, text[start:cut]))
        start = cut
    out.append((start, text[start:]))
    return out


def _shifted(analysis: Analysis, offset: int) -> Analysis:
    if offset == 0:
        return analysis

    def opt(value: int | None) -> int | None:
        return None if value is None else value + offset

    return replace(
        analysis,
        entities=tuple(replace(e, start=e.start + offset, end=e.end + offset) for e in analysis.entities),
        quotes=tuple(
            replace(
                q, start=q.start + offset, end=q.end + offset, spans=tuple((a + offset, b + offset) for a, b in q.spans),
                speaker_start=opt(q.speaker_start), speaker_end=opt(q.speaker_end),
                cue_start=opt(q.cue_start), cue_end=opt(q.cue_end),
            )
            for q in analysis.quotes
        ),
        dates=tuple(
            replace(d, start=d.start + offset, end=d.end + offset,
                    sentence_start=d.sentence_start + offset, sentence_end=d.sentence_end + offset)
            for d in analysis.dates
        ),
    )


_STRAIGHT_ENDING = re.compile(_CURLY_ENDING.pattern.replace("\u2019", "'"), re.IGNORECASE)


def _name_as_written(name: str | None, text: str) -> str | None:
    """A name, title or cue built from the Doc's text, with the apostrophes of its contractions as the article wrote
    them: one the article never writes straight was read straight (`_CURLY_ENDING`)."""
    if not name or "'" not in name or name in text:
        return name
    curly = _STRAIGHT_ENDING.sub("\u2019", name)
    return curly if "\u2019" in text else name


def _quote_as_written(q: Quote, text: str) -> Quote:
    fields = {"text": text[q.start:q.end], "speaker": _name_as_written(q.speaker, text),
              "cue": _name_as_written(q.cue, text), "speaker_role": _name_as_written(q.speaker_role, text),
              "affiliation": _name_as_written(q.affiliation, text)}
    changed = {k: v for k, v in fields.items() if v != getattr(q, k)}
    return replace(q, **changed) if changed else q


def _entity_as_written(e: EntityMention, text: str) -> EntityMention:
    fields = {"text": text[e.start:e.end], "canonical": _name_as_written(e.canonical, text),
              "role": _name_as_written(e.role, text)}
    changed = {k: v for k, v in fields.items() if v != getattr(e, k)}
    return replace(e, **changed) if changed else e


def _as_written(analysis: Analysis, text: str) -> Analysis:
    """Every span's text as the article has it: the tokenizer reads zero-width characters (U+200B, U+FEFF)
    as spaces, so a Doc's text can differ from the article's at the same offsets."""
    return replace(
        analysis,
        entities=tuple(_entity_as_written(e, text) for e in analysis.entities),
        quotes=tuple(_quote_as_written(q, text) for q in analysis.quotes),
        dates=tuple(d if d.text == text[d.start:d.end] else replace(d, text=text[d.start:d.end])
                    for d in analysis.dates),
    )


def _merge(parts: list[Analysis]) -> Analysis:
    if len(parts) == 1:
        return parts[0]
    known = [p.reference_date for p in parts if p.reference_date.value]
    return Analysis(
        reference_date=known[0] if known else parts[0].reference_date,
        entities=tuple(e for p in parts for e in p.entities),
        quotes=tuple(q for p in parts for q in p.quotes),
        dates=tuple(d for p in parts for d in p.dates),
    )


def analyze_many(
    nlp: Language,
    items: Iterable[tuple[str, date | None]],
    batch_size: int = 32,
    n_process: int = 1,
    piece_limit: int = MAX_PIECE,
) -> Iterator[Analysis]:
    """One Analysis per (text, published) pair, in order; long texts go through in pieces."""
    if n_process > 1:
        from .processes import analyze_in_processes

        yield from analyze_in_processes(nlp, items, batch_size, n_process, piece_limit)
        return
    owners: list[tuple[int, int, int]] = []  # (item number, piece offset, pieces in the item)
    texts: dict[int, str] = {}

    def docs() -> Iterator[Doc]:
        for number, (text, published) in enumerate(items):
            texts[number] = text
            cut = pieces(text, piece_limit)
            for offset, piece in cut:
                owners.append((number, offset, len(cut)))
                yield make_doc(nlp, piece, published)

    def batches() -> Iterator[list[Doc]]:
        batch: list[Doc] = []
        held = 0
        for doc in docs():
            size = doc[-1].idx + len(doc[-1]) if len(doc) else 0  # doc.text would rebuild the whole string
            if batch and (len(batch) >= batch_size or held + size > BATCH_CHARS):
                yield batch
                batch, held = [], 0
            batch.append(doc)
            held += size
        if batch:
            yield batch

    def analysed() -> Iterator[Doc]:
        for batch in batches():
            yield from nlp.pipe(batch, batch_size=len(batch))

    parts: list[Analysis] = []
    for index, doc in enumerate(analysed()):
        number, offset, count = owners[index]
        parts.append(_shifted(to_analysis(doc), offset))
        if len(parts) == count:
            yield _as_written(_merge(parts), texts.pop(number))
            parts = []


def analyze(nlp: Language, text: str, published: date | None = None) -> Analysis:
    return next(analyze_many(nlp, [(text, published)]))
