"""An unnamed source as the article words it ('Commerce Ministry officials'), and names the model missed."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..cue_table import cues
from .words import DASHES, DETERMINERS, OUTLET_NOUNS, QUANTIFIERS, TITLE_WORDS


def unnamed_source(doc: Doc, head: Token, start: int, end: int) -> str:
    """An unnamed source as the article words it, less its determiners, how many spoke and whose it is:
    "Some Commerce Ministry officials" -> "Commerce Ministry officials"; "Merkel's spokesperson" -> "spokesperson"."""
    # "Sanders’ aides": the parse may hang an owner written with a bare apostrophe as a modifier with a case mark
    # "health workers' unions", "the miners' leaders": a plural common noun before a bare apostrophe says which
    # people the source is, no one who owns it, and stays
    kinds = {c.i for c in head.children if c.i < head.i and c.tag_ == "NNS" and c.is_lower and
             any(g.dep_ == "case" and g.text in ("'", "’") for g in c.children)}
    owners = {t.i for c in head.children if c.i < head.i and c.i not in kinds and
              (c.dep_ == "poss" or any(g.dep_ == "case" for g in c.children)) for t in c.subtree}
    # "a 2011 study", "in April industry publications said": when it was said is no part of who said it
    owners |= measure_words(head)  # "the one-page statement": how long it is, not whose
    words = [t for t in doc[start:end] if t.i not in owners and not (t.i < head.i and t.dep_ == "case" and
                                                                     t.head.i not in kinds)
             and not (t.i < head.i and is_when(t) and not is_when(head))]
    # a spaced dash only: "state-owned" and "WSET-TV" keep theirs
    dashes = [n for n, t in enumerate(words) if t.i < head.i and t.text in DASHES and t.whitespace_]
    if dashes:  # a wire dateline the parse hung on the subject: "LONDON - Delegates said"
        words = words[dashes[-1] + 1:]
    if head.ent_type_ in _AMOUNTS:  # "only 62 percent said": a share of those asked is all there is of who spoke
        amount = [t for t in words if t.ent_type_ in _AMOUNTS]
        first = next((n for n, t in enumerate(amount) if t.like_num), 0)
        return "".join(t.text_with_ws for t in amount[first:]).strip()
    amounts = [n for n, t in enumerate(words) if t.i < head.i and t.ent_type_ in _AMOUNTS]
    if amounts:  # "the level of around 51 billion marks dealers said is needed": the dealers, not the amount
        words = words[amounts[-1] + 1:] or words
    closing = next((n for n in range(len(words) - 1, 1, -1) if words[n].text == ")" and words[n - 2].text == "("
                    and words[n].i + 1 == head.i), None)
    if closing is not None and head.lower_ in _BODIES_VOICES:
        # "<Body of several words> (<initials>) officials": the body given in full with its initials is whose
        # they are (their affiliation), as a possessive owner is, and no part of what the source is called
        words = words[closing + 1:]
    while len(words) > 1 and (words[0].lower_ in DETERMINERS or words[0].lower_ in QUANTIFIERS or
                              _counted(words[0], head)):
        words.pop(0)
    # "promotion World Wonder Ring Stardom", "retailer Tesco": the name, not what it is; a lower-case word the
    # model took for a name ("the finance department") is no name, and keeps what describes it
    if head.pos_ == "PROPN" and head.text[:1].isupper():
        while len(words) > 1 and words[0].pos_ != "PROPN" and words[0].i < head.i:
            words.pop(0)
    return _bare("".join(t.text_with_ws for t in words).strip())


_AMOUNTS = {"MONEY", "QUANTITY", "PERCENT"}
# the unnamed sources that speak for a body named before them ('<Body> officials', '<Firm> spokesman'), whose body
# is their affiliation (quotes/unnamed_affiliations.py)
_BODIES_VOICES = frozenset(cues()["tied_sources"]) | frozenset(cues()["owned_sources"])


def _counted(token: Token, head: Token) -> bool:
    """'14 analysts', 'nine creditor banks': how many spoke is no part of who they are, as 'some' is not; a
    name that opens with a number ('Four Seasons') has a proper noun for its head and keeps it."""
    if any(t.pos_ == "ADP" for t in token.doc[token.i : head.i]):
        return False  # "four in 10 residents": a share of those asked, which stays
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.like_num:
        return False  # "four of the five institutes": the whole that some of it is counted against
    if token.dep_ in ("advmod", "quantmod") and token.head.i > token.i:  # "about 35 groups": how near the count is
        return _counted(token.head, head)
    return (token.like_num and token.dep_ == "nummod" and token.head.i == head.i and head.pos_ == "NOUN"
            and head.tag_ == "NNS")


_BASED = re.compile(r"(?:\S+ )*?\S+-based ")


def measure_words(head: Token) -> set[int]:
    """The words of a size joined by a hyphen before a noun ("218-page", "one-page", "three-year"): they say
    how long a document is, never who wrote it."""
    return {t.i for c in head.lefts if c.dep_ in ("compound", "amod", "nmod") and
            any(g.dep_ == "nummod" for g in c.children) and any(g.tag_ == "HYPH" for g in c.children)
            for t in c.subtree}


def is_when(token: Token) -> bool:
    """'April', 'Thursday', '2011': a time, where 'annual' or 'weekly' only describe a kind of report."""
    if token.pos_ not in ("PROPN", "NUM", "NOUN"):
        return False
    return token.ent_type_ in ("DATE", "TIME") or (token.shape_ == "dddd" and token.text[:2] in ("19", "20"))


def is_age(token: Token) -> bool:
    """'the 27-year-old': the model marks an age a date, but as a noun it stands for the person of that age."""
    return token.lower_ == "old" and token.ent_type_ == "DATE"


def _bare(text: str) -> str:
    based = _BASED.match(text)
    if based is not None and text[based.end():][:1].isupper():  # "Kalamazoo, Mich.-based First of America": the firm
        text = text[based.end():]
    words = text.split()
    while len(words) > 1 and words[0].lower() in DETERMINERS:
        words.pop(0)
    return " ".join(words).replace("’s", "’s")


_ACCOUNTS = {"account", "page", "feed", "channel", "blog", "profile", "website", "site"}


def account_owner(clause: Token) -> Token | None:
    """The owner of the account a message was sent from or posted to ("sent from Biden's Twitter account")."""
    for prep in clause.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "to", "on"):
            continue
        for place in prep.children:
            if place.dep_ == "pobj" and place.lemma_.lower() in _ACCOUNTS:
                return next((c for c in place.children if c.dep_ == "poss"), None)
    return None


def untagged_owner(token: Token) -> str | None:
    """The proper noun run before a speech noun that the model did not tag: "Tanjug" of "other Tanjug reports"."""
    parts = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and t.text[:1].isupper()
             and not t.ent_type_ and t.lower_ not in TITLE_WORDS]
    if not parts or any(t.i != parts[0].i + n for n, t in enumerate(parts)) or parts[-1].i + 1 != token.i:
        return None
    first = parts[0].i  # "a USA TODAY analysis": the tagged "USA" the untagged run begins with is the name's too
    while first > 0 and token.doc[first - 1].pos_ == "PROPN" and token.doc[first - 1].head.i in (token.i, first) \
            and token.doc[first - 1].text[:1].isupper() and token.doc[first - 1].lower_ not in TITLE_WORDS:
        first -= 1
    return token.doc[first:token.i].text


def outlet_name(words: list[str]) -> str | None:
    """'official Tanjug news agency' -> Tanjug, 'The Business Day newspaper' -> Business Day: an outlet's name
    without what it is; None when no capitalised name is left."""
    while words and words[-1] in OUTLET_NOUNS | {"news"}:  # "the Environmental Protection Agency" keeps its own
        words = words[:-1]
    while words and not words[0][:1].isupper():
        words = words[1:]
    return " ".join(words) if words and all(w[:1].isupper() for w in words) else None
