"""A mention: one name's tokens in the article, its label, and the role and affiliation found beside it.

Also the per-article word counts that several rules consult (computed once, kept on the Doc).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..doctext import column, text_between, tokens
from .referents import fold
from .vocabulary import LEGAL_FORMS


@dataclass
class Mention:
    start: int  # token indices, after trimming
    end: int
    label: str
    role: str | None
    affiliation: str | None
    words: tuple[str, ...]  # for matching: the tokens, less quotation marks around a nickname
    name: str  # as written: "Glawischnig-Piesczek", 'Jeremy "Spike" Cohen'


# the square brackets a paper sets round words it adds inside a quotation: no part of a name
_EDITORS_BRACKETS = ("[", "]")


def mention_of(span: Span, label: str, role: str | None = None, affiliation: str | None = None) -> Mention:
    name = text_between(span.doc, span.start, span.end)
    toks = tokens(span.doc)[span.start : span.end]  # no Token made per word, nor a Span for span[-1]
    if label == "ORG" and toks[-1].text[:-1] in LEGAL_FORMS and name.endswith(".") and not _inside_a_sentence(span):
        name = name[:-1]  # "… said Getty Oil Co.": the full stop ends the sentence; the name is Getty Oil Co
    words = tuple(t.text for t in toks if not t.is_quote and t.text not in _EDITORS_BRACKETS)
    if len(words) > 1 and any(t.text in _EDITORS_BRACKETS for t in toks[1:]):
        # 'Jerry [O'Connell] and I': a quoted speaker's first name, and the surname the paper put in brackets
        name = " ".join(name.replace("[", " ").replace("]", " ").split())
    if len(toks[-1].text) > 3 and toks[-1].text.endswith('"s') and words:
        # 'Ecuador"s deputy energy minister': wire copy with a double mark for the apostrophe of a possessive
        name, words = name[:-2], (*words[:-1], words[-1][:-2])
    return Mention(span.start, span.end, label, role, affiliation, words, name)


def covered(mentions: list[Mention]) -> set[int]:
    """The token indices the mentions cover: where an untagged word may not be claimed. A new set each call (two
    rules add to theirs)."""
    global _last_covered
    last, found = _last_covered
    if last != mentions:
        found = {i for m in mentions for i in range(m.start, m.end)}
        _last_covered = (list(mentions), found)
    return set(found)


def mention_by_token(mentions: list[Mention]) -> dict[int, Mention]:
    """Each token index a mention covers -> that mention (where two overlap, the later in the list)."""
    return {i: m for m in mentions for i in range(m.start, m.end)}


# The mentions covered() was last asked about and its answer. Some 30 rules ask in turn, most after a rule before
# them changed nothing, so most asks are of the same mentions. Compared as lists, element by element: the same
# objects, or equal ones, cover the same tokens (a rule that moves a mention's bounds makes a new Mention; none
# sets start or end on one in place). One tuple, replaced whole, so a thread reading it sees a pair that agrees.
_last_covered: tuple[list[Mention], set[int]] = ([], set())


def in_place_of(mentions: list[Mention], span: Span, label: str) -> list[Mention]:
    """The mentions with every one overlapping `span` replaced by one mention of it, in text order."""
    kept = [m for m in mentions if m.end <= span.start or m.start >= span.end]
    kept.append(mention_of(span, label))
    kept.sort(key=lambda m: m.start)
    return kept


def _inside_a_sentence(span: Span) -> bool:
    """'Manufacturers Hanover Trust Co., which …', 'Smith Barney, Harris Upham and Co. analyst Craig Sloane': the
    sentence goes on after the legal form, so its full stop is the abbreviation's, part of the name as written."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and (after.text in (",", ";", ")", "'s", "<") or after.text[:1].islower())


def dotted_legal_forms(mentions: list[Mention], canonical: dict[int, str]) -> None:
    """One name for a company the article writes 'Co.' inside a sentence and 'Co' (its full stop ending one) at
    the end of another: the name as written inside the sentence."""
    dotted = {m.name for m in mentions if m.label == "ORG" and m.name.endswith(".") and m.words[-1][:-1] in LEGAL_FORMS}
    if not dotted:
        return
    for m in mentions:
        name = canonical.get(id(m), m.name)
        if name + "." in dotted:
            canonical[id(m)] = name + "."


def word_counts(doc: Doc) -> Counter:
    """How often each word (by its string hash) stands in the article, counted once per article."""
    if doc.user_data.get("newsreader_words") is None:
        doc.user_data["newsreader_words"] = Counter(doc.to_array("ORTH").tolist())
    return doc.user_data["newsreader_words"]


def surnames_alone(doc: Doc) -> Counter:
    """How often each capitalised word stands alone, not beside another capitalised word, folded:
    'Erdogan said' counts for 'Recep Tayyip Erdoğan' ('Choir members' does not). The model reads
    'Cummings died' as a noun."""
    if doc.user_data.get("newsreader_alone") is None:
        counts: Counter = Counter()
        texts, pos, dep = column(doc, "ORTH"), column(doc, "POS"), column(doc, "DEP")
        n = len(texts)
        for i, text in enumerate(texts):
            if pos[i] in ("PROPN", "NOUN") and text[:1].isupper() and dep[i] not in ("compound", "amod") \
                    and not (i and texts[i - 1][:1].isupper() and pos[i - 1] == "PROPN") \
                    and not (i + 1 < n and texts[i + 1][:1].isupper() and pos[i + 1] == "PROPN"):
                counts[fold(text)] += 1
        doc.user_data["newsreader_alone"] = counts
    return doc.user_data["newsreader_alone"]
