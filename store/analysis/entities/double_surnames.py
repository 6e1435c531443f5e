"""Double surnames the model cut at their hyphen: of "Anna Kowalska-Wiśniewska" it tags "Anna Kowalska" a person
and reads the second surname, often one with diacritics, as a place ("Wiśniewska" GPE), and of her later
"Kowalska-Wiśniewska" it makes an organisation and a place. The hyphenated name is one person's."""

from __future__ import annotations

from spacy.tokens import Doc

from ..doctext import column, text_of
from . import gazetteer
from .mentions import Mention, mention_by_token, mention_of
from .names import is_first_name
from .referents import fold
from .vocabulary import HONORIFICS, NAME_HYPHENS, TITLES, glued_hyphen


def _hyphens(doc: Doc) -> list[int]:
    """The hyphens' token indices: only a hyphen's neighbours are made Tokens, not every word's."""
    return [i for i, text in enumerate(column(doc, "ORTH")) if text in NAME_HYPHENS]


def _a_place(word: str, places: frozenset[str]) -> bool:
    return gazetteer.is_place(word, places) or word in gazetteer.towns()


def _surname_word(tok) -> bool:
    return tok.is_alpha and tok.is_title and len(tok) > 2


def _glued(doc: Doc, dash: int) -> bool:
    """A hyphen at `dash` with no space either side, between two capitalised words, the second ending the run of
    hyphenated words ("Kowalska-Wiśniewska", not "Kowalska-Wiśniewska-Nowak" nor "Wiśniewska-led")."""
    if not glued_hyphen(doc, dash):
        return False
    if not (_surname_word(doc[dash - 1]) and _surname_word(doc[dash + 1])):
        return False
    return not (dash + 2 < len(doc) and not doc[dash + 1].whitespace_ and doc[dash + 2].text in NAME_HYPHENS)


def double_surnames_split(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    """'Anna Kowalska-Wiśniewska', tagged 'Anna Kowalska' (a person, in two words or more) and after it, past a
    hyphen with no space either side, one capitalised word tagged apart as no person, or untagged: the word is her
    second surname. Not a place's name ("Kowalska-Paris" is no one's), nor a word another person of the article is
    called by ("Merkel-Macron" talks are two people's), nor a word that opens a longer name ("Kowalska-Wiśniewska
    Foundation"). Her later 'Kowalska-Wiśniewska', however the model cut it, is then her too."""
    text = text_of(doc)
    if not any(h in text for h in NAME_HYPHENS):
        return mentions
    persons = [m for m in mentions if m.label == "PERSON"]
    starts = {m.start: m for m in mentions}
    taken = mention_by_token(mentions)
    out = list(mentions)
    joined: set[tuple[str, str]] = set()
    for m in persons:
        dash = m.end
        if len(m.words) < 2 or not _glued(doc, dash):
            continue
        second = doc[dash + 1]
        other = taken.get(dash + 1)
        if other is not None and (other is not starts.get(dash + 1) or other.end != dash + 2
                                  or other.label == "PERSON"):
            continue
        if _a_place(second.text, places) or any(fold(p.words[-1]) == fold(second.text) or fold(p.words[0]) ==
                                                fold(second.text) for p in persons if p is not m):
            continue
        if dash + 2 < len(doc) and doc[dash + 2].is_title and doc[dash + 2].pos_ == "PROPN":
            continue
        if other is not None:
            out.remove(other)
        out[out.index(m)] = mention_of(doc[m.start:dash + 2], "PERSON", m.role, m.affiliation)
        joined.add((fold(doc[dash - 1].text), fold(second.text)))
    out = _given_name_left_untagged(doc, out, places, joined)
    persons = [m for m in out if m.label == "PERSON"]
    for m in persons:  # 'Marta Zielińska-Kos', tagged whole once
        joined.update((fold(doc[i - 1].text), fold(doc[i + 1].text)) for i in range(m.start + 1, m.end - 1)
                      if _glued(doc, i))
    if not joined:
        return out
    # her later 'Kowalska-Wiśniewska', which the model tagged in pieces, or not at all
    for dash in _hyphens(doc):
        if not _glued(doc, dash) or (fold(doc[dash - 1].text), fold(doc[dash + 1].text)) not in joined:
            continue
        inside = [m for m in out if m.start < dash + 2 and m.end > dash - 1]
        if any(m.start < dash - 1 or m.end > dash + 2 or m.start == dash - 1 and m.end == dash + 2 for m in inside):
            continue  # within a longer name, or one name already (her full name, just joined)
        keep = next((m for m in inside if m.role), None)
        for m in inside:
            out.remove(m)
        out.append(mention_of(doc[dash - 1:dash + 2], "PERSON", keep.role if keep else None,
                              keep.affiliation if keep else None))
    return sorted(out, key=lambda m: m.start)


_PLACE_LIKE = {"GPE", "LOC", "NORP", "FAC"}


def _given_name_left_untagged(doc: Doc, mentions: list[Mention], places: frozenset[str],
                              joined: set[tuple[str, str]]) -> list[Mention]:
    """'Dorota Kamińska-Lis', of which the model tagged no person at all, only a surname as a place ('Kamińska'
    GPE), or each word apart as one: a given name, then two capitalised words joined by a hyphen, none of them a
    place's name or a people's adjective, none inside a longer name, and nothing of them tagged but as a place or
    a people. Not a title ("General") nor an honorific before them, which another rule reads."""
    out = list(mentions)
    for dash in _hyphens(doc):
        if dash < 2 or not _glued(doc, dash):
            continue
        given, first, second = doc[dash - 2], doc[dash - 1], doc[dash + 1]
        if not (given.is_alpha and given.is_title and not given.is_stop and given.whitespace_ == " " and is_first_name(given.text)
                and given.lower_ not in TITLES and given.lower_ not in HONORIFICS):
            continue
        if any(_a_place(t.text, places) or gazetteer.nationality_adjective(t.text) for t in (given, first, second)):
            continue
        if dash - 3 >= 0 and doc[dash - 3].is_title and doc[dash - 3].pos_ == "PROPN" \
                or dash + 2 < len(doc) and doc[dash + 2].is_title and doc[dash + 2].pos_ == "PROPN":
            continue  # inside a longer name
        inside = [m for m in out if m.start < dash + 2 and m.end > dash - 2]
        if any(m.start < dash - 2 or m.end > dash + 2 or m.label not in _PLACE_LIKE for m in inside) \
                or not inside:
            continue  # a name the model read some other way, or one it did not tag at all
        for m in inside:
            out.remove(m)
        out.append(mention_of(doc[dash - 2:dash + 2], "PERSON"))
        joined.add((fold(first.text), fold(second.text)))
    return sorted(out, key=lambda m: m.start)
