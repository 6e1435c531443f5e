"""Names cut before a hyphen: '<Word>-<Word> Corp' written whole once and then '<Word>-<Word> said', of which the
model tags only the word before the hyphen. The word after the hyphen is the name's too."""

from __future__ import annotations

from spacy.tokens import Doc

from ..doctext import text_of
from .mentions import Mention, covered, mention_of
from .referents import key
from .vocabulary import NAME_HYPHENS, glued_hyphen


def _tail(doc: Doc, end: int, taken: set[int]) -> int | None:
    """The index of a capitalised word joined by a hyphen, no space either side, to the name ending at `end`,
    which no mention holds; None when there is none."""
    if not glued_hyphen(doc, end):
        return None
    word = doc[end + 1]
    if end in taken or end + 1 in taken or not word.is_alpha or not word.text[:1].isupper():
        return None
    return end + 1


def names_cut_before_a_hyphen(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """An organisation (or a place the model took one for) whose name runs on over a hyphen to a capitalised word:
    the article writes the hyphenated words as the opening of a longer organisation's name ('<A>-<B> Corp'), so
    '<A>' alone before '-<B>' is that name cut short."""
    # the rule needs a hyphen token in an organisation's name, so a text with no hyphen has nothing to mend
    if not any(h in text_of(doc) for h in NAME_HYPHENS):
        return mentions
    whole: dict[tuple[str, ...], bool] = {}  # the hyphenated words an organisation's name opens with: more after?
    for m in mentions:
        for i, w in enumerate(m.words[:-2] if m.label == "ORG" else ()):
            if w not in NAME_HYPHENS and m.words[i + 1] in NAME_HYPHENS:
                k = key(m.words[: i + 3])
                whole[k] = whole.get(k, False) or len(m.words) > i + 3
    if not whole:  # no organisation's name opens with hyphenated words: no name to run on to
        return mentions
    taken = covered(mentions)
    # the first words of the organisations the article names, not after a hyphen: '<A>-<B>' written alone, where
    # '<B>' opens a firm's name of its own, is two firms ('the <A>-<B> case'), not one
    firsts = {key(m.words[:1]) for m in mentions if m.label == "ORG" and m.words[0] not in NAME_HYPHENS
              and not (m.start and doc[m.start - 1].text in NAME_HYPHENS and not doc[m.start - 1].whitespace_)}
    out: list[Mention] = []
    for m in mentions:
        at = _tail(doc, m.end, taken) if m.label in ("ORG", "GPE", "PERSON", "NORP") else None
        if at is not None:
            words = key((*m.words, doc[m.end].text, doc[at].text))
            more = whole.get(words)
            if more is not None and (more or key((doc[at].text,)) not in firsts) \
                    and (len(m.words) == 1 or m.label == "ORG"):
                out.append(mention_of(doc[m.start : at + 1], "ORG", m.role, m.affiliation))
                continue
        out.append(m)
    return out
