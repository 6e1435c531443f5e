"""A work's title in quotation marks right after a noun naming the work ('in her 2019 memoir, "A House by the
River"', 'the radio program "Morning Drive"', 'an essay titled "…"') is no one's words (real model); a quotation
after such a noun that is not in Title Case is still a quote."""

from __future__ import annotations

import pytest
from quote_support import find, quotes_of


@pytest.mark.parametrize("text, title", [
    ('The farm, Ms. Lane wrote in her 2019 memoir, "A House by the River." So they stayed.', "A House by the River"),
    ('"He earned it," the driver, Tom Reed, told the radio program "Morning Drive" after the race.', "Morning Drive"),
    ('"We have shown a real commitment to the town," Ms. Lane said in an interview with "Weekend Politics."',
     "Weekend Politics"),
    ('Readers can find comfort in a Harper\'s essay titled "Why Small Towns Always Win the Long Game."',
     "Why Small Towns"),
])
def test_a_work_title_is_no_quote(nlp, text, title):
    assert not any(title in text[s:e] for q in quotes_of(nlp, text) for s, e in q.spans), \
        [q.text for q in quotes_of(nlp, text)]


def test_the_quotation_beside_the_title_stays(nlp):
    text = '"He earned it," the driver, Tom Reed, told the radio program "Morning Drive" after the race.'
    assert find(quotes_of(nlp, text), "He earned it").kind == "direct"


def test_words_quoted_after_such_a_noun_stay_a_quote(nlp):
    text = 'The mayor said in his report, "the bridge is safe and the repairs are finished."'
    assert find(quotes_of(nlp, text), "the bridge is safe").kind == "direct"
