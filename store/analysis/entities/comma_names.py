"""A body's name written with commas, which the model cuts at its first or last comma.

'the United Nations Educational, Scientific and Cultural Organization', 'a Subcommittee on Forests, Parks and
Recreation', 'the Ministry of Energy, Mines and Resources': the model tags the words after the last comma, or the
words before the first, or nothing, and the rest of the name is lost or taken for a person. The name is whole when
the list of single capitalised words either ends on a body's head word ('Organization', 'Federation') or follows a
body's head and 'of', 'on' or 'for'. A list of firms or places is not such a name: a legal form, a place, a word the
model tagged as a place or a people, or 'the' before a listed word leaves the words as they are.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..doctext import tokens
from .mentions import Mention, in_place_of
from .referents import fold
from .vocabulary import HEADS, LEGAL_FORMS, ORG_TAILS

# the head words that end a body's name ('... and Cultural Organization') or open its list ('Ministry of ...'); a
# firm's words ('corporation', 'service', 'office') end lists of firms as often, and are left out
_HEADS = (ORG_TAILS | HEADS["body_ends"] | {"organization", "organisation", "alliance", "union", "confederation",
                                            "subcommittee", "chamber"}) - {"corporation", "service", "services",
                                                                           "office", "command", "presidency"}
_OPENING = {"of", "on", "for"}
_NOT_LISTED = {"GPE", "LOC", "NORP"}


def bodies_named_with_commas(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    toks = tokens(doc)
    labels = {i: m.label for m in mentions for i in range(m.start, m.end)}

    def listed(i: int) -> bool:
        t = toks[i]
        return (t.is_alpha and t.is_title and t.text not in LEGAL_FORMS
                and labels.get(i) not in _NOT_LISTED and t.text.lower() not in places)

    found: list[tuple[int, int]] = []
    ends: dict[int, int] = {}
    i = 0
    while i < len(toks):
        span = _name_at(toks, i, listed, ends)
        if span:
            found.append(span)
            i = span[1]
        else:
            i += 1
    for start, end in found:
        # 'the House of Representatives Committee on ...': a name the model read further back than the capitalised
        # words before the head, over its small words, opens where the model opened it
        start = min([start] + [m.start for m in mentions if m.label == "ORG" and m.start < start < m.end <= end])
        mentions = in_place_of(mentions, doc[start:end], "ORG")
    return mentions


def _name_at(toks, i: int, listed, ends: dict[int, int]) -> tuple[int, int] | None:
    """The name whose list opens with the word at i ('Educational' in '..., Scientific and ...'), as token bounds."""
    if not listed(i) or i + 1 >= len(toks) or toks[i + 1].text != "," or fold(toks[i].text) in _HEADS:
        return None  # 'Energy Department, Treasury and Commerce Department' lists two bodies
    j = _list_end(toks, i, listed, ends)
    commas = (j - i) // 2
    # 'Energy, Mines, and Resources': a comma before the 'and' too
    k = j + 1
    if k < len(toks) and toks[k].text == "," and k + 1 < len(toks) and toks[k + 1].lower_ == "and":
        k += 1
    if k + 1 >= len(toks) or toks[k].lower_ != "and" or not listed(k + 1):
        return None
    last = k + 1
    after = last + 1
    # the list follows 'Subcommittee on' or 'Ministry of', under a name the model may have tagged in part
    if i >= 2 and toks[i - 1].lower_ in _OPENING and fold(toks[i - 2].text) in _HEADS and toks[i - 2].is_title:
        if after < len(toks) and toks[after].is_title and not toks[after].is_sent_start:
            return None  # '... and Recreation Corp': the list goes on into another name
        return _opening(toks, i - 2), after
    # the list ends on the body's head: '..., Scientific and Cultural Organization'
    if after < len(toks) and toks[after].is_title and fold(toks[after].text) in _HEADS:
        if commas == 0 and i > 0 and not toks[i - 1].is_title:
            return None  # 'Paper and Board Federation' with one comma needs a word before the list to open the name
        start = _opening(toks, i)
        return (start, after + 1) if start < i or commas else None
    return None


def _list_end(toks, i: int, listed, ends: dict[int, int]) -> int:
    """The last word of the list of words set off by commas that goes on from the word at i.

    Every word on the way ends at the same word, and the caller asks again from each of them when the list is no
    name, so each answer is kept in ends: a page of thousands of 'Monday, ' walked the whole run from every word of
    it (quadratic: 9,000 words took 10 s)."""
    walked = []
    j = i
    while j not in ends and j + 2 < len(toks) and toks[j + 1].text == "," and listed(j + 2):
        walked.append(j)
        j += 2
    end = ends.get(j, j)
    for w in walked:
        ends[w] = end
    ends[j] = end
    return end


def _opening(toks, i: int) -> int:
    """Where the name ending in the word at i opens: back over capitalised words, not over a sentence's 'The'."""
    start = i
    while start > 0 and i - start < 4 and toks[start - 1].is_title and toks[start - 1].is_alpha \
            and toks[start - 1].text not in ("The", "A", "An") and not toks[start].is_sent_start:
        start -= 1
    return start
