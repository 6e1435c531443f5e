"""A day word in quotation marks before a show's noun is the broadcast's title, as it is without the marks: wire
copy writes 'on NBC's "Today" program', where the noun comes after the closing mark. A quoted day word followed by
other words, or a lower-case one, still dates."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_texts

REPORT = date(1987, 4, 6)


@pytest.mark.parametrize("text, word", [
    ('"Prices will fall," Mr Orlen said on CBS\'s "Today" program.', "Today"),
    ('Asked on NBC\'s "Today" show whether the bridge would reopen, the mayor said no.', "Today"),
    ('The governor told the "Tonight" programme that the tax would stay.', "Tonight"),
])
def test_a_quoted_day_word_before_a_show_noun_is_no_date(nlp, text, word):
    assert word not in date_texts(nlp, text, REPORT)


@pytest.mark.parametrize("text, word", [
    ('The mayor said "today" and left the room for a program of talks.', "today"),
    ('He said "Today" was the day, and the show went on.', "Today"),
])
def test_a_quoted_day_word_with_no_show_noun_after_it_stays(nlp, text, word):
    assert word in date_texts(nlp, text, REPORT)
