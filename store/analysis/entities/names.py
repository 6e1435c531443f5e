"""First names: which words are given names, and which are mostly given to women.

Jörg Michael's name dictionary (about 40,000 first names from many countries),
packaged by gender-guesser: a general source, where a list of names from the news
would only know the people already in the news.
"""

from __future__ import annotations

from functools import lru_cache


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
