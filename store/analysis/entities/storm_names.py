"""Storms' names cut short and written short: 'Tropical Cyclone <Name>', of which the model tags 'Cyclone <Name>'
(or only '<Name>'), is one storm under its whole name; 'Cyclone <Name>' later in the article is the same storm, and
so is 'Hurricane <Name>' after 'Tropical Storm <Name>'; a storm's class and name the model left untagged are found."""

from __future__ import annotations

from spacy.tokens import Doc

from ...matching import folded
from ..doctext import text_of
from .mentions import Mention, covered, mention_of
from .referents import key
from .vocabulary import HEADS

# the words a storm's class is written with before its name ('Severe Tropical Cyclone', 'Super Typhoon')
_CLASS_WORDS = {"tropical", "severe", "super", "post-tropical", "extratropical", "subtropical"}
# the words that say the class is a storm's ('Tropical' alone opens many names: 'Tropical Forest Alliance')
_STORM_WORDS = {w for opening in HEADS["storms"] for w in opening.split()} - _CLASS_WORDS
# any word of a storm's class and kind, as a name's opening holds them ('Severe Tropical Cyclone')
_STORM_RUN = _CLASS_WORDS | _STORM_WORDS


def _class_before(doc: Doc, start: int, taken: set[int]) -> int:
    """Where a storm's class written before `start` opens: capitalised storm or class words, untagged, in one
    sentence; `start` when there are none."""
    at = start
    while at > 0 and at - 1 not in taken and doc[at - 1].lower_ in _STORM_RUN \
            and doc[at - 1].text[:1].isupper() and not doc[at].is_sent_start:
        at -= 1
    return at


def _storm_word_written(doc: Doc) -> bool:
    """Whether the text holds a storm's word ('hurricane', 'cyclone'), as the rules below need one: a word's key
    (folded, diacritics dropped) or its lower-case form is a storm's word, and either is then part of the text's
    folded or lower-case form, since both fold or lower the text letter by letter."""
    text = text_of(doc)
    lower = text.lower()
    plain = lower if text.isascii() else folded(text)
    return any(w in lower or w in plain for w in _STORM_WORDS)


def storms_cut_short(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A storm's name the model began after its class's first words ('Cyclone <Name>' or '<Name>' after 'Tropical
    Cyclone'): the name opens on the class, and the whole is a storm. Only when the words taken in hold a storm's
    word (so not '<Name>' after 'Tropical' alone), and the name is the class and one word."""
    if not _storm_word_written(doc):
        return mentions
    taken = covered(mentions)
    out: list[Mention] = []
    for m in mentions:
        start = _class_before(doc, m.start, taken)
        if start < m.start and m.words[-1][:1].isupper():
            words = key(tuple(t.text for t in doc[start : m.end]))
            storm = [w for w in words[: len(words) - 1] if w in _STORM_WORDS]
            # the class and one word: not 'Hurricane <Name> Relief Fund', a body named after the storm
            if storm and all(w in _STORM_RUN for w in words[:-1]) \
                    and words[-1] not in _STORM_WORDS and words[-1] not in _CLASS_WORDS:
                m = mention_of(doc[start : m.end], "EVENT", m.role, m.affiliation)
        out.append(m)
    return _storms_untagged(doc, out)


# capitalised words after a storm's word that name no storm: 'the National Hurricane Center', 'Hurricane Season'
_NO_STORMS_NAME = {"center", "centre", "season", "seasons", "watch", "warning", "warnings", "hunter", "hunters",
                   "alley", "relief", "fund", "appeal", "damage", "force", "shelter", "shelters", "victims"}


def _storms_untagged(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Severe Tropical Cyclone <Name> strengthened', 'Tropical Storm <Name> was upgraded', which the model left
    untagged: a storm's class, capitalised, holding a storm's word, then one capitalised name word that closes the
    run, all untagged; not after another capitalised word inside a sentence ('National Hurricane Center')."""
    lower = text_of(doc).lower()
    if not any(w in lower for w in _STORM_WORDS):
        return mentions
    taken = covered(mentions)
    found: list[Mention] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if i in taken or tok.lower_ not in _STORM_RUN or not tok.text[:1].isupper() \
                or i and not tok.is_sent_start and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha:
            i += 1
            continue
        j = i
        while j < len(doc) and j not in taken and doc[j].lower_ in _STORM_RUN \
                and doc[j].text[:1].isupper() and (j == i or not doc[j].is_sent_start):
            j += 1
        name = doc[j] if j < len(doc) else None
        after = doc[j + 1] if j + 1 < len(doc) else None
        if name is not None and j not in taken and not name.is_sent_start and name.is_alpha \
                and name.text[:1].isupper() and not name.is_upper and name.lower_ not in _NO_STORMS_NAME \
                and not name.like_num \
                and any(doc[k].lower_ in _STORM_WORDS for k in range(i, j)) \
                and (after is None or after.is_sent_start or not (after.text[:1].isupper() and after.is_alpha)):
            found.append(mention_of(doc[i : j + 1], "EVENT"))
        i = j + 1
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda m: m.start)


def storms_written_short(mentions: list[Mention], canonical: dict[int, str]) -> None:
    """'Cyclone <Name>' after 'Tropical Cyclone <Name>', '<Name>' alone, 'Hurricane <Name>' after 'Tropical Storm
    <Name>' (the storm upgraded): one storm, under the name the article first gives it with its class."""
    first: dict[tuple[str, ...], str] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        k = key(m.words)
        if m.label != "EVENT" or len(k) < 2:
            continue
        at = max((i for i, w in enumerate(k) if w in _STORM_WORDS), default=None)
        # a storm's name is one word ('Storm Area 51' is a call to storm a place, 'Tropical Depression Three' a
        # number)
        if at is None or at != len(k) - 2 or not m.words[-1].isalpha() \
                or any(w not in _STORM_RUN for w in k[:at]):
            continue
        first.setdefault(k[at + 1:], canonical.get(id(m), m.name))
    if not first:
        return
    for m in mentions:
        if m.label != "EVENT":
            continue
        k = key(m.words)
        name = next((k[n:] for n in range(len(k)) if k[n:] in first
                     and all(w in _STORM_RUN for w in k[:n])), None)
        if name is not None:
            canonical[id(m)] = first[name]
