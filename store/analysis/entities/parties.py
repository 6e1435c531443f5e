"""A party's short name or its members run together with the word before them ('Indiana GOP insiders', 'Reagan
Democrats', 'Key Democratic lawmakers'): the model reads the word before as a given name and the whole as one person;
every "GOP" or "Republicans" of the article was then that person, and a surname ("Reagan") was shown under it. British
copy's short names are read as persons alone ("the Lib Dems say", "Labour hopes to"), and a party's first word is
left out of its name ("Liberal Democrat leader")."""

from __future__ import annotations

from spacy.tokens import Doc

from ..doctext import tokens
from .mentions import Mention, covered, mention_of
from .vocabulary import HEADS, HEADS_DATA

# a party's name or short name: a body (ORG), or its members (NORP), never one person
_PARTY_ENDS = {word: label for label, words in HEADS_DATA["party_ends"].items() for word in words}


def parties_taken_for_persons(mentions: list[Mention]) -> None:
    """'Indiana GOP insiders', 'district GOP leaders', 'the Lib Dems': the model reads the state or the word before a
    party's short name as a given name, or the short name as a person's, and every "GOP" of the article was then one
    person."""
    for m in mentions:
        if m.label == "PERSON" and m.words and m.words[-1] in _PARTY_ENDS:
            m.label = _PARTY_ENDS[m.words[-1]]


def party_openers_left_out(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Liberal Democrat leader Helen Marsh', 'the Social Democrats won': the model tags the members' word alone and
    leaves the capitalised word that opens the party's name untagged, or tags it apart as a people's word; the name is
    both, of the kind the model gave."""
    toks = tokens(doc)
    taken = covered(mentions)
    # the opener tagged a name of its own, a people's word ('Christian Democrat party'): the two are one party
    openers = {o.end: o for o in mentions if o.end - o.start == 1 and o.label in ("NORP", "ORG")
               and o.words[0] in HEADS["party_openers"]}
    out = []
    for m in mentions:
        before = m.start - 1
        opener = openers.get(m.start)
        if m.label in ("NORP", "ORG") and m.words and m.words[0] in HEADS["party_members"] and before >= 0 \
                and (before not in taken or opener is not None) and toks[before].text in HEADS["party_openers"] \
                and toks[before].whitespace_:
            if opener is not None and out and out[-1] is opener:
                out.pop()
            m = mention_of(doc[before:m.end], m.label, m.role, m.affiliation)
        out.append(m)
    return out


# the words a party goes by, or its members do ("Republican", "Democrats"), as written, that before a chamber say who
# holds its seats: the labels and the members' words, not the short names of party_ends ("GOP", "Tories"), which
# kinds reads as well
SEAT_HOLDERS = frozenset(HEADS["party_labels"]) | frozenset(HEADS["party_members"])


def party_before_a_chamber(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'the Republican Senate Majority Leader', 'Democratic Representatives voted': the model runs a party's word
    into the chamber after it, or into its members, as one body. The party's word says who holds the seats, no part
    of the chamber's name; the chamber alone is the body, and a chamber's members are no body a reader looks up."""
    out = []
    for m in mentions:
        if m.label == "ORG" and len(m.words) == 2 and m.words[0] in SEAT_HOLDERS:
            if m.words[1] in HEADS["chambers"]:
                m = mention_of(doc[m.start + 1 : m.end], "ORG", m.role, m.affiliation)
            elif m.words[1] in HEADS["chamber_members"]:
                continue
        out.append(m)
    return out


# the last word of a party's full name: not a committee's, a fund's or an exchange's ('Senate Budget Committees',
# 'Native Americans' beside a '<…> Rights Fund', 'the New York and American Stock Exchanges')
_PARTY_HEADS = {"party", "alliance", "union", "movement", "front", "league", "coalition", "bloc"}


def members_by_their_party(mentions: list[Mention], canonical: dict[int, str]) -> None:
    """'the Social Democrats said' after 'the Social Democratic Alliance', 'Free Democrats' after 'the Free
    Democratic Party': a party's members named by the words that open its name, the last made plural, are the
    party the article named in full (DESIGN.md: short forms map to the fullest name the article gives), when it
    names one such party only. One word alone ('Democrats', 'Republicans') is a party's members as much as the
    party, and is left as written."""
    parties = [m for m in mentions if m.label == "ORG" and len(m.words) > 2 and m.words[-1].lower() in _PARTY_HEADS]
    for m in mentions:
        if m.label not in ("NORP", "ORG") or len(m.words) < 2 or not m.words[-1].endswith("s") \
                or not all(w.istitle() and w.isalpha() for w in m.words):
            continue
        opening, plural = m.words[:-1], m.words[-1]
        found = {canonical.get(id(p), p.name) for p in parties if p.words[:len(opening)] == opening
                 and p.words[len(opening)].startswith(plural[:-1]) and p.words[len(opening)] != plural}
        if len(found) == 1:
            canonical[id(m)] = found.pop()
