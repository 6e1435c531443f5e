"""A headline that names a firm by its short name before the story gives the full one ('Tarnwell shares slump', then
'Shares in Tarnwell Energy') does not make the short name a firm of its own: every mention of it, the headline's
too, is the full name (real model and pipeline). A headline's word in capitals stays apart, as the parent the story
names a part of; and a first line that closes on a full stop is a lead, no headline."""

from __future__ import annotations

from entity_support import mentions

from store.analysis.entities.headlines import headline_end

HEADLINE = "Tarnwell shares slump on drilling setback"
STORY = ("Shares in Tarnwell Energy, a UK oil firm, closed down 18% after a poor drilling update.\n\n"
         "Tarnwell said estimates had been revised.")


def test_a_short_name_in_the_headline_is_the_full_name_the_story_gives(nlp) -> None:
    found = mentions(nlp, HEADLINE + "\n\n" + STORY)
    short = [canonical for text, label, canonical in found if text == "Tarnwell"]
    assert short == ["Tarnwell Energy", "Tarnwell Energy"], found


def test_a_headline_word_in_capitals_stays_the_parent(nlp) -> None:
    text = ("BRX poll shows economic gloom\n\nA poll for the BRX World Service found most people gloomy about the "
            "economy.\n\nThe BRX said it had asked 20,000 people.")
    found = mentions(nlp, text)
    assert [canonical for text, _, canonical in found if text == "BRX"] == ["BRX", "BRX"], found


def test_only_a_first_line_with_no_closing_stop_is_a_headline(nlp) -> None:
    assert headline_end(nlp(HEADLINE + "\n\n" + STORY)) == len(nlp(HEADLINE))
    assert headline_end(nlp("Tarnwell shares fell on Friday.\n\n" + STORY)) == 0
    assert headline_end(nlp(STORY)) == 0
