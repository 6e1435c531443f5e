"""First names: which words are given names, and which are mostly given to women; and the words around a
name that show it is a person's.

Jörg Michael's name dictionary (about 40,000 first names from many countries),
packaged by gender-guesser: a general source, where a list of names from the news
would only know the people already in the news.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, Token

from .vocabulary import HEADS, TITLES


@lru_cache(maxsize=1)
def _detector():
    from gender_guesser import detector

    return detector.Detector(case_sensitive=False)


@lru_cache(maxsize=8192)
def _gender(word: str) -> str:
    return _detector().get_gender(word)


def is_first_name(word: str) -> bool:
    """'Kiichi', 'Guy', 'Sandra': True; 'Goldman', 'Treasury': False."""
    return _gender(word) != "unknown"


def is_female_name(word: str, surely: bool = False) -> bool:
    """True when a first name is mostly given to women ('Angela', 'Hillary'); False when unknown. Surely: only
    to women ('Angela', not 'Kim' or 'Robbin')."""
    return _gender(word) in (("female",) if surely else ("female", "mostly_female"))


def is_male_name(word: str) -> bool:
    """True when a first name is given only to men ('Joseph', 'Aaron'; not 'Bernie', 'Robin' or 'Jan')."""
    return _gender(word) == "male"


def given_name(word: str) -> bool:
    """'Kiichi', and 'Nils-Erik' when each part is a given name."""
    return is_first_name(word) or "-" in word and all(is_first_name(p) for p in word.split("-"))


SPEAKING = {"say", "tell", "add"}

# a generation's mark after a surname ("Joseph R. Biden Jr.", "<Name> III"): no word of the name a reader goes by,
# so no letter of its initials and no part of "<Surname> campaign"
GENERATION_MARKS = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def speaks_as_a_person(doc: Doc, start: int, end: int) -> bool:
    """'Nils-Erik Haagenrud of Rogaland Fire and Rescue said', 'Regina Ip from the pro-Beijing camp said',
    'Regina Ip said … She added': a name that speaks and is then placed in a body or a camp, or is 'he' or
    'she' in the next sentence. A company speaks too ('Merrill Lynch said'), but is neither."""
    head = doc[end - 1]
    if not (head.dep_ == "nsubj" and head.head.lemma_.lower() in SPEAKING):
        return False
    if end < len(doc) and doc[end].lower_ in ("of", "from") and doc[end].head.i == head.i:
        return True
    sent = head.sent
    if sent.end >= len(doc):
        return False
    following = doc[sent.end].sent
    return any(t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass") for t in following[:4])


# a post's last letters ('geologist', 'hydrologist', 'historian'): a person's calling, where a firm is a 'lender' or
# a 'producer', hence not the endings 'er' and 'or'
_CALLING_ENDINGS = ("ologist", "ist", "ian")


def post_set_off_after(head: Token, is_post: Callable[[Token], bool] | None = None) -> bool:
    """'Ana Ruiz, a geologist at the university, said': a person's post (by `is_post`, else a_persons_post) set off
    after the name, as its apposition."""
    is_post = is_post or a_persons_post
    return any(c.dep_ == "appos" and c.i > head.i and is_post(c) for c in head.children)


def a_persons_post(post: Token) -> bool:
    """'a geologist', 'an economist', 'spokeswoman': a person's post in lower case, by the titles' and jobs' words
    or a calling's ending."""
    word = post.lower_
    return post.pos_ == "NOUN" and post.is_lower and post.is_alpha and (
        word in TITLES or word in HEADS["jobs"] or word in HEADS["person"] or word.endswith(_CALLING_ENDINGS))
