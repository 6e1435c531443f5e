"""'Helen Marsh has attacked the cost of … . / The Green leader said …': British and wire copy name the one
the story is about in the lead without a post, then open the next paragraph with the post alone ("the prime
minister", "the Liberal Democrat leader"). When no one in the article is given that title, it stands for the one
person the lead names without any post ("Transport Secretary Paul Grant … from Helen Marsh. / The Green
leader said": Marsh). Only in the paragraph after the lead: further on, the title may be anyone's (the lead's
"Tom Reeve" is not "the chancellor" of the sixth paragraph), and a person given another post anywhere
("London mayor Mr Vale") holds no other."""

from __future__ import annotations

from spacy.tokens import Token

from ...doctext import body_paragraphs
from ...entities.vocabulary import HONORIFICS, TITLES
from ..cue_table import cues
from ..index import text_of
from .words import LESSER_TITLES, TITLE_WORDS

_REPORTING = frozenset(cues()["verbs"])


def untitled_holder(resolver, token: Token) -> str | None:
    if token.tag_ not in ("NN", "NNP") or token.dep_ not in ("nsubj", "nsubjpass") or \
            token.lower_ not in resolver.titles or token.lower_ not in TITLES or \
            not any(c.lower_ == "the" and c.dep_ == "det" for c in token.lefts):
        return None
    if any(c.lower_ in LESSER_TITLES or c.dep_ == "prep" for c in token.subtree if c.i != token.i):
        return None  # "the former minister" is out of the post; "the chairman of the Bar Council" is someone's post
    text = text_of(resolver.doc)
    paragraphs = body_paragraphs(resolver.doc)
    if len(paragraphs) < 2 or not paragraphs[1].start() <= token.idx < paragraphs[1].end():
        return None
    lead = paragraphs[0]
    untitled = {resolver.full[k] for k, e in enumerate(resolver.ents)
                if e.label == "PERSON" and lead.start() <= e.start < lead.end()}
    for k, e in enumerate(resolver.ents):
        if resolver.full[k] in untitled and _post_before(text, e.start, token.lower_):
            untitled.discard(resolver.full[k])
    if len(untitled) > 1:  # "Tom Reeve has failed, Helen Marsh has said": the one the lead has speak
        untitled &= {resolver.full[k] for k in resolver.main_subjects
                     if lead.start() <= resolver.ents[k].start < lead.end() and _says(resolver, k)}
    return untitled.pop() if len(untitled) == 1 else None


def _says(resolver, k: int) -> bool:
    """The person is the subject of the lead's verb of saying ("…, Helen Marsh has said")."""
    span = resolver.span_of(resolver.ents[k])
    return span is not None and span.root.head.lemma_.lower() in _REPORTING


def _post_before(text: str, start: int, title: str) -> bool:
    """A post other than `title` written straight before the name ("London mayor Mr Vale", "Green MP Helen
    Marsh"); forms of address ("Mr") do not count."""
    words = [w.strip(",").lower() for w in text[max(0, start - 40):start].split()]
    while words and words[-1] in HONORIFICS:
        words.pop()
    return bool(words) and words[-1] in TITLE_WORDS and words[-1] != title
