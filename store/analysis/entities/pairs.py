"""Two people named as a pair ("the Trump-Biden debate", "the Blankenship/Mohr ticket") are no third person."""

from __future__ import annotations

from collections.abc import Iterable

JOINERS = {"-", "–", "/"}


def pairs_two_people(words: tuple[str, ...], names: Iterable[tuple[str, ...]]) -> bool:
    """Whether a joiner splits these words into the surnames of two different people the article names.

    "Trump-Biden" beside "Donald Trump" and "Joe Biden" is the two of them, not a fuller name of either;
    "Jean-Pierre Raffarin" is one man, for no person of the article is called "Jean" alone.
    """
    plain = [n for n in names if n and not JOINERS & set(n)]
    for i, word in enumerate(words):
        if word not in JOINERS or not 0 < i < len(words) - 1:
            continue
        left, right = words[i - 1], words[-1]
        if left != right and any(n[-1] == left for n in plain) and any(n[-1] == right for n in plain):
            return True
    return False
