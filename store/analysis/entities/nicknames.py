"""A person named with a nickname in quotation marks between the given name and the surname ('Tevita "Ted"
Manu'): the small model cuts the name at a mark and tags the pieces as it likes ('Reinhold', a work 'Rudi', then
'Kessler'; 'Ro" Tane'), or drops the surname. The three parts are one person's name; the mention's words leave the
marks out, as for any nickname (mentions.mention_of)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..doctext import text_of
from .mentions import Mention, mention_of
from .names import is_first_name

_SURNAME_WORDS = 3  # 'Di Cicco', 'van der Berg': a surname of more words than this is no surname


def _capitalised(tok) -> bool:
    return tok.text[:1].isupper() and tok.text.replace("-", "").replace("'", "").replace(".", "").isalpha()


def _nicknamed_name(doc: Doc, at: int) -> int:
    """Where the name ends when a given name opens at `at`, a nickname in marks follows it and a surname follows
    the marks; 0 when the words there are none."""
    n = len(doc)
    if at + 4 >= n or not doc[at + 1].is_quote or not doc[at].whitespace_ or doc[at + 1].whitespace_:
        return 0
    close = at + 2
    while close < n and close - at <= 3 and _capitalised(doc[close]):  # a nickname of one or two words
        close += 1
    if close == at + 2 or close >= n or not doc[close].is_quote or doc[close - 1].whitespace_ \
            or not doc[close].whitespace_:
        return 0
    end = close + 1
    while end < n and end - close <= _SURNAME_WORDS and _capitalised(doc[end]) and not doc[end].is_stop \
            and (end == close + 1 or doc[end].pos_ == "PROPN"):
        end += 1  # the surname's first word whatever the tagger made of it ('Brandauer' a noun), the rest names
    return end if end > close + 1 else 0


def nicknamed_persons(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The pieces of a name cut at a nickname's marks, made one PERSON mention from the given name(s) on."""
    text = text_of(doc)  # kept with the Doc: Doc.text would join every token again
    if '"' not in text and "\u201c" not in text:
        return mentions  # most articles hold no mark at all: no walk over their words
    names: list[tuple[int, int]] = []
    for m in mentions:
        if m.label != "PERSON" and not is_first_name(doc[m.start].text):
            continue
        # the given name opens the mention, ends it, or stands untagged before a mention that opens on the nickname
        for at in (m.start, m.end - 1, m.start - 2):
            if at < 0 or not _capitalised(doc[at]) or any(s <= at < e for s, e in names) \
                    or not (end := _nicknamed_name(doc, at)):
                continue
            known = is_first_name(doc[at].text)
            if at == m.start - 2 and not (known or m.label == "PERSON"):
                continue
            if not known and doc[end - 1].pos_ != "PROPN":
                continue  # 'Trump "Witch Hunt" Tweets': a name, a quoted phrase and a common word in capitals
            names.append((m.start if at == m.end - 1 else at, end))  # 'Anna Maria "Mia" Lind': both given names
    if not names:
        return mentions
    out = [m for m in mentions if not any(m.start < e and s < m.end for s, e in names)]
    for s, e in names:
        held = next((m for m in mentions if m.label == "PERSON" and m.start < e and s < m.end), None)
        out.append(mention_of(doc[s:e], "PERSON", held.role if held else None, held.affiliation if held else None))
    return sorted(out, key=lambda m: m.start)
