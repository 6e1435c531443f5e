"""Documents speak for whoever issued them; names the parse hid or added; a post at a named firm (real
model).

Each sentence is our own, in the shape of a mistake read on unseen news articles (DESIGN.md, "Canonical names":
a statement, report or set of minutes speaks for whoever the article says issued it).
"""

from __future__ import annotations

import pytest
from quote_support import quote_with, quotes_of

MINUTES = ("WASHINGTON, May 4 - The Federal Open Market Committee (FOMC) voted to hold its policy steady at its "
           "March meeting.\n\n"
           "Looking ahead, the FOMC minutes showed, \"members were alert to a need for firmer policy.\"\n\n"
           "The minutes showed that one member preferred a tighter directive.")


def test_minutes_tied_to_a_committee_by_its_acronym_are_the_committees(nlp) -> None:
    assert quote_with(nlp, MINUTES, "members were alert").speaker == "Federal Open Market Committee"


def test_the_minutes_later_are_those_named_before(nlp) -> None:
    assert quote_with(nlp, MINUTES, "one member preferred").speaker == "Federal Open Market Committee"


def test_a_page_count_does_not_hide_the_statement_named_before(nlp) -> None:
    text = ("LONDON, June 2 - Harwell Mining Corp said in a statement it would close two pits.\n\n"
            "The two-page statement noted that output had fallen for three years.")
    assert quote_with(nlp, text, "output had fallen").speaker == "Harwell Mining Corp"


def test_a_page_count_is_no_part_of_an_unnamed_document(nlp) -> None:
    text = "LONDON, June 2 - Output fell. A one-page statement said the pits would close next year."
    assert quote_with(nlp, text, "the pits would close").speaker == "statement"


@pytest.mark.parametrize("name", ["Hiroshi Sato", "Taro Kimura"])
def test_a_name_the_parse_made_subject_of_a_participle_still_speaks(nlp, name) -> None:
    # "X backed by Y has said": the parse makes "backed" the clause subject of "said" and the name its subject
    text = f"In Osaka, incumbent Governor {name} backed by the LDP and two small parties has said he cannot support " \
           "the levy as it stands."
    assert quote_with(nlp, text, "cannot support the levy").speaker == name


def test_the_firm_and_post_stand_for_the_one_named_with_that_post_at_the_firm(nlp) -> None:
    text = ("WASHINGTON, June 15 - Crops are in good condition, analysts said.\n\n"
            "\"I see no loss of yield yet,\" Robert Jennings, chief meteorologist at USDA told Reuters.\n\n"
            "\"This rally is amazing,\" a private crop analyst said.\n\n"
            "The USDA meteorologist said the warm weather would speed development of the crop.")
    assert quote_with(nlp, text, "warm weather would speed").speaker == "Robert Jennings"


def test_names_closing_the_reported_clause_are_not_its_source(nlp) -> None:
    # the parse makes the two associations subjects of "said" too; the source is the phrase right before the cue
    text = ("WASHINGTON, May 3 - Any new loan market would be modeled after the resale markets in car loans, the "
            "Federal Auto Finance Association (FAFA) and the National Lending Corporation (Nellie Lou), industry "
            "sources said.")
    quotes = [q for q in quotes_of(nlp, text) if "modeled after" in q.text]
    assert [q.speaker for q in quotes] == ["industry sources"]


def test_the_study_later_is_the_report_a_name_owns(nlp) -> None:
    text = ("WASHINGTON, June 1 - Import quotas will do little to cut the trade deficit, the Federal Trade Commission "
            "(FTC) report said.\n\n"
            "\"Quotas mostly raise the prices consumers pay,\" the study said.")
    assert quote_with(nlp, text, "Quotas mostly raise").speaker == "Federal Trade Commission"


def test_the_report_later_is_the_study_done_by_an_institute(nlp) -> None:
    text = ("LONDON, Jan 20 - The study was conducted by the Harlow Institute for Crop Research after a blight in "
            "Kent.\n\n"
            "\"It is likely that the blight has spread much further than reported,\" reads the report.")
    assert quote_with(nlp, text, "blight has spread").speaker == "Harlow Institute for Crop Research"


def test_a_study_no_name_owns_lends_the_report_no_source(nlp) -> None:
    text = ("LONDON, Jan 20 - A new study looked at crops in Kent.\n\n"
            "The report said the blight had spread much further than reported.")
    assert quote_with(nlp, text, "blight had spread").speaker == "report"


def test_the_firm_and_post_stand_for_the_one_named_as_that_post_for_the_firm(nlp) -> None:
    text = ("LONDON, March 3 - Reserves rose in February, said John Whitfield, a spokesman for the Treasury.\n\n"
            "Sterling was steady. The Treasury spokesman said the government did not want sterling to rise too far.")
    assert quote_with(nlp, text, "did not want sterling").speaker == "John Whitfield"
