"""How words typed into a filter match what a view lists: in any case, with or without diacritics, where a
word starts ("iran" finds "Iranian", not "Tirana"; `holding`), the same in every filter of the reader.

A reader types "erdogan" for Recep Tayyip Erdoğan and "federal reserve" for "Federal Reserve", and
an article may write a role "Chair" where another writes "chair": both sides are folded the same
way (`folded`) before they are compared, so that one rule decides what matches and what counts as
the same words. The analysis folds its name keys with the same function ("Erdogan" and "Erdoğan" are
one referent), so what the article joins and what a filter finds agree; this module imports only the
standard library, so the analysis and the reader can both use it.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache

# letters with a stroke or a ligature, which Unicode does not decompose into a base letter and a mark,
# though a reader without them on the keyboard types the plain letter ("Łukasz", "Søren", "Kılıçdaroğlu");
# and the typographic apostrophe, which a keyboard types straight ("Kimura’s", "O’Brien")
_PLAIN = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ŧ": "t", "þ": "th",
                        "æ": "ae", "œ": "oe", "’": "'"})
# the combining diacritical marks of the Latin, Greek and Cyrillic scripts, as decomposition leaves them
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def folded(text: str) -> str:
    """The text in lower case without diacritics: what a typed word is looked for in, and looked for as.

    Line breaks stay where they are, so a view folds many lines joined in one call and splits them again.

    >>> folded("Recep Tayyip Erdoğan"), folded("Chief Executive"), folded("Łukasz\\nİstanbul"), folded("Kimura’s")
    ('recep tayyip erdogan', 'chief executive', 'lukasz\\nistanbul', "kimura's")
    """
    if text.isascii():  # nearly every name and role: lower() alone, and ten times faster
        return text.lower()
    # only the runs of other letters take the slow way, each distinct run once (an article's entities are
    # kilobytes of ASCII with an "ğ" or two): folding goes letter by letter, a mark staying in its run
    return _OTHER.sub(_run_folded, text).lower()


_OTHER = re.compile(r"[^\x00-\x7f]+")


def _run_folded(run: re.Match[str]) -> str:
    return _letters_folded(run[0])


@lru_cache(maxsize=4096)
def _letters_folded(letters: str) -> str:
    plain = _MARKS.sub("", unicodedata.normalize("NFKD", letters.casefold().translate(_PLAIN)))
    # the marks of other scripts too (a name's key in the analysis drops every mark it decomposes to)
    return plain if plain.isascii() else "".join(c for c in plain if not unicodedata.combining(c))


def folded_in_place(text: str) -> str:
    """The text folded letter for letter, so that a position in it is the same position in the text: what a
    word is found in when the find must mark it where it stands. A letter that folds to more or less than one
    ("ß" to "ss", a combining mark to nothing) is only lower-cased.

    >>> folded_in_place("Erdoğan in Straße"), folded_in_place("Résumé")
    ('erdogan in straße', 'resume')
    """
    if text.isascii():
        return text.lower()
    return _OTHER.sub(_run_folded_in_place, text).lower()


def _run_folded_in_place(run: re.Match[str]) -> str:
    return _letters_folded_in_place(run[0])


@lru_cache(maxsize=4096)
def _letters_folded_in_place(letters: str) -> str:
    return "".join(f if len(f := _letters_folded(c)) == 1 else c.lower() for c in letters)


def holding(keys: Sequence[str], text: str, among: Sequence[int] | None = None) -> Sequence[int]:
    """The positions of the folded `keys` (all, or those `among`, in their order) that hold every word of
    `text`, each at the start of a word of the key (`starts_a_word`): "a b" finds Anna Berg, "war" finds
    "War" and "post-war" but not "Stewart".

    >>> list(holding(["anna berg", "officials", "stewart"], "BERG")), list(holding(["anna berg"], ""))
    ([0], [0])
    >>> list(holding(["sao paulo", "paulo", "sao paulo"], "São Paulo", among=[1, 2]))
    [2]
    >>> list(holding(["award", "war in iran", "anti-war"], "war")), list(holding(["tirana", "iranian"], "iran"))
    ([1, 2], [1])
    """
    found: Sequence[int] = range(len(keys)) if among is None else among
    words = folded(text).split()
    spaced = _spaced_keys(keys) if words else None
    for word in words:  # a word at a time over fewer and fewer keys
        if spaced is not None and word.isalnum():
            # a word start is a space before it in the spaced keys: one `in` a key, as fast as a substring
            after_space = " " + word
            found = [n for n in found if after_space in spaced[n]]
        else:
            found = starting(keys, word, found)
    return found


# The library's keys (a tuple: it does not change under us) with every character before a word start made a
# space, made once for each set of keys and kept for the next key typed: the first letter typed over 100,000
# titles is then one `in` per title, where it was a substring test, a space test, then a regular expression for
# the half of the titles that hold the letter inside a word only (six times the substring's cost). One set is
# kept, the library's (a new article makes another); fewer keys than this are fast without it.
_SPACED_FROM = 2_000
_spaced: tuple[tuple[str, ...], tuple[str, ...] | None] = ((), None)
_making_spaced = threading.Lock()  # a key typed while the reader makes them ahead waits for those


def _spaced_keys(keys: Sequence[str]) -> tuple[str, ...] | None:
    global _spaced
    if not isinstance(keys, tuple) or len(keys) < _SPACED_FROM:
        return None
    with _making_spaced:
        if _spaced[0] is not keys:
            _spaced = (keys, spaced_keys(keys))
        return _spaced[1]


def spaced_keys(keys: Sequence[str]) -> tuple[str, ...] | None:
    """Each key after a space, with every character that is not a letter or a digit a space too, except an
    apostrophe before a clitic (`starts_a_word`): a word of letters and digits starts a word of the key where
    the spaced key holds it after a space. None when a key holds the separator the keys are joined with.

    >>> spaced_keys(["post-war (iran)", "putin's o'brien"])
    (' post war  iran ', " putin's o brien")
    """
    # joined, and the ASCII signs made spaces as bytes: in C over the whole text, where a regular expression or
    # str.translate goes letter by letter (100,000 titles in 20 ms, not 200)
    text = " " + f"{_SEPARATOR} ".join(keys)
    spaced = text.encode("utf-8", "surrogatepass").translate(_ASCII_SIGNS).decode("utf-8", "surrogatepass")
    if not text.isascii():
        spaced = _OTHER_SIGN.sub(" ", spaced)
    if "'" in spaced:
        spaced = _WORD_APOSTROPHE.sub(" ", spaced)
    found = spaced.split(_SEPARATOR)
    return tuple(found) if len(found) == len(keys) else None


_SEPARATOR = "\x00"  # what joins the keys while they are spaced: a key holding it is not spaced
# the ASCII characters that are not letters or digits, bar the separator and the apostrophe, as bytes to spaces
_ASCII_SIGNS = bytes(32 if re.match(r"\W", chr(b)) and chr(b) not in _SEPARATOR + "'" else b for b in range(128))
_ASCII_SIGNS += bytes(range(128, 256))
_OTHER_SIGN = re.compile(r"[^\w\x00-\x7f]")
# the letters an apostrophe joins to the word before it ("Putin's", "don't", "we'll"): no word starts after it
_CLITICS = ("s", "t", "d", "ll", "re", "ve", "m")
_WORD_APOSTROPHE = re.compile(rf"'(?:(?<!\w')|(?!(?:{'|'.join(_CLITICS)})(?!\w)))")


def starting(keys: Sequence[str], words: str, among: Sequence[int]) -> Sequence[int]:
    """The positions `among` of the folded `keys` that hold the folded `words` as written (spaces too: a name
    typed whole) where a word of the key starts (`starts_a_word`).

    >>> starting(["the u.s. economy", "bus.s."], "u.s.", range(2)), starting(["vladimir putin"], "vladimir pu", [0])
    ([0], [0])
    """
    found = [n for n in among if words in keys[n]]  # in C: the few it is inside, then where it starts
    if found and _WORDLIKE.match(words):
        # after a space, the usual place, in C; then the regular expression; no call of our own per key: a first
        # letter typed over 100,000 keys is a few list passes (three times the substring's: 50 ms, not 17)
        spaced, search = " " + words, _word_start(words)
        found = [n for n in found if spaced in (k := keys[n]) or search(k) or k.startswith(words)]
    return found


def starts_a_word(word: str, key: str) -> bool:
    """Whether the folded `key` holds the folded `word` where a word of it starts: at its start, or after a
    character that is not a letter or a digit ("iran" in "pro-iran", not in "tirana"), though not after an
    apostrophe that joins a clitic to its word (the "s" of "putin's", the "t" of "don't"; the "brien" of
    "o'brien" starts a word). A word is matched as written, whatever it holds ("u.s.", "s&p", "9/11"); one that
    starts with such a character ("#metoo", "-19") anywhere.

    >>> starts_a_word("iran", "tirana"), starts_a_word("iran", "iranian"), starts_a_word("u.s.", "the u.s. economy")
    (False, True, True)
    >>> starts_a_word("s", "putin's visit"), starts_a_word("s", "putin's sanctions"), starts_a_word("brien", "o'brien")
    (False, True, True)
    """
    return word in key and (not _WORDLIKE.match(word) or key.startswith(word) or _word_start(word)(key) is not None)


# what a word starts with, and what a word it starts does not follow: a letter or a digit, of any script
_WORDLIKE = re.compile(r"[^\W_]")


@lru_cache(maxsize=256)
def _word_start(word: str) -> Callable[[str], re.Match[str] | None]:
    """Where a key holds `word` after a character that is not a letter or a digit (not at the key's start: the
    caller looks there), and not after an apostrophe that starts a clitic. The word first, then what is before
    it: the regular expression then looks for the word as fast as `in` does, where one that starts with `\\b`
    tried every position (five times slower)."""
    written = re.escape(word)
    clitic = "|".join(_clitic_rests(word))
    if not clitic:
        return re.compile(rf"{written}(?<=\W{written})").search
    return re.compile(rf"{written}(?<=\W{written})(?!(?<=\w'{written})(?:{clitic}))").search


def _clitic_rests(word: str) -> list[str]:
    """What a key must hold after `word`, found after an apostrophe, for the word to start a clitic there: ""
    when the word holds a whole clitic and what ends it ("s visit"); the rest of a clitic and its end when it
    starts one ("l" of "ll")."""
    rests = []
    for clitic in _CLITICS:
        if clitic.startswith(word):
            rests.append(rf"{re.escape(clitic[len(word):])}(?!\w)")
        elif word.startswith(clitic) and not re.match(r"\w", word[len(clitic)]):
            rests.append("")
    return rests
