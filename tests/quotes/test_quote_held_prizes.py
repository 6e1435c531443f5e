"""'will defend her title', 'the defending champion': a prize or a seat held and contested again is no stance
defended and no one's words (real model); defending a plan or a decision still reports the stance."""

from __future__ import annotations

from quote_support import only, quotes_of


def test_defending_a_title_is_no_quote(nlp):
    assert not quotes_of(nlp, "Ann Bell will defend her indoor 800m title in Leeds next month.")


def test_a_defending_champion_is_no_quote(nlp):
    assert not quotes_of(nlp, "Tom Hale hoped to race against defending champion Joe Mint in the final.")


def test_defending_a_seat_is_no_quote(nlp):
    assert not quotes_of(nlp, "Party leaders will have to defend their seats in the spring.")


def test_defending_a_plan_is_still_a_stance(nlp):
    quote = only(quotes_of(nlp, "The minister defended the new tax on sugar against its critics."), "sugar")
    assert quote.cue == "defended" and quote.speaker == "minister", (quote.cue, quote.speaker)
