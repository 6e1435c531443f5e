"""Round 19's speaker rules (issue 12), with the real model and pipeline. Sentences of our own, in the shapes read on
unseen Wikinews and Reuters copy.
"""

from __future__ import annotations

import pytest
from quote_support import quote_with


@pytest.mark.parametrize("text, fragment, speaker", [
    # the model ran the given names into an organisation's name, or the name into the title before it
    (('"This will change how grain is sold," said said Thomas Brannigan, Brannigan and Co chairman.\n\n'
      'Farmers will be able to sell before harvest, Brannigan explained.'), "sell before harvest", "Thomas Brannigan"),
    (('A report was presented by the Chairman of the Ministry of Economy and Planning Paul Hennessy on Monday.\n\n'
      'Growth would slow, Hennessy said.'), "Growth would slow", "Paul Hennessy"),
])
def test_a_surname_is_the_full_name_the_text_gave(nlp, text, fragment, speaker) -> None:
    assert quote_with(nlp, text, fragment).speaker == speaker


def test_a_newspapers_short_name_is_no_surname(nlp) -> None:
    text = "The New York Post ran the story on Sunday. According to the Post, the mayor had known for weeks."
    assert quote_with(nlp, text, "had known for weeks").speaker in ("New York Post", "Post")


@pytest.mark.parametrize("text, fragment, speaker, role", [
    # a title (after a nationality) left on the name by the mention
    (('Farm ministers met in Brussels on Monday.\n\n"We cannot spend more than we earn," Dutch Minister of State '
      'Karel Weemers told reporters.'), "spend more than we earn", "Karel Weemers", "Minister of State"),
    # a barrister's rank after the name
    ('Judge Peter Langdon QC said the men "showed no remorse at all."', "showed no remorse", "Peter Langdon", "Judge"),
])
def test_titles_and_ranks_are_no_part_of_the_name(nlp, text, fragment, speaker, role) -> None:
    q = quote_with(nlp, text, fragment)
    assert (q.speaker, q.speaker_role) == (speaker, role)


def test_a_person_run_into_their_firms_name_is_the_person(nlp) -> None:
    q = quote_with(nlp, '"Grain will sell abroad now," said said Thomas Brannigan, Brannigan and Co chairman.',
                   "sell abroad")
    assert (q.speaker, q.affiliation) == ("Thomas Brannigan", "Brannigan and Co")


def test_a_newspaper_keeps_its_name(nlp) -> None:
    text = "Hong Kong Economic Journal also noted rumours that the bank was for sale."
    assert quote_with(nlp, text, "bank was for sale").speaker == "Hong Kong Economic Journal"


def test_a_title_and_its_body_before_the_name_are_role_and_affiliation(nlp) -> None:
    text = "ROME, Oct 9 - Food aid must rise, Director-General of FAO Peter Lindqvist said."
    q = quote_with(nlp, text, "aid must rise")
    assert (q.speaker, q.speaker_role, q.affiliation) == ("Peter Lindqvist", "Director-General", "FAO")


def test_he_after_a_name_the_model_ran_into_an_organisation_is_that_person(nlp) -> None:
    text = ("LONDON, Oct 9 - The country is ready to defend its farm trade, U.S. Ambassador to UNCTAD Robert Hale "
            "said.\n\nThose rights are under attack, he told a conference of grain exporters.")
    assert quote_with(nlp, text, "under attack").speaker == "Robert Hale"
