"""Players named in full that the model typed as a thing: "a late goal from Ann Lee", "his victory over Bo Tan",
"a foul on Ann Lee" in a match report, tagged ORG, GPE, FAC, PRODUCT or WORK_OF_ART. In a report of a game a name of
two words opening with a first name is, most of the time, a player's, a coach's or an official's; what else the
report names that way says what it is by its own last word ("<Name> Park", "the <Town> Olympics", "the <Name> Cup",
"<Town> Villa"), by the article before it ("the <Colour> <Beasts>") or by the town after it ("<Ground> in <Town>"), and
those are left."""

from __future__ import annotations

from spacy.tokens import Doc

from . import gazetteer
from .mentions import Mention
from .names import given_name
from .sports_clubs import reports_a_sport
from .vocabulary import HEADS, ORG_TAILS, ORG_WORDS

_READ_AS_THINGS = {"ORG", "GPE", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"}
# the last words that name a place, a ground, a contest, a body, an outlet or a side, not a person
_KIND_WORDS = (
    HEADS["FAC"]
    | HEADS["LOC"]
    | HEADS["EVENT"]
    | HEADS["GPE"]
    | HEADS["firm_ends"]
    | HEADS["body_ends"]
    | HEADS["newspapers"]
    | HEADS["broadcasters"]
    | ORG_WORDS
    | ORG_TAILS
    | {w.lower() for w in HEADS["club_ends"]}
)
_ARTICLES = {"the", "The"}
_INDEFINITE = {"a", "A", "an", "An"}
_OPENING_ARTICLES = {"the", "a", "an"}


def _placed(doc: Doc, m: Mention, by_start: dict[int, Mention]) -> bool:
    """'<Name> in <Town>': a ground or a track set in its town, as a player seldom is."""
    after = by_start.get(m.end + 1)
    return m.end < len(doc) and doc[m.end].lower_ == "in" and after is not None and after.label == "GPE"


def _person_shaped(words: tuple[str, ...], places: frozenset[str]) -> bool:
    """A first name and one more capitalised word, neither in capitals nor a kind's word, that is no known place."""
    if len(words) != 2 or not given_name(words[0]) or words[0].lower() in _OPENING_ARTICLES:
        return False  # a title that opens with its article ("The <Noun>", a show), which the names list holds
    if not all(w[:1].isupper() and not w.isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words):
        return False
    name = " ".join(words)
    return (
        not any(w.lower() in _KIND_WORDS for w in words)
        and not gazetteer.is_place(name, places)
        and not gazetteer.country_code(name)
        and name not in gazetteer.towns()
    )


def _a_sides_nickname(words: tuple[str, ...]) -> bool:
    """'<Town> Bulls': a town's name, though a first name too, before a plural is a side's."""
    return words[0] in gazetteer.towns() and words[1].endswith("s")


def _cut_short(doc: Doc, m: Mention) -> bool:
    """'<Fair> <Trials> Abroad director': a capitalised word straight after the mention is the rest of a longer name."""
    return m.end < len(doc) and doc[m.end].is_title and not doc[m.end].is_sent_start


def players_named_in_full(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> None:
    if not reports_a_sport(doc):
        return
    by_start = {m.start: m for m in mentions}
    # a name the article writes after "the" once is a side's or a thing's wherever it stands ("the <Colour>
    # <Beasts>"), and so is one after "a" that ends its phrase ("served as a <Royal> <Corps>"; not "a <Name>
    # challenge", whose article is the noun's)
    after_the = {m.words for m in mentions if m.start and (doc[m.start - 1].text in _ARTICLES or (
        doc[m.start - 1].text in _INDEFINITE and not (m.end < len(doc) and doc[m.end].pos_ in ("NOUN", "PROPN"))))}
    # a last word the article also writes in lower case is a common word: the name is a thing's title ("the
    # <Name> Report" beside "the report said"), a surname seldom is one
    common = {t.text for t in doc if t.is_lower and t.is_alpha}
    for m in mentions:
        words = tuple(m.name.split())
        # a number is no first name, though the names list holds 'Five' ('Five <Word>', a radio station)
        if (
            m.label in _READ_AS_THINGS
            and m.words not in after_the
            and not doc[m.start].like_num
            and _person_shaped(words, places)
            and words[-1].lower() not in common
            and not _a_sides_nickname(words)
            and not _placed(doc, m, by_start)
            and not _cut_short(doc, m)
        ):
            m.label = "PERSON"
