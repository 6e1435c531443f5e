"""'At a lunch of the Harbour Club, a group of shipowners, Anne Marsh, chairman of the Port Council, said X': the
parse hangs the name right before the verb on the opening phrase's last noun as its apposition and leaves the verb
without a subject, so the report was lost; the name set off by commas is its source (real model). A legislator's
party and state ('R-Iowa') hung there the same way is never a speaker."""

from __future__ import annotations

import pytest
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


# 'In a filing with the agency, Beta Corp, which is owned by Acme, said X': the name carries an aside of its own
# before the verb, and the parse hangs name and aside on the opening phrase, leaving the verb without a subject.
_NAME_THEN_ASIDE = [
    (("In a filing with the Securities and Exchange Commission, Acme Holdings, which is mostly owned by Borden "
      "Trust Ltd, a private Dutch firm, said it bought 50,000 Zeta common shares on May 2."),
     "it bought 50,000 Zeta common shares on May 2", "Acme Holdings"),
    (("In a filing with the Securities and Exchange Commission, Halvard, whose managing partner is Ruth Olsen and "
      "Co, said it bought 21,000 Zeta common shares."), "it bought 21,000 Zeta common shares", "Halvard"),
    (("In a filing with the Securities and Exchange Commission, Dunmore and Kestrel Capital Corp, a Boston "
      "investment firm he controls, said they bought 10,000 shares."), "they bought 10,000 shares", "Dunmore"),
]


@pytest.mark.parametrize("text, content, speaker", _NAME_THEN_ASIDE)
def test_a_name_with_an_aside_after_an_opening_phrase_reports(nlp, text, content, speaker):
    quote = only(quotes_of(nlp, text), content)
    assert quote.text == content, quote.text
    assert quote.speaker is not None and quote.speaker.startswith(speaker), quote.speaker

