"""Round 18's speaker rules (issue 12), with the real model and pipeline: a speaker written as another person's
staff ("Ruiz campaign manager Tom Vance", "Tom Vance, a spokesman for Mrs. Ruiz") has that person (or their
campaign) as the affiliation; "a Swiss newspaper said" is the Swiss newspaper, never "Swiss". Sentences of our own,
in the shapes read on unseen political copy and Reuters wire copy.
"""

from __future__ import annotations

import pytest
from quote_support import quote_with


@pytest.mark.parametrize("text, fragment, speaker, affiliation", [
    (('Linda Ruiz toured the state on Monday. "We will carry every county," said Tom Vance, a spokesman for '
     'Mrs. Ruiz.'), "carry every county", "Tom Vance", "Linda Ruiz"),
    (('Governor Paul Becker spoke in Dayton. "The numbers are on our side," said Ella Stone, Mr. Becker\'s senior '
     'policy adviser.'), "numbers are on our side", "Ella Stone", "Paul Becker"),
    ("Linda Ruiz campaigned in Ohio. Ruiz spokeswoman Mary Holt said the tour would go on.",
     "tour would go on", "Mary Holt", "Linda Ruiz"),
])
def test_a_persons_staffer_is_affiliated_with_them(nlp, text, fragment, speaker, affiliation) -> None:
    q = quote_with(nlp, text, fragment)
    assert (q.speaker, q.affiliation) == (speaker, affiliation)


def test_a_campaign_post_is_held_at_the_campaign(nlp) -> None:
    text = ('Senator Linda Ruiz won in Ohio. "We are going all the way to the convention," Tom Vance, Ruiz\'s '
            'campaign manager, said in a statement.')
    q = quote_with(nlp, text, "all the way")
    assert (q.speaker, q.speaker_role, q.affiliation) == ("Tom Vance", "campaign manager", "Linda Ruiz campaign")


@pytest.mark.parametrize("text, fragment, affiliation", [
    (('Senator Linda Ruiz toured Iowa. "She is working her network," said Tom Vance, the Ruiz campaign\'s state '
     'director.'), "working her network", "Linda Ruiz campaign"),
    (('Paul Becker stayed home. "His calendar is full," said Mary Holt, a spokeswoman for Becker\'s 2012 '
     'presidential campaign.'), "calendar is full", "Paul Becker campaign"),
])
def test_a_post_on_a_persons_campaign_is_held_at_it(nlp, text, fragment, affiliation) -> None:
    assert quote_with(nlp, text, fragment).affiliation == affiliation


def test_a_bare_surname_owner_is_the_one_the_honorific_names(nlp) -> None:
    text = ("Paul Holt and Anna Holt arrived in Iowa. Anna Holt spoke first and Anna Holt took questions. "
            '"She has the better plan," said Tom Vance, a spokesman for Mr. Holt.')
    assert quote_with(nlp, text, "better plan").affiliation == "Paul Holt"


def test_someone_named_beside_a_staffer_is_not_their_employer(nlp) -> None:
    text = ('Another exchange, between Linda Ruiz and top aide Tom Vance, shows Vance writing, "The room is ready."')
    assert quote_with(nlp, text, "room is ready").affiliation != "Linda Ruiz"


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Two climbers were rescued near the summit on Sunday, a Swiss newspaper said on Monday.",
     "Two climbers", "Swiss newspaper"),
    ("Floods closed the main road to the port, a Greek daily reported.", "Floods closed", "Greek daily"),
])
def test_a_paper_known_by_its_country_is_no_speaker_called_by_the_nationality(nlp, text, fragment, speaker):
    assert quote_with(nlp, text, fragment).speaker == speaker


def test_an_outlet_with_its_own_name_keeps_it(nlp) -> None:
    text = "Rebels attacked a village. The Business Day newspaper said prices rose for a third month."
    assert quote_with(nlp, text, "prices rose").speaker == "Business Day"
