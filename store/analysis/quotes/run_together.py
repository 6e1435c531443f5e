"""Sentences of one quotation that a text without paragraph breaks runs together, each reopened by its own mark
('"We won. "Now we rest," he said.'), are paired into one quote in pieces (marks). A piece with a later
sentence in which someone is reported ('…, it said.', 'A spokesman said …') was no such quotation: the writer
goes on there, so the piece's lone mark opens no quote and the pieces after it stand on their own."""

from __future__ import annotations

from spacy.tokens import Doc

from .cue_table import cues
from .marks import DOUBLE_CLOSE

_SAYING = frozenset(cues()["speech_verbs"])


def without_narrated_pieces(doc: Doc, text: str, groups: list) -> list:
    out = []
    for group in groups:
        kept: list[tuple[int, int]] = []
        for k, (s, e) in enumerate(group):
            run_on = k + 1 < len(group) and text[e - 1] not in DOUBLE_CLOSE + '"' and "\n" not in text[e:group[k + 1][0]]
            if run_on and _narrated(doc, s, e):
                if kept:
                    out.append(kept)
                kept = []
                continue
            kept.append((s, e))
        if kept:
            out.append(kept)
    return out


def _narrated(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    first_end = span[0].sent.end
    return any(t.i >= first_end and t.pos_ == "VERB" and t.lemma_.lower() in _SAYING and
               any(c.dep_ in ("nsubj", "nsubjpass") and not {"1", "2"} & set(c.morph.get("Person"))
                   for c in t.children) for t in span)
