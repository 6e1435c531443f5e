"""Words an article writes only as one side of '<A> and <B>'.

Several rules join two names written with 'and' between them ('Cable and Wireless', 'the Department for Schooling
and Skills', 'Alder and Pike said') only when the article never writes a side apart: a word met alone elsewhere is
a name of its own. They ask the same question of the same token walk; it is written here once.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

# the joining words of a pair: "Smith and Jones", "Smith & Jones"
AND_WORDS = {"and", "&"}


def any_and(tok: Token) -> bool:
    """'and' or '&', in any case."""
    return tok.lower_ in AND_WORDS


def written_only_paired(
    doc: Doc, front: tuple[str, ...], back: tuple[str, ...], sides: str, joins: Callable[[Token], bool] = any_and
) -> bool:
    """Whether the article writes `front` and `back` (token texts, as written) nowhere but as the sides of
    '<front> <join> <back>', where `joins` says which token may stand between them.

    `sides` says which sides are asked about and where each may stand: "front" (the front, at the pair's front),
    "back" (the back, at the pair's back), "each" (both, each at its own place) or "either" (both, each at either
    place). The last two differ only when one word is both sides ('<A> and <A>'): with "each", its second writing
    is no front and its first no back, so the pair fails; with "either", both writings are the pair's. The rules
    that ask "front", "back" or "each" were written so and are kept so (an '<A> and <A>' front or field fails
    them); the founders' firm asks "either", which keeps '<A> & <A>' a firm's name.
    """
    fronts: set[int] = set()
    backs: set[int] = set()
    size = len(front)
    for i in _written_at(doc, front):
        j = i + size  # the joining word
        if j + len(back) < len(doc) and joins(doc[j]) and _words_at(doc, j + 1, back):
            fronts.add(i)
            backs.add(j + 1)
    if sides == "front":
        return all(i in fronts for i in _written_at(doc, front))
    if sides == "back":
        return all(i in backs for i in _written_at(doc, back))
    if sides == "each":
        return all(i in fronts for i in _written_at(doc, front)) and all(i in backs for i in _written_at(doc, back))
    if sides == "either":
        both = fronts | backs
        return all(i in both for i in _written_at(doc, front)) and all(i in both for i in _written_at(doc, back))
    raise ValueError(f"sides: {sides!r}")


def _written_at(doc: Doc, words: tuple[str, ...]) -> list[int]:
    """Where the article writes `words`, token by token as written: the first token of each place."""
    return [i for i in range(len(doc) - len(words) + 1) if doc[i].text == words[0] and _words_at(doc, i, words)]


def _words_at(doc: Doc, at: int, words: tuple[str, ...]) -> bool:
    return all(doc[at + k].text == w for k, w in enumerate(words))
