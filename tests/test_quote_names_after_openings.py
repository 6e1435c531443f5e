"""'At a lunch of the Harbour Club, a group of shipowners, Anne Marsh, chairman of the Port Council, said X': the
parse hangs the name right before the verb on the opening phrase's last noun as its apposition and leaves the verb
without a subject, so the report was lost; the name set off by commas is its source (real model). A legislator's
party and state ('R-Iowa') hung there the same way is never a speaker."""

from __future__ import annotations

from quote_support import only, quotes_of


def test_a_name_after_an_opening_phrase_with_an_apposition_reports(nlp):
    text = ("At a lunch of the Harbour Club, a group of shipowners, Anne Marsh, chairman of the Port Council, "
            "said the dock would open in May.")
    quote = only(quotes_of(nlp, text), "dock")
    assert quote.text == "the dock would open in May", quote.text
    assert quote.speaker == "Anne Marsh", quote.speaker


def test_a_name_after_a_club_and_its_description_reports(nlp):
    text = ("At a dinner of the Harbour Club, a group of shipowners, Anne Marsh, chairman of the Port Council, "
            "said the new dock would open in May.")
    quote = only(quotes_of(nlp, text), "dock")
    assert quote.speaker == "Anne Marsh", quote.speaker


def test_a_party_tag_hung_on_the_opening_phrase_is_no_speaker(nlp):
    text = "In a speech drafted for a lunch at the Grain Club, Baird, R-Iowa, predicted farm prices would rise."
    assert all(q.speaker != "Iowa" for q in quotes_of(nlp, text)), [(q.text, q.speaker) for q in quotes_of(nlp, text)]


def test_a_subject_the_parse_found_keeps_its_report(nlp):
    text = "Under the merger pact with Norland, Westmark Group said it would keep both plants open."
    quote = only(quotes_of(nlp, text), "plants")
    assert quote.speaker == "Westmark Group", quote.speaker
