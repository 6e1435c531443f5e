"""Two people's full names side by side with nothing between them, read by the model as one person's: a scraped
page runs a photo's caption or a byline onto the next line's text ("... By <First> <Surname> <First> <Surname>
with ..."), and the one 'person' then took every mention of both. Where the article names each of the two alone
elsewhere, the name is the two of them."""

from __future__ import annotations

from spacy.tokens import Doc

from .mentions import Mention, mention_of

_MAX_TOKENS = 6  # two names of three words each


def persons_run_together(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    long = [m for m in mentions if m.label == "PERSON" and 4 <= m.end - m.start <= _MAX_TOKENS]
    if not long:
        return mentions
    alone = {m.words for m in mentions if m.label == "PERSON" and 2 <= len(m.words) <= 3}
    out: list[Mention] = []
    for m in mentions:
        cut = _cut(doc, m, alone) if m in long else None
        if cut is None:
            out.append(m)
        else:
            out.extend((mention_of(doc[m.start : cut], "PERSON"), mention_of(doc[cut : m.end], "PERSON")))
    return out


def _cut(doc: Doc, m: Mention, alone: set[tuple[str, ...]]) -> int | None:
    """Where the second name starts: both sides are names of two words or more the article gives alone."""
    toks = doc[m.start : m.end]
    if not all(t.is_alpha and t.text[:1].isupper() for t in toks):
        return None  # an initial, a particle or a hyphen: one name's words
    words = tuple(t.text for t in toks)
    for k in range(2, len(words) - 1):
        if words[:k] in alone and words[k:] in alone:
            return m.start + k
    return None
