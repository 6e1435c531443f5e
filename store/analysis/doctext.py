"""Per-Doc strings that several components read, computed once per Doc.

`Doc.text` joins every token anew on each access, and `doc[i].lower_` builds a Token
object each time: the paragraph, entity, date and quote components each read the whole
text, and the date finder scans every token's lower-case form several times; the entity
rules scan every token's text and part of speech. The text
the Doc was made from is kept by `make_doc` (pipeline.py); a Doc made any other way
(`nlp(text)` in tests) builds it at first use. Neither changes once the Doc is tokenised:
no component retokenises.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

_TEXT = "newsreader_text"
_LOWERS = "newsreader_lowers"
_COLUMN = "newsreader_column_"
_TOKENS = "newsreader_tokens"
_BOUNDS = "newsreader_bounds"
_PARAGRAPHS = "newsreader_paragraphs"
_LINE = re.compile(r"[^\n]+")


def keep_text(doc: Doc, text: str) -> None:
    """Remember `text` as the Doc's text: the string it was tokenised from."""
    doc.user_data[_TEXT] = text


def text_of(doc: Doc) -> str:
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def body_paragraphs(doc: Doc) -> list[re.Match]:
    """The lines of 80 characters or more, as matches on the Doc's text: a byline, heading or credit is shorter, so
    the first is the lead and the second the paragraph after it. Four rules of two components ask for them."""
    found = doc.user_data.get(_PARAGRAPHS)
    if found is None:
        found = doc.user_data[_PARAGRAPHS] = [m for m in _LINE.finditer(text_of(doc)) if len(m.group().strip()) >= 80]
    return found


def lowers(doc: Doc) -> list[str]:
    """Each token's `lower_`, by token index."""
    found = doc.user_data.get(_LOWERS)
    if found is None:
        found = doc.user_data[_LOWERS] = column(doc, "LOWER")  # each distinct word looked up once, not each token
    return found


def column(doc: Doc, attr: str) -> list[str]:
    """Each token's string for a token attribute by token index: "ORTH" (its text), "POS", "TAG", "DEP",
    "ENT_TYPE". A loop over every word reads these lists instead of building a Token per word. Read only
    after the model's components have run: they set these, newsreader's own components never change them."""
    key = _COLUMN + attr
    found = doc.user_data.get(key)
    if found is None:
        values = doc.to_array(attr).tolist()
        strings = doc.vocab.strings
        names = _NAMES
        for h in set(values).difference(names):
            names[h] = strings[h]
        found = doc.user_data[key] = list(map(names.__getitem__, values))
    return found


# A string's hash -> the string, for every Doc: a StringStore look-up decodes a new str each time, and most words
# of an article stood in the articles before it. A hash names one string whatever the vocabulary, and this holds
# no more strings than the model's own StringStore, which keeps every word it has seen.
_NAMES: dict[int, str] = {}


def tokens(doc: Doc) -> list[Token]:
    """The Doc's tokens by index, made once: `doc[i]` makes a new Token object at each call (some 0.2 us), and the
    rules read `doc[i]` over a million times in 150 articles. A Token reads the Doc's arrays when asked, so the
    list stays right as the components set entities and lemmas; slices `doc[a:b]` are still Spans of the Doc.
    Dropped by `forget_tokens` when the last component is done: the list and the Doc refer to each other."""
    found = doc.user_data.get(_TOKENS)
    if found is None:
        found = doc.user_data[_TOKENS] = list(doc)
    return found


def forget_tokens(doc: Doc) -> None:
    doc.user_data.pop(_TOKENS, None)


def text_between(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text`, cut from the Doc's text: Span.text joins its tokens' texts anew (some 1.5 us, as much
    as the Span itself), and the rules read the text of a span of words over 60,000 times in 150 articles."""
    n = len(doc)
    if not 0 <= start <= end <= n:
        return doc[start:end].text  # out of order or out of range: spaCy's slice rules
    if start == end:
        return ""
    found = doc.user_data.get(_BOUNDS)
    if found is None:  # each token's first character and the one after its last, by token index
        starts = doc.to_array("IDX").tolist()
        found = doc.user_data[_BOUNDS] = (starts, [a + b for a, b in zip(starts, doc.to_array("LENGTH").tolist())])
    return text_of(doc)[found[0][start] : found[1][end - 1]]


def doc_slice(doc: Doc, start: int, end: int) -> Span:
    """`doc[start:end]`: the same Span, made directly when the bounds are in order. A slice goes through spaCy's
    normalize_slice, a Python function, and costs three times as much (some 100,000 slices in 150 articles)."""
    if 0 <= start <= end <= len(doc):
        return Span(doc, start, end)
    return doc[start:end]  # out of order or out of range: spaCy's slice rules (negative from the end, clipped)
