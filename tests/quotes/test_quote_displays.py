"""'has been showing real grit', 'a channel which shows the series': what a person, a side or a broadcaster shows is
a quality or a programme on view, no finding and no words (real model); 'talent show X' is a noun, no verb. So is
what anyone shows off, and what a player named by a word for one ('the striker') shows. A poll or figures that show a
thing, and anyone who shows that X, still report."""

from __future__ import annotations

from quote_support import only, quotes_of


def test_a_player_showing_a_quality_is_no_quote(nlp):
    assert not quotes_of(nlp, "Maria Lopez showed great composure in the final set on Sunday.")


def test_a_side_showing_its_form_is_no_quote(nlp):
    assert not quotes_of(nlp, "The visitors won easily, and they had been showing steady form all month.")


def test_what_is_shown_off_is_no_quote(nlp):
    assert not quotes_of(nlp, "Engineers showed off a robot that walks on two legs.")
    assert not quotes_of(nlp, "Makers showed off new phones at the fair in the spring.")


def test_a_player_named_by_a_common_noun_showing_a_quality_is_no_quote(nlp):
    assert not quotes_of(nlp, "The young winger showed great pace down the left.")
    assert not quotes_of(nlp, "The veteran keeper showed his class in the second half.")


def test_a_player_named_by_a_common_noun_showing_that_something_is_so_still_reports(nlp):
    quote = only(quotes_of(nlp, "The young winger showed that he could also defend."), "defend")
    assert quote.cue == "showed" and quote.kind == "indirect", (quote.cue, quote.kind)


def test_a_survey_showing_a_thing_still_reports(nlp):
    quote = only(quotes_of(nlp, "A survey of shoppers showed a sharp rise in online sales."), "rise")
    assert quote.cue == "showed" and quote.kind == "indirect", (quote.cue, quote.kind)


def test_a_show_before_its_title_is_no_verb(nlp):
    assert not quotes_of(nlp, "She was a guest on the cookery show Kitchen Rules last spring.")
    assert not quotes_of(nlp, "The quiz show Brain Race has been dropped after four series.")


def test_a_poll_showing_a_thing_still_reports(nlp):
    quote = only(quotes_of(nlp, "A new poll shows a narrow lead for the mayor."), "lead")
    assert quote.cue == "shows" and quote.kind == "indirect", (quote.cue, quote.kind)


def test_showing_that_something_is_so_still_reports(nlp):
    quote = only(quotes_of(nlp, "Tom Hale showed that the old engine could still win races."), "engine")
    assert quote.cue == "showed", quote.cue


def test_appearing_as_a_guest_is_no_impression(nlp):
    assert not quotes_of(nlp, "The singer is appearing as a guest judge on the talent contest.")


def test_a_poll_showing_someone_with_a_lead_reports_the_lead(nlp):
    quote = only(quotes_of(nlp, "A new survey of Ohio voters shows the governor with a nine-point lead over his rival."),
                 "governor")
    assert quote.text == "the governor with a nine-point lead over his rival", quote.text
    quote = only(quotes_of(nlp, "Recent polls show the senator with a narrow edge in the western suburbs."), "senator")
    assert quote.text.endswith("with a narrow edge in the western suburbs"), quote.text


def test_a_video_showing_someone_with_a_thing_reports_the_thing(nlp):
    quote = only(quotes_of(nlp, "The footage shows the officer with a baton in his hand."), "officer")
    assert quote.text == "the officer with a baton in his hand", quote.text


def test_a_with_phrase_after_a_comma_stays_out_of_what_a_poll_shows(nlp):
    quote = only(quotes_of(nlp, "The survey showed a sharp rise in prices, with fuel costs leading the way."), "rise")
    assert quote.text == "a sharp rise in prices", quote.text


def test_a_player_showing_a_quality_with_a_with_phrase_is_still_no_quote(nlp):
    assert not quotes_of(nlp, "Maria Lopez showed great composure with her serve in the final set.")
