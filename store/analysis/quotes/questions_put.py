"""'Asked if the bank would cut rates, the governor said X', 'Baker, asked whether he was worried, said no': the
question is put to the one the clause names, by someone the sentence leaves unnamed (a reporter), so its asker, not
the one who answers, is its source; PolNeAR gives such a question no source unless 'by' names the asker, whom the
passive's agent already gives."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .cue_table import cues

_QUESTIONED = frozenset(cues()["questioned_verbs"])


def put_to_them(verb: Token) -> bool:
    """A passive participle of asking with no subject of its own, set before or beside the one who answers; not
    an active perfect one ('having questioned her abilities')."""
    return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and verb.lemma_.lower() in _QUESTIONED and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "agent", "aux", "auxpass") for c in verb.children)


def put_at(doc: Doc, start: int) -> bool:
    """The cue at character `start` is such a question, whose answerer the paragraph's person rules must not give it."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and put_to_them(span[0])
