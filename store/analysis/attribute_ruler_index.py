"""The model's attribute ruler, matched through an index instead of spaCy's Matcher: the same matches, found cheaper.

The small English model's attribute_ruler (tag map, morph rules and exceptions: 179 patterns) sets each word's
part of speech, morphology and some lemmas. spaCy's Matcher tries every pattern at every word, some 30 us a word
here: more than the parser, and as much as all of newsreader's entity rules. Every one of those patterns reads a
word (or two) by its lower case, tag, dependency and whether it is a space, so whether a pattern matches at a word
follows from those four values alone; this finds each distinct set of values' patterns once and keeps them. The
ruler then sets the attributes as before (set_annotations, unchanged) from the same match list, in the same order.

A pattern this does not read the way spaCy does (another attribute, an operator, a predicate other than IN, NOT_IN
and REGEX, longer than two words) leaves the ruler as it is: `index_attribute_ruler` changes nothing then.
"""

from __future__ import annotations

import re

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

_ATTRS = ("LOWER", "TAG", "DEP", "IS_SPACE")  # the columns read, in this order
_COLUMNS = [LOWER, TAG, DEP, IS_SPACE]


class _Unsupported(Exception):
    pass


def index_attribute_ruler(nlp: Language) -> bool:
    """Matches the pipeline's attribute ruler's patterns through the index; False when it is left as it was."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if isinstance(getattr(ruler, "match", None), _IndexedMatch):
        return True
    try:
        indexed = _IndexedMatch(ruler)
    except _Unsupported:
        return False
    ruler.match = indexed
    return True


def _test(attr: str, value, strings):
    """A test of one column's value, as spaCy's Matcher makes it of a token pattern's entry, and the values it
    can pass (None: too many to list)."""
    if attr not in _ATTRS:
        raise _Unsupported(attr)
    if isinstance(value, dict):
        if len(value) != 1:
            raise _Unsupported(value)
        ((op, arg),) = value.items()
        if op == "IN" and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
            wanted = frozenset(get_string_id(v) for v in arg)
            return wanted.__contains__, wanted
        if op == "NOT_IN" and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
            unwanted = frozenset(get_string_id(v) for v in arg)
            return (lambda v: v not in unwanted), None
        if op == "REGEX" and isinstance(arg, str) and attr != "IS_SPACE":
            pattern = re.compile(arg)
            return (lambda v: bool(pattern.search(strings[v]))), None
        raise _Unsupported(value)
    if isinstance(value, bool):
        wanted = int(value)
    elif isinstance(value, str) and attr != "IS_SPACE":
        wanted = strings.add(value)
    else:
        raise _Unsupported(value)
    return wanted.__eq__, frozenset((wanted,))


class _TokenTest:
    """A token pattern's entries, all of which a word must pass; `column` and `values`: one entry's column and
    every value that passes it, by which a word's candidate patterns are looked up (column None: any word)."""

    def __init__(self, spec: dict, strings) -> None:
        if not spec or "OP" in spec:
            raise _Unsupported(spec)
        self.tests = []
        self.column, self.values = None, None
        for attr, value in spec.items():
            k = _ATTRS.index(attr) if attr in _ATTRS else None
            test, values = _test(attr, value, strings)
            self.tests.append((k, test))
            if values is not None and (self.values is None or k == 0):  # the lower case sorts the finest
                self.column, self.values = k, values

    def __call__(self, row: tuple) -> bool:
        return all(test(row[k]) for k, test in self.tests)


class _Candidates:
    """The tests a word may pass, found by its values instead of trying them all."""

    def __init__(self, tests: list[_TokenTest]) -> None:
        self.anywhere = []
        self.by_value: dict[tuple[int, int], list[int]] = {}
        for n, test in enumerate(tests):
            if test.column is None:
                self.anywhere.append(n)
            else:
                for v in test.values:
                    self.by_value.setdefault((test.column, v), []).append(n)
        self.tests = tests

    def passed(self, row: tuple) -> list[int]:
        """The numbers of the tests `row` passes, in order."""
        found = list(self.anywhere)
        for k in range(len(_ATTRS)):
            found.extend(self.by_value.get((k, row[k]), ()))
        tests = self.tests
        return sorted(n for n in set(found) if tests[n](row))


class _IndexedMatch:
    """Stands in for AttributeRuler.match: the list (attribute id, match id, start, end) it returns, sorted."""

    def __init__(self, ruler) -> None:
        strings = ruler.vocab.strings
        if len(ruler.matcher) != len(ruler.attrs):
            raise _Unsupported("the matcher holds other keys")
        singles, self.single_ids = [], []
        firsts, seconds, self.pair_ids = [], [], []
        for attr_id in range(len(ruler.attrs)):
            key = str(attr_id)
            ids = (attr_id, strings[key])
            for pattern in ruler.matcher.get(key)[1]:
                if len(pattern) == 1:
                    singles.append(_TokenTest(pattern[0], strings))
                    self.single_ids.append(ids)
                elif len(pattern) == 2:
                    firsts.append(_TokenTest(pattern[0], strings))
                    seconds.append(_TokenTest(pattern[1], strings))
                    self.pair_ids.append(ids)
                else:
                    raise _Unsupported(pattern)
        self.singles, self.firsts, self.seconds = _Candidates(singles), _Candidates(firsts), _Candidates(seconds)
        # a word's four values -> (its one-word matches, the pairs it can open, the pairs it can close)
        self.known: dict[tuple, tuple] = {}

    def _of(self, row: tuple) -> tuple:
        found = (
            tuple(self.single_ids[n] for n in self.singles.passed(row)),
            tuple(self.firsts.passed(row)),
            frozenset(self.seconds.passed(row)),
        )
        if len(self.known) > 500_000:  # every distinct word and tag a long-running process has seen: start again
            self.known.clear()
        self.known[row] = found
        return found

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        known, pair_ids = self.known, self.pair_ids
        found = []
        opened: tuple = ()
        for i, row in enumerate(map(tuple, doc.to_array(_COLUMNS).tolist())):
            hit = known.get(row) or self._of(row)
            for attr_id, match_id in hit[0]:
                found.append((attr_id, match_id, i, i + 1))
            for k in opened:
                if k in hit[2]:
                    found.append((*pair_ids[k], i - 1, i + 1))
            opened = hit[1]
        # spaCy's Matcher gives a span once per key, however many of the key's patterns match it
        return sorted(set(found))
