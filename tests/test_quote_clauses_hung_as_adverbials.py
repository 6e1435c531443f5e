"""A reported clause the model hangs on the speech verb as an adverbial (real model): after a phrase that dates
the saying ('said after the meeting he would …') the clause from its subject on is what was said; a clause
opened by a conjunction or a wh-word ('as the players left', 'when he gives evidence') is not."""

from __future__ import annotations

import pytest
from quote_support import only, quotes_of


@pytest.mark.parametrize("text, content", [
    ("The union leader said after the vote his members would return to work on Monday.",
     "his members would return to work on Monday"),
    ("Mayor Lena Brandt said after the hearing the council would appeal the ruling.",
     "the council would appeal the ruling"),
    ("Senator Dana Whitlow said after the caucus she would not accept the nomination if it were offered.",
     "she would not accept the nomination if it were offered"),
])
def test_a_clause_hung_on_the_cue_as_an_adverbial_is_reported(nlp, text, content):
    q = only(quotes_of(nlp, text), content[:20])
    assert q.text == content and q.kind == "indirect"


@pytest.mark.parametrize("text, clause", [
    ("He said goodbye after the party and drove home.", "drove home"),
    ("The coach said nothing as the players left the ground.", "the players left"),
    ("The union secretary will respond to the allegations when he gives evidence at the inquiry tomorrow.",
     "he gives evidence"),
    ("A Halifax radio host wants to help Americans keep that promise should the senator win the election.",
     "the senator win"),
])
def test_a_clause_opened_by_a_conjunction_or_a_wh_word_is_not_reported(nlp, text, clause):
    quotes = quotes_of(nlp, text)
    assert not any(clause in q.text for q in quotes), [(q.text, q.cue) for q in quotes]
